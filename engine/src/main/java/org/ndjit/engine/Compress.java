package org.ndjit.engine;

import org.ndjit.codegen.KernelCache;
import org.ndjit.codegen.Vectorization;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.OffsetIterator;
import org.ndjit.ir.Shapes;
import org.ndjit.ir.StridedArray;
import org.ndjit.optimizer.Planner;
import org.ndjit.optimizer.Step;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.ref.Reference;
import java.util.function.Function;

/**
 * Boolean mask selection ({@code x[mask]}): copies, in C order, the elements (or sub-arrays) of x
 * where the mask is true. The mask's positions are split into chunks, and ranges of chunks into
 * threads, so the result is the same at every parallelism. A mask that is written (an array) is
 * counted per chunk (in parallel), a prefix sum gives each chunk's first output row, then the chunks
 * are copied (in parallel) to their rows. A predicate mask that is not written ({@code x > 0}) is
 * computed a chunk at a time and counted by its own copy, in one pass ({@link #select}). Where the
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

    /** How many mask positions selections have computed a predicate at, a chunk at a time, so far: for tests. */
    public static long predicatePositions() {
        return PredicateChunks.POSITIONS.sum();
    }

    /** The number of true values of a bool array (any non-zero byte is true). */
    public static long count(StridedArray mask) {
        long[] counts = chunkCounts(mask);
        long total = 0;
        for (long c : counts) total += c;
        Reference.reachabilityFence(mask);
        return total;
    }

    /**
     * The selection; {@code node}'s shape gives the output's: its length is the mask's count, or the
     * number of mask positions when the length is asked for ({@link #select}), and the output then has
     * as many rows as the mask selects.
     */
    public static StridedArray run(Node node, StridedArray x, StridedArray mask) {
        long[] counts = chunkCounts(mask);
        long[] firstRow = firstRows(counts, node, mask.size());
        StridedArray out = MemoryPool.shared().allocate(node.dtype(), rowsOf(node, firstRow[counts.length]), false); // every row is written
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
     * ({@link PredicateChunks}; see {@link Step.Selection}), never written whole, in one pass: each
     * chunk's predicate is computed once, its true values counted, and its selected rows copied while
     * x's chunk is in cache. The output has a row for every mask position (the most the selection can
     * have), so each range of chunks (one per thread) writes from the row of its first position on,
     * knowing nothing of the ranges before it; the ranges are then moved down in order to follow one
     * another (none for one thread), and the value is the rows written ({@link #fitted}). The node's
     * length is the count when it is known (checked), or the number of positions when the selection
     * is asked for its length ({@link #select}). A predicate read through gathered inputs is computed
     * whole first.
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
        long positions = Shapes.size(node.src(1).shape());
        StridedArray out = MemoryPool.shared().allocate(node.dtype(), rowsOf(node, positions), false); // rows past those written are cut off below
        int chunks = Math.toIntExact((positions + CHUNK - 1) / CHUNK);
        Copy copy = Copy.of(x, node.src(1).ndim(), out);
        int parts = Parallel.rowRanges(chunks, CHUNK * Math.max(1, copy.cell.size()));
        long[] firstRow = new long[parts], rows = new long[parts];
        Cancellation cancel = Cancellation.current();
        try {
            Parallel.forEachRowRange(chunks, parts, (part, first, end) -> {
                MemorySegment block = MemorySegment.ofArray(new byte[(int) Math.min(CHUNK, positions)]); // a short mask's own length
                long row = firstRow[part] = first * CHUNK;
                for (long c = first; c < end; c++) {
                    cancel.check();
                    long t0 = c * CHUNK, t1 = Math.min(t0 + CHUNK, positions);
                    predicate.fill(t0, t1, block);
                    row = copy.all(t0, t1, row, block);
                }
                rows[part] = row - firstRow[part];
            });
        } catch (RuntimeException | Error e) {
            out.buffer().close("a selection that failed was released");
            throw e;
        }
        long written = 0, cell = copy.cell.size() * copy.item;
        MemorySegment o = out.buffer().segment();
        for (int part = 0; part < parts; part++) { // in order: a range moves down onto rows the ranges before it have left
            if (firstRow[part] != written) MemorySegment.copy(o, firstRow[part] * cell, o, written * cell, rows[part] * cell);
            written += rows[part];
        }
        Reference.reachabilityFence(x);
        return fitted(out, written, node, positions);
    }

    /**
     * x[mask] computed now, with its length: the node {@code x[mask]} of that length, its value
     * memoised, or null when the selection is not made this way (dtypes without compiled loops). The
     * selection is asked for as x[mask] with a row per mask position ({@link #run(Step.Selection, Function, KernelCache)}
     * writes the rows it selects and returns those), so a predicate mask ({@code x > 0}) is computed
     * once, in the selection's own pass, instead of once to count it and once more to select.
     */
    public static Node select(Node x, Node mask) {
        long positions = Shapes.size(mask.shape());
        Node upTo = Nodes.compress(x, mask, positions);
        if (Planner.withoutKernels(upTo)) return null;
        StridedArray value = Execution.run(upTo, Materializer::known);
        Node selected = Nodes.compress(x, mask, value.layout().dim(0));
        while (true) {
            Object memo = selected.memo();
            if (memo == value) return selected; // all selected: the node asked for is the one computed
            if (memo != null && !(memo instanceof StridedArray v && v.buffer().isClosed())) {
                value.buffer().close("a selection computed while another thread computed it too was released: the other value is kept");
                return selected;
            }
            if (selected.casMemo(memo, value)) return selected; // also over a value released since (its array was closed)
        }
    }

    /** The shape of {@code node} (a selection) with {@code rows} rows. */
    private static long[] rowsOf(Node node, long rows) {
        long[] shape = node.shape().clone();
        shape[0] = rows;
        return shape;
    }

    /**
     * The first {@code written} rows of {@code out}, whose rows are one per mask position: the same
     * memory when at least a quarter of it is used, else copied to memory of their own (a selection
     * of few elements does not keep a block as large as x). Copying half of x's rows (B10, {@code x[x > 0]}
     * on 10,000,000 normal float64) cost 9 ms more of 46 on one thread of the loaded machine. The rows
     * past those written were never written, so a block fresh from the system has no pages there. The
     * count must be the node's length unless that is the number of positions (the length asked for,
     * {@link #select}).
     */
    private static StridedArray fitted(StridedArray out, long written, Node node, long positions) {
        long total = node.dim(0);
        if (written != total && total != positions) {
            out.buffer().close("a selection whose count disagreed was released");
            throw new IllegalStateException("mask selects " + written + " rows, expected " + total);
        }
        if (written == positions) return out;
        long[] shape = rowsOf(node, written);
        if (4 * written >= positions) return new StridedArray(out.buffer(), Layout.contiguous(shape));
        StridedArray exact = MemoryPool.shared().allocate(node.dtype(), shape, false);
        MemorySegment.copy(out.buffer().segment(), 0, exact.buffer().segment(), 0, Shapes.size(shape) * node.dtype().itemSize());
        out.buffer().close("a selection's rows were copied to memory of their size");
        return exact;
    }

    /** The positions of a chunk's block of mask bytes, one after the other. */
    private static final Layout BLOCK_POSITIONS = Layout.contiguous(new long[] {CHUNK});

    /** Each chunk's first output row (a prefix sum of the counts), checked against the node's length (unless that is the number of positions). */
    private static long[] firstRows(long[] counts, Node node, long positions) {
        long[] firstRow = new long[counts.length + 1];
        for (int c = 0; c < counts.length; c++) firstRow[c + 1] = firstRow[c] + counts[c];
        if (firstRow[counts.length] != node.dim(0) && node.dim(0) != positions) {
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

        /**
         * Copies the rows of positions {@code [t0, t1)} selected by a block of mask bytes (byte k for
         * position t0 + k) from output row {@code row0} on, and returns the row after the last one
         * written. Rows up to {@code row0 + t1 - t0} may be written (see {@link org.ndjit.codegen.MaskCopy#copyAll}).
         */
        long all(long t0, long t1, long row0, MemorySegment block) {
            if (cell.size() == 0) return row0 + countBytes(block, 0, t1 - t0);
            long rowStride = linearStride(rows);
            if (cell.size() == 1 && rowStride != NOT_LINEAR) {
                return Vectorization.maskCopy().copyAll((int) item, in, (rows.offset() + t0 * rowStride) * item, rowStride * item,
                        block, 0, 1, t1 - t0, out, row0);
            }
            return walk(t0, t1, row0, block, new OffsetIterator(BLOCK_POSITIONS, 0));
        }

        /** The general case: any layouts, rows of any shape (a contiguous row is one bulk copy); returns the row after the last one written. */
        private long walk(long t0, long t1, long row0, MemorySegment mask, OffsetIterator maskAt) {
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
            return written / cellSize;
        }
    }
}
