package org.ndjit.ir;

import org.ndjit.DType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@link Reduction#shortRowSum} stores the bits a float sum's accumulators store after taking the
 * same values one by one (any NaN for NaN: which NaN an x86 add returns depends on its operands' order,
 * which the JIT may swap): rows of 0 to 8 values with NaN, infinities, both zeros, subnormals and
 * values whose sum cancels or overflows anywhere. 180,000 rows, well under a second.
 */
class ShortRowSumTest {
    private static final double[] SPECIAL = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e308, -1e308, 1.0, -1.0, 0x1p-60};

    @Test
    void equalsTheAccumulatorsBitForBit() {
        Random rnd = new Random(12);
        for (int len = 0; len <= Reduction.LANES; len++) {
            for (int trial = 0; trial < 20_000; trial++) {
                double[] values = new double[len];
                for (int j = 0; j < len; j++) {
                    values[j] = switch (rnd.nextInt(4)) {
                        case 0 -> SPECIAL[rnd.nextInt(SPECIAL.length)];
                        case 1 -> j > 0 ? -values[j - 1] * (1 + rnd.nextInt(3) * 0x1p-52) : rnd.nextGaussian(); // cancellation
                        default -> rnd.nextGaussian() * Math.scalb(1.0, rnd.nextInt(40) - 20);
                    };
                }
                Reduction one = new Reduction(Op.SUM, DType.FLOAT64, 3);
                for (int j = 0; j < len; j++) one.acceptFloat(1, values[j], j);
                Buffer out = Buffer.allocate(DType.FLOAT64, 3);
                one.store(out);
                assertEquals(Double.doubleToLongBits(out.getDouble(1)), Double.doubleToLongBits(Reduction.shortRowSum(values, len)),
                        () -> "sum of " + Arrays.toString(values));
            }
        }
    }

    @Test
    void longerRowsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Reduction.shortRowSum(new double[9], 9));
        assertEquals("a short row has at most 8 values, got 9", e.getMessage());
    }
}
