package org.ndjit.optimizer;

import java.util.List;

/**
 * Eager mode's marking: every elementwise op is materialized, so each runs as its own kernel writing
 * its result. Why: it is the baseline that benchmarks compare fusion against, on the same generated
 * code. Other nodes are marked for the same reasons as in {@link MarkMaterialized}, consumers aside.
 */
record MarkEveryOp() implements Pass {
    @Override
    public void run(Draft draft) {
        MarkMaterialized.markEach(draft, n -> n.op().isElementwise() ? "fusion is off (eager mode)"
                                                                     : MarkMaterialized.reason(n, List.of(), draft::isLeaf));
    }
}
