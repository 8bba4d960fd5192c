package org.ndjit;

import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * Rearranges an array along one axis by an index map: output position {@code j} along the axis holds
 * input position {@code source(j)}, or a filler value where the map gives {@link #FILL}. The map is
 * cut into runs where the source index steps by +1, -1 or 0, and each run is one view of the input
 * (a slice, a reversed slice, or one position broadcast), so the result is a concatenation of views:
 * no element is copied until the result is computed, and then each run is read in place into its
 * region. roll, pad, tile and repeat are index maps; their maps are piecewise of those slopes, so a
 * result has few runs (but for repeat with counts per element: one run per input position), and a
 * run's end is found by bisection, never by walking the map position by position.
 */
final class AxisRuns {
    /** The index-map value of a position filled with the constant. */
    static final long FILL = Long.MIN_VALUE;

    private AxisRuns() {}

    /** The rearrangement of {@code a} along {@code axis} (normalised) to {@code length} positions; {@code fill} is the 0-d filler, or null. */
    static Node gather(Node a, int axis, long length, LongUnaryOperator source, Node fill) {
        List<Node> parts = new ArrayList<>();
        for (long j = 0; j < length; ) {
            long first = source.applyAsLong(j), step = 0;
            if (first != FILL && j + 1 < length) {
                long next = source.applyAsLong(j + 1);
                if (next != FILL && Math.abs(next - first) <= 1) step = next - first;
            }
            long end = runEnd(source, length, j, first, step);
            parts.add(run(a, axis, first, step, end - j, fill));
            j = end;
        }
        if (parts.isEmpty()) return Views.apply(a, l -> l.slice(axis, 0L, 0L, 1));
        return Nodes.concatenate(axis, parts.toArray(Node[]::new));
    }

    /**
     * The end of the run from position {@code j}: galloping then bisecting, so a run costs a few
     * evaluations of the map, not one per position. Valid because every map here leaves a run for
     * good once it leaves it (it never comes back to the same line).
     */
    private static long runEnd(LongUnaryOperator source, long length, long j, long first, long step) {
        long good = j + 1, probe = 1; // positions below good are in the run
        while (good < length) {
            long at = Math.min(length - 1, good + probe - 1);
            if (!continues(source.applyAsLong(at), first, step, at - j)) {
                long lo = good, hi = at; // the first position out of the run is in [lo, hi]
                while (lo < hi) {
                    long mid = (lo + hi) >>> 1;
                    if (continues(source.applyAsLong(mid), first, step, mid - j)) lo = mid + 1;
                    else hi = mid;
                }
                return lo;
            }
            good = at + 1;
            probe *= 2;
        }
        return length;
    }

    /** Whether source index {@code v} is position {@code k} of the run from {@code first} by {@code step}. */
    private static boolean continues(long v, long first, long step, long k) {
        return first == FILL ? v == FILL : v != FILL && v == first + k * step;
    }

    /** {@code count} positions along the axis: from {@code first} by {@code step}, or the filler. */
    private static Node run(Node a, int axis, long first, long step, long count, Node fill) {
        long[] shape = a.shape();
        shape[axis] = count;
        if (first == FILL) return Nodes.view(fill, Layout.contiguous(fill.shape()).broadcastTo(shape));
        if (step == 0) return Views.apply(a, l -> l.slice(axis, first, first + 1, 1).broadcastTo(shape));
        long last = first + (count - 1) * step;
        // A reversed run down to position 0 stops at "None": a stop of -1 would count from the end.
        Long stop = step > 0 ? Long.valueOf(last + 1) : last == 0 ? null : Long.valueOf(last - 1);
        return Views.apply(a, l -> l.slice(axis, first, stop, step));
    }
}
