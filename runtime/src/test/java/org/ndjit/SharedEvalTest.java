package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.ir.StridedArray;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Np#eval(NDArray...)}: arrays that share a value get it computed once, and each gets the
 * bits it gets when computed alone. "Once" is counted in pool allocations: a shared reduction
 * computed by each array's own plan is allocated once per array.
 */
class SharedEvalTest {
    private static NDArray[] program(NDArray x) {
        NDArray centred = x.sub(x.sum(1, true).div(8.0));           // shared by all three
        NDArray spread = centred.mul(centred).sum(1);               // shared by two
        return new NDArray[] {spread.sqrt(), spread.add(1.0), centred.abs().T(), centred.exp().sum()};
    }

    private static NDArray input() {
        return Np.random(3).randn(6, 8);
    }

    @Test
    void sharedValuesAreComputedOnceAndEachArrayEqualsItsSeparateValue() {
        double[] data = input().toDoubleArray();
        NDArray[] alone = program(copy(data));
        long separately = allocations(() -> { for (NDArray a : alone) a.eval(); });
        NDArray[] together = program(copy(data));  // new nodes over the same numbers: nothing memoised
        long joint = allocations(() -> Np.eval(together));
        // Separately, each array's plan computes the row sums (and the two that read spread, its sum) again.
        assertTrue(joint < separately, "together " + joint + " allocations, separately " + separately);
        for (int i = 0; i < alone.length; i++) {
            StridedArray e = alone[i].value(), a = together[i].value();
            assertArrayEquals(e.shape(), a.shape());
            for (long j = 0; j < e.size(); j++) {
                assertEquals(Double.doubleToLongBits(e.getDoubleFlat(j)), Double.doubleToLongBits(a.getDoubleFlat(j)), "array " + i + " element " + j);
            }
        }
    }

    private static NDArray copy(double[] data) {
        return Np.array(data).reshape(6, 8);
    }

    @Test
    void oneArrayThatIsPartOfAnotherIsComputedOnceAndMemoised() {
        NDArray x = input();
        NDArray inner = x.mul(x).add(2.0), outer = inner.sqrt().sum(0);
        Np.eval(outer, inner, inner);
        assertNotNull(inner.node().memo());
        assertNotNull(outer.node().memo());
        assertArrayEquals(x.mul(x).add(2.0).sqrt().sum(0).toDoubleArray(), outer.toDoubleArray());
        assertEquals(DType.FLOAT64, outer.dtype());
    }

    private static long allocations(Runnable work) {
        long before = Np.memoryStats().allocations() + Np.memoryStats().javaArrays();
        work.run();
        return Np.memoryStats().allocations() + Np.memoryStats().javaArrays() - before;
    }
}
