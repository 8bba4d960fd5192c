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
 * their sum. So a partition computes the total of each of its chunks with the library (one
 * {@code sum} over an axis of 65,536, in one plan with its block's expression) and the driver adds them
 * in partition order as {@link #combine} does. When every partition starts on a chunk boundary, its chunks
 * are the whole array's chunks and the result is the single machine's bit for bit; otherwise it is
 * still the same at every run for that split of rows.
 */
final class ChunkSums {
    private ChunkSums() {}

    /** Positions per chunk of a float sum ({@code org.ndjit.ir.Reduction.CHUNK}). */
    static final int CHUNK = 1 << 16;

    /**
     * The chunk totals of a block's columns ({@code x} of shape (rows, m), float64): row k of the result
     * holds, for each column, the sum of rows {@code [k * CHUNK, (k + 1) * CHUNK)}, the last chunk shorter.
     */
    static NDArray ofColumns(NDArray x) {
        long rows = x.shape()[0], m = x.shape()[1];
        long full = rows / CHUNK;
        List<NDArray> parts = new ArrayList<>(2);
        if (full > 0) parts.add(x.slice(0, 0L, full * CHUNK, 1).reshape(full, CHUNK, m).sum(1));
        if (rows % CHUNK != 0) parts.add(x.slice(0, full * CHUNK, rows, 1).sum(0, true));
        if (parts.isEmpty()) return Np.zeros(DType.FLOAT64, 0, m);
        return parts.size() == 1 ? parts.get(0) : Np.concatenate(0, parts.get(0), parts.get(1));
    }

    /**
     * Adds chunk totals in order as the library ends a float sum: TwoSum into a running total and its
     * compensation, then their sum if finite (an infinite or NaN total is returned as it is).
     */
    static void combine(double[] total, double[] compensation, double[] chunkTotals, int chunks) {
        int m = total.length;
        for (int k = 0; k < chunks; k++) {
            for (int j = 0; j < m; j++) {
                double s = total[j], x = chunkTotals[k * m + j], t = s + x, z = t - s;
                compensation[j] += (s - (t - z)) + (x - z);
                total[j] = t;
            }
        }
    }

    /** The sums held by {@code total} and {@code compensation} (the library's final step). */
    static double[] finish(double[] total, double[] compensation) {
        double[] out = new double[total.length];
        for (int j = 0; j < out.length; j++) {
            double s = total[j], c = compensation[j];
            out[j] = Double.isFinite(s + c) ? s + c : s;
        }
        return out;
    }
}
