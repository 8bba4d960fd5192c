package org.ndjit.ir;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Exp2's exact and special values; its ulp bound is UfuncAccuracyTest's (fixture ufunc-mpmath/exp2.txt). */
class Exp2Test {
    @Test
    void exactAtIntegers() {
        for (int k = -1074; k <= 1023; k++) assertEquals(Math.scalb(1.0, k), Exp2.exp2(k), "exp2(" + k + ")");
    }

    @Test
    void specialValues() {
        assertEquals(1.0, Exp2.exp2(-0.0));
        assertEquals(Double.POSITIVE_INFINITY, Exp2.exp2(1024.0));
        assertEquals(Double.POSITIVE_INFINITY, Exp2.exp2(Double.POSITIVE_INFINITY));
        assertEquals(0.0, Exp2.exp2(-1075.0));                    // half of the smallest subnormal: ties to even, 0
        assertEquals(Double.MIN_VALUE, Exp2.exp2(-1074.5));       // NumPy 2: np.exp2(-1074.5) is 5e-324
        assertEquals(0.0, Exp2.exp2(Double.NEGATIVE_INFINITY));
        assertEquals(Double.NaN, Exp2.exp2(Double.NaN));
        assertEquals(1.4142135623730951, Exp2.exp2(0.5));
    }
}
