package org.ndjit.engine;

import org.ndjit.DType;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Shapes;
import org.ndjit.ir.StridedArray;
import org.ndjit.ir.TakeIndices;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Reference;
import java.util.Arrays;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

/**
 * partition's values at its positions (what a median or percentile reads): each line's
 * {@link SortKeys} are selected in place, position after position in ascending order (each one
 * splits the line, so the next is searched right of it), by an introselect: Hoare partitions around
 * a median of three, falling back to a sort of the range after 2 log2(n) rounds, so adversarial
 * orders stay O(n log n) at worst. A key identifies the value but for
 * the zeros and NaNs, of which the stable sort the reference defines puts the j-th in input order
 * at the j-th of their places: for those the line is read again to find it. Lines run in parallel.
 */
final class PartitionRoutine {
    private PartitionRoutine() {}

    static StridedArray run(Node node, StridedArray x) {
        TakeIndices kth = (TakeIndices) node.arg();
        int axis = kth.axis();
        StridedArray out = MemoryPool.shared().allocate(node.dtype(), node.shape(), false);
        if (out.size() == 0) return out;
        long len = x.layout().dim(axis);
        if (len > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("cannot partition lines of more than 2^31 elements, got " + len);
        int[] axes = {axis};
        Layout inLines = x.layout().withoutAxes(axes), outLines = Layout.contiguous(node.shape()).withoutAxes(axes);
        long step = x.layout().stride(axis), outStep = Shapes.contiguousStrides(node.shape())[axis];
        MemorySegment in = x.buffer().segment(), o = out.buffer().segment();
        DType dtype = x.dtype();
        Cancellation cancel = Cancellation.current();
        Parallel.forEachRowRange(inLines.size(), len, (first, end) -> {
            long[] keys = new long[(int) len];
            for (long line = first; line < end; line++) {
                cancel.check();
                long base = inLines.offsetOfFlat(line), outBase = outLines.offsetOfFlat(line);
                for (int k = 0; k < len; k++) keys[k] = key(in, dtype, base + k * step);
                int lo = 0;
                for (int j = 0; j < kth.count(); j++) {
                    int k = (int) kth.index(j);
                    select(keys, lo, (int) len, k);
                    lo = k + 1;
                    write(o, outBase + j * outStep, dtype, keys[k], in, base, step, (int) len, k);
                }
            }
        });
        Reference.reachabilityFence(x);
        return out;
    }

    private static long key(MemorySegment in, DType dtype, long at) {
        return switch (dtype) {
            case FLOAT64 -> SortKeys.of(in.getAtIndex(JAVA_DOUBLE_UNALIGNED, at));
            case FLOAT32 -> SortKeys.of(in.getAtIndex(JAVA_FLOAT_UNALIGNED, at));
            case INT64 -> in.getAtIndex(JAVA_LONG_UNALIGNED, at);
            case INT32 -> in.getAtIndex(JAVA_INT_UNALIGNED, at);
            case BOOL -> in.get(JAVA_BYTE, at) != 0 ? 1 : 0;
            default -> throw new IllegalArgumentException("no compiled partition of " + dtype + " (its nodes run in the reference evaluator)");
        };
    }

    /**
     * Writes the value the stable sort puts at position k, whose key is known: the value the key
     * encodes ({@link SortKeys} maps are their own inverse), but for the zeros' and NaNs' keys, which
     * stand for several values: there the (k - smaller)-th such element in input order, {@code smaller}
     * counting the elements with a smaller key.
     */
    private static void write(MemorySegment out, long to, DType dtype, long key, MemorySegment in, long base, long step, int len, int k) {
        switch (dtype) {
            case INT64 -> { out.setAtIndex(JAVA_LONG_UNALIGNED, to, key); return; }
            case INT32 -> { out.setAtIndex(JAVA_INT_UNALIGNED, to, (int) key); return; }
            case BOOL -> { out.set(JAVA_BYTE, to, (byte) key); return; }
            default -> { }
        }
        boolean f64 = dtype == DType.FLOAT64;
        if (key != 0 && key != (f64 ? Long.MAX_VALUE : Integer.MAX_VALUE)) {
            if (f64) out.setAtIndex(JAVA_DOUBLE_UNALIGNED, to, Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE)));
            else out.setAtIndex(JAVA_INT_UNALIGNED, to, (int) key ^ (((int) key >> 31) & Integer.MAX_VALUE));
            return;
        }
        int smaller = 0;
        for (int i = 0; i < len; i++) smaller += key(in, dtype, base + i * step) < key ? 1 : 0;
        for (int i = 0, seen = 0; i < len; i++) {
            long at = base + i * step;
            if (key(in, dtype, at) == key && seen++ == k - smaller) {
                MemorySegment.copy(in, at * dtype.itemSize(), out, to * dtype.itemSize(), dtype.itemSize());
                return;
            }
        }
        throw new IllegalStateException("no element with the selected key");
    }

    /** Puts the key of rank k (among keys[lo..hi)) at k, smaller ones before it and larger after. */
    static void select(long[] a, int lo, int hi, int k) {
        if (k == lo || k == hi - 1) { // the smallest or largest (a median's upper neighbour, the last): one scan
            int best = lo;
            for (int i = lo + 1; i < hi; i++) if (k == lo ? a[i] < a[best] : a[i] >= a[best]) best = i;
            swap(a, k, best);
            return;
        }
        int budget = 2 * (32 - Integer.numberOfLeadingZeros(hi - lo + 1));
        while (hi - lo > 16) {
            if (budget-- == 0) break;
            // Hoare's partition around the median of three, moved to lo: it stops on keys equal to the
            // pivot, so runs of duplicates split evenly, and ends with j in [lo, hi - 2].
            int mid = (lo + hi) >>> 1, last = hi - 1;
            if (a[mid] < a[lo]) swap(a, mid, lo);
            if (a[last] < a[lo]) swap(a, last, lo);
            if (a[last] < a[mid]) swap(a, last, mid);
            swap(a, lo, mid);
            long p = a[lo];
            int i = lo - 1, j = hi;
            while (true) {
                do i++; while (a[i] < p);
                do j--; while (a[j] > p);
                if (i >= j) break;
                swap(a, i, j);
            }
            if (k <= j) hi = j + 1;
            else lo = j + 1;
        }
        Arrays.sort(a, lo, hi);
    }

    private static void swap(long[] a, int i, int j) {
        long t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
