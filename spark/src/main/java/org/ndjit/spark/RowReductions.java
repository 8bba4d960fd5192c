package org.ndjit.spark;

import org.ndjit.DType;
import org.ndjit.NDArray;
import org.ndjit.Np;

import java.util.List;

/**
 * Reductions over the rows of a {@link DistributedArray}: each block reduces its rows in one plan of the
 * library (its expression fused with the reduction), the partials come back to the driver in partition
 * order ({@code collect} keeps it) and are combined there in that order. Float sums combine by chunks
 * ({@link ChunkSums}) so that they are the single machine's bit for bit when the partitions start on chunk
 * boundaries; integer sums wrap (associative: exact at every split); max and min do not depend on order.
 */
final class RowReductions {
    private RowReductions() {}

    /** The sum of all elements: float sums by chunks of the elements in C order. */
    static NDArray sumAll(DistributedArray a) {
        if (a.ranges().rows() == 0) return a.probe().sum();
        DType result = a.probe().sum().dtype();
        if (!result.isFloat()) return Np.stack(partials(a, x -> x.sum()).toArray(NDArray[]::new)).sum();
        BlockFunction f = a.function();
        double[] total = new double[1], compensation = new double[1];
        for (double[] chunks : chunkTotals(a, b -> ChunkSums.ofElements(b.array(), rows -> DistributedArray.checkedRows(rows, f).astype(DType.FLOAT64)))) {
            ChunkSums.combine(total, compensation, chunks);
        }
        return Np.array(ChunkSums.finish(total, compensation)).reshape().astype(result);
    }

    static NDArray sum(DistributedArray a, int axis) {
        if (a.ranges().rows() == 0) return a.probe().sum(axis);
        DType result = a.probe().sum(axis).dtype();
        if (!result.isFloat()) return Np.stack(partials(a, x -> x.sum(0)).toArray(NDArray[]::new)).sum(0);
        return floatSum(a).astype(result);
    }

    /** The library's mean: the sum of the values (as floats, float64 for integers) divided by the rows. */
    static NDArray mean(DistributedArray a, int axis) {
        DType floating = a.dtype().isFloat() ? a.dtype() : DType.FLOAT64;
        if (a.ranges().rows() == 0) return a.probe().mean(axis); // the library's own answer (and message) for no rows
        return floatSum(a).astype(floating).div(a.ranges().rows());
    }

    static NDArray extreme(DistributedArray a, int axis, boolean min) {
        if (a.ranges().rows() == 0) return min ? a.probe().min(axis) : a.probe().max(axis); // the library's error for no rows
        List<NDArray> parts = partials(a, x -> min ? x.min(0) : x.max(0));
        NDArray out = parts.get(0);
        for (NDArray p : parts.subList(1, parts.size())) out = min ? Np.minimum(out, p) : Np.maximum(out, p);
        return out.eval();
    }

    /** Column sums of the rows as float64 (what the library's float sums accumulate in), combined by chunks, of the trailing shape. */
    private static NDArray floatSum(DistributedArray a) {
        long[] trailing = a.probe().sum(0).shape();
        long m = 1;
        for (long d : trailing) m *= d;
        long width = m;
        BlockFunction f = a.function();
        BlockFunction columns = rows -> {
            NDArray x = DistributedArray.checkedRows(rows, f).astype(DType.FLOAT64);
            return x.ndim() == 2 ? x : x.reshape(x.shape()[0], width);
        };
        double[] total = new double[Math.toIntExact(m)], compensation = new double[total.length];
        for (double[] chunks : chunkTotals(a, b -> ChunkSums.ofColumns(b.array(), columns))) ChunkSums.combine(total, compensation, chunks);
        return Np.array(ChunkSums.finish(total, compensation)).reshape(trailing);
    }

    /** A block's chunk totals. */
    private interface ChunkTotals extends java.io.Serializable {
        double[] of(Block block);
    }

    /** {@code totals} of every non-empty block, computed on the executors, in partition order. */
    private static List<double[]> chunkTotals(DistributedArray a, ChunkTotals totals) {
        return a.source().filter(b -> b.rows() > 0).map(b -> BlockFailure.run(b, () -> totals.of(b))).collect();
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
