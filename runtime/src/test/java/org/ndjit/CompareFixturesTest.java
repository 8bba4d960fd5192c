package org.ndjit;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ndjit.Linalg2FixturesTest.within;

/**
 * partition, argpartition, isclose, allclose, arrayEqual, nanToNum and average against NumPy's
 * answers in {@code resources/compare/cases.tsv} (made by {@code src/test/python/gen_compare_fixtures.py},
 * in {@link Linalg2FixturesTest}'s format), with NumPy's messages for the errors.
 *
 * <p>partition and argpartition: NumPy leaves the order on each side of kth unspecified, so each
 * row must hold NumPy's k-th value at k (numerically: -0.0 and 0.0 tie), nothing larger before it
 * and nothing smaller after it (NaN sorting last), and be a permutation of the input row (argpartition:
 * its indices a permutation, the gathered row with the same property). isclose, allclose, arrayEqual
 * and nanToNum are exact, bit for bit. average is within {@code 4 (N + 2) eps sum|x w| / |sum w|}
 * (two sums of N terms and a division).
 */
class CompareFixturesTest {

    @TestFactory
    Stream<DynamicTest> matchesNumPy() throws IOException {
        return Linalg2FixturesTest.read("/compare/cases.tsv").stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c)));
    }

    private static void check(Linalg2FixturesTest.Case c) {
        if (c.error() != null) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> call(c).eval(), c.id());
            assertEquals(c.error().stripTrailing(), e.getMessage(), c.id()); // NumPy's broadcast message ends in a space (SEMANTICS 1.1 drops it)
            return;
        }
        NDArray want = c.outputs().get(0), got = call(c);
        assertArrayEquals(want.shape(), got.shape(), c.id() + " shape");
        assertEquals(want.dtype(), got.dtype(), c.id() + " dtype");
        switch (c.function()) {
            case "partition", "argpartition" -> checkPartition(c, want, got);
            case "average" -> {
                NDArray x = c.inputs().get(0).astype(DType.FLOAT64), w = c.inputs().get(1).astype(DType.FLOAT64);
                if (w.ndim() < x.ndim()) { // 1-D weights along the axis
                    long[] along = new long[x.ndim()];
                    Arrays.fill(along, 1);
                    along[org.ndjit.ir.Shapes.normalizeAxis(Integer.parseInt(c.argument()), x.ndim())] = w.size();
                    w = w.reshape(along);
                }
                double[] wants = doubles(want), haves = doubles(got);
                double n = x.size(), scale = x.mul(w).abs().sum().itemDouble() / w.sum().abs().itemDouble();
                double eps = got.dtype() == DType.FLOAT32 ? Math.ulp(1.0f) : Math.ulp(1.0);
                for (int i = 0; i < wants.length; i++) within(wants[i], haves[i], 4 * (n + 2) * eps * scale, c.id() + " element " + i);
            }
            default -> {
                double[] wants = doubles(want), haves = doubles(got);
                for (int i = 0; i < wants.length; i++) {
                    assertEquals(Double.doubleToLongBits(wants[i]), Double.doubleToLongBits(haves[i]), c.id() + " element " + i + ": " + haves[i] + " vs NumPy's " + wants[i]);
                }
            }
        }
    }

    private static void checkPartition(Linalg2FixturesTest.Case c, NDArray want, NDArray got) {
        String[] arg = c.argument().split(",");
        int axis = Integer.parseInt(arg[1]);
        NDArray x = c.inputs().get(0);
        long length = x.shape()[org.ndjit.ir.Shapes.normalizeAxis(axis, x.ndim())];
        if (length == 0) return;
        int k = (int) Math.floorMod(Long.parseLong(arg[0]), length);
        double[][] in = rows(x, axis), mine = rows(got, axis), numpys = rows(want, axis);
        boolean indices = c.function().equals("argpartition");
        for (int r = 0; r < in.length; r++) {
            double[] row = indices ? gather(in[r], mine[r]) : mine[r];
            double kth = indices ? in[r][(int) numpys[r][k]] : numpys[r][k];
            String where = c.id() + " row " + r;
            assertTrue(row[k] == kth || Double.isNaN(row[k]) && Double.isNaN(kth), where + ": " + row[k] + " at kth, NumPy's " + kth);
            for (int j = 0; j < row.length; j++) {
                if (j < k) assertTrue(order(row[j], row[k]) <= 0, where + ": " + row[j] + " before the kth " + row[k]);
                if (j > k) assertTrue(order(row[j], row[k]) >= 0, where + ": " + row[j] + " after the kth " + row[k]);
            }
            if (indices) assertArrayEquals(sorted(indices(in[r].length)), sorted(mine[r]), where + ": indices a permutation");
            assertArrayEquals(sorted(in[r]), sorted(row), where + ": a permutation of the row");
        }
    }

    /** NumPy's sort order: numbers by value (-0.0 equal to 0.0), NaN last. */
    private static int order(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) return Boolean.compare(Double.isNaN(a), Double.isNaN(b));
        return a < b ? -1 : a > b ? 1 : 0;
    }

    /** The array's lines along the axis, one double[] each. */
    private static double[][] rows(NDArray a, int axis) {
        NDArray moved = Np.moveaxis(a.astype(DType.FLOAT64), axis, -1);
        int length = (int) moved.shape()[moved.ndim() - 1];
        double[] flat = moved.toDoubleArray();
        double[][] rows = new double[length == 0 ? 0 : flat.length / length][];
        for (int r = 0; r < rows.length; r++) rows[r] = Arrays.copyOfRange(flat, r * length, (r + 1) * length);
        return rows;
    }

    private static double[] gather(double[] row, double[] at) {
        double[] out = new double[at.length];
        for (int i = 0; i < at.length; i++) out[i] = row[(int) at[i]];
        return out;
    }

    private static double[] indices(int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) out[i] = i;
        return out;
    }

    private static double[] sorted(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s;
    }

    private static double[] doubles(NDArray x) {
        return x.astype(DType.FLOAT64).toDoubleArray();
    }

    private static NDArray call(Linalg2FixturesTest.Case c) {
        List<NDArray> in = c.inputs();
        String[] arg = c.argument().split(",");
        NDArray a = in.get(0), b = in.size() > 1 ? in.get(1) : null;
        return switch (c.function()) {
            case "partition" -> Np.partition(a, Long.parseLong(arg[0]), Integer.parseInt(arg[1]));
            case "argpartition" -> a.argpartition(Long.parseLong(arg[0]), Integer.parseInt(arg[1]));
            case "isclose" -> Np.isclose(a, b, Double.parseDouble(arg[0]), Double.parseDouble(arg[1]), arg[2].equals("True"));
            case "allclose" -> Np.array(Np.allclose(a, b, Double.parseDouble(arg[0]), Double.parseDouble(arg[1]), arg[2].equals("True"))).reshape();
            case "array_equal" -> Np.array(Np.arrayEqual(a, b, arg[0].equals("True"))).reshape();
            case "nan_to_num" -> Np.nanToNum(a, number(arg[0]), arg[1].equals("None") ? null : number(arg[1]), arg[2].equals("None") ? null : number(arg[2]));
            case "average" -> arg[0].equals("None") ? Np.average(a, b) : Np.average(a, Integer.parseInt(arg[0]), b);
            default -> throw new AssertionError("unknown function " + c.function());
        };
    }

    private static double number(String s) {
        return switch (s) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }
}
