package org.ndjit.optimizer;

import org.ndjit.ir.Node;
import org.ndjit.ir.Op;
import org.ndjit.ir.Topo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Makes one step per marked node, in dependency order: a loop kernel fusing every unmarked
 * elementwise node below it (a reduction's kernel computes its input without writing it), a
 * contraction, a reference op or a view. Why: the marks decide what is written; this turns them
 * into the kernels that write exactly those values, each reading only leaves, constants and
 * values written before it. Rebuilt from scratch whenever later passes mark more nodes.
 */
record BuildSteps() implements Pass {
    @Override
    public void run(Draft draft) {
        List<Step> steps = new ArrayList<>();
        for (Node n : draft.order()) {
            if (draft.isMarked(n)) steps.add(step(n, draft));
        }
        draft.steps(steps);
    }

    private static Step step(Node n, Draft draft) {
        if (Planner.withoutKernels(n)) return new Step.Reference(n);
        // A range has no memory to view: a range as the result, or a view of one, is written by a kernel.
        if (n.op() == Op.ARANGE) return kernel(n, n, draft);
        if (n.op() == Op.VIEW) return draft.isResult(n) && n.src(0).op() != Op.ARANGE ? new Step.View(n) : kernel(n, n, draft);
        if (n.op().isReduce()) return kernel(n, n.src(0), draft);
        if (n.op().isElementwise()) return kernel(n, n, draft);
        if (n.op() == Op.MATMUL && n.dtype().isFloat()) return new Step.Contraction(n, null);
        if (n.op() == Op.CONCAT) return join(n, draft);
        if (n.op() == Op.COMPRESS && MarkMaterialized.fusedPredicate(n.src(1), draft::isLeaf) && !draft.isMarked(n.src(1))) {
            return new Step.Selection(n, kernel(n.src(1), n.src(1), draft));
        }
        return new Step.Reference(n);
    }

    /**
     * A concatenation's step: per part its fused region, a nested join (an unmarked concatenation,
     * at most {@link MarkMaterialized#JOIN_NESTING} deep), or a plain read of a part another step writes.
     */
    private static Step.Join join(Node n, Draft draft) {
        List<Step> parts = new ArrayList<>();
        for (Node p : n.srcs()) {
            parts.add(draft.isMarked(p) ? new Step.Kernel(p, List.of(), List.of(p), List.of())
                    : p.op() == Op.CONCAT ? join(p, draft) : kernel(p, p, draft));
        }
        return new Step.Join(n, parts);
    }

    /**
     * The kernel producing {@code output}: the fused region computing {@code produced} (elementwise
     * nodes not materialized on their own), or a plain read of it when it is computed elsewhere.
     */
    private static Step.Kernel kernel(Node output, Node produced, Draft draft) {
        return kernel(output, produced, draft, draft::isMarked);
    }

    /** {@link #kernel(Node, Node, Draft)} where {@code written} tells which nodes are computed by other steps (the marked ones, and more). */
    static Step.Kernel kernel(Node output, Node produced, Draft draft, Predicate<Node> written) {
        boolean computedHere = produced.op().isElementwise() && !draft.isLeaf(produced)
                && (produced == output || !written.test(produced));
        if (!computedHere) {
            return Planner.isConstant(produced) ? new Step.Kernel(output, List.of(), List.of(), List.of(produced))
                                                : new Step.Kernel(output, List.of(), List.of(produced), List.of());
        }
        Predicate<Node> boundary = m -> m != produced
                && (written.test(m) || draft.isLeaf(m) || Planner.isConstant(m) || !m.op().isElementwise());
        List<Node> body = new ArrayList<>(), inputs = new ArrayList<>(), constants = new ArrayList<>();
        for (Node m : Topo.order(produced, boundary)) {
            if (!boundary.test(m)) body.add(m);
            else if (Planner.isConstant(m)) constants.add(m);
            else inputs.add(m);
        }
        return new Step.Kernel(output, body, inputs, constants);
    }
}
