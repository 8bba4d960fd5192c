package org.ndjit.optimizer;

import org.ndjit.ir.Node;
import org.ndjit.ir.Op;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Moves the elementwise kernel that is a matrix product's only reader into the product's step as
 * its epilogue, when it has the product's shape, reads the product itself and no view of it (a block
 * of the epilogue runs as soon as that block of the product is final, and may write over it, so it
 * must read each element of the product at its own position only), and cannot raise a value error.
 * The joined {@link Step.Contraction} takes the kernel's place, after all its inputs. Why: the bias
 * and activation of {@code relu(X @ W + b)} then finish each block of the product while it is in
 * cache, and the output is written once, the product never separately.
 */
record FuseContractionEpilogues() implements Pass {
    @Override
    public void run(Draft draft) {
        List<Step> out = new ArrayList<>(draft.steps());
        for (int s = 0; s < out.size(); s++) {
            if (!(out.get(s) instanceof Step.Kernel e) || e.reduction() != null || e.body().isEmpty() || e.body().stream().anyMatch(Planner::canRaise)) continue;
            for (int c = 0; c < s; c++) {
                if (out.get(c) instanceof Step.Contraction m && m.epilogue() == null && e.inputs().contains(m.product())
                        && e.inputs().stream().noneMatch(n -> n.op() == Op.VIEW && n.src(0) == m.product())
                        && e.inputs().stream().noneMatch(n -> n.op() == Op.GATHER && n.srcs().contains(m.product()))
                        && readers(out, m.product()) == 1
                        && Arrays.equals(e.output().shape(), m.product().shape())) {
                    out.set(s, new Step.Contraction(m.product(), e));
                    out.remove(c);
                    s--;
                    break;
                }
            }
        }
        draft.steps(out);
    }

    /**
     * How many steps read {@code n} (or a view of it). A node with one consumer node can still be
     * read by several kernels, each recomputing that cheap consumer.
     */
    private static int readers(List<Step> steps, Node n) {
        int count = 0;
        for (Step s : steps) {
            if (s.reads().stream().anyMatch(r -> r == n || (r.op() == Op.VIEW && r.src(0) == n))) count++;
        }
        return count;
    }
}
