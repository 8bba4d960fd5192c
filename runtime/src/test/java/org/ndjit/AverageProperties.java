package org.ndjit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ndjit.ir.Float16;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.Shapes;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.ndjit.IndexTestSupport.assertSame;

/**
 * {@code Np.average} with weights (NumPy's values: {@link CompareFixturesTest}, {@link UfuncReductionFixtureTest}):
 * over all elements or one axis (negative too), weights of a's shape or 1-D along the axis, every
 * dtype for both (weights not bool), a read directly, reversed or computed. Data and weights are small
 * integers (weights positive), so both sums are exact in any order: the compiled result must equal
 * the eager reference bit for bit, and equal {@code sum(x w) / sum(w)} computed here in float64
 * (rounded to float32 where NumPy's result is float32). Weights summing to zero in any slice raise
 * NumPy's "Weights sum to zero, can't be normalized"; weights of another shape without an axis, or
 * not matching the axis, NumPy's messages.
 */
class AverageProperties {
    /** Every dtype, bool last (weights are not drawn bool: their sum could be zero). */
    private static final DType[] DTYPES = {DType.FLOAT64, DType.FLOAT32, DType.FLOAT16, DType.INT64, DType.INT32, DType.INT16, DType.INT8,
            DType.UINT64, DType.UINT32, DType.UINT16, DType.UINT8, DType.BOOL};
    private static final long[][] SHAPES = {{1}, {7}, {3, 4}, {2, 1, 5}, {4, 3, 2}, {300}, {40, 30}};

    @Property(tries = 150)
    void averageMatchesTheReferenceAndTheDefinition(@ForAll @IntRange(min = 0, max = 1 << 20) int seed,
                                                    @ForAll @IntRange(min = 0, max = 2) int weightsForm,
                                                    @ForAll @IntRange(min = 0, max = 2) int view) {
        java.util.Random r = new java.util.Random(seed);
        long[] shape = SHAPES[r.nextInt(SHAPES.length)];
        DType xType = DTYPES[r.nextInt(DTYPES.length)], wType = DTYPES[r.nextInt(DTYPES.length - 1)];
        NDArray x = ints(r, shape, xType, false);
        x = switch (view) {
            case 0 -> x;
            case 1 -> x.slice(0, null, null, -1);
            default -> xType == DType.BOOL ? x.not() : x.add(x).sub(x);
        };
        Integer axis = weightsForm == 0 ? null : r.nextInt(2 * shape.length) - shape.length;
        NDArray w = weightsForm == 2 ? ints(r, new long[] {shape[Shapes.normalizeAxis(axis, shape.length)]}, wType, true) : ints(r, shape, wType, true);
        NDArray avg = axis == null ? Np.average(x, w) : Np.average(x, axis, w);
        assertSame(ReferenceEvaluator.evaluate(avg.node()), avg);

        double[] xv = x.astype(DType.FLOAT64).toDoubleArray(), wv = w.astype(DType.FLOAT64).toDoubleArray();
        double[] expected = definition(xv, wv, shape, axis, weightsForm == 2, false);
        // float16: NumPy sums x w and w exactly (in float32, as here: below 2^24) and rounds each sum to float16 before dividing.
        double[] expected16 = definition(xv, wv, shape, axis, weightsForm == 2, true);
        DType result = DType.promote(xType.isFloat() ? xType : DType.FLOAT64, wType);
        if (!xType.isFloat()) result = DType.promote(result, DType.FLOAT64);
        assertEquals(result, avg.dtype(), "NumPy's result dtype");
        double[] got = avg.astype(DType.FLOAT64).toDoubleArray();
        for (int i = 0; i < got.length; i++) {
            double want = result == DType.FLOAT16 ? expected16[i] : result == DType.FLOAT32 ? (float) expected[i] : expected[i];
            assertEquals(want, got[i], 0.0, "element " + i);
        }
    }

