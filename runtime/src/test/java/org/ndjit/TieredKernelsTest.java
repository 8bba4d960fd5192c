package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.codegen.KernelCache;
import org.ndjit.codegen.Vectorization;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The users' default (run in the tiered-kernels execution, where ndjit.tieredBelow is not set): a
 * loop over small arrays starts on its kernels' scalar classes and is switched to their vector
 * classes by the warm-up, and every iteration, before, during and after the switch, gives the same
 * bits: an elementwise kernel through VectorMath (exp, sin) and a float sum (sumRow in the vector class).
 */
class TieredKernelsTest {
    @Test
    void aLoopGivesTheSameBitsBeforeAndAfterItsKernelsSwitchToVectorClasses() throws InterruptedException {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("ndjit.tieredBelow") == null,
                "tiering is off in this execution (ndjit.tieredBelow is set); the tiered-kernels execution runs this test");
        double[] a = new double[1000], b = new double[1000];
        java.util.Random rnd = new java.util.Random(7);
        for (int i = 0; i < a.length; i++) {
            a[i] = rnd.nextGaussian() * Math.scalb(1.0, rnd.nextInt(30) - 15);
            b[i] = rnd.nextGaussian();
        }
        long switchedBefore = KernelCache.warmedUp(), keptBefore = KernelCache.keptScalar();
        double[] first = null;
        long firstSum = 0;
        long deadline = System.nanoTime() + 120_000_000_000L; // liveness only: the warm-up gets a few seconds per kernel
        int iterations = 0;
        boolean settled = false;
        while (!settled && System.nanoTime() < deadline) {
            NDArray x = Np.array(a), y = Np.array(b); // new leaves: a repeated expression over the same arrays would be computed once
            double[] values = x.mul(y).add(0.5).exp().sub(x.sin()).toDoubleArray();
            long sum = Double.doubleToRawLongBits(x.mul(1.5).sub(y).sum().itemDouble());
            if (first == null) {
                first = values;
                firstSum = sum;
            }
            assertArrayEquals(first, values, "iteration " + iterations);
            assertEquals(firstSum, sum, "sum, iteration " + iterations);
            iterations++;
            // Both kernels have been decided (switched, or kept scalar as on a C1-only JVM).
            settled = KernelCache.warmedUp() + KernelCache.keptScalar() - switchedBefore - keptBefore >= (Vectorization.enabled() ? 2 : 0);
            if (!settled) Thread.sleep(5);
        }
        assertTrue(settled, "the warm-up did not decide within the deadline after " + iterations + " iterations");
        NDArray x = Np.array(a), y = Np.array(b);
        double[] after = x.mul(y).add(0.5).exp().sub(x.sin()).toDoubleArray();
        assertTrue(Arrays.equals(first, after));
    }
}
