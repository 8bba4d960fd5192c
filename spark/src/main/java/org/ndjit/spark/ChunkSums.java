package org.ndjit.spark;

import org.ndjit.DType;
import org.ndjit.NDArray;
import org.ndjit.Np;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Float sums over rows that combine across partitions with the single machine's bits.
 *
 * <p>The library defines a float sum by chunks ({@code org.ndjit.ir.Reduction}): the elements, in order,
 * go in chunks of 65,536 positions to 8 compensated lanes; each chunk's lanes are combined into one
 * double (the chunk's total, which is exactly the library's sum of that chunk alone), and the chunk
 * totals are added in order with TwoSum into a running total and its compensation, the result being
 * their sum. So a partition computes the total of each of its chunks with the library and the driver adds
 * them in partition order as {@link #combine} does. For sums over rows ({@link #ofColumns}), a chunk that
 * straddles partitions travels as rows: each holder ships its rows of it, the driver joins them and sums
 * the chunk alone, so column sums are the single machine's bit for bit at every split (and ship no rows
 * when partitions start on chunk boundaries). Sums of all elements ({@link #ofElements}) are the single
 * machine's when every partition's first element is on a chunk boundary; otherwise the elements are
 * summed as one column by {@link #ofColumns}.
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
     * A block's share of the column sums of {@code columns(block)} (float64, shape (rows, m)), the block
     * holding rows {@code [start, start + rows)} of an array of {@code total} rows: for each chunk of rows
     * {@code [k * CHUNK, (k + 1) * CHUNK)} it touches, the chunk's column totals when it holds the whole
     * chunk, else its rows of the chunk (a neighbour holds the rest), in order. A block that starts on a
     * chunk boundary and ends on one or at the end ships totals only.
     */
    static List<ChunkPart> ofColumns(NDArray block, long start, long total, BlockFunction columns) {
        long rows = block.shape()[0];
        List<ChunkPart> parts = new ArrayList<>();
        List<NDArray> whole = new ArrayList<>();
        long firstWhole = -1;
        for (long at = 0; at < rows; ) {
            long chunk = (start + at) / CHUNK, chunkEnd = Math.min((chunk + 1) * CHUNK, total);
            long stop = Math.min(rows, chunkEnd - start);
            NDArray values = columns.apply(block.slice(0, at, stop, 1));
            if (start + at == chunk * CHUNK && start + stop == chunkEnd) {
                if (whole.isEmpty()) firstWhole = chunk;
                whole.add(values.sum(0, true));
            } else {
                parts.add(new ChunkPart(chunk, null, new Shipped(values.eval())));
            }
            at = stop;
        }
        if (!whole.isEmpty()) {
            double[] totals = evaluate(whole);
            int m = totals.length / whole.size();
            List<ChunkPart> wholeParts = new ArrayList<>();
            for (int k = 0; k < whole.size(); k++) wholeParts.add(new ChunkPart(firstWhole + k, Arrays.copyOfRange(totals, k * m, (k + 1) * m), null));
            parts.addAll(parts.isEmpty() || parts.get(0).chunk() > firstWhole ? 0 : 1, wholeParts);
        }
        return parts;
    }

    /**
     * One chunk of a column sum as a block holds it: its column totals when the block holds the whole
     * chunk, else the block's rows of it (float64, shape (k, m)). A class, not a record: Spark's Kryo
     * cannot build records.
     */
    static final class ChunkPart implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        private final long chunk;
        private final double[] totals;
        private final Shipped rows;

        ChunkPart(long chunk, double[] totals, Shipped rows) {
            this.chunk = chunk;
            this.totals = totals;
            this.rows = rows;
        }

        long chunk() { return chunk; }

        double[] totals() { return totals; }

        Shipped rows() { return rows; }
    }

    /**
     * The column sums ({@code m} of them) from every block's parts in partition order: a chunk's rows
     * held by several blocks are joined in order and summed by the library (a chunk alone is summed
     * as within the whole array), and the chunk totals are added in order as {@link #combine} does, so
     * the result is the single machine's bit for bit at every split of the rows.
     */
    static double[] columnSums(List<List<ChunkPart>> blocks, int m) {
        double[] total = new double[m], compensation = new double[m];
        List<NDArray> shared = new ArrayList<>();
        long sharedChunk = -1;
        for (List<ChunkPart> block : blocks) {
            for (ChunkPart part : block) {
                if (part.chunk() != sharedChunk && !shared.isEmpty()) {
                    combine(total, compensation, joinedTotals(shared));
                    shared.clear();
                }
                if (part.totals() != null) {
                    combine(total, compensation, part.totals());
                } else {
                    shared.add(part.rows().array());
                    sharedChunk = part.chunk();
                }
            }
        }
        if (!shared.isEmpty()) combine(total, compensation, joinedTotals(shared));
        return finish(total, compensation);
    }

    private static double[] joinedTotals(List<NDArray> rows) {
        return (rows.size() == 1 ? rows.get(0) : Np.concatenate(0, rows)).sum(0).toDoubleArray();
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
