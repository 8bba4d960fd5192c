package org.ndjit.optimizer;

import org.ndjit.ir.Node;
import org.ndjit.ir.Op;
import org.ndjit.ir.Shapes;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Marks the nodes whose values must be written to memory, each with its reason (see {@link Planner}):
 * the result, reductions, values read through a view or by an unfused op (but not a view read by a
 * float matrix product, whose kernel reads any strides), and shared values too costly to recompute. Every other elementwise node is fused into the kernels that read it, and so is a gather read
 * only by elementwise ops and reductions ({@code x[idx] * 2}: the kernel reads x through idx). Why:
 * a value that is written and read back costs memory traffic; one recomputed where it is read
 * costs only arithmetic, so the planner writes only what it must.
 */
record MarkMaterialized() implements Pass {
    static final int CHEAP_OPS = 8;
    /** How deep concatenations read only by concatenations are computed into their regions within one join (deeper ones are written). */
    static final int JOIN_NESTING = 8;
    /**
     * A costly function (exp, log, ...) of a value that its readers broadcast to at least this many
     * more elements is computed once, at its own shape, and read broadcast (see {@link #hoisted}).
     */
    static final long HOIST_SAVING = 1024;

    @Override
    public void run(Draft draft) {
        markEach(draft, n -> scaledMatrixReadInPlace(draft, n) ? null : reason(n, draft.consumersOf(n), draft::isLeaf));
        limitJoinNesting(draft);
    }

    /**
     * A matrix times a constant read only as the matrix of matrix-vector products, its array a value
     * (or a view of one, when the products read the multiply itself, not a view of it: two views in a
     * row would be read through a copy): they read it in place ({@link ScaledOperands}).
     */
    private static boolean scaledMatrixReadInPlace(Draft draft, Node n) {
        int c = ScaledOperands.constantAt(n);
        if (c < 0) return false;
        Node matrix = n.src(1 - c);
        List<Node> users = draft.consumersOf(n);
        boolean readable = hasValue(draft, matrix)
                || (matrix.op() == Op.VIEW && hasValue(draft, matrix.src(0)) && users.stream().noneMatch(u -> u.op() == Op.VIEW));
        return readable && ScaledOperands.onlyReadAsMatrix(n, users, draft::consumersOf);
    }

    private static boolean hasValue(Draft draft, Node n) {
        return draft.isLeaf(n) || draft.isMarked(n);
    }

    /**
     * Marks the unmarked concatenations nested more than {@link #JOIN_NESTING} deep in others (users
     * first, iteratively), so a join's nested parts, which the planner and the engine walk
     * recursively, stay few levels deep.
     */
    private static void limitJoinNesting(Draft draft) {
        java.util.Map<Node, Integer> depth = new IdentityHashMap<>();
        List<Node> order = draft.order();
        for (int i = order.size() - 1; i >= 0; i--) {
            Node n = order.get(i);
            if (n.op() != Op.CONCAT || draft.isMarked(n)) continue;
            int d = 1 + draft.consumersOf(n).stream().mapToInt(u -> depth.getOrDefault(u, 0)).max().orElse(0);
            if (d > JOIN_NESTING) {
                draft.mark(n, "a concatenation nested more than " + JOIN_NESTING + " deep in others");
                d = 0;
            }
            depth.put(n, d);
        }
    }

    /** Marks the results, then each node {@code reason} gives a reason for, inputs first; leaves and constants never. */
    static void markEach(Draft draft, Function<Node, String> reason) {
        for (Node r : draft.results()) draft.mark(r, draft.results().size() == 1 ? "the result" : "a result");
        for (Node n : draft.order()) {
            if (draft.isLeaf(n) || Planner.isConstant(n)) continue;
            String why = reason.apply(n);
            if (why != null) draft.mark(n, why);
        }
    }

