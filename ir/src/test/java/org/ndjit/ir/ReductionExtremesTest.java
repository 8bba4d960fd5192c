package org.ndjit.ir;

import org.ndjit.DType;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Reduction#acceptExtremes} (a max or min over float32 values, not widened) gives what the
 * values widened one by one give, bit for bit (any NaN for NaN): after other values, over blocks of
 * every length around the vector lanes, with NaN, infinities and both zeros anywhere.
 */
class ReductionExtremesTest {
    private static final float[] SPECIAL = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0.0f, -0.0f, Float.MIN_VALUE, -Float.MAX_VALUE};

    @Test
    void maxAndMinOfFloatsEqualTheWidenedValuesOneByOne() {
        Random rnd = new Random(5);
        for (Op op : new Op[] {Op.MAX, Op.MIN}) {
            for (int len = 0; len <= 70; len++) {
                for (int trial = 0; trial < 20; trial++) {
                    float[] values = new float[len];
                    for (int j = 0; j < len; j++) {
                        values[j] = rnd.nextInt(6) == 0 ? SPECIAL[rnd.nextInt(SPECIAL.length)] : (float) rnd.nextGaussian();
                        if (trial < 4 && values[j] != values[j]) values[j] = 0.0f; // some trials without NaN
                    }
                    double before = trial % 3 == 0 ? SPECIAL[rnd.nextInt(SPECIAL.length)] : rnd.nextGaussian();
                    Reduction blocked = new Reduction(op, DType.FLOAT32, 2), widened = new Reduction(op, DType.FLOAT32, 2);
                    blocked.acceptFloat(1, before, 0);
                    widened.acceptFloat(1, before, 0);
                    assertTrue(blocked.acceptExtremes(1, values, len));
                    for (int j = 0; j < len; j++) widened.acceptFloat(1, values[j], 1 + j);
                    Buffer a = Buffer.allocate(DType.FLOAT64, 2), b = Buffer.allocate(DType.FLOAT64, 2);
                    blocked.store(a);
                    widened.store(b);
                    double x = a.getDouble(1), y = b.getDouble(1);
                    if (Double.isNaN(x) && Double.isNaN(y)) continue;
                    assertEquals(Double.doubleToRawLongBits(y), Double.doubleToRawLongBits(x), op + " of " + java.util.Arrays.toString(values) + " after " + before);
                }
            }
        }
    }

    @Test
    void otherReductionsTakeNothing() {
        Reduction sum = new Reduction(Op.SUM, DType.FLOAT32, 1);
        assertFalse(sum.acceptExtremes(0, new float[] {1, 2}, 2));
        Buffer out = Buffer.allocate(DType.FLOAT64, 1);
        sum.store(out);
        assertEquals(0.0, out.getDouble(0));
    }
}
