package org.ndjit;

import org.ndjit.engine.Compress;
import org.ndjit.engine.Materializer;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;
import org.ndjit.ir.Topo;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Builds a mask selection {@code x[mask]} once the mask's count is known, with elementwise work
 * moved after the selection: {@code (x * 2)[x > 0]} is built as {@code x[x > 0] * 2}, so the multiply
 * runs on the selected elements only and the full-size product is never written. An elementwise
 * op's element depends only on its operands' elements at the same index, so the values are the same
 * bits. Not moved: ops that can raise a value error (integer {@code //}, {@code %}, negative powers),
 * since NumPy computes every element before selecting and reports an error at an unselected element
 * too; ops already computed (their values are selected as they are); and everything that is not
 * elementwise over x's whole shape (views, reductions, products), where the selection starts.
 */
final class Selection {
    private Selection() {}

    /**
     * The number of true values of {@code mask}. A predicate not computed yet ({@code x > 0}) is
     * counted by a fused sum of its values, one kernel reading its operands, and is not written: the
     * selection computes it again a chunk at a time (see the engine's {@code Step.Selection}), so the
     * full-size bool array is never written. A mask that exists as an array, a view ({@code m.T},
     * broadcast), a 0-d mask, or a predicate with an op that can raise a value error (kept on one
     * path: computed once, in full, then counted and selected) is materialized and its bytes counted,
     * pinned while counted; the selection then reads it.
     */
    static long count(Node mask) {
        if (!countedUnwritten(mask)) return Materializer.read(mask, Compress::count);
        return Materializer.read(Reductions.reduce(Op.SUM, mask, null, false), total -> total.getLongFlat(0));
    }

    private static boolean countedUnwritten(Node mask) {
        if (mask.ndim() == 0 || !mask.op().isElementwise() || Materializer.known(mask) != null) return false;
        for (Node n : Topo.order(mask, m -> !m.op().isElementwise() || Materializer.known(m) != null)) {
            if (n.op().isElementwise() && Materializer.known(n) == null && n.op().canRaise(n.dtype())) return false;
        }
        return true;
    }

    static Node of(Node x, Node mask, long count) {
        Predicate<Node> movable = n -> n.op().isElementwise() && Arrays.equals(n.shape(), x.shape())
                && !n.op().canRaise(n.dtype()) && Materializer.known(n) == null;
        // A 0-d mask adds an axis rather than selecting along one: it is selected as it is.
        if (mask.ndim() == 0 || !movable.test(x)) return Nodes.compress(x, mask, count);
        int cellAxes = x.ndim() - mask.ndim();
        Map<Node, Node> selected = new IdentityHashMap<>();
        for (Node n : Topo.order(x, movable.negate())) {
            if (movable.test(n)) {
                Node[] src = new Node[n.arity()];
                for (int i = 0; i < src.length; i++) src[i] = selected.get(n.src(i));
                selected.put(n, Nodes.elementwise(n.op(), n.dtype(), src));
            } else if (n.ndim() <= cellAxes) {
                selected.put(n, n); // spans only the axes the mask does not index: broadcasts against the selection as it is
            } else {
                Node full = Arrays.equals(n.shape(), x.shape()) ? n : Nodes.view(n, Layout.contiguous(n.shape()).broadcastTo(x.shape()));
                selected.put(n, Nodes.compress(full, mask, count));
            }
        }
        return selected.get(x);
    }
}
