package org.ndjit.ir;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Log10's exact and special values; its ulp bound is UfuncAccuracyTest's (fixture ufunc-mpmath/log10.txt). */
class Log10Test {
    @Test
    void exactAtPowersOfTen() {
        for (int n = -22; n <= 22; n++) assertEquals(n, Log10.log10(Double.parseDouble("1e" + n)), "log10(1e" + n + ")");
    }

    @Test
    void specialValues() {
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(Log10.log10(1.0)), "log10(1) is +0");
        assertEquals(Double.NEGATIVE_INFINITY, Log10.log10(0.0));
        assertEquals(Double.NEGATIVE_INFINITY, Log10.log10(-0.0));
        assertEquals(Double.POSITIVE_INFINITY, Log10.log10(Double.POSITIVE_INFINITY));
        assertEquals(Double.NaN, Log10.log10(-1e-300));
        assertEquals(Double.NaN, Log10.log10(Double.NEGATIVE_INFINITY));
        assertEquals(Double.NaN, Log10.log10(Double.NaN));
        assertEquals(-323.3062153431158, Log10.log10(Double.MIN_VALUE)); // NumPy 2: np.log10(5e-324)
        assertEquals(308.25471555991675, Log10.log10(Double.MAX_VALUE));
    }
}
