package org.ndjit.spark;

import org.ndjit.DType;
import org.ndjit.NDArray;
import org.ndjit.Np;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * Reductions over the rows of a {@link DistributedArray}: each block reduces its rows in one plan of the
 * library (its expression fused with the reduction), the partials come back to the driver in partition
 * order ({@code collect} keeps it) and are combined there in that order. Column sums combine by chunks
 * ({@link ChunkSums}), so they (and means, variances, sums of all elements) are the single machine's bit
 * for bit at every split; integer sums and products wrap (associative: exact at every split); max, min, argmax, argmin,
 * any, all and counts do not depend on the order. Float products are the one exception: the library
 * multiplies in order in double, here each block's product (in double) is multiplied in partition order,
 * so they are the same at every run for a split and within rounding of one machine's.
 */
final class RowReductions {
    private RowReductions() {}

    /**
     * The sum of all elements: float sums by chunks of the elements in C order. When a partition's first
     * element is not on a chunk boundary, each block's values are computed into memory as one column of
     * elements and summed as column sums are, so that the result is still the single machine's.
     */
    static NDArray sumAll(DistributedArray a) {
        if (a.ranges().rows() == 0) return a.probe().sum();
        DType result = a.probe().sum().dtype();
        if (!result.isFloat()) return Np.stack(partials(a, x -> x.sum()).toArray(NDArray[]::new)).sum();
        BlockFunction f = a.function();
        long w = width(a), elements = a.ranges().rows() * w;
        boolean aligned = true;
        for (int i = 0; i < a.ranges().partitions(); i++) aligned &= a.ranges().start(i) * w % ChunkSums.CHUNK == 0;
        if (!aligned) {
            List<List<ChunkSums.ChunkPart>> parts = a.source().filter(b -> b.rows() > 0).map(b -> BlockFailure.run(b, () -> {
                NDArray column = DistributedArray.checkedRows(b.array(), f).astype(DType.FLOAT64).reshape(-1, 1).eval();
                return ChunkSums.ofColumns(column, b.rowStart() * w, elements, values -> values);
            })).collect();
            return Np.array(ChunkSums.columnSums(parts, 1)).reshape().astype(result);
        }
        double[] total = new double[1], compensation = new double[1];
        for (double[] chunks : a.source().filter(b -> b.rows() > 0).map(b -> BlockFailure.run(b,
                () -> ChunkSums.ofElements(b.array(), rows -> DistributedArray.checkedRows(rows, f).astype(DType.FLOAT64)))).collect()) {
            ChunkSums.combine(total, compensation, chunks);
        }
        return Np.array(ChunkSums.finish(total, compensation)).reshape().astype(result);
    }

    static NDArray sum(DistributedArray a) {
        if (a.ranges().rows() == 0) return a.probe().sum(0);
        DType result = a.probe().sum(0).dtype();
        if (!result.isFloat()) return Np.stack(partials(a, x -> x.sum(0)).toArray(NDArray[]::new)).sum(0);
        return floatSum(a).astype(result);
    }

    /** The library's mean: the sum of the values (as floats, float64 for integers) divided by the rows. */
    static NDArray mean(DistributedArray a) {
        if (a.ranges().rows() == 0) return a.probe().mean(0); // the library's own answer (and message) for no rows
        return floatSum(a).astype(floating(a.dtype())).div(a.ranges().rows());
    }

    /**
     * The library's var in one job: with {@code d = x - x[0]} (the first row of the whole array, which each
     * task reads beside its block, {@link FirstRow}), {@code (sum(d^2) - sum(d)^2 / n) / (n - ddof)} clamped
     * at 0, both sums in one pass over each block and combined by chunks as column sums are: the single
     * machine's bit for bit at every split.
     */
    static NDArray var(DistributedArray a, int ddof) {
        long n = a.ranges().rows();
        if (n == 0) return a.probe().var(new int[] {0}, false, ddof); // the library's message
        if (ddof < 0 || ddof >= n) {
            throw new IllegalArgumentException("var over the rows with ddof " + ddof + ": ddof must be >= 0 and below the " + n
                    + " rows of shape " + Arrays.toString(a.shape()));
        }
        DType floating = floating(a.dtype());
        long[] trailing = a.probe().sum(0).shape();
        int m = width(a);
        BlockFunction f = a.function();
        FirstRow first = a.firstRow();
        NDArray sums = columnSums(a, 2 * m, () -> {
            NDArray shift = shift(first, f, floating, m);
            return rows -> {
                NDArray x = DistributedArray.checkedRows(rows, f), d = x.astype(floating).reshape(x.shape()[0], m).sub(shift);
                return Np.concatenate(1, List.of(d, d.mul(d))).astype(DType.FLOAT64);
            };
        }).astype(floating);
        NDArray s1 = sums.slice(0, 0L, (long) m, 1), s2 = sums.slice(0, (long) m, 2L * m, 1);
        return Np.maximum(s2.sub(s1.mul(s1).div(n)), 0.0).div(n - ddof).reshape(trailing).eval();
    }

