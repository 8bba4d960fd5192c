package org.ndjit;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A training loop that rebinds its weights, {@code w = w.sub(grad(w).mul(lr)); w.eval();}, runs with
 * a flat heap and a flat pool: a computed array forgets the expression that made it, so the
 * iterations do not chain up, and its values are those of the same arithmetic in plain Java.
 */
class UpdateLoopMemoryTest {
    private static final int N = 10_000; // 80 KB: pool memory (arrays up to 64 KB are Java arrays, outside the pool)
    private static final double LR = 0.01;

    private static NDArray grad(NDArray w, NDArray target) {
        return w.sub(target).mul(2.0);
    }

    private static double[] expected(double[] w0, double[] t, int iterations) {
        double[] w = w0.clone();
        for (int k = 0; k < iterations; k++) for (int i = 0; i < N; i++) w[i] = w[i] - ((w[i] - t[i]) * 2.0) * LR;
        return w;
    }

    private static long heapAfterCollection() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(20);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * The live bytes once the cleaner has given back the blocks collections found dropped: read until
     * at most {@code bound}, collecting again, for up to 60 s (on a loaded machine the cleaner thread
     * runs late); a block still live then is held by something.
     */
    private static long liveOnceGivenBack(long bound) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        long live;
        while ((live = Np.memoryStats().liveBytes()) > bound && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        return live;
    }

    @Test
    void droppedWeightsLeaveAFlatHeapAndPool() throws InterruptedException {
        Random rng = Np.random(11);
        NDArray target = rng.randn(N), w = rng.randn(N);
        double[] w0 = w.toDoubleArray(), t = target.toDoubleArray();
        int iterations = 100_000, warm = 10_000;
        long heapWarm = 0, liveWarm = 0, maxLive = 0;
        for (int k = 0; k < iterations; k++) {
            w = w.sub(grad(w, target).mul(LR));
            w.eval();
            if (k == warm - 1) {
                heapWarm = heapAfterCollection();
                liveWarm = Np.memoryStats().liveBytes();
            }
            if (k >= warm) maxLive = Math.max(maxLive, Np.memoryStats().liveBytes());
        }
        long heapEnd = heapAfterCollection();
        assertArrayEquals(expected(w0, t, iterations), w.toDoubleArray());
        assertTrue(heapEnd - heapWarm < 8 << 20, "heap after collection: " + heapWarm + " at " + warm + " iterations, " + heapEnd + " at the end");
        // Dropped weights come back after collections: the pool asks for one when the live bytes have grown by
        // ndjit.collectAfter (256 MB), or up to four times that while collections cost more than 5% of the time
        // (CollectionPacing), looking every quarter of it; the cleaner returns blocks while the loop runs on, later
        // on a loaded machine (147 MB past the 256 MB seen at a load average of 10 on 2 cores). Unbounded, the loop
        // would hold 8 GB.
        assertTrue(maxLive < liveWarm + (1536L << 20), "live bytes: " + liveWarm + " then at most " + maxLive);
        long liveEnd = liveOnceGivenBack(liveWarm + 8192);
        assertTrue(liveEnd <= liveWarm + 8192, "live bytes after collection: " + liveWarm + " -> " + liveEnd);
    }

    @Test
    void closedWeightsKeepTheLiveBytesExactlyFlat() {
        Random rng = Np.random(12);
        NDArray target = rng.randn(N), w = rng.randn(N).mul(1.0).eval();
        double[] w0 = w.toDoubleArray(), t = target.toDoubleArray();
        long liveStart = 0;
        for (int k = 0; k < 10_000; k++) {
            NDArray next = w.sub(grad(w, target).mul(LR)).eval();
            w.close();
            w = next;
            if (k == 100) liveStart = Np.memoryStats().liveBytes();
            if (k > 100) assertTrue(Np.memoryStats().liveBytes() <= liveStart, "iteration " + k + ": " + liveStart + " -> " + Np.memoryStats().liveBytes());
        }
        assertArrayEquals(expected(w0, t, 10_000), w.toDoubleArray());
    }
}
