package org.ndjit.optimizer;

import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;
import org.ndjit.ir.Shapes;
import org.ndjit.ir.Topo;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A view that only adds or drops length-1 axes of an elementwise node (what {@code stack},
 * {@code vstack} and {@code column_stack} do to their inputs) moved below the node: the same ops
 * over the inputs given those axes, iteratively down the elementwise region. Why: a concatenation's
 * part that is such a view would otherwise need its node written whole and copied into its region;
 * moved below, the part is the elementwise node itself and is computed straight into the region.
 */
final class UnitAxes {
    private UnitAxes() {}

    /** {@code v} with its axes moved below its elementwise source; {@code v} when it is not such a view. */
    static Node pushBelow(Node v, Predicate<Node> known) {
        if (v.op() != Op.VIEW || !v.src(0).op().isElementwise() || v.src(0).ndim() == 0 || known.test(v.src(0)) || !onlyUnitAxes(v)) return v;
        long[] target = v.shape();
        int[] axisOf = axisOf(v.src(0).shape(), target);
        Predicate<Node> boundary = m -> !m.op().isElementwise() || known.test(m) || m.ndim() == 0;
        Map<Node, Node> moved = new IdentityHashMap<>();
        for (Node m : Topo.order(v.src(0), boundary)) {
            if (boundary.test(m)) {
                moved.put(m, m.ndim() == 0 ? m : reshaped(m, v.src(0).ndim(), axisOf, target.length));
                continue;
            }
            Node[] in = new Node[m.arity()];
            for (int i = 0; i < in.length; i++) in[i] = moved.get(m.src(i));
            moved.put(m, Nodes.elementwise(m.op(), m.dtype(), in));
        }
        return moved.get(v.src(0));
    }

    /** Whether the view reads its source's elements in C order under a shape that differs only in length-1 axes. */
    private static boolean onlyUnitAxes(Node v) {
        Layout l = (Layout) v.arg();
        return l.offset() == 0 && Arrays.equals(Shapes.withoutUnitAxes(v.src(0).shape()), Shapes.withoutUnitAxes(l.shape()))
                && l.squeeze().equals(Layout.contiguous(v.src(0).shape()).squeeze());
    }

    /** For each axis of {@code from} longer than one, the axis of {@code to} it becomes (in order); -1 for length-1 axes. */
    private static int[] axisOf(long[] from, long[] to) {
        int[] out = new int[from.length];
        for (int k = 0, t = 0; k < from.length; k++) {
            if (from[k] == 1) {
                out[k] = -1;
                continue;
            }
            while (to[t] == 1) t++;
            out[k] = t++;
        }
        return out;
    }

    /** {@code m} (aligned right against a node of rank {@code rank}) as a view of rank {@code newRank} with its long axes where {@code axisOf} puts them. */
    private static Node reshaped(Node m, int rank, int[] axisOf, int newRank) {
        long[] shape = new long[newRank];
        Arrays.fill(shape, 1);
        int lead = rank - m.ndim();
        for (int k = 0; k < m.ndim(); k++) if (m.dim(k) != 1) shape[axisOf[lead + k]] = m.dim(k);
        Layout folded = m.op() == Op.VIEW ? ((Layout) m.arg()).reshape(shape) : null;
        return folded != null ? Nodes.view(m.src(0), folded) : Nodes.view(m, Layout.contiguous(m.shape()).reshape(shape));
    }
}
