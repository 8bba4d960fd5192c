package org.ndjit;

import org.ndjit.engine.Materializer;
import org.ndjit.engine.Lower;
import org.ndjit.engine.Execution;
import org.junit.jupiter.api.Test;
import org.ndjit.codegen.KernelCache;
import org.ndjit.codegen.KernelSpec;
import org.ndjit.ir.StridedArray;
import org.ndjit.optimizer.Plan;
import org.ndjit.optimizer.Step;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * SEMANTICS 3.4: sixteen threads released together materialize one lazy array whose kernels have a
 * structure never seen before. Every kernel of its plan is compiled exactly once (the shared cache's
 * compilation counter grows by the plan's kernel count), one computation serves all threads, and the
 * result equals the reference.
 */
class CompileOnceConcurrencyTest {
    private static final int THREADS = 16;

    /** A constant-free random chain over three arrays: its structure is new to this JVM. */
    static NDArray chain(NDArray x, NDArray y, NDArray z, int ops, long seed) {
        java.util.Random rng = new java.util.Random(seed);
        NDArray[] leaves = {x, y, z};
        NDArray t = x;
        for (int i = 0; i < ops; i++) {
            NDArray o = leaves[rng.nextInt(3)];
            t = switch (rng.nextInt(11)) {
                case 0 -> t.add(o);
                case 1 -> t.sub(o);
                case 2 -> t.mul(o);
                case 3 -> t.maximum(o);
                case 4 -> t.minimum(o);
                case 5 -> t.neg();
                case 6 -> t.abs();
                case 7 -> t.sin();
                case 8 -> t.tanh();
                case 9 -> t.square();
                default -> t.cos();
            };
        }
        return t;
    }

    /** Unary ops only: an epilogue on reduced values (no constants, so it stays a one-input kernel). */
    static NDArray unaryChain(NDArray t, int ops, long seed) {
        java.util.Random rng = new java.util.Random(seed);
        for (int i = 0; i < ops; i++) {
            t = switch (rng.nextInt(5)) {
                case 0 -> t.abs().sqrt();
                case 1 -> t.sin();
                case 2 -> t.neg();
                case 3 -> t.tanh();
                default -> t.square();
            };
        }
        return t;
    }

    private static int kernelCount(Plan plan) {
        return CodegenEdgeSupport.kernels(plan).size();
    }

    private static void materializeFromSixteenThreads(NDArray result, String what) throws Exception {
        Plan plan = Execution.plan(result.node(), Materializer::known);
        int kernels = kernelCount(plan);
        Set<String> keys = new HashSet<>();
        for (Step.Kernel k : CodegenEdgeSupport.kernels(plan)) keys.add(Lower.kernel(k).key());
        assertEquals(kernels, keys.size(), "test set-up: the plan's kernels are structurally distinct");
        KernelCache cache = KernelCache.shared();
        long before = cache.compilations();
        CyclicBarrier barrier = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<StridedArray>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                results.add(pool.submit(() -> {
                    barrier.await();
                    return result.value();
                }));
            }
            StridedArray first = results.getFirst().get();
            for (Future<StridedArray> f : results) assertSame(first, f.get(), what + ": one computation, one result object");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + kernels, cache.compilations(),
                what + ": each of the plan's " + kernels + " kernels compiled exactly once\n" + plan.explain());
        CodegenEdgeSupport.assertMatchesReference(result, what);
        assertEquals(before + kernels, cache.compilations(), "reading the memoized value compiles nothing");
    }

    @Test
    void anElementwiseChainOfNewStructureCompilesOnceUnderSixteenThreads() throws Exception {
        Random rng = Np.random(2024);
        NDArray x = rng.uniform(-2, 2, 128, 1031), y = rng.uniform(-2, 2, 128, 1031), z = rng.uniform(-2, 2, 1031);
        NDArray r = chain(x, y, z, 150, 0x5EED_0001L);
        assertEquals(1, kernelCount(Execution.plan(r.node(), Materializer::known)), r.explain());
        materializeFromSixteenThreads(r, "150-op chain over (128,1031), run in parallel parts");
    }

    @Test
    void aReductionWithAnEpilogueOfNewStructureCompilesEachKernelOnceUnderSixteenThreads() throws Exception {
        Random rng = Np.random(2025);
        NDArray x = rng.uniform(-2, 2, 32, 4099), y = rng.uniform(-2, 2, 32, 4099), z = rng.uniform(-2, 2, 32, 1);
        NDArray r = unaryChain(chain(x, y, z, 100, 0x5EED_0002L).sum(1), 12, 0x5EED_0003L);
        Plan plan = Execution.plan(r.node(), Materializer::known);
        assertEquals(2, kernelCount(plan), plan.explain());
        materializeFromSixteenThreads(r, "100-op chain, sum(axis=1), 12-op epilogue");
    }

    @Test
    void manyRoundsOfNewStructuresEachCompileOnce() throws Exception {
        Random rng = Np.random(2026);
        NDArray x = rng.uniform(-2, 2, 140_000), y = rng.uniform(-2, 2, 140_000), z = rng.uniform(-2, 2, 140_000);
        for (int round = 0; round < 5; round++) {
            materializeFromSixteenThreads(chain(x, y, z, 30, 0x5EED_1000L + round), "round " + round);
        }
    }
}
