package org.ndjit.optimizer;

import org.ndjit.ir.Node;
import org.ndjit.ir.Op;
import org.ndjit.ir.Topo;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * In a plan of several results ({@code Np.eval(a, b)}), marks the work they share, so each shared
 * value is computed once: a node two or more results read is written by one step and read by the
 * others, even where it is cheap enough that the plan of one array would recompute it in each reader
 * (a kernel writes one array, so a value two results' kernels both fuse would be computed twice).
 * Only the largest shared values are marked: a shared node is fused into its readers when they are
 * all shared nodes that are themselves fused into one step (a node read by a written value, a result,
 * a reduction or a costly node, is written itself, or each of their steps would compute it). Views and
 * constants are never marked (a view is read in place, a constant is an argument).
 */
record ShareAcrossResults() implements Pass {
    @Override
    public void run(Draft draft) {
        if (draft.results().size() < 2) return;
        Map<Node, Integer> reach = new IdentityHashMap<>();
        for (Node result : draft.results()) {
            for (Node n : Topo.order(result, m -> m != result && draft.isLeaf(m))) reach.merge(n, 1, Integer::sum);
        }
        // Readers first, so that whether a reader is marked (written by its own step) is known.
        List<Node> order = draft.order();
        for (int i = order.size() - 1; i >= 0; i--) {
            Node n = order.get(i);
            if (!shared(draft, n, reach) || draft.isMarked(n)) continue;
            boolean largest = draft.consumersOf(n).stream().anyMatch(c -> !shared(draft, c, reach) || draft.isMarked(c));
            if (largest) draft.mark(n, "read by several of the results");
        }
    }

    private static boolean shared(Draft draft, Node n, Map<Node, Integer> reach) {
        return reach.getOrDefault(n, 0) > 1 && !draft.isLeaf(n) && !Planner.isConstant(n) && n.op() != Op.VIEW;
    }
}
