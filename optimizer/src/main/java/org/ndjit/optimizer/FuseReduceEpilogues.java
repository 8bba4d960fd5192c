package org.ndjit.optimizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Joins a reduction with the elementwise kernel right after it that reads only it (and constants)
 * and has its shape, when nothing else reads the reduction: the pair becomes one
 * {@link Step.ReduceThen}. Why: the {@code sqrt} of {@code sqrt(sum(...))} or the division of a mean
 * then runs on the reduced values as they are finished, with no kernel of its own.
 */
record FuseReduceEpilogues() implements Pass {
    @Override
    public void run(Draft draft) {
        List<Step> out = new ArrayList<>();
        for (Step s : draft.steps()) {
            if (s instanceof Step.Kernel e && e.reduction() == null && e.inputs().size() == 1 && !out.isEmpty()
                    && out.getLast() instanceof Step.Kernel r && r.reduction() != null && e.inputs().getFirst() == r.output()
                    && draft.consumersOf(r.output()).size() == 1
                    && Arrays.equals(e.output().shape(), r.output().shape())) {
                out.set(out.size() - 1, new Step.ReduceThen(r, e));
            } else {
                out.add(s);
            }
        }
        draft.steps(out);
    }
}
