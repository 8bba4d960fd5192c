package org.ndjit.optimizer;

import org.ndjit.ir.Node;
import org.ndjit.ir.Op;

import java.util.List;
import java.util.function.Predicate;

/**
 * Fuses a graph into a plan, by the passes listed in {@link #fused} (or {@link #eager}), each run
 * once in that order on one {@link Draft}. Elementwise regions become one loop kernel each, with
 * their broadcast and strided inputs read in place; a reduction runs in the kernel that computes
 * its input, so its input is never written. A node is materialized (an intermediate) only for a
 * stated reason:
 * <ul>
 *   <li>it is the result, or a reduction (its output is smaller than its input);</li>
 *   <li>it is read through a view (the loop reads views of materialized arrays only);</li>
 *   <li>an unfused op reads it (matmul, the array a mask selection selects from); a mask that is an
 *       elementwise predicate ({@code x > 0}) is computed chunk by chunk in the selection's step instead;</li>
 *   <li>several consumers read it and recomputing it is not cheap. Cheap means at most
 *       {@value MarkMaterialized#CHEAP_OPS} elementwise ops of which at most one is a
 *       transcendental function or a power: about what writing and re-reading a full-size array
 *       costs in memory traffic. So the {@code exp(x - max)} of a row softmax is not written whole:
 *       in the row group of the max, the sum and the division, {@link ShareBlockValues} computes it
 *       once per block of rows into a buffer of one block, which the sum and the division read;</li>
 *   <li>it is a costly function (exp, log, a power) that a reader broadcasts to at least twice its
 *       elements and {@value MarkMaterialized#HOIST_SAVING} more: computed once per value, not once per
 *       element of the reader's loop (the log of a log-softmax's row sums, once per row);</li>
 *   <li>a kernel's generated method would otherwise reach HotSpot's 8,000-byte limit for JIT
 *       compilation (a larger one silently runs interpreted): see {@link KernelBudget}; ops are
 *       then materialized at even intervals of the oversized region until every kernel fits;</li>
 *   <li>it can raise a value error (integer floor division, remainder or power) and has elements,
 *       but the kernel it would fuse into has none (a length-1 axis broadcast against 0): fused, it
 *       would never run, and whether an expression raises must not depend on fusion.</li>
 * </ul>
 * With {@code -Dndjit.debug=3} (read at each plan) the draft is printed to standard error after
 * every pass (see the package documentation).
 */
public final class Planner {
    /** The {@code ndjit.debug} level from which each pass's result is printed. */
    static final int TRACE_PASSES = 3;

    private Planner() {}

    /** The pipeline of a fused plan. */
    static List<Pass> fused(KernelBudget budget) {
        return List.of(
                new SimplifyGraph(),
                new SplitOverConcatenations(),
                new MarkMaterialized(),
                new ShareAcrossResults(),
                new BuildSteps(),
                new UntilNoNewMarks(new SplitOversizedKernels(budget), new KeepValueErrors()),
                new FuseReduceEpilogues(),
                new SharePasses(),
                new FuseContractionEpilogues(),
                new FuseRowGroups(),
                new ShareBlockValues());
    }

    /** The pipeline of eager mode: every op its own kernel, nothing simplified or joined. */
    static List<Pass> eager(KernelBudget budget) {
        return List.of(
                new MarkEveryOp(),
                new BuildSteps(),
                new UntilNoNewMarks(new SplitOversizedKernels(budget), new KeepValueErrors()));
    }

    /**
     * Plans {@code requested} (simplified first when fusing). With {@code fuse} false (eager mode) every op is its own kernel writing its
     * result, the baseline that benchmarks compare fusion against on the same generated code.
     * {@code available} holds for nodes whose value already exists; {@code budget} bounds a kernel.
     */
    public static Plan plan(Node requested, Predicate<Node> available, boolean fuse, KernelBudget budget) {
        return plan(List.of(requested), available, fuse, budget);
    }

    /**
     * One plan computing several arrays ({@code Np.eval(a, b)}): each is a result, materialized, and
     * what they share is planned once, as in the plan of one array a node with several readers is
     * (computed once when it is costly or a reduction; a reduction each result needs over the same
     * elements shares their pass). The results are distinct nodes, none of them {@code available}.
     */
    public static Plan plan(List<Node> requested, Predicate<Node> available, boolean fuse, KernelBudget budget) {
        boolean trace = Integer.getInteger("ndjit.debug", 0) >= TRACE_PASSES;
        Draft draft = new Draft(requested, available);
        for (Pass pass : fuse ? fused(budget) : eager(budget)) {
            pass.run(draft);
            if (trace) System.err.print("after " + pass.name() + ":\n" + draft.describe());
        }
        return draft.plan();
    }

    /** A 0-d constant, or a broadcast view of one: passed to kernels as an argument, never materialized. */
    static boolean isConstant(Node n) {
        return n.op() == Op.CONST || (n.op() == Op.VIEW && n.src(0).op() == Op.CONST);
    }

    /**
     * Whether {@code n} must be computed by the reference evaluator because of its dtypes: see
     * {@link NarrowDtypePlans}. Such a node is materialized by the reference, so it is correct, only not fused.
     */
    public static boolean withoutKernels(Node n) {
        return NarrowDtypePlans.referenceOnly(n);
    }

    static boolean canRaise(Node n) {
        return n.op().canRaise(n.dtype());
    }

    /** The loop kernels a step is made of as built (a kernel, a concatenation's parts, nested ones too, or a selection's predicate); none for other steps. */
    static List<Step.Kernel> loops(Step s) {
        if (s instanceof Step.Join join) return join.parts().stream().flatMap(p -> loops(p).stream()).toList();
        if (s instanceof Step.Selection selection) return List.of(selection.mask());
        return s instanceof Step.Kernel k ? List.of(k) : List.of();
    }

    /** The reduce kernel a step runs, if it is a reduction (with or without an epilogue). */
    static Step.Kernel reduceOf(Step s) {
        if (s instanceof Step.ReduceThen both) return both.reduce();
        return s instanceof Step.Kernel k && k.reduction() != null ? k : null;
    }
}
