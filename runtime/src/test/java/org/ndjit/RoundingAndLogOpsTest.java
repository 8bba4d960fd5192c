package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * floor, ceil, trunc, rint, log1p, expm1, log2 and log10: NumPy 2.4's values on special arguments
 * (hard-coded from python3 -c "import numpy as np; ..."), NumPy's result dtypes for integer and bool
 * inputs, and the compiled kernels (vector and scalar loops) bit-identical to the reference.
 */
class RoundingAndLogOpsTest {
    private record Fn(String name, UnaryOperator<NDArray> f) {}

    private static final List<Fn> ROUNDING = List.of(new Fn("floor", NDArray::floor), new Fn("ceil", NDArray::ceil),
            new Fn("trunc", NDArray::trunc), new Fn("rint", NDArray::rint));
    private static final List<Fn> LOGS = List.of(new Fn("log1p", NDArray::log1p), new Fn("expm1", NDArray::expm1),
            new Fn("log2", NDArray::log2), new Fn("log10", NDArray::log10));

    private static final double NAN = Double.NaN, INF = Double.POSITIVE_INFINITY;

    private static void assertBits(double[] want, double[] got, String what, long ulps) {
        assertEquals(want.length, got.length, what);
        for (int i = 0; i < want.length; i++) {
            if (Double.isNaN(want[i])) {
                assertTrue(Double.isNaN(got[i]), what + " element " + i + ": " + got[i]);
            } else if (Double.isInfinite(want[i]) || want[i] == 0 || ulps == 0) {
                assertEquals(Double.doubleToRawLongBits(want[i]), Double.doubleToRawLongBits(got[i]), what + " element " + i + ": " + got[i]);
            } else {
                long d = Math.abs(Double.doubleToRawLongBits(want[i]) - Double.doubleToRawLongBits(got[i]));
                assertTrue(d <= ulps, what + " element " + i + ": NumPy " + want[i] + ", ndjit " + got[i]);
            }
        }
    }

