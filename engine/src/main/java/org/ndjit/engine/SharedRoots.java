package org.ndjit.engine;

import org.ndjit.ir.Node;
import org.ndjit.ir.Op;
import org.ndjit.ir.StridedArray;
import org.ndjit.ir.Topo;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Computes several arrays whose graphs share subexpressions, each shared value once: the values
 * that more than one of the arrays reads are computed first, each by its own plan (which fuses what
 * only it reads), and the arrays' plans then read them as inputs. Only the largest shared values
 * are computed on their own: a shared node read only by other shared nodes is fused into them.
 * The shared values are this call's: they are not memoised on their nodes, so they are collected
 * once the arrays are computed, as intermediates are. The results are the values each array has
 * when computed alone (an elementwise or reduction op gives the same bits whether its input is
 * fused or read from memory).
 */
public final class SharedRoots {
    private SharedRoots() {}

    /** Computes each of {@code roots} (memoised on its node, as {@link Materializer#materialize} does). */
    public static void materialize(List<Node> roots) {
        Function<Node, StridedArray> memoised = Materializer::known;
        // How many roots reach each node, and whether a node has a consumer that is not shared.
        Map<Node, Integer> reach = new LinkedHashMap<>();  // in dependency order: first reached, inputs first
        Map<Node, List<Node>> consumers = new IdentityHashMap<>();
        List<Node> distinct = roots.stream().distinct().toList();
        for (Node root : distinct) {
            for (Node n : Topo.order(root, m -> m != root && isLeaf(m))) {
                if (reach.merge(n, 1, Integer::sum) > 1 || (n != root && isLeaf(n))) continue;
                for (Node s : n.srcs()) consumers.computeIfAbsent(s, k -> new ArrayList<>()).add(n);
            }
        }
        Map<Node, StridedArray> shared = new IdentityHashMap<>();
        Function<Node, StridedArray> known = n -> {
            StridedArray v = shared.get(n);
            return v != null ? v : memoised.apply(n);
        };
        for (Map.Entry<Node, Integer> e : reach.entrySet()) {
            Node n = e.getKey();
            if (!worthSharing(n, e.getValue())) continue;
            boolean isRoot = distinct.contains(n);
            boolean largest = isRoot || consumers.getOrDefault(n, List.of()).stream().anyMatch(c -> !worthSharing(c, reach.get(c)));
            if (!largest) continue;
            shared.put(n, isRoot ? Materializer.materialize(n, known) : Execution.run(n, known));
        }
        for (Node root : distinct) Materializer.materialize(root, known);
    }

    /** Where the walk stops: arrays and values that exist. */
    private static boolean isLeaf(Node n) {
        return n.op() == Op.BUFFER || Materializer.known(n) != null;
    }

    /** A node computed on its own: reached from several roots, and work (not an input, a constant or a view). */
    private static boolean worthSharing(Node n, int roots) {
        return roots > 1 && !isLeaf(n) && n.op() != Op.CONST && n.op() != Op.VIEW;
    }
}
