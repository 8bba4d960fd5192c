package org.ndjit.engine;

import org.ndjit.ir.Node;
import org.ndjit.ir.OffsetIterator;
import org.ndjit.ir.SearchSide;
import org.ndjit.ir.StridedArray;

import java.lang.ref.Reference;

/**
 * searchsorted: the sorted array is read once into {@link SortKeys} (so floats compare as integers,
 * NaN last), then the values are binary-searched in parallel ranges, each written at its own place.
 */
final class Search {
    private Search() {}

    static StridedArray run(Node node, StridedArray a, StridedArray v) {
        StridedArray out = MemoryPool.shared().allocate(node.dtype(), node.shape(), false);
        if (a.size() > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("searchsorted in more than 2^31 elements is not supported, got " + a.size());
        boolean isFloat = a.dtype().isFloat(), right = node.arg() == SearchSide.RIGHT;
        int len = (int) a.size();
        long[] keys = new long[len];
        OffsetIterator at = new OffsetIterator(a.layout());
        for (int k = 0; k < len; k++) {
            long o = at.next();
            keys[k] = isFloat ? SortKeys.of(a.buffer().getDouble(o)) : a.buffer().getLong(o);
        }
        long n = v.size();
        Cancellation cancel = Cancellation.current();
        Parallel.forEachRowRange(n, 64 - Long.numberOfLeadingZeros(len + 1L), (first, end) -> {
            if (first == end) return;
            cancel.check();
            OffsetIterator it = new OffsetIterator(v.layout(), first);
            for (long f = first; f < end; f++) {
                long o = it.next();
                long key = isFloat ? SortKeys.of(v.buffer().getDouble(o)) : v.buffer().getLong(o);
                int lo = 0, hi = len;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (right ? keys[mid] <= key : keys[mid] < key) lo = mid + 1;
                    else hi = mid;
                }
                out.buffer().setLong(f, lo);
            }
        });
        Reference.reachabilityFence(a);
        Reference.reachabilityFence(v);
        return out;
    }
}
