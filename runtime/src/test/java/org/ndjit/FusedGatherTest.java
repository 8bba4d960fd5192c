package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.codegen.Vectorization;
import org.ndjit.engine.KernelRunner;
import org.ndjit.ir.ReferenceEvaluator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A gather read only by elementwise ops and reductions is read in place by their kernel, through
 * its index arrays: the plan has no intermediate for it, the values are the reference's, and an
 * index out of range is NumPy's IndexError before the kernel runs.
 */
class FusedGatherTest {
    @Test
    void aGatherTimesTwoIsOneKernelWithNoIntermediate() {
        NDArray x = Np.array(new double[] {1, 2, 3, 4}), idx = Np.array(new long[] {3, 0, -1});
        NDArray r = x.get(idx).mul(2);
        String plan = r.explain();
        assertTrue(plan.startsWith("plan: 1 kernel, 0 intermediates"), plan);
        assertTrue(plan.contains("reads: take in place (buffer f64[4], buffer i64[3]) f64[3]"), plan);
        assertArrayEquals(new double[] {8, 2, 8}, r.toDoubleArray());
    }

    @Test
    void rowsGatheredByLabelsFuseWithTheDistanceAndItsSum() {
        NDArray points = Np.arange(12).reshape(6, 2).astype(DType.FLOAT64), centers = Np.array(new double[][] {{0, 0}, {10, 10}});
        NDArray labels = Np.array(new long[] {0, 0, 0, 1, 1, 1});
        NDArray inertia = points.sub(centers.get(labels)).square().sum();
        String plan = inertia.explain();
        assertTrue(plan.startsWith("plan: 1 kernel, 0 intermediates"), plan);
        double expected = 0;
        double[] p = points.toDoubleArray();
        for (int i = 0; i < 12; i++) expected += Math.pow(p[i] - (i < 6 ? 0 : 10), 2);
        assertEquals(expected, inertia.itemDouble(), 0);
    }

    @Test
    void wholeRowsPickedByLabelsAreSummedInTheVectorLoop() {
        Random rng = Np.random(3);
        NDArray points = rng.randn(40, 37).eval(), centers = rng.randn(5, 37).eval();
        NDArray labels = rng.integers(-5, 5, new long[] {40}).eval();
        long before = KernelRunner.registerSumPasses();
        NDArray distances = points.sub(centers.get(labels)).square().sum(1);
        assertTrue(distances.explain().startsWith("plan: 1 kernel, 0 intermediates"), distances.explain());
        IndexTestSupport.assertSame(ReferenceEvaluator.evaluate(distances.node()), distances);
        if (Vectorization.enabled() && java.util.Set.of(4, 8).contains(jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED.length())) {
            assertTrue(KernelRunner.registerSumPasses() > before, "the rows picked were not summed by the vector loop (sumRow)");
        }
        NDArray reversed = centers.slice(0, null, null, -1).slice(1, 2L, null, 1);
        NDArray shifted = reversed.get(labels).mul(points.slice(1, 2L, null, 1)).add(1);
        IndexTestSupport.assertSame(ReferenceEvaluator.evaluate(shifted.node()), shifted);
    }

    @Test
    void thePicksOfAGatherAreGivenBackWhenItsKernelHasRun() {
        Random rng = Np.random(4);
        NDArray x = rng.randn(1000, 64).eval(), same = rng.randn(100_000, 64).eval();
        NDArray labels = rng.integers(0, 1000, new long[] {100_000}).eval();
        // The pool bytes a run leaves live: its result's alone, as for the same kernel without a gather (the picks,
        // 100,000 int64 in pool memory, go back when the kernel has run).
        assertEquals(liveAfter(() -> same.mul(2)), liveAfter(() -> x.get(labels).mul(2)), "an elementwise kernel's picks were kept");
        assertEquals(liveAfter(() -> same.sum(1)), liveAfter(() -> x.get(labels).sum(1)), "a reduction's picks were kept");
    }

    /**
     * The pool bytes live once the array is computed, more than before, while it is held: the same
     * figure measured twice in a row, since the cleaner may give back blocks that earlier tests dropped
     * while one measurement runs (CI saw -571 MB), and never adds any.
     */
    private static long liveAfter(java.util.function.Supplier<NDArray> array) {
        long last = liveDuring(array);
        for (int attempt = 0; attempt < 20; attempt++) {
            long next = liveDuring(array);
            if (next == last) return next;
            last = next;
        }
        throw new AssertionError("the live bytes never measured the same twice in a row; last " + last);
    }

