package org.ndjit;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * SEMANTICS 1.6 and 3.7: NaN at every position class of the vector loop (first element, middle,
 * last lane of the first vector, first lane of the second, last element of the last full vector,
 * first tail element (= loopBound), inside the tail, last element), all NaN, two NaNs, NaN after
 * +inf, and +-0 mixes, in both operands, for max, min, maximum, minimum, argmax, argmin and clip, in
 * float64 and float32. Expected values follow NumPy (NaN propagates; argmax/argmin return the first
 * NaN; ties the first occurrence; +-0 compare equal), computed here independently; the compiled result
 * must also equal the reference bit for bit (which fixes the sign of zero as Math.max does). The six
 * comparisons, where and logic on the comparisons' bools are checked at the same positions, also
 * between float32 and float64 operands and through casts to ints (NaN to 0) in one kernel. A second
 * test runs 3,000 rows per call so the generated loops are JIT-compiled (C2 miscompiled vector
 * min/max with NaN before: JDK-8256054).
 */
class NaNPositionsTest {
    /** Set in the Surefire executions that rerun this class in other JVMs (runtime/pom.xml): fewer sizes there, for the suite's time. */
    private static final boolean FEWER_CASES = Boolean.getBoolean("ndjit.test.fewerCases");
    static int vl(DType d) {
        return TailsAndStridesTest.vl(d);
    }

    /** A row with a named NaN / +-0 pattern. */
    record Pattern(String name, double[] row) {}

    /** Base values: distinct, exactly representable in float32, in (-4, 4). */
    static double[] base(int n, long seed) {
        java.util.Random rng = new java.util.Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = (rng.nextInt(1 << 16) - (1 << 15)) / 8192.0 + i * 1e-4;
        for (int i = 0; i < n; i++) x[i] = (float) x[i];
        return x;
    }

    static List<Pattern> patterns(int vl, int n, long seed) {
        int loopBound = n - n % vl;
        List<Pattern> out = new ArrayList<>();
        out.add(new Pattern("no NaN", base(n, seed)));
        int[] positions = {0, n / 2, vl - 1, vl, loopBound - 1, loopBound, Math.min(n - 1, loopBound + 1), n - 1};
        String[] names = {"first", "middle", "last lane of vector 0", "first lane of vector 1", "last of last full vector",
                          "first tail element (loopBound)", "in the tail", "last"};
        for (int k = 0; k < positions.length; k++) {
            double[] x = base(n, seed + k + 1);
            x[positions[k]] = Double.NaN;
            out.add(new Pattern("NaN at " + names[k] + " (" + positions[k] + ")", x));
        }
        double[] all = new double[n];
        java.util.Arrays.fill(all, Double.NaN);
        out.add(new Pattern("all NaN", all));
        double[] two = base(n, seed + 20);
        two[n - 1] = Double.NaN;
        two[1] = Double.NaN;
        out.add(new Pattern("NaN at 1 and last", two));
        double[] inf = base(n, seed + 21);
        inf[0] = Double.POSITIVE_INFINITY;
        inf[2] = Double.NEGATIVE_INFINITY;
        inf[loopBound - 1] = Double.NaN;
        out.add(new Pattern("+inf first, NaN at loopBound-1", inf));
        double[] zeros = new double[n];
        for (int i = 0; i < n; i++) zeros[i] = i % 2 == 0 ? -0.0 : 0.0;
        out.add(new Pattern("+-0 alternating from -0", zeros));
        double[] zeros2 = new double[n];
        for (int i = 0; i < n; i++) zeros2[i] = i % 3 == 0 ? 0.0 : -0.0;
        zeros2[loopBound] = Double.NaN;
        out.add(new Pattern("+-0 from +0, NaN at loopBound", zeros2));
        double[] negZero = new double[n];
        java.util.Arrays.fill(negZero, -1.0);
        negZero[vl + 1] = -0.0;
        negZero[n - 2] = 0.0;
        out.add(new Pattern("-1 with -0 at VL+1 and +0 at n-2", negZero));
        double[] negInf = new double[n];
        java.util.Arrays.fill(negInf, Double.NEGATIVE_INFINITY);
        negInf[n - 1] = Double.NaN;
        out.add(new Pattern("-inf with NaN last", negInf));
        return out;
    }

    // ---- NumPy's rules, written out. ----

    static double npMax(double[] x, boolean max) {
        double best = x[0];
        for (double v : x) {
            if (Double.isNaN(v)) return Double.NaN;
            if (max ? v > best : v < best) best = v;
        }
        return best;
    }

