package org.ndjit.engine;

import org.junit.jupiter.api.Test;
import org.ndjit.ir.Buffer;
import org.ndjit.DType;
import org.ndjit.ir.StridedArray;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pool reuses blocks by size class, stays within its budget and pool bound, and is safe from several threads. */
class MemoryPoolTest {
    private static final long MB = 1 << 20;

    private static long address(StridedArray a) {
        return a.buffer().segment().address();
    }

    @Test
    void sizeClassesAreFourPerPowerOfTwoAndAtLeastAPage() {
        assertEquals(4096, MemoryPool.classSize(1));
        assertEquals(4096, MemoryPool.classSize(4096));
        assertEquals(5120, MemoryPool.classSize(4097));
        assertEquals(8192, MemoryPool.classSize(8192));
        assertEquals(10240, MemoryPool.classSize(8193));
        assertEquals(83_886_080, MemoryPool.classSize(80_000_000));
        for (long b = 1; b < 1 << 24; b = b * 3 + 7) {
            long c = MemoryPool.classSize(b);
            assertTrue(c >= b && (c <= 4096 || c < b + b / 4 + 1024), b + " -> " + c);
            assertEquals(0, c % NativeMemory.ALIGNMENT);
        }
    }

    @Test
    void aReleasedBlockIsReusedForTheNextRequestOfItsClass() {
        MemoryPool pool = new MemoryPool(64 * MB, 16 * MB);
        StridedArray a = pool.allocate(DType.FLOAT64, new long[] {1000, 100}, false);
        long at = address(a);
        a.buffer().close("released");
        assertEquals(0, pool.stats().liveBytes());
        assertEquals(MemoryPool.classSize(800_000), pool.stats().pooledBytes());
        StridedArray b = pool.allocate(DType.FLOAT32, new long[] {200_000}, false); // the same 800,000 bytes
        assertEquals(at, address(b));
        assertEquals(1, pool.stats().fromPool());
        StridedArray c = pool.allocate(DType.FLOAT64, new long[] {10}, false);
        assertNotEquals(at, address(c));
        a.buffer().close("released"); // a second release of a buffer given back already does nothing
        assertEquals(MemoryPool.classSize(800_000) + 4096, pool.stats().liveBytes());
        Reference.reachabilityFence(b); // unreachable, their blocks could come back through the cleaner before the line above
        Reference.reachabilityFence(c);
    }

    @Test
    void aZeroedRequestIsZeroEvenOnADirtyBlock() {
        MemoryPool pool = new MemoryPool(64 * MB, 16 * MB);
        StridedArray a = pool.allocate(DType.INT64, new long[] {5000}, false);
        for (long i = 0; i < 5000; i++) a.buffer().setLong(i, -1);
        a.buffer().close("released");
        StridedArray b = pool.allocate(DType.INT64, new long[] {5000}, true);
        assertEquals(address(a), address(b));
        for (long i = 0; i < 5000; i++) assertEquals(0, b.buffer().getLong(i));
    }

    @Test
    void overTheBudgetPooledBlocksGoFirstThenTheRequestFailsNamingTheBudget() {
        MemoryPool pool = new MemoryPool(10 * MB, 10 * MB);
        StridedArray a = pool.allocate(DType.FLOAT64, new long[] {MB / 2}, false); // 4 MB
        a.buffer().close("released");
        StridedArray b = pool.allocate(DType.FLOAT64, new long[] {MB}, false); // 8 MB: the pooled 4 MB are freed for it
        assertEquals(0, pool.stats().pooledBytes());
        OutOfMemoryError e = assertThrows(OutOfMemoryError.class, () -> pool.allocate(DType.FLOAT64, new long[] {MB / 2}, false));
        assertTrue(e.getMessage().contains("cannot allocate 4194304 bytes") && e.getMessage().contains("budget is 10485760")
                && e.getMessage().contains("8388608 are live"), e.getMessage());
        b.buffer().close("released");
    }

    @Test
    void beyondThePoolBoundFreedBlocksGoBackToTheSystem() {
        MemoryPool pool = new MemoryPool(64 * MB, 6 * MB);
        List<StridedArray> arrays = new ArrayList<>();
        for (int i = 0; i < 4; i++) arrays.add(pool.allocate(DType.FLOAT64, new long[] {MB / 4}, false)); // 2 MB each
        for (StridedArray a : arrays) a.buffer().close("released");
        assertEquals(6 * MB, pool.stats().pooledBytes());
        assertEquals(0, pool.stats().liveBytes());
        assertEquals(8 * MB, pool.stats().peakLiveBytes());
    }

