package org.ndjit.optimizer;

import org.ndjit.ir.GraphText;
import org.ndjit.ir.Node;
import org.ndjit.ir.Op;
import org.ndjit.ir.Topo;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A plan in progress, which the {@link Pass passes} rewrite in turn: the graph (its results, the leaves
 * where planning stops, the nodes in dependency order and who consumes each), the nodes marked for
 * materialization with their reasons, and, once {@link BuildSteps} has run, the steps.
 */
final class Draft {
    private final Predicate<Node> available;
    private final Map<Node, String> because = new LinkedHashMap<>();
    /** The arrays the plan computes: one, or several that {@code Np.eval} asks for together (shared nodes planned once). */
    private List<Node> results;
    /** Derived from the results on first use: the nodes down to the leaves, inputs first. */
    private List<Node> order;
    private Map<Node, List<Node>> consumers;
    private List<Step> steps;

    Draft(List<Node> requested, Predicate<Node> available) {
        this.results = List.copyOf(requested);
        this.available = available;
    }

    List<Node> results() { return results; }

    /** Whether {@code n} is one of the results (a handful: compared by identity in turn). */
    boolean isResult(Node n) {
        for (Node r : results) if (r == n) return true;
        return false;
    }

    /** Whether a node's value already exists (the caller's predicate, before any leaf rule). */
    Predicate<Node> available() { return available; }

    /** Replaces each result by an equivalent graph; only before anything is marked. */
    void reroot(UnaryOperator<Node> equivalent) {
        results = results.stream().map(equivalent).toList();
        order = null;
        consumers = null;
    }

    /**
     * Where planning stops descending: an array, a range (kernels compute its elements from their
     * positions, so it is read like an array), or a value that already exists (but the results themselves).
     */
    boolean isLeaf(Node n) {
        return !isResult(n) && (available.test(n) || n.op() == Op.BUFFER || n.op() == Op.ARANGE);
    }

    List<Node> order() {
        if (order == null) order = Topo.order(results, this::isLeaf);
        return order;
    }

    /** The distinct nodes that read {@code n}, in dependency order. */
    List<Node> consumersOf(Node n) {
        if (consumers == null) {
            consumers = new IdentityHashMap<>();
            for (Node m : order()) {
                if (isLeaf(m)) continue;
                for (Node s : m.srcs()) {
                    List<Node> users = consumers.computeIfAbsent(s, k -> new ArrayList<>());
                    if (users.isEmpty() || users.getLast() != m) users.add(m);
                }
            }
        }
        return consumers.getOrDefault(n, List.of());
    }

    /** Marks {@code n} for materialization unless it already is, keeping the first reason. */
    void mark(Node n, String why) {
        because.putIfAbsent(n, why);
    }

    boolean isMarked(Node n) { return because.containsKey(n); }

    /** How many nodes are marked; it only grows. */
    int markCount() { return because.size(); }

    /** The steps, or null before {@link BuildSteps} has run. */
    List<Step> steps() { return steps; }

    void steps(List<Step> rewritten) { steps = rewritten; }

    Plan plan() {
        return new Plan(results, steps, because);
    }

    /** The draft as text, for {@code -Dndjit.debug=3}: the graph with its marks until there are steps, then the plan. */
    String describe() {
        return steps == null ? graphListing() : plan().explain();
    }

    /** One line per node, {@link GraphText} style, with the reason of each marked node. */
    private String graphListing() {
        Map<Node, String> names = new IdentityHashMap<>();
        StringBuilder sb = new StringBuilder("graph: ").append(order().size()).append(" nodes, ")
                .append(because.size()).append(" marked\n");
        for (Node n : order()) {
            String name = "%" + names.size();
            names.put(n, name);
            sb.append(name).append(" = ").append(n.op().numpyName()).append(' ').append(GraphText.type(n));
            if (isLeaf(n) && n.op() != Op.BUFFER && n.op() != Op.ARANGE) sb.append(" (already computed)");
            else n.srcs().forEach(s -> sb.append(' ').append(names.get(s)));
            if (n.arg() != null && n.op() != Op.BUFFER) sb.append(" {").append(n.arg()).append('}');
            String why = because.get(n);
            if (why != null) sb.append("  materialized: ").append(why);
            sb.append('\n');
        }
        return sb.toString();
    }
}
