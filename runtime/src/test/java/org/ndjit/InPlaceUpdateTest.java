package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.ir.ReferenceEvaluator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An integer-array update of an array the plan computed and reads no more is written into that
 * array's memory: no copy, counted as pool allocations (arrays here are larger than the Java-array
 * threshold, so every one is a pool block). The values are the reference's, repeated indices keep
 * the last assignment and np.add.at adds every one. An array read again after the update, or the
 * user's own array, is copied first, and stays as it was.
 */
class InPlaceUpdateTest {
    private static final int N = 100_000;

    /** Pool blocks handed out while {@code result} is computed. */
    private static long allocations(NDArray result) {
        long before = Np.memoryStats().allocations();
        result.eval();
        return Np.memoryStats().allocations() - before;
    }

    @Test
    void aChainOfUpdatesOfAComputedArrayWritesOneArray() {
        NDArray x = Np.random(1).randn(N).eval();
        NDArray idx = Np.array(new long[] {5, 7, 5, -1, 99_999, 7}), values = Np.array(new double[] {1, 2, 3, 4, 5, 6});
        NDArray updated = x.mul(2).set(idx, values).set(Np.array(new long[] {0, 1}), -1.0);
        assertEquals(1, allocations(updated), "the product is the only array written; both updates write into it");
        IndexTestSupport.assertSame(ReferenceEvaluator.evaluate(updated.node()), updated);
        double[] got = updated.toDoubleArray();
        assertEquals(3, got[5], 0, "the last assignment of a repeated index wins");
        assertEquals(6, got[7], 0);
        assertEquals(5, got[N - 1], 0);
        assertEquals(-1, got[0], 0);
        assertEquals(2 * x.toDoubleArray()[2], got[2], 0);
    }

    @Test
    void addAtIntoAComputedArrayAddsEveryRepeatInPlace() {
        NDArray bins = Np.array(new long[] {3, 3, 3, 0, -1});
        NDArray counts = Np.addAt(Np.arange(N).astype(DType.FLOAT64).mul(0.0), bins, 1.0);
        assertEquals(1, allocations(counts));
        IndexTestSupport.assertSame(ReferenceEvaluator.evaluate(counts.node()), counts);
        double[] got = counts.toDoubleArray();
        assertEquals(3, got[3], 0);
        assertEquals(1, got[0], 0);
        assertEquals(1, got[N - 1], 0);
        NDArray ints = Np.addAt(Np.arange(N).add(1), bins, Np.array(new long[] {10, 20, 30, 40, 50}));
        IndexTestSupport.assertSame(ReferenceEvaluator.evaluate(ints.node()), ints);
        assertEquals(4 + 60, ints.toLongArray()[3]);
    }

    @Test
    void anArrayReadAfterItsUpdateIsCopied() {
        NDArray x = Np.random(2).randn(N).eval();
        NDArray doubled = x.mul(2);
        NDArray both = doubled.set(Np.array(new long[] {0, 1, 2}), 0.5).sub(doubled);
        IndexTestSupport.assertSame(ReferenceEvaluator.evaluate(both.node()), both);
        double[] got = both.toDoubleArray();
        assertEquals(0.5 - 2 * x.toDoubleArray()[1], got[1], 0);
        assertEquals(0, got[3], 0, "the array read again is not the updated one");
    }

    @Test
    void theUsersArrayAndAValueReadFromTheSameMemoryAreNotOverwritten() {
        NDArray x = Np.random(3).randn(N).eval();
        double[] before = x.toDoubleArray();
        NDArray updated = x.set(Np.array(new long[] {4, 4}), 9.0);
        assertEquals(1, allocations(updated), "the user's array is copied");
        assertArrayEquals(before, x.toDoubleArray(), 0);
        assertEquals(9, updated.toDoubleArray()[4], 0);
        // The value is a view of the array updated: read from its memory while the selection is written.
        NDArray y = x.mul(3);
        NDArray shifted = y.set(Np.arange(N - 1).add(1), y.slice(0, 0L, (long) N - 1, 1));
        IndexTestSupport.assertSame(ReferenceEvaluator.evaluate(shifted.node()), shifted);
    }
}
