package org.ndjit.optimizer;

import org.ndjit.ir.Node;

/**
 * Marks each op that can raise a value error (integer floor division, remainder or power) and has
 * elements, but sits in a kernel with none (a length-1 axis broadcast against 0). Why: fused there
 * it would never run, and whether an expression raises must not depend on fusion. Materialized,
 * it runs in a kernel of its own.
 */
record KeepValueErrors() implements Pass {
    @Override
    public void run(Draft draft) {
        for (Step.Kernel k : draft.steps().stream().flatMap(s -> Planner.loops(s).stream()).toList()) {
            if (k.produced().size() > 0) continue;
            for (Node n : k.body()) {
                if (n.size() > 0 && Planner.canRaise(n)) draft.mark(n, "it can raise a value error and the empty kernel reading it would not compute it");
            }
        }
    }
}
