package org.ndjit;

import org.ndjit.engine.Compress;
import org.ndjit.engine.Materializer;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;
import org.ndjit.ir.Topo;

import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
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
    /** Mask positions whose predicate was counted by a fused sum, so far: for tests. */
    static final LongAdder SUMMED = new LongAdder();

    /**
     * Masks up to this many positions are written whole when they are predicates: the one-pass
     * selection's plan costs more than it saves there. Paired, one thread, load 10 on 2 cores, {@code x[x > 0]}:
     * 1,000 float64 55 µs one pass against 42 written; 8,192: 126 against 107; 16,384: 131 against 131; 65,536: 270 against 285.
     */
    static final long WRITTEN_UP_TO = 16_384;

    private Selection() {}

    /**
     * {@code x[mask]} with its length. When the mask is a predicate not computed yet ({@code x > 0})
     * and one array is selected by it (x, or the one operand of x's elementwise work that is moved
     * after the selection: {@code (x * 2)[x > 0]} selects x), the selection is computed now, in one
     * pass that computes the predicate once per element, counts and copies (the engine's
     * {@code Compress.select}); its value is memoised, and its length is the count. The full-size bool
     * array is never written. Otherwise the mask is counted first ({@link #count}) and the selection
     * computed when it is read; so is a predicate of at most {@link #WRITTEN_UP_TO} positions, which is
     * written (a few kilobytes), counted, then read by the selection. The cost of computing it with the length: where the selection is only
     * an operand ({@code x[x > 0].sum()}, or x in {@code (x * 2)[x > 0]}), its memory is held by the
     * expression built on it until that is computed and dropped (then returned after a collection),
     * not released at the end of that expression's plan as an intermediate would be.
     */
    static Node select(Node x, Node mask) {
        if (countedUnwritten(mask)) {
            if (mask.size() <= WRITTEN_UP_TO) return of(x, mask, Materializer.read(mask, Compress::count));
            List<Node> selected = selectedOperands(x, mask);
            Node done = selected.size() == 1 ? Compress.select(selected.getFirst(), mask) : null;
            if (done != null) {
                Node result = of(x, mask, done.dim(0));
                Reference.reachabilityFence(done); // interned: of() finds the same node, with its value
                return result;
            }
        }
        return of(x, mask, count(mask));
    }

    /**
     * The number of true values of {@code mask}. A predicate not computed yet that selects several
     * operands ({@code (a + b)[a > 0]}) is counted by a fused sum of its values, one kernel reading
     * its operands, and is not written: each selection computes it again a chunk at a time (see the
     * engine's {@code Step.Selection}), so the full-size bool array is never written. A mask that
     * exists as an array, a view ({@code m.T}, broadcast), a 0-d mask, or a predicate with an op that can raise a value error (kept on one
     * path: computed once, in full, then counted and selected) is materialized and its bytes counted,
     * pinned while counted; the selection then reads it.
     */
    static long count(Node mask) {
        if (!countedUnwritten(mask)) return Materializer.read(mask, Compress::count);
        SUMMED.add(mask.size());
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
        Predicate<Node> movable = movable(x);
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
                selected.put(n, Nodes.compress(fullSize(n, x), mask, count));
            }
        }
        return selected.get(x);
    }

    /** The operands {@link #of} selects by the mask (x itself when no work is moved after the selection), each once. */
    private static List<Node> selectedOperands(Node x, Node mask) {
        Predicate<Node> movable = movable(x);
        if (mask.ndim() == 0 || !movable.test(x)) return List.of(x);
        int cellAxes = x.ndim() - mask.ndim();
        Set<Node> operands = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node n : Topo.order(x, movable.negate())) {
            if (!movable.test(n) && n.ndim() > cellAxes) operands.add(fullSize(n, x));
        }
        return List.copyOf(operands);
    }

    /** The elementwise work on x that is moved after the selection. */
    private static Predicate<Node> movable(Node x) {
        return n -> n.op().isElementwise() && Arrays.equals(n.shape(), x.shape()) && !n.op().canRaise(n.dtype()) && Materializer.known(n) == null;
    }

    /** {@code n} broadcast to x's shape (itself when it has that shape). */
    private static Node fullSize(Node n, Node x) {
        return Arrays.equals(n.shape(), x.shape()) ? n : Nodes.view(n, Layout.contiguous(n.shape()).broadcastTo(x.shape()));
    }
}
