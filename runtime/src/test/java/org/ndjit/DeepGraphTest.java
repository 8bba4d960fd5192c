package org.ndjit;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SEMANTICS 3.1: no pass recurses over the graph, and hashing is not exponential on DAGs. */
class DeepGraphTest {
    private static final int CHAIN = 100_000;

    /** Runs the body in a thread with a 256 KB stack, where recursion over 100,000 nodes would overflow. */
    private static void onSmallStack(Runnable body) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        assertNull(failure.get(), () -> "failed on a small stack: " + failure.get());
    }

    @Test
    void chainOfAHundredThousandOpsBuildsPrintsAndMaterializes() throws InterruptedException {
        onSmallStack(() -> {
            NDArray x = Np.arange(4).astype(org.ndjit.DType.FLOAT64);
            for (int i = 0; i < CHAIN; i++) x = x.add(1.0);
            String graph = x.graph();
            assertEquals(CHAIN + 3, graph.lines().count(), "one line per node: arange, cast, the constant, the adds");
            assertEquals("[100000. 100001. 100002. 100003.]", x.toString());
        });
    }

    @Test
    void chainOfAHundredThousandViewsFoldsAndMaterializes() throws InterruptedException {
        onSmallStack(() -> {
            NDArray m = Np.arange(12).reshape(3, 4);
            NDArray v = m;
            for (int i = 0; i < CHAIN; i++) v = v.T();
            assertSame(m.node(), v.node(), "an even number of transposes folds back to the same view node");
            assertEquals(2, v.T().graph().lines().count(), "an odd number folds into one view over the arange");
            assertEquals(m.toString(), v.toString());
        });
    }

    @Test
    void doublingSixtyFourTimesHashesComparesAndMaterializesQuickly() {
        long start = System.nanoTime();
        NDArray x = Np.ones(3);
        NDArray y = Np.ones(3);
        for (int i = 0; i < 64; i++) {
            x = x.add(x);
            y = y.add(y);
        }
        assertSame(x.node(), y.node(), "structurally equal graphs are one interned node");
        assertEquals(x.node().hashCode(), y.node().hashCode());
        assertEquals(Math.pow(2, 64), x.itemDouble(0));
        // 2^64 of anything would never end; the bound has the headroom of a loaded machine (milliseconds on an idle one)
        assertTrue(System.nanoTime() - start < 60_000_000_000L, "must not be exponential");
    }
}