    /** Why {@code n}, read by {@code users}, must be materialized; null if it can be fused into them. */
    static String reason(Node n, List<Node> users, Predicate<Node> leaf) {
        if (Planner.withoutKernels(n)) return "computed by the reference (no compiled loops for " + dtypesWithoutKernels(n) + " yet)";
        if (n.op().isReduce()) return "a reduction";
        if (n.op() == Op.MATMUL) return n.dtype().isFloat() ? "a matrix product (contraction kernel)" : "a matrix product (integer and bool products run in the reference)";
        if (n.op() == Op.COMPRESS) return "a mask selection (its length depends on the data)";
        if (n.op() == Op.CONCAT) {
            return users.stream().allMatch(u -> u.op() == Op.CONCAT) && !users.isEmpty() ? null : "a concatenation (its parts are computed into their regions)";
        }
        if (n.op().kind() == Op.Kind.ROUTINE) return "a " + n.op().numpyName() + " (a routine over whole lines)";
        if (n.op() == Op.GATHER && !users.isEmpty() && users.stream().allMatch(u -> u.op().isElementwise() || u.op().isReduce())) {
            return null; // read in place by the kernels of its readers, through its index arrays (Step.Kernel)
        }
        if (n.op() == Op.GATHER || n.op() == Op.SCATTER || n.op() == Op.NONZERO) return "integer-array indexing (its own loop in the engine)";
        if (!n.op().isElementwise() && n.op() != Op.VIEW) return "computed by the reference (" + n.op().numpyName() + " is not fused yet)";
        for (Node u : users) {
            if (Planner.withoutKernels(u)) return "read by the reference (" + u.op().numpyName() + " of " + dtypesWithoutKernels(u) + ")";
            if (u.op() == Op.CONCAT) continue; // the concatenation's step computes its parts into their regions
            if (u.op() == Op.VIEW && n.op() != Op.VIEW) return "read through a view";
            if (u.op() == Op.VIEW) return "a view of it needs a contiguous copy (reshape)";
            if (u.op() == Op.MATMUL && u.dtype().isFloat() && n.op() == Op.VIEW) continue; // the contraction kernel packs what it reads: any strides
            if (u.op() == Op.GATHER && n.op() == Op.VIEW && n.src(0).op() == Op.ARANGE) continue; // an index range: read from its positions
            if (u.op() == Op.COMPRESS && u.src(0) != n && fusedPredicate(n, leaf)) continue; // computed chunk by chunk in the selection (Step.Selection)
            if (!u.op().isElementwise() && !u.op().isReduce()) return "read by " + u.op().numpyName();
        }
        if (n.op() == Op.VIEW) return null;
        if (hoisted(n, users)) return "a costly function of fewer elements than a loop reading it (computed once, not per element it is broadcast to)";
        if (users.size() > 1 && !cheap(n, leaf)) return "read by " + users.size() + " consumers and too costly to recompute (more than " + CHEAP_OPS + " ops or two transcendentals)";
        return null;
    }

    /**
     * Whether a selection's mask {@code n} is computed in the selection's own step, a chunk of
     * positions at a time ({@link Step.Selection}), when nothing else needs it written: an
     * elementwise node with axes (a 0-d mask adds an axis rather than selecting). Masks that are
     * arrays, views of them (transposed, broadcast) or anything else are written and read as arrays.
     */
    static boolean fusedPredicate(Node n, Predicate<Node> leaf) {
        return n.op().isElementwise() && n.ndim() > 0 && !leaf.test(n) && !Planner.isConstant(n);
    }

    /**
     * Whether {@code n} is a costly function (exp, log, a power: {@link Op.Cost#COSTLY}) that an
     * elementwise reader broadcasts to at least twice its elements, and at least {@link #HOIST_SAVING}
     * more. Fused, it would be evaluated once per element of the reader's loop: the {@code log} of a
     * log-softmax's row sums ({@code x - log(sum(exp(x), 1, keepdims))}) once per element of x, not per
     * row. Computed at its own shape (its own kernel; in a row group, a step over the rows' reduced
     * shape: {@link FuseRowGroups}), it runs once per value, with the same bits.
     */
    private static boolean hoisted(Node n, List<Node> users) {
        if (n.op().cost() != Op.Cost.COSTLY || !n.op().isElementwise()) return false;
        long own = Shapes.size(n.shape());
        for (Node u : users) {
            long loop = Shapes.size(u.shape());
            if (u.op().isElementwise() && loop >= 2 * own && loop - own >= HOIST_SAVING) return true;
        }
        return false;
    }

    private static String dtypesWithoutKernels(Node n) {
        java.util.Set<org.ndjit.DType> d = java.util.EnumSet.of(n.dtype());
        for (Node s : n.srcs()) d.add(s.dtype());
        d.removeIf(org.ndjit.DType::hasKernels);
        return d.stream().map(Object::toString).collect(java.util.stream.Collectors.joining(", "));
    }

    private static boolean cheap(Node n, Predicate<Node> leaf) {
        int ops = 0, expensive = 0;
        ArrayDeque<Node> pending = new ArrayDeque<>(List.of(n));
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Node m = pending.pop();
            if (!seen.add(m) || leaf.test(m) || !m.op().isElementwise()) continue;
            boolean transcendental = m.op().cost() == Op.Cost.COSTLY;
            if ((transcendental && ++expensive > 1) || ++ops > CHEAP_OPS) return false;
            pending.addAll(m.srcs());
        }
        return true;
    }
}
