package org.ndjit.optimizer;

import org.ndjit.ir.Node;
import org.ndjit.ir.Op;
import org.ndjit.ir.ReduceAxes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins each reduction to an earlier one over the same elements' shape and axes when everything it
 * reads exists before the earlier one runs: the pair (or more) becomes one {@link Step.SharedPass}
 * at the earlier position. Why: their common input (x, for a mean and a variance) is then read
 * from memory once. A reduction that can raise stays where it is: moved ahead of another step
 * that raises, it would report its error first.
 */
record SharePasses() implements Pass {
    @Override
    public void run(Draft draft) {
        List<Step> out = new ArrayList<>();
        Map<Node, Integer> producedAt = new IdentityHashMap<>();
        for (Step s : draft.steps()) {
            Step.Kernel reduce = Planner.reduceOf(s);
            int joined = -1;
            boolean movable = reduce != null && reduce.body().stream().noneMatch(Planner::canRaise);
            for (int g = 0; movable && g < out.size() && joined < 0; g++) {
                Step.Kernel other = Planner.reduceOf(out.get(g) instanceof Step.SharedPass p ? p.members().getFirst() : out.get(g));
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
        draft.steps(out);
    }

    private static boolean sameLoop(Step.Kernel a, Step.Kernel b) {
        return Arrays.equals(a.produced().shape(), b.produced().shape()) && a.produced().size() > 0
                && Arrays.equals(((ReduceAxes) a.output().arg()).axes(), ((ReduceAxes) b.output().arg()).axes());
    }

    /** Whether each node {@code k} reads (or the source of a read view) is a leaf or produced by a step before {@code position}. */
    private static boolean readsOnlyBefore(Step.Kernel k, int position, Map<Node, Integer> producedAt) {
        for (Node n : k.reads()) {
            Integer at = producedAt.get(n);
            if (at == null && n.op() == Op.VIEW) at = producedAt.get(n.src(0));
            if (at != null && at >= position) return false;
        }
        return true;
    }
}
