package org.ndjit.engine;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Work split in two runs on two threads at the same time, whatever the size of the common pool (one
 * worker on a two-processor machine): the calling thread runs one part itself.
 */
class ParallelTest {
    private static void withParallelism(int n, Runnable r) {
        System.setProperty("ndjit.parallelism", Integer.toString(n));
        try {
            r.run();
        } finally {
            System.clearProperty("ndjit.parallelism");
        }
    }

    /** Each part waits for the other at a barrier: it trips only if both run at once (before: both queued for one worker). */
    @Test
    void twoPartsRunAtTheSameTimeAndOneOnTheCallingThread() {
        CyclicBarrier both = new CyclicBarrier(2);
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        withParallelism(2, () -> Parallel.forEachPart(2, Parallel.MIN_PART, (r0, r1, c0, c1) -> {
            threads.add(Thread.currentThread());
            try {
                both.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("the parts did not run at the same time", e);
            }
        }));
        assertEquals(2, threads.size());
        assertTrue(threads.contains(Thread.currentThread()), threads.toString());
    }

    /** A failure on the calling thread's part is thrown only after the pool's parts have finished (they may still use their buffers). */
    @Test
    void theCallersFailureWaitsForTheOtherParts() {
        long[] finished = {0};
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> withParallelism(2, () ->
                Parallel.forEachRowRange(2, Parallel.MIN_PART, (first, end) -> {
                    if (first == 0) throw new IllegalStateException("caller's part");
                    try {
                        Thread.sleep(300);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                    }
                    synchronized (finished) {
                        finished[0]++;
                    }
                })));
        assertEquals("caller's part", e.getMessage());
        synchronized (finished) {
            assertEquals(1, finished[0]);
        }
    }
}
