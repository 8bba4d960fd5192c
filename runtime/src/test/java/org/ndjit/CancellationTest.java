package org.ndjit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.Shapes;
import org.ndjit.ir.StridedArray;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Interrupting the thread that materializes an array stops the work between blocks, on every pool
 * thread, and throws {@link MaterializationCancelledException} with the interrupt status still set;
 * no partial value is left (a later read computes it again), and other threads reading the same
 * array are not failed by it. Each workload takes seconds uninterrupted; interrupted after 100 ms
 * it must end within {@link #BOUND_NANOS} of the reading thread's CPU time ({@link ThreadCpuTime}: on
 * two loaded cores the wall clock also counts the time the thread waits for a core; 1-120 ms were
 * measured on an idle machine), and within {@link #WALL_BOUND_NANOS} of the wall clock, which also
 * bounds the pool threads' parts the reading thread waits for.
 */
class CancellationTest {
    private static final long BOUND_NANOS = 1_000_000_000L, WALL_BOUND_NANOS = 20_000_000_000L;

    /**
     * Compiles the kernels (cached by structure) and lets the JIT see them once, on small arrays: the
     * bound is for a warm JVM, not for its first, interpreted runs of a kernel.
     */
    @BeforeAll
    static void warmUp() {
        NDArray x = Np.random(0).rand(16, 1_024);
        for (int i = 0; i < 2; i++) {
            NDArray y = x.add(i);
            chain(y).value();
            chain(y).sum(1).value();
            chain(y).sum(0).value();
            chain(y).sum().value();
            y.reshape(128, 128).matmul(y.reshape(128, 128)).tanh().value();
        }
    }

    @AfterEach
    void restoreParallelism() {
        System.clearProperty("ndjit.parallelism");
    }

    /** A chain of transcendental ops: one fused kernel (or a few) costing about 60 ops per element. */
    private static NDArray chain(NDArray x) {
        for (int i = 0; i < 60; i++) x = i % 3 == 0 ? x.sin() : i % 3 == 1 ? x.exp() : x.tanh();
        return x;
    }

    @Test
    void anElementwiseChainStopsAtParallelismOneAndTwo() throws Exception {
        for (String p : new String[] {"1", "2"}) {
            System.setProperty("ndjit.parallelism", p);
            assertCancelled(chain(Np.random(1).rand(2_000_000)), "elementwise at parallelism " + p);
        }
    }

    @Test
    void reductionsAlongAndAcrossRowsAndInChunksStop() throws Exception {
        System.setProperty("ndjit.parallelism", "1");
        assertCancelled(chain(Np.random(2).rand(2_000, 1_000)).sum(1), "along rows at parallelism 1");
        System.setProperty("ndjit.parallelism", "2");
        assertCancelled(chain(Np.random(3).rand(2_000, 1_000)).sum(1), "along rows at parallelism 2");
        assertCancelled(chain(Np.random(4).rand(2_000, 1_000)).sum(0), "across rows at parallelism 2");
        assertCancelled(chain(Np.random(5).rand(2_000_000)).sum(), "in chunks at parallelism 2");
    }

    @Test
    void matrixProductsStop() throws Exception {
        for (String p : new String[] {"1", "2"}) {
            System.setProperty("ndjit.parallelism", p);
            NDArray a = Np.random(6).rand(2_000, 2_000), b = Np.random(7).rand(2_000, 2_000);
            assertCancelled(a.matmul(b), "matmul at parallelism " + p);
            assertCancelled(a.matmul(b).tanh(), "matmul with an epilogue at parallelism " + p);
        }
    }

    @Test
    void anInterruptedReductionIsComputedAgainWhenReadAgain() throws Exception {
        System.setProperty("ndjit.parallelism", "2");
        NDArray x = Np.random(8).rand(1_000, 1_000);
        NDArray y = chain(x).sum(1);
        assertCancelled(y, "along rows");
        StridedArray again = y.value(); // on this thread, which was not interrupted
        StridedArray expected = ReferenceEvaluator.evaluate(chain(Np.array(Arrays.copyOf(x.toDoubleArray(), 3_000)).reshape(3, 1_000)).sum(1).node());
        for (int i = 0; i < 3; i++) assertEquals(expected.getDoubleFlat(i), again.getDoubleFlat(i), "row " + i);
        assertSame(again, y.value(), "memoized after the second computation");
    }

    @Test
    void otherReadersOfTheArrayAreNotFailedByTheInterrupt() throws Exception {
        System.setProperty("ndjit.parallelism", "2");
        NDArray x = Np.random(9).rand(8_000_000); // seconds of work: still running when the interrupt comes (500,000 no longer was)
        NDArray y = chain(x);
        AtomicReference<Object> first = new AtomicReference<>(), waiter = new AtomicReference<>(), interruptedWaiter = new AtomicReference<>();
        long[] cpuAfter = new long[1];
        Thread computing = new Thread(() -> {
            try {
                first.set(y.value());
            } catch (Throwable e) {
                first.set(e);
            }
            cpuAfter[0] = ThreadCpuTime.now();
        });
        Thread waiting = reader(y, waiter), interruptedWaiting = reader(y, interruptedWaiter);
        computing.start();
        Thread.sleep(30); // the first reader installs the computation; the others wait on it
        waiting.start();
        interruptedWaiting.start();
        Thread.sleep(100);
        long interrupted = System.nanoTime(), cpuAtInterrupt = ThreadCpuTime.of(computing);
        computing.interrupt();
        interruptedWaiting.interrupt();
        computing.join(30_000);
        interruptedWaiting.join(30_000);
        long ended = System.nanoTime();
        assertTrue(ended - interrupted < WALL_BOUND_NANOS, "the interrupted threads ended " + (ended - interrupted) / 1e6 + " ms after the interrupt");
        assertTrue(cpuAfter[0] - cpuAtInterrupt < BOUND_NANOS, "the computing thread used " + (cpuAfter[0] - cpuAtInterrupt) / 1e6 + " ms of CPU time after the interrupt");
        assertInstanceOf(MaterializationCancelledException.class, first.get(), "the computing thread");
        assertInstanceOf(MaterializationCancelledException.class, interruptedWaiter.get(), "the interrupted waiting thread");
        // It computes the whole chain itself (seconds of work idle; over 30 s at a load average of 15-20 on 2 cores).
        waiting.join(300_000);
        StridedArray value = assertInstanceOf(StridedArray.class, waiter.get(), "the waiting thread that was not interrupted computes the value");
        assertSame(value, y.value(), "its value is the array's");
        StridedArray expected = ReferenceEvaluator.evaluate(chain(Np.array(Arrays.copyOf(x.toDoubleArray(), 1_000))).node());
        for (int i = 0; i < 1_000; i++) assertEquals(expected.getDoubleFlat(i), value.getDoubleFlat(i), "element " + i);
    }

    /** A thread that reads {@code y} and records its value or what it threw. */
    private static Thread reader(NDArray y, AtomicReference<Object> outcome) {
        return new Thread(() -> {
            try {
                outcome.set(y.value());
            } catch (Throwable e) {
                outcome.set(e);
            }
        });
    }

    /**
     * Materializes {@code y} on a new thread, interrupts it after 100 ms and requires the clear
     * exception within the bound, the interrupt status still set, and no value left in the node.
     */
    private static void assertCancelled(NDArray y, String what) throws Exception {
        AtomicReference<Object> outcome = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        AtomicReference<Long> end = new AtomicReference<>(), cpuEnd = new AtomicReference<>();
        Supplier<Object> work = y::value;
        Thread t = new Thread(() -> {
            try {
                outcome.set(work.get());
            } catch (Throwable e) {
                outcome.set(e);
            }
            cpuEnd.set(ThreadCpuTime.now());
            end.set(System.nanoTime());
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        t.start();
        Thread.sleep(100);
        long interrupted = System.nanoTime(), cpuAtInterrupt = ThreadCpuTime.of(t);
        t.interrupt();
        t.join(60_000);
        assertTrue(outcome.get() instanceof Throwable, what + ": finished without being cancelled, " + (end.get() - interrupted) / 1e6 + " ms after the interrupt");
        MaterializationCancelledException e = assertInstanceOf(MaterializationCancelledException.class, outcome.get(), what);
        assertTrue(end.get() - interrupted < WALL_BOUND_NANOS, what + ": ended " + (end.get() - interrupted) / 1e6 + " ms after the interrupt");
        assertTrue(cpuEnd.get() - cpuAtInterrupt < BOUND_NANOS, what + ": used " + (cpuEnd.get() - cpuAtInterrupt) / 1e6 + " ms of CPU time after the interrupt");
        assertTrue(e.getMessage().contains("was interrupted") && e.getMessage().contains(Shapes.tuple(y.shape())), e.getMessage());
        assertTrue(stillInterrupted.get(), what + ": the interrupt status is kept");
        assertNull(y.node().memo(), what + ": no value or pending computation is left behind");
        System.out.printf("CancellationTest: %s ended %.1f ms after the interrupt (%.1f ms of CPU time)%n", what, (end.get() - interrupted) / 1e6,
                (cpuEnd.get() - cpuAtInterrupt) / 1e6);
    }
}
