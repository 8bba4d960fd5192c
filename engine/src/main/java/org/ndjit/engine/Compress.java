package org.ndjit.engine;

import org.ndjit.codegen.Vectorization;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.OffsetIterator;
import org.ndjit.ir.StridedArray;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.ref.Reference;

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
        long[] firstRow = new long[counts.length + 1];
        for (int c = 0; c < counts.length; c++) firstRow[c + 1] = firstRow[c] + counts[c];
        if (firstRow[counts.length] != node.dim(0)) {
            throw new IllegalStateException("mask selects " + firstRow[counts.length] + " rows, expected " + node.dim(0));
        }
        int maskRank = mask.layout().ndim();
        int[] leading = new int[maskRank];
        for (int i = 0; i < maskRank; i++) leading[i] = i;
        Layout rows = x.layout().onlyAxes(leading), cell = x.layout().withoutAxes(leading).withOffset(0);
        Copy copy = new Copy(x.buffer().segment(), rows, cell, mask.buffer().segment(), mask.layout(), out.buffer().segment(),
                node.dtype().itemSize());
        Cancellation cancel = Cancellation.current();
        Parallel.forEachRowRange(counts.length, CHUNK * Math.max(1, cell.size()), (first, end) -> {
            for (long c = first; c < end; c++) {
                cancel.check();
                long t0 = c * CHUNK;
                copy.chunk(t0, Math.min(t0 + CHUNK, mask.size()), firstRow[(int) c], firstRow[(int) c + 1]);
            }
        });
        Reference.reachabilityFence(x);
        Reference.reachabilityFence(mask);
        return out;
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
    private record Copy(MemorySegment in, Layout rows, Layout cell, MemorySegment mask, Layout maskLayout, MemorySegment out, long item) {

        void chunk(long t0, long t1, long row0, long rowEnd) {
            if (row0 == rowEnd || cell.size() == 0) return;
            long rowStride = linearStride(rows), maskStride = linearStride(maskLayout);
            if (cell.size() == 1 && rowStride != NOT_LINEAR && maskStride != NOT_LINEAR) {
                Vectorization.maskCopy().copy((int) item, in, (rows.offset() + t0 * rowStride) * item, rowStride * item,
                        mask, maskLayout.offset() + t0 * maskStride, maskStride, out, row0, rowEnd);
                return;
            }
            walk(t0, t1, row0);
        }

        /** The general case: any layouts, rows of any shape (a contiguous row is one bulk copy). */
        private void walk(long t0, long t1, long row0) {
            long cellSize = cell.size(), written = row0 * cellSize;
            boolean bulk = cell.isContiguous();
            OffsetIterator maskAt = new OffsetIterator(maskLayout, t0), rowAt = new OffsetIterator(rows, t0);
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
