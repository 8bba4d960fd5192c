package org.ndjit.ir;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16's float64 functions (and log10, log1p, expm1) against their correctly rounded values (mpmath at 160 bits, in
 * {@code ufunc-mpmath/<name>.txt}, made by {@code ir/src/test/python/gen_ufunc_mpmath.py}): every
 * result is the correctly rounded value or one of its two neighbours (within 1 ulp of it), NaN
 * exactly where it is NaN, and most are correctly rounded. The fixtures are a sample of the million
 * arguments per function measured with {@link UfuncAccuracyMeasure} (bounds in ElementFunctions),
 * with the special values and the worst arguments found.
 */
class UfuncAccuracyTest {
    @ParameterizedTest
    @ValueSource(strings = {"tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "arcsinh", "arccosh", "arctanh", "exp2", "cbrt",
            "arctan2", "hypot", "log10", "log1p", "expm1"})
    void withinOneUlpOfCorrectlyRounded(String name) throws IOException {
        Op op = op(name);
        int n = 0, exact = 0;
        try (InputStream in = getClass().getResourceAsStream("/ufunc-mpmath/" + name + ".txt")) {
            assertNotNull(in, name);
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.trim().split(" ");
                double x = bits(f[0]), y = op.arity() == 2 ? bits(f[1]) : 0, want = bits(f[f.length - 1]);
                double got = op.arity() == 2 ? ScalarMath.binaryFloat(op, x, y, false) : ScalarMath.unaryFloat(op, x, false);
                assertTrue(ulpsApart(got, want) <= 1, () -> name + "(" + line + ") = " + got + ", correctly rounded " + want);
                n++;
                if (Double.doubleToRawLongBits(got) == Double.doubleToRawLongBits(want) || Double.isNaN(got)) exact++;
            }
        }
        assertTrue(n > 2000, name + ": " + n + " lines");
        int rounded = exact;
        assertTrue(exact > n * 0.7, () -> name + ": " + rounded + " of the fixture's arguments correctly rounded");
    }

    /** Values apart in units in the last place, counting steps between adjacent doubles (NaN only with NaN; zeros signed). */
    static long ulpsApart(double got, double want) {
        if (Double.isNaN(got) || Double.isNaN(want)) return Double.isNaN(got) && Double.isNaN(want) ? 0 : Long.MAX_VALUE;
        if (got == 0 && want == 0) return Double.doubleToRawLongBits(got) == Double.doubleToRawLongBits(want) ? 0 : Long.MAX_VALUE;
        return Math.abs(ordered(got) - ordered(want));
    }

    /** The double's position on a line of all doubles in order. */
    private static long ordered(double d) {
        long b = Double.doubleToRawLongBits(d);
        return b < 0 ? Long.MIN_VALUE - b : b;
    }

    private static double bits(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    static Op op(String name) {
        for (Op op : Op.values()) if (op.numpyName().equals(name)) return op;
        throw new IllegalArgumentException(name);
    }

    @org.junit.jupiter.api.Test
    void orderedCountsNeighbours() {
        assertEquals(1, ulpsApart(1.0, Math.nextUp(1.0)));
        assertEquals(2, ulpsApart(-Double.MIN_VALUE, Double.MIN_VALUE));
        assertEquals(Long.MAX_VALUE, ulpsApart(0.0, -0.0));
    }
}
