package org.ndjit.codegen;

import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.ir.Op;

import java.lang.foreign.MemorySegment;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SEMANTICS 3.3: the kernel cache is a bounded LRU, and a kernel it drops is a hidden class nothing
 * else holds, so the garbage collector unloads it (metaspace does not grow with the number of
 * distinct expressions a long-running program builds).
 */
class KernelCacheTest {
    private static final Op[] BINARY = {Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.MAXIMUM, Op.MINIMUM, Op.POW, Op.FLOOR_DIV, Op.MOD};

    /** Spec number {@code i} (0 <= i < 10^digits): one instruction per decimal digit, so all are structurally distinct. */
    static KernelSpec spec(int i, int digits) {
        List<KernelSpec.Instr> instrs = new ArrayList<>();
        int prev = 0;
        for (int d = 0, x = i; d < digits; d++, x /= 10) {
            int slot = 2 + d, digit = x % 10;
            instrs.add(digit == 9 ? new KernelSpec.Instr(Op.SQRT, DType.FLOAT64, new int[] {prev})
                                  : new KernelSpec.Instr(BINARY[digit], DType.FLOAT64, new int[] {prev, d % 2}));
            prev = slot;
        }
        return new KernelSpec(List.of(DType.FLOAT64, DType.FLOAT64), List.of(), instrs, DType.FLOAT64, List.of());
    }

    static KernelSpec spec(int i) {
        return spec(i, 4);
    }

    /** Compiles and runs spec 0 in a frame of its own, so no local variable of the test keeps the kernel. */
    private static WeakReference<Class<?>> compileAndRun(KernelCache cache, KernelSpec spec) {
        RowKernel kernel = cache.get(spec);
        double[] a = {1, 2, 3}, b = {4, 5, 6};
        double[] out = new double[3];
        kernel.row(new MemorySegment[] {MemorySegment.ofArray(a), MemorySegment.ofArray(b)}, new long[2], new long[] {1, 1},
                MemorySegment.ofArray(out), 0, 3, new double[0], new long[0]);
        assertTrue(kernel.getClass().isHidden(), "kernels are hidden classes");
        return new WeakReference<>(kernel.getClass());
    }

    @Test
    void tenThousandDistinctSpecsKeepTheCacheAtCapacityAndEvictedClassesUnload() throws InterruptedException {
        KernelCache cache = new KernelCache(100);
        long unloadedBefore = ManagementFactory.getClassLoadingMXBean().getUnloadedClassCount();
        WeakReference<Class<?>> early = compileAndRun(cache, spec(0));
        assertEquals(1, cache.compilations());
        int total = 10_000;
        for (int i = 1; i < total; i++) {
            cache.get(spec(i));
            assertEquals(Math.min(i + 1, 100), cache.size(), "size after " + (i + 1) + " distinct specs");
            assertEquals(i + 1, cache.compilations());
        }
        assertEquals(100, cache.size());
        assertEquals(total, cache.compilations(), "one compilation per distinct spec");
        assertFalse(cache.contains(spec(0)), "the first spec was evicted");
        for (int i = total - 100; i < total; i++) assertTrue(cache.contains(spec(i)), "the last 100 specs are cached: " + i);

        RowKernel live = cache.get(spec(total - 1));
        assertEquals(total, cache.compilations(), "a hit compiles nothing");
        WeakReference<Class<?>> liveClass = new WeakReference<>(live.getClass());

        for (int round = 0; round < 100 && early.get() != null; round++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(early.get(), "an evicted kernel's hidden class must be unloadable: something still references it");
        assertNotNull(liveClass.get(), "a cached kernel stays loaded");
        Reference.reachabilityFence(live);
        long unloaded = ManagementFactory.getClassLoadingMXBean().getUnloadedClassCount() - unloadedBefore;
        System.out.println("KernelCacheTest: " + unloaded + " classes unloaded after 10,000 compilations into a cache of 100");

        // The evicted spec compiles again when asked for.
        cache.get(spec(0));
        assertEquals(total + 1, cache.compilations());
        assertEquals(100, cache.size());
    }

    @Test
    void evictionIsLeastRecentlyUsedNotLeastRecentlyInserted() {
        KernelCache cache = new KernelCache(10);
        for (int i = 0; i < 10; i++) cache.get(spec(i, 2));
        RowKernel first = cache.get(spec(0, 2));
        assertEquals(10, cache.compilations());
        cache.get(spec(10, 2));
        assertTrue(cache.contains(spec(0, 2)), "spec 0 was used most recently and stays");
        assertFalse(cache.contains(spec(1, 2)), "spec 1 is now the least recently used and goes");
        assertSame(first, cache.get(spec(0, 2)));
        assertEquals(11, cache.compilations());
    }

    @Test
    void capacityMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new KernelCache(0));
    }

    @Test
    void sixteenThreadsAskingForOneNewSpecCompileItOnce() throws Exception {
        KernelCache cache = new KernelCache(1000);
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 20; round++) {
                KernelSpec spec = spec(1000 + round * 37, 5);
                CyclicBarrier barrier = new CyclicBarrier(threads);
                List<Future<RowKernel>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    results.add(pool.submit(() -> {
                        barrier.await();
                        return cache.get(spec);
                    }));
                }
                RowKernel k = results.getFirst().get();
                for (Future<RowKernel> f : results) assertSame(k, f.get(), "every thread gets the one compiled kernel");
                assertEquals(round + 1, cache.compilations(), "one compilation per spec, whatever the number of threads");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentDistinctSpecsUnderEvictionPressureKeepTheBoundAndCountEveryCompilation() throws Exception {
        KernelCache cache = new KernelCache(50);
        int threads = 8, perThread = 250;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier barrier = new CyclicBarrier(threads);
            List<Future<Set<RowKernel>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t * perThread;
                results.add(pool.submit(() -> {
                    barrier.await();
                    Set<RowKernel> seen = Collections.newSetFromMap(new IdentityHashMap<>());
                    for (int i = first; i < first + perThread; i++) {
                        seen.add(cache.get(spec(i)));
                        if (cache.size() > 50) throw new AssertionError("cache grew to " + cache.size());
                    }
                    return seen;
                }));
            }
            int kernels = 0;
            for (Future<Set<RowKernel>> f : results) kernels += f.get().size();
            assertEquals(threads * perThread, kernels, "distinct specs give distinct kernels");
            assertEquals(threads * perThread, cache.compilations());
            assertEquals(50, cache.size());
        } finally {
            pool.shutdownNow();
        }
    }
}