    static long npArg(double[] x, boolean max) {
        for (int i = 0; i < x.length; i++) if (Double.isNaN(x[i])) return i;
        int best = 0;
        for (int i = 1; i < x.length; i++) if (max ? x[i] > x[best] : x[i] < x[best]) best = i;
        return best;
    }

    static double npMaximum(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) return Double.NaN;
        return a >= b ? a : b;
    }

    static double npMinimum(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) return Double.NaN;
        return a <= b ? a : b;
    }

    static NDArray array(DType d, double[] x) {
        if (d == DType.FLOAT64) return Np.array(x.clone());
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) f[i] = (float) x[i];
        return Np.array(f);
    }

    /** NumPy equality: NaN matches NaN, +0 matches -0. */
    static boolean npEquals(double expected, double actual) {
        return Double.isNaN(expected) ? Double.isNaN(actual) : expected == actual;
    }

    private static void expectScalar(List<String> failures, String what, NDArray x, double numpy) {
        StridedArray expected = ReferenceEvaluator.evaluate(x.node());
        double actual = x.itemDouble();
        if (!npEquals(numpy, actual)) failures.add(what + ": NumPy gives " + numpy + ", compiled gives " + actual);
        try {
            CodegenEdgeSupport.assertBitIdentical(expected, x.value(), what);
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }

    private static void expectArray(List<String> failures, String what, NDArray x, double[] numpy) {
        StridedArray expected = ReferenceEvaluator.evaluate(x.node());
        double[] actual = x.toDoubleArray();
        for (int i = 0; i < numpy.length; i++) {
            if (!npEquals(numpy[i], actual[i])) {
                failures.add(what + ": element " + i + ": NumPy gives " + numpy[i] + ", compiled gives " + actual[i]);
                break;
            }
        }
        try {
            CodegenEdgeSupport.assertBitIdentical(expected, x.value(), what);
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }

    static double[] zip(double[] a, double[] b, BinaryOperator<Double> f) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) out[i] = f.apply(a[i], b[i]);
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyPatternInBothOperands() {
        List<DynamicTest> tests = new ArrayList<>();
        for (DType d : List.of(DType.FLOAT64, DType.FLOAT32)) {
            int v = vl(d);
            // A row of 4 full vectors and a tail of 3; and one crossing the reduction's 1024-element blocks.
            for (int n : new int[] {4 * v + 3, 2 * 1024 + v + 3}) {
                List<Pattern> ps = patterns(v, n, 17);
                if (n > 1024) {
                    for (int p : new int[] {1023, 1024, 2047, 2048}) {
                        double[] x = base(n, 99 + p);
                        x[p] = Double.NaN;
                        ps.add(new Pattern("NaN at block position " + p, x));
                    }
                }
                for (int k = 0; k < ps.size(); k++) {
                    Pattern a = ps.get(k), b = ps.get((k * 5 + 3) % ps.size());
                    tests.add(DynamicTest.dynamicTest(d + " n=" + n + " a: " + a.name() + ", b: " + b.name(), () -> check(d, a, b)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(DType d, Pattern pa, Pattern pb) {
        double[] a = pa.row(), b = pb.row();
        List<String> failures = new ArrayList<>();
        // Each array is built fresh per expression, so reductions fuse their input instead of reading a memo.
        expectScalar(failures, "max(a)", array(d, a).max(), npMax(a, true));
        expectScalar(failures, "min(a)", array(d, a).min(), npMax(a, false));
        expectScalar(failures, "argmax(a)", array(d, a).argmax(), npArg(a, true));
        expectScalar(failures, "argmin(a)", array(d, a).argmin(), npArg(a, false));
        for (boolean swap : new boolean[] {false, true}) {
            double[] x = swap ? b : a, y = swap ? a : b;
            String o = swap ? "(b, a)" : "(a, b)";
            double[] mx = zip(x, y, NaNPositionsTest::npMaximum), mn = zip(x, y, NaNPositionsTest::npMinimum);
            expectArray(failures, "maximum" + o, array(d, x).maximum(array(d, y)), mx);
            expectArray(failures, "minimum" + o, array(d, x).minimum(array(d, y)), mn);
            expectScalar(failures, "max(maximum" + o + ")", array(d, x).maximum(array(d, y)).max(), npMax(mx, true));
            expectScalar(failures, "argmax(maximum" + o + ")", array(d, x).maximum(array(d, y)).argmax(), npArg(mx, true));
            expectScalar(failures, "min(minimum" + o + ")", array(d, x).minimum(array(d, y)).min(), npMax(mn, false));
            expectScalar(failures, "argmin(minimum" + o + ")", array(d, x).minimum(array(d, y)).argmin(), npArg(mn, false));
            expectScalar(failures, "argmax(minimum" + o + ")", array(d, x).minimum(array(d, y)).argmax(), npArg(mn, true));
            // clip with array bounds: lo = min(x, y) - ... is NaN where either is; hi = 1.5.
            double[] clipped = new double[x.length];
            for (int i = 0; i < x.length; i++) clipped[i] = npMinimum(npMaximum(x[i], y[i]), 1.5);
            expectArray(failures, "clip(x, lo=y, hi=1.5) " + o, array(d, x).clip(array(d, y), Np.full(new long[] {x.length}, 1.5, d)), clipped);
        }
        double[] clipped = new double[a.length];
        for (int i = 0; i < a.length; i++) clipped[i] = npMinimum(npMaximum(a[i], -0.5), 0.75);
        expectArray(failures, "clip(a, -0.5, 0.75)", array(d, a).clip(-0.5, 0.75), clipped);
        expectScalar(failures, "argmax(clip(a, -0.5, 0.75))", array(d, a).clip(-0.5, 0.75).argmax(), npArg(clipped, true));
        expectScalar(failures, "max(clip(a, -0.5, 0.75))", array(d, a).clip(-0.5, 0.75).max(), npMax(clipped, true));
        double[] nanClip = new double[a.length];
        java.util.Arrays.fill(nanClip, Double.NaN);
        expectArray(failures, "clip(a, NaN, 1)", array(d, a).clip(Double.NaN, 1.0), nanClip);
        expectArray(failures, "clip(a, 0, NaN)", array(d, a).clip(0.0, Double.NaN), nanClip);
        // clip with lo > hi gives hi (minimum(maximum(x, lo), hi)), NaN still propagating.
        double[] swapped = new double[a.length];
        for (int i = 0; i < a.length; i++) swapped[i] = npMinimum(npMaximum(a[i], 1.0), -1.0);
        expectArray(failures, "clip(a, 1, -1)", array(d, a).clip(1.0, -1.0), swapped);
        compareAndWhere(failures, d, a, b);
        if (!failures.isEmpty()) throw new AssertionError(failures.size() + " failures:\n  " + String.join("\n  ", failures));
    }

    /**
     * Comparisons are Java's operators (false with NaN but for !=, +0 equal to -0), where selects as
     * the ternary does (a NaN condition operand gives false, so the else value): lanewise in the vector
     * loop, with the bools held as masks, at every NaN position.
     */
    private static void compareAndWhere(List<String> failures, DType d, double[] a, double[] b) {
        expectArray(failures, "a == b", array(d, a).eq(array(d, b)), zip(a, b, (x, y) -> x.doubleValue() == y ? 1.0 : 0.0));
        expectArray(failures, "a != b", array(d, a).ne(array(d, b)), zip(a, b, (x, y) -> x.doubleValue() != y ? 1.0 : 0.0));
        expectArray(failures, "a < b", array(d, a).lt(array(d, b)), zip(a, b, (x, y) -> x < y ? 1.0 : 0.0));
        expectArray(failures, "a <= b", array(d, a).le(array(d, b)), zip(a, b, (x, y) -> x <= y ? 1.0 : 0.0));
        expectArray(failures, "a > b", array(d, a).gt(array(d, b)), zip(a, b, (x, y) -> x > y ? 1.0 : 0.0));
        expectArray(failures, "a >= b", array(d, a).ge(array(d, b)), zip(a, b, (x, y) -> x >= y ? 1.0 : 0.0));
        expectArray(failures, "where(a > b, a, b)", Np.where(array(d, a).gt(array(d, b)), array(d, a), array(d, b)), zip(a, b, (x, y) -> x > y ? x : y));
        expectArray(failures, "where(a != a, 0, a)", Np.where(array(d, a).ne(array(d, a)), 0.0, array(d, a)), zip(a, a, (x, y) -> Double.isNaN(x) ? 0.0 : x));
        expectArray(failures, "where(a > 0, a, a * 0.5)", Np.where(array(d, a).gt(0), array(d, a), array(d, a).mul(0.5)), zip(a, a, (x, y) -> x > 0 ? x : x * 0.5));
        expectArray(failures, "(a < 0.5) & (b >= -0.5) | (a == b)", array(d, a).lt(0.5).and(array(d, b).ge(-0.5)).or(array(d, a).eq(array(d, b))),
                zip(a, b, (x, y) -> (x < 0.5 && y >= -0.5) || x.doubleValue() == y ? 1.0 : 0.0));
        expectArray(failures, "(a > b) as float * b", array(d, a).gt(array(d, b)).astype(d).mul(array(d, b)), zip(a, b, (x, y) -> (x > y ? 1.0 : 0.0) * y));
        // Mixed dtypes in one vector loop (float32 cast to float64 inside the kernel; the values are float32's): masks of
        // float64's species selecting float64 lanes, and float-to-int casts taking NaN to 0.
        DType other = d == DType.FLOAT64 ? DType.FLOAT32 : DType.FLOAT64;
        expectArray(failures, "a > b:" + other, array(d, a).gt(array(other, b)), zip(a, b, (x, y) -> x > y ? 1.0 : 0.0));
        expectArray(failures, "where(a < b:" + other + ", a, b)", Np.where(array(d, a).lt(array(other, b)), array(d, a), array(other, b)), zip(a, b, (x, y) -> x < y ? x : y));
        expectArray(failures, "a as int32 + b as int64", array(d, a).astype(DType.INT32).add(array(d, b).astype(DType.INT64)),
                zip(a, b, (x, y) -> (double) ((int) x.doubleValue() + (long) y.doubleValue())));
    }

    /** Rows of (R, n) from a (R, n+1) buffer, so rows do not coalesce: row() runs R times per materialization. */
    static NDArray rows(DType d, double[][] rows) {
        int r = rows.length, n = rows[0].length;
        double[] flat = new double[r * (n + 1)];
        for (int i = 0; i < r; i++) System.arraycopy(rows[i], 0, flat, i * (n + 1), n);
        return array(d, flat).reshape(r, n + 1).get(":, :" + n);
    }

    @Test
    void hotLoopsKeepNaNAndSignedZeroSemantics() {
        int r = FEWER_CASES ? 500 : 3000;
        for (DType d : List.of(DType.FLOAT64, DType.FLOAT32)) {
            int v = vl(d), n = 4 * v + 3;
            List<Pattern> ps = patterns(v, n, 5);
            double[][] a = new double[r][], b = new double[r][];
            for (int i = 0; i < r; i++) {
                a[i] = ps.get(i % ps.size()).row();
                b[i] = ps.get((i / ps.size() + 2 * i + 1) % ps.size()).row();
            }
            for (int round = 0; round < (FEWER_CASES ? 4 : 8); round++) {
                List<String> failures = new ArrayList<>();
                NDArray x = rows(d, a), y = rows(d, b);
                double[] mx = new double[r * n], mn = new double[r * n], rowMax = new double[r], rowArgmin = new double[r];
                for (int i = 0; i < r; i++) {
                    for (int j = 0; j < n; j++) {
                        mx[i * n + j] = npMaximum(a[i][j], b[i][j]);
                        mn[i * n + j] = npMinimum(a[i][j], b[i][j]);
                    }
                    rowMax[i] = npMax(a[i], true);
                    rowArgmin[i] = npArg(a[i], false);
                }
                expectArray(failures, d + " round " + round + " maximum of rows", x.maximum(y), mx);
                expectArray(failures, d + " round " + round + " minimum of rows", x.minimum(y), mn);
                double[] where = new double[r * n], ne = new double[r * n];
                for (int i = 0; i < r; i++) {
                    for (int j = 0; j < n; j++) {
                        where[i * n + j] = a[i][j] > b[i][j] ? a[i][j] : b[i][j];
                        ne[i * n + j] = a[i][j] != b[i][j] ? 1 : 0;
                    }
                }
                expectArray(failures, d + " round " + round + " where(x > y, x, y) of rows", Np.where(x.gt(y), x, y), where);
                expectArray(failures, d + " round " + round + " x != y of rows", x.ne(y), ne);
                expectArray(failures, d + " round " + round + " max(axis=1)", rows(d, a).max(1), rowMax);
                expectArray(failures, d + " round " + round + " argmin(axis=1)", rows(d, a).argmin(1), rowArgmin);
                double[] fusedArgmax = new double[r];
                for (int i = 0; i < r; i++) fusedArgmax[i] = npArg(java.util.Arrays.copyOfRange(mx, i * n, (i + 1) * n), true);
                expectArray(failures, d + " round " + round + " argmax(maximum, axis=1)", rows(d, a).maximum(rows(d, b)).argmax(1), fusedArgmax);
                assertEquals(List.of(), failures);
            }
        }
    }
}
