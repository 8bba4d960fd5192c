package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.ir.Node;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A result the program dropped is not kept reachable by the library: no thread's walk scratch, plan
 * cache entry or memo holds its node (and so the memory memoised on it) after the call. A result
 * kept so cannot come back to the pool through a collection; under a memory budget the next
 * allocation then fails (MemoryBudgetTest failed in CI when a thread's graph-walk scratch kept the
 * last graph it walked: a dropped 80 MB result stayed live through the collections the pool asked for).
 */
class DroppedResultsTest {
    /** Computes the graph {@code make} builds over new inputs of {@code n} elements, several times (the plan cache's walk, then its match path), dropping every result but watching its node. */
    private static List<WeakReference<Node>> computeAndDrop(int n, Function<NDArray, NDArray> make) {
        List<WeakReference<Node>> watched = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            NDArray x = Np.arange(n).astype(DType.FLOAT64).add(round).eval();
            NDArray r = make.apply(x);
            r.eval();
            watched.add(new WeakReference<>(r.node()));
            watched.add(new WeakReference<>(x.node()));
        }
        return watched;
    }

    private static void assertAllCollected(List<WeakReference<Node>> watched, String what) {
        for (int attempt = 0; attempt < 20; attempt++) {
            System.gc();
            if (watched.stream().allMatch(w -> w.get() == null)) return;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        long kept = watched.stream().filter(w -> w.get() != null).count();
        fail(what + ": " + kept + " of " + watched.size() + " dropped arrays' nodes are still reachable after 20 collections");
    }

    @Test
    void droppedElementwiseResultsAreCollectable() {
        assertAllCollected(computeAndDrop(1_000, x -> x.mul(3).add(1)), "short elementwise");
        assertAllCollected(computeAndDrop(400_000, x -> x.mul(3).add(1)), "parallel elementwise");
    }

    @Test
    void droppedReductionsAndSeveralResultsAreCollectable() {
        assertAllCollected(computeAndDrop(300_000, x -> x.mul(x).sum()), "sum");
        assertAllCollected(computeAndDrop(3_000, x -> x.reshape(30, 100).exp().mean(0)), "column mean");
        List<WeakReference<Node>> watched = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            NDArray x = Np.arange(50_000).astype(DType.FLOAT64).add(round).eval();
            NDArray a = x.mul(2), b = x.mul(2).sum();
            Np.eval(a, b);
            assertEquals(2.0 * round, a.itemDouble(0));
            watched.add(new WeakReference<>(a.node()));
            watched.add(new WeakReference<>(b.node()));
        }
        assertAllCollected(watched, "Np.eval of two");
    }
}
