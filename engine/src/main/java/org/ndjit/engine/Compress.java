package org.ndjit.engine;

import org.ndjit.codegen.KernelCache;
import org.ndjit.codegen.Vectorization;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.OffsetIterator;
import org.ndjit.ir.Shapes;
import org.ndjit.ir.StridedArray;
import org.ndjit.optimizer.Step;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.ref.Reference;
import java.util.function.Function;

/**
 * Boolean mask selection ({@code x[mask]}): copies, in C order, the elements (or sub-arrays) of x
 * where the mask is true. The mask's positions are split into chunks: each chunk's true values are
 * counted (in parallel), a prefix sum gives each chunk's first output row, then the chunks are
 * copied (in parallel) to their rows, so the result is the same at every parallelism. Where the
 * mask and x's rows are each one stride apart in storage (contiguous arrays, 1-D views) and a
 * selected row is one element, the copy is the code generator's {@link org.ndjit.codegen.MaskCopy}
 * loop (branch-free, or the Vector API's compress); otherwise it walks the layouts. Elements move as
 * bytes of their width, so every dtype is one loop and NaN payloads are kept.
 */
public final class Compress {
    /** Mask positions per chunk: the unit the count and the copy are split into over threads (a prefix sum per chunk, not per element). */
    static final long CHUNK = 1 << 16;

    private static final long LOW7 = 0x7f7f7f7f7f7f7f7fL, HIGH = 0x8080808080808080L;

    private Compress() {}

    /** The number of true values of a bool array (any non-zero byte is true). */
    public static long count(StridedArray mask) {
        long[] counts = chunkCounts(mask);
        long total = 0;
        for (long c : counts) total += c;
        Reference.reachabilityFence(mask);
        return total;
    }

    /** The selection; {@code node}'s shape gives the output's (its length is the mask's count). */
    public static StridedArray run(Node node, StridedArray x, StridedArray mask) {
        StridedArray out = MemoryPool.shared().allocate(node.dtype(), node.shape(), false); // checked below: every row is written
        long[] counts = chunkCounts(mask);
        long[] firstRow = firstRows(counts, node);
        Copy copy = Copy.of(x, mask.layout().ndim(), out);
        Cancellation cancel = Cancellation.current();
        MemorySegment m = mask.buffer().segment();
        Parallel.forEachRowRange(counts.length, CHUNK * Math.max(1, copy.cell.size()), (first, end) -> {
            for (long c = first; c < end; c++) {
                cancel.check();
                long t0 = c * CHUNK;
                copy.chunk(t0, Math.min(t0 + CHUNK, mask.size()), firstRow[(int) c], firstRow[(int) c + 1], m, mask.layout(), t0);
            }
        });
        Reference.reachabilityFence(x);
        Reference.reachabilityFence(mask);
        return out;
    }

