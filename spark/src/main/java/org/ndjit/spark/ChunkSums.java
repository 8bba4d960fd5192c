package org.ndjit.spark;

import org.ndjit.DType;
import org.ndjit.NDArray;
import org.ndjit.Np;

import java.util.ArrayList;
import java.util.List;

/**
 * Float sums over rows that combine across partitions with the single machine's bits.
 *
 * <p>The library defines a float sum by chunks ({@code org.ndjit.ir.Reduction}): the elements, in order,
 * go in chunks of 65,536 positions to 8 compensated lanes; each chunk's lanes are combined into one
 * double (the chunk's total, which is exactly the library's sum of that chunk alone), and the chunk
 * totals are added in order with TwoSum into a running total and its compensation, the result being
 * their sum. So a partition computes the total of each of its chunks with the library and the driver adds
 * them in partition order as {@link #combine} does. When every partition starts on a chunk boundary, its
 * chunks are the whole array's chunks and the result is the single machine's bit for bit; otherwise it is
 * still the same at every run for that split of rows.
 *
 * <p>A chunk's total is computed from the chunk's rows of the block's source: the block's function
 * applied to those rows (it works row by row), then summed, so the expression and its sum run in one pass
 * over the chunk, as on one machine, and nothing of the size of the block is written.
 */
final class ChunkSums {
    private ChunkSums() {}

    /** Positions per chunk of a float sum ({@code org.ndjit.ir.Reduction.CHUNK}). */
    static final int CHUNK = 1 << 16;
    /** Chunks computed per plan: a few dozen sums in one plan, not thousands. */
    private static final int CHUNKS_PER_PLAN = 64;

    /**
     * The chunk totals of the columns of {@code columns(block)} (float64, shape (rows, m)): row k holds, for
     * each column, the sum of rows {@code [k * CHUNK, (k + 1) * CHUNK)}, the last chunk shorter.
     */
    static double[] ofColumns(NDArray block, BlockFunction columns) {
        long rows = block.shape()[0];
        List<NDArray> sums = new ArrayList<>();
        for (long at = 0; at < rows; at += CHUNK) sums.add(columns.apply(block.slice(0, at, Math.min(rows, at + CHUNK), 1)).sum(0, true));
        return evaluate(sums);
    }

    /**
     * The chunk totals of the elements of {@code values(block)} in C order (float64; a block that starts on
     * a chunk boundary of elements): 65,536 rows at a time, each holding whole chunks of elements.
     */
    static double[] ofElements(NDArray block, BlockFunction values) {
        long rows = block.shape()[0];
        List<NDArray> sums = new ArrayList<>();
        for (long at = 0; at < rows; at += CHUNK) {
            NDArray flat = values.apply(block.slice(0, at, Math.min(rows, at + CHUNK), 1)).reshape(-1);
            long n = flat.shape()[0], full = n / CHUNK;
            if (full > 0) sums.add(flat.slice(0, 0L, full * CHUNK, 1).reshape(full, CHUNK).sum(1));
            if (n % CHUNK != 0) sums.add(flat.slice(0, full * CHUNK, n, 1).sum(0, true));
        }
        return evaluate(sums);
    }

    /** The sums, concatenated in order and computed a few dozen per plan, as one array of doubles. */
    private static double[] evaluate(List<NDArray> sums) {
        List<double[]> parts = new ArrayList<>();
        int length = 0;
        for (int from = 0; from < sums.size(); from += CHUNKS_PER_PLAN) {
            List<NDArray> group = sums.subList(from, Math.min(sums.size(), from + CHUNKS_PER_PLAN));
            double[] values = (group.size() == 1 ? group.get(0) : Np.concatenate(0, group)).astype(DType.FLOAT64).toDoubleArray();
            parts.add(values);
            length += values.length;
        }
        double[] out = new double[length];
        int at = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /**
     * Adds chunk totals ({@code chunkTotals}: chunk after chunk, {@code total.length} columns each) in order
     * as the library ends a float sum: TwoSum into a running total and its compensation.
     */
    static void combine(double[] total, double[] compensation, double[] chunkTotals) {
        int m = total.length;
        for (int k = 0; k < chunkTotals.length / m; k++) {
            for (int j = 0; j < m; j++) {
                double s = total[j], x = chunkTotals[k * m + j], t = s + x, z = t - s;
                compensation[j] += (s - (t - z)) + (x - z);
                total[j] = t;
            }
        }
    }

    /** The sums held by {@code total} and {@code compensation} (the library's final step): their sum if finite, else the total. */
    static double[] finish(double[] total, double[] compensation) {
        double[] out = new double[total.length];
        for (int j = 0; j < out.length; j++) {
            double s = total[j], c = compensation[j];
            out[j] = Double.isFinite(s + c) ? s + c : s;
        }
        return out;
    }
}
