package org.ndjit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16's functions where a fixture line cannot say it: NumPy's error texts (one test each), the
 * documented choices (integer reciprocal of 0 raises; all-NaN slices give NaN without a warning),
 * the Javadoc examples, and the whole-array answers of allclose and arrayEqual, all checked
 * against NumPy 2.4 by hand.
 */
class UfuncSemanticsTest {
    private static final String UNSUPPORTED = "' not supported for the input types, and the inputs could not be safely coerced to any "
            + "supported types according to the casting rule ''safe''";

    @Test
    void bitOperationsRejectFloats() {
        NDArray f = Np.array(1.0, 2.0);
        assertEquals("ufunc 'bitwise_and" + UNSUPPORTED, assertThrows(IllegalArgumentException.class, () -> f.bitwiseAnd(Np.array(1L))).getMessage());
        assertEquals("ufunc 'invert" + UNSUPPORTED, assertThrows(IllegalArgumentException.class, f::invert).getMessage());
        assertEquals("ufunc 'left_shift" + UNSUPPORTED, assertThrows(IllegalArgumentException.class, () -> Np.array(1L).leftShift(f)).getMessage());
    }

    @Test
    void nanargOfAnAllNanSliceRaises() {
        NDArray x = Np.array(new double[][] {{1, Double.NaN}, {Double.NaN, Double.NaN}});
        assertEquals("All-NaN slice encountered", assertThrows(IllegalArgumentException.class, () -> Np.nanargmax(x, 1)).getMessage());
        assertEquals("All-NaN slice encountered", assertThrows(IllegalArgumentException.class, () -> Np.nanargmin(x.get("1"))).getMessage());
        assertArrayEquals(new long[] {0, 1}, Np.nanargmin(Np.array(new double[][] {{1, Double.NaN}, {Double.NaN, 2}}), 0).toLongArray());
    }

    @Test
    void nanmaxOfAnAllNanSliceIsNan() {
        NDArray x = Np.array(new double[][] {{1, Double.NaN}, {Double.NaN, Double.NaN}});
        assertArrayEquals(new double[] {1, Double.NaN}, Np.nanmax(x, 1).toDoubleArray());
        assertArrayEquals(new double[] {1, Double.NaN}, Np.nanmean(x, 1).toDoubleArray());
        assertArrayEquals(new double[] {0, Double.NaN}, Np.nanvar(x, 1).toDoubleArray());
        assertEquals(1.0, Np.nansum(x).itemDouble());
    }

    @Test
    void averageErrors() {
        NDArray a = Np.arange(6).reshape(2, 3);
        assertEquals("Weights sum to zero, can't be normalized",
                assertThrows(ArithmeticException.class, () -> Np.average(a, 1, Np.array(1.0, -1.0, 0.0))).getMessage());
        assertEquals("Axis must be specified when shapes of a and weights differ.",
                assertThrows(IllegalArgumentException.class, () -> Np.average(a, Np.array(1.0, 2.0, 3.0))).getMessage());
        assertEquals("Shape of weights must be consistent with shape of a along specified axis.",
                assertThrows(IllegalArgumentException.class, () -> Np.average(a, 1, Np.ones(1, 3))).getMessage());
        assertEquals("Shape of weights must be consistent with shape of a along specified axis.",
                assertThrows(IllegalArgumentException.class, () -> Np.average(a, 0, Np.array(1.0, 2.0, 3.0))).getMessage());
        assertArrayEquals(new double[] {5.0 / 3, 14.0 / 3}, Np.average(a, 1, Np.array(0.0, 1.0, 2.0)).toDoubleArray());
    }

    @Test
    void roundOfBoolsOnlyToZeroDecimals() {
        NDArray b = Np.array(true, false);
        assertEquals("Cannot cast ufunc 'multiply' output from dtype('float64') to dtype('bool') with casting rule 'same_kind'",
                assertThrows(IllegalArgumentException.class, () -> b.round(1)).getMessage());
        assertEquals(DType.FLOAT16, b.round().dtype()); // NumPy's rint of bool
    }

    @Test
    void integerReciprocalDividesAndRaisesAtZero() {
        assertArrayEquals(new long[] {0, 1, -1, 0}, Np.array(2L, 1L, -1L, -3L).reciprocal().toLongArray());
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Np.array(2, 0).reciprocal().eval());
        assertEquals("integer division by zero in reciprocal (at index (1,))", e.getMessage());
        assertEquals(DType.INT8, Np.array(true).reciprocal().dtype()); // NumPy's reciprocal of bool
    }

    @Test
    void logicalXorRejectsFloatsAsAndDoes() {
        assertThrows(IllegalArgumentException.class, () -> Np.array(1.0).logicalXor(Np.array(0.0)));
        assertArrayEquals(new boolean[] {true, false}, Np.array(3L, 0L).logicalXor(Np.array(0L, 0L)).toBooleanArray());
    }

    @Test
    void javadocExamples() {
        assertArrayEquals(new double[] {2.5, 0.12}, Np.array(2.5, 0.125).round(2).toDoubleArray());
        assertArrayEquals(new double[] {0, 1200}, Np.round(Np.array(0.125, 1250), -2).toDoubleArray());
        assertArrayEquals(new long[] {20, 20, -20}, Np.array(15L, 25L, -15L).round(-1).toLongArray());
        assertEquals(3 * Math.PI / 4, Np.arctan2(Np.array(1.0), Np.array(-1.0)).itemDouble(0));
        assertEquals(7L, Np.ptp(Np.array(4L, 9L, 2L)).itemLong());
        assertArrayEquals(new double[] {-2, -0.0}, Np.array(-8.0, -0.0).cbrt().toDoubleArray());
        assertArrayEquals(new double[] {0, 0.5, 1}, Np.array(-1.0, 0.0, 2.0).heaviside(0.5).toDoubleArray());
        assertArrayEquals(new double[] {0, Double.MAX_VALUE, -Double.MAX_VALUE, 1},
                Np.array(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1).nanToNum().toDoubleArray());
        assertArrayEquals(new double[] {-1, 9, -9, 1}, Np.array(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1)
                .nanToNum(-1, 9.0, -9.0).toDoubleArray());
    }

    @Test
    void allcloseAndArrayEqual() {
        assertFalse(Np.allclose(Np.array(1e10, 1e-7), Np.array(1.00001e10, 1e-8)));
        assertTrue(Np.allclose(Np.array(1e10, 1e-7), Np.array(1.0001e10, 1e-8), 1e-3, 1e-7, false));
        assertFalse(Np.allclose(Np.array(1.0, Double.NaN), Np.array(1.0, Double.NaN)));
        assertTrue(Np.allclose(Np.array(1.0, Double.NaN), Np.array(1.0, Double.NaN), 1e-5, 1e-8, true));
        assertTrue(Np.allclose(Np.array(1L, 2L), Np.array(1.0, 2.0).broadcastTo(3, 2)));
        assertTrue(Np.arrayEqual(Np.array(1L, 2L), Np.array(1.0, 2.0)));
        assertFalse(Np.arrayEqual(Np.array(1L, 2L), Np.array(1.0, 2.0).broadcastTo(3, 2)), "shapes differ: no broadcasting");
        assertFalse(Np.arrayEqual(Np.array(Double.NaN), Np.array(Double.NaN)));
        assertTrue(Np.arrayEqual(Np.array(Double.NaN, 1), Np.array(Double.NaN, 1), true));
        assertFalse(Np.arrayEqual(Np.array(Double.NaN, 1), Np.array(1, Double.NaN), true));
    }
}