    @Test
    void roundingMatchesNumpy() {
        double[] x = {-2.5, -1.5, -0.5, -0.0, 0.0, 0.5, 1.5, 2.5, -0.7, 0.7, 4503599627370495.5, -4503599627370495.5,
                INF, -INF, NAN, 1e300, -1e300, Double.MIN_VALUE, -Double.MIN_VALUE, 0.49999999999999994, -0.49999999999999994};
        double[][] want = {
                {-3.0, -2.0, -1.0, -0.0, 0.0, 0.0, 1.0, 2.0, -1.0, 0.0, 4503599627370495.0, -4503599627370496.0,
                        INF, -INF, NAN, 1e300, -1e300, 0.0, -1.0, 0.0, -1.0},
                {-2.0, -1.0, -0.0, -0.0, 0.0, 1.0, 2.0, 3.0, -0.0, 1.0, 4503599627370496.0, -4503599627370495.0,
                        INF, -INF, NAN, 1e300, -1e300, 1.0, -0.0, 1.0, -0.0},
                {-2.0, -1.0, -0.0, -0.0, 0.0, 0.0, 1.0, 2.0, -0.0, 0.0, 4503599627370495.0, -4503599627370495.0,
                        INF, -INF, NAN, 1e300, -1e300, 0.0, -0.0, 0.0, -0.0},
                {-2.0, -2.0, -0.0, -0.0, 0.0, 0.0, 2.0, 2.0, -1.0, 1.0, 4503599627370496.0, -4503599627370496.0,
                        INF, -INF, NAN, 1e300, -1e300, 0.0, -0.0, 0.0, -0.0}};
        for (int f = 0; f < ROUNDING.size(); f++) {
            NDArray r = ROUNDING.get(f).f.apply(Np.array(x));
            assertEquals(DType.FLOAT64, r.dtype());
            assertBits(want[f], r.toDoubleArray(), ROUNDING.get(f).name, 0);
            NDArray r32 = ROUNDING.get(f).f.apply(Np.array(x).astype(DType.FLOAT32));
            assertEquals(DType.FLOAT32, r32.dtype());
            double[] want32 = new double[x.length];
            for (int i = 0; i < x.length; i++) want32[i] = (float) want[f][i];
            double[] got32 = r32.toDoubleArray();
            // float32 rounding of the inputs changes a few (4503599627370495.5f, 0.49999999999999994f = 0.5f, MIN_VALUE -> 0)
            for (int i : new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 14}) {
                assertBits(new double[] {want32[i]}, new double[] {got32[i]}, ROUNDING.get(f).name + " float32 element " + i, 0);
            }
        }
    }

    @Test
    void logsMatchNumpy() {
        double[] x = {0.0, -0.0, 1.0, 8.0, 0.5, Double.MIN_VALUE, Double.MIN_NORMAL, 0x1p1023, INF, -INF, NAN, -1.0, 3.0, 10.0, 0.1,
                1.0000000000000002, 0.9999999999999999, 1e-310, Double.MAX_VALUE};
        double[][] want = {
                {0.0, -0.0, 0.6931471805599453, 2.1972245773362196, 0.4054651081081644, 5e-324, 2.2250738585072014e-308,
                        709.0895657128241, INF, NAN, NAN, -INF, 1.3862943611198906, 2.3978952727983707, 0.09531017980432487,
                        0.6931471805599454, 0.6931471805599453, 1e-310, 709.782712893384},
                {0.0, -0.0, 1.7182818284590453, 2979.9579870417283, 0.6487212707001282, 5e-324, 2.2250738585072014e-308, INF, INF,
                        -1.0, NAN, -0.6321205588285577, 19.085536923187668, 22025.465794806718, 0.10517091807564763,
                        1.7182818284590458, 1.7182818284590449, 1e-310, INF},
                {-INF, -INF, 0.0, 3.0, -1.0, -1074.0, -1022.0, 1023.0, INF, NAN, NAN, NAN, 1.584962500721156, 3.321928094887362,
                        -3.321928094887362, 3.203426503814917e-16, -1.6017132519074588e-16, -1029.7977094150824, 1024.0},
                {-INF, -INF, 0.0, 0.9030899869919435, -0.3010299956639812, -323.3062153431158, -307.6526555685888,
                        307.95368556425274, INF, NAN, NAN, NAN, 0.47712125471966244, 1.0, -1.0, 9.64327466553287e-17,
                        -4.821637332766436e-17, -310.0, 308.25471555991675}};
        for (int f = 0; f < LOGS.size(); f++) {
            assertBits(want[f], LOGS.get(f).f.apply(Np.array(x)).toDoubleArray(), LOGS.get(f).name, 1);
        }
        // exact cases: integers' log2 and log10 exactly, and log1p / expm1's own specials
        double[] y = {-1.0, -2.0, -0.0, 0.0, 1e-300, -1e-300, 5e-324, -5e-324, INF, -INF, NAN, 710.0, -40.0, 1e300};
        assertBits(new double[] {-INF, NAN, -0.0, 0.0, 1e-300, -1e-300, 5e-324, -5e-324, INF, NAN, NAN, 6.566672429803241, NAN,
                690.7755278982137}, Np.array(y).log1p().toDoubleArray(), "log1p", 1);
        assertBits(new double[] {-0.6321205588285577, -0.8646647167633873, -0.0, 0.0, 1e-300, -1e-300, 5e-324, -5e-324, INF, -1.0,
                NAN, INF, -1.0, INF}, Np.array(y).expm1().toDoubleArray(), "expm1", 1);
        for (int k = -1074; k <= 1023; k++) {
            assertEquals(k, Np.array(Math.scalb(1.0, k)).log2().toDoubleArray()[0], "log2(2^" + k + ")");
        }
        for (int k = 0; k <= 22; k++) {
            assertEquals(k, Np.array(Double.parseDouble("1e" + k)).log10().toDoubleArray()[0], "log10(1e" + k + ")");
        }
    }

    /** NumPy 2: floor, ceil and trunc keep integer and bool dtypes (values unchanged); rint and the logs make integers float64 (bool: float16, as NumPy). */
    @Test
    void resultDtypesForIntegersAndBools() {
        NDArray i64 = Np.array(new long[] {-3, 0, 7}), i32 = i64.astype(DType.INT32), b = Np.array(new long[] {1, 0, 1}).astype(DType.BOOL);
        for (Fn f : ROUNDING.subList(0, 3)) {
            assertEquals(DType.INT64, f.f.apply(i64).dtype(), f.name);
            assertEquals(DType.INT32, f.f.apply(i32).dtype(), f.name);
            assertEquals(DType.BOOL, f.f.apply(b).dtype(), f.name);
            assertArrayEquals(new long[] {-3, 0, 7}, f.f.apply(i64).toLongArray(), f.name);
            assertArrayEquals(new long[] {-3, 0, 7}, f.f.apply(i32).toLongArray(), f.name);
            assertArrayEquals(new long[] {1, 0, 1}, f.f.apply(b).astype(DType.INT64).toLongArray(), f.name);
        }
        for (Fn f : List.of(ROUNDING.get(3), LOGS.get(0), LOGS.get(1), LOGS.get(2), LOGS.get(3))) {
            assertEquals(DType.FLOAT64, f.f.apply(i64).dtype(), f.name);
            assertEquals(DType.FLOAT64, f.f.apply(i32).dtype(), f.name);
            assertEquals(DType.FLOAT16, f.f.apply(b).dtype(), f.name);
        }
        assertArrayEquals(new double[] {-3, 0, 7}, i64.rint().toDoubleArray());
        assertArrayEquals(new double[] {0, Double.NEGATIVE_INFINITY, 0}, b.log2().toDoubleArray());
    }

    /** Long arrays (vector loop where there is one), strided views (scalar loop), fused chains: compiled == reference, bit for bit. */
    @Test
    void compiledMatchesReference() {
        SplittableRandom r = new SplittableRandom(17);
        double[] x = new double[1003];
        for (int i = 0; i < x.length; i++) {
            x[i] = switch (i % 6) {
                case 0 -> r.nextLong(-40, 40) * 0.5;
                case 1 -> r.nextDouble(-3, 3);
                case 2 -> Math.scalb(r.nextDouble(-1, 1), r.nextInt(-1074, 1024));
                case 3 -> Double.longBitsToDouble(r.nextLong());
                case 4 -> r.nextDouble(-1e-3, 1e-3);
                default -> new double[] {0.0, -0.0, NAN, INF, -INF, -1.0, 0x1p52 + 0.5, -(0x1p51 + 0.5), 0x1p23 - 0.5}[r.nextInt(9)];
            };
        }
        for (DType d : List.of(DType.FLOAT64, DType.FLOAT32)) {
            NDArray a = Np.array(x).astype(d).eval();
            for (Fn f : List.of(ROUNDING.get(0), ROUNDING.get(1), ROUNDING.get(2), ROUNDING.get(3), LOGS.get(0), LOGS.get(1), LOGS.get(2), LOGS.get(3))) {
                check(f.f.apply(a), f.name + " " + d);
                check(f.f.apply(a.slice(0, null, null, 3)), f.name + " strided " + d);
                check(f.f.apply(a.mul(1.5)).add(a), f.name + " fused " + d);
            }
        }
    }

    private static void check(NDArray result, String what) {
        StridedArray expected = ReferenceEvaluator.evaluate(result.node());
        StridedArray actual = result.value();
        assertEquals(expected.dtype(), actual.dtype(), what);
        for (long i = 0; i < expected.size(); i++) {
            double e = expected.getDoubleFlat(i), a = actual.getDoubleFlat(i);
            if (Double.isNaN(e) && Double.isNaN(a)) continue;
            assertEquals(Double.doubleToRawLongBits(e), Double.doubleToRawLongBits(a), what + " element " + i + ": " + e + " vs " + a);
        }
    }
}