    /**
     * The selection whose mask is a predicate computed a chunk at a time into a block of each thread's
     * ({@link PredicateChunks}; see {@link Step.Selection}), never written whole. The total count is
     * known (the output's length), so the first range of chunks copies each chunk as soon as it is
     * computed and counted, from the output's first row on, and the last range likewise from its end
     * backwards: with one or two threads, x is read once. The ranges between (more threads) only count
     * their chunks at first, and compute their predicate again to copy them once the counts before
     * them are known. A predicate read through gathered inputs is computed whole first. Not chosen:
     * copying every chunk into a buffer of its own and concatenating after the prefix sum, which
     * writes and reads the selected elements once more (for half of a float64 x selected, as many
     * bytes as reading x again) at every parallelism. Measured on {@code x[x > 0]}, 10,000,000 float64,
     * one thread of a loaded 2-core AVX2 EPYC: the count (a fused sum of the predicate, 15 ms) and this
     * step take 48 ms, against 42 ms when the mask is written whole and read back: x is read from
     * memory twice either way, and the copy, bound by its compress loop, gains little from finding x's
     * chunk in cache, so the predicate's own pass costs more than the mask's bytes saved.
     */
    static StridedArray run(Step.Selection selection, Function<Node, StridedArray> value, KernelCache cache) {
        Node node = selection.output();
        StridedArray x = KernelRunner.read(node.src(0), value);
        PredicateChunks predicate = PredicateChunks.of(selection.mask(), value, cache);
        if (predicate == null) {
            StridedArray mask = KernelRunner.run(selection.mask(), value, cache);
            try {
                return run(node, x, mask);
            } finally {
                mask.buffer().close("a selection's mask computed whole was released after the selection");
            }
        }
        StridedArray out = MemoryPool.shared().allocate(node.dtype(), node.shape(), false); // checked below: every row is written
        long positions = Shapes.size(node.src(1).shape()), total = node.dim(0);
        int chunks = Math.toIntExact((positions + CHUNK - 1) / CHUNK);
        long[] counts = new long[chunks];
        boolean[] copied = new boolean[chunks];
        Copy copy = Copy.of(x, node.src(1).ndim(), out);
        int parts = Parallel.rowRanges(chunks, CHUNK * Math.max(1, copy.cell.size()));
        MemorySegment[] blocks = new MemorySegment[parts]; // a part's block, also for its chunks left to the second loop
        Cancellation cancel = Cancellation.current();
        Parallel.forEachRowRange(chunks, parts, (part, first, end) -> {
            MemorySegment block = blocks[part] = MemorySegment.ofArray(new byte[(int) CHUNK]);
            boolean backwards = part == parts - 1 && part > 0;
            long row = backwards ? total : 0;
            for (long k = first; k < end; k++) {
                cancel.check();
                int c = (int) (backwards ? first + end - 1 - k : k);
                long t0 = c * CHUNK, t1 = Math.min(t0 + CHUNK, positions);
                predicate.fill(t0, t1, block);
                counts[c] = countBytes(block, 0, t1 - t0);
                if (part > 0 && !backwards) continue;
                long from = backwards ? row - counts[c] : row, to = from + counts[c];
                if (from >= 0 && to <= total) { // otherwise the counts disagree with the total: reported below
                    copy.chunk(t0, t1, from, to, block, BLOCK_POSITIONS, 0);
                    copied[c] = true;
                }
                row = backwards ? from : to;
            }
        });
        long[] firstRow = firstRows(counts, node);
        Parallel.forEachRowRange(chunks, parts, (part, first, end) -> {
            for (long k = first; k < end; k++) {
                int c = (int) k;
                if (copied[c]) continue;
                cancel.check();
                long t0 = c * CHUNK, t1 = Math.min(t0 + CHUNK, positions);
                predicate.fill(t0, t1, blocks[part]);
                copy.chunk(t0, t1, firstRow[c], firstRow[c + 1], blocks[part], BLOCK_POSITIONS, 0);
            }
        });
        Reference.reachabilityFence(x);
        return out;
    }

    /** The positions of a chunk's block of mask bytes, one after the other. */
    private static final Layout BLOCK_POSITIONS = Layout.contiguous(new long[] {CHUNK});

    /** Each chunk's first output row (a prefix sum of the counts), checked against the output's length. */
    private static long[] firstRows(long[] counts, Node node) {
        long[] firstRow = new long[counts.length + 1];
        for (int c = 0; c < counts.length; c++) firstRow[c + 1] = firstRow[c] + counts[c];
        if (firstRow[counts.length] != node.dim(0)) {
            throw new IllegalStateException("mask selects " + firstRow[counts.length] + " rows, expected " + node.dim(0));
        }
        return firstRow;
    }

    /** The true values of each chunk of the mask, counted in parallel. */
    private static long[] chunkCounts(StridedArray mask) {
        long n = mask.size();
        long[] counts = new long[Math.toIntExact((n + CHUNK - 1) / CHUNK)];
        MemorySegment m = mask.buffer().segment();
        Layout layout = mask.layout();
        long stride = linearStride(layout);
        Cancellation cancel = Cancellation.current();
        Parallel.forEachRowRange(counts.length, CHUNK, (first, end) -> {
            for (long c = first; c < end; c++) {
                cancel.check();
                long t0 = c * CHUNK, t1 = Math.min(t0 + CHUNK, n);
                counts[(int) c] = stride == 1 ? countBytes(m, layout.offset() + t0, t1 - t0) : countWalking(m, layout, stride, t0, t1);
            }
        });
        return counts;
    }

