package org.ndjit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sixteen threads make, read, view, compute on and close shared arrays at once. Every array holds one
 * value in all its elements, distinct from every other array's, and closed arrays' blocks are reused
 * at once by other threads writing their own values (the pool hands out the block freed last first):
 * a read that saw released memory would see another array's value. Every read must give its array's
 * value or the IllegalStateException naming the closed array.
 *
 * <p>Run at two sizes: 2,048 float64 (16 KB), which are Java arrays whose release does nothing, and
 * 65,536 (512 KB, eight times {@code ndjit.heapArrayBytes}), which are pool blocks: only there does a
 * close hand memory that another thread is reading to a third, so only there is pinning put to the test.
 */
class CloseWhileReadingTest {
    private static final int THREADS = 16, SLOTS = 24, OPS = 400;
    private static final long HEAP_ARRAY_BYTES = 64 * 1024;

    private record Entry(NDArray array, double value) {}

    @ParameterizedTest(name = "{0} float64")
    @ValueSource(ints = {2048, 1 << 16})
    void readsSeeTheirArraysValueOrAnErrorNeverOtherData(int n) throws Exception {
        String closedMessage = "array float64 (" + n + ",) was closed";
        AtomicReferenceArray<Entry> slots = new AtomicReferenceArray<>(SLOTS);
        AtomicLong nextValue = new AtomicLong(1);
        AtomicLong reads = new AtomicLong(), refused = new AtomicLong();
        for (int i = 0; i < SLOTS; i++) slots.set(i, make(n, nextValue.getAndIncrement(), i % 2 == 0));
        long reusedBefore = Np.memoryStats().reusedFromPool();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                done.add(pool.submit(() -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    start.await();
                    for (int op = 0; op < OPS; op++) {
                        int slot = r.nextInt(SLOTS);
                        Entry e = slots.get(slot);
                        switch (r.nextInt(6)) {
                            // Replaced arrays are closed too (while others may still read them), so that their blocks are reused at once.
                            case 0 -> slots.getAndSet(slot, make(n, nextValue.getAndIncrement(), r.nextBoolean())).array().close();
                            case 1 -> e.array().close();
                            default -> {
                                try {
                                    check(e, n, r.nextInt(4));
                                    reads.incrementAndGet();
                                } catch (IllegalStateException closed) {
                                    assertEquals(closedMessage, closed.getMessage());
                                    refused.incrementAndGet();
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdownNow();
        }
        assertTrue(reads.get() > 1000 && refused.get() > 100, reads + " reads, " + refused + " refused");
        if (8L * n > HEAP_ARRAY_BYTES) {
            long reused = Np.memoryStats().reusedFromPool() - reusedBefore;
            assertTrue(reused > 500, "closed arrays' blocks were reused while others read: " + reused + " reused, " + Np.memoryStats());
        }
    }

    /** An array of n copies of {@code value}: made from Java data, or computed from such an array. */
    private static Entry make(int n, double value, boolean computed) {
        double[] data = new double[n];
        Arrays.fill(data, computed ? value - 1 : value);
        NDArray a = Np.array(data);
        if (!computed) return new Entry(a, value);
        NDArray c = a.add(1).eval();
        a.close();
        return new Entry(c, value);
    }

    /** One kind of read: the elements, a view's elements, a lazy expression over it, or one element. */
    private static void check(Entry e, int n, int kind) {
        double v = e.value();
        switch (kind) {
            case 0 -> { for (double d : e.array().toDoubleArray()) assertEquals(v, d); }
            case 1 -> { for (double d : e.array().get("::-3").toDoubleArray()) assertEquals(v, d); }
            case 2 -> assertEquals(v * n, e.array().mul(1.0).sum().itemDouble());
            default -> assertEquals(v, e.array().itemDouble(n - 1));
        }
    }
}
