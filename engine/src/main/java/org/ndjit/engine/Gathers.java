package org.ndjit.engine;

import org.ndjit.codegen.KernelCache;
import org.ndjit.DType;
import org.ndjit.ir.Gather;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.OffsetIterator;
import org.ndjit.ir.Scatter;
import org.ndjit.ir.StridedArray;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.ref.Reference;
import java.util.Arrays;

/**
 * Integer-array indexing ({@link Gather}) and functional updates ({@link Scatter}) over memory:
 * the same element order and checks as the reference, with bytes moved by element width (every
 * dtype is one loop, NaN payloads kept) instead of values read and written per dtype. A gather
 * first turns the index arrays into one storage distance per index position (checking every index,
 * as the reference does), then copies in parallel over the positions before the indexed axes and
 * the picks: a contiguous run of the axes after them is one bulk copy. An update copies a once
 * (the compiled copy kernel; not when the plan made a and reads it no more: then it writes into a's
 * memory), then writes the selection in C order on one thread, since where
 * integer arrays repeat a position the last write must win (or, for np.add.at, every addition land).
 */
final class Gathers {
    private Gathers() {}

    static StridedArray gather(Node node, StridedArray source, StridedArray[] indices) {
        Gather g = (Gather) node.arg();
        long[] picks = picks(source.layout(), g.first(), g.sourceAxes(), indices);
        StridedArray out = MemoryPool.shared().allocate(node.dtype(), node.shape(), false); // every element is written
        if (out.size() == 0) return out;
        Layout before = source.layout().onlyAxes(range(g.first()));
        Layout after = source.layout().withoutAxes(range(g.first() + indices.length)).withOffset(0);
        long item = node.dtype().itemSize(), cell = after.size();
        MemorySegment in = source.buffer().segment(), o = out.buffer().segment();
        boolean bulk = after.isContiguous();
        long rows = before.size() * picks.length;
        Cancellation cancel = Cancellation.current();
        Parallel.forEachRowRange(rows, cell, (first, end) -> {
            OffsetIterator outer = new OffsetIterator(before, first / picks.length);
            long done = 0;
            for (long r = first; r < end; ) {
                // A run of picks under one position of the axes before the indexed ones.
                int p0 = (int) (r % picks.length), n = (int) Math.min(picks.length - p0, end - r);
                long base = outer.next();
                done = cancel.tick(done, n * cell);
                if (cell == 1) {
                    pickRun(in, base, picks, p0, n, o, r, item);
                } else {
                    for (int p = p0; p < p0 + n; p++) {
                        long to = (r + p - p0) * cell;
                        if (bulk) {
                            MemorySegment.copy(in, (base + picks[p]) * item, o, to * item, cell * item);
                            continue;
                        }
                        OffsetIterator c = new OffsetIterator(after);
                        for (long q = 0; q < cell; q++) MemorySegment.copy(in, (base + picks[p] + c.next()) * item, o, (to + q) * item, item);
                    }
                }
                r += n;
            }
        });
        Reference.reachabilityFence(source);
        Reference.reachabilityFence(indices);
        return out;
    }

    /**
     * The update {@code node} of {@code a}; written into {@code a}'s own memory when {@code writable}
     * (the plan made a and reads it no more, see {@link ReleaseSchedule#writable}) and the value and
     * index arrays do not share that memory (they are read while it is written), else into a copy.
     */
    static StridedArray scatter(Node node, StridedArray a, StridedArray value, StridedArray[] indices, KernelCache cache, boolean writable) {
        Scatter s = (Scatter) node.arg();
        int k = indices.length;
        long[] picks = k == 0 ? new long[] {0} : picks(s.target(), s.first(), s.sourceAxes(), indices); // may throw: before writing
        boolean inPlace = writable && !overlaps(a, value) && java.util.Arrays.stream(indices).noneMatch(i -> overlaps(a, i));
        StridedArray out = inPlace ? new StridedArray(a.buffer(), Layout.contiguous(a.shape())) : KernelRunner.copy(a, cache, null);
        int first = k == 0 ? 0 : s.first();
        Layout before = s.target().onlyAxes(range(first));
        Layout after = s.target().withoutAxes(range(first + k)).withOffset(0);
        long[] selection = k == 0 ? s.target().shape() : selectionShape(s.target(), first, k, indices);
        if (before.size() * picks.length * after.size() == 0) return out;
        // The value broadcast to the selection, split like it: one position per (before, pick) row, then the cell after it.
        Layout values = value.layout().broadcastTo(selection);
        int rowAxes = selection.length - after.ndim();
        Layout valueRows = values.onlyAxes(range(rowAxes)), valueCell = values.withoutAxes(range(rowAxes)).withOffset(0);
        boolean bulk = !s.accumulate() && after.isContiguous() && valueCell.isContiguous();
        boolean line = !s.accumulate() && after.ndim() <= 1 && valueCell.ndim() <= 1;
        long toStride = after.ndim() == 1 ? after.stride(0) : 0, fromStride = valueCell.ndim() == 1 ? valueCell.stride(0) : 0;
        long item = node.dtype().itemSize(), cell = after.size();
        MemorySegment in = value.buffer().segment(), o = out.buffer().segment();
        Updater write = new Updater(node.dtype(), s.accumulate(), in, o);
        OffsetIterator from = new OffsetIterator(valueRows);
        OffsetIterator outer = new OffsetIterator(before);
        Cancellation cancel = Cancellation.current();
        long valueStride = cell == 1 && before.size() == 1 ? Compress.linearStride(valueRows) : Compress.NOT_LINEAR;
        if (valueStride != Compress.NOT_LINEAR) {
            // One element per pick, the values one stride apart: the common 1-D case, one typed loop.
            write.run(outer.next(), picks, valueRows.offset(), valueStride);
            return finish(out, a, value, indices);
        }
        long done = 0;
        for (long p = 0; p < before.size(); p++) {
            long base = outer.next();
            done = cancel.tick(done, picks.length * cell);
            for (long pick : picks) {
                long to = base + pick, at = from.next();
                if (bulk) {
                    MemorySegment.copy(in, at * item, o, to * item, cell * item);
                    continue;
                }
                if (line) {
                    move(in, at, fromStride, o, to, toStride, cell, item);
                    continue;
                }
                if (cell == 1) {
                    write.at(to, at);
                    continue;
                }
                OffsetIterator c = new OffsetIterator(after), v = new OffsetIterator(valueCell);
                for (long q = 0; q < cell; q++) write.at(to + c.next(), at + v.next());
            }
        }
        return finish(out, a, value, indices);
    }

