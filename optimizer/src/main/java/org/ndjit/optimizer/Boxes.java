package org.ndjit.optimizer;

import org.ndjit.ir.Concatenation;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;
import org.ndjit.ir.Shapes;

import java.util.ArrayList;
import java.util.List;

/**
 * A view of a concatenation that selects a box of it: per axis a run of consecutive positions,
 * forward or reversed, in the same axis order (what slices with steps of 1 and -1 and flips make).
 * Such a view is the concatenation of the box's pieces of each part it overlaps (in reverse order
 * when the box runs backwards along the joined axis), each a view of its part, so a slice, a roll or
 * a second axis of padding over a concatenation reads its parts in place instead of a written copy.
 */
final class Boxes {
    private Boxes() {}

    /** The view {@code v} of a concatenation as a concatenation of views of its parts; {@code v} itself when it is not a box. */
    static Node ofConcatenation(Node v) {
        Node c = v.src(0);
        Layout l = (Layout) v.arg();
        if (l.ndim() != c.ndim() || l.size() == 0) return v;
        long[] cs = Shapes.contiguousStrides(c.shape()), start = new long[c.ndim()];
        long rest = l.offset();
        for (int d = 0; d < c.ndim(); d++) {
            start[d] = cs[d] == 0 ? 0 : rest / cs[d];
            rest -= start[d] * cs[d];
        }
        int[] dir = new int[c.ndim()];
        for (int d = 0; d < c.ndim(); d++) {
            dir[d] = l.dim(d) == 1 ? 1 : l.stride(d) == cs[d] ? 1 : l.stride(d) == -cs[d] ? -1 : 0;
            long last = start[d] + (l.dim(d) - 1) * dir[d];
            if (dir[d] == 0 || start[d] >= c.dim(d) || last < 0 || last >= c.dim(d)) return v;
        }
        int axis = Concatenation.axis(c);
        long[] starts = Concatenation.starts(c);
        long lo = Math.min(start[axis], start[axis] + (l.dim(axis) - 1) * dir[axis]), hi = Math.max(start[axis], start[axis] + (l.dim(axis) - 1) * dir[axis]) + 1;
        List<Node> pieces = new ArrayList<>();
        for (int k = 0; k < c.arity(); k++) {
            long from = Math.max(lo, starts[k]), to = Math.min(hi, starts[k + 1]);
            if (from >= to) continue;
            long[] first = start.clone(), len = l.shape();
            first[axis] = (dir[axis] > 0 ? from : to - 1) - starts[k];
            len[axis] = to - from;
            pieces.add(box(c.src(k), first, len, dir));
        }
        if (dir[axis] < 0) java.util.Collections.reverse(pieces);
        return pieces.size() == 1 ? pieces.getFirst() : Nodes.concatenate(axis, pieces.toArray(Node[]::new));
    }

    /** The box of {@code part} from {@code first} over {@code len} positions per axis in directions {@code dir}, as one view. */
    private static Node box(Node part, long[] first, long[] len, int[] dir) {
        Node base = part.op() == Op.VIEW ? part.src(0) : part;
        Layout l = part.op() == Op.VIEW ? (Layout) part.arg() : Layout.contiguous(part.shape());
        for (int d = 0; d < first.length; d++) {
            long stop = first[d] + len[d] * dir[d];
            l = l.slice(d, first[d], stop < 0 ? null : stop, dir[d]);
        }
        return Nodes.view(base, l);
    }
}
