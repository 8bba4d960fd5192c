package org.ndjit;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * float16 sums and means against NumPy's (dtypes/float16_sums.tsv, from gen_float16_sums_fixture.py):
 * a million positive values, long sums of both signs and wide magnitudes, and 2-D arrays over all
 * axes, axis 0 and axis 1, long rows and long columns.
 *
 * <p>The two add differently. This library adds float16 in compensated float64 lanes (as every float
 * sum, {@code ir.Reduction}) and rounds once: its sum is the exact sum rounded to float16, its mean the
 * exact sum rounded to float32, divided in float32, rounded to float16; both are checked here against
 * the exact sum (float16 values are multiples of 2^-24 below 2^16, so a long holds it). NumPy adds in
 * float32 and rounds once along a contiguous axis, but over axis 0 it rounds every partial sum to
 * float16 (in this fixture up to 406 ulps of NumPy's result away from the library's, where a column's
 * partial sums cancel), and its mean adds in float32; along contiguous axes the two agree here. Each of NumPy's results is within the bound the generator derives and
 * checks on 3,000 random cases (NumPy came within 0.999 of it, never over):
 * {@code |L - N| <= (ulp16(L) + ulp16(N)) / 2 + (n + 2) 2^-24 A + R ((2^-11 + 2^-24) A + 2^-25)}, with
 * A the sum of |x| (divided by n for a mean) and R NumPy's float16 roundings of a partial sum
 * ({@code n - 1} for a sum over axis 0, else 0).
 */
class Float16SumsTest {
    private static final double EPS32 = 0x1p-24, HALF_ULP_SUBNORMAL = 0x1p-25;

    @TestFactory
    List<DynamicTest> sumsAndMeansAreWithinTheBoundOfNumpys() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : fixture()) {
            String[] f = line.split("\t");
            String name = f[0] + " " + f[4] + " axis " + f[5];
            tests.add(DynamicTest.dynamicTest(name, () -> check(name, Integer.parseInt(f[1]), Long.parseLong(f[2]),
                    Arrays.stream(f[3].split("x")).mapToLong(Long::parseLong).toArray(), f[4].equals("mean"), f[5], f[6].split(","))));
        }
        assertEquals(42, tests.size(), "fixture lines");
        return tests;
    }

    private static void check(String name, int kind, long seed, long[] shape, boolean mean, String axis, String[] numpyBits) {
        float[] x = values(kind, seed, Math.toIntExact(org.ndjit.ir.Shapes.size(shape)));
        NDArray a = Np.array(x).astype(DType.FLOAT16).reshape(shape);
        int[] axes = axis.equals("all") ? null : new int[] {Integer.parseInt(axis)};
        NDArray r = axes == null ? (mean ? a.mean() : a.sum()) : (mean ? a.mean(axes, false) : a.sum(axes, false));
        assertEquals(DType.FLOAT16, r.dtype(), name);
        float[] got = r.toFloatArray();
        assertEquals(numpyBits.length, got.length, name);
        long cols = shape.length == 1 ? 1 : shape[1];
        long n = axes == null ? x.length : shape[axes[0]];
        long roundings = !mean && axes != null && axes[0] == 0 ? n - 1 : 0;
        for (int o = 0; o < got.length; o++) {
            long exact = 0; // the sum in units of 2^-24
            double absSum = 0;
            for (long j = 0; j < n; j++) {
                long at = axes == null ? j : axes[0] == 0 ? j * cols + o : o * cols + j;
                exact += Math.round(Math.scalb((double) x[(int) at], 24));
                absSum += Math.abs(x[(int) at]);
            }
            double a0 = mean ? absSum / n : absSum;
            float library = got[o], numpy = Float.float16ToFloat((short) Integer.parseInt(numpyBits[o], 16));
            double exactValue = exact * 0x1p-24 / (mean ? n : 1);
            String at = name + " output " + o + ": library " + library + ", NumPy " + numpy + ", exact " + exactValue;
            // The library's own error: half an ulp of its result, a few float64 ulps of its compensated sum,
            // and for a mean its float32 sum and division.
            assertTrue(Math.abs(library - exactValue) <= ulp16(library) / 2 + 0x1p-40 * Math.abs(exactValue) + (mean ? 2 * EPS32 * a0 : 0), at);
            double bound = (ulp16(library) + ulp16(numpy)) / 2 + (n + 2) * EPS32 * a0 + roundings * ((0x1p-11 + EPS32) * a0 + HALF_ULP_SUBNORMAL);
            assertTrue(Math.abs(library - numpy) <= bound, at + ", bound " + bound);
        }
    }

    /** The spacing of float16 values at {@code v}'s magnitude (2^-24 among subnormals and at zero). */
    static double ulp16(double v) {
        double m = Math.abs(v);
        return m < 0x1p-14 ? 0x1p-24 : Math.scalb(1.0, Math.getExponent(m) - 10);
    }

    /** The generator's inputs (see gen_float16_sums_fixture.py): float32 values rounded to float16 once. */
    static float[] values(int kind, long seed, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            long z = seed + i * 0x9E3779B97F4A7C15L;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z ^= z >>> 31;
            long k = z >>> 40;
            double v = switch (kind) {
                case 0 -> Math.scalb((double) k, -31);
                case 1 -> Math.scalb((double) (k - (1L << 23)), -23);
                default -> Math.scalb((double) (k - (1L << 23)), (int) (z & 15) - 12 - 23);
            };
            x[i] = Float.float16ToFloat(Float.floatToFloat16((float) v));
        }
        return x;
    }

    private static List<String> fixture() throws IOException {
        try (InputStream in = Float16SumsTest.class.getResourceAsStream("/dtypes/float16_sums.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
        }
    }
}
