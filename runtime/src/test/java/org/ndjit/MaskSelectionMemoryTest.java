package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.engine.MemoryPool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A selection by a predicate ({@code x[x > 0]}) never writes the full-size bool array: the selection
 * computes it a chunk at a time into a block of each thread's, and counts it by copying. Observed
 * through the pool's block allocations (arrays over 64 KB; the 1 MB mask would be one) and the plan's text.
 */
class MaskSelectionMemoryTest {
    private static final int N = 1_000_000;

    @Test
    void selectingByAPredicateAllocatesOnlyTheResult() {
        NDArray x = Np.random(7).randn(N).eval();
        long before = MemoryPool.shared().stats().allocations();
        NDArray r = x.get(x.gt(0));
        String plan = r.explain();
        r.eval();
        assertEquals(1, MemoryPool.shared().stats().allocations() - before, "blocks besides the result's, for\n" + plan);
        assertTrue(plan.contains("compress (selection loop), its mask computed a chunk at a time, never written whole"), plan);
    }

    /**
     * The one-pass selection writes into rows for every position and keeps them when at least a
     * quarter are used (half of x here: its block has x's length); fewer are copied to memory of their
     * own size (a sixth of x, x > 1), the large block going back to the pool.
     */
    @Test
    void aSelectionKeepsItsRowsPerPositionOnlyWhenAQuarterAreUsed() {
        NDArray x = Np.random(9).randn(N).eval();
        NDArray half = x.get(x.gt(0)), sixth = x.get(x.gt(1));
        assertTrue(4 * half.size() >= N && 4 * sixth.size() < N && sixth.size() * 8 > 64 * 1024, half.size() + " and " + sixth.size());
        assertEquals(N, half.value().buffer().length(), "the half selection's block");
        assertEquals(sixth.size(), sixth.value().buffer().length(), "the sixth's memory");
    }

    @Test
    void theMultiplyOfASelectionByAPredicateAllocatesTheSelectionAndTheProductOnly() {
        NDArray x = Np.random(8).randn(N).eval();
        long before = MemoryPool.shared().stats().allocations();
        NDArray r = x.mul(2).get(x.gt(0));
        String plan = r.explain();
        r.eval();
        // x's selected elements, then their product (the multiply runs on those only: no full-size product either).
        assertEquals(2, MemoryPool.shared().stats().allocations() - before, "blocks besides the selection's and the product's, for\n" + plan);
        assertTrue(plan.contains("fuses: multiply\n  reads: computed array f64[") && !plan.contains("f64[1000000] = elementwise"), plan);
    }
}