    private static boolean overlaps(StridedArray a, StridedArray b) {
        return a.buffer() == b.buffer() || a.buffer().segment().asOverlappingSlice(b.buffer().segment()).isPresent();
    }

    private static StridedArray finish(StridedArray out, StridedArray a, StridedArray value, StridedArray[] indices) {
        Reference.reachabilityFence(a);
        Reference.reachabilityFence(value);
        Reference.reachabilityFence(indices);
        return out;
    }

    /**
     * {@link Gather#picks}, with one typed loop for the common case of one int64 index array whose
     * elements are one stride apart (the same checks, the same message).
     */
    private static long[] picks(Layout source, int first, java.util.List<Integer> sourceAxes, StridedArray[] indices) {
        long linear = indices.length == 1 && indices[0].dtype() == DType.INT64 && indices[0].size() <= Integer.MAX_VALUE - 8
                ? Compress.linearStride(indices[0].layout()) : Compress.NOT_LINEAR;
        if (linear == Compress.NOT_LINEAR || indices[0].size() == 0) return Gather.picks(source, first, sourceAxes, indices);
        long len = source.dim(first), stride = source.stride(first), at = indices[0].layout().offset();
        MemorySegment values = indices[0].buffer().segment();
        long[] picks = new long[(int) indices[0].size()];
        for (int p = 0; p < picks.length; p++, at += linear) {
            long v = values.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, at);
            if (v < -len || v >= len) {
                throw new IndexOutOfBoundsException("index " + v + " is out of bounds for axis " + sourceAxes.getFirst() + " with size " + len);
            }
            picks[p] = (v < 0 ? v + len : v) * stride;
        }
        return picks;
    }

    /** {@code out[to + i] = in[base + picks[p0 + i]]} for {@code i < n}, moving the bits of each element by its width. */
    private static void pickRun(MemorySegment in, long base, long[] picks, int p0, int n, MemorySegment out, long to, long item) {
        switch ((int) item) {
            case 8 -> {
                for (int i = 0; i < n; i++) out.setAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, to + i, in.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, base + picks[p0 + i]));
            }
            case 4 -> {
                for (int i = 0; i < n; i++) out.setAtIndex(ValueLayout.JAVA_INT_UNALIGNED, to + i, in.getAtIndex(ValueLayout.JAVA_INT_UNALIGNED, base + picks[p0 + i]));
            }
            case 2 -> {
                for (int i = 0; i < n; i++) out.setAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, to + i, in.getAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, base + picks[p0 + i]));
            }
            default -> {
                for (int i = 0; i < n; i++) out.set(ValueLayout.JAVA_BYTE, to + i, in.get(ValueLayout.JAVA_BYTE, base + picks[p0 + i]));
            }
        }
    }

    /** {@code out[to + i * toStride] = in[from + i * fromStride]} for {@code i < n}, by element width (a stride of 0 repeats a value). */
    private static void move(MemorySegment in, long from, long fromStride, MemorySegment out, long to, long toStride, long n, long item) {
        switch ((int) item) {
            case 8 -> {
                for (long i = 0; i < n; i++) out.setAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, to + i * toStride, in.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, from + i * fromStride));
            }
            case 4 -> {
                for (long i = 0; i < n; i++) out.setAtIndex(ValueLayout.JAVA_INT_UNALIGNED, to + i * toStride, in.getAtIndex(ValueLayout.JAVA_INT_UNALIGNED, from + i * fromStride));
            }
            case 2 -> {
                for (long i = 0; i < n; i++) out.setAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, to + i * toStride, in.getAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, from + i * fromStride));
            }
            default -> {
                for (long i = 0; i < n; i++) out.set(ValueLayout.JAVA_BYTE, to + i * toStride, in.get(ValueLayout.JAVA_BYTE, from + i * fromStride));
            }
        }
    }

    private static long[] selectionShape(Layout target, int first, int k, StridedArray[] indices) {
        long[][] shapes = new long[k][];
        for (int j = 0; j < k; j++) shapes[j] = indices[j].shape();
        return Gather.shape(target.shape(), first, k, org.ndjit.ir.Shapes.broadcast(shapes));
    }

    /**
     * NumPy's nonzero stacked ({@link org.ndjit.ir.Nonzero}): one pass over the bool mask in C order,
     * an odometer giving each true element's indices, written to column t of the {@code (ndim, count)} result.
     */
    static StridedArray nonzero(Node node, StridedArray mask) {
        StridedArray out = MemoryPool.shared().allocate(DType.INT64, node.shape(), false); // every element is written (checked below)
        long count = node.dim(1);
        long[] shape = mask.shape(), index = new long[shape.length];
        MemorySegment m = mask.buffer().segment(), o = out.buffer().segment();
        int last = shape.length - 1;
        long len = shape[last], step = mask.layout().stride(last);
        Layout rows = mask.layout().withoutAxes(new int[] {last});
        OffsetIterator it = new OffsetIterator(rows);
        Cancellation cancel = Cancellation.current();
        long found = 0, done = 0;
        // Rows along the last axis; index holds the leading axes' indices of the current row (an odometer).
        for (long r = 0; r < rows.size() && len > 0; r++) {
            done = cancel.tick(done, len);
            long at = it.next();
            for (long j = 0; j < len; j++, at += step) {
                if (m.get(ValueLayout.JAVA_BYTE, at) == 0) continue;
                if (found == count) throw new IllegalStateException("more than the " + count + " true values counted");
                for (int d = 0; d < last; d++) o.setAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, d * count + found, index[d]);
                o.setAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, last * count + found, j);
                found++;
            }
            for (int d = last - 1; d >= 0 && ++index[d] == shape[d]; d--) index[d] = 0;
        }
        if (found != count) throw new IllegalStateException(found + " true values, " + count + " counted");
        Reference.reachabilityFence(mask);
        return out;
    }

    /** Writes (or, for np.add.at, adds) one value element at one output element, by the dtype's width and arithmetic. */
    private record Updater(DType dtype, boolean accumulate, MemorySegment in, MemorySegment out) {
        /** {@link #at} for {@code out[base + picks[i]]} and {@code in[from + i * stride]}, i over the picks in order. */
        void run(long base, long[] picks, long from, long stride) {
            if (!accumulate) {
                for (int i = 0; i < picks.length; i++) move(in, from + i * stride, 0, out, base + picks[i], 0, 1, dtype.itemSize());
                return;
            }
            switch (dtype) {
                case FLOAT64 -> {
                    for (int i = 0; i < picks.length; i++) {
                        long to = base + picks[i];
                        out.setAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, to, out.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, to)
                                + in.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, from + i * stride));
                    }
                }
                case INT64 -> {
                    for (int i = 0; i < picks.length; i++) {
                        long to = base + picks[i];
                        out.setAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, to, out.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, to)
                                + in.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, from + i * stride));
                    }
                }
                default -> {
                    for (int i = 0; i < picks.length; i++) at(base + picks[i], from + i * stride);
                }
            }
        }

        void at(long to, long from) {
            switch (dtype) {
                case FLOAT64 -> {
                    double v = in.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, from);
                    out.setAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, to, accumulate ? out.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, to) + v : v);
                }
                case FLOAT32 -> {
                    float v = in.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, from);
                    out.setAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, to, accumulate ? out.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, to) + v : v);
                }
                case INT64 -> {
                    long v = in.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, from);
                    out.setAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, to, accumulate ? out.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, to) + v : v);
                }
                case INT32 -> {
                    int v = in.getAtIndex(ValueLayout.JAVA_INT_UNALIGNED, from);
                    out.setAtIndex(ValueLayout.JAVA_INT_UNALIGNED, to, accumulate ? out.getAtIndex(ValueLayout.JAVA_INT_UNALIGNED, to) + v : v);
                }
                case BOOL -> {
                    boolean v = in.get(ValueLayout.JAVA_BYTE, from) != 0 || accumulate && out.get(ValueLayout.JAVA_BYTE, to) != 0;
                    out.set(ValueLayout.JAVA_BYTE, to, (byte) (v ? 1 : 0));
                }
            }
        }
    }

    private static int[] range(int n) {
        int[] out = new int[n];
        Arrays.setAll(out, i -> i);
        return out;
    }
}
