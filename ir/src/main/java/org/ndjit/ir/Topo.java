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
        List<Node> out = new ArrayList<>();
        Set<Node> done = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Node> stack = new ArrayDeque<>();
        ArrayDeque<Integer> next = new ArrayDeque<>();
        stack.push(root);
        next.push(0);
        done.add(root);
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
        return out;
    }
}
