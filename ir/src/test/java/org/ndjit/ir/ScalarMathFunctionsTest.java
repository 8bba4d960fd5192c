package org.ndjit.ir;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library's own exp and log: within 1 ulp of StrictMath's (fdlibm, itself under 1 ulp) everywhere. */
class ScalarMathFunctionsTest {
    private static long ulps(double a, double b) {
        if (a == b || (Double.isNaN(a) && Double.isNaN(b))) return 0;
        return Math.abs(Double.doubleToLongBits(a) - Double.doubleToLongBits(b));
    }

    @Test
    void withinOneUlpOverTheWholeRange() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 1_000_000; i++) {
            double x = switch (i % 4) {
                case 0 -> rnd.nextDouble(-745.5, 710);
                case 1 -> rnd.nextDouble(-20, 20);
                case 2 -> rnd.nextDouble(-1e-3, 1e-3);
                default -> rnd.nextDouble(-745.2, -700);
            };
            long u = ulps(ScalarMath.exp(x), StrictMath.exp(x));
            assertTrue(u <= 1, () -> "exp(" + x + ") = " + ScalarMath.exp(x) + ", StrictMath " + StrictMath.exp(x));
        }
    }

    @Test
    void specialValues() {
        assertEquals(1.0, ScalarMath.exp(0.0));
        assertEquals(1.0, ScalarMath.exp(-0.0));
        assertEquals(Double.POSITIVE_INFINITY, ScalarMath.exp(709.79));
        assertEquals(Double.POSITIVE_INFINITY, ScalarMath.exp(Double.POSITIVE_INFINITY));
        assertEquals(0.0, ScalarMath.exp(Double.NEGATIVE_INFINITY));
        assertEquals(0.0, ScalarMath.exp(-746));
        assertTrue(Double.isNaN(ScalarMath.exp(Double.NaN)));
        assertEquals(StrictMath.exp(709.782712893384), ScalarMath.exp(709.782712893384), "the largest finite results");
        assertEquals(StrictMath.exp(-740), ScalarMath.exp(-740), "subnormal result");
    }

    @Test
    void logWithinOneUlpOverTheWholeRange() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < 1_000_000; i++) {
            double x = switch (i % 4) {
                case 0 -> rnd.nextDouble(0, 10);
                case 1 -> 1 + rnd.nextDouble(-0.01, 0.01);
                case 2 -> Double.longBitsToDouble(rnd.nextLong(1, 0x0010000000000000L));
                default -> Double.longBitsToDouble(rnd.nextLong(0, 0x7ff0000000000000L));
            };
            long u = ulps(ScalarMath.log(x), StrictMath.log(x));
            assertTrue(u <= 1, () -> "log(" + x + ") = " + ScalarMath.log(x) + ", StrictMath " + StrictMath.log(x));
        }
        assertEquals(Double.NEGATIVE_INFINITY, ScalarMath.log(0.0));
        assertEquals(Double.NEGATIVE_INFINITY, ScalarMath.log(-0.0));
        assertTrue(Double.isNaN(ScalarMath.log(-1)));
        assertTrue(Double.isNaN(ScalarMath.log(Double.NaN)));
        assertEquals(Double.POSITIVE_INFINITY, ScalarMath.log(Double.POSITIVE_INFINITY));
        assertEquals(0.0, ScalarMath.log(1.0));
    }
}
