package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.ir.StridedArray;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** SEMANTICS 3.4: materializing one lazy array from many threads computes it once and all see one result. */
class ConcurrencyTest {
    private static final int THREADS = 16;

    @Test
    void sixteenThreadsMaterializeOneArrayOnce() throws Exception {
        NDArray x = Np.random(9).rand(200_000);
        NDArray y = x.mul(x).sub(x.mul(0.5)).exp().sum(0);
        CyclicBarrier barrier = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<StridedArray>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                results.add(pool.submit(() -> {
                    barrier.await();
                    return y.value();
                }));
            }
            StridedArray first = results.get(0).get();
            for (Future<StridedArray> r : results) assertSame(first, r.get(), "one computation, one result object");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void overlappingGraphsFromManyThreadsAgree() throws Exception {
        NDArray a = Np.random(4).randn(64, 64);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 50; round++) {
                NDArray base = a.add(round);
                NDArray derived = base.mul(base).sum(1);
                CyclicBarrier barrier = new CyclicBarrier(4);
                List<Future<double[]>> results = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    NDArray target = t % 2 == 0 ? base : derived;
                    results.add(pool.submit(() -> {
                        barrier.await();
                        return target.toDoubleArray();
                    }));
                }
                assertArrayEquals(results.get(0).get(), results.get(2).get());
                assertArrayEquals(results.get(1).get(), results.get(3).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