    @Property(tries = 40)
    void weightsOfTheWrongShapeOrSummingToZeroRaiseNumPysErrors(@ForAll @IntRange(min = 0, max = 1 << 20) int seed) {
        java.util.Random r = new java.util.Random(seed);
        long[] shape = SHAPES[2 + r.nextInt(SHAPES.length - 2)];
        NDArray x = ints(r, shape, DType.FLOAT64, false);
        int axis = r.nextInt(shape.length);
        long n = shape[axis];
        if (n % 2 == 0) {
            // -c, +c, -c, +c ... along the axis, c positive and different in every slice: each slice's weights sum to exactly 0.
            NDArray signs = Np.arange(n).mod(2).mul(2).sub(1).astype(DType.FLOAT64);
            NDArray cancelling = ints(r, shape, DType.FLOAT64, true).sum(axis, true).mul(signs.reshape(along(shape.length, axis, n)));
            String zero = "Weights sum to zero, can't be normalized";
            assertEquals(zero, assertThrows(ArithmeticException.class, () -> Np.average(x, axis, cancelling)).getMessage());
            assertEquals(zero, assertThrows(ArithmeticException.class, () -> Np.average(x, axis, signs)).getMessage());
            assertEquals(zero, assertThrows(ArithmeticException.class, () -> Np.average(x, cancelling)).getMessage());
        }
        assertEquals("Axis must be specified when shapes of a and weights differ.",
                assertThrows(IllegalArgumentException.class, () -> Np.average(x, Np.ones(n + 1))).getMessage());
        assertEquals("Shape of weights must be consistent with shape of a along specified axis.",
                assertThrows(IllegalArgumentException.class, () -> Np.average(x, axis, Np.ones(n + 1))).getMessage());
        assertEquals("Shape of weights must be consistent with shape of a along specified axis.",
                assertThrows(IllegalArgumentException.class, () -> Np.average(x, axis, Np.ones(1, n))).getMessage());
    }

    private static long[] along(int ndim, int axis, long length) {
        long[] s = new long[ndim];
        Arrays.fill(s, 1);
        s[axis] = length;
        return s;
    }

    /** Integers of the dtype: -4..4 (unsigned 0..4, bool 0..1), or weights 1..4 (bool: true). */
    private static NDArray ints(java.util.Random r, long[] shape, DType dtype, boolean positive) {
        long[] v = new long[(int) Shapes.size(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = dtype == DType.BOOL ? (positive ? 1 : r.nextInt(2)) : positive ? 1 + r.nextInt(4) : dtype.isUnsigned() ? r.nextInt(5) : r.nextInt(9) - 4;
        }
        return Np.array(v).astype(dtype).reshape(shape).eval();
    }

    /**
     * sum(x w) / sum(w) over all elements or along the axis, in float64, by loops over C-order positions;
     * with {@code float16}, each sum and the quotient rounded to float16.
     */
    private static double[] definition(double[] x, double[] w, long[] shape, Integer axis, boolean weightsAlongAxis, boolean float16) {
        if (axis == null) {
            double num = 0, den = 0;
            for (int i = 0; i < x.length; i++) {
                num += x[i] * w[i];
                den += w[i];
            }
            return new double[] {quotient(num, den, float16)};
        }
        int a = Shapes.normalizeAxis(axis, shape.length);
        long inner = 1;
        for (int d = a + 1; d < shape.length; d++) inner *= shape[d];
        long n = shape[a], outer = x.length / Math.max(1, n * inner);
        double[] out = new double[(int) (outer * inner)];
        for (long o = 0; o < outer; o++) {
            for (long i = 0; i < inner; i++) {
                double num = 0, den = 0;
                for (long k = 0; k < n; k++) {
                    int at = (int) ((o * n + k) * inner + i);
                    double weight = weightsAlongAxis ? w[(int) k] : w[at];
                    num += x[at] * weight;
                    den += weight;
                }
                out[(int) (o * inner + i)] = quotient(num, den, float16);
            }
        }
        return out;
    }

    private static double quotient(double num, double den, boolean float16) {
        return float16 ? Float16.round(Float16.round(num) / Float16.round(den)) : num / den;
    }
}
