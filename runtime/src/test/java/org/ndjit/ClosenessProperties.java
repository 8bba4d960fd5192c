package org.ndjit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ndjit.ir.ReferenceEvaluator;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ndjit.IndexTestSupport.assertSame;

/**
 * isclose, allclose and arrayEqual (NumPy's values: {@link CompareFixturesTest}) on random pairs of
 * every dtype, b a perturbed, broadcast or reshaped copy of a, with NaN, infinities and -0.0:
 * isclose compiled equals its eager reference and NumPy's definition evaluated here,
 * {@code (|a - b| <= atol + rtol |b| and b finite) or a == b, or both NaN when equal_nan}, in the
 * dtype NumPy computes it in: b's float dtype (float16 and float32 data compare in their own
 * precision, rtol and atol being weak floats rounded to it), float64 for integers and bools. Each
 * operation is done here in float64 and rounded to that dtype, which is the correctly rounded
 * float16 or float32 operation (53 bits hold twice 24 plus 2), so bit for bit; allclose is that
 * everywhere; arrayEqual is equal shapes and equal elements (NaN equal only with equal_nan),
 * whatever the shapes' broadcasting allows.
 */
class ClosenessProperties {

    @Property(tries = 150)
    void closenessMatchesNumPysDefinition(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3) int shapeForm, @ForAll boolean equalNan) {
        Random r = new Random(seed);
        int n = r.nextInt(12);
        DType dtype = DType.values()[r.nextInt(DType.values().length)];
        boolean ints = !dtype.isFloat();
        double[] a = new double[n], b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = ints ? r.nextInt(21) - 10 : value(r);
            b[i] = switch (r.nextInt(5)) {
                case 0 -> a[i];
                case 1 -> a[i] * (1 + (r.nextDouble() - 0.5) * Math.pow(10, -r.nextInt(9)));
                case 2 -> a[i] + (r.nextDouble() - 0.5) * Math.pow(10, -r.nextInt(10));
                case 3 -> value(r);
                default -> -a[i];
            };
            if (ints) b[i] = Math.rint(b[i]);
        }
        double rtol = new double[] {1e-5, 0, 1e-3, 0.5}[r.nextInt(4)], atol = new double[] {1e-8, 0, 1e-3, 1}[r.nextInt(4)];
        // Unsigned data wraps the negative values, bools are their truth: the definition reads the arrays' values.
        NDArray x = Np.array(a).astype(DType.INT64).astype(dtype), y = Np.array(b).astype(DType.INT64).astype(dtype);
        if (!ints) {
            x = Np.array(a).astype(dtype);
            y = Np.array(b).astype(dtype);
        }
        if (shapeForm == 1 && n > 0) y = y.get("0:1"); // broadcast: one element against all
        if (shapeForm == 2) y = y.reshape(1, n);

        NDArray close = Np.isclose(x, y, rtol, atol, equalNan);
        assertSame(ReferenceEvaluator.evaluate(close.node()), close);
        double[] xv = x.astype(DType.FLOAT64).toDoubleArray(), yv = y.astype(DType.FLOAT64).toDoubleArray();
        boolean[] want = new boolean[n];
        boolean all = true;
        for (int i = 0; i < n; i++) {
            double p = xv[i], q = yv.length == n ? yv[i] : yv[0];
            double bound = in(dtype, in(dtype, Math.abs(q) * in(dtype, rtol)) + in(dtype, atol));
            want[i] = in(dtype, Math.abs(p - q)) <= bound && Double.isFinite(q) || p == q || equalNan && Double.isNaN(p) && Double.isNaN(q);
            all &= want[i];
        }
        assertArrayEquals(want, flat(close), "isclose against its definition");
        assertEquals(all, Np.allclose(x, y, rtol, atol, equalNan), "allclose is isclose everywhere");

        boolean sameShape = java.util.Arrays.equals(x.shape(), y.shape());
        boolean equal = sameShape;
        long[] xl = x.astype(DType.INT64).toLongArray(), yl = sameShape ? y.astype(DType.INT64).toLongArray() : null;
        for (int i = 0; sameShape && i < n; i++) equal &= ints ? xl[i] == yl[i] : xv[i] == yv[i] || equalNan && Double.isNaN(xv[i]) && Double.isNaN(yv[i]);
        assertEquals(equal, Np.arrayEqual(x, y, equalNan), "arrayEqual: equal shapes and elements");
        assertEquals(!x.isnan().any().itemBoolean(), Np.arrayEqual(x, x), "an array equals itself unless it holds NaN");
    }

    /** {@code v} rounded to the float dtype isclose computes {@code dtype}'s data in (float64 for integers and bools). */
    private static double in(DType dtype, double v) {
        return switch (dtype) {
            case FLOAT16 -> org.ndjit.ir.Float16.round(v);
            case FLOAT32 -> (float) v;
            default -> v;
        };
    }

    private static boolean[] flat(NDArray bools) {
        long[] v = bools.astype(DType.INT64).toLongArray();
        boolean[] out = new boolean[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i] != 0;
        return out;
    }

    private static double value(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> new double[] {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, 1e308}[r.nextInt(7)];
            case 1 -> r.nextInt(11) - 5;
            default -> r.nextGaussian() * Math.pow(10, r.nextInt(21) - 10);
        };
    }
}