    @Test
    void anUnreachableBufferReturnsItsBlock() throws InterruptedException {
        MemoryPool pool = new MemoryPool(64 * MB, 16 * MB);
        pool.allocate(DType.FLOAT64, new long[] {100_000}, false);
        long deadline = System.nanoTime() + 60_000_000_000L; // liveness only: on a loaded machine the cleaner thread runs late
        while (pool.stats().liveBytes() > 0 && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        assertEquals(0, pool.stats().liveBytes());
        assertEquals(MemoryPool.classSize(800_000), pool.stats().pooledBytes());
    }

    @Test
    void sixteenThreadsAllocatingAndReleasingKeepTheBooksStraight() throws Exception {
        MemoryPool pool = new MemoryPool(256 * MB, 32 * MB);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            int seed = t;
            done.add(threads.submit(() -> {
                java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
                for (int i = 0; i < 500; i++) {
                    StridedArray a = pool.allocate(DType.INT32, new long[] {r.nextInt(1, 200_000)}, false);
                    Buffer b = a.buffer();
                    b.setLong(0, seed);
                    b.setLong(b.length() - 1, seed);
                    assertEquals(seed, b.getLong(0)); // no other thread holds this block
                    assertEquals(seed, b.getLong(b.length() - 1));
                    b.close("released");
                }
            }));
        }
        for (Future<?> f : done) f.get();
        threads.shutdown();
        MemoryPool.Stats s = pool.stats();
        assertEquals(0, s.liveBytes());
        assertTrue(s.pooledBytes() <= 32 * MB, s.toString());
        assertEquals(16 * 500, s.allocations());
        assertTrue(s.fromPool() > 0, s.toString());
    }

    /** Large blocks are their own 2 MB-aligned mappings on Linux (advised for huge pages), reused like the others. */
    @Test
    void largeBlocksAreHugePageAlignedMappingsAndReused() {
        MemoryPool pool = new MemoryPool(256 * MB, 64 * MB);
        StridedArray a = pool.allocate(DType.FLOAT64, new long[] {10_000_000}, false);
        if (System.getProperty("os.name").equals("Linux")) assertEquals(0, address(a) % (2 * MB));
        a.buffer().setDouble(0, 1.5);
        a.buffer().setDouble(9_999_999, -2.5);
        assertEquals(-2.5, a.buffer().getDouble(9_999_999));
        long at = address(a);
        a.buffer().close("released");
        assertEquals(at, address(pool.allocate(DType.FLOAT64, new long[] {10_000_000}, true)));
    }

    @Test
    void aCloseDuringAReadGivesTheBlockBackWhenTheReadEnds() {
        MemoryPool pool = new MemoryPool(64 * MB, 16 * MB);
        Buffer b = pool.buffer(DType.INT64, 1000, true);
        assertTrue(b.tryPin());
        assertTrue(b.close("array int64 (1000,) was closed"));
        assertEquals(MemoryPool.classSize(8000), pool.stats().liveBytes(), "pinned: still live");
        IllegalStateException e = assertThrows(IllegalStateException.class, b::pin);
        assertEquals("array int64 (1000,) was closed", e.getMessage());
        b.unpin();
        assertEquals(0, pool.stats().liveBytes());
        assertTrue(!b.close("again"), "idempotent");
        assertEquals(MemoryPool.classSize(8000), pool.stats().pooledBytes(), "given back once");
    }

    @Test
    void claimedHandlesShareTheBlockUntilTheLastIsClosed() {
        MemoryPool pool = new MemoryPool(64 * MB, 16 * MB);
        Buffer first = pool.buffer(DType.FLOAT64, 1000, false);
        assertEquals(first, first.claim(), "the first claim takes the buffer itself");
        first.pin();
        Buffer second = first.claim();
        first.unpin();
        assertNotEquals(first, second);
        assertEquals(first.segment().address(), second.segment().address());
        first.close("first closed");
        assertEquals(MemoryPool.classSize(8000), pool.stats().liveBytes(), "the second handle still holds the block");
        assertTrue(second.tryPin());
        second.unpin();
        second.close("second closed");
        assertEquals(0, pool.stats().liveBytes());
    }
}
