package org.ndjit.engine;

import org.ndjit.codegen.KernelCache;
import org.ndjit.ir.DType;
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
 * (the compiled copy kernel), then writes the selection in C order on one thread, since where
 * integer arrays repeat a position the last write must win (or, for np.add.at, every addition land).
 */
final class Gathers {
    private Gathers() {}

    static StridedArray gather(Node node, StridedArray source, StridedArray[] indices) {
        Gather g = (Gather) node.arg();
        long[] picks = Gather.picks(source.layout(), g.first(), g.sourceAxes(), indices);
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
            long base = outer.next(), done = 0;
            for (long r = first; r < end; r++) {
                int p = (int) (r % picks.length);
                if (p == 0 && r != first) base = outer.next();
                done = cancel.tick(done, cell);
                long from = base + picks[p] + after.offset(), to = r * cell;
                if (bulk) {
                    MemorySegment.copy(in, from * item, o, to * item, cell * item);
                    continue;
                }
                OffsetIterator c = new OffsetIterator(after);
                for (long q = 0; q < cell; q++) MemorySegment.copy(in, (base + picks[p] + c.next()) * item, o, (to + q) * item, item);
            }
        });
        Reference.reachabilityFence(source);
        Reference.reachabilityFence(indices);
        return out;
    }

    static StridedArray scatter(Node node, StridedArray a, StridedArray value, StridedArray[] indices, KernelCache cache) {
        Scatter s = (Scatter) node.arg();
        StridedArray out = KernelRunner.copy(a, cache, null);
        int k = indices.length;
        long[] picks = k == 0 ? new long[] {0} : Gather.picks(s.target(), s.first(), s.sourceAxes(), indices);
        int first = k == 0 ? 0 : s.first();
        Layout before = s.target().onlyAxes(range(first));
        Layout after = s.target().withoutAxes(range(first + k)).withOffset(0);
        long[] selection = k == 0 ? s.target().shape() : selectionShape(s.target(), first, k, indices);
        if (before.size() * picks.length * after.size() == 0) return out;
        Updater write = new Updater(node.dtype(), s.accumulate(), value.buffer().segment(), out.buffer().segment());
        OffsetIterator from = new OffsetIterator(value.layout().broadcastTo(selection));
        OffsetIterator outer = new OffsetIterator(before);
        Cancellation cancel = Cancellation.current();
        for (long p = 0; p < before.size(); p++) {
            long base = outer.next();
            cancel.check();
            for (long pick : picks) {
                OffsetIterator c = new OffsetIterator(after);
                for (long q = 0; q < after.size(); q++) write.at(base + pick + c.next(), from.next());
            }
        }
        Reference.reachabilityFence(a);
        Reference.reachabilityFence(value);
        Reference.reachabilityFence(indices);
        return out;
    }

    private static long[] selectionShape(Layout target, int first, int k, StridedArray[] indices) {
        long[][] shapes = new long[k][];
        for (int j = 0; j < k; j++) shapes[j] = indices[j].shape();
        return Gather.shape(target.shape(), first, k, org.ndjit.ir.Shapes.broadcast(shapes));
    }

    /** Writes (or, for np.add.at, adds) one value element at one output element, by the dtype's width and arithmetic. */
    private record Updater(DType dtype, boolean accumulate, MemorySegment in, MemorySegment out) {
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