    /** The first row of the whole array as a (1, m) array of {@code floating}: a failure names that row, not the task's block. */
    private static NDArray shift(FirstRow first, BlockFunction f, DType floating, int m) {
        try {
            return DistributedArray.checkedRows(first.read(), f).astype(floating).reshape(1, m).eval();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("row 0, by which var shifts every block: " + e, e);
        }
    }

    static NDArray extreme(DistributedArray a, boolean min) {
        if (a.ranges().rows() == 0) return min ? a.probe().min(0) : a.probe().max(0); // the library's error for no rows
        List<NDArray> parts = partials(a, x -> min ? x.min(0) : x.max(0));
        NDArray out = parts.get(0);
        for (NDArray p : parts.subList(1, parts.size())) out = min ? Np.minimum(out, p) : Np.maximum(out, p);
        return out.eval();
    }

    /**
     * The product over the rows: each block's in double (as the library multiplies floats) or in int64,
     * multiplied in partition order.
     */
    static NDArray prod(DistributedArray a) {
        if (a.ranges().rows() == 0) return a.probe().prod(0);
        DType result = a.probe().prod(0).dtype();
        BlockFunction partial = result.isFloat() ? x -> x.astype(DType.FLOAT64).prod(0) : x -> x.prod(0);
        return Np.stack(partials(a, partial).toArray(NDArray[]::new)).prod(0).astype(result).eval();
    }

    static NDArray anyOrAll(DistributedArray a, boolean all) {
        if (a.ranges().rows() == 0) return all ? a.probe().all(0) : a.probe().any(0);
        NDArray stacked = Np.stack(partials(a, x -> all ? x.all(0) : x.any(0)).toArray(NDArray[]::new));
        return (all ? stacked.all(0) : stacked.any(0)).eval();
    }

    /** NumPy's {@code count_nonzero(x, axis=0)} ({@code axis} 0) or of all elements ({@code axis} null), int64. */
    static NDArray countNonzero(DistributedArray a, Integer axis) {
        BlockFunction count = axis == null ? x -> Np.countNonzero(x) : x -> Np.countNonzero(x, 0);
        if (a.ranges().rows() == 0) return count.apply(a.probe()).eval();
        return Np.stack(partials(a, count).toArray(NDArray[]::new)).sum(0).eval();
    }

    /** Column sums of the rows as float64 (what the library's float sums accumulate in), combined by chunks, of the trailing shape. */
    private static NDArray floatSum(DistributedArray a) {
        int m = width(a);
        BlockFunction f = a.function();
        return columnSums(a, m, () -> rows -> {
            NDArray x = DistributedArray.checkedRows(rows, f).astype(DType.FLOAT64);
            return x.ndim() == 2 ? x : x.reshape(x.shape()[0], m);
        }).reshape(a.probe().sum(0).shape());
    }

    /** What a task sums: a function from rows of its block's source to {@code m} float64 columns, made once per task. */
    @FunctionalInterface
    private interface Columns extends Serializable {
        BlockFunction forTask() throws IOException;
    }

    /** The {@code m} column sums of {@code columns} over all rows, in one job, combined by chunks ({@link ChunkSums}): a 1-d float64 array. */
    private static NDArray columnSums(DistributedArray a, int m, Columns columns) {
        long total = a.ranges().rows();
        List<List<ChunkSums.ChunkPart>> parts = a.source().filter(b -> b.rows() > 0).map(b -> BlockFailure.run(b, () -> {
            try {
                return ChunkSums.ofColumns(b.array(), b.rowStart(), total, columns.forTask());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        })).collect();
        return Np.array(ChunkSums.columnSums(parts, m));
    }

    /** Elements per row. */
    private static int width(DistributedArray a) {
        long[] shape = a.probe().shape();
        long m = 1;
        for (int i = 1; i < shape.length; i++) m *= shape[i];
        return Math.toIntExact(m);
    }

    private static DType floating(DType dtype) {
        return dtype.isFloat() ? dtype : DType.FLOAT64;
    }

    /**
     * {@code partial} of every non-empty block's result, computed on the executors as one plan per block,
     * in partition order.
     */
    private static List<NDArray> partials(DistributedArray a, BlockFunction partial) {
        BlockFunction f = a.function();
        return a.source().filter(b -> b.rows() > 0)
                .map(b -> BlockFailure.run(b, () -> new Shipped(partial.apply(DistributedArray.checkedRows(b.array(), f)).eval())))
                .collect().stream().map(Shipped::array).toList();
    }
}