    private static long liveDuring(java.util.function.Supplier<NDArray> array) {
        long before = Np.memoryStats().liveBytes();
        try (NDArray result = array.get().eval()) {
            return Np.memoryStats().liveBytes() - before;
        }
    }

    @Test
    void aRangeAsAnIndexIsReadFromItsPositions() {
        NDArray logp = Np.arange(12).reshape(4, 3).astype(DType.FLOAT64).neg().eval(), y = Np.array(new long[] {2, 0, 1, 2});
        NDArray picked = logp.get(Np.arange(4), y);
        NDArray loss = picked.neg().mean();
        String plan = loss.explain();
        assertTrue(plan.contains("take in place (buffer f64[4,3], arange i64[4], buffer i64[4])"), plan);
        assertTrue(plan.startsWith("plan: 1 kernel, 0 intermediates"), plan);
        assertEquals((2 + 3 + 7 + 11) / 4.0, loss.itemDouble(), 0);
        assertArrayEquals(new double[] {-2, -3, -7, -11}, picked.mul(1).toDoubleArray());
    }

    @Test
    void theCrossEntropyOfASoftmaxPicksItsLabelsInPlace() {
        NDArray logits = Np.array(new double[][] {{1, 2, 3}, {1, 1, 1}, {0, 5, 0}, {2, 0, 0}}), y = Np.array(new long[] {2, 0, 1, 0});
        NDArray shifted = logits.sub(logits.max(1, true));
        NDArray logp = shifted.sub(shifted.exp().sum(1, true).log());
        NDArray loss = logp.get(Np.arange(4), y).mean().neg();
        double expected = 0;
        double[][] l = {{1, 2, 3}, {1, 1, 1}, {0, 5, 0}, {2, 0, 0}};
        long[] labels = {2, 0, 1, 0};
        for (int i = 0; i < 4; i++) {
            double max = Math.max(l[i][0], Math.max(l[i][1], l[i][2])), sum = 0;
            for (double v : l[i]) sum += Math.exp(v - max);
            expected -= (l[i][(int) labels[i]] - max - Math.log(sum)) / 4;
        }
        assertEquals(expected, loss.itemDouble(), 1e-15, loss.explain());
    }

    @Test
    void takeAndTakeAlongAxisFuseWithTheirReaders() {
        NDArray a = Np.arange(6).reshape(2, 3);
        NDArray along = Np.takeAlongAxis(a, Np.array(new long[][] {{2}, {0}}), 1).add(100);
        assertTrue(along.explain().startsWith("plan: 1 kernel, 0 intermediates"), along.explain());
        assertArrayEquals(new long[] {102, 103}, along.toLongArray());
        NDArray taken = a.take(Np.array(new long[] {1, 1, 0}), 0).mul(10);
        assertArrayEquals(new long[] {30, 40, 50, 30, 40, 50, 0, 10, 20}, taken.toLongArray());
    }

    @Test
    void anIndexOutOfRangeIsNumpysErrorBeforeTheKernelRuns() {
        NDArray x = Np.array(new double[] {1, 2, 3, 4});
        assertEquals("index 5 is out of bounds for axis 0 with size 4",
                assertThrows(IndexOutOfBoundsException.class, () -> x.get(Np.array(new long[] {0, 5, 9})).mul(2).toDoubleArray()).getMessage());
        assertEquals("index -5 is out of bounds for axis 0 with size 4",
                assertThrows(IndexOutOfBoundsException.class, () -> x.get(Np.array(new long[] {-5})).sum().itemDouble()).getMessage());
        NDArray m = Np.zeros(3, 2);
        assertEquals("index 3 is out of bounds for axis 0 with size 3",
                assertThrows(IndexOutOfBoundsException.class, () -> m.get(Np.arange(4), Np.array(new long[] {0, 1, 0, 1})).add(1).toDoubleArray()).getMessage());
    }

    @Test
    void emptyAndBroadcastGathers() {
        NDArray x = Np.array(new double[] {1, 2, 3});
        assertArrayEquals(new long[] {0}, x.get(Np.zeros(DType.INT64, 0)).add(1).shape());
        NDArray outer = x.get(Np.array(new long[][] {{0}, {2}})).add(x);   // (2,1) + (3,) -> (2,3)
        assertArrayEquals(new double[] {2, 3, 4, 4, 5, 6}, outer.toDoubleArray());
    }
}