    /** Non-zero bytes among {@code len} consecutive ones, eight at a time. */
    private static long countBytes(MemorySegment m, long from, long len) {
        long count = 0, i = 0;
        for (; i + 8 <= len; i += 8) {
            long v = m.get(ValueLayout.JAVA_LONG_UNALIGNED, from + i);
            // The high bit of each byte is set when the byte is non-zero.
            count += Long.bitCount((v | ((v & LOW7) + LOW7)) & HIGH);
        }
        for (; i < len; i++) count += m.get(ValueLayout.JAVA_BYTE, from + i) != 0 ? 1 : 0;
        return count;
    }

    private static long countWalking(MemorySegment m, Layout layout, long stride, long t0, long t1) {
        long count = 0;
        if (stride != NOT_LINEAR) {
            for (long t = t0, at = layout.offset() + t0 * stride; t < t1; t++, at += stride) count += m.get(ValueLayout.JAVA_BYTE, at) != 0 ? 1 : 0;
            return count;
        }
        OffsetIterator it = new OffsetIterator(layout, t0);
        for (long t = t0; t < t1; t++) count += m.get(ValueLayout.JAVA_BYTE, it.next()) != 0 ? 1 : 0;
        return count;
    }

    static final long NOT_LINEAR = Long.MIN_VALUE;

    /**
     * The storage distance between consecutive elements in C order when it is one number (flat
     * position t is at {@code offset + t * stride}: the layout coalesces to one axis), else {@link #NOT_LINEAR}.
     */
    static long linearStride(Layout l) {
        Layout merged = Coalesce.rows(new Layout[] {l})[0];
        return merged.ndim() == 1 ? merged.stride(0) : NOT_LINEAR;
    }

    /** Copies the selected rows of one chunk of mask positions. */
    private record Copy(MemorySegment in, Layout rows, Layout cell, MemorySegment out, long item) {

        /** The copy from x into {@code out} for a mask over x's first {@code maskRank} axes. */
        static Copy of(StridedArray x, int maskRank, StridedArray out) {
            int[] leading = new int[maskRank];
            for (int i = 0; i < maskRank; i++) leading[i] = i;
            return new Copy(x.buffer().segment(), x.layout().onlyAxes(leading), x.layout().withoutAxes(leading).withOffset(0),
                    out.buffer().segment(), out.dtype().itemSize());
        }

        /**
         * Copies the rows of positions {@code [t0, t1)} selected by the mask bytes of {@code mask} laid
         * out as {@code maskLayout}, from its position {@code maskStart} on, to output rows {@code [row0, rowEnd)}.
         */
        void chunk(long t0, long t1, long row0, long rowEnd, MemorySegment mask, Layout maskLayout, long maskStart) {
            if (row0 == rowEnd || cell.size() == 0) return;
            long rowStride = linearStride(rows), maskStride = linearStride(maskLayout);
            if (cell.size() == 1 && rowStride != NOT_LINEAR && maskStride != NOT_LINEAR) {
                Vectorization.maskCopy().copy((int) item, in, (rows.offset() + t0 * rowStride) * item, rowStride * item,
                        mask, maskLayout.offset() + maskStart * maskStride, maskStride, out, row0, rowEnd);
                return;
            }
            walk(t0, t1, row0, mask, new OffsetIterator(maskLayout, maskStart));
        }

        /** The general case: any layouts, rows of any shape (a contiguous row is one bulk copy). */
        private void walk(long t0, long t1, long row0, MemorySegment mask, OffsetIterator maskAt) {
            long cellSize = cell.size(), written = row0 * cellSize;
            boolean bulk = cell.isContiguous();
            OffsetIterator rowAt = new OffsetIterator(rows, t0);
            for (long t = t0; t < t1; t++) {
                boolean take = mask.get(ValueLayout.JAVA_BYTE, maskAt.next()) != 0;
                long base = rowAt.next();
                if (!take) continue;
                if (bulk) {
                    MemorySegment.copy(in, base * item, out, written * item, cellSize * item);
                    written += cellSize;
                    continue;
                }
                OffsetIterator c = new OffsetIterator(cell);
                for (long k = 0; k < cellSize; k++, written++) MemorySegment.copy(in, (base + c.next()) * item, out, written * item, item);
            }
        }
    }
}
