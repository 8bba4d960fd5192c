package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.engine.Execution;
import org.ndjit.engine.Materializer;
import org.ndjit.ir.Node;
import org.ndjit.ir.StridedArray;
import org.ndjit.optimizer.Plan;
import org.ndjit.optimizer.Step;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Np#eval(NDArray...)}: one plan for all the arrays (counted in plan-cache look-ups), in which
 * every node is computed once (counted over the plan's kernels, products and routines), and each array
 * gets the bits it gets when computed alone.
 */
class SharedEvalTest {
    private static NDArray[] program(NDArray x) {
        NDArray centred = x.sub(x.sum(1, true).div(8.0));           // shared by all three
        NDArray spread = centred.mul(centred).sum(1);               // shared by two
        return new NDArray[] {spread.sqrt(), spread.add(1.0), centred.abs().T(), centred.exp().sum()};
    }

    private static NDArray input() {
        return Np.random(3).randn(6, 8);
    }

    @Test
    void sharedValuesAreComputedOnceAndEachArrayEqualsItsSeparateValue() {
        double[] data = input().toDoubleArray();
        NDArray[] alone = program(copy(data));
        long separately = allocations(() -> { for (NDArray a : alone) a.eval(); });
        NDArray[] together = program(copy(data));  // new nodes over the same numbers: nothing memoised
        long joint = allocations(() -> Np.eval(together));
        // Separately, each array's plan computes the row sums (and the two that read spread, its sum) again.
        assertTrue(joint < separately, "together " + joint + " allocations, separately " + separately);
        for (int i = 0; i < alone.length; i++) {
            StridedArray e = alone[i].value(), a = together[i].value();
            assertArrayEquals(e.shape(), a.shape());
            for (long j = 0; j < e.size(); j++) {
                assertEquals(Double.doubleToLongBits(e.getDoubleFlat(j)), Double.doubleToLongBits(a.getDoubleFlat(j)), "array " + i + " element " + j);
            }
        }
    }

    @Test
    void oneEvalRunsOnePlanThatComputesEveryNodeOnce() {
        NDArray[] arrays = program(input());
        Plan plan = Execution.plan(nodes(arrays), Materializer::known);
        Map<Node, Integer> computed = computations(plan);
        computed.forEach((n, times) -> assertEquals(1, times, n.op().numpyName() + " " + Arrays.toString(n.shape())
                + " is computed " + times + " times in\n" + plan.explain()));
        // The row sums, centred (read by three arrays) and spread (by two) are among them.
        assertTrue(computed.size() >= 6, plan.explain());
        long before = lookUps();
        Np.eval(arrays);
        assertEquals(1, lookUps() - before, "plans looked up by one Np.eval of " + arrays.length + " arrays");
        for (NDArray a : arrays) assertNotNull(Materializer.known(a.node()));
    }

    /**
     * A cheap value read only by two shared values that are written (x * y, read by m1 and m2, which
     * both results read), and a value under an identity that simplification removes (x * 1): each
     * still computed once.
     */
    @Test
    void aValueUnderSharedValuesAndUnderASimplifiedIdentityIsComputedOnce() {
        NDArray x = Np.random(6).randn(50, 4), y = Np.random(7).randn(50, 4);
        NDArray xy = x.mul(y), m1 = xy.add(1.0), m2 = xy.mul(2.0);
        NDArray e = x.mul(1.0).add(y).exp();
        NDArray[] arrays = {m1.sin().add(m2.cos()), m1.tan().add(m2.exp()), e.sum(0), e.max(0)};
        Plan plan = Execution.plan(nodes(arrays), Materializer::known);
        computations(plan).forEach((n, times) -> assertEquals(1, times, n.op().numpyName() + " " + Arrays.toString(n.shape())
                + " is computed " + times + " times in\n" + plan.explain()));
    }

    @Test
    void theSameArraysOverNewInputsReuseTheCachedPlan() {
        Np.eval(program(input()));
        long hits = Np.planCacheStats().hits();
        Np.eval(program(input()));
        assertEquals(hits + 1, Np.planCacheStats().hits());
    }

    @Test
    void reductionsOfOneArrayThatSeveralArraysAskForShareOnePass() {
        NDArray x = Np.random(5).randn(1000, 8);
        NDArray[] stats = {x.sum(0), x.max(0), x.min(0)};
        String plan = Np.explain(stats);
        assertTrue(plan.startsWith("plan: 1 kernel, 0 intermediates") && plan.contains("one pass over f64[1000,8], 3 reductions"), plan);
        Np.eval(stats);
        // The engine runs the sum and the extremes in one column pass (ColumnPass, each in registers): the same bits as alone.
        NDArray copy = Np.random(5).randn(1000, 8);
        assertArrayEquals(copy.sum(0).toDoubleArray(), stats[0].toDoubleArray());
        assertArrayEquals(copy.max(0).toDoubleArray(), stats[1].toDoubleArray());
        assertArrayEquals(copy.min(0).toDoubleArray(), stats[2].toDoubleArray());
    }

    @Test
    void arraysEvaluatedTogetherReleaseTheirMemoryWhenClosedAndAreComputedAgainAfter() {
        NDArray x = Np.random(4).randn(65_536), copy = Np.array(x.toDoubleArray()); // expected values from other nodes (equal expressions are one node)
        double[] twice = copy.mul(2.0).toDoubleArray(), plusOne = copy.add(1.0).toDoubleArray();
        NDArray a = x.mul(2.0), b = x.add(1.0);
        Np.eval(a, b);
        long live = Np.memoryStats().liveBytes();
        a.close();
        b.close();
        assertTrue(Np.memoryStats().liveBytes() <= live - 2 * 65_536 * 8, "live bytes " + live + " before closing, " + Np.memoryStats().liveBytes() + " after");
        NDArray again = x.mul(2.0), andAgain = x.add(1.0); // the same expressions: their earlier values are closed
        Np.eval(again, andAgain);
        assertArrayEquals(twice, again.toDoubleArray());
        assertArrayEquals(plusOne, andAgain.toDoubleArray());
    }

    /** Sixteen threads evaluate the same arrays together and one by one: each array is computed with the bits it has alone. */
    @Test
    void concurrentEvalsAndReadsAgree() throws Exception {
        double[] data = Np.random(9).randn(64, 8).toDoubleArray();
        double[][] expected = Arrays.stream(program(copy64(data))).map(NDArray::toDoubleArray).toArray(double[][]::new);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (int round = 0; round < 20; round++) {
                NDArray[] shared = program(copy64(data));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 16; t++) {
                    int which = t;
                    done.add(pool.submit(() -> {
                        start.await();
                        if (which % 2 == 0) Np.eval(shared);
                        else shared[which % shared.length].eval();
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : done) f.get();
                for (int i = 0; i < shared.length; i++) assertArrayEquals(expected[i], shared[i].toDoubleArray(), "round " + round + " array " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many times each node is computed by the plan: in a kernel's fused body, as a kernel's reduction, a product, a routine. */
    private static Map<Node, Integer> computations(Plan plan) {
        Map<Node, Integer> times = new IdentityHashMap<>();
        for (Step.Kernel k : plan.kernels()) {
            for (Node n : k.body()) times.merge(n, 1, Integer::sum);
            if (k.reduction() != null) times.merge(k.reduction(), 1, Integer::sum);
        }
        for (Step s : plan.steps()) {
            if (s instanceof Step.Contraction c) times.merge(c.product(), 1, Integer::sum);
            if (s instanceof Step.Reference r) times.merge(r.output(), 1, Integer::sum);
        }
        return times;
    }

    private static List<Node> nodes(NDArray... arrays) {
        return Arrays.stream(arrays).map(NDArray::node).toList();
    }

    private static long lookUps() {
        PlanCacheStats s = Np.planCacheStats();
        return s.hits() + s.misses() + s.uncacheable();
    }

    private static NDArray copy64(double[] data) {
        return Np.array(data).reshape(64, 8);
    }

    private static NDArray copy(double[] data) {
        return Np.array(data).reshape(6, 8);
    }

    @Test
    void oneArrayThatIsPartOfAnotherIsComputedOnceAndMemoised() {
        NDArray x = input();
        NDArray inner = x.mul(x).add(2.0), outer = inner.sqrt().sum(0);
        Np.eval(outer, inner, inner);
        assertNotNull(inner.node().memo());
        assertNotNull(outer.node().memo());
        assertArrayEquals(x.mul(x).add(2.0).sqrt().sum(0).toDoubleArray(), outer.toDoubleArray());
        assertEquals(DType.FLOAT64, outer.dtype());
    }

    private static long allocations(Runnable work) {
        long before = Np.memoryStats().allocations() + Np.memoryStats().javaArrays();
        work.run();
        return Np.memoryStats().allocations() + Np.memoryStats().javaArrays() - before;
    }
}
