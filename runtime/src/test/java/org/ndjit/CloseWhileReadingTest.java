package org.ndjit;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
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
 * at once by other threads writing their own values: a read that saw released memory would see
 * another array's value. Every read must give its array's value or an IllegalStateException saying
 * the array was closed.
 */
class CloseWhileReadingTest {
    private static final int THREADS = 16, SLOTS = 24, OPS = 400, N = 2048;

    private record Entry(NDArray array, double value) {}

    @Test
    void readsSeeTheirArraysValueOrAnErrorNeverOtherData() throws Exception {
        AtomicReferenceArray<Entry> slots = new AtomicReferenceArray<>(SLOTS);
        AtomicLong nextValue = new AtomicLong(1);
        AtomicLong reads = new AtomicLong(), refused = new AtomicLong();
        for (int i = 0; i < SLOTS; i++) slots.set(i, make(nextValue.getAndIncrement(), i % 2 == 0));
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
                            case 0 -> slots.set(slot, make(nextValue.getAndIncrement(), r.nextBoolean()));
                            case 1 -> e.array().close();
                            default -> {
                                try {
                                    check(e, r.nextInt(4));
                                    reads.incrementAndGet();
                                } catch (IllegalStateException closed) {
                                    assertTrue(closed.getMessage().contains("was closed"), closed.getMessage());
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
    }

    /** An array of N copies of {@code value}: made from Java data, or computed from such an array (pool memory either way). */
    private static Entry make(double value, boolean computed) {
        double[] data = new double[N];
        java.util.Arrays.fill(data, computed ? value - 1 : value);
        NDArray a = Np.array(data);
        if (!computed) return new Entry(a, value);
        NDArray c = a.add(1).eval();
        a.close();
        return new Entry(c, value);
    }

    /** One kind of read: the elements, a view's elements, a lazy expression over it, or one element. */
    private static void check(Entry e, int kind) {
        double v = e.value();
        switch (kind) {
            case 0 -> { for (double d : e.array().toDoubleArray()) assertEquals(v, d); }
            case 1 -> { for (double d : e.array().get("::-3").toDoubleArray()) assertEquals(v, d); }
            case 2 -> assertEquals(v * N, e.array().mul(1.0).sum().itemDouble());
            default -> assertEquals(v, e.array().itemDouble(N - 1));
        }
    }
}
