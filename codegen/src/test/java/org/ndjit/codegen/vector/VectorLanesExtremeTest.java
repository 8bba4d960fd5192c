package org.ndjit.codegen.vector;

import org.junit.jupiter.api.Test;
import org.ndjit.codegen.Vectorization;
import org.ndjit.ir.Reduction;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The vectorized max and min of a block (four vector accumulators) equal the scalar definition's,
 * bit for bit (any NaN for NaN), for float64 and float32 blocks of every length around the four
 * vectors' width, with NaN, infinities and both zeros anywhere and any value before.
 */
class VectorLanesExtremeTest {
    private static final double[] SPECIAL = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, Double.MIN_VALUE};

    @Test
    void extremesEqualTheScalarDefinition() {
        Reduction.LaneAdder vector = Vectorization.laneSums(), scalar = Reduction.SCALAR_LANES;
        Random rnd = new Random(9);
        for (boolean min : new boolean[] {false, true}) {
            for (int len = 0; len <= 140; len++) {
                for (int trial = 0; trial < 12; trial++) {
                    double[] d = new double[len];
                    float[] f = new float[len];
                    for (int j = 0; j < len; j++) {
                        d[j] = rnd.nextInt(8) == 0 ? SPECIAL[rnd.nextInt(SPECIAL.length)] : rnd.nextGaussian();
                        if (trial < 6 && Double.isNaN(d[j])) d[j] = -0.0; // half the trials without NaN
                        f[j] = (float) d[j];
                    }
                    double best = trial % 4 == 0 ? SPECIAL[rnd.nextInt(SPECIAL.length)] : rnd.nextGaussian();
                    same(scalar.extreme(min, d, len, best), vector.extreme(min, d, len, best), "f64 min " + min + " len " + len);
                    same(scalar.extreme(min, f, len, best), vector.extreme(min, f, len, best), "f32 min " + min + " len " + len);
                }
            }
        }
    }

    private static void same(double expected, double actual, String what) {
        if (Double.isNaN(expected) && Double.isNaN(actual)) return;
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), what + ": " + expected + " vs " + actual);
    }
}
