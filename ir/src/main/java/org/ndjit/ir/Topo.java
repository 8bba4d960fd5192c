package org.ndjit.ir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Iterative graph traversal: no pass in this library recurses over the graph (SEMANTICS 3.1). */
public final class Topo {
    private Topo() {}

    /** All nodes reachable from {@code root}, inputs before their consumers. */
    public static List<Node> order(Node root) {
        return order(root, n -> false);
    }

    /**
     * Nodes reachable from {@code root} in dependency order, not descending below nodes for which
     * {@code isLeaf} holds (they are still listed).
     */
    public static List<Node> order(Node root, Predicate<Node> isLeaf) {
        return order(List.of(root), isLeaf);
    }

    /** {@link #order(Node, Predicate)} from several roots: each node once, the roots' graphs in turn. */
    public static List<Node> order(List<Node> roots, Predicate<Node> isLeaf) {
        List<Node> out = new ArrayList<>();
        Set<Node> done = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Node> stack = new ArrayDeque<>();
        ArrayDeque<Integer> next = new ArrayDeque<>();
        for (Node root : roots) {
            if (done.add(root)) walk(root, isLeaf, out, done, stack, next);
        }
        return out;
    }

    private static void walk(Node root, Predicate<Node> isLeaf, List<Node> out, Set<Node> done, ArrayDeque<Node> stack, ArrayDeque<Integer> next) {
        stack.push(root);
        next.push(0);
        while (!stack.isEmpty()) {
            Node n = stack.peek();
            int i = next.pop();
            int arity = isLeaf.test(n) ? 0 : n.arity();
            if (i < arity) {
                next.push(i + 1);
                Node s = n.src(i);
                if (done.add(s)) {
                    stack.push(s);
                    next.push(0);
                }
            } else {
                stack.pop();
                out.add(n);
            }
        }
    }
}
