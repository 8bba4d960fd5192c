package org.ndjit.optimizer;

import org.ndjit.ir.Node;
import org.ndjit.ir.Op;
import org.ndjit.ir.ReduceAxes;
import org.ndjit.ir.Topo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Fuses a graph into a plan. Elementwise regions become one loop kernel each, with their broadcast
 * and strided inputs read in place; a reduction runs in the kernel that computes its input, so its
 * input is never written. A node is materialized (an intermediate) only for a stated reason:
 * <ul>
 *   <li>it is the result, or a reduction (its output is smaller than its input);</li>
 *   <li>it is read through a view (the loop reads views of materialized arrays only);</li>
 *   <li>an unfused op reads it (matmul, mask selection);</li>
 *   <li>several consumers read it and recomputing it is not cheap. Cheap means at most
 *       {@value #CHEAP_OPS} elementwise ops of which at most one is a transcendental function or
 *       a power: about what writing and re-reading a full-size array costs in memory traffic. So the
 *       {@code exp(x - max)} of a row softmax is recomputed by the sum and the division, and only one
 *       value per row is materialized between them;</li>
 *   <li>a kernel's generated method would otherwise reach HotSpot's 8,000-byte limit for JIT
 *       compilation (a larger one silently runs interpreted): see {@link KernelBudget}; ops are
 *       then materialized at even intervals of the oversized region until every kernel fits;</li>
 *   <li>it can raise a value error (integer floor division, remainder or power) and has elements,
 *       but the kernel it would fuse into has none (a length-1 axis broadcast against 0): fused, it
 *       would never run, and whether an expression raises must not depend on fusion.</li>
 * </ul>
 */
public final class Planner {
    static final int CHEAP_OPS = 8;
    private static final String TOO_LARGE = "the kernel would be too large for one JIT-compiled method";

    private Planner() {}

    /**
     * Plans {@code root}. With {@code fuse} false (eager mode) every op is its own kernel writing its
     * result, the baseline that benchmarks compare fusion against on the same generated code.
     * {@code available} holds for nodes whose value already exists; {@code budget} bounds a kernel.
     */
    public static Plan plan(Node requested, Predicate<Node> available, boolean fuse, KernelBudget budget) {
        Node root = fuse ? Simplify.apply(requested, available) : requested;
        Predicate<Node> leaf = n -> n != root && (available.test(n) || n.op() == Op.BUFFER);
        List<Node> order = Topo.order(root, leaf);
        Map<Node, List<Node>> consumers = consumers(order, leaf);
        Map<Node, String> because = new LinkedHashMap<>();
        because.put(root, "the result");
        for (Node n : order) {
            if (leaf.test(n) || isConstant(n)) continue;
            String why = fuse ? reason(n, consumers.getOrDefault(n, List.of()), leaf)
                              : n.op().isElementwise() ? "fusion is off (eager mode)" : reason(n, List.of(), leaf);
            if (why != null) because.putIfAbsent(n, why);
        }
        List<Step> steps = steps(order, root, because, leaf);
        while (splitOversized(steps, because, budget) | keepValueErrors(steps, because)) steps = steps(order, root, because, leaf);
        return new Plan(root, fuse ? withContractionEpilogues(sharePasses(withEpilogues(steps, consumers)), consumers) : steps, because);
    }

    private static List<Step> steps(List<Node> order, Node root, Map<Node, String> because, Predicate<Node> leaf) {
        List<Step> steps = new ArrayList<>();
        for (Node n : order) {
            if (because.containsKey(n)) steps.add(step(n, root, because, leaf));
        }
        return steps;
    }

    /**
     * Joins a reduction with the elementwise kernel that reads only it (and constants) and has its
     * shape, when nothing else reads the reduction: the pair runs as one step.
     */
    private static List<Step> withEpilogues(List<Step> steps, Map<Node, List<Node>> consumers) {
        List<Step> out = new ArrayList<>();
        for (Step s : steps) {
            if (s instanceof Step.Kernel e && e.reduction() == null && e.inputs().size() == 1 && !out.isEmpty()
                    && out.getLast() instanceof Step.Kernel r && r.reduction() != null && e.inputs().getFirst() == r.output()
                    && consumers.getOrDefault(r.output(), List.of()).size() == 1
                    && java.util.Arrays.equals(e.output().shape(), r.output().shape())) {
                out.set(out.size() - 1, new Step.ReduceThen(r, e));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Joins each reduction to an earlier one over the same elements' shape and axes when everything
     * it reads exists before the earlier one runs: the pair (or more) becomes one
     * {@link Step.SharedPass} at the earlier position.
     */
    private static List<Step> sharePasses(List<Step> steps) {
        List<Step> out = new ArrayList<>();
        Map<Node, Integer> producedAt = new IdentityHashMap<>();
        for (Step s : steps) {
            Step.Kernel reduce = reduceOf(s);
            int joined = -1;
            // A reduction that can raise stays in place: moved ahead of another step that raises, it would report its error first.
            boolean movable = reduce != null && reduce.body().stream().noneMatch(Planner::canRaise);
            for (int g = 0; movable && g < out.size() && joined < 0; g++) {
                Step.Kernel other = reduceOf(out.get(g) instanceof Step.SharedPass p ? p.members().getFirst() : out.get(g));
                if (other != null && sameLoop(reduce, other) && readsOnlyBefore(reduce, g, producedAt)) joined = g;
            }
            if (joined < 0) {
                out.add(s);
                joined = out.size() - 1;
            } else {
                List<Step> members = new ArrayList<>(out.get(joined) instanceof Step.SharedPass p ? p.members() : List.of(out.get(joined)));
                members.add(s);
                out.set(joined, new Step.SharedPass(List.copyOf(members)));
            }
            producedAt.put(s.output(), joined);
            if (s instanceof Step.ReduceThen both) producedAt.put(both.reduce().output(), joined);
        }
        return out;
    }

    /** The reduce kernel a step runs, if it is a reduction (with or without an epilogue). */
    private static Step.Kernel reduceOf(Step s) {
        if (s instanceof Step.ReduceThen both) return both.reduce();
        return s instanceof Step.Kernel k && k.reduction() != null ? k : null;
    }

    private static boolean sameLoop(Step.Kernel a, Step.Kernel b) {
        return java.util.Arrays.equals(a.produced().shape(), b.produced().shape()) && a.produced().size() > 0
                && java.util.Arrays.equals(((ReduceAxes) a.output().arg()).axes(), ((ReduceAxes) b.output().arg()).axes());
    }

    /** Whether each input of {@code k} (or the source of an input view) is a leaf or produced by a step before {@code position}. */
    private static boolean readsOnlyBefore(Step.Kernel k, int position, Map<Node, Integer> producedAt) {
        for (Node n : k.inputs()) {
            Integer at = producedAt.get(n);
            if (at == null && n.op() == Op.VIEW) at = producedAt.get(n.src(0));
            if (at != null && at >= position) return false;
        }
        return true;
    }

    /**
     * Moves the elementwise kernel that is a matrix product's only reader into the product's step as
     * its epilogue, when it has the product's shape, reads the product itself (not a view of it) and
     * cannot raise a value error. The joined step takes the kernel's place, after all its inputs.
     */
    private static List<Step> withContractionEpilogues(List<Step> steps, Map<Node, List<Node>> consumers) {
        List<Step> out = new ArrayList<>(steps);
        for (int s = 0; s < out.size(); s++) {
            if (!(out.get(s) instanceof Step.Kernel e) || e.reduction() != null || e.body().isEmpty() || e.body().stream().anyMatch(Planner::canRaise)) continue;
            for (int c = 0; c < s; c++) {
                if (out.get(c) instanceof Step.Contraction m && m.epilogue() == null && e.inputs().contains(m.product())
                        && readers(out, m.product()) == 1
                        && java.util.Arrays.equals(e.output().shape(), m.product().shape())) {
                    out.set(s, new Step.Contraction(m.product(), e));
                    out.remove(c);
                    s--;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * How many steps read {@code n} (or a view of it). A node with one consumer node can still be
     * read by several kernels, each recomputing that cheap consumer.
     */
    private static int readers(List<Step> steps, Node n) {
        int count = 0;
        for (Step s : steps) {
            List<Node> read = new ArrayList<>();
            switch (s) {
                case Step.Kernel k -> read.addAll(k.inputs());
                case Step.ReduceThen both -> { read.addAll(both.reduce().inputs()); read.addAll(both.epilogue().inputs()); }
                case Step.SharedPass pass -> pass.members().forEach(m -> read.addAll(reduceOf(m).inputs()));
                case Step.Contraction c -> read.addAll(c.product().srcs());
                case Step.Reference r -> read.addAll(r.output().srcs());
                case Step.View v -> read.addAll(v.output().srcs());
            }
            if (read.stream().anyMatch(r -> r == n || (r.op() == Op.VIEW && r.src(0) == n))) count++;
        }
        return count;
    }

    /** Materializes ops that can raise but sit in a kernel with no elements; true if any were marked. */
    private static boolean keepValueErrors(List<Step> steps, Map<Node, String> because) {
        boolean marked = false;
        for (Step s : steps) {
            if (!(s instanceof Step.Kernel k) || k.produced().size() > 0) continue;
            for (Node n : k.body()) {
                if (n.size() > 0 && canRaise(n)
                        && because.putIfAbsent(n, "it can raise a value error and the empty kernel reading it would not compute it") == null) {
                    marked = true;
                }
            }
        }
        return marked;
    }

    private static boolean canRaise(Node n) {
        return n.op().canRaise(n.dtype());
    }

    /** Marks cut points in kernels over the size limit; true if any were marked. */
    private static boolean splitOversized(List<Step> steps, Map<Node, String> because, KernelBudget budget) {
        boolean split = false;
        for (Step s : steps) {
            if (!(s instanceof Step.Kernel k) || k.body().size() < 2
                    || budget.fits(k.body().size(), k.inputs().size(), k.constants().size())) continue;
            int pieces = Math.min(k.body().size(), budget.pieces(k.body().size(), k.inputs().size(), k.constants().size()));
            int every = Math.max(1, k.body().size() / pieces);
            for (int i = every - 1; i < k.body().size() - 1; i += every) {
                if (because.putIfAbsent(k.body().get(i), TOO_LARGE) == null) split = true;
            }
        }
        return split;
    }

    private static Map<Node, List<Node>> consumers(List<Node> order, Predicate<Node> leaf) {
        Map<Node, List<Node>> out = new IdentityHashMap<>();
        for (Node n : order) {
            if (leaf.test(n)) continue;
            for (Node s : n.srcs()) {
                List<Node> users = out.computeIfAbsent(s, k -> new ArrayList<>());
                if (users.isEmpty() || users.getLast() != n) users.add(n);
            }
        }
        return out;
    }

    /** A 0-d constant, or a broadcast view of one: passed to kernels as an argument, never materialized. */
    static boolean isConstant(Node n) {
        return n.op() == Op.CONST || (n.op() == Op.VIEW && n.src(0).op() == Op.CONST);
    }

    private static String reason(Node n, List<Node> users, Predicate<Node> leaf) {
        if (n.op().isReduce()) return "a reduction";
        if (n.op() == Op.MATMUL) return "a matrix product (contraction kernel)";
        if (n.op() == Op.COMPRESS) return "a mask selection (its length depends on the data)";
        if (!n.op().isElementwise() && n.op() != Op.VIEW) return "computed by the reference (" + n.op().numpyName() + " is not fused yet)";
        for (Node u : users) {
            if (u.op() == Op.VIEW && n.op() != Op.VIEW) return "read through a view";
            if (u.op() == Op.VIEW) return "a view of it needs a contiguous copy (reshape)";
            if (!u.op().isElementwise() && !u.op().isReduce()) return "read by " + u.op().numpyName();
        }
        if (n.op() == Op.VIEW) return null;
        if (users.size() > 1 && !cheap(n, leaf)) return "read by " + users.size() + " consumers and too costly to recompute (more than " + CHEAP_OPS + " ops or two transcendentals)";
        return null;
    }

    private static boolean cheap(Node n, Predicate<Node> leaf) {
        int ops = 0, expensive = 0;
        ArrayDeque<Node> pending = new ArrayDeque<>(List.of(n));
        Set<Node> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Node m = pending.pop();
            if (!seen.add(m) || leaf.test(m) || !m.op().isElementwise()) continue;
            boolean transcendental = m.op().cost() == Op.Cost.COSTLY;
            if ((transcendental && ++expensive > 1) || ++ops > CHEAP_OPS) return false;
            pending.addAll(m.srcs());
        }
        return true;
    }

    private static Step step(Node n, Node root, Map<Node, String> because, Predicate<Node> leaf) {
        if (n.op() == Op.VIEW) return n == root ? new Step.View(n) : kernel(n, n, because, leaf);
        if (n.op().isReduce()) return kernel(n, n.src(0), because, leaf);
        if (n.op().isElementwise()) return kernel(n, n, because, leaf);
        if (n.op() == Op.MATMUL && n.dtype().isFloat()) return new Step.Contraction(n, null);
        return new Step.Reference(n);
    }

    /**
     * The kernel producing {@code output}: the fused region computing {@code produced} (elementwise
     * nodes not materialized on their own), or a plain read of it when it is computed elsewhere.
     */
    private static Step.Kernel kernel(Node output, Node produced, Map<Node, String> because, Predicate<Node> leaf) {
        boolean computedHere = produced.op().isElementwise() && !leaf.test(produced)
                && (produced == output || !because.containsKey(produced));
        if (!computedHere) {
            return isConstant(produced) ? new Step.Kernel(output, List.of(), List.of(), List.of(produced))
                                        : new Step.Kernel(output, List.of(), List.of(produced), List.of());
        }
        Predicate<Node> boundary = m -> m != produced
                && (because.containsKey(m) || leaf.test(m) || isConstant(m) || !m.op().isElementwise());
        List<Node> body = new ArrayList<>(), inputs = new ArrayList<>(), constants = new ArrayList<>();
        for (Node m : Topo.order(produced, boundary)) {
            if (!boundary.test(m)) body.add(m);
            else if (isConstant(m)) constants.add(m);
            else inputs.add(m);
        }
        return new Step.Kernel(output, body, inputs, constants);
    }
}
