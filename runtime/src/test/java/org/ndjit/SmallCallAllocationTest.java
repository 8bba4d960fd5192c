package org.ndjit;

import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a call on small arrays costs besides its result, measured as the bytes it allocates: the
 * benchmark B11's call ({@code a*b + c*d - e} on five arrays of 1,000 float64 wrapped anew, so every
 * node is new and nothing is memoised). Allocation, not time: it is the same on a loaded machine, and
 * each object the call makes is also work (and memory not in the cache). Compiled code allocates less
 * than the interpreter (escape analysis), so the figure is the least of several rounds once the JIT
 * has had them.
 */
class SmallCallAllocationTest {
    private static final int N = 1000, ROUNDS = 2_000;

    @Test
    void aSmallExpressionOnNewArraysAllocatesLittleBesidesItsResult() {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        MemorySegment[] memory = new MemorySegment[5];
        for (int i = 0; i < memory.length; i++) {
            memory[i] = Arena.ofAuto().allocate(N * 8L, 64);
            for (int j = 0; j < N; j++) memory[i].setAtIndex(ValueLayout.JAVA_DOUBLE, j, i + j * 0.5);
        }
        long[] shape = {N}; // wrap copies it: the caller's array is not the call's
        NDArray[] results = new NDArray[ROUNDS];
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 40 && least > 1_900; round++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int r = 0; r < ROUNDS; r++) {
                NDArray a = Np.wrap(memory[0], DType.FLOAT64, shape), b = Np.wrap(memory[1], DType.FLOAT64, shape);
                NDArray c = Np.wrap(memory[2], DType.FLOAT64, shape), d = Np.wrap(memory[3], DType.FLOAT64, shape);
                NDArray e = Np.wrap(memory[4], DType.FLOAT64, shape);
                results[r] = a.mul(b).add(c.mul(d)).sub(e).eval();
            }
            least = Math.min(least, (threads.getCurrentThreadAllocatedBytes() - before) / ROUNDS - resultBytes());
        }
        double x = (N - 1) * 0.5;
        assertEquals(x * (1 + x) + (2 + x) * (3 + x) - (4 + x), results[ROUNDS - 1].toDoubleArray()[N - 1]);
        // Beside the 8 KB result: five wraps (a buffer, a node, the shape's copy, an array each), four
        // nodes with their inputs' arrays and weak references, the run (its inputs, pins, node list)
        // and the result's buffer, segment and leaf: ~1,950 bytes here; 2,450 before the plan cache
        // checked the thread's recent key instead of walking, a Pending replaced the FutureTask and
        // its callable, and leaves stopped allocating an empty input array and copies of their shape.
        assertTrue(least <= 2_150, least + " bytes per call besides the result");
    }

    /** The result's Java array: 1,000 doubles and the array header. */
    private static long resultBytes() {
        return N * 8L + 16;
    }
}
