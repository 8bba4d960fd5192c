package org.ndjit;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ndjit.ir.DType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Element values against NumPy 2.4.6 (SEMANTICS 1.3-1.10). The expected values in the generated blocks
 * at the end come from {@code src/test/python/gen_semantics_fixtures.py}; the few values NumPy cannot
 * give (the library's deliberate divergences) are written in the tests, citing SEMANTICS.
 *
 * <p>Comparisons: + - * / sqrt, casts, comparisons, min/max, where, clip, floor_divide, remainder and
 * integer ops are single IEEE roundings (or exact), so they are compared bit for bit (SEMANTICS
 * decision 4), except that +0.0 equals -0.0 and every NaN equals every NaN. Transcendentals (exp, log,
 * sin, cos, tanh) are compared within a stated ulp bound: <b>at most 2 ulp for float64 and 4 ulp for
 * float32</b>, measured in the result dtype.
 */
class ElementwiseSemanticsTest {
    private static final double NaN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;
    /** The ulp bounds for transcendentals versus NumPy. */
    private static final int ULPS_F64 = 2, ULPS_F32 = 4;

    // ---- floor_divide and remainder (SEMANTICS 1.3, 1.4, 1.5). ----

    @TestFactory
    Stream<DynamicTest> integerFloorDivideAndRemainderTables() {
        return Stream.of(
                table("int32 //", "int32", I32_A, I32_B, I32_FLOOR_DIV, true),
                table("int32 %", "int32", I32_A, I32_B, I32_MOD, false),
                table("int64 //", "int64", I64_A, I64_B, I64_FLOOR_DIV, true),
                table("int64 %", "int64", I64_A, I64_B, I64_MOD, false)).flatMap(s -> s);
    }

    private static Stream<DynamicTest> table(String name, String dtype, long[] a, long[] b, long[] expected, boolean floorDiv) {
        DynamicTest grid = DynamicTest.dynamicTest(name + " A[:, None] op B (arrays)", () -> {
            NDArray x = arrL(dtype, a).reshape(a.length, 1), y = arrL(dtype, b);
            NDArray r = floorDiv ? x.floorDiv(y) : x.mod(y);
            assertEquals(dtype, r.dtype().toString());
            long[] got = r.toLongArray();
            List<String> bad = new ArrayList<>();
            for (int i = 0; i < a.length; i++) {
                for (int j = 0; j < b.length; j++) {
                    long e = expected[i * b.length + j], g = got[i * b.length + j];
                    if (e != g) bad.add(a[i] + (floorDiv ? " // " : " % ") + b[j] + ": got " + g + ", NumPy " + e);
                }
            }
            assertTrue(bad.isEmpty(), dtype + " " + bad);
        });
        DynamicTest weak = DynamicTest.dynamicTest(name + " A op weak long", () -> {
            List<String> bad = new ArrayList<>();
            for (int j = 0; j < b.length; j++) {
                NDArray r = floorDiv ? arrL(dtype, a).floorDiv(b[j]) : arrL(dtype, a).mod(b[j]);
                assertEquals(dtype, r.dtype().toString());
                long[] got = r.toLongArray();
                for (int i = 0; i < a.length; i++) {
                    long e = expected[i * b.length + j];
                    if (e != got[i]) bad.add(a[i] + (floorDiv ? " // " : " % ") + b[j] + "L: got " + got[i] + ", NumPy " + e);
                }
            }
            assertTrue(bad.isEmpty(), dtype + " " + bad);
        });
        return Stream.of(grid, weak);
    }

    @TestFactory
    Stream<DynamicTest> floatFloorDivideAndRemainderTables() {
        return Stream.of(
                table("float64 //", "float64", F64_A, F64_B, F64_FLOOR_DIV, true),
                table("float64 %", "float64", F64_A, F64_B, F64_MOD, false),
                table("float32 //", "float32", F32_A, F32_B, F32_FLOOR_DIV, true),
                table("float32 %", "float32", F32_A, F32_B, F32_MOD, false)).flatMap(s -> s);
    }

    private static Stream<DynamicTest> table(String name, String dtype, double[] a, double[] b, double[] expected, boolean floorDiv) {
        DynamicTest grid = DynamicTest.dynamicTest(name + " A[:, None] op B (arrays)", () -> {
            NDArray x = arr(dtype, a).reshape(a.length, 1), y = arr(dtype, b);
            NDArray r = floorDiv ? x.floorDiv(y) : x.mod(y);
            assertEquals(dtype, r.dtype().toString());
            double[] got = r.toDoubleArray();
            List<String> bad = new ArrayList<>();
            for (int i = 0; i < a.length; i++) {
                for (int j = 0; j < b.length; j++) {
                    double e = expected[i * b.length + j], g = got[i * b.length + j];
                    if (!same(e, g)) bad.add(a[i] + (floorDiv ? " // " : " % ") + b[j] + ": got " + g + ", NumPy " + e);
                }
            }
            assertTrue(bad.isEmpty(), dtype + " " + bad);
        });
        DynamicTest weak = DynamicTest.dynamicTest(name + " A op weak double", () -> {
            List<String> bad = new ArrayList<>();
            for (int j = 0; j < b.length; j++) {
                NDArray r = floorDiv ? arr(dtype, a).floorDiv(b[j]) : arr(dtype, a).mod(b[j]);
                assertEquals(dtype, r.dtype().toString());
                double[] got = r.toDoubleArray();
                for (int i = 0; i < a.length; i++) {
                    double e = expected[i * b.length + j];
                    if (!same(e, got[i])) bad.add(a[i] + (floorDiv ? " // " : " % ") + b[j] + ": got " + got[i] + ", NumPy " + e);
                }
            }
            assertTrue(bad.isEmpty(), dtype + " " + bad);
        });
        return Stream.of(grid, weak);
    }

    /** Named float cases: f32 -1e-10 % 1.0, 7 % inf, -7 // inf, -0.0 // 1, division by 0.0, pow(1, NaN), ... */
    @TestFactory
    Stream<DynamicTest> floatBinaryCases() {
        return Arrays.stream(FLOAT_BINARY_CASES).map(c -> {
            String dtype = (String) c[0], op = (String) c[1];
            double a = (Double) c[2], b = (Double) c[3], expected = (Double) c[4];
            return DynamicTest.dynamicTest(dtype + " " + a + " " + op + " " + b, () -> {
                NDArray r = binary(op, arr(dtype, a), arr(dtype, b));
                assertEquals(dtype, r.dtype().toString());
                assertSame(expected, r.toDoubleArray()[0], dtype + " " + a + " " + op + " " + b);
                // and with b as a weak Java double (b is exact in dtype, so NumPy gives the same)
                NDArray w = binaryWeak(op, arr(dtype, a), b);
                assertEquals(dtype, w.dtype().toString());
                assertSame(expected, w.toDoubleArray()[0], dtype + " " + a + " " + op + " weak " + b);
            });
        });
    }

    // ---- Integer division by zero: a deliberate divergence (SEMANTICS 1.4). ----

    /**
     * NumPy returns 0 with a warning; this library throws ArithmeticException when the value is computed
     * (not when the graph is built), naming the op and the first (smallest) index with a zero divisor.
     */
    @Test
    void integerDivisionByZeroThrowsNamingOpAndIndex() {
        for (String dtype : new String[] {"int32", "int64"}) {
            NDArray a = arrL(dtype, 7, -7, 1, 5, 3, 2), b = arrL(dtype, 1, 2, 3, 0, 4, 0);
            NDArray q = assertDoesNotThrow(() -> a.floorDiv(b), "building must not throw (only computing does)");
            NDArray m = assertDoesNotThrow(() -> a.mod(b));
            assertDivByZero(q::toLongArray, "floor_divide", "3", dtype + " //");
            assertDivByZero(m::toLongArray, "remainder", "3", dtype + " %");
            // weak Java zero
            assertDivByZero(() -> a.floorDiv(0).toLongArray(), "floor_divide", "0", dtype + " // 0L");
            assertDivByZero(() -> a.mod(0).toLongArray(), "remainder", "0", dtype + " % 0L");
        }
        // bool // bool computes in int32 here (numpy: int8); False is a zero divisor
        NDArray t = Np.array(true, true, true), f = Np.array(true, true, false);
        assertDivByZero(() -> t.floorDiv(f).toLongArray(), "floor_divide", "2", "bool //");
        assertDivByZero(() -> t.mod(f).toLongArray(), "remainder", "2", "bool %");
    }

    @Test
    void integerDivisionByZeroReportsTheFirstIndex() {
        // 2-D: zeros at (1, 1) and (1, 2); the first in C order is (1, 1), flat index 4
        NDArray a = Np.array(new long[][] {{1, 2, 3}, {4, 5, 6}}), b = Np.array(new long[][] {{1, 1, 1}, {1, 0, 0}});
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> a.floorDiv(b).toLongArray());
        assertTrue(e.getMessage().contains("floor_divide") || e.getMessage().contains("floorDiv"), e.getMessage());
        assertTrue(Pattern.compile("\\(1,\\s*1\\)|(?<![0-9])4(?![0-9])").matcher(e.getMessage()).find(),
                "message should name index (1, 1) (flat 4): " + e.getMessage());
        // a long array with zeros at 70001 and 90000: the message names 70001, deterministically
        int n = 100_000;
        int[] d = new int[n];
        Arrays.fill(d, 3);
        d[70_001] = 0;
        d[90_000] = 0;
        NDArray x = Np.arange(n).astype(DType.INT32), y = Np.array(d);
        for (int rep = 0; rep < 3; rep++) {
            assertDivByZero(() -> x.mod(y).toIntArray(), "remainder", "70001", "long int32 %");
        }
    }

    @Test
    void integerDivisionByZeroIsNotHiddenByWhereOrMultiplicationByZero() {
        NDArray a = Np.array(new long[] {6, 7, 8}), b = Np.array(new long[] {2, 0, 4});
        // NumPy evaluates both branches too, but only warns; here it throws (SEMANTICS 1.4, consequence 1)
        assertThrows(ArithmeticException.class, () -> Np.where(b.ne(0L), a.floorDiv(b), 0L).toLongArray());
        // no rewrite may drop a possibly-throwing division (SEMANTICS 1.4, consequence 2)
        assertThrows(ArithmeticException.class, () -> a.floorDiv(b).mul(0L).toLongArray());
        assertThrows(ArithmeticException.class, () -> a.mod(b).mul(0L).sum().toLongArray());
    }

    @Test
    void floatAndTrueDivisionByZeroDoNotThrow() {
        NDArray i32 = Np.array(1, -1, 0);
        NDArray q = i32.div(Np.array(0, 0, 0));
        assertEquals(DType.FLOAT64, q.dtype());
        assertSameArray(I32_TRUE_DIV_ZERO, q.toDoubleArray(), "int32 [1,-1,0] / int32 0");
        NDArray f = Np.array(7, -7).floorDiv(0.0);
        assertEquals(DType.FLOAT64, f.dtype());
        assertSameArray(I32_FLOORDIV_ZERO_DOUBLE, f.toDoubleArray(), "int32 // 0.0");
        NDArray t = Np.array(1, -7, 7, Integer.MIN_VALUE).div(Np.array(3, 2, -2, 3));
        assertEquals(DType.FLOAT64, t.dtype());
        assertSameArray(I32_TRUE_DIV, t.toDoubleArray(), "int32 / int32");
    }

    private static void assertDivByZero(Runnable compute, String opName, String index, String what) {
        ArithmeticException e = assertThrows(ArithmeticException.class, compute::run, what + " by zero must throw");
        String m = e.getMessage();
        assertTrue(m != null && (m.contains(opName) || m.contains(opName.equals("floor_divide") ? "floorDiv" : "mod")),
                what + ": message should name the op " + opName + ": " + m);
        assertTrue(Pattern.compile("(?<![0-9])" + index + "(?![0-9])").matcher(m).find(),
                what + ": message should name index " + index + ": " + m);
    }

    // ---- Integer wraparound (SEMANTICS 1.3). ----

    @TestFactory
    Stream<DynamicTest> integerWraparound() {
        return Arrays.stream(INT_CASES).map(c -> {
            String dtype = (String) c[0], op = (String) c[1];
            long a = (Long) c[2];
            Long b = (Long) c[3];
            long expected = (Long) c[4];
            Long expectedWeak = (Long) c[5];
            String label = dtype + " " + op + "(" + a + (b == null ? "" : ", " + b) + ")";
            return DynamicTest.dynamicTest(label, () -> {
                NDArray r = b == null ? unary(op, arrL(dtype, a)) : binary(op, arrL(dtype, a), arrL(dtype, b));
                assertEquals(dtype, r.dtype().toString(), label);
                assertEquals(expected, r.toLongArray()[0], label);
                if (b != null) {
                    NDArray w = binaryWeak(op, arrL(dtype, a), (long) b);
                    assertEquals(dtype, w.dtype().toString(), label + " weak");
                    assertEquals((long) expectedWeak, w.toLongArray()[0], label + " with a weak long");
                }
            });
        });
    }

    @Test
    void integerSumsAccumulateInInt64AndWrap() {
        NDArray s = Np.array(1 << 30, 1 << 30, 1 << 30).sum();
        assertEquals(DType.INT64, s.dtype());
        assertEquals(SUM_I32_2POW30_X3, s.itemLong());
        assertEquals(SUM_I32_MAX_X3, Np.array(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE).sum().itemLong());
        assertEquals(SUM_I64_2POW62_X2, Np.array(1L << 62, 1L << 62).sum().itemLong());
        NDArray p = Np.array(65536, 65536).prod();
        assertEquals(DType.INT64, p.dtype());
        assertEquals(PROD_I32_65536_X2, p.itemLong());
    }

    @Test
    void negativeIntegerPowerIsAnError() {
        // NumPy: ValueError "Integers to negative integer powers are not allowed." for arrays and scalars
        RuntimeException e = assertThrows(RuntimeException.class, () -> Np.array(2, 3).pow(Np.array(1, -1)).toLongArray());
        assertTrue(e.getMessage().contains("Integers to negative integer powers are not allowed."), e.getMessage());
        e = assertThrows(RuntimeException.class, () -> Np.array(2L, 3L).pow(-1L).toLongArray());
        assertTrue(e.getMessage().contains("Integers to negative integer powers are not allowed."), e.getMessage());
    }

    // ---- Unary IEEE edges (SEMANTICS 1.5): sqrt(-0.0), sign(-0.0), log(0), log(-1), exp overflow, ... ----

    @TestFactory
    Stream<DynamicTest> unaryCases() {
        return Arrays.stream(UNARY_CASES).map(c -> {
            String dtype = (String) c[0], op = (String) c[1];
            double x = (Double) c[2], expected = (Double) c[3];
            int ulps = (Integer) c[4];
            String label = dtype + " " + op + "(" + x + ")" + (ulps > 0 ? " within " + ulps + " ulp" : "");
            return DynamicTest.dynamicTest(label, () -> {
                NDArray r = unary(op, arr(dtype, x));
                assertEquals(dtype, r.dtype().toString(), label);
                double got = r.toDoubleArray()[0];
                if (ulps == 0) assertSame(expected, got, label);
                else assertUlps(expected, got, dtype.equals("float32"), ulps, label);
            });
        });
    }

    // ---- NaN propagation and position (SEMANTICS 1.6). ----

    @TestFactory
    Stream<DynamicTest> nanInReductions() {
        return Arrays.stream(NAN_REDUCE).map(c -> {
            String dtype = (String) c[0];
            int pos = (Integer) c[1];
            double max = (Double) c[2], min = (Double) c[3];
            long argmax = (Integer) c[4], argmin = (Integer) c[5];
            String where = pos == 13 ? "NaN at 1 and 3" : "NaN at " + pos;
            return DynamicTest.dynamicTest(dtype + " max/min/argmax/argmin, " + where, () -> {
                double[] v = NAN_BASE.clone();
                if (pos == 13) {
                    v[1] = NaN;
                    v[3] = NaN;
                } else {
                    v[pos] = NaN;
                }
                NDArray x = arr(dtype, v);
                assertSame(max, x.max().itemDouble(), dtype + " max, " + where);
                assertSame(min, x.min().itemDouble(), dtype + " min, " + where);
                assertEquals(argmax, x.argmax().itemLong(), dtype + " argmax, " + where);
                assertEquals(argmin, x.argmin().itemLong(), dtype + " argmin, " + where);
                assertEquals(DType.INT64, x.argmax().dtype());
                assertEquals(dtype, x.max().dtype().toString());
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> nanInElementwise() {
        return Arrays.stream(NAN_ELEMENTWISE).map(c -> {
            String dtype = (String) c[0];
            int pos = (Integer) c[1];
            return DynamicTest.dynamicTest(dtype + " maximum/minimum/clip, NaN at " + pos, () -> {
                double[] v = NAN_BASE.clone();
                v[pos] = NaN;
                NDArray x = arr(dtype, v), base = arr(dtype, NAN_BASE);
                NDArray two = arr(dtype, 2, 2, 2, 2, 2);
                double[] lo = {1.5, 1.5, 1.5, 1.5, 1.5}, hi = {3.5, 3.5, 3.5, 3.5, 3.5};
                double[] loNan = lo.clone(), hiNan = hi.clone();
                loNan[pos] = NaN;
                hiNan[pos] = NaN;
                NDArray[] got = {x.maximum(two), two.maximum(x), x.minimum(two), two.minimum(x), x.clip(1.5, 3.5),
                        base.clip(arr(dtype, loNan), arr(dtype, hi)), base.clip(arr(dtype, lo), arr(dtype, hiNan))};
                String[] names = {"maximum(x, 2)", "maximum(2, x)", "minimum(x, 2)", "minimum(2, x)", "clip(x, 1.5, 3.5)",
                        "clip(base, lo with NaN, 3.5)", "clip(base, 1.5, hi with NaN)"};
                for (int k = 0; k < got.length; k++) {
                    assertEquals(dtype, got[k].dtype().toString(), names[k]);
                    assertSameArray((double[]) c[2 + k], got[k].toDoubleArray(), dtype + " " + names[k] + ", NaN at " + pos);
                }
            });
        });
    }

    @Test
    void clipWithNanBoundsAndCrossedBounds() {
        NDArray x = Np.array(NAN_BASE);
        assertSameArray(CLIP_NAN_LO, x.clip(NaN, 3.5).toDoubleArray(), "clip(x, nan, 3.5)");
        assertSameArray(CLIP_NAN_HI, x.clip(1.5, NaN).toDoubleArray(), "clip(x, 1.5, nan)");
        assertSameArray(CLIP_LO_GT_HI, x.clip(4.0, 2.0).toDoubleArray(), "clip(x, 4, 2) gives hi");
    }

    @Test
    void nanInAxisReductions() {
        NDArray m = Np.array(NAN_MATRIX).reshape(3, 4);
        assertSameArray(NAN_MATRIX_MAX_AXIS0, m.max(0).toDoubleArray(), "max(axis=0)");
        assertSameArray(NAN_MATRIX_MAX_AXIS1, m.max(1).toDoubleArray(), "max(axis=1)");
        assertSameArray(NAN_MATRIX_MIN_AXIS0, m.min(0).toDoubleArray(), "min(axis=0)");
        assertSameArray(NAN_MATRIX_MIN_AXIS1, m.min(1).toDoubleArray(), "min(axis=1)");
        assertSameArray(NAN_MATRIX_ARGMAX_AXIS0, m.argmax(0).toDoubleArray(), "argmax(axis=0)");
        assertSameArray(NAN_MATRIX_ARGMAX_AXIS1, m.argmax(1).toDoubleArray(), "argmax(axis=1)");
        assertSameArray(NAN_MATRIX_ARGMIN_AXIS0, m.argmin(0).toDoubleArray(), "argmin(axis=0)");
        assertSameArray(NAN_MATRIX_ARGMIN_AXIS1, m.argmin(1).toDoubleArray(), "argmin(axis=1)");
        // the same through a transposed view
        NDArray t = m.T();
        assertSameArray(NAN_MATRIX_MAX_AXIS0, t.max(1).toDoubleArray(), "T.max(axis=1)");
        assertSameArray(NAN_MATRIX_ARGMAX_AXIS0, t.argmax(1).toDoubleArray(), "T.argmax(axis=1)");
        assertSameArray(NAN_MATRIX_ARGMIN_AXIS1, t.argmin(0).toDoubleArray(), "T.argmin(axis=0)");
    }

    @Test
    void nanPositionInALongArrayAndTies() {
        double[] v = new double[1000];
        for (int i = 0; i < v.length; i++) v[i] = i % 97;
        v[777] = NaN;
        for (String dtype : new String[] {"float64", "float32"}) {
            NDArray x = arr(dtype, v);
            assertSame(BIG_NAN_MAX, x.max().itemDouble(), dtype + " max");
            assertEquals(BIG_NAN_ARGMAX, x.argmax().itemLong(), dtype + " argmax");
            assertEquals(BIG_NAN_ARGMIN, x.argmin().itemLong(), dtype + " argmin");
            assertEquals(ARGMAX_INF_NAN, arr(dtype, INF, NaN).argmax().itemLong(), dtype + " argmax([inf, nan])");
            assertEquals(ARGMIN_NEGINF_NAN, arr(dtype, -INF, NaN).argmin().itemLong(), dtype + " argmin([-inf, nan])");
            assertEquals(ARGMAX_TIES, arr(dtype, 1, 3, 3, 2).argmax().itemLong(), dtype + " argmax ties");
            assertEquals(ARGMIN_TIES, arr(dtype, 2, 1, 1, 3).argmin().itemLong(), dtype + " argmin ties");
        }
        assertEquals(ARGMAX_I32_TIES, Np.array(1, 3, 3, 2).argmax().itemLong());
        assertEquals(ARGMIN_I32_TIES, Np.array(1, 3, 3, 2).argmin().itemLong());
    }

    @Test
    void nanTruthinessAndSums() {
        assertEquals(ANY_NAN, Np.array(NaN).any().itemBoolean(), "any([nan])");
        assertEquals(ALL_NAN_1, Np.array(NaN, 1.0).all().itemBoolean(), "all([nan, 1])");
        assertSame(SUM_1_NAN, Np.array(1.0, NaN).sum().itemDouble(), "sum([1, nan])");
        assertSame(SUM_INF_NEGINF, Np.array(INF, -INF).sum().itemDouble(), "sum([inf, -inf])");
        assertSame(SUM_INF_NEGINF, Np.array((float) INF, (float) -INF).sum().itemDouble(), "float32 sum([inf, -inf])");
    }

    // ---- Comparisons (SEMANTICS 1.2, 1.6). ----

    @TestFactory
    Stream<DynamicTest> comparisonsWithNan() {
        return Arrays.stream(CMP_CASES).map(c -> {
            String dtype = (String) c[0], op = (String) c[1];
            return DynamicTest.dynamicTest(dtype + " " + op + " with NaN", () -> {
                NDArray a = arr(dtype, CMP_A);
                NDArray r = binary(op, a, arr(dtype, CMP_B));
                assertEquals(DType.BOOL, r.dtype());
                assertArrayEquals((boolean[]) c[2], r.toBooleanArray(), dtype + " CMP_A " + op + " CMP_B");
                assertArrayEquals((boolean[]) c[3], binaryWeak(op, a, NaN).toBooleanArray(), dtype + " CMP_A " + op + " NaN");
                assertArrayEquals((boolean[]) c[4], binaryWeak(op, a, 1.0).toBooleanArray(), dtype + " CMP_A " + op + " 1.0");
            });
        });
    }

    @Test
    void mixedKindComparisons() {
        // int64 == float64 converts the int64 to float64 first
        assertEquals(I64_EQ_F64, Np.array((1L << 53) + 1).eq(Np.array(0x1p53)).toBooleanArray()[0]);
        assertEquals(I64_EQ_WEAK_F64, Np.array((1L << 53) + 1).eq(0x1p53).toBooleanArray()[0]);
        // an int32 array against a weak long beyond int32 is compared exactly and does not throw
        NDArray i32 = Np.array(Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE);
        long big = 1L << 40;
        assertArrayEquals(I32_EQ_2POW40, i32.eq(big).toBooleanArray(), "eq 2**40");
        assertArrayEquals(I32_NE_2POW40, i32.ne(big).toBooleanArray(), "ne 2**40");
        assertArrayEquals(I32_LT_2POW40, i32.lt(big).toBooleanArray(), "lt 2**40");
        assertArrayEquals(I32_LE_2POW40, i32.le(big).toBooleanArray(), "le 2**40");
        assertArrayEquals(I32_GT_2POW40, i32.gt(big).toBooleanArray(), "gt 2**40");
        assertArrayEquals(I32_GE_2POW40, i32.ge(big).toBooleanArray(), "ge 2**40");
        assertArrayEquals(I32_EQ_NEG2POW40, i32.eq(-big).toBooleanArray(), "eq -2**40");
        assertArrayEquals(I32_NE_NEG2POW40, i32.ne(-big).toBooleanArray(), "ne -2**40");
        assertArrayEquals(I32_LT_NEG2POW40, i32.lt(-big).toBooleanArray(), "lt -2**40");
        assertArrayEquals(I32_LE_NEG2POW40, i32.le(-big).toBooleanArray(), "le -2**40");
        assertArrayEquals(I32_GT_NEG2POW40, i32.gt(-big).toBooleanArray(), "gt -2**40");
        assertArrayEquals(I32_GE_NEG2POW40, i32.ge(-big).toBooleanArray(), "ge -2**40");
    }

    // ---- float32 with weak constants, and int / float32 mixing (SEMANTICS 1.2). ----

    /**
     * {@code x * 0.1} on a float32 array rounds 0.1 to float32 first, then multiplies in float32; computing
     * in double with the unrounded constant and rounding once gives different bits for many elements.
     */
    @TestFactory
    Stream<DynamicTest> float32WithWeakConstantsIsBitExact() {
        return Arrays.stream(F32_WEAK).map(c -> {
            String op = (String) c[0];
            Object constant = c[1];
            double[] expected = (double[]) c[2];
            String label = "float32 x " + op + " " + constant + (constant instanceof Long ? "L" : "");
            return DynamicTest.dynamicTest(label, () -> {
                NDArray x = arr("float32", X32);
                NDArray r = switch (op) {
                    case "rsub" -> x.rsub((Double) constant);
                    case "rdiv" -> x.rdiv((Double) constant);
                    default -> constant instanceof Long l ? binaryWeak(op, x, (long) l) : binaryWeak(op, x, (double) (Double) constant);
                };
                assertEquals(DType.FLOAT32, r.dtype(), label);
                assertSameArrayDetailed(expected, r.toDoubleArray(), X32, label);
            });
        });
    }

    /** + - * / maximum minimum // % sqrt square neg abs sign: one IEEE rounding each, so bit for bit over many values. */
    @TestFactory
    Stream<DynamicTest> singleRoundingOpsAreBitExact() {
        return Arrays.stream(EXACT_RANDOM).map(c -> {
            String dtype = (String) c[0], op = (String) c[1];
            double[] expected = (double[]) c[2];
            boolean f64 = dtype.equals("float64");
            double[] x = f64 ? RX_F64 : RX_F32, y = f64 ? RY_F64 : RY_F32;
            boolean isUnary = Arrays.asList("sqrt", "square", "neg", "abs", "sign").contains(op);
            String label = dtype + " " + (isUnary ? op + "(x)" : "x " + op + " y") + " over " + x.length + " values";
            return DynamicTest.dynamicTest(label, () -> {
                NDArray r = isUnary ? unary(op, arr(dtype, x)) : binary(op, arr(dtype, x), arr(dtype, y));
                assertEquals(dtype, r.dtype().toString());
                double[] got = r.toDoubleArray();
                assertEquals(expected.length, got.length);
                List<String> bad = new ArrayList<>();
                for (int i = 0; i < got.length; i++) {
                    if (!same(expected[i], got[i])) {
                        bad.add((isUnary ? op + "(" + x[i] + ")" : x[i] + " " + op + " " + y[i]) + ": got " + got[i] + ", NumPy " + expected[i]);
                    }
                }
                assertTrue(bad.isEmpty(), label + ": " + bad.size() + " differ: " + bad.subList(0, Math.min(bad.size(), 8)));
            });
        });
    }

    @Test
    void int32PlusFloat32ComputesInFloat64() {
        NDArray a = arrL("int32", MIX_I32), b = arr("float32", MIX_F32);
        // the headline case: 16777217 + 0f is 16777217.0, not the float32 16777216
        assertEquals(16777217.0, a.add(b).toDoubleArray()[0]);
        for (Object[] c : MIX_I32_F32) {
            String op = (String) c[0];
            NDArray r = binary(op, a, b);
            assertEquals(DType.FLOAT64, r.dtype(), "int32 " + op + " float32");
            assertSameArray((double[]) c[1], r.toDoubleArray(), "int32 " + op + " float32");
        }
        NDArray r = arrL("int64", MIX_I64).add(arr("float32", MIX_F32B));
        assertEquals(DType.FLOAT64, r.dtype());
        assertSameArray(MIX_I64_ADD_F32, r.toDoubleArray(), "int64 + float32");
        NDArray h = arrL("int32", MIX_I32).add(0.5);
        assertEquals(DType.FLOAT64, h.dtype());
        assertSameArray(MIX_I32_ADD_HALF, h.toDoubleArray(), "int32 + 0.5");
    }

    @Test
    void boolArithmetic() {
        NDArray p = Np.array(BOOL_P), q = Np.array(BOOL_Q);
        assertArrayEquals(BOOL_ADD, p.add(q).toBooleanArray(), "bool + bool is logical or");
        assertArrayEquals(BOOL_MUL, p.mul(q).toBooleanArray(), "bool * bool is logical and");
        assertArrayEquals(BOOL_MAXIMUM, p.maximum(q).toBooleanArray());
        assertArrayEquals(BOOL_MINIMUM, p.minimum(q).toBooleanArray());
        assertArrayEquals(BOOL_ABS, p.abs().toBooleanArray());
        assertEquals(DType.BOOL, p.add(q).dtype());
        NDArray m2 = p.mul(2L);
        assertEquals(DType.INT64, m2.dtype());
        assertArrayEquals(BOOL_MUL_2, m2.toLongArray());
        assertSameArray(BOOL_ADD_HALF, p.add(0.5).toDoubleArray(), "bool + 0.5");
        // NumPy's int8 / float16 results are int32 / float32 here (SEMANTICS 1.2 divergence); values agree
        NDArray sq = p.square();
        assertEquals(DType.INT32, sq.dtype());
        assertArrayEquals(BOOL_SQUARE, sq.toLongArray());
        NDArray rt = p.sqrt();
        assertEquals(DType.FLOAT32, rt.dtype());
        assertSameArray(BOOL_SQRT, rt.toDoubleArray(), "sqrt(bool)");
        NDArray t = Np.array(true, true, true, true);
        assertEquals(DType.INT32, p.floorDiv(t).dtype());
        assertArrayEquals(BOOL_FLOORDIV_TRUE, p.floorDiv(t).toLongArray());
        assertArrayEquals(BOOL_MOD_TRUE, p.mod(t).toLongArray());
    }

    // ---- astype (SEMANTICS 1.3, 1.5). ----

    @TestFactory
    Stream<DynamicTest> astypeMatchesNumpy() {
        return Arrays.stream(ASTYPE_CASES).map(c -> {
            String from = (String) c[0], to = (String) c[1];
            return DynamicTest.dynamicTest(from + " -> " + to + " " + valuesToString(c[2]), () -> {
                NDArray x = switch (c[2]) {
                    case long[] v -> arrL(from, v);
                    case double[] v -> arr(from, v);
                    case boolean[] v -> Np.array(v);
                    default -> throw new IllegalStateException();
                };
                assertEquals(from, x.dtype().toString());
                NDArray r = x.astype(DType.valueOf(to.toUpperCase()));
                assertEquals(to, r.dtype().toString());
                switch (c[3]) {
                    case long[] e -> assertArrayEquals(e, r.toLongArray(), from + " -> " + to);
                    case double[] e -> assertSameArray(e, r.toDoubleArray(), from + " -> " + to);
                    case boolean[] e -> assertArrayEquals(e, r.toBooleanArray(), from + " -> " + to);
                    default -> throw new IllegalStateException();
                }
            });
        });
    }

    /**
     * float -> int astype uses Java's cast (truncation toward zero, saturation, NaN -> 0): a documented
     * divergence (SEMANTICS 1.5 table; NumPy gives INT_MIN with "invalid value encountered in cast").
     */
    @Test
    void floatToIntAstypeUsesJavaCast() {
        NDArray d = Np.array(NaN, INF, -INF, 3e10, -3e10, 1e19, -1e19, -2.9);
        assertArrayEquals(new int[] {0, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE,
                Integer.MAX_VALUE, Integer.MIN_VALUE, -2}, d.astype(DType.INT32).toIntArray());
        assertArrayEquals(new long[] {0, Long.MAX_VALUE, Long.MIN_VALUE, 30_000_000_000L, -30_000_000_000L, Long.MAX_VALUE,
                Long.MIN_VALUE, -2}, d.astype(DType.INT64).toLongArray());
        NDArray f = Np.array(Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 3e10f, -2.9f);
        assertArrayEquals(new int[] {0, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, -2},
                f.astype(DType.INT32).toIntArray());
        assertArrayEquals(new long[] {0, Long.MAX_VALUE, Long.MIN_VALUE, 30_000_001_024L, -2}, f.astype(DType.INT64).toLongArray());
    }

    // ---- Transcendentals within a stated ulp bound. ----

    /** exp, log, sin, cos, tanh versus NumPy: at most 2 ulp (float64) and 4 ulp (float32). */
    @TestFactory
    Stream<DynamicTest> transcendentalsWithinUlpBound() {
        return Arrays.stream(TRANSCENDENTAL).map(c -> {
            String dtype = (String) c[0], op = (String) c[1];
            double[] x = (double[]) c[2], expected = (double[]) c[3];
            boolean f32 = dtype.equals("float32");
            int bound = f32 ? ULPS_F32 : ULPS_F64;
            return DynamicTest.dynamicTest(dtype + " " + op + " within " + bound + " ulp of NumPy (" + x.length + " values)", () -> {
                NDArray r = unary(op, arr(dtype, x));
                assertEquals(dtype, r.dtype().toString());
                double[] got = r.toDoubleArray();
                List<String> bad = new ArrayList<>();
                for (int i = 0; i < x.length; i++) {
                    long d = ulpDistance(expected[i], got[i], f32);
                    if (d > bound) bad.add(op + "(" + x[i] + "): got " + got[i] + ", NumPy " + expected[i] + " (" + d + " ulp)");
                }
                assertTrue(bad.isEmpty(), dtype + " " + bad);
            });
        });
    }

    // ---- Reductions: 0-d, empty, mean/var/std (SEMANTICS 1.8, 1.9, 1.10). ----

    @Test
    void reductionsOfZeroDimArrays() {
        NDArray z = Np.scalar(5.0);
        assertSame(SUM_0D, z.sum().itemDouble(), "sum(0-d)");
        assertSame(SUM_0D, z.sum(0).itemDouble(), "sum(0-d, axis=0)");
        assertSame(SUM_0D, z.sum(-1).itemDouble(), "sum(0-d, axis=-1)");
        assertEquals(0, z.sum().ndim());
        assertSame(PROD_0D, z.prod().itemDouble(), "prod(0-d)");
        assertSame(MAX_0D, z.max().itemDouble(), "max(0-d)");
        assertEquals(ARGMAX_0D, z.argmax().itemLong(), "argmax(0-d)");
        NDArray zi = Np.scalar(7, DType.INT32).sum();
        assertEquals(DType.INT64, zi.dtype());
        assertEquals(SUM_0D_I32, zi.itemLong());
        // NumPy: axis 1 on a 0-d array is an AxisError
        assertThrows(RuntimeException.class, () -> z.sum(1));
    }

    @Test
    void reductionsOverEmptyArrays() {
        NDArray e = Np.array(new double[0]);
        assertSame(SUM_EMPTY, e.sum().itemDouble(), "sum([])");
        assertSame(PROD_EMPTY, e.prod().itemDouble(), "prod([])");
        assertEquals(ANY_EMPTY, e.any().itemBoolean(), "any([])");
        assertEquals(ALL_EMPTY, e.all().itemBoolean(), "all([])");
        NDArray ei = Np.array(new int[0]);
        assertEquals(DType.INT64, ei.sum().dtype());
        assertEquals(SUM_EMPTY_I32, ei.sum().itemLong());
        assertEquals(PROD_EMPTY_I32, ei.prod().itemLong());
        NDArray z03 = Np.zeros(0, 3);
        assertSameArray(SUM_0x3_AXIS0, z03.sum(0).toDoubleArray(), "sum(zeros((0,3)), axis=0)");
        assertSameArray(PROD_0x3_AXIS0, z03.prod(0).toDoubleArray(), "prod(zeros((0,3)), axis=0)");
        assertArrayEquals(ANY_0x3_AXIS0, z03.any(0).toBooleanArray());
        assertArrayEquals(ALL_0x3_AXIS0, z03.all(0).toBooleanArray());
        assertArrayEquals(MAX_3x0_AXIS0_SHAPE, Np.zeros(3, 0).max(0).shape());
        assertSameArray(SUM_3x0_AXIS1, Np.zeros(3, 0).sum(1).toDoubleArray(), "sum(zeros((3,0)), axis=1)");
        // NumPy raises ValueError for max/min/argmax of an empty axis; here at build time (SEMANTICS 1.9)
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e::max);
        assertTrue(x.getMessage().contains(MAX_EMPTY_MESSAGE), x.getMessage());
        x = assertThrows(IllegalArgumentException.class, e::min);
        assertTrue(x.getMessage().contains(MIN_EMPTY_MESSAGE), x.getMessage());
        x = assertThrows(IllegalArgumentException.class, e::argmax);
        assertTrue(x.getMessage().contains(ARGMAX_EMPTY_MESSAGE), x.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Np.zeros(0, 0).max(0));
        // divergence (SEMANTICS 1.8): NumPy gives nan with a warning; rejected here when built
        assertThrows(IllegalArgumentException.class, e::mean);
        assertThrows(IllegalArgumentException.class, e::var);
        assertThrows(IllegalArgumentException.class, e::std);
        assertThrows(IllegalArgumentException.class, () -> z03.mean(0));
    }

    /** Every intermediate is exact for arange(12) (the sums of integers and of squared half-integers), so these are bit-exact. */
    @Test
    void stdAndVarWithDdof() {
        NDArray a = Np.arange(12);
        assertSame(MEAN_ARANGE12, a.mean().itemDouble(), "mean(arange(12))");
        assertSame(STD_ARANGE12, a.std().itemDouble(), "std(arange(12))");
        assertSame(STD_ARANGE12_DDOF1, a.std(null, false, 1).itemDouble(), "std(arange(12), ddof=1)");
        assertSame(STD_ARANGE12_DDOF11, a.std(null, false, 11).itemDouble(), "std(arange(12), ddof=11)");
        assertSame(VAR_ARANGE12, a.var().itemDouble(), "var(arange(12))");
        assertSame(VAR_ARANGE12_DDOF1, a.var(null, false, 1).itemDouble(), "var(arange(12), ddof=1)");
        assertEquals(DType.FLOAT64, a.std().dtype());
        NDArray m = a.reshape(3, 4);
        assertSameArray(STD_3x4_AXIS0_DDOF1, m.std(new int[] {0}, false, 1).toDoubleArray(), "std(axis=0, ddof=1)");
        assertSameArray(VAR_3x4_AXIS1, m.var(1).toDoubleArray(), "var(axis=1)");
        // divergence (SEMANTICS 1.8): ddof >= n and negative ddof are rejected when the graph is built
        assertThrows(IllegalArgumentException.class, () -> a.std(null, false, 12));
        assertThrows(IllegalArgumentException.class, () -> a.var(null, false, 13));
        assertThrows(IllegalArgumentException.class, () -> a.var(null, false, -1));
        assertThrows(IllegalArgumentException.class, () -> Np.array(2.0).std(null, false, 1));
    }

    @Test
    void meanAndVarDtypesAndPrecision() {
        NDArray v = Np.array(Integer.MAX_VALUE, Integer.MIN_VALUE).var();
        assertEquals(DType.FLOAT64, v.dtype());
        // the squares are not exact in float64; allow the reduction contract's few ulps (SEMANTICS decision 5)
        assertEquals(VAR_I32_MAX_MIN, v.itemDouble(), 4 * Math.ulp(VAR_I32_MAX_MIN));
        assertSame(MEAN_I32_MAX_MAX, Np.array(Integer.MAX_VALUE, Integer.MAX_VALUE).mean().itemDouble(), "mean int32 no overflow");
        NDArray v32 = Np.array(1e4f + 1, 1e4f + 2, 1e4f + 3).var();
        assertEquals(DType.FLOAT32, v32.dtype());
        // two-pass in float32: 0.6666667 (E[x^2]-E[x]^2 would give -8)
        assertEquals(VAR_F32_1E4, v32.itemDouble(), Math.ulp((float) VAR_F32_1E4));
        NDArray m32 = Np.array(1f, 2f, 4f).mean();
        assertEquals(DType.FLOAT32, m32.dtype());
        assertSame(MEAN_F32_124, m32.itemDouble(), "mean float32");
        assertSame(MEAN_BOOL, Np.array(true, false, true, true).mean().itemDouble(), "mean(bool)");
        assertEquals(SUM_BOOL, Np.array(true, false, true, true).sum().itemLong());
        assertEquals(DType.BOOL, Np.array(false, true, false).max().dtype());
        assertEquals(MAX_BOOL, Np.array(false, true, false).max().itemBoolean());
    }

    // ---- Helpers. ----

    /** An array of dtype from double values (exact for the values used here). */
    static NDArray arr(String dtype, double... v) {
        switch (dtype) {
            case "float64":
                return Np.array(v.clone());
            case "float32": {
                float[] f = new float[v.length];
                for (int i = 0; i < v.length; i++) {
                    f[i] = (float) v[i];
                    if (f[i] != v[i] && !Double.isNaN(v[i])) throw new IllegalArgumentException(v[i] + " is not a float32 value");
                }
                return Np.array(f);
            }
            default: {
                long[] l = new long[v.length];
                for (int i = 0; i < v.length; i++) l[i] = (long) v[i];
                return arrL(dtype, l);
            }
        }
    }

    static NDArray arrL(String dtype, long... v) {
        switch (dtype) {
            case "int64":
                return Np.array(v.clone());
            case "int32": {
                int[] i = new int[v.length];
                for (int k = 0; k < v.length; k++) {
                    i[k] = (int) v[k];
                    if (i[k] != v[k]) throw new IllegalArgumentException(v[k] + " is not an int32 value");
                }
                return Np.array(i);
            }
            case "bool": {
                boolean[] b = new boolean[v.length];
                for (int k = 0; k < v.length; k++) b[k] = v[k] != 0;
                return Np.array(b);
            }
            default:
                return arr(dtype, Arrays.stream(v).asDoubleStream().toArray());
        }
    }

    static NDArray binary(String op, NDArray a, NDArray b) {
        return switch (op) {
            case "add" -> a.add(b);
            case "sub" -> a.sub(b);
            case "mul" -> a.mul(b);
            case "div" -> a.div(b);
            case "pow" -> a.pow(b);
            case "floorDiv" -> a.floorDiv(b);
            case "mod" -> a.mod(b);
            case "maximum" -> a.maximum(b);
            case "minimum" -> a.minimum(b);
            case "eq" -> a.eq(b);
            case "ne" -> a.ne(b);
            case "lt" -> a.lt(b);
            case "le" -> a.le(b);
            case "gt" -> a.gt(b);
            case "ge" -> a.ge(b);
            default -> throw new IllegalArgumentException("unknown op " + op);
        };
    }

    static NDArray binaryWeak(String op, NDArray a, double b) {
        return switch (op) {
            case "add" -> a.add(b);
            case "sub" -> a.sub(b);
            case "mul" -> a.mul(b);
            case "div" -> a.div(b);
            case "pow" -> a.pow(b);
            case "floorDiv" -> a.floorDiv(b);
            case "mod" -> a.mod(b);
            case "maximum" -> a.maximum(b);
            case "minimum" -> a.minimum(b);
            case "eq" -> a.eq(b);
            case "ne" -> a.ne(b);
            case "lt" -> a.lt(b);
            case "le" -> a.le(b);
            case "gt" -> a.gt(b);
            case "ge" -> a.ge(b);
            default -> throw new IllegalArgumentException("unknown op " + op);
        };
    }

    static NDArray binaryWeak(String op, NDArray a, long b) {
        return switch (op) {
            case "add" -> a.add(b);
            case "sub" -> a.sub(b);
            case "mul" -> a.mul(b);
            case "div" -> a.div(b);
            case "pow" -> a.pow(b);
            case "floorDiv" -> a.floorDiv(b);
            case "mod" -> a.mod(b);
            case "maximum" -> a.maximum(b);
            case "minimum" -> a.minimum(b);
            case "eq" -> a.eq(b);
            case "ne" -> a.ne(b);
            case "lt" -> a.lt(b);
            case "le" -> a.le(b);
            case "gt" -> a.gt(b);
            case "ge" -> a.ge(b);
            default -> throw new IllegalArgumentException("unknown op " + op);
        };
    }

    static NDArray unary(String op, NDArray a) {
        return switch (op) {
            case "sqrt" -> a.sqrt();
            case "exp" -> a.exp();
            case "log" -> a.log();
            case "sin" -> a.sin();
            case "cos" -> a.cos();
            case "tanh" -> a.tanh();
            case "neg" -> a.neg();
            case "abs" -> a.abs();
            case "sign" -> a.sign();
            case "square" -> a.square();
            default -> throw new IllegalArgumentException("unknown op " + op);
        };
    }

    /** Bit equality, except that +0.0 equals -0.0 and any NaN equals any NaN. */
    static boolean same(double expected, double actual) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) return Double.isNaN(expected) && Double.isNaN(actual);
        if (expected == 0 && actual == 0) return true;
        return Double.doubleToLongBits(expected) == Double.doubleToLongBits(actual);
    }

    static void assertSame(double expected, double actual, String what) {
        if (!same(expected, actual)) {
            fail(what + ": expected " + expected + " (0x" + Long.toHexString(Double.doubleToLongBits(expected)) + ") but got "
                    + actual + " (0x" + Long.toHexString(Double.doubleToLongBits(actual)) + ")");
        }
    }

    static void assertSameArray(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < expected.length; i++) {
            if (!same(expected[i], actual[i])) bad.add("[" + i + "] expected " + expected[i] + " got " + actual[i]);
        }
        assertTrue(bad.isEmpty(), what + ": " + bad);
    }

    private static void assertSameArrayDetailed(double[] expected, double[] actual, double[] input, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < expected.length; i++) {
            if (!same(expected[i], actual[i])) bad.add("x=" + input[i] + ": expected " + expected[i] + " got " + actual[i]);
        }
        assertTrue(bad.isEmpty(), what + ": " + bad.size() + " of " + expected.length + " differ: "
                + bad.subList(0, Math.min(bad.size(), 8)));
    }

    /** The distance in units in the last place of the result dtype; 0 for equal values, infinities or two NaNs. */
    static long ulpDistance(double expected, double actual, boolean f32) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) return Double.isNaN(expected) && Double.isNaN(actual) ? 0 : Long.MAX_VALUE;
        if (expected == actual) return 0;
        if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
            // an infinity next to MAX_VALUE is one ulp away; otherwise far
            double finite = Double.isInfinite(expected) ? actual : expected;
            double max = f32 ? Float.MAX_VALUE : Double.MAX_VALUE;
            return Math.abs(finite) == max && Math.signum(finite) == Math.signum(Double.isInfinite(expected) ? expected : actual) ? 1 : Long.MAX_VALUE;
        }
        if (f32) return Math.abs(ordered((float) expected) - ordered((float) actual));
        return Math.abs(ordered(expected) - ordered(actual));
    }

    private static long ordered(double d) {
        long bits = Double.doubleToLongBits(d);
        return bits < 0 ? Long.MIN_VALUE - bits : bits;
    }

    private static long ordered(float f) {
        int bits = Float.floatToIntBits(f);
        return bits < 0 ? (long) Integer.MIN_VALUE - bits : bits;
    }

    private static void assertUlps(double expected, double actual, boolean f32, int bound, String what) {
        long d = ulpDistance(expected, actual, f32);
        assertTrue(d <= bound, what + ": expected " + expected + " got " + actual + " (" + (d == Long.MAX_VALUE ? "far" : d + " ulp") + ")");
    }

    /** Parses a generated table: numbers separated by commas and white space; NaN, INF and -INF by name. */
    static double[] doubles(String text) {
        return Arrays.stream(text.split("[\\s,]+")).filter(t -> !t.isEmpty()).mapToDouble(t -> switch (t) {
            case "NaN" -> NaN;
            case "INF" -> INF;
            case "-INF" -> -INF;
            default -> Double.parseDouble(t);
        }).toArray();
    }

    static long[] longs(String text) {
        return Arrays.stream(text.split("[\\s,]+")).filter(t -> !t.isEmpty()).mapToLong(Long::parseLong).toArray();
    }

    private static String valuesToString(Object values) {
        return switch (values) {
            case long[] v -> Arrays.toString(v);
            case double[] v -> Arrays.toString(v);
            case boolean[] v -> Arrays.toString(v);
            default -> String.valueOf(values);
        };
    }

    // ---- Fixtures: generated by src/test/python/gen_semantics_fixtures.py (NumPy 2.4.6). ----

    // <generated:int-divmod> by gen_semantics_fixtures.py with NumPy 2.4.6; do not edit by hand
    static final long[] I32_A = new long[] {-7L, -3L, -1L, 0L, 1L, 3L, 7L, -2147483648L, -2147483647L, 2147483647L};
    static final long[] I32_B = new long[] {-7L, -3L, -2L, -1L, 1L, 2L, 3L, 7L, -2147483648L, 2147483647L};
    /** NumPy int32: A[:, None] // B[None, :], row-major. */
    static final long[] I32_FLOOR_DIV = longs("""
            1, 2, 3, 7, -7,
            -4, -3, -1, 0, -1,
            0, 1, 1, 3, -3,
            -2, -1, -1, 0, -1,
            0, 0, 0, 1, -1,
            -1, -1, -1, 0, -1,
            0, 0, 0, 0, 0,
            0, 0, 0, 0, 0,
            -1, -1, -1, -1, 1,
            0, 0, 0, -1, 0,
            -1, -1, -2, -3, 3,
            1, 1, 0, -1, 0,
            -1, -3, -4, -7, 7,
            3, 2, 1, -1, 0,
            306783378, 715827882, 1073741824, -2147483648, -2147483648,
            -1073741824, -715827883, -306783379, 1, -2,
            306783378, 715827882, 1073741823, 2147483647, -2147483647,
            -1073741824, -715827883, -306783379, 0, -1,
            -306783379, -715827883, -1073741824, -2147483647, 2147483647,
            1073741823, 715827882, 306783378, -1, 1,
            """);
    /** NumPy int32: A[:, None] % B[None, :], row-major. */
    static final long[] I32_MOD = longs("""
            0, -1, -1, 0, 0,
            1, 2, 0, -7, 2147483640,
            -3, 0, -1, 0, 0,
            1, 0, 4, -3, 2147483644,
            -1, -1, -1, 0, 0,
            1, 2, 6, -1, 2147483646,
            0, 0, 0, 0, 0,
            0, 0, 0, 0, 0,
            -6, -2, -1, 0, 0,
            1, 1, 1, -2147483647, 1,
            -4, 0, -1, 0, 0,
            1, 0, 3, -2147483645, 3,
            0, -2, -1, 0, 0,
            1, 1, 0, -2147483641, 7,
            -2, -2, 0, 0, 0,
            0, 1, 5, 0, 2147483646,
            -1, -1, -1, 0, 0,
            1, 2, 6, -2147483647, 0,
            -6, -2, -1, 0, 0,
            1, 1, 1, -1, 0,
            """);
    static final long[] I64_A = new long[] {-7L, -3L, -1L, 0L, 1L, 3L, 7L, -9223372036854775808L, -9223372036854775807L, 9223372036854775807L, 1099511627779L};
    static final long[] I64_B = new long[] {-7L, -3L, -2L, -1L, 1L, 2L, 3L, 7L, -9223372036854775808L, 9223372036854775807L, 8589934592L};
    /** NumPy int64: A[:, None] // B[None, :], row-major. */
    static final long[] I64_FLOOR_DIV = longs("""
            1, 2, 3, 7, -7,
            -4, -3, -1, 0, -1,
            -1, 0, 1, 1, 3,
            -3, -2, -1, -1, 0,
            -1, -1, 0, 0, 0,
            1, -1, -1, -1, -1,
            0, -1, -1, 0, 0,
            0, 0, 0, 0, 0,
            0, 0, 0, 0, -1,
            -1, -1, -1, 1, 0,
            0, 0, -1, 0, 0,
            -1, -1, -2, -3, 3,
            1, 1, 0, -1, 0,
            0, -1, -3, -4, -7,
            7, 3, 2, 1, -1,
            0, 0, 1317624576693539401, 3074457345618258602, 4611686018427387904,
            -9223372036854775808, -9223372036854775808, -4611686018427387904, -3074457345618258603, -1317624576693539402,
            1, -2, -1073741824, 1317624576693539401, 3074457345618258602,
            4611686018427387903, 9223372036854775807, -9223372036854775807, -4611686018427387904, -3074457345618258603,
            -1317624576693539401, 0, -1, -1073741824, -1317624576693539401,
            -3074457345618258603, -4611686018427387904, -9223372036854775807, 9223372036854775807, 4611686018427387903,
            3074457345618258602, 1317624576693539401, -1, 1, 1073741823,
            -157073089683, -366503875927, -549755813890, -1099511627779, 1099511627779,
            549755813889, 366503875926, 157073089682, -1, 0,
            128,
            """);
    /** NumPy int64: A[:, None] % B[None, :], row-major. */
    static final long[] I64_MOD = longs("""
            0, -1, -1, 0, 0,
            1, 2, 0, -7, 9223372036854775800,
            8589934585, -3, 0, -1, 0,
            0, 1, 0, 4, -3,
            9223372036854775804, 8589934589, -1, -1, -1,
            0, 0, 1, 2, 6,
            -1, 9223372036854775806, 8589934591, 0, 0,
            0, 0, 0, 0, 0,
            0, 0, 0, 0, -6,
            -2, -1, 0, 0, 1,
            1, 1, -9223372036854775807, 1, 1,
            -4, 0, -1, 0, 0,
            1, 0, 3, -9223372036854775805, 3,
            3, 0, -2, -1, 0,
            0, 1, 1, 0, -9223372036854775801,
            7, 7, -1, -2, 0,
            0, 0, 0, 1, 6,
            0, 9223372036854775806, 0, 0, -1,
            -1, 0, 0, 1, 2,
            0, -9223372036854775807, 0, 1, 0,
            -2, -1, 0, 0, 1,
            1, 0, -1, 0, 8589934591,
            -2, -2, -1, 0, 0,
            1, 1, 5, -9223370937343148029, 1099511627779,
            3,
            """);
    // </generated:int-divmod>

    // <generated:float-divmod> by gen_semantics_fixtures.py with NumPy 2.4.6; do not edit by hand
    static final double[] F64_A = doubles("""
            7.0, -7.0, 0.0, -0.0, 1e-10, -1e-10,
            3.5, -3.5, 5.3, -5.3, 1e+300, -1e+300,
            1e-300, INF, -INF, NaN, 0.1, 9007199254740994.0,
            5e-324,
            """);
    static final double[] F64_B = doubles("""
            2.0, -2.0, 0.3, -0.3, 1.0, -1.0,
            0.0, -0.0, INF, -INF, NaN, 1e-300,
            1e+300, 0.1, 7.0, 5e-324,
            """);
    /** NumPy float64: A[:, None] // B[None, :], row-major. */
    static final double[] F64_FLOOR_DIV = doubles("""
            3.0, -4.0, 23.0, -24.0, 7.0, -7.0,
            INF, -INF, 0.0, -1.0, NaN, 7e+300,
            0.0, 69.0, 1.0, INF, -4.0, 3.0,
            -24.0, 23.0, -7.0, 7.0, -INF, INF,
            -1.0, 0.0, NaN, -7e+300, -1.0, -70.0,
            -1.0, -INF, 0.0, -0.0, 0.0, -0.0,
            0.0, -0.0, NaN, NaN, 0.0, -0.0,
            NaN, 0.0, 0.0, 0.0, 0.0, 0.0,
            -0.0, 0.0, -0.0, 0.0, -0.0, 0.0,
            NaN, NaN, -0.0, 0.0, NaN, -0.0,
            -0.0, -0.0, -0.0, -0.0, 0.0, -1.0,
            0.0, -1.0, 0.0, -1.0, INF, -INF,
            0.0, -1.0, NaN, 1e+290, 0.0, 0.0,
            0.0, INF, -1.0, 0.0, -1.0, 0.0,
            -1.0, 0.0, -INF, INF, -1.0, 0.0,
            NaN, -1e+290, -1.0, -1.0, -1.0, -INF,
            1.0, -2.0, 11.0, -12.0, 3.0, -4.0,
            INF, -INF, 0.0, -1.0, NaN, 3.5e+300,
            0.0, 34.0, 0.0, INF, -2.0, 1.0,
            -12.0, 11.0, -4.0, 3.0, -INF, INF,
            -1.0, 0.0, NaN, -3.5e+300, -1.0, -35.0,
            -1.0, -INF, 2.0, -3.0, 17.0, -18.0,
            5.0, -6.0, INF, -INF, 0.0, -1.0,
            NaN, 5.3e+300, 0.0, 52.0, 0.0, INF,
            -3.0, 2.0, -18.0, 17.0, -6.0, 5.0,
            -INF, INF, -1.0, 0.0, NaN, -5.3e+300,
            -1.0, -53.0, -1.0, -INF, 5e+299, -5e+299,
            3.3333333333333335e+300, -3.3333333333333335e+300, 1e+300, -1e+300, INF, -INF,
            0.0, -1.0, NaN, INF, 1.0, 1e+301,
            1.4285714285714286e+299, INF, -5e+299, 5e+299, -3.3333333333333335e+300, 3.3333333333333335e+300,
            -1e+300, 1e+300, -INF, INF, -1.0, 0.0,
            NaN, -INF, -1.0, -1e+301, -1.4285714285714286e+299, -INF,
            0.0, -1.0, 0.0, -1.0, 0.0, -1.0,
            INF, -INF, 0.0, -1.0, NaN, 1.0,
            0.0, 0.0, 0.0, 2.0240225330731062e+23, NaN, NaN,
            NaN, NaN, NaN, NaN, INF, -INF,
            NaN, NaN, NaN, NaN, NaN, NaN,
            NaN, NaN, NaN, NaN, NaN, NaN,
            NaN, NaN, -INF, INF, NaN, NaN,
            NaN, NaN, NaN, NaN, NaN, NaN,
            NaN, NaN, NaN, NaN, NaN, NaN,
            NaN, NaN, NaN, NaN, NaN, NaN,
            NaN, NaN, NaN, NaN, 0.0, -1.0,
            0.0, -1.0, 0.0, -1.0, INF, -INF,
            0.0, -1.0, NaN, 1e+299, 0.0, 1.0,
            0.0, INF, 4503599627370497.0, -4503599627370497.0, 3.0023997515803316e+16, -3.0023997515803316e+16,
            9007199254740994.0, -9007199254740994.0, INF, -INF, 0.0, -1.0,
            NaN, INF, 0.0, 9.007199254740994e+16, 1286742750677284.0, INF,
            0.0, -1.0, 0.0, -1.0, 0.0, -1.0,
            INF, -INF, 0.0, -1.0, NaN, 0.0,
            0.0, 0.0, 0.0, 1.0,
            """);
    /** NumPy float64: A[:, None] % B[None, :], row-major. */
    static final double[] F64_MOD = doubles("""
            1.0, -1.0, 0.10000000000000026, -0.19999999999999973, 0.0, -0.0,
            NaN, NaN, 7.0, -INF, NaN, 2.7423056962779803e-301,
            7.0, 0.09999999999999962, 0.0, 0.0, 1.0, -1.0,
            0.19999999999999973, -0.10000000000000026, 0.0, -0.0, NaN, NaN,
            INF, -7.0, NaN, 7.25769430372202e-301, 1e+300, 3.885780586188048e-16,
            0.0, 0.0, 0.0, -0.0, 0.0, -0.0,
            0.0, -0.0, NaN, NaN, 0.0, -0.0,
            NaN, 0.0, 0.0, 0.0, 0.0, 0.0,
            0.0, -0.0, 0.0, -0.0, 0.0, -0.0,
            NaN, NaN, 0.0, -0.0, NaN, 0.0,
            0.0, 0.0, 0.0, 0.0, 1e-10, -1.9999999999,
            1e-10, -0.2999999999, 1e-10, -0.9999999999, NaN, NaN,
            1e-10, -INF, NaN, 5.369941979642145e-301, 1e-10, 1e-10,
            1e-10, 0.0, 1.9999999999, -1e-10, 0.2999999999, -1e-10,
            0.9999999999, -1e-10, NaN, NaN, INF, -1e-10,
            NaN, 4.630058020357855e-301, 1e+300, 0.09999999990000001, 6.9999999999, 0.0,
            1.5, -0.5, 0.20000000000000012, -0.09999999999999987, 0.5, -0.5,
            NaN, NaN, 3.5, -INF, NaN, 1.3711528481389901e-301,
            3.5, 0.09999999999999981, 3.5, 0.0, 0.5, -1.5,
            0.09999999999999987, -0.20000000000000012, 0.5, -0.5, NaN, NaN,
            INF, -3.5, NaN, 8.62884715186101e-301, 1e+300, 1.942890293094024e-16,
            3.5, 0.0, 1.2999999999999998, -0.7000000000000002, 0.2, -0.09999999999999998,
            0.2999999999999998, -0.7000000000000002, NaN, NaN, 5.3, -INF,
            NaN, 2.870152063477834e-301, 5.3, 0.09999999999999953, 5.3, 0.0,
            0.7000000000000002, -1.2999999999999998, 0.09999999999999998, -0.2, 0.7000000000000002, -0.2999999999999998,
            NaN, NaN, INF, -5.3, NaN, 7.129847936522166e-301,
            1e+300, 4.718447854656915e-16, 1.7000000000000002, 0.0, 0.0, -0.0,
            0.15321850028067768, -0.1467814997193223, 0.0, -0.0, NaN, NaN,
            1e+300, -INF, NaN, 4.891554850853602e-301, 0.0, 0.00011215964963492975,
            1.0, 0.0, 0.0, -0.0, 0.1467814997193223, -0.15321850028067768,
            0.0, -0.0, NaN, NaN, INF, -1e+300,
            NaN, 5.108445149146398e-301, 0.0, 0.09988784035036508, 6.0, 0.0,
            1e-300, -2.0, 1e-300, -0.3, 1e-300, -1.0,
            NaN, NaN, 1e-300, -INF, NaN, 0.0,
            1e-300, 1e-300, 1e-300, 0.0, NaN, NaN,
            NaN, NaN, NaN, NaN, NaN, NaN,
            NaN, NaN, NaN, NaN, NaN, NaN,
            NaN, NaN, NaN, NaN, NaN, NaN,
            NaN, NaN, NaN, NaN, NaN, NaN,
            NaN, NaN, NaN, NaN, NaN, NaN,
            NaN, NaN, NaN, NaN, NaN, NaN,
            NaN, NaN, NaN, NaN, NaN, NaN,
            NaN, NaN, NaN, NaN, 0.1, -1.9,
            0.1, -0.19999999999999998, 0.1, -0.9, NaN, NaN,
            0.1, -INF, NaN, 1.353654169526866e-301, 0.1, 0.0,
            0.1, 0.0, 0.0, -0.0, 0.13333333333333341, -0.16666666666666657,
            0.0, -0.0, NaN, NaN, 9007199254740994.0, -INF,
            NaN, 6.589981049907861e-301, 9007199254740994.0, 0.09999999999999992, 6.0, 0.0,
            5e-324, -2.0, 5e-324, -0.3, 5e-324, -1.0,
            NaN, NaN, 5e-324, -INF, NaN, 5e-324,
            5e-324, 5e-324, 5e-324, 0.0,
            """);
    static final double[] F32_A = doubles("""
            7.0, -7.0, 0.0, -0.0, 1.000000013351432e-10, -1.000000013351432e-10,
            3.5, -3.5, 5.300000190734863, -5.300000190734863, 1.0000000150474662e+30, -1.0000000150474662e+30,
            9.99994610111476e-41, INF, -INF, NaN, 0.10000000149011612, 16777218.0,
            1.401298464324817e-45,
            """);
    static final double[] F32_B = doubles("""
            2.0, -2.0, 0.30000001192092896, -0.30000001192092896, 1.0, -1.0,
            0.0, -0.0, INF, -INF, NaN, 9.99994610111476e-41,
            1.0000000150474662e+30, 0.10000000149011612, 7.0, 1.401298464324817e-45,
            """);
    /** NumPy float32: A[:, None] // B[None, :], row-major. */
    static final double[] F32_FLOOR_DIV = doubles("""
            3.0, -4.0, 23.0, -24.0, 7.0, -7.0,
            INF, -INF, 0.0, -1.0, NaN, INF,
            0.0, 69.0, 1.0, INF, -4.0, 3.0,
            -24.0, 23.0, -7.0, 7.0, -INF, INF,
            -1.0, 0.0, NaN, -INF, -1.0, -70.0,
            -1.0, -INF, 0.0, -0.0, 0.0, -0.0,
            0.0, -0.0, NaN, NaN, 0.0, -0.0,
            NaN, 0.0, 0.0, 0.0, 0.0, 0.0,
            -0.0, 0.0, -0.0, 0.0, -0.0, 0.0,
            NaN, NaN, -0.0, 0.0, NaN, -0.0,
            -0.0, -0.0, -0.0, -0.0, 0.0, -1.0,
            0.0, -1.0, 0.0, -1.0, INF, -INF,
            0.0, -1.0, NaN, 1.0000053796557908e+30, 0.0, 0.0,
            0.0, 7.136238558808802e+34, -1.0, 0.0, -1.0, 0.0,
            -1.0, 0.0, -INF, INF, -1.0, 0.0,
            NaN, -1.0000053796557908e+30, -1.0, -1.0, -1.0, -7.136238558808802e+34,
            1.0, -2.0, 11.0, -12.0, 3.0, -4.0,
            INF, -INF, 0.0, -1.0, NaN, INF,
            0.0, 34.0, 0.0, INF, -2.0, 1.0,
            -12.0, 11.0, -4.0, 3.0, -INF, INF,
            -1.0, 0.0, NaN, -INF, -1.0, -35.0,
            -1.0, -INF, 2.0, -3.0, 17.0, -18.0,
            5.0, -6.0, INF, -INF, 0.0, -1.0,
            NaN, INF, 0.0, 53.0, 0.0, INF,
            -3.0, 2.0, -18.0, 17.0, -6.0, 5.0,
            -INF, INF, -1.0, 0.0, NaN, -INF,
            -1.0, -54.0, -1.0, -INF, 5.000000075237331e+29, -5.000000075237331e+29,
            3.333333383491554e+30, -3.333333383491554e+30, 1.0000000150474662e+30, -1.0000000150474662e+30, INF, -INF,
            0.0, -1.0, NaN, INF, 1.0, 9.999999848243207e+30,
            1.4285714905452359e+29, INF, -5.000000075237331e+29, 5.000000075237331e+29, -3.333333383491554e+30, 3.333333383491554e+30,
            -1.0000000150474662e+30, 1.0000000150474662e+30, -INF, INF, -1.0, 0.0,
            NaN, -INF, -1.0, -9.999999848243207e+30, -1.4285714905452359e+29, -INF,
            0.0, -1.0, 0.0, -1.0, 0.0, -1.0,
            INF, -INF, 0.0, -1.0, NaN, 1.0,
            0.0, 0.0, 0.0, 71362.0, NaN, NaN,
            NaN, NaN, NaN, NaN, INF, -INF,
            NaN, NaN, NaN, NaN, NaN, NaN,
            NaN, NaN, NaN, NaN, NaN, NaN,
            NaN, NaN, -INF, INF, NaN, NaN,
            NaN, NaN, NaN, NaN, NaN, NaN,
            NaN, NaN, NaN, NaN, NaN, NaN,
            NaN, NaN, NaN, NaN, NaN, NaN,
            NaN, NaN, NaN, NaN, 0.0, -1.0,
            0.0, -1.0, 0.0, -1.0, INF, -INF,
            0.0, -1.0, NaN, INF, 0.0, 1.0,
            0.0, INF, 8388609.0, -8388609.0, 55924056.0, -55924056.0,
            16777218.0, -16777218.0, INF, -INF, 0.0, -1.0,
            NaN, INF, 0.0, 167772176.0, 2396745.0, INF,
            0.0, -1.0, 0.0, -1.0, 0.0, -1.0,
            INF, -INF, 0.0, -1.0, NaN, 0.0,
            0.0, 0.0, 0.0, 1.0,
            """);
    /** NumPy float32: A[:, None] % B[None, :], row-major. */
    static final double[] F32_MOD = doubles("""
            1.0, -1.0, 0.09999972581863403, -0.20000028610229492, 0.0, -0.0,
            NaN, NaN, 7.0, -INF, NaN, 5.914880817915053e-41,
            7.0, 0.09999989718198776, 0.0, 0.0, 1.0, -1.0,
            0.20000028610229492, -0.09999972581863403, 0.0, -0.0, NaN, NaN,
            INF, -7.0, NaN, 4.0850652831997067e-41, 1.0000000150474662e+30, 1.043081283569336e-07,
            0.0, 0.0, 0.0, -0.0, 0.0, -0.0,
            0.0, -0.0, NaN, NaN, 0.0, -0.0,
            NaN, 0.0, 0.0, 0.0, 0.0, 0.0,
            0.0, -0.0, 0.0, -0.0, 0.0, -0.0,
            NaN, NaN, 0.0, -0.0, NaN, 0.0,
            0.0, 0.0, 0.0, 0.0, 1.000000013351432e-10, -2.0,
            1.000000013351432e-10, -0.30000001192092896, 1.000000013351432e-10, -1.0, NaN, NaN,
            1.000000013351432e-10, -INF, NaN, 5.381546622393027e-41, 1.000000013351432e-10, 1.000000013351432e-10,
            1.000000013351432e-10, 0.0, 2.0, -1.000000013351432e-10, 0.30000001192092896, -1.000000013351432e-10,
            1.0, -1.000000013351432e-10, NaN, NaN, INF, -1.000000013351432e-10,
            NaN, 4.618399478721732e-41, 1.0000000150474662e+30, 0.10000000149011612, 7.0, 0.0,
            1.5, -0.5, 0.1999998688697815, -0.10000014305114746, 0.5, -0.5,
            NaN, NaN, 3.5, -INF, NaN, 7.957413459514906e-41,
            3.5, 0.09999994933605194, 3.5, 0.0, 0.5, -1.5,
            0.10000014305114746, -0.1999998688697815, 0.5, -0.5, NaN, NaN,
            INF, -3.5, NaN, 2.0425326415998534e-41, 1.0000000150474662e+30, 5.21540641784668e-08,
            3.5, 0.0, 1.3000001907348633, -0.6999998092651367, 0.19999998807907104, -0.10000002384185791,
            0.3000001907348633, -0.6999998092651367, NaN, NaN, 5.300000190734863, -INF,
            NaN, 5.876765499685418e-41, 5.300000190734863, 1.1175870895385742e-07, 5.300000190734863, 0.0,
            0.6999998092651367, -1.3000001907348633, 0.10000002384185791, -0.19999998807907104, 0.6999998092651367, -0.3000001907348633,
            NaN, NaN, INF, -5.300000190734863, NaN, 4.123180601429342e-41,
            1.0000000150474662e+30, 0.09999988973140717, 1.6999998092651367, 0.0, 0.0, -0.0,
            0.0043010711669921875, -0.29569894075393677, 0.0, -0.0, NaN, NaN,
            1.0000000150474662e+30, -INF, NaN, 7.12139879569872e-42, 0.0, 0.0493038073182106,
            1.0, 0.0, 0.0, -0.0, 0.29569894075393677, -0.0043010711669921875,
            0.0, -0.0, NaN, NaN, INF, -1.0000000150474662e+30,
            NaN, 9.287806221544888e-41, 0.0, 0.05069619417190552, 6.0, 0.0,
            9.99994610111476e-41, -2.0, 9.99994610111476e-41, -0.30000001192092896, 9.99994610111476e-41, -1.0,
            NaN, NaN, 9.99994610111476e-41, -INF, NaN, 0.0,
            9.99994610111476e-41, 9.99994610111476e-41, 9.99994610111476e-41, 0.0, NaN, NaN,
            NaN, NaN, NaN, NaN, NaN, NaN,
            NaN, NaN, NaN, NaN, NaN, NaN,
            NaN, NaN, NaN, NaN, NaN, NaN,
            NaN, NaN, NaN, NaN, NaN, NaN,
            NaN, NaN, NaN, NaN, NaN, NaN,
            NaN, NaN, NaN, NaN, NaN, NaN,
            NaN, NaN, NaN, NaN, NaN, NaN,
            NaN, NaN, NaN, NaN, 0.10000000149011612, -1.899999976158142,
            0.10000000149011612, -0.20000001788139343, 0.10000000149011612, -0.8999999761581421, NaN, NaN,
            0.10000000149011612, -INF, NaN, 6.540700712082516e-41, 0.10000000149011612, 0.0,
            0.10000000149011612, 0.0, 0.0, -0.0, 0.2333332896232605, -0.06666672229766846,
            0.0, -0.0, NaN, NaN, 16777218.0, -INF,
            NaN, 9.970799093056803e-41, 16777218.0, 0.04999997466802597, 3.0, 0.0,
            1.401298464324817e-45, -2.0, 1.401298464324817e-45, -0.30000001192092896, 1.401298464324817e-45, -1.0,
            NaN, NaN, 1.401298464324817e-45, -INF, NaN, 1.401298464324817e-45,
            1.401298464324817e-45, 1.401298464324817e-45, 1.401298464324817e-45, 0.0,
            """);
    // </generated:float-divmod>

    // <generated:float-binary-cases> by gen_semantics_fixtures.py with NumPy 2.4.6; do not edit by hand
    /** {dtype, op, a, b, NumPy's a op b} for 1-element arrays of dtype. */
    static final Object[][] FLOAT_BINARY_CASES = {
            {"float32", "mod", -1.000000013351432e-10, 1.0, 1.0},
            {"float32", "floorDiv", -1.000000013351432e-10, 1.0, -1.0},
            {"float64", "mod", -1e-10, 1.0, 0.9999999999},
            {"float64", "mod", 7.0, INF, 7.0},
            {"float64", "mod", -7.0, INF, INF},
            {"float64", "floorDiv", -7.0, INF, -1.0},
            {"float64", "floorDiv", 7.0, INF, 0.0},
            {"float64", "floorDiv", 7.0, -INF, -1.0},
            {"float64", "mod", 7.0, -INF, -INF},
            {"float32", "mod", 7.0, INF, 7.0},
            {"float32", "mod", -7.0, INF, INF},
            {"float32", "floorDiv", -7.0, INF, -1.0},
            {"float64", "floorDiv", -0.0, 1.0, -0.0},
            {"float64", "mod", -0.0, 1.0, 0.0},
            {"float32", "floorDiv", -0.0, 1.0, -0.0},
            {"float32", "mod", -0.0, 1.0, 0.0},
            {"float64", "floorDiv", 1.0, 0.0, INF},
            {"float64", "floorDiv", -1.0, 0.0, -INF},
            {"float64", "floorDiv", 0.0, 0.0, NaN},
            {"float64", "mod", 1.0, 0.0, NaN},
            {"float64", "mod", INF, 2.0, NaN},
            {"float64", "floorDiv", INF, 2.0, NaN},
            {"float64", "floorDiv", NaN, 2.0, NaN},
            {"float64", "mod", 2.0, NaN, NaN},
            {"float32", "floorDiv", 1.0, 0.0, INF},
            {"float32", "mod", 1.0, 0.0, NaN},
            {"float64", "div", 1.0, 0.0, INF},
            {"float64", "div", -1.0, 0.0, -INF},
            {"float64", "div", 0.0, 0.0, NaN},
            {"float64", "div", NaN, 0.0, NaN},
            {"float64", "div", 1.0, -0.0, -INF},
            {"float32", "div", -1.0, 0.0, -INF},
            {"float64", "mul", 0.0, INF, NaN},
            {"float64", "sub", INF, INF, NaN},
            {"float64", "add", INF, -INF, NaN},
            {"float32", "mul", 3.0000000054977558e+38, 10.0, INF},
            {"float32", "div", 1.401298464324817e-45, 2.0, 0.0},
            {"float32", "div", 2.802596928649634e-45, 2.0, 1.401298464324817e-45},
            {"float64", "div", 5e-324, 2.0, 0.0},
            {"float64", "mul", 1e+308, 10.0, INF},
            {"float64", "pow", 1.0, NaN, 1.0},
            {"float64", "pow", 1.0, INF, 1.0},
            {"float64", "pow", 1.0, -INF, 1.0},
            {"float64", "pow", -1.0, INF, 1.0},
            {"float64", "pow", -1.0, -INF, 1.0},
            {"float64", "pow", NaN, 0.0, 1.0},
            {"float64", "pow", NaN, -0.0, 1.0},
            {"float64", "pow", 0.0, 0.0, 1.0},
            {"float64", "pow", -8.0, 0.3333333333333333, NaN},
            {"float64", "pow", 0.0, -1.0, INF},
            {"float64", "pow", -0.0, -1.0, -INF},
            {"float64", "pow", 2.0, 0.5, 1.4142135623730951},
            {"float64", "pow", 2.0, 1024.0, INF},
            {"float64", "pow", 0.5, INF, 0.0},
            {"float64", "pow", 2.0, -INF, 0.0},
            {"float32", "pow", 1.0, NaN, 1.0},
            {"float32", "pow", -1.0, INF, 1.0},
            {"float32", "pow", -1.0, -INF, 1.0},
            {"float32", "pow", NaN, 0.0, 1.0},
            {"float32", "pow", 2.0, 128.0, INF},
            {"float64", "maximum", NaN, 1.0, NaN},
            {"float64", "maximum", 1.0, NaN, NaN},
            {"float64", "minimum", NaN, 1.0, NaN},
            {"float64", "minimum", 1.0, NaN, NaN},
            {"float32", "maximum", NaN, 1.0, NaN},
            {"float32", "minimum", 1.0, NaN, NaN},
            {"float64", "maximum", -INF, NaN, NaN},
            {"float64", "maximum", INF, -INF, INF},
            {"float64", "floorDiv", 1.205143054529419, 0.00688755197954037, 174.0},
            {"float64", "floorDiv", 10153.06384374312, 8.627173465408395e-05, 117687025.0},
            {"float64", "floorDiv", 163957610.94151142, 0.3920656813048089, 418189142.0},
            {"float64", "floorDiv", 222152025182.07056, -0.20524259061506345, -1082387551806.0},
            {"float64", "mod", 1.205143054529419, 0.00688755197954037, 0.00670901008939463},
            {"float32", "floorDiv", -1112.91943359375, -3.674450397491455, 302.0},
            {"float32", "floorDiv", 567.85986328125, 0.3521900177001953, 1612.0},
            {"float32", "floorDiv", -17.419967651367188, 0.02002519741654396, -870.0},
            {"float32", "mod", -17.419967651367188, 0.02002519741654396, 0.001954101026058197},
    };
    // </generated:float-binary-cases>

    // <generated:unary-cases> by gen_semantics_fixtures.py with NumPy 2.4.6; do not edit by hand
    /** {dtype, op, x, NumPy's op(x), allowed ulps}: 0 for single-rounding ops. */
    static final Object[][] UNARY_CASES = {
            {"float64", "sqrt", -0.0, -0.0, 0},
            {"float64", "sqrt", 0.0, 0.0, 0},
            {"float64", "sqrt", NaN, NaN, 0},
            {"float64", "sqrt", INF, INF, 0},
            {"float64", "sqrt", -INF, NaN, 0},
            {"float64", "sqrt", -2.5, NaN, 0},
            {"float64", "sqrt", 2.0, 1.4142135623730951, 0},
            {"float64", "sqrt", -1.0, NaN, 0},
            {"float64", "sqrt", 1e-310, 9.999999999999986e-156, 0},
            {"float64", "sqrt", 1e+200, 1e+100, 0},
            {"float64", "sqrt", 3.0, 1.7320508075688772, 0},
            {"float64", "sqrt", 0.1, 0.31622776601683794, 0},
            {"float64", "neg", -0.0, 0.0, 0},
            {"float64", "neg", 0.0, -0.0, 0},
            {"float64", "neg", NaN, NaN, 0},
            {"float64", "neg", INF, -INF, 0},
            {"float64", "neg", -INF, INF, 0},
            {"float64", "neg", -2.5, 2.5, 0},
            {"float64", "neg", 2.0, -2.0, 0},
            {"float64", "neg", -1.0, 1.0, 0},
            {"float64", "neg", 1e-310, -1e-310, 0},
            {"float64", "neg", 1e+200, -1e+200, 0},
            {"float64", "neg", 3.0, -3.0, 0},
            {"float64", "neg", 0.1, -0.1, 0},
            {"float64", "abs", -0.0, 0.0, 0},
            {"float64", "abs", 0.0, 0.0, 0},
            {"float64", "abs", NaN, NaN, 0},
            {"float64", "abs", INF, INF, 0},
            {"float64", "abs", -INF, INF, 0},
            {"float64", "abs", -2.5, 2.5, 0},
            {"float64", "abs", 2.0, 2.0, 0},
            {"float64", "abs", -1.0, 1.0, 0},
            {"float64", "abs", 1e-310, 1e-310, 0},
            {"float64", "abs", 1e+200, 1e+200, 0},
            {"float64", "abs", 3.0, 3.0, 0},
            {"float64", "abs", 0.1, 0.1, 0},
            {"float64", "sign", -0.0, 0.0, 0},
            {"float64", "sign", 0.0, 0.0, 0},
            {"float64", "sign", NaN, NaN, 0},
            {"float64", "sign", INF, 1.0, 0},
            {"float64", "sign", -INF, -1.0, 0},
            {"float64", "sign", -2.5, -1.0, 0},
            {"float64", "sign", 2.0, 1.0, 0},
            {"float64", "sign", -1.0, -1.0, 0},
            {"float64", "sign", 1e-310, 1.0, 0},
            {"float64", "sign", 1e+200, 1.0, 0},
            {"float64", "sign", 3.0, 1.0, 0},
            {"float64", "sign", 0.1, 1.0, 0},
            {"float64", "square", -0.0, 0.0, 0},
            {"float64", "square", 0.0, 0.0, 0},
            {"float64", "square", NaN, NaN, 0},
            {"float64", "square", INF, INF, 0},
            {"float64", "square", -INF, INF, 0},
            {"float64", "square", -2.5, 6.25, 0},
            {"float64", "square", 2.0, 4.0, 0},
            {"float64", "square", -1.0, 1.0, 0},
            {"float64", "square", 1e-310, 0.0, 0},
            {"float64", "square", 1e+200, INF, 0},
            {"float64", "square", 3.0, 9.0, 0},
            {"float64", "square", 0.1, 0.010000000000000002, 0},
            {"float64", "log", 0.0, -INF, 2},
            {"float64", "log", -0.0, -INF, 2},
            {"float64", "log", -1.0, NaN, 2},
            {"float64", "log", 1.0, 0.0, 2},
            {"float64", "log", INF, INF, 2},
            {"float64", "log", -INF, NaN, 2},
            {"float64", "log", NaN, NaN, 2},
            {"float64", "log", 5e-324, -744.4400719213812, 2},
            {"float64", "exp", 0.0, 1.0, 2},
            {"float64", "exp", -0.0, 1.0, 2},
            {"float64", "exp", 1000.0, INF, 2},
            {"float64", "exp", -1000.0, 0.0, 2},
            {"float64", "exp", INF, INF, 2},
            {"float64", "exp", -INF, 0.0, 2},
            {"float64", "exp", NaN, NaN, 2},
            {"float64", "exp", 100.0, 2.6881171418161356e+43, 2},
            {"float64", "exp", -100.0, 3.720075976020836e-44, 2},
            {"float64", "exp", 709.0, 8.218407461554972e+307, 2},
            {"float64", "exp", -745.0, 5e-324, 2},
            {"float64", "sin", 0.0, 0.0, 2},
            {"float64", "sin", -0.0, -0.0, 2},
            {"float64", "sin", INF, NaN, 2},
            {"float64", "sin", -INF, NaN, 2},
            {"float64", "sin", NaN, NaN, 2},
            {"float64", "cos", 0.0, 1.0, 2},
            {"float64", "cos", -0.0, 1.0, 2},
            {"float64", "cos", INF, NaN, 2},
            {"float64", "cos", -INF, NaN, 2},
            {"float64", "cos", NaN, NaN, 2},
            {"float64", "tanh", 0.0, 0.0, 2},
            {"float64", "tanh", -0.0, -0.0, 2},
            {"float64", "tanh", INF, 1.0, 2},
            {"float64", "tanh", -INF, -1.0, 2},
            {"float64", "tanh", NaN, NaN, 2},
            {"float64", "tanh", 20.0, 1.0, 2},
            {"float64", "tanh", -20.0, -1.0, 2},
            {"float64", "tanh", 1e-300, 1e-300, 2},
            {"float32", "sqrt", -0.0, -0.0, 0},
            {"float32", "sqrt", 0.0, 0.0, 0},
            {"float32", "sqrt", NaN, NaN, 0},
            {"float32", "sqrt", INF, INF, 0},
            {"float32", "sqrt", -INF, NaN, 0},
            {"float32", "sqrt", -2.5, NaN, 0},
            {"float32", "sqrt", 2.0, 1.4142135381698608, 0},
            {"float32", "sqrt", -1.0, NaN, 0},
            {"float32", "sqrt", 0.0, 0.0, 0},
            {"float32", "sqrt", INF, INF, 0},
            {"float32", "sqrt", 3.0, 1.7320507764816284, 0},
            {"float32", "sqrt", 0.10000000149011612, 0.3162277638912201, 0},
            {"float32", "neg", -0.0, 0.0, 0},
            {"float32", "neg", 0.0, -0.0, 0},
            {"float32", "neg", NaN, NaN, 0},
            {"float32", "neg", INF, -INF, 0},
            {"float32", "neg", -INF, INF, 0},
            {"float32", "neg", -2.5, 2.5, 0},
            {"float32", "neg", 2.0, -2.0, 0},
            {"float32", "neg", -1.0, 1.0, 0},
            {"float32", "neg", 0.0, -0.0, 0},
            {"float32", "neg", INF, -INF, 0},
            {"float32", "neg", 3.0, -3.0, 0},
            {"float32", "neg", 0.10000000149011612, -0.10000000149011612, 0},
            {"float32", "abs", -0.0, 0.0, 0},
            {"float32", "abs", 0.0, 0.0, 0},
            {"float32", "abs", NaN, NaN, 0},
            {"float32", "abs", INF, INF, 0},
            {"float32", "abs", -INF, INF, 0},
            {"float32", "abs", -2.5, 2.5, 0},
            {"float32", "abs", 2.0, 2.0, 0},
            {"float32", "abs", -1.0, 1.0, 0},
            {"float32", "abs", 0.0, 0.0, 0},
            {"float32", "abs", INF, INF, 0},
            {"float32", "abs", 3.0, 3.0, 0},
            {"float32", "abs", 0.10000000149011612, 0.10000000149011612, 0},
            {"float32", "sign", -0.0, 0.0, 0},
            {"float32", "sign", 0.0, 0.0, 0},
            {"float32", "sign", NaN, NaN, 0},
            {"float32", "sign", INF, 1.0, 0},
            {"float32", "sign", -INF, -1.0, 0},
            {"float32", "sign", -2.5, -1.0, 0},
            {"float32", "sign", 2.0, 1.0, 0},
            {"float32", "sign", -1.0, -1.0, 0},
            {"float32", "sign", 0.0, 0.0, 0},
            {"float32", "sign", INF, 1.0, 0},
            {"float32", "sign", 3.0, 1.0, 0},
            {"float32", "sign", 0.10000000149011612, 1.0, 0},
            {"float32", "square", -0.0, 0.0, 0},
            {"float32", "square", 0.0, 0.0, 0},
            {"float32", "square", NaN, NaN, 0},
            {"float32", "square", INF, INF, 0},
            {"float32", "square", -INF, INF, 0},
            {"float32", "square", -2.5, 6.25, 0},
            {"float32", "square", 2.0, 4.0, 0},
            {"float32", "square", -1.0, 1.0, 0},
            {"float32", "square", 0.0, 0.0, 0},
            {"float32", "square", INF, INF, 0},
            {"float32", "square", 3.0, 9.0, 0},
            {"float32", "square", 0.10000000149011612, 0.010000000707805157, 0},
            {"float32", "log", 0.0, -INF, 4},
            {"float32", "log", -0.0, -INF, 4},
            {"float32", "log", -1.0, NaN, 4},
            {"float32", "log", 1.0, 0.0, 4},
            {"float32", "log", INF, INF, 4},
            {"float32", "log", -INF, NaN, 4},
            {"float32", "log", NaN, NaN, 4},
            {"float32", "log", 0.0, -INF, 4},
            {"float32", "exp", 0.0, 1.0, 4},
            {"float32", "exp", -0.0, 1.0, 4},
            {"float32", "exp", 1000.0, INF, 4},
            {"float32", "exp", -1000.0, 0.0, 4},
            {"float32", "exp", INF, INF, 4},
            {"float32", "exp", -INF, 0.0, 4},
            {"float32", "exp", NaN, NaN, 4},
            {"float32", "exp", 100.0, INF, 4},
            {"float32", "exp", -100.0, 3.783505853677006e-44, 4},
            {"float32", "exp", 709.0, INF, 4},
            {"float32", "exp", -745.0, 0.0, 4},
            {"float32", "sin", 0.0, 0.0, 4},
            {"float32", "sin", -0.0, -0.0, 4},
            {"float32", "sin", INF, NaN, 4},
            {"float32", "sin", -INF, NaN, 4},
            {"float32", "sin", NaN, NaN, 4},
            {"float32", "cos", 0.0, 1.0, 4},
            {"float32", "cos", -0.0, 1.0, 4},
            {"float32", "cos", INF, NaN, 4},
            {"float32", "cos", -INF, NaN, 4},
            {"float32", "cos", NaN, NaN, 4},
            {"float32", "tanh", 0.0, 0.0, 4},
            {"float32", "tanh", -0.0, -0.0, 4},
            {"float32", "tanh", INF, 1.0, 4},
            {"float32", "tanh", -INF, -1.0, 4},
            {"float32", "tanh", NaN, NaN, 4},
            {"float32", "tanh", 20.0, 1.0, 4},
            {"float32", "tanh", -20.0, -1.0, 4},
            {"float32", "tanh", 0.0, 0.0, 4},
    };
    // </generated:unary-cases>

    // <generated:int-cases> by gen_semantics_fixtures.py with NumPy 2.4.6; do not edit by hand
    /** {dtype, op, a, b (null for unary), NumPy's array-op-array result, NumPy's array-op-weak-int result}. */
    static final Object[][] INT_CASES = {
            {"int32", "add", 2147483647L, 1L, -2147483648L, -2147483648L},
            {"int32", "sub", -2147483648L, 1L, 2147483647L, 2147483647L},
            {"int32", "mul", -2147483648L, -1L, -2147483648L, -2147483648L},
            {"int32", "mul", 65536L, 65536L, 0L, 0L},
            {"int32", "mul", 1073741824L, 4L, 0L, 0L},
            {"int32", "neg", -2147483648L, null, -2147483648L, null},
            {"int32", "abs", -2147483648L, null, -2147483648L, null},
            {"int32", "square", 65536L, null, 0L, null},
            {"int32", "square", 46341L, null, -2147479015L, null},
            {"int32", "sign", -2147483648L, null, -1L, null},
            {"int32", "floorDiv", -2147483648L, -1L, -2147483648L, -2147483648L},
            {"int32", "mod", -2147483648L, -1L, 0L, 0L},
            {"int32", "pow", 3L, 40L, 689956897L, 689956897L},
            {"int32", "pow", 0L, 0L, 1L, 1L},
            {"int32", "pow", -2L, 31L, -2147483648L, -2147483648L},
            {"int32", "pow", 2L, 32L, 0L, 0L},
            {"int32", "pow", -1L, 2147483647L, -1L, -1L},
            {"int32", "pow", 7L, 0L, 1L, 1L},
            {"int64", "add", 9223372036854775807L, 1L, -9223372036854775808L, -9223372036854775808L},
            {"int64", "sub", -9223372036854775808L, 1L, 9223372036854775807L, 9223372036854775807L},
            {"int64", "mul", 4611686018427387904L, 4L, 0L, 0L},
            {"int64", "mul", -9223372036854775808L, -1L, -9223372036854775808L, -9223372036854775808L},
            {"int64", "neg", -9223372036854775808L, null, -9223372036854775808L, null},
            {"int64", "abs", -9223372036854775808L, null, -9223372036854775808L, null},
            {"int64", "square", 4294967296L, null, 0L, null},
            {"int64", "floorDiv", -9223372036854775808L, -1L, -9223372036854775808L, -9223372036854775808L},
            {"int64", "mod", -9223372036854775808L, -1L, 0L, 0L},
            {"int64", "pow", 3L, 40L, -6289078614652622815L, -6289078614652622815L},
            {"int64", "pow", 0L, 0L, 1L, 1L},
            {"int64", "pow", 2L, 63L, -9223372036854775808L, -9223372036854775808L},
            {"int64", "pow", 2L, 64L, 0L, 0L},
            {"int64", "pow", -3L, 41L, 420491770248316829L, 420491770248316829L},
            {"int64", "maximum", -9223372036854775808L, 9223372036854775807L, 9223372036854775807L, 9223372036854775807L},
            {"int64", "minimum", -9223372036854775808L, 9223372036854775807L, -9223372036854775808L, -9223372036854775808L},
            {"int32", "floorDiv", -7L, 2L, -4L, -4L},
            {"int32", "mod", -7L, 2L, 1L, 1L},
            {"int64", "floorDiv", 7L, -2L, -4L, -4L},
            {"int64", "mod", 7L, -2L, -1L, -1L},
    };
    /** np.sum(np.array([2**30] * 3, int32)): int64 accumulation. */
    static final long SUM_I32_2POW30_X3 = 3221225472L;
    /** np.sum(np.array([2**62, 2**62], int64)): wraps. */
    static final long SUM_I64_2POW62_X2 = -9223372036854775808L;
    /** np.sum(np.array([MAX, MAX, MAX], int32)). */
    static final long SUM_I32_MAX_X3 = 6442450941L;
    /** np.prod(np.array([65536, 65536], int32)): int64 accumulation. */
    static final long PROD_I32_65536_X2 = 4294967296L;
    // </generated:int-cases>

    // <generated:nan> by gen_semantics_fixtures.py with NumPy 2.4.6; do not edit by hand
    static final double[] NAN_BASE = new double[] {3.0, 1.0, 4.0, 1.0, 5.0};
    static final int[] NAN_POSITIONS = {0, 2, 4};
    /** {dtype, NaN position, max, min, argmax, argmin} of NAN_BASE with a NaN there. */
    static final Object[][] NAN_REDUCE = {
            {"float64", 0, NaN, NaN, 0, 0},
            {"float64", 2, NaN, NaN, 2, 2},
            {"float64", 4, NaN, NaN, 4, 4},
            {"float64", 13, NaN, NaN, 1, 1},
            {"float32", 0, NaN, NaN, 0, 0},
            {"float32", 2, NaN, NaN, 2, 2},
            {"float32", 4, NaN, NaN, 4, 4},
            {"float32", 13, NaN, NaN, 1, 1},
    };
    /** {dtype, NaN position, maximum(x, 2), maximum(2, x), minimum(x, 2), minimum(2, x), clip(x, 1.5, 3.5), clip(x, lo, 3.5) with lo = 1.5 but NaN at the position, clip(x, 1.5, hi) likewise}; 2 is an array. */
    static final Object[][] NAN_ELEMENTWISE = {
            {"float64", 0, new double[] {NaN, 2.0, 4.0, 2.0, 5.0}, new double[] {NaN, 2.0, 4.0, 2.0, 5.0}, new double[] {NaN, 1.0, 2.0, 1.0, 2.0}, new double[] {NaN, 1.0, 2.0, 1.0, 2.0}, new double[] {NaN, 1.5, 3.5, 1.5, 3.5}, new double[] {NaN, 1.5, 3.5, 1.5, 3.5}, new double[] {NaN, 1.5, 3.5, 1.5, 3.5}},
            {"float64", 2, new double[] {3.0, 2.0, NaN, 2.0, 5.0}, new double[] {3.0, 2.0, NaN, 2.0, 5.0}, new double[] {2.0, 1.0, NaN, 1.0, 2.0}, new double[] {2.0, 1.0, NaN, 1.0, 2.0}, new double[] {3.0, 1.5, NaN, 1.5, 3.5}, new double[] {3.0, 1.5, NaN, 1.5, 3.5}, new double[] {3.0, 1.5, NaN, 1.5, 3.5}},
            {"float64", 4, new double[] {3.0, 2.0, 4.0, 2.0, NaN}, new double[] {3.0, 2.0, 4.0, 2.0, NaN}, new double[] {2.0, 1.0, 2.0, 1.0, NaN}, new double[] {2.0, 1.0, 2.0, 1.0, NaN}, new double[] {3.0, 1.5, 3.5, 1.5, NaN}, new double[] {3.0, 1.5, 3.5, 1.5, NaN}, new double[] {3.0, 1.5, 3.5, 1.5, NaN}},
            {"float32", 0, new double[] {NaN, 2.0, 4.0, 2.0, 5.0}, new double[] {NaN, 2.0, 4.0, 2.0, 5.0}, new double[] {NaN, 1.0, 2.0, 1.0, 2.0}, new double[] {NaN, 1.0, 2.0, 1.0, 2.0}, new double[] {NaN, 1.5, 3.5, 1.5, 3.5}, new double[] {NaN, 1.5, 3.5, 1.5, 3.5}, new double[] {NaN, 1.5, 3.5, 1.5, 3.5}},
            {"float32", 2, new double[] {3.0, 2.0, NaN, 2.0, 5.0}, new double[] {3.0, 2.0, NaN, 2.0, 5.0}, new double[] {2.0, 1.0, NaN, 1.0, 2.0}, new double[] {2.0, 1.0, NaN, 1.0, 2.0}, new double[] {3.0, 1.5, NaN, 1.5, 3.5}, new double[] {3.0, 1.5, NaN, 1.5, 3.5}, new double[] {3.0, 1.5, NaN, 1.5, 3.5}},
            {"float32", 4, new double[] {3.0, 2.0, 4.0, 2.0, NaN}, new double[] {3.0, 2.0, 4.0, 2.0, NaN}, new double[] {2.0, 1.0, 2.0, 1.0, NaN}, new double[] {2.0, 1.0, 2.0, 1.0, NaN}, new double[] {3.0, 1.5, 3.5, 1.5, NaN}, new double[] {3.0, 1.5, 3.5, 1.5, NaN}, new double[] {3.0, 1.5, 3.5, 1.5, NaN}},
    };
    /** np.clip(NAN_BASE, nan, 3.5), np.clip(NAN_BASE, 1.5, nan), np.clip(NAN_BASE, 4.0, 2.0). */
    static final double[] CLIP_NAN_LO = new double[] {NaN, NaN, NaN, NaN, NaN};
    static final double[] CLIP_NAN_HI = new double[] {NaN, NaN, NaN, NaN, NaN};
    static final double[] CLIP_LO_GT_HI = new double[] {2.0, 2.0, 2.0, 2.0, 2.0};
    /** A 3x4 matrix with NaNs at (0,1), (1,0), (2,3); reductions along axis 0 and 1. */
    static final double[] NAN_MATRIX = new double[] {0.0, NaN, 2.0, -3.0, NaN, -5.0, 6.0, -7.0, 8.0, -9.0, 10.0, NaN};
    static final double[] NAN_MATRIX_MAX_AXIS0 = new double[] {NaN, NaN, 10.0, NaN};
    static final double[] NAN_MATRIX_MAX_AXIS1 = new double[] {NaN, NaN, NaN};
    static final double[] NAN_MATRIX_MIN_AXIS0 = new double[] {NaN, NaN, 2.0, NaN};
    static final double[] NAN_MATRIX_MIN_AXIS1 = new double[] {NaN, NaN, NaN};
    static final double[] NAN_MATRIX_ARGMAX_AXIS0 = new double[] {1.0, 0.0, 2.0, 2.0};
    static final double[] NAN_MATRIX_ARGMAX_AXIS1 = new double[] {1.0, 0.0, 3.0};
    static final double[] NAN_MATRIX_ARGMIN_AXIS0 = new double[] {1.0, 0.0, 0.0, 2.0};
    static final double[] NAN_MATRIX_ARGMIN_AXIS1 = new double[] {1.0, 0.0, 3.0};
    /** arange(1000) % 97 with a NaN at 777: np.max, np.argmax, np.argmin. */
    static final double BIG_NAN_MAX = NaN;
    static final long BIG_NAN_ARGMAX = 777L;
    static final long BIG_NAN_ARGMIN = 777L;
    /** np.argmax([inf, nan]). */
    static final long ARGMAX_INF_NAN = 1L;
    /** np.argmin([-inf, nan]). */
    static final long ARGMIN_NEGINF_NAN = 1L;
    /** np.argmax([1.0, 3.0, 3.0, 2.0]). */
    static final long ARGMAX_TIES = 1L;
    /** np.argmin([2.0, 1.0, 1.0, 3.0]). */
    static final long ARGMIN_TIES = 1L;
    /** np.argmax / np.argmin of int32 [1, 3, 3, 2]. */
    static final long ARGMAX_I32_TIES = 1L;
    static final long ARGMIN_I32_TIES = 0L;
    /** np.any([nan]), np.all([nan, 1.0]), np.sum([1, nan]), np.sum([inf, -inf]). */
    static final boolean ANY_NAN = true;
    static final boolean ALL_NAN_1 = true;
    static final double SUM_1_NAN = NaN;
    static final double SUM_INF_NEGINF = NaN;
    // </generated:nan>

    // <generated:comparisons> by gen_semantics_fixtures.py with NumPy 2.4.6; do not edit by hand
    static final double[] CMP_A = new double[] {NaN, 1.0, NaN, INF, -INF, 0.0, -0.0, 1.0, 2.0};
    static final double[] CMP_B = new double[] {1.0, NaN, NaN, INF, NaN, -0.0, 0.0, 1.0, 1.0};
    /** {dtype, op, NumPy's CMP_A op CMP_B, NumPy's CMP_A op nan (weak), NumPy's CMP_A op 1.0 (weak)}. */
    static final Object[][] CMP_CASES = {
            {"float64", "eq", new boolean[] {false, false, false, true, false, true, true, true, false}, new boolean[] {false, false, false, false, false, false, false, false, false}, new boolean[] {false, true, false, false, false, false, false, true, false}},
            {"float64", "ne", new boolean[] {true, true, true, false, true, false, false, false, true}, new boolean[] {true, true, true, true, true, true, true, true, true}, new boolean[] {true, false, true, true, true, true, true, false, true}},
            {"float64", "lt", new boolean[] {false, false, false, false, false, false, false, false, false}, new boolean[] {false, false, false, false, false, false, false, false, false}, new boolean[] {false, false, false, false, true, true, true, false, false}},
            {"float64", "le", new boolean[] {false, false, false, true, false, true, true, true, false}, new boolean[] {false, false, false, false, false, false, false, false, false}, new boolean[] {false, true, false, false, true, true, true, true, false}},
            {"float64", "gt", new boolean[] {false, false, false, false, false, false, false, false, true}, new boolean[] {false, false, false, false, false, false, false, false, false}, new boolean[] {false, false, false, true, false, false, false, false, true}},
            {"float64", "ge", new boolean[] {false, false, false, true, false, true, true, true, true}, new boolean[] {false, false, false, false, false, false, false, false, false}, new boolean[] {false, true, false, true, false, false, false, true, true}},
            {"float32", "eq", new boolean[] {false, false, false, true, false, true, true, true, false}, new boolean[] {false, false, false, false, false, false, false, false, false}, new boolean[] {false, true, false, false, false, false, false, true, false}},
            {"float32", "ne", new boolean[] {true, true, true, false, true, false, false, false, true}, new boolean[] {true, true, true, true, true, true, true, true, true}, new boolean[] {true, false, true, true, true, true, true, false, true}},
            {"float32", "lt", new boolean[] {false, false, false, false, false, false, false, false, false}, new boolean[] {false, false, false, false, false, false, false, false, false}, new boolean[] {false, false, false, false, true, true, true, false, false}},
            {"float32", "le", new boolean[] {false, false, false, true, false, true, true, true, false}, new boolean[] {false, false, false, false, false, false, false, false, false}, new boolean[] {false, true, false, false, true, true, true, true, false}},
            {"float32", "gt", new boolean[] {false, false, false, false, false, false, false, false, true}, new boolean[] {false, false, false, false, false, false, false, false, false}, new boolean[] {false, false, false, true, false, false, false, false, true}},
            {"float32", "ge", new boolean[] {false, false, false, true, false, true, true, true, true}, new boolean[] {false, false, false, false, false, false, false, false, false}, new boolean[] {false, true, false, true, false, false, false, true, true}},
    };
    /** np.array([2**53 + 1]) == np.array([2.0**53]); np.array([2**53 + 1]) == 2.0**53 (weak). */
    static final boolean I64_EQ_F64 = true;
    static final boolean I64_EQ_WEAK_F64 = true;
    /** np.array([MIN, -1, 0, MAX], int32) eq 2**40 and eq -2**40 (weak, compared exactly). */
    static final boolean[] I32_EQ_2POW40 = new boolean[] {false, false, false, false};
    static final boolean[] I32_EQ_NEG2POW40 = new boolean[] {false, false, false, false};
    /** np.array([MIN, -1, 0, MAX], int32) ne 2**40 and ne -2**40 (weak, compared exactly). */
    static final boolean[] I32_NE_2POW40 = new boolean[] {true, true, true, true};
    static final boolean[] I32_NE_NEG2POW40 = new boolean[] {true, true, true, true};
    /** np.array([MIN, -1, 0, MAX], int32) lt 2**40 and lt -2**40 (weak, compared exactly). */
    static final boolean[] I32_LT_2POW40 = new boolean[] {true, true, true, true};
    static final boolean[] I32_LT_NEG2POW40 = new boolean[] {false, false, false, false};
    /** np.array([MIN, -1, 0, MAX], int32) le 2**40 and le -2**40 (weak, compared exactly). */
    static final boolean[] I32_LE_2POW40 = new boolean[] {true, true, true, true};
    static final boolean[] I32_LE_NEG2POW40 = new boolean[] {false, false, false, false};
    /** np.array([MIN, -1, 0, MAX], int32) gt 2**40 and gt -2**40 (weak, compared exactly). */
    static final boolean[] I32_GT_2POW40 = new boolean[] {false, false, false, false};
    static final boolean[] I32_GT_NEG2POW40 = new boolean[] {true, true, true, true};
    /** np.array([MIN, -1, 0, MAX], int32) ge 2**40 and ge -2**40 (weak, compared exactly). */
    static final boolean[] I32_GE_2POW40 = new boolean[] {false, false, false, false};
    static final boolean[] I32_GE_NEG2POW40 = new boolean[] {true, true, true, true};
    // </generated:comparisons>

    // <generated:f32-weak> by gen_semantics_fixtures.py with NumPy 2.4.6; do not edit by hand
    /** float32 inputs (written as the doubles they widen to). */
    static final double[] X32 = doubles("""
            0.0, -0.0, 1.0, -1.0, 0.10000000149011612,
            3.0, 16777216.0, 9.999999350456404e-39, 0.013313723728060722, 73977.3203125,
            -19.01747703552246, 139538272.0, 0.0003382451250217855, 2.204759120941162, -13674.1181640625,
            0.01779523864388466, -9.364613106299657e-06, 2775.926025390625, 0.00018008418555837125, -23026823168.0,
            0.003309620078653097, 1.0902449503191747e-06, -6.927090794306423e-07, 6917170.5, 104322112.0,
            -4.599899057211587e-06, 2.29766228585504e-05, -1.7312896251678467, 0.7557774186134338, -3648816.5,
            -1459263.625, -429831200.0, 108326.28125, -5642.46484375, -5.198962753638625e-07,
            -0.5104562044143677, 32925986816.0, 12149111.0, -29590263808.0, 0.00020588489132933319,
            -66.20532989501953, -0.20897766947746277, -33.67400360107422, 33459718144.0, -0.0005179706495255232,
            -0.045040059834718704, 35532.89453125, 5.062101990915835e-07, 205181501440.0, 0.0057346876710653305,
            2.5904369067575317e-06, -7986.58935546875, -2.9991590054123662e-05, -206599634944.0, -3906372864.0,
            -14879869.0, 12750.396484375, 85375544.0, -2849472000.0, -16780504064.0,
            0.00021366053260862827, 113159.7109375, -2776843.75, 65631.4921875, -6682597.5,
            18375926.0, 0.00059339968720451, -488737.59375, 0.8837273120880127, 227966.25,
            9524.5263671875, 1312.5458984375, -6844806.5, 14162719.0, -281.91082763671875,
            0.0023951607290655375, -185984896.0, -510195456.0, 1.025685833155876e-06, -37741.3984375,
            8098324480.0, -0.01925167813897133, -159873384448.0, -9.50572793954052e-05, -485.1236267089844,
            377107840.0, 0.4346983730792999, -7714.2685546875, -403.41693115234375, -2.8356544135021977e-05,
            -1.1202510904695373e-05, 259424320.0, -4.286586284637451, -4078.29052734375, 2.4345405101776123,
            148460.046875, -12014680064.0, 1.538439154624939, 4024.897705078125, -1.1641308446996845e-05,
            0.08984223008155823, 5.766746724589211e-08, -0.00014936352090444416, -18.125627517700195, -53904.09765625,
            0.007669939659535885, -6.176150798797607, -3174.317626953125, 12.953471183776855, 0.17339178919792175,
            -388622450688.0, 398497513472.0, 0.0020285798236727715, 11847627776.0, -442.38409423828125,
            -0.0009270237060263753, -1.1289117336273193, 0.054548025131225586, -102580543488.0, 3.870918590109795e-05,
            352937696.0, -1.727614164352417, 0.012205729261040688, 17493338.0, -0.00011266353976679966,
            400796448.0, -20966580.0, 0.7387853264808655, 47040.43359375, 4.300302982330322,
            -3641640.75, -27.016239166259766, 3064.072998046875, -0.0012008135672658682, 1193065.125,
            -2.5293182261520997e-05, -3.5687371564563364e-05, 7.109923103598703e-07, -1.811135734897107e-05, -52503.13671875,
            -464194568192.0, 2.7096803023596294e-05, -225.6385498046875, 1.1516575568748522e-06, 0.006411233451217413,
            178234.765625, 961755.5625, 21998997504.0, 3438540800.0, -509761716224.0,
            13116424192.0, -0.29320773482322693, -3940143.5, -99511738368.0, -25523855360.0,
            -90.42423248291016, 17.852108001708984, -987146.875, 0.0016415172722190619, -407125.1875,
            -0.36837562918663025, 204.90823364257812, 56403496960.0, 441.76190185546875, 0.8256888389587402,
            3266462.25, -965930.1875, -4.565559387207031, -2.771862506866455, -0.0029842148069292307,
            -770412.9375, -9.273723549085844e-07, -0.27361446619033813, -2.1586069124168716e-05, 826118848.0,
            2.7101446903543547e-05, 2825059072.0, 374067036160.0, -50033.140625, -44499.484375,
            -35888480.0, -5261897.5, 1.1384507160983048e-05, 5.478641469380818e-07, -10885872.0,
            -5.870392669748981e-07, 98972864.0, -26752626688.0, -0.05142037197947502, 97456136.0,
            3.88859486579895, 2941.163818359375, -5.747705245084944e-07, -0.6246495246887207, 1458493.125,
            7.116749475244433e-05, -913721.4375, 3.360635309945792e-05, -466458673152.0, 60507896.0,
            -0.0008842520765028894, -33518414.0, -709043136.0, -37346.390625, 542520.4375,
            1037885308928.0, 2991976192.0, -1.6487982273101807, 0.09222771227359772, 0.00033132589305751026,
            -3.5445629009700497e-07, -1802369152.0, -125704.3125, 0.0010274318046867847, -317632.34375,
            -21580286.0, -1.0810048252096749e-06, -0.40605634450912476, 92040871936.0, -3.088282585144043,
            -9.999618487199768e-05, 5646326.5, 9.260173072789257e-08, 3221.757568359375, 10953259.0,
            -0.003713446669280529, 944692.9375, 44695511040.0, -7539542016.0, 1.186169629363576e-05,
            -12037706752.0, 2477300.5, -5.617536658064637e-08, -4106.7666015625, 33.64555358886719,
            -4.817761146114208e-05, -0.00034196797059848905, 25181.501953125, 134935920640.0, -2.6053860187530518,
            -1.050126075744629, -38793732096.0, 0.009640902280807495, 1.7454429723784415e-07, -8059251.0,
            554461376.0, 0.0003502769395709038, -3132.063720703125, -10804251648.0, 15826024448.0,
            -0.38688334822654724, -9.713290637591854e-06, 9291022.0, -463550.40625, -50.56317901611328,
            -478.85919189453125, -0.02967202290892601, 0.496277779340744, -506269.65625, 0.22190898656845093,
            -0.00010547575948294252, 334171.46875, 14410390528.0, 4266.576171875, -3699303.0,
            -0.003686869516968727, -31876.923828125, 9428.7587890625, -818243.0, -5.536442279815674,
            -7.157973868743284e-06, 0.014194691553711891, -0.004866006318479776, 1.2126424312591553, -5288803328.0,
            -0.16713763773441315, 381678976.0, -1120180608.0, -20109526.0, 4.073194048714868e-08,
            51003383808.0, 0.02175271324813366, 1829639.5, 437445.3125, 23339954176.0,
            -26.31288719177246, 247811915776.0, 633204544.0, 0.33419790863990784, 216561664000.0,
            -78615.703125, -0.6809683442115784, 1520264832.0, 277703720960.0, -3.706033945083618,
            81302072.0, 12.212027549743652, 8.489536412525922e-05, -2.0878117084066616e-06, -6573.29833984375,
            12.73487377166748, 1372918.125, -92248.2265625, -0.1711033582687378, -173.43687438964844,
            -33249620.0, -36882178048.0, 3904669440.0, 54.4390869140625, 0.0006909624207764864,
            -0.0005286853411234915, -0.23031942546367645, 159032496.0, -1768304640.0, 0.24917465448379517,
            3.3034026622772217, 0.0002207892102887854, -3672861.75, -2.97467595373746e-05, -0.012162169441580772,
            """);
    /** {op, constant (Java source), NumPy's X32 op constant, all float32}. */
    static final Object[][] F32_WEAK = {
            {"mul", 0.1, doubles("""
                    0.0, -0.0, 0.10000000149011612, -0.10000000149011612, 0.010000000707805157,
                    0.30000001192092896, 1677721.625, 1.0000002153053333e-39, 0.001331372419372201, 7397.73193359375,
                    -1.901747703552246, 13953827.0, 3.382451177458279e-05, 0.2204759120941162, -1367.411865234375,
                    0.0017795239109545946, -9.364613333673333e-07, 277.5926208496094, 1.8008418919635005e-05, -2302682368.0,
                    0.0003309620078653097, 1.0902449787408841e-07, -6.927091078523517e-08, 691717.0625, 10432211.0,
                    -4.599899057211587e-07, 2.29766237680451e-06, -0.17312896251678467, 0.0755777433514595, -364881.65625,
                    -145926.359375, -42983120.0, 10832.6279296875, -564.2465209960938, -5.1989626825843516e-08,
                    -0.05104562267661095, 3292598784.0, 1214911.125, -2959026432.0, 2.058848986052908e-05,
                    -6.620532989501953, -0.020897766575217247, -3.3674004077911377, 3345971968.0, -5.179706568014808e-05,
                    -0.004504005890339613, 3553.28955078125, 5.0621022040786556e-08, 20518150144.0, 0.0005734688020311296,
                    2.5904370204443694e-07, -798.658935546875, -2.9991590508871013e-06, -20659963904.0, -390637280.0,
                    -1487986.875, 1275.0396728515625, 8537555.0, -284947200.0, -1678050432.0,
                    2.1366053260862827e-05, 11315.9716796875, -277684.375, 6563.1494140625, -668259.75,
                    1837592.625, 5.933997090323828e-05, -48873.76171875, 0.08837272971868515, 22796.625,
                    952.45263671875, 131.2545928955078, -684480.6875, 1416271.875, -28.191083908081055,
                    0.0002395160699961707, -18598490.0, -51019548.0, 1.0256858473667307e-07, -3774.139892578125,
                    809832448.0, -0.0019251678604632616, -15987338240.0, -9.505728485237341e-06, -48.51236343383789,
                    37710784.0, 0.04346983879804611, -771.4268798828125, -40.34169387817383, -2.8356544135021977e-06,
                    -1.1202511132069048e-06, 25942432.0, -0.4286586344242096, -407.8290710449219, 0.24345405399799347,
                    14846.0048828125, -1201468032.0, 0.1538439244031906, 402.4897766113281, -1.164130821962317e-06,
                    0.008984223008155823, 5.766746635771369e-09, -1.4936352272343356e-05, -1.8125628232955933, -5390.40966796875,
                    0.0007669939659535885, -0.6176151037216187, -317.4317626953125, 1.2953470945358276, 0.017339179292321205,
                    -38862245888.0, 39849750528.0, 0.00020285799109842628, 1184762752.0, -44.23841094970703,
                    -9.270237205782905e-05, -0.11289117485284805, 0.005454802419990301, -10258054144.0, 3.870918590109795e-06,
                    35293772.0, -0.17276142537593842, 0.0012205729726701975, 1749333.875, -1.1266353794781025e-05,
                    40079644.0, -2096658.0, 0.07387853413820267, 4704.04345703125, 0.43003031611442566,
                    -364164.09375, -2.7016239166259766, 306.4073181152344, -0.00012008135672658682, 119306.515625,
                    -2.5293181806773646e-06, -3.5687371564563364e-06, 7.109922961490156e-08, -1.8111358031092095e-06, -5250.31396484375,
                    -46419456000.0, 2.7096803023596294e-06, -22.56385612487793, 1.1516575426639974e-07, 0.0006411233334802091,
                    17823.4765625, 96175.5546875, 2199899904.0, 343854080.0, -50976174080.0,
                    1311642496.0, -0.029320774599909782, -394014.34375, -9951173632.0, -2552385536.0,
                    -9.042423248291016, 1.7852108478546143, -98714.6875, 0.00016415173013228923, -40712.51953125,
                    -0.036837562918663025, 20.49082374572754, 5640349696.0, 44.17618942260742, 0.08256888389587402,
                    326646.21875, -96593.0234375, -0.45655593276023865, -0.27718624472618103, -0.00029842148069292307,
                    -77041.296875, -9.273723833302938e-08, -0.027361446991562843, -2.158607003366342e-06, 82611888.0,
                    2.71014482677856e-06, 282505920.0, 37406703616.0, -5003.31396484375, -4449.94873046875,
                    -3588848.0, -526189.75, 1.1384507843104075e-06, 5.478641540435092e-08, -1088587.25,
                    -5.870392882911801e-08, 9897287.0, -2675262720.0, -0.00514203729107976, 9745614.0,
                    0.38885948061943054, 294.11639404296875, -5.747705245084944e-08, -0.06246495246887207, 145849.3125,
                    7.116749657143373e-06, -91372.1484375, 3.3606354463699972e-06, -46645866496.0, 6050789.5,
                    -8.842520765028894e-05, -3351841.5, -70904312.0, -3734.63916015625, 54252.04296875,
                    103788535808.0, 299197632.0, -0.16487982869148254, 0.009222771041095257, 3.313259003334679e-05,
                    -3.544563043078597e-08, -180236912.0, -12570.431640625, 0.00010274317901348695, -31763.234375,
                    -2158028.75, -1.081004867842239e-07, -0.040605634450912476, 9204087808.0, -0.3088282644748688,
                    -9.999618669098709e-06, 564632.6875, 9.260173072789257e-09, 322.1757507324219, 1095325.875,
                    -0.0003713446785695851, 94469.296875, 4469551104.0, -753954240.0, 1.1861696975756786e-06,
                    -1203770752.0, 247730.046875, -5.617536658064637e-09, -410.6766662597656, 3.3645553588867188,
                    -4.817761237063678e-06, -3.4196797059848905e-05, 2518.150146484375, 13493592064.0, -0.26053860783576965,
                    -0.10501261055469513, -3879373312.0, 0.0009640902280807495, 1.745443078959852e-08, -805925.125,
                    55446140.0, 3.5027693229494616e-05, -313.2063903808594, -1080425216.0, 1582602496.0,
                    -0.038688335567712784, -9.71329086496553e-07, 929102.1875, -46355.04296875, -5.0563178062438965,
                    -47.885921478271484, -0.0029672023374587297, 0.04962777718901634, -50626.96484375, 0.022190898656845093,
                    -1.0547576493991073e-05, 33417.1484375, 1441039104.0, 426.6576232910156, -369930.3125,
                    -0.0003686869458761066, -3187.6923828125, 942.8759155273438, -81824.3046875, -0.5536442399024963,
                    -7.157973982430121e-07, 0.0014194691320881248, -0.0004866006493102759, 0.12126424163579941, -528880352.0,
                    -0.016713764518499374, 38167900.0, -112018064.0, -2010952.625, 4.073194226350552e-09,
                    5100338688.0, 0.002175271278247237, 182963.953125, 43744.53125, 2333995520.0,
                    -2.631288766860962, 24781191168.0, 63320456.0, 0.03341979160904884, 21656166400.0,
                    -7861.5703125, -0.0680968388915062, 152026480.0, 27770372096.0, -0.37060341238975525,
                    8130207.5, 1.2212027311325073, 8.489536412525922e-06, -2.087811736828371e-07, -657.329833984375,
                    1.2734874486923218, 137291.8125, -9224.8232421875, -0.01711033657193184, -17.343687057495117,
                    -3324962.0, -3688217856.0, 390466944.0, 5.44390869140625, 6.909624062245712e-05,
                    -5.286853411234915e-05, -0.023031942546367645, 15903250.0, -176830464.0, 0.024917466565966606,
                    0.33034026622772217, 2.207892066508066e-05, -367286.1875, -2.974675908262725e-06, -0.0012162169441580772,
                    """)},  // 66 of 320 differ if computed in double with the unrounded constant
            {"mul", 1e-3, doubles("""
                    0.0, -0.0, 0.0010000000474974513, -0.0010000000474974513, 0.00010000000474974513,
                    0.003000000026077032, 16777.216796875, 9.999665841421895e-42, 1.3313724593899678e-05, 73.97732543945312,
                    -0.019017478451132774, 139538.28125, 3.3824514389380056e-07, 0.002204759279266, -13.674118995666504,
                    1.779523881850764e-05, -9.364613973161795e-09, 2.775926113128662, 1.8008419999659964e-07, -23026824.0,
                    3.3096202969318256e-06, 1.0902450053862367e-09, -6.927091122932438e-10, 6917.1708984375, 104322.1171875,
                    -4.599899128265861e-09, 2.2976623270665186e-08, -0.0017312896670773625, 0.0007557774661108851, -3648.816650390625,
                    -1459.263671875, -429831.21875, 108.32628631591797, -5.642465114593506, -5.198962926833417e-10,
                    -0.0005104562151245773, 32925988.0, 12149.111328125, -29590266.0, 2.0588490201589593e-07,
                    -0.06620533019304276, -0.00020897768263239413, -0.033674005419015884, 33459720.0, -5.179706477065338e-07,
                    -4.504006210481748e-05, 35.53289794921875, 5.0621024039188e-10, 205181504.0, 5.734687874792144e-06,
                    2.5904369760354484e-09, -7.9865899085998535, -2.999159320893341e-08, -206599648.0, -3906373.0,
                    -14879.8701171875, 12.750396728515625, 85375.546875, -2849472.25, -16780504.0,
                    2.136605417035753e-07, 113.15971374511719, -2776.843994140625, 65.6314926147461, -6682.59765625,
                    18375.927734375, 5.933997044849093e-07, -488.73760986328125, 0.0008837273344397545, 227.9662628173828,
                    9.524526596069336, 1.3125460147857666, -6844.806640625, 14162.7197265625, -0.28191083669662476,
                    2.3951608909555944e-06, -185984.90625, -510195.46875, 1.0256858695711912e-09, -37.74140167236328,
                    8098325.0, -1.925167816807516e-05, -159873392.0, -9.505728115755119e-08, -0.4851236641407013,
                    377107.84375, 0.0004346983914729208, -7.714268684387207, -0.4034169614315033, -2.835654555610745e-08,
                    -1.1202511807084647e-08, 259424.328125, -0.004286586306989193, -4.078290939331055, 0.0024345405399799347,
                    148.46005249023438, -12014681.0, 0.0015384391881525517, 4.024898052215576, -1.1641309249910137e-08,
                    8.984223677543923e-05, 5.766747149249518e-11, -1.4936352954464382e-07, -0.0181256290525198, -53.90409851074219,
                    7.669939805055037e-06, -0.006176150869578123, -3.1743178367614746, 0.012953471392393112, 0.00017339180340059102,
                    -388622464.0, 398497536.0, 2.028579956458998e-06, 11847628.0, -0.44238412380218506,
                    -9.27023734220711e-07, -0.0011289117392152548, 5.4548028856515884e-05, -102580552.0, 3.8709188743268896e-08,
                    352937.71875, -0.0017276142025366426, 1.2205729944980703e-05, 17493.337890625, -1.1266354249528376e-07,
                    400796.46875, -20966.580078125, 0.0007387853693217039, 47.040435791015625, 0.004300303291529417,
                    -3641.640869140625, -0.02701624110341072, 3.064073085784912, -1.2008135854557622e-06, 1193.065185546875,
                    -2.529318265942493e-08, -3.568737483305995e-08, 7.109923205739221e-10, -1.8111357746875e-08, -52.50313949584961,
                    -464194592.0, 2.7096804799953134e-08, -0.22563855350017548, 1.151657658127192e-09, 6.411233698599972e-06,
                    178.23477172851562, 961.755615234375, 21998998.0, 3438541.0, -509761728.0,
                    13116425.0, -0.0002932077622972429, -3940.143798828125, -99511744.0, -25523856.0,
                    -0.09042423963546753, 0.01785210892558098, -987.1469116210938, 1.6415173149653128e-06, -407.1252136230469,
                    -0.0003683756513055414, 0.20490823686122894, 56403500.0, 0.44176191091537476, 0.0008256888831965625,
                    3266.46240234375, -965.9302368164062, -0.004565559793263674, -0.0027718625497072935, -2.984214916068595e-06,
                    -770.4129638671875, -9.273724010938622e-10, -0.0002736144815571606, -2.1586069820500597e-08, 826118.875,
                    2.7101448196731326e-08, 2825059.25, 374067040.0, -50.03314208984375, -44.49948501586914,
                    -35888.48046875, -5261.89794921875, 1.138450755888698e-08, 5.478641984524302e-10, -10885.8720703125,
                    -5.870393060547485e-10, 98972.8671875, -26752628.0, -5.1420374802546576e-05, 97456.140625,
                    0.003888595150783658, 2.941164016723633, -5.747705644765233e-10, -0.0006246495759114623, 1458.4931640625,
                    7.116749856095339e-08, -913.7214965820312, 3.360635503213416e-08, -466458688.0, 60507.8984375,
                    -8.842521310725715e-07, -33518.4140625, -709043.1875, -37.34639358520508, 542.5204467773438,
                    1037885376.0, 2991976.25, -0.0016487983521074057, 9.222771768691018e-05, 3.3132590715467813e-07,
                    -3.5445629764652153e-10, -1802369.25, -125.70431518554688, 1.0274318356096046e-06, -317.6323547363281,
                    -21580.287109375, -1.0810048411968864e-09, -0.00040605635149404407, 92040880.0, -0.0030882826540619135,
                    -9.999619265954607e-08, 5646.32666015625, 9.26017318381156e-11, 3.221757650375366, 10953.259765625,
                    -3.713446858455427e-06, 944.6929931640625, 44695512.0, -7539542.5, 1.1861696513904008e-08,
                    -12037707.0, 2477.300537109375, -5.617536991131544e-11, -4.106766700744629, 0.03364555537700653,
                    -4.817761478648208e-08, -3.4196798992525146e-07, 25.181503295898438, 134935920.0, -0.0026053860783576965,
                    -0.001050126156769693, -38793732.0, 9.640903044783045e-06, 1.7454430956131972e-10, -8059.25146484375,
                    554461.375, 3.5027696299039235e-07, -3.132063865661621, -10804252.0, 15826025.0,
                    -0.0003868833591695875, -9.713291504453991e-09, 9291.0224609375, -463.5504150390625, -0.050563182681798935,
                    -0.47885921597480774, -2.9672024538740516e-05, 0.0004962778184562922, -506.2696838378906, 0.00022190899471752346,
                    -1.0547576323460817e-07, 334.1714782714844, 14410391.0, 4.266576290130615, -3699.30322265625,
                    -3.6868696042802185e-06, -31.876924514770508, 9.428759574890137, -818.2430419921875, -0.005536442622542381,
                    -7.1579742133565105e-09, 1.4194692084856797e-05, -4.866006747761276e-06, 0.001212642528116703, -5288803.5,
                    -0.00016713765216991305, 381679.0, -1120180.625, -20109.52734375, 4.073194212472764e-11,
                    51003388.0, 2.1752714019385166e-05, 1829.6395263671875, 437.4453430175781, 23339956.0,
                    -0.02631288766860962, 247811920.0, 633204.5625, 0.00033419791725464165, 216561680.0,
                    -78.61570739746094, -0.0006809683982282877, 1520264.875, 277703744.0, -0.0037060340400785208,
                    81302.078125, 0.012212027795612812, 8.489536895694982e-08, -2.0878117013012343e-09, -6.573298454284668,
                    0.012734874151647091, 1372.918212890625, -92.24822998046875, -0.00017110336921177804, -0.17343688011169434,
                    -33249.62109375, -36882180.0, 3904669.75, 0.05443909019231796, 6.909624516993063e-07,
                    -5.286853479447018e-07, -0.0002303194341948256, 159032.5, -1768304.75, 0.0002491746563464403,
                    0.003303402801975608, 2.2078921801949036e-07, -3672.86181640625, -2.974676149847255e-08, -1.2162169696239289e-05,
                    """)},  // 174 of 320 differ if computed in double with the unrounded constant
            {"add", 1.0 / 3, doubles("""
                    0.3333333432674408, 0.3333333432674408, 1.3333333730697632, -0.6666666269302368, 0.4333333373069763,
                    3.3333332538604736, 16777216.0, 0.3333333432674408, 0.3466470539569855, 73977.65625,
                    -18.68414306640625, 139538272.0, 0.33367159962654114, 2.5380923748016357, -13673.78515625,
                    0.35112857818603516, 0.33332398533821106, 2776.25927734375, 0.33351343870162964, -23026823168.0,
                    0.33664295077323914, 0.33333444595336914, 0.3333326578140259, 6917171.0, 104322112.0,
                    0.3333287537097931, 0.3333563208580017, -1.3979562520980835, 1.0891107320785522, -3648816.25,
                    -1459263.25, -429831200.0, 108326.6171875, -5642.13134765625, 0.3333328366279602,
                    -0.17712286114692688, 32925986816.0, 12149111.0, -29590263808.0, 0.333539217710495,
                    -65.87199401855469, 0.12435567378997803, -33.34067153930664, 33459718144.0, 0.33281537890434265,
                    0.2882932722568512, 35533.2265625, 0.3333338499069214, 205181501440.0, 0.3390680253505707,
                    0.3333359360694885, -7986.255859375, 0.3333033621311188, -206599634944.0, -3906372864.0,
                    -14879869.0, 12750.7294921875, 85375544.0, -2849472000.0, -16780504064.0,
                    0.3335469961166382, 113160.046875, -2776843.5, 65631.828125, -6682597.0,
                    18375926.0, 0.3339267373085022, -488737.25, 1.2170606851577759, 227966.578125,
                    9524.859375, 1312.8792724609375, -6844806.0, 14162719.0, -281.5774841308594,
                    0.3357284963130951, -185984896.0, -510195456.0, 0.333334356546402, -37741.06640625,
                    8098324480.0, 0.31408166885375977, -159873384448.0, 0.33323827385902405, -484.790283203125,
                    377107840.0, 0.7680317163467407, -7713.93505859375, -403.0835876464844, 0.3333050012588501,
                    0.333322137594223, 259424320.0, -3.9532530307769775, -4077.957275390625, 2.767873764038086,
                    148460.375, -12014680064.0, 1.8717725276947021, 4025.23095703125, 0.3333216905593872,
                    0.423175573348999, 0.33333340287208557, 0.33318397402763367, -17.792293548583984, -53903.765625,
                    0.34100326895713806, -5.842817306518555, -3173.984375, 13.28680419921875, 0.5067251324653625,
                    -388622450688.0, 398497513472.0, 0.33536192774772644, 11847627776.0, -442.0507507324219,
                    0.33240631222724915, -0.7955783605575562, 0.3878813683986664, -102580543488.0, 0.3333720564842224,
                    352937696.0, -1.3942807912826538, 0.34553906321525574, 17493338.0, 0.3332206904888153,
                    400796448.0, -20966580.0, 1.0721186399459839, 47040.765625, 4.633636474609375,
                    -3641640.5, -26.682905197143555, 3064.40625, 0.3321325182914734, 1193065.5,
                    0.33330804109573364, 0.3332976698875427, 0.3333340585231781, 0.3333152234554291, -52502.8046875,
                    -464194568192.0, 0.3333604335784912, -225.3052215576172, 0.3333345055580139, 0.33974456787109375,
                    178235.09375, 961755.875, 21998997504.0, 3438540800.0, -509761716224.0,
                    13116424192.0, 0.04012560844421387, -3940143.25, -99511738368.0, -25523855360.0,
                    -90.09089660644531, 18.185441970825195, -987146.5625, 0.33497485518455505, -407124.84375,
                    -0.03504228591918945, 205.24156188964844, 56403496960.0, 442.0952453613281, 1.1590222120285034,
                    3266462.5, -965929.875, -4.2322258949279785, -2.4385292530059814, 0.3303491175174713,
                    -770412.625, 0.3333324193954468, 0.05971887707710266, 0.3333117663860321, 826118848.0,
                    0.3333604335784912, 2825059072.0, 374067036160.0, -50032.80859375, -44499.15234375,
                    -35888480.0, -5261897.0, 0.3333447277545929, 0.3333338797092438, -10885872.0,
                    0.33333274722099304, 98972864.0, -26752626688.0, 0.28191298246383667, 97456136.0,
                    4.221928119659424, 2941.4970703125, 0.33333277702331543, -0.2913161814212799, 1458493.5,
                    0.3334045112133026, -913721.125, 0.3333669602870941, -466458673152.0, 60507896.0,
                    0.3324490785598755, -33518414.0, -709043136.0, -37346.05859375, 542520.75,
                    1037885308928.0, 2991976192.0, -1.3154648542404175, 0.4255610704421997, 0.3336646556854248,
                    0.33333298563957214, -1802369152.0, -125703.9765625, 0.3343607783317566, -317632.0,
                    -21580286.0, 0.33333227038383484, -0.07272300124168396, 92040871936.0, -2.7549493312835693,
                    0.3332333564758301, 5646327.0, 0.33333343267440796, 3222.0908203125, 10953259.0,
                    0.3296198844909668, 944693.25, 44695511040.0, -7539542016.0, 0.3333452045917511,
                    -12037706752.0, 2477300.75, 0.333333283662796, -4106.43310546875, 33.978885650634766,
                    0.3332851529121399, 0.332991361618042, 25181.8359375, 134935920640.0, -2.272052764892578,
                    -0.7167927026748657, -38793732096.0, 0.3429742455482483, 0.3333335220813751, -8059250.5,
                    554461376.0, 0.3336836099624634, -3131.73046875, -10804251648.0, 15826024448.0,
                    -0.053550004959106445, 0.3333236277103424, 9291022.0, -463550.0625, -50.2298469543457,
                    -478.5258483886719, 0.3036613166332245, 0.8296111226081848, -506269.3125, 0.5552423000335693,
                    0.33322787284851074, 334171.8125, 14410390528.0, 4266.90966796875, -3699302.75,
                    0.3296464681625366, -31876.58984375, 9429.091796875, -818242.6875, -5.203108787536621,
                    0.33332619071006775, 0.34752804040908813, 0.32846733927726746, 1.5459758043289185, -5288803328.0,
                    0.16619570553302765, 381678976.0, -1120180608.0, -20109526.0, 0.3333333730697632,
                    51003383808.0, 0.3550860583782196, 1829639.875, 437445.65625, 23339954176.0,
                    -25.97955322265625, 247811915776.0, 633204544.0, 0.6675312519073486, 216561664000.0,
                    -78615.3671875, -0.3476350009441376, 1520264832.0, 277703720960.0, -3.3727006912231445,
                    81302072.0, 12.545360565185547, 0.33341825008392334, 0.33333125710487366, -6572.96484375,
                    13.068206787109375, 1372918.5, -92247.890625, 0.162229984998703, -173.10354614257812,
                    -33249620.0, -36882178048.0, 3904669440.0, 54.77241897583008, 0.3340243101119995,
                    0.3328046500682831, 0.10301391780376434, 159032496.0, -1768304640.0, 0.5825079679489136,
                    3.6367359161376953, 0.33355411887168884, -3672861.5, 0.3333036005496979, 0.3211711645126343,
                    """)},  // 37 of 320 differ if computed in double with the unrounded constant
            {"sub", 0.7, doubles("""
                    -0.699999988079071, -0.699999988079071, 0.30000001192092896, -1.7000000476837158, -0.5999999642372131,
                    2.299999952316284, 16777215.0, -0.699999988079071, -0.6866862773895264, 73976.6171875,
                    -19.717477798461914, 139538272.0, -0.6996617317199707, 1.5047590732574463, -13674.818359375,
                    -0.6822047233581543, -0.7000093460083008, 2775.22607421875, -0.6998199224472046, -23026823168.0,
                    -0.6966903805732727, -0.6999989151954651, -0.7000007033348083, 6917170.0, 104322112.0,
                    -0.7000045776367188, -0.6999770402908325, -2.4312896728515625, 0.05577743053436279, -3648817.25,
                    -1459264.375, -429831200.0, 108325.578125, -5643.1650390625, -0.700000524520874,
                    -1.210456132888794, 32925986816.0, 12149110.0, -29590263808.0, -0.6997941136360168,
                    -66.90532684326172, -0.9089776277542114, -34.37400436401367, 33459718144.0, -0.7005179524421692,
                    -0.7450400590896606, 35532.1953125, -0.6999995112419128, 205181501440.0, -0.6942653059959412,
                    -0.6999974250793457, -7987.28955078125, -0.7000299692153931, -206599634944.0, -3906372864.0,
                    -14879870.0, 12749.6962890625, 85375544.0, -2849472000.0, -16780504064.0,
                    -0.6997863054275513, 113159.0078125, -2776844.5, 65630.7890625, -6682598.0,
                    18375926.0, -0.6994065642356873, -488738.28125, 0.18372732400894165, 227965.546875,
                    9523.826171875, 1311.845947265625, -6844807.0, 14162718.0, -282.61083984375,
                    -0.6976048350334167, -185984896.0, -510195456.0, -0.6999989748001099, -37742.09765625,
                    8098324480.0, -0.7192516922950745, -159873384448.0, -0.7000950574874878, -485.8236389160156,
                    377107840.0, -0.2653016149997711, -7714.96875, -404.116943359375, -0.7000283598899841,
                    -0.7000111937522888, 259424320.0, -4.986586093902588, -4078.990478515625, 1.7345404624938965,
                    148459.34375, -12014680064.0, 0.8384391665458679, 4024.19775390625, -0.7000116109848022,
                    -0.6101577281951904, -0.6999999284744263, -0.7001493573188782, -18.82562828063965, -53904.796875,
                    -0.6923300623893738, -6.876150608062744, -3175.017578125, 12.253471374511719, -0.5266082286834717,
                    -388622450688.0, 398497513472.0, -0.6979714035987854, 11847627776.0, -443.0841064453125,
                    -0.7009270191192627, -1.8289117813110352, -0.6454519629478455, -102580543488.0, -0.6999613046646118,
                    352937696.0, -2.427614212036133, -0.6877942681312561, 17493338.0, -0.7001126408576965,
                    400796448.0, -20966580.0, 0.038785338401794434, 47039.734375, 3.6003029346466064,
                    -3641641.5, -27.71623992919922, 3063.373046875, -0.7012007832527161, 1193064.375,
                    -0.7000252604484558, -0.7000356912612915, -0.6999992728233337, -0.7000181078910828, -52503.8359375,
                    -464194568192.0, -0.6999728679656982, -226.3385467529297, -0.6999988555908203, -0.6935887336730957,
                    178234.0625, 961754.875, 21998997504.0, 3438540800.0, -509761716224.0,
                    13116424192.0, -0.9932076930999756, -3940144.25, -99511738368.0, -25523855360.0,
                    -91.12422943115234, 17.15210723876953, -987147.5625, -0.6983584761619568, -407125.875,
                    -1.068375587463379, 204.20823669433594, 56403496960.0, 441.0618896484375, 0.1256888508796692,
                    3266461.5, -965930.875, -5.265559196472168, -3.471862554550171, -0.7029842138290405,
                    -770413.625, -0.7000009417533875, -0.9736144542694092, -0.7000215649604797, 826118848.0,
                    -0.6999728679656982, 2825059072.0, 374067036160.0, -50033.83984375, -44500.18359375,
                    -35888480.0, -5261898.0, -0.699988603591919, -0.6999994516372681, -10885873.0,
                    -0.7000005841255188, 98972864.0, -26752626688.0, -0.7514203786849976, 97456136.0,
                    3.1885948181152344, 2940.4638671875, -0.7000005841255188, -1.3246495723724365, 1458492.375,
                    -0.6999288201332092, -913722.125, -0.6999663710594177, -466458673152.0, 60507896.0,
                    -0.700884222984314, -33518414.0, -709043136.0, -37347.08984375, 542519.75,
                    1037885308928.0, 2991976192.0, -2.3487982749938965, -0.6077722907066345, -0.6996686458587646,
                    -0.7000003457069397, -1802369152.0, -125705.015625, -0.6989725828170776, -317633.03125,
                    -21580286.0, -0.700001060962677, -1.1060563325881958, 92040871936.0, -3.788282632827759,
                    -0.7001000046730042, 5646326.0, -0.6999998688697815, 3221.0576171875, 10953258.0,
                    -0.7037134170532227, 944692.25, 44695511040.0, -7539542016.0, -0.6999881267547607,
                    -12037706752.0, 2477299.75, -0.7000000476837158, -4107.466796875, 32.945552825927734,
                    -0.7000481486320496, -0.7003419399261475, 25180.802734375, 134935920640.0, -3.3053860664367676,
                    -1.7501261234283447, -38793732096.0, -0.6903591156005859, -0.6999998092651367, -8059251.5,
                    554461376.0, -0.6996496915817261, -3132.763671875, -10804251648.0, 15826024448.0,
                    -1.086883306503296, -0.7000097036361694, 9291021.0, -463551.09375, -51.263179779052734,
                    -479.5592041015625, -0.7296720147132874, -0.20372220873832703, -506270.34375, -0.4780910015106201,
                    -0.7001054883003235, 334170.78125, 14410390528.0, 4265.8759765625, -3699303.75,
                    -0.7036868333816528, -31877.623046875, 9428.05859375, -818243.6875, -6.2364420890808105,
                    -0.7000071406364441, -0.6858053207397461, -0.7048659920692444, 0.5126424431800842, -5288803328.0,
                    -0.867137610912323, 381678976.0, -1120180608.0, -20109526.0, -0.6999999284744263,
                    51003383808.0, -0.6782472729682922, 1829638.75, 437444.625, 23339954176.0,
                    -27.012887954711914, 247811915776.0, 633204544.0, -0.3658020794391632, 216561664000.0,
                    -78616.40625, -1.3809683322906494, 1520264832.0, 277703720960.0, -4.406033992767334,
                    81302072.0, 11.512027740478516, -0.6999151110649109, -0.7000020742416382, -6573.99853515625,
                    12.034873962402344, 1372917.375, -92248.9296875, -0.8711033463478088, -174.13687133789062,
                    -33249620.0, -36882178048.0, 3904669440.0, 53.73908615112305, -0.6993090510368347,
                    -0.7005286812782288, -0.9303194284439087, 159032496.0, -1768304640.0, -0.4508253335952759,
                    2.603402614593506, -0.699779212474823, -3672862.5, -0.700029730796814, -0.7121621370315552,
                    """)},  // 24 of 320 differ if computed in double with the unrounded constant
            {"div", 3.3, doubles("""
                    0.0, -0.0, 0.3030303120613098, -0.3030303120613098, 0.03030303120613098,
                    0.9090909361839294, 5084005.0, 3.0303023239085596e-39, 0.004034461919218302, 22417.369140625,
                    -5.762871742248535, 42284324.0, 0.00010249852493871003, 0.6681088209152222, -4143.67236328125,
                    0.005392496474087238, -2.83776148535253e-06, 841.189697265625, 5.45709663128946e-05, -6977825280.0,
                    0.0010029152035713196, 3.3037727575901954e-07, -2.0991184612739744e-07, 2096112.25, 31612762.0,
                    -1.3939088603365235e-06, 6.962613042560406e-06, -0.5246332287788391, 0.22902345657348633, -1105702.0,
                    -442201.09375, -130251880.0, 32826.14453125, -1709.837890625, -1.575443349111083e-07,
                    -0.1546836942434311, 9977572352.0, 3681548.75, -8966747136.0, 6.238936475710943e-05,
                    -20.06222152709961, -0.06332656741142273, -10.204243659973145, 10139309056.0, -0.00015696079935878515,
                    -0.013648503459990025, 10767.5439453125, 1.5339703907102376e-07, 62176215040.0, 0.0017377841286361217,
                    7.849808980608941e-07, -2420.1787109375, -9.088360457099043e-06, -62605950976.0, -1183749376.0,
                    -4509051.5, 3863.756591796875, 25871378.0, -863476352.0, -5085001216.0,
                    6.474561814684421e-05, 34290.8203125, -841467.8125, 19888.33203125, -2025029.625,
                    5568462.5, 0.00017981808923650533, -148102.296875, 0.2677961587905884, 69080.6796875,
                    2886.22021484375, 397.7411804199219, -2074183.875, 4291733.0, -85.42752838134766,
                    0.0007258062832988799, -56359060.0, -154604688.0, 3.108139026153367e-07, -11436.787109375,
                    2454037760.0, -0.005833841860294342, -48446480384.0, -2.8805236070184037e-05, -147.0071563720703,
                    114275104.0, 0.13172678649425507, -2337.6572265625, -122.24755859375, -8.5928922999301e-06,
                    -3.394700343051227e-06, 78613432.0, -1.298965573310852, -1235.8455810546875, 0.7377395629882812,
                    44987.89453125, -3640812288.0, 0.46619367599487305, 1219.666015625, -3.5276693779451307e-06,
                    0.027224918827414513, 1.7474990343657737e-08, -4.526167322183028e-05, -5.492614269256592, -16334.5751953125,
                    0.002324224216863513, -1.8715609312057495, -961.9144287109375, 3.9252943992614746, 0.05254296585917473,
                    -117764382720.0, 120756822016.0, 0.0006147211533971131, 3590190336.0, -134.0557861328125,
                    -0.0002809162833727896, -0.3420944809913635, 0.016529705375432968, -31085012992.0, 1.1730056939995848e-05,
                    106950816.0, -0.5235194563865662, 0.003698705928400159, 5301011.5, -3.4140466595999897e-05,
                    121453472.0, -6353509.0, 0.22387434542179108, 14254.6767578125, 1.3031221628189087,
                    -1103527.5, -8.186738967895508, 928.5069580078125, -0.0003638828929979354, 361534.90625,
                    -7.66460107115563e-06, -1.081435493688332e-05, 2.1545221784435853e-07, -5.488290298671927e-06, -15910.0419921875,
                    -140665028608.0, 8.211152817239054e-06, -68.37532043457031, 3.489871573947312e-07, 0.0019427980296313763,
                    54010.53515625, 291441.09375, 6666362880.0, 1041982080.0, -154473250816.0,
                    3974674176.0, -0.08885083347558975, -1193982.875, -30155073536.0, -7734501888.0,
                    -27.401283264160156, 5.409729957580566, -299135.40625, 0.0004974294570274651, -123371.2734375,
                    -0.11162897944450378, 62.093406677246094, 17091969024.0, 133.86724853515625, 0.2502087354660034,
                    989837.0625, -292706.125, -1.3835028409957886, -0.8399583697319031, -0.0009043075260706246,
                    -233458.46875, -2.8102192572987406e-07, -0.08291347324848175, -6.541233233292587e-06, 250339056.0,
                    8.212559805542696e-06, 856078528.0, 113353646080.0, -15161.5576171875, -13484.6923828125,
                    -10875297.0, -1594514.375, 3.4498507375246845e-06, 1.6601944707872462e-07, -3298749.25,
                    -1.7789068351703463e-07, 29991778.0, -8106856448.0, -0.015581930987536907, 29532162.0,
                    1.1783621311187744, 891.2617797851562, -1.7417288233900763e-07, -0.18928773701190948, 441967.625,
                    2.1565907445619814e-05, -276885.28125, 1.0183743142988533e-05, -141351108608.0, 18335726.0,
                    -0.00026795518351718783, -10157095.0, -214861552.0, -11317.087890625, 164400.140625,
                    314510704640.0, 906659456.0, -0.49963584542274475, 0.027947792783379555, 0.00010040179040515795,
                    -1.0741099742972438e-07, -546172480.0, -38092.21484375, 0.00031134297023527324, -96252.2265625,
                    -6539480.5, -3.27577225789355e-07, -0.12304738163948059, 27891173376.0, -0.9358432292938232,
                    -3.0301875085569918e-05, 1711008.0, 2.806113030828783e-08, 976.2901611328125, 3319169.5,
                    -0.0011252869153395295, 286270.59375, 13544094720.0, -2284709632.0, 3.594453573896317e-06,
                    -3647790080.0, 750697.125, -1.7022838250113637e-08, -1244.4747314453125, 10.195622444152832,
                    -1.4599276255466975e-05, -0.00010362666216678917, 7630.75830078125, 40889671680.0, -0.7895109057426453,
                    -0.31822001934051514, -11755676672.0, 0.002921485574916005, 5.289221149951118e-08, -2442197.25,
                    168018608.0, 0.00010614452912705019, -949.1102294921875, -3274015744.0, 4795765248.0,
                    -0.1172373816370964, -2.9434213502099738e-06, 2815461.25, -140469.828125, -15.322175979614258,
                    -145.1088409423828, -0.008991521783173084, 0.1503872126340866, -153415.046875, 0.06724514812231064,
                    -3.1962350476533175e-05, 101264.0859375, 4366785024.0, 1292.90185546875, -1121000.875,
                    -0.0011172331869602203, -9659.673828125, 2857.19970703125, -247952.421875, -1.6777098178863525,
                    -2.1690830180887133e-06, 0.00430142180994153, -0.0014745474327355623, 0.36746740341186523, -1602667648.0,
                    -0.05064776912331581, 115660296.0, -339448672.0, -6093796.0, 1.2343012834037381e-08,
                    15455570944.0, 0.00659173121675849, 554436.25, 132559.1875, 7072713728.0,
                    -7.973602294921875, 75094523904.0, 191880160.0, 0.1012720912694931, 65624748032.0,
                    -23822.94140625, -0.2063540518283844, 460686304.0, 84152647680.0, -1.1230405569076538,
                    24636992.0, 3.7006144523620605, 2.5725868908921257e-05, -6.32670207778574e-07, -1991.9085693359375,
                    3.8590526580810547, 416035.8125, -27954.0078125, -0.05184950307011604, -52.5566291809082,
                    -10075643.0, -11176417280.0, 1183233152.0, 16.496692657470703, 0.00020938256056979299,
                    -0.00016020768089219928, -0.06979376822710037, 48191668.0, -535849888.0, 0.07550746947526932,
                    1.0010311603546143, 6.690582085866481e-05, -1112988.375, -9.014169336296618e-06, -0.00368550606071949,
                    """)},  // 61 of 320 differ if computed in double with the unrounded constant
            {"rsub", 0.1, doubles("""
                    0.10000000149011612, 0.10000000149011612, -0.8999999761581421, 1.100000023841858, 0.0,
                    -2.9000000953674316, -16777216.0, 0.10000000149011612, 0.08668627589941025, -73977.21875,
                    19.117477416992188, -139538272.0, 0.09966176003217697, -2.1047592163085938, 13674.2177734375,
                    0.08220475912094116, 0.10000936686992645, -2775.825927734375, 0.09981992095708847, 23026823168.0,
                    0.09669037908315659, 0.09999891370534897, 0.10000069439411163, -6917170.5, -104322112.0,
                    0.10000459849834442, 0.0999770238995552, 1.8312896490097046, -0.6557773947715759, 3648816.5,
                    1459263.75, 429831200.0, -108326.1796875, 5642.56494140625, 0.1000005230307579,
                    0.6104562282562256, -32925986816.0, -12149111.0, 29590263808.0, 0.09979411959648132,
                    66.30532836914062, 0.3089776635169983, 33.77400207519531, -33459718144.0, 0.10051797330379486,
                    0.14504006505012512, -35532.79296875, 0.09999949485063553, -205181501440.0, 0.09426531195640564,
                    0.09999740868806839, 7986.689453125, 0.10002999007701874, 206599634944.0, 3906372864.0,
                    14879869.0, -12750.296875, -85375544.0, 2849472000.0, 16780504064.0,
                    0.09978634119033813, -113159.609375, 2776843.75, -65631.390625, 6682597.5,
                    -18375926.0, 0.09940659999847412, 488737.6875, -0.7837272882461548, -227966.15625,
                    -9524.4267578125, -1312.4459228515625, 6844806.5, -14162719.0, 282.0108337402344,
                    0.09760484099388123, 185984896.0, 510195456.0, 0.09999897330999374, 37741.5,
                    -8098324480.0, 0.11925168335437775, 159873384448.0, 0.10009505599737167, 485.2236328125,
                    -377107840.0, -0.3346983790397644, 7714.36865234375, 403.5169372558594, 0.10002835839986801,
                    0.10001120716333389, -259424320.0, 4.3865861892700195, 4078.390625, -2.334540605545044,
                    -148459.953125, 12014680064.0, -1.438439130783081, -4024.797607421875, 0.10001163929700851,
                    0.010157771408557892, 0.09999994188547134, 0.10014936327934265, 18.225627899169922, 53904.19921875,
                    0.09233006089925766, 6.276150703430176, 3174.417724609375, -12.853470802307129, -0.07339178770780563,
                    388622450688.0, -398497513472.0, 0.09797142446041107, -11847627776.0, 442.4841003417969,
                    0.10092702507972717, 1.2289117574691772, 0.04545197635889053, 102580543488.0, 0.0999612957239151,
                    -352937696.0, 1.827614188194275, 0.08779427409172058, -17493338.0, 0.1001126617193222,
                    -400796448.0, 20966580.0, -0.6387853026390076, -47040.33203125, -4.200303077697754,
                    3641640.75, 27.116239547729492, -3063.972900390625, 0.10120081156492233, -1193065.0,
                    0.10002529621124268, 0.10003568977117538, 0.09999929368495941, 0.10001811385154724, 52503.23828125,
                    464194568192.0, 0.09997290372848511, 225.73855590820312, 0.0999988466501236, 0.09358876943588257,
                    -178234.671875, -961755.4375, -21998997504.0, -3438540800.0, 509761716224.0,
                    -13116424192.0, 0.39320772886276245, 3940143.5, 99511738368.0, 25523855360.0,
                    90.52423095703125, -17.752107620239258, 987147.0, 0.09835848212242126, 407125.28125,
                    0.46837562322616577, -204.8082275390625, -56403496960.0, -441.6618957519531, -0.7256888151168823,
                    -3266462.25, 965930.3125, 4.6655592918396, 2.8718624114990234, 0.102984219789505,
                    770413.0625, 0.10000092536211014, 0.37361446022987366, 0.10002158582210541, -826118848.0,
                    0.09997290372848511, -2825059072.0, -374067036160.0, 50033.2421875, 44499.5859375,
                    35888480.0, 5261897.5, 0.09998861700296402, 0.09999945014715195, 10885872.0,
                    0.10000059008598328, -98972864.0, 26752626688.0, 0.15142036974430084, -97456136.0,
                    -3.788594961166382, -2941.063720703125, 0.10000057518482208, 0.7246495485305786, -1458493.0,
                    0.0999288335442543, 913721.5625, 0.0999663919210434, 466458673152.0, -60507896.0,
                    0.10088425129652023, 33518414.0, 709043136.0, 37346.4921875, -542520.3125,
                    -1037885308928.0, -2991976192.0, 1.7487982511520386, 0.007772289216518402, 0.09966867417097092,
                    0.10000035911798477, 1802369152.0, 125704.4140625, 0.09897256642580032, 317632.4375,
                    21580286.0, 0.10000108182430267, 0.5060563683509827, -92040871936.0, 3.1882824897766113,
                    0.10009999573230743, -5646326.5, 0.09999991208314896, -3221.657470703125, -10953259.0,
                    0.10371344536542892, -944692.8125, -44695511040.0, 7539542016.0, 0.09998814016580582,
                    12037706752.0, -2477300.5, 0.1000000610947609, 4106.86669921875, -33.545555114746094,
                    0.10004817694425583, 0.10034196823835373, -25181.40234375, -134935920640.0, 2.70538592338562,
                    1.1501260995864868, 38793732096.0, 0.09035909920930862, 0.09999983012676239, 8059251.0,
                    -554461376.0, 0.09964972734451294, 3132.163818359375, 10804251648.0, -15826024448.0,
                    0.48688334226608276, 0.10000971704721451, -9291022.0, 463550.5, 50.663177490234375,
                    478.9591979980469, 0.12967202067375183, -0.3962777853012085, 506269.75, -0.12190898507833481,
                    0.10010547935962677, -334171.375, -14410390528.0, -4266.47607421875, 3699303.0,
                    0.1036868691444397, 31877.0234375, -9428.6591796875, 818243.125, 5.636442184448242,
                    0.10000716149806976, 0.08580531179904938, 0.10486600548028946, -1.1126424074172974, 5288803328.0,
                    0.26713764667510986, -381678976.0, 1120180608.0, 20109526.0, 0.09999996423721313,
                    -51003383808.0, 0.07824728637933731, -1829639.375, -437445.21875, -23339954176.0,
                    26.412887573242188, -247811915776.0, -633204544.0, -0.23419791460037231, -216561664000.0,
                    78615.8046875, 0.7809683680534363, -1520264832.0, -277703720960.0, 3.8060338497161865,
                    -81302072.0, -12.112027168273926, 0.09991510957479477, 0.10000208765268326, 6573.3984375,
                    -12.634873390197754, -1372918.0, 92248.328125, 0.2711033523082733, 173.53688049316406,
                    33249620.0, 36882178048.0, -3904669440.0, -54.339088439941406, 0.099309042096138,
                    0.10052868723869324, 0.33031943440437317, -159032496.0, 1768304640.0, -0.14917466044425964,
                    -3.2034027576446533, 0.09977921098470688, 3672861.75, 0.10002975165843964, 0.11216217279434204,
                    """)},  // 24 of 320 differ if computed in double with the unrounded constant
            {"rdiv", 0.3, doubles("""
                    INF, -INF, 0.30000001192092896, -0.30000001192092896, 3.0,
                    0.10000000149011612, 1.7881394143159923e-08, 3.000000360439924e+37, 22.533140182495117, 4.055297267768765e-06,
                    -0.015774963423609734, 2.1499477753650353e-09, 886.9307861328125, 0.13606929779052734, -2.1939258658676408e-05,
                    16.858442306518555, -32035.494140625, 0.00010807204671436921, 1665.8875732421875, -1.3028285048011234e-11,
                    90.64485168457031, 275167.53125, -433082.25, 4.337033487900044e-08, 2.8757087822128824e-09,
                    -65218.82421875, 13056.75, -0.1732812374830246, 0.39694228768348694, -8.221844183253779e-08,
                    -2.0558314872687333e-07, -6.979484212799036e-10, 2.769411139524891e-06, -5.316825627232902e-05, -577038.1875,
                    -0.5877096056938171, 9.111344491385953e-12, 2.469316662256915e-08, -1.013846992470313e-11, 1457.125,
                    -0.004531357437372208, -1.4355601072311401, -0.008908949792385101, 8.966005021759926e-12, -579.1834106445312,
                    -6.66073751449585, 8.442881153314374e-06, 592639.1875, 1.4621201385039972e-12, 52.31322479248047,
                    115810.5859375, -3.756296791834757e-05, -10002.8046875, -1.4520838958337334e-12, -7.679758912138013e-11,
                    -2.0161468938795224e-08, 2.3528680685558356e-05, 3.51388695918331e-09, -1.0528266453091462e-10, -1.7877890140516328e-11,
                    1404.0965576171875, 2.6511204396229004e-06, -1.0803633188061212e-07, 4.570976670947857e-06, -4.4892725981071635e-08,
                    1.6325708784847848e-08, 505.56146240234375, -6.138263302091218e-07, 0.3394712507724762, 1.3159843774701585e-06,
                    3.149763142573647e-05, 0.00022856344003230333, -4.382885165910011e-08, 2.1182374965178496e-08, -0.0010641663102433085,
                    125.25255584716797, -1.6130342617159954e-09, -5.880099740451783e-10, 292487.21875, -7.948831807880197e-06,
                    3.7044700640365136e-11, -15.583057403564453, -1.8764850784336318e-12, -3155.991943359375, -0.0006183991208672523,
                    7.955284209160141e-10, 0.6901337504386902, -3.888897845172323e-05, -0.0007436475716531277, -10579.5693359375,
                    -26779.7109375, 1.1564066371150261e-09, -0.0699857622385025, -7.356023706961423e-05, 0.12322654575109482,
                    2.0207457964716014e-06, -2.49694553228208e-11, 0.19500283896923065, 7.453605940099806e-05, -25770.30078125,
                    3.3391871452331543, 5202240.0, -2008.5225830078125, -0.016551151871681213, -5.5654400057392195e-06,
                    39.113739013671875, -0.048573944717645645, -9.450850484427065e-05, 0.02315981686115265, 1.7301857471466064,
                    -7.719574762407588e-13, 7.528278131094246e-13, 147.88671875, 2.5321526125887672e-11, -0.0006781437550671399,
                    -323.6163330078125, -0.2657426595687866, 5.499741077423096, -2.9245312768710896e-12, 7750.0986328125,
                    8.50008397002e-10, -0.1736498922109604, 24.578622817993164, 1.714938591135251e-08, -2662.7958984375,
                    7.485096431558702e-10, -1.43084859516307e-08, 0.4060719609260559, 6.377492354658898e-06, 0.06976252794265747,
                    -8.238045268171845e-08, -0.011104432865977287, 9.790890180738643e-05, -249.83062744140625, 2.514531729502778e-07,
                    -11860.904296875, -8406.3349609375, 421945.5, -16564.193359375, -5.713944574381458e-06,
                    -6.462807719542774e-13, 11071.4169921875, -0.0013295600656419992, 260494.109375, 46.792869567871094,
                    1.6831734228617279e-06, 3.119295968190272e-07, 1.3636985637943688e-11, 8.724631433976171e-11, -5.885103060258856e-13,
                    2.287208790419104e-11, -1.0231654644012451, -7.613936503503282e-08, -3.0147197672275583e-12, -1.1753710851825083e-11,
                    -0.003317694878205657, 0.016804737970232964, -3.0390614824682416e-07, 182.75775146484375, -7.368741421487357e-07,
                    -0.8143861293792725, 0.0014640700537711382, 5.3188191698194665e-12, 0.000679098884575069, 0.3633330166339874,
                    9.184248739302348e-08, -3.1058146987561486e-07, -0.06570936739444733, -0.10823047906160355, -100.52896118164062,
                    -3.8940157764955075e-07, -323494.65625, -1.0964332818984985, -13897.8525390625, 3.6314387608094023e-10,
                    11069.5205078125, 1.0619247148291322e-10, 8.019952974294697e-13, -5.996026175125735e-06, -6.741651304764673e-06,
                    -8.359228864662782e-09, -5.70136542421551e-08, 26351.603515625, 547581.0, -2.75586575781972e-08,
                    -511039.09375, 3.0311340104560713e-09, -1.1213852763036769e-11, -5.834263801574707, 3.078308052906209e-09,
                    0.0771486908197403, 0.0001020004419842735, -521947.46875, -0.48026934266090393, 2.0569176228946162e-07,
                    4215.40771484375, -3.2832764418344595e-07, 8926.8837890625, -6.431437955985164e-13, 4.958030874746555e-09,
                    -339.269775390625, -8.950304497545858e-09, -4.2310543957313484e-10, -8.032905498112086e-06, 5.529745976673439e-07,
                    2.8904930207164503e-13, 1.0026818264563531e-10, -0.18195071816444397, 3.2528185844421387, 905.4529418945312,
                    -846366.75, -1.6644759182060653e-10, -2.3865529783506645e-06, 291.9902038574219, -9.444882493880868e-07,
                    -1.3901576778607705e-08, -277519.59375, -0.7388137578964233, 3.2594215954723227e-12, -0.09714137017726898,
                    -3000.114501953125, 5.3131891775137774e-08, 3239680.5, 9.311687608715147e-05, 2.7389109646946963e-08,
                    -80.78748321533203, 3.175635185925785e-07, 6.71208357991282e-12, -3.979021626077106e-11, 25291.494140625,
                    -2.4921691446633254e-11, 1.2109956060157856e-07, -5340419.5, -7.305017061298713e-05, 0.008916483260691166,
                    -6226.958984375, -877.275146484375, 1.1913507478311658e-05, 2.2232775516439762e-12, -0.11514609307050705,
                    -0.28567999601364136, -7.733208171045725e-12, 31.117420196533203, 1718761.5, -3.7224303639504797e-08,
                    5.410656367388356e-10, 856.4652099609375, -9.578349272487685e-05, -2.776684784877581e-11, 1.8956119660074044e-11,
                    -0.7754275798797607, -30885.517578125, 3.228923617371038e-08, -6.471788083217689e-07, -0.005933171603828669,
                    -0.0006264889962039888, -10.11053466796875, 0.6045001745223999, -5.925696200392849e-07, 1.3519057035446167,
                    -2844.255615234375, 8.977427228273882e-07, 2.0818312351789103e-11, 7.031399582047015e-05, -8.10963598496528e-08,
                    -81.3698501586914, -9.411197424924467e-06, 3.181755164405331e-05, -3.6663925584434764e-07, -0.05418642610311508,
                    -41911.3046875, 21.134662628173828, -61.65220260620117, 0.2473936229944229, -5.67236084492162e-11,
                    -1.794927954673767, 7.860008754967396e-10, -2.678139654488376e-10, -1.491830303734787e-08, 7365227.5,
                    5.881962885506686e-12, 13.791383743286133, 1.6396673174767784e-07, 6.858000460852054e-07, 1.2853496045295287e-11,
                    -0.01140125747770071, 1.2105955344079988e-12, 4.73780570331428e-10, 0.8976716995239258, 1.3852867420879877e-12,
                    -3.816031494352501e-06, -0.4405491352081299, 1.9733405187682962e-10, 1.0802880942226145e-12, -0.0809490755200386,
                    3.6899430178038983e-09, 0.02456594631075859, 3533.761962890625, -143691.125, -4.563918992062099e-05,
                    0.023557361215353012, 2.1851268172667915e-07, -3.2520952117920388e-06, -1.7533262968063354, -0.0017297359881922603,
                    -9.022659952506729e-09, -8.134009958638e-12, 7.683109010114819e-11, 0.005510746501386166, 434.1770324707031,
                    -567.4453125, -1.3025388717651367, 1.8864070305824043e-09, -1.6965402693802645e-10, 1.2039748430252075,
                    0.0908154547214508, 1358.7620849609375, -8.168017728849009e-08, -10085.1328125, -24.66665267944336,
                    """)},  // 146 of 320 differ if computed in double with the unrounded constant
            {"mod", 0.1, doubles("""
                    0.0, 0.0, 0.09999998658895493, 1.4901161193847656e-08, 0.0,
                    0.09999995678663254, 0.05000000447034836, 9.999999350456404e-39, 0.013313723728060722, 0.019210152328014374,
                    0.08252324908971786, 0.020717747509479523, 0.0003382451250217855, 0.004759088158607483, 0.08203969895839691,
                    0.01779523864388466, 0.09999063611030579, 0.025984026491642, 0.00018008418555837125, 0.02639869600534439,
                    0.003309620078653097, 1.0902449503191747e-06, 0.0999993085861206, 0.09692613035440445, 0.045479416847229004,
                    0.09999540448188782, 2.29766228585504e-05, 0.06871040165424347, 0.055777408182621, 0.05437160283327103,
                    0.09674472361803055, 0.0049839019775390625, 0.07963581383228302, 0.035240329802036285, 0.09999947994947433,
                    0.08954380452632904, 0.06457030028104782, 0.018964141607284546, 0.029284201562404633, 0.00020588489132933319,
                    0.0946710929274559, 0.09102233499288559, 0.025996901094913483, 0.011353865265846252, 0.09948202967643738,
                    0.054959941655397415, 0.09400177001953125, 5.062101990915835e-07, 0.05741860717535019, 0.0057346876710653305,
                    2.5904369067575317e-06, 0.010763540863990784, 0.0999700129032135, 0.07441701740026474, 0.009490862488746643,
                    0.021727323532104492, 0.09629438072443008, 0.027805276215076447, 0.06044095754623413, 0.04899224638938904,
                    0.00021366053260862827, 0.009251289069652557, 0.09137819707393646, 0.0912095159292221, 0.09957846254110336,
                    0.02617736905813217, 0.00059339968720451, 0.013532757759094238, 0.08372730016708374, 0.046603038907051086,
                    0.026225261390209198, 0.045878879725933075, 0.001995563507080078, 0.08895904570817947, 0.08917656540870667,
                    0.0023951607290655375, 0.07139087468385696, 0.0025046169757843018, 1.025685833155876e-06, 0.002124890685081482,
                    0.025563322007656097, 0.08074831962585449, 0.09903676807880402, 0.09990494698286057, 0.07638052105903625,
                    0.08065537363290787, 0.03469836711883545, 0.0315602645277977, 0.08307486027479172, 0.09997164458036423,
                    0.09998879581689835, 0.03427644819021225, 0.013413779437541962, 0.009533427655696869, 0.03454047441482544,
                    0.04466277360916138, 0.0326816588640213, 0.038439132273197174, 0.097645103931427, 0.09998836368322372,
                    0.08984223008155823, 5.766746724589211e-08, 0.09985063970088959, 0.07437275350093842, 0.0031469836831092834,
                    0.007669939659535885, 0.02384929358959198, 0.08242034912109375, 0.05347099155187607, 0.07339178770780563,
                    0.025694958865642548, 0.024404890835285187, 0.0020285798236727715, 0.056591376662254333, 0.015912353992462158,
                    0.09907297790050507, 0.0710882842540741, 0.054548025131225586, 0.0691910907626152, 3.870918590109795e-05,
                    0.040818579494953156, 0.07238586246967316, 0.012205729261040688, 0.03932895511388779, 0.09988734126091003,
                    0.027667611837387085, 0.012426383793354034, 0.03878531605005264, 0.03289279341697693, 0.0003029182553291321,
                    0.004264675080776215, 0.08376123756170273, 0.07295238971710205, 0.0987991914153099, 0.007221944630146027,
                    0.09997470676898956, 0.09996431320905685, 7.109923103598703e-07, 0.099981889128685, 0.06406360864639282,
                    0.037982866168022156, 2.7096803023596294e-05, 0.06145355850458145, 1.1516575568748522e-06, 0.006411233451217413,
                    0.06296909600496292, 0.04816872626543045, 0.08939697593450546, 0.061750032007694244, 0.04139071702957153,
                    0.0500517413020134, 0.0067922696471214294, 0.05871271342039108, 0.04043200612068176, 0.03507734090089798,
                    0.0757688656449318, 0.052107736468315125, 0.03970963507890701, 0.0016415172722190619, 0.018566638231277466,
                    0.03162437677383423, 0.00823058933019638, 0.02241242676973343, 0.06189527362585068, 0.02568882703781128,
                    0.0013259202241897583, 0.026893481612205505, 0.03444068133831024, 0.028137534856796265, 0.09701578319072723,
                    0.07398004829883575, 0.0999990776181221, 0.026385538280010223, 0.09997841715812683, 0.08987006545066833,
                    2.7101446903543547e-05, 0.003340013325214386, 0.06687993556261063, 0.06012055277824402, 0.016288094222545624,
                    0.03478001803159714, 0.078408382833004, 1.1384507160983048e-05, 5.478641469380818e-07, 0.062212131917476654,
                    0.09999941289424896, 0.025189422070980072, 0.04519669711589813, 0.0485796295106411, 0.04779043048620224,
                    0.08859480917453766, 0.06377453356981277, 0.09999942779541016, 0.07535048574209213, 0.003266759216785431,
                    7.116749475244433e-05, 0.07611551135778427, 3.360635309945792e-05, 0.07577533274888992, 0.09836210310459137,
                    0.099115751683712, 0.09946328401565552, 0.06556590646505356, 0.009931504726409912, 0.029415816068649292,
                    0.00394139438867569, 0.01608113944530487, 0.051201798021793365, 0.09222771227359772, 0.00033132589305751026,
                    0.09999964386224747, 0.05739286541938782, 0.0893731415271759, 0.0010274318046867847, 0.060983091592788696,
                    0.021571315824985504, 0.09999892115592957, 0.09394366294145584, 0.08415129780769348, 0.011717461049556732,
                    0.0999000072479248, 0.01586318016052246, 9.260173072789257e-08, 0.05752035230398178, 0.03678372502326965,
                    0.09628655761480331, 0.023422978818416595, 0.08499527722597122, 0.04792923480272293, 1.186169629363576e-05,
                    0.07580604404211044, 0.06308534741401672, 0.09999994188547134, 0.033459633588790894, 0.04555308818817139,
                    0.09995182603597641, 0.09965803474187851, 0.0015778914093971252, 0.09812566637992859, 0.09461402148008347,
                    0.04987394064664841, 0.07164666056632996, 0.009640902280807495, 1.7454429723784415e-07, 0.020092196762561798,
                    0.03788178414106369, 0.0003502769395709038, 0.03632596880197525, 0.09589298814535141, 0.07386215776205063,
                    0.013116657733917236, 0.09999028593301773, 0.0615529865026474, 0.0006574392318725586, 0.03682173788547516,
                    0.040815241634845734, 0.07032798230648041, 0.09627777338027954, 0.051294006407260895, 0.02190898358821869,
                    0.09989452362060547, 0.06377045810222626, 0.06845107674598694, 0.07610829919576645, 0.055123910307884216,
                    0.09631313383579254, 0.07664687931537628, 0.05864856392145157, 0.012192770838737488, 0.06355780363082886,
                    0.09999284148216248, 0.014194691553711891, 0.09513399749994278, 0.01264241337776184, 0.009309738874435425,
                    0.03286236524581909, 0.012540139257907867, 0.09199155867099762, 0.09965528547763824, 4.073194048714868e-08,
                    0.09036777168512344, 0.02175271324813366, 0.07273624837398529, 0.005981557071208954, 0.00758574903011322,
                    0.08711320161819458, 0.014752291142940521, 0.06451716274023056, 0.03419790416955948, 0.07978441566228867,
                    0.09804646670818329, 0.019031666219234467, 0.04628901928663254, 0.09215150773525238, 0.09396611154079437,
                    0.08850473910570145, 0.012027367949485779, 8.489536412525922e-05, 0.09999791532754898, 0.0017581060528755188,
                    0.03487358242273331, 0.004541926085948944, 0.07481210678815842, 0.028896644711494446, 0.06312819570302963,
                    0.09545794129371643, 0.08727208524942398, 0.015892133116722107, 0.039086103439331055, 0.0006909624207764864,
                    0.099471315741539, 0.0696805790066719, 0.030231177806854248, 0.0497920885682106, 0.04917465150356293,
                    0.00340261310338974, 0.0002207892102887854, 0.004729904234409332, 0.0999702513217926, 0.0878378301858902,
                    """)},
            {"floorDiv", 0.1, doubles("""
                    0.0, -0.0, 9.0, -10.0, 1.0,
                    29.0, 167772160.0, 0.0, 0.0, 739773.0,
                    -191.0, 1395382656.0, 0.0, 22.0, -136742.0,
                    0.0, -1.0, 27759.0, 0.0, -230268223488.0,
                    0.0, 0.0, -1.0, 69171704.0, 1043221120.0,
                    -1.0, 0.0, -18.0, 7.0, -36488164.0,
                    -14592637.0, -4298311680.0, 1083262.0, -56425.0, -1.0,
                    -6.0, 329259876352.0, 121491112.0, -295902642176.0, 0.0,
                    -663.0, -3.0, -337.0, 334597160960.0, -1.0,
                    -1.0, 355328.0, 0.0, 2051814981632.0, 0.0,
                    0.0, -79866.0, -1.0, -2065996316672.0, -39063728128.0,
                    -148798688.0, 127503.0, 853755456.0, -28494718976.0, -167805042688.0,
                    0.0, 1131597.0, -27768440.0, 656314.0, -66825976.0,
                    183759264.0, 0.0, -4887376.0, 8.0, 2279662.0,
                    95245.0, 13125.0, -68448064.0, 141627184.0, -2820.0,
                    0.0, -1859848960.0, -5101954560.0, 0.0, -377414.0,
                    80983244800.0, -1.0, -1598733811712.0, -1.0, -4852.0,
                    3771078400.0, 4.0, -77143.0, -4035.0, -1.0,
                    -1.0, 2594243072.0, -43.0, -40783.0, 24.0,
                    1484600.0, -120146796544.0, 15.0, 40248.0, -1.0,
                    0.0, 0.0, -1.0, -182.0, -539041.0,
                    0.0, -62.0, -31744.0, 129.0, 1.0,
                    -3886224506880.0, 3984975200256.0, 0.0, 118476275712.0, -4424.0,
                    -1.0, -12.0, 0.0, -1025805451264.0, 0.0,
                    3529377024.0, -18.0, 0.0, 174933376.0, -1.0,
                    4007964416.0, -209665792.0, 7.0, 470404.0, 43.0,
                    -36416408.0, -271.0, 30640.0, -1.0, 11930651.0,
                    -1.0, -1.0, 0.0, -1.0, -525032.0,
                    -4641945812992.0, 0.0, -2257.0, 0.0, 0.0,
                    1782347.0, 9617555.0, 219989966848.0, 34385408000.0, -5097617096704.0,
                    131164241920.0, -3.0, -39401436.0, -995117367296.0, -255238553600.0,
                    -905.0, 178.0, -9871469.0, 0.0, -4071252.0,
                    -4.0, 2049.0, 564034928640.0, 4417.0, 8.0,
                    32664622.0, -9659302.0, -46.0, -28.0, -1.0,
                    -7704131.0, -1.0, -3.0, -1.0, 8261188608.0,
                    0.0, 28250591232.0, 3740670361600.0, -500332.0, -444995.0,
                    -358884800.0, -52618976.0, 0.0, 0.0, -108858720.0,
                    -1.0, 989728640.0, -267526258688.0, -1.0, 974561344.0,
                    38.0, 29411.0, -1.0, -7.0, 14584931.0,
                    0.0, -9137215.0, 0.0, -4664586665984.0, 605078976.0,
                    -1.0, -335184128.0, -7090431488.0, -373464.0, 5425204.0,
                    10378852433920.0, 29919762432.0, -17.0, 0.0, 0.0,
                    -1.0, -18023690240.0, -1257044.0, 0.0, -3176324.0,
                    -215802864.0, -1.0, -5.0, 920408686592.0, -31.0,
                    -1.0, 56463264.0, 0.0, 32217.0, 109532592.0,
                    -1.0, 9446929.0, 446955094016.0, -75395416064.0, 0.0,
                    -120377065472.0, 24773004.0, -1.0, -41068.0, 336.0,
                    -1.0, -1.0, 251815.0, 1349359239168.0, -27.0,
                    -11.0, -387937304576.0, 0.0, 0.0, -80592512.0,
                    5544613888.0, 0.0, -31321.0, -108042518528.0, 158260248576.0,
                    -4.0, -1.0, 92910216.0, -4635504.0, -506.0,
                    -4789.0, -1.0, 4.0, -5062697.0, 2.0,
                    -1.0, 3341714.0, 144103899136.0, 42665.0, -36993028.0,
                    -1.0, -318770.0, 94287.0, -8182431.0, -56.0,
                    -1.0, 0.0, -1.0, 12.0, -52888031232.0,
                    -2.0, 3816789760.0, -11201806336.0, -201095264.0, 0.0,
                    510033821696.0, 0.0, 18296394.0, 4374453.0, 233399533568.0,
                    -264.0, 2478119059456.0, 6332045312.0, 3.0, 2165616672768.0,
                    -786158.0, -7.0, 15202648064.0, 2777037144064.0, -38.0,
                    813020736.0, 122.0, 0.0, -1.0, -65733.0,
                    127.0, 13729181.0, -922483.0, -2.0, -1735.0,
                    -332496192.0, -368821764096.0, 39046692864.0, 544.0, 0.0,
                    -1.0, -3.0, 1590324992.0, -17683046400.0, 2.0,
                    33.0, 0.0, -36728616.0, -1.0, -1.0,
                    """)},
            {"maximum", 0.1, doubles("""
                    0.10000000149011612, 0.10000000149011612, 1.0, 0.10000000149011612, 0.10000000149011612,
                    3.0, 16777216.0, 0.10000000149011612, 0.10000000149011612, 73977.3203125,
                    0.10000000149011612, 139538272.0, 0.10000000149011612, 2.204759120941162, 0.10000000149011612,
                    0.10000000149011612, 0.10000000149011612, 2775.926025390625, 0.10000000149011612, 0.10000000149011612,
                    0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 6917170.5, 104322112.0,
                    0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.7557774186134338, 0.10000000149011612,
                    0.10000000149011612, 0.10000000149011612, 108326.28125, 0.10000000149011612, 0.10000000149011612,
                    0.10000000149011612, 32925986816.0, 12149111.0, 0.10000000149011612, 0.10000000149011612,
                    0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 33459718144.0, 0.10000000149011612,
                    0.10000000149011612, 35532.89453125, 0.10000000149011612, 205181501440.0, 0.10000000149011612,
                    0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612,
                    0.10000000149011612, 12750.396484375, 85375544.0, 0.10000000149011612, 0.10000000149011612,
                    0.10000000149011612, 113159.7109375, 0.10000000149011612, 65631.4921875, 0.10000000149011612,
                    18375926.0, 0.10000000149011612, 0.10000000149011612, 0.8837273120880127, 227966.25,
                    9524.5263671875, 1312.5458984375, 0.10000000149011612, 14162719.0, 0.10000000149011612,
                    0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612,
                    8098324480.0, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612,
                    377107840.0, 0.4346983730792999, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612,
                    0.10000000149011612, 259424320.0, 0.10000000149011612, 0.10000000149011612, 2.4345405101776123,
                    148460.046875, 0.10000000149011612, 1.538439154624939, 4024.897705078125, 0.10000000149011612,
                    0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612,
                    0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 12.953471183776855, 0.17339178919792175,
                    0.10000000149011612, 398497513472.0, 0.10000000149011612, 11847627776.0, 0.10000000149011612,
                    0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612,
                    352937696.0, 0.10000000149011612, 0.10000000149011612, 17493338.0, 0.10000000149011612,
                    400796448.0, 0.10000000149011612, 0.7387853264808655, 47040.43359375, 4.300302982330322,
                    0.10000000149011612, 0.10000000149011612, 3064.072998046875, 0.10000000149011612, 1193065.125,
                    0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612,
                    0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612,
                    178234.765625, 961755.5625, 21998997504.0, 3438540800.0, 0.10000000149011612,
                    13116424192.0, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612,
                    0.10000000149011612, 17.852108001708984, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612,
                    0.10000000149011612, 204.90823364257812, 56403496960.0, 441.76190185546875, 0.8256888389587402,
                    3266462.25, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612,
                    0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 826118848.0,
                    0.10000000149011612, 2825059072.0, 374067036160.0, 0.10000000149011612, 0.10000000149011612,
                    0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612,
                    0.10000000149011612, 98972864.0, 0.10000000149011612, 0.10000000149011612, 97456136.0,
                    3.88859486579895, 2941.163818359375, 0.10000000149011612, 0.10000000149011612, 1458493.125,
                    0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 60507896.0,
                    0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 542520.4375,
                    1037885308928.0, 2991976192.0, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612,
                    0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612,
                    0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 92040871936.0, 0.10000000149011612,
                    0.10000000149011612, 5646326.5, 0.10000000149011612, 3221.757568359375, 10953259.0,
                    0.10000000149011612, 944692.9375, 44695511040.0, 0.10000000149011612, 0.10000000149011612,
                    0.10000000149011612, 2477300.5, 0.10000000149011612, 0.10000000149011612, 33.64555358886719,
                    0.10000000149011612, 0.10000000149011612, 25181.501953125, 134935920640.0, 0.10000000149011612,
                    0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612,
                    554461376.0, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 15826024448.0,
                    0.10000000149011612, 0.10000000149011612, 9291022.0, 0.10000000149011612, 0.10000000149011612,
                    0.10000000149011612, 0.10000000149011612, 0.496277779340744, 0.10000000149011612, 0.22190898656845093,
                    0.10000000149011612, 334171.46875, 14410390528.0, 4266.576171875, 0.10000000149011612,
                    0.10000000149011612, 0.10000000149011612, 9428.7587890625, 0.10000000149011612, 0.10000000149011612,
                    0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 1.2126424312591553, 0.10000000149011612,
                    0.10000000149011612, 381678976.0, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612,
                    51003383808.0, 0.10000000149011612, 1829639.5, 437445.3125, 23339954176.0,
                    0.10000000149011612, 247811915776.0, 633204544.0, 0.33419790863990784, 216561664000.0,
                    0.10000000149011612, 0.10000000149011612, 1520264832.0, 277703720960.0, 0.10000000149011612,
                    81302072.0, 12.212027549743652, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612,
                    12.73487377166748, 1372918.125, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612,
                    0.10000000149011612, 0.10000000149011612, 3904669440.0, 54.4390869140625, 0.10000000149011612,
                    0.10000000149011612, 0.10000000149011612, 159032496.0, 0.10000000149011612, 0.24917465448379517,
                    3.3034026622772217, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612,
                    """)},
            {"add", 16777217L, doubles("""
                    16777216.0, 16777216.0, 16777216.0, 16777215.0, 16777216.0,
                    16777220.0, 33554432.0, 16777216.0, 16777216.0, 16851194.0,
                    16777197.0, 156315488.0, 16777216.0, 16777218.0, 16763542.0,
                    16777216.0, 16777216.0, 16779992.0, 16777216.0, -23010045952.0,
                    16777216.0, 16777216.0, 16777216.0, 23694386.0, 121099328.0,
                    16777216.0, 16777216.0, 16777214.0, 16777216.0, 13128400.0,
                    15317952.0, -413053984.0, 16885542.0, 16771574.0, 16777216.0,
                    16777215.0, 32942764032.0, 28926328.0, -29573486592.0, 16777216.0,
                    16777150.0, 16777216.0, 16777182.0, 33476495360.0, 16777216.0,
                    16777216.0, 16812748.0, 16777216.0, 205198278656.0, 16777216.0,
                    16777216.0, 16769229.0, 16777216.0, -206582857728.0, -3889595648.0,
                    1897347.0, 16789966.0, 102152760.0, -2832694784.0, -16763726848.0,
                    16777216.0, 16890376.0, 14000372.0, 16842848.0, 10094618.0,
                    35153144.0, 16777216.0, 16288478.0, 16777216.0, 17005182.0,
                    16786740.0, 16778528.0, 9932410.0, 30939936.0, 16776934.0,
                    16777216.0, -169207680.0, -493418240.0, 16777216.0, 16739475.0,
                    8115101696.0, 16777216.0, -159856607232.0, 16777216.0, 16776731.0,
                    393885056.0, 16777216.0, 16769502.0, 16776813.0, 16777216.0,
                    16777216.0, 276201536.0, 16777212.0, 16773138.0, 16777218.0,
                    16925676.0, -11997902848.0, 16777218.0, 16781240.0, 16777216.0,
                    16777216.0, 16777216.0, 16777216.0, 16777198.0, 16723312.0,
                    16777216.0, 16777210.0, 16774042.0, 16777228.0, 16777216.0,
                    -388605673472.0, 398514290688.0, 16777216.0, 11864404992.0, 16776774.0,
                    16777216.0, 16777215.0, 16777216.0, -102563766272.0, 16777216.0,
                    369714912.0, 16777214.0, 16777216.0, 34270552.0, 16777216.0,
                    417573664.0, -4189364.0, 16777216.0, 16824256.0, 16777220.0,
                    13135575.0, 16777189.0, 16780280.0, 16777216.0, 17970282.0,
                    16777216.0, 16777216.0, 16777216.0, 16777216.0, 16724713.0,
                    -464177790976.0, 16777216.0, 16776990.0, 16777216.0, 16777216.0,
                    16955450.0, 17738972.0, 22015774720.0, 3455318016.0, -509744939008.0,
                    13133201408.0, 16777216.0, 12837072.0, -99494961152.0, -25507078144.0,
                    16777126.0, 16777234.0, 15790069.0, 16777216.0, 16370091.0,
                    16777216.0, 16777420.0, 56420274176.0, 16777658.0, 16777216.0,
                    20043678.0, 15811286.0, 16777211.0, 16777213.0, 16777216.0,
                    16006803.0, 16777216.0, 16777216.0, 16777216.0, 842896064.0,
                    16777216.0, 2841836288.0, 374083813376.0, 16727183.0, 16732717.0,
                    -19111264.0, 11515318.0, 16777216.0, 16777216.0, 5891344.0,
                    16777216.0, 115750080.0, -26735849472.0, 16777216.0, 114233352.0,
                    16777220.0, 16780158.0, 16777216.0, 16777215.0, 18235710.0,
                    16777216.0, 15863495.0, 16777216.0, -466441895936.0, 77285112.0,
                    16777216.0, -16741198.0, -692265920.0, 16739870.0, 17319736.0,
                    1037902086144.0, 3008753408.0, 16777214.0, 16777216.0, 16777216.0,
                    16777216.0, -1785591936.0, 16651512.0, 16777216.0, 16459584.0,
                    -4803070.0, 16777216.0, 16777216.0, 92057649152.0, 16777213.0,
                    16777216.0, 22423542.0, 16777216.0, 16780438.0, 27730476.0,
                    16777216.0, 17721908.0, 44712288256.0, -7522764800.0, 16777216.0,
                    -12020929536.0, 19254516.0, 16777216.0, 16773109.0, 16777250.0,
                    16777216.0, 16777216.0, 16802398.0, 134952697856.0, 16777213.0,
                    16777215.0, -38776954880.0, 16777216.0, 16777216.0, 8717965.0,
                    571238592.0, 16777216.0, 16774084.0, -10787474432.0, 15842801664.0,
                    16777216.0, 16777216.0, 26068238.0, 16313666.0, 16777165.0,
                    16776737.0, 16777216.0, 16777216.0, 16270946.0, 16777216.0,
                    16777216.0, 17111388.0, 14427167744.0, 16781482.0, 13077913.0,
                    16777216.0, 16745339.0, 16786644.0, 15958973.0, 16777210.0,
                    16777216.0, 16777216.0, 16777216.0, 16777218.0, -5272026112.0,
                    16777216.0, 398456192.0, -1103403392.0, -3332310.0, 16777216.0,
                    51020161024.0, 16777216.0, 18606856.0, 17214662.0, 23356731392.0,
                    16777190.0, 247828692992.0, 649981760.0, 16777216.0, 216578441216.0,
                    16698600.0, 16777215.0, 1537042048.0, 277720498176.0, 16777212.0,
                    98079288.0, 16777228.0, 16777216.0, 16777216.0, 16770643.0,
                    16777228.0, 18150134.0, 16684968.0, 16777216.0, 16777043.0,
                    -16472404.0, -36865400832.0, 3921446656.0, 16777270.0, 16777216.0,
                    16777216.0, 16777216.0, 175809712.0, -1751527424.0, 16777216.0,
                    16777220.0, 16777216.0, 13104354.0, 16777216.0, 16777216.0,
                    """)},
            {"add", 1152921573326323713L, doubles("""
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.1529216420458004e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.1529212984484168e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.1529213671678935e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.1529210922899866e+18, 1.1529219169237074e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.1529214358873702e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.1529210235705098e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.1529210235705098e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.1529214358873702e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.1529219169237074e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.1529210235705098e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.1529226041184748e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.1529216420458004e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.1529216420458004e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.1529214358873702e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921779484754e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921779484754e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921779484754e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.1529214358873702e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18, 1.152921504606847e+18,
                    """)},
            {"mul", 1e40, doubles("""
                    NaN, NaN, INF, -INF, INF,
                    INF, INF, INF, INF, INF,
                    -INF, INF, INF, INF, -INF,
                    INF, -INF, INF, INF, -INF,
                    INF, INF, -INF, INF, INF,
                    -INF, INF, -INF, INF, -INF,
                    -INF, -INF, INF, -INF, -INF,
                    -INF, INF, INF, -INF, INF,
                    -INF, -INF, -INF, INF, -INF,
                    -INF, INF, INF, INF, INF,
                    INF, -INF, -INF, -INF, -INF,
                    -INF, INF, INF, -INF, -INF,
                    INF, INF, -INF, INF, -INF,
                    INF, INF, -INF, INF, INF,
                    INF, INF, -INF, INF, -INF,
                    INF, -INF, -INF, INF, -INF,
                    INF, -INF, -INF, -INF, -INF,
                    INF, INF, -INF, -INF, -INF,
                    -INF, INF, -INF, -INF, INF,
                    INF, -INF, INF, INF, -INF,
                    INF, INF, -INF, -INF, -INF,
                    INF, -INF, -INF, INF, INF,
                    -INF, INF, INF, INF, -INF,
                    -INF, -INF, INF, -INF, INF,
                    INF, -INF, INF, INF, -INF,
                    INF, -INF, INF, INF, INF,
                    -INF, -INF, INF, -INF, INF,
                    -INF, -INF, INF, -INF, -INF,
                    -INF, INF, -INF, INF, INF,
                    INF, INF, INF, INF, -INF,
                    INF, -INF, -INF, -INF, -INF,
                    -INF, INF, -INF, INF, -INF,
                    -INF, INF, INF, INF, INF,
                    INF, -INF, -INF, -INF, -INF,
                    -INF, -INF, -INF, -INF, INF,
                    INF, INF, INF, -INF, -INF,
                    -INF, -INF, INF, INF, -INF,
                    -INF, INF, -INF, -INF, INF,
                    INF, INF, -INF, -INF, INF,
                    INF, -INF, INF, -INF, INF,
                    -INF, -INF, -INF, -INF, INF,
                    INF, INF, -INF, INF, INF,
                    -INF, -INF, -INF, INF, -INF,
                    -INF, -INF, -INF, INF, -INF,
                    -INF, INF, INF, INF, INF,
                    -INF, INF, INF, -INF, INF,
                    -INF, INF, -INF, -INF, INF,
                    -INF, -INF, INF, INF, -INF,
                    -INF, -INF, INF, INF, -INF,
                    INF, INF, -INF, -INF, INF,
                    -INF, -INF, INF, -INF, -INF,
                    -INF, -INF, INF, -INF, INF,
                    -INF, INF, INF, INF, -INF,
                    -INF, -INF, INF, -INF, -INF,
                    -INF, INF, -INF, INF, -INF,
                    -INF, INF, -INF, -INF, INF,
                    INF, INF, INF, INF, INF,
                    -INF, INF, INF, INF, INF,
                    -INF, -INF, INF, INF, -INF,
                    INF, INF, INF, -INF, -INF,
                    INF, INF, -INF, -INF, -INF,
                    -INF, -INF, INF, INF, INF,
                    -INF, -INF, INF, -INF, INF,
                    INF, INF, -INF, -INF, -INF,
                    """)},  // 85 of 320 differ if computed in double with the unrounded constant
    };
    // </generated:f32-weak>

    // <generated:exact-random> by gen_semantics_fixtures.py with NumPy 2.4.6; do not edit by hand
    static final double[] RX_F64 = doubles("""
            512391.0312127159, 3.527967260282376e-13, 0.0010516574487502805, -1180226132166.3494, -3433117083777.874,
            765037.4561715443, -6.962771843767917e+16, 3.829341153893068e-05, 2.701830715086964e-10, -2.847948291087406e-14,
            -5.732510855324988e-09, -1903309499316.7935, -2.7599230842451514e+17, -3.1220505500956176e-12, 9.096517915906588,
            6.0819447838289855e-12, 4358466585619348.0, 1.6635904058475324e-11, 32028551.92262414, 4.342838512644364e-13,
            -305684957633.4424, -3.8256723942569754e+17, 60419239982.18115, -3.397896826554959e-06, -2042099729976567.5,
            3.5497713735986385e-06, -145144016029.7356, 917361634717924.2, 64.61312724550521, 925214.0875457376,
            -55003106237359.0, -1.8370707255429382e-09, -3.3876094600141943e-15, -2.4031082501147605, 6.98608786049005e-10,
            -4.213585769654376e+16, -4590282991853766.0, -0.030289658077876223, 7.868951077502861e-05, -46377448635.50972,
            -7.262521732381705, 1.3512112459353481e-12, 20532816.497183442, 186374869367.46893, 6.204688626999575e-14,
            4153593248168.455, -13072.140637982538, 45238110014588.125, 68365313488460.0, 1557510233.0204558,
            -0.00026461780736130225, 0.0029963399416263747, -118312486368.23582, -2.4950752328505587e-14, -4.120256140404226e-08,
            -2798.402167436385, 1.1397281331861426e+19, -517774750599.00244, 263194432841649.3, 1.3095514879476136e-09,
            1.5654601727403886e-06, 1.0281546472633799e-06, 378924013273.5759, -11174.783386612202, -3.4742134630105266e-09,
            -559282133321.0024, -25559486.141829833, -2.2703541153612963e+17, 119763.98106849828, -1.6200144878218906e-11,
            4.834759514571347e+16, -1.4521350278004663e-09, 4.1530892741448665e-14, 22294623874971.406, -11.512005755990447,
            90459162.77133879, 2.529237526374456e-11, 108425587225.42902, 0.06808510533132539, -8.175136871066665e+20,
            -40309424.78751074, 7.708463529460627e+18, 3595848851927.125, -2809889939355307.5, 6.822220907247177e-13,
            4864366751756.059, 570935.4964894345, -0.030203165007343727, -2.1229915104596655e-05, -68291339.83073047,
            -6.722151204430861e-09, 2.7373521014616634e-09, -2270784117677556.0, 204591622761.438, -728419.0831401979,
            1079432311446.7363, -0.00045280754966567957, -34310004642.47519, -1.366860540629971e-08, -5.892310903046729,
            1.0621721125911965e-10, 0.009628950808014798, -0.0002738180298252819, 0.0463673982626569, 93.2023021411936,
            -4.324022612300188e-15, 0.0003444327632511697, 1615704834620609.0, -1.129579867003812, 1222.3031357433647,
            1.8846960136792933e-12, 0.04994864672736209, -1.0057445084344087e+20, 55477.682215350855, -3.4335113515177587e-15,
            67908131536.00473, 5334810322972.4375, -0.04434032573943096, -1.1254379246152638e-15, 693255886769871.5,
            -9.047404123756837e-07, 5.785411805419151e+17, 0.0044711861892400215, 0.0015873514187266236, 31040508002799.03,
            -3.110204912705466e-11, -4.183859536701184e-15, -1175730542180.0615, -2.887653789571652e+18, -3.549581544709081e+20,
            2.5472903724381397e-11, 1.6673929533481185e-11, -0.00030504595294792206, -30665446433.201042, 1.0179024409535731e+18,
            -61046854087940.31, 0.029320968681676607, 6.990788680279757e+16, 7.884997511738533e-08, 1.1270359542436405e-11,
            1.8966204548049967, 2.8653653264435704e-13, -615308558.9231329, 4.3602091590456666e+20, -6.277918636009729e-13,
            1.2015549832780933e-11, -1.5690044088046796e-09, -2.546699328334834e-10, 624.4742360914861, 461760.71227581415,
            -1.7942395198969088e+19, 4.78186167597045, 1.5895112611105792e+18, 466188429655.00464, 2280337556008168.0,
            6.862111454561528e-09, -5.228704399646098, -2.2906307576122944e+17, -637992154134.4462, -5.2304932001015343e-08,
            -2525286222910518.5, 7137623993198.17, 7.734543422847983e-11, -1.7212642800298152e-13, 3.86606996196752e-07,
            -5.200876277593807, 4.305769402357261e-11, 2.2103847448088245e-15, -2.7475338855414305e-12, 0.00010999461286937163,
            -0.008339835190155048, 3.0541623798586575e-05, 4.225818246866037, -84855293994.35625, -4.0804462679068174e-07,
            -5.530198531376566, 141750074375.4013, 3.499664872250416e-14, 4.14311798441968e+18, -8.918886562181934e+20,
            2.4637869687738744e-05, 8.501573875755168e+16, 7.035049919961644e-07, 5.24762873275968e+16, 435825341.99618554,
            -4.2221300494495113e-07, -1.0429683029853321e-13, -0.11713486978609695, -530925221370.5218, -5.854066153779093e-08,
            -2499.9733251522675, 3.8116819715353186e-12, -1.8008365584646666, 1.2543836502128495e-15, -3.850629239507085e+20,
            355.7474171346189, -2106332866469764.8, -5.383918816812784e-12, 7.973381559433873e-10, 1.396852162624586e-10,
            159532.75020633638, 5560048455167092.0, 1814540.8714920133, -154.3736599575513, 1.3401766421287076e+18,
            -3.349222108525282e-09, 2.743621781445411e-10, 1929677287.5665584, 6227793444456678.0, -3.347473994150302e-06,
            -6.010380261383263e-07, -2911.948834203484, -13306942838774.166, 3.7733262577092976e-06, 327058722592316.0,
            -1490.2282239820488, 24347715604.105423, 38945018.72056791, -185.43102926283763, 8539.49301562097,
            8.822633121661492e+20, -0.07390562259967126, 2.65320310838938e+18, 9534825062176.688, 7.955114232943729e-10,
            -2.841168462161829e+16, 0.01967669201842641, 4.800484918797108e-10, 6.032837349958984e-07, 3.4505398972479306e-11,
            -0.000659300964612367, 3.155482388117347e-12, 23505.496804630784, 2.2651896030260625e+20, -4.878121466339202e+19,
            -8.52617247914696e+18, 1.4045037647916808e-07, -6.643210706679073e-08, 534435902.66453075, 1.2820617694021104e+20,
            -132689476378678.56, -1.4390415140409795e-08, -46696978279.611206, 628.9756530829345, -6.2328286272709565,
            -238.83047299891462, -46883.68782866909, 3.6579637156484915e+17, 22715397050885.758, -3.4179941818873065e-15,
            -1101882855388.0503, 1.8845395539967777e-05, -0.0005434841544378402, -2069220.6254754127, -1.9616696156345867e+20,
            -1.890678807371706e-14,
            """);
    static final double[] RY_F64 = doubles("""
            0.0, -0.0, INF, NaN, 3.144299692991849e-09,
            7.378633179842133e-13, 22.524603073930287, 438553940.1174351, -4164178325477249.0, -4.5658089126293866e-10,
            -2118897606715544.0, -7.543372222520517e-16, -506238.92410430167, 173340851.9467864, 1037883666646.2634,
            2.0222746334232483e-12, -377644.05252449657, 9.561595720679209e-08, -3.567260741053127e-13, 129250857564.11957,
            -4.890594157463136e-14, 2.0362821455520965e+19, 4189661113677.6406, 15.194954665007451, 6577528816453.326,
            51.601256472989746, 7.223628435109198e-16, 6.050368790811859e-15, 846.476416140441, -1641.0768805827497,
            -1.0145973035936917, 1.5416145253295386e-09, -1.283784037612929e+19, 18742.90435182261, -8.58255502942475e+16,
            -3.1103759751497973e-12, -2.122997061406305e-11, 1.3791965988789878e-05, -394305338214.51544, -1.9274116731615264e+16,
            -2.2147555277965998e+18, 0.00023540809887084174, 5.011033910827627e-13, -115820110169238.98, 215.61872657151758,
            551114190.301506, -2.0842519853694066e-08, -4.414857536570608e-12, 6140.984818370118, 5.918076672593102,
            -0.00011087972696758306, -5289.714991098572, 2.081775449063734, 43.16881314518017, 37.53116884157264,
            -4.080696214081204e-09, 14628194.192464598, -5.07110699528635e-05, -61.58275069257986, -688409114193.888,
            4731890830.379604, 82062.26170770964, 29.176252116539217, 0.09035765202949642, 4348.2601436278055,
            -5.534193920281433, 0.0033661397081488353, -15.166671145271104, -2.831118574159959e+20, -445.33609927342985,
            -0.02283797762297453, 103574.46904551244, 51.2725125667435, 3.2755913484215334e+17, 3.8460600311768544e-10,
            4.988433464568046e-16, 2.0756378043542376e+16, 2017689.3445944265, 354406984360.66016, 5.022017437866928e-14,
            75775300713983.75, -2.806180333616751e-13, 7.999369487416628e-05, -6.7110403598358e+18, 2.144358482663037e-15,
            -1995777.8994797394, 521004346.0118382, 772.2428346001057, -0.00010980461680474436, 38779241226467.125,
            4.728883189978277e-05, -2703.5082977326365, 0.00011106951080770737, 2.429803370967e+16, -1.3238244233910072e-16,
            -1.0440341947942771e+17, 31811577556716.72, 1.9524050357270892e+20, -4.285227300501799e-11, -6.249364044077882e-14,
            572650755743.9275, 0.0019742656596693914, -127134723.94444107, -4.429027776259114e-09, -5.14152137727991e-10,
            2738679412.2887535, 6.8722961485635954e-09, 1117606.7318627313, -1.1293905166355919e-12, -0.0008209862307422232,
            9.253974688535675e+17, 1.5655664493442373e-11, 4.845392725341774e-07, 861.8080725557111, 3.4290546879761654e-15,
            3.5359827258922403e-12, -19350.866066962248, 2048766904709.892, -2.234557536673932e-05, 226.34243334134675,
            1035458656584128.0, -2.950849339505185e-14, 5.201856515751648e-06, 467292292027.8696, 5.990264258842513e-07,
            -2.441439476135504e-07, 1.2783656835712762e-05, 297.6682045905411, -2160671.0347454185, 35411356647.340164,
            -5.133337676321465e-06, -0.04477923020629167, -253357898784764.06, 9.019980728794468e-09, -2.783183289249148e-12,
            -119034.52684165785, -1.1806337761923569, 68215629393.56445, -219.56113811713345, -6470739075627808.0,
            -3.202796465516471e-14, 2.7578318486080113e-09, -23261960.49317246, -0.2531137316674431, -1.796173985243111e-13,
            53881644477.57306, -6.917097133214024e+18, -2.586449665267784e-12, -2.208683701618987e+16, -1.7837886128021018e-15,
            567778698.7975836, -1.0555371387855282e+17, -1.3799475982232843e-13, 0.002350707213767997, -94254241.06048387,
            3925391045045237.0, -35732463.88157, 410055061369095.1, -5728255738932.625, -1681197042.0524874,
            3357981.526386386, 2.2369434975236063e+19, 2.4539721450081464e-11, 2.2456904762697453e-08, -3614728042.423999,
            -11.052667385604028, 9.07507606254206, 3.408126867733276e-08, -7.228611863112438e-07, 1.4775522595314327e-09,
            -0.0005552380298766884, -5.317225220036602e-06, -14.668725972571025, 0.0011382662948732206, -0.014898427754363633,
            -2.7824293395704073e-09, 1.1041421821045654e-11, 13209.28228060895, -3059127.3018646967, 3002558304444096.0,
            -0.0008481461957207705, 1769.272116849199, 1454.473368435045, -5.4253638871293314e-12, 3.4526060829154476e+19,
            -6.298657251050165e-11, -9.147716145846723e-15, 276199854680.6504, 1.2155351443531791e+18, 0.00038903956172295774,
            -3.056585059761763e-07, 1.9465957738943808e-13, 1010411239.7725053, 1544730136727564.5, -1.4214552243941796,
            2.3016178926523417e+19, -978695395.6790287, -1339949.6212258155, -1.5437804409906734e-09, 6.700421809565311e-14,
            1.7149428150345503e+19, -9.436006443944048e-08, 1.0223853659297831e-07, -7938909005.304375, 6.192121701492469e-11,
            -713671433508.5664, 1.002459243508217e-15, 2.5894614562675095e-13, 5.5992471945136415e-05, 5.007497301713093e+19,
            7.009020730607468e-07, -5.33489094878018e-12, -43282057.47423909, 7.062597104241494e+20, -2.5024832155202232e-05,
            16266707.535164163, -817274396696.0393, -56.02577332853846, -5.241805092575346e-06, 9023729011501.531,
            -392910620692.4999, -101283194995953.89, -7.860024421145395e-14, 2.121019866911507e-12, 1.5757983305557308e-15,
            -1.2800680029258543e-10, -4.543599096122561e-16, 8.850942851817144e+18, 0.0001610312204954889, 1.5748208263998863e+18,
            5937797034653916.0, 32798641088289.5, 2052336.5589614864, -9.387010326372707e-17, 6.280732223858822e-07,
            16835.830204595186, -3.0127985795004003e-09, 9.823251299996177e-06, -5.962017877918869e-11, -76851.55455082771,
            9.935997386832445e+19, -5.279360387864253e-12, 1.598723434553507e-06, -2053479059920.268, 56402496.49372591,
            -3.0029952080905846e-12, 2.3324058389088102e-05, -2.8788913753149246e-06, 1.637235862121512e-08, 7.687227642821547e-09,
            -8692535788143.508, 1.1256747772539968e+16, 4.460333583455141e+18, 0.0007628807040481133, -1.1057362341446595e+17,
            -4.809314695673246e-07,
            """);
    static final double[] RX_F32 = doubles("""
            -0.021121548488736153, 0.23792815208435059, -0.002766252961009741, 37820688.0, 3030192.25,
            -0.0008309569675475359, -62.118125915527344, -1042441.0, -3219836.25, -172315.0,
            -0.5051715970039368, -7957864.5, -322834.875, -153.06771850585938, 20567010.0,
            -0.07521075010299683, -976.3179931640625, 0.0003467668720986694, 417.08917236328125, 146.8580322265625,
            0.00156920007430017, -733570944.0, -67430184.0, -6.730605125427246, -15834086.0,
            -1273.7843017578125, -215718.75, -0.006511797662824392, 0.0035622541327029467, -24439.537109375,
            0.01310188788920641, -9074770.0, -95948080.0, -1.3336766958236694, -0.0007703620358370245,
            -536.6403198242188, -0.15554958581924438, 0.8554244041442871, 0.7168454527854919, -1.750641942024231,
            0.890812337398529, 0.0016792406095191836, 0.001864523277617991, -47.652862548828125, -124.97824096679688,
            73859.4609375, 63289.20703125, -774017.25, -0.0030576002318412066, -114606.4140625,
            -3253.4296875, 0.6233754754066467, 0.03175192326307297, 816.7628784179688, -4130.88037109375,
            8351.390625, -3.2019829750061035, 0.0033887317404150963, -0.0012500734301283956, -5982548.5,
            -0.47520554065704346, -1.699713945388794, -3.989938735961914, -3.006885051727295, -0.0876375138759613,
            -0.0032817276660352945, 0.013164243660867214, -90.53319549560547, -13.637273788452148, 801516.375,
            50.55616760253906, 19.834169387817383, 2011.0362548828125, -1135.2117919921875, -732190656.0,
            -20214.619140625, -0.0048619285225868225, -172984208.0, -0.00033900077687576413, 15314737.0,
            251212752.0, -189.05740356445312, -0.0014766184613108635, 4.408026218414307, 497536704.0,
            1875453.625, -1946.822021484375, -202.3799591064453, -5.348562240600586, -1077954.25,
            51171868.0, -0.03629402443766594, -15274798.0, 0.25827816128730774, 1792.999267578125,
            33129.6015625, -56.93463897705078, 4906.06884765625, -25.672718048095703, -6.264893531799316,
            0.01014382392168045, -2.085721969604492, 3.334141492843628, -9.755667686462402, -7791.46484375,
            121857.2109375, 26.651437759399414, 0.003736053593456745, 0.0002628706570249051, -0.19919539988040924,
            14.639911651611328, -29131.521484375, -2.4620280265808105, 0.07791396975517273, 28095260.0,
            9872.01171875, 0.8610340356826782, 49.41062927246094, 0.002847949741408229, -4033165.75,
            3829.171630859375, 3051665.75, -0.1271262913942337, -1.3022373914718628, -0.11670775711536407,
            -0.20556268095970154, -66047.9375, -0.0036642134655267, 89.27539825439453, 56.022396087646484,
            6.793210983276367, 121.44778442382812, -0.2862516939640045, 566346.875, 4238566.0,
            -889674.25, -496277184.0, -1253644.375, 0.0008559233974665403, -60988.234375,
            79.4749755859375, -8665.8759765625, 9.363197326660156, -31.68544578552246, 84156688.0,
            0.00756802037358284, 58292056.0, 639550.0, 240.10598754882812, -1380274.375,
            -233836480.0, 0.01793752796947956, 104771.9609375, -0.1444823294878006, -1427208.125,
            -2007.4498291015625, 0.12176785618066788, -0.37823423743247986, -43969320.0, 28.214637756347656,
            -12569814.0, -91571008.0, 0.2862898111343384, -0.1264214813709259, -4500.7255859375,
            26000.6640625, -232.70806884765625, 2972.540771484375, 3206491.5, -12.662445068359375,
            -1730883.625, 4.263330936431885, -2982590.25, -76.09314727783203, 0.3633907735347748,
            9.696574124973267e-05, 788.8001708984375, 0.011805165559053421, 241055664.0, -3388596.0,
            0.00030250984127633274, -0.029834065586328506, -43347172.0, -0.26033419370651245, 2487940.25,
            444.63897705078125, 40.767127990722656, 130528.265625, 6209347.5, 83143.609375,
            165.91812133789062, -1.384352207183838, 3.676774263381958, 422252.90625, -2990841.25,
            -1.3204900026321411, 0.20229841768741608, -3608096.75, -0.21615947782993317, -0.0036836829967796803,
            354860512.0, 0.4291631877422333, -0.0033637802116572857, -0.8628522753715515, -5.210663795471191,
            24.038818359375, -2403484.25, 0.018943237140774727, 7552706.0, 19883024.0,
            -6.7642741203308105, 5.795948028564453, -59395532.0, 3523.96484375, -236257.25,
            -0.0036072793882340193, 2300.760009765625, 496.0432434082031, -31.360559463500977, -8.37906551361084,
            0.48393741250038147, 0.0008991617942228913, 0.028868015855550766, 1608.6002197265625, -110072024.0,
            -106165.0234375, 7905651.0, 6459275.0, 5685829.5, -52488.23046875,
            313158016.0, 359988.46875, -201587.53125, 22024.14453125, -356.3223876953125,
            -248830.859375, -36.654029846191406, -34.504844665527344, -460010560.0, 461.17041015625,
            -0.27986443042755127, 1.8197963237762451, 0.373744934797287, 56774.80859375, 0.02236264944076538,
            -19.750986099243164, -0.4932696223258972, -1529.87255859375, 16779082.0, 24298078.0,
            -0.009804151020944118, -30094.451171875, 91.73941802978516, 592.2080078125, 0.013224875554442406,
            -82.35399627685547,
            """);
    static final double[] RY_F32 = doubles("""
            0.0, -0.0, INF, NaN, 0.012504507787525654,
            -728.1607666015625, 0.0014422339154407382, 358348448.0, -0.5819609761238098, 58486.52734375,
            2665127.25, -339287072.0, 0.2959396541118622, 518762.21875, 2679635.5,
            55480.125, -0.08667121827602386, 30.697526931762695, -0.17609795928001404, 101.63218688964844,
            -574379648.0, 176.619873046875, -0.37828540802001953, 117.45759582519531, 4565.55859375,
            -22723.255859375, -0.0066396021284163, 0.0008076858357526362, -340450.40625, 0.021807711571455002,
            -0.0013182637048885226, -16014.3671875, 0.0028220692183822393, 401.4712829589844, -238.01693725585938,
            -1.3694730997085571, -181.6054229736328, -0.0009577905875630677, -59993.76953125, 0.009099063463509083,
            0.002575407037511468, 289440480.0, -320.9688415527344, -175.71563720703125, -1375.379638671875,
            -0.007584917359054089, 0.036239057779312134, -0.0019337581470608711, 1096294.875, -3156833.5,
            -17082.208984375, 0.016311097890138626, 3896.994140625, 154.0005340576172, 0.0006541550392284989,
            147.84133911132812, -11313793.0, 1909.3653564453125, 10283253.0, -103315008.0,
            -0.006987780332565308, 729.206298828125, -13803.0185546875, 0.004832984413951635, 100095752.0,
            -78319.2109375, 2665.83447265625, -325597.78125, 162132.03125, 1612396.875,
            -2.3993968963623047, -0.0003181135398335755, -7290075.0, -22251342.0, 10.927851676940918,
            94121.5859375, 49520296.0, -9120.6220703125, 0.004213554784655571, -89802.6015625,
            -41907.109375, -3210.664794921875, 0.00453391345217824, -870.5681762695312, 4.178388595581055,
            -0.0033721690997481346, -5145232.5, -21.903751373291016, -4682.0771484375, -206744.5625,
            858361.875, 37327.4375, -0.8900166153907776, 0.9837715029716492, -8196512.0,
            -36.37187957763672, 152312736.0, 517762.0625, -0.9510987401008606, -61455.9921875,
            -28726256.0, 103626056.0, -8590.2802734375, -111.29573822021484, -0.00543101504445076,
            619.3718872070312, -0.11507629603147507, -0.5588845014572144, -1.899579644203186, 21495.927734375,
            -63.45096206665039, -0.0017175861867144704, 0.14831556379795074, -1971.9700927734375, -317.9725036621094,
            -1090804.625, 21.793777465820312, 947962.125, -863.037353515625, -348.8382568359375,
            14805111.0, 118.95417785644531, 0.027674967423081398, -0.02453819289803505, -8331501.5,
            -2.219430923461914, -48.64336013793945, 0.0012594485888257623, 0.00592739088460803, -1019234.5625,
            57673.5546875, 126709736.0, -0.0036683292128145695, 11.117416381835938, 0.01461184211075306,
            0.0070089902728796005, -0.00012410290946718305, -20277.775390625, 0.5599873065948486, 27.816146850585938,
            1043.5245361328125, -460978144.0, 0.7999609708786011, 187494.15625, -11394275.0,
            0.0014123915461823344, -1.7265839576721191, -7580.77392578125, -425571424.0, -6.561756134033203,
            -0.055529650300741196, -15907271.0, -160329264.0, 17834.375, -2527.909423828125,
            -0.0005603592144325376, 0.3973521292209625, -384.8843688964844, -1046878.75, -50145388.0,
            745719.25, -3839.468017578125, 361290208.0, -0.7111974954605103, 93233976.0,
            0.00029467372223734856, -0.0004348593938630074, -74786.5234375, -0.012644581496715546, -0.003081198548898101,
            58.00098419189453, -1408.4715576171875, -0.0003095581487286836, 181771984.0, -6.607234954833984,
            -6522143.0, 0.11574841290712357, 0.00034246279392391443, -0.008272974751889706, 479.2467346191406,
            0.0013939336640760303, -95486248.0, -4607337.0, 0.8029772043228149, -0.022609788924455643,
            86626.734375, -1.9269944429397583, 44738588.0, -0.14232385158538818, -33.6515007019043,
            -821598976.0, -0.3496398329734802, -66.75485229492188, 14569406.0, 82994.8125,
            -98230768.0, 296600.71875, -141.53358459472656, -0.01197920460253954, -38113.296875,
            -73952.46875, 5033874.0, 0.01277232263237238, -0.00038775705615989864, 141.6803436279297,
            -4461.9912109375, 0.0009170267730951309, 8.856400489807129, -126096.7890625, -230.79396057128906,
            -169.14981079101562, 2312447.25, -0.178592249751091, -0.13749633729457855, -87254.15625,
            6.813034269725904e-05, -5.1524176597595215, 6466.5068359375, -1333.6759033203125, 172639744.0,
            -82049520.0, 0.04691225290298462, -11264799.0, 17345278.0, -12948065.0,
            34167524.0, -0.021408502012491226, 3182575.25, -5752.2705078125, 14536.6923828125,
            0.0001772043906385079, -3784.02099609375, -0.00358919077552855, -10835.7705078125, 1.737655520439148,
            -842852.625, 97.42833709716797, -0.013047430664300919, -7703950.0, 882466.9375,
            -8.24946117401123, -0.0494411326944828, 490.0132141113281, 15985.6103515625, -512.2429809570312,
            54.5491828918457, 59901312.0, -39708.515625, -377390208.0, 1.4986019134521484,
            -0.1936161071062088, 0.005518702790141106, 0.11510048806667328, -26448.806640625, -547.8344116210938,
            27.33076286315918,
            """);
    /** {dtype, op, NumPy's op(RX) or RX op RY}. */
    static final Object[][] EXACT_RANDOM = {
            {"float64", "add", doubles("""
                    512391.0312127159, 3.527967260282376e-13, INF, NaN, -3433117083777.874,
                    765037.4561715443, -6.9627718437679144e+16, 438553940.11747336, -4164178325477249.0, -4.5660937074584955e-10,
                    -2118897606715544.0, -1903309499316.7935, -2.7599230842502138e+17, 173340851.9467864, 1037883666655.36,
                    8.104219417252234e-12, 4358466585241704.0, 9.563259311085057e-08, 32028551.92262414, 129250857564.11957,
                    -305684957633.4424, 1.998025421609527e+19, 4250080353659.822, 15.194951267110625, -2035522201160114.2,
                    51.60126002276112, -145144016029.7356, 917361634717924.2, 911.0895433859462, 923573.0106651549,
                    -55003106237360.016, -2.9545620021339953e-10, -1.283784037612929e+19, 18740.501243572497, -8.58255502942475e+16,
                    -4.213585769654376e+16, -4590282991853766.0, -0.030275866111887432, -394305338214.5154, -1.92741631090639e+16,
                    -2.2147555277965998e+18, 0.00023540810022205298, 20532816.497183442, -115633735299871.52, 215.61872657151764,
                    4154144362358.7563, -13072.14063800338, 45238110014588.125, 68365313494600.984, 1557510238.9385326,
                    -0.0003754975343288853, -5289.71199475863, -118312486366.15405, 43.16881314518014, 37.531168800370075,
                    -2798.4021674404657, 1.1397281331876055e+19, -517774750599.0025, 263194432841587.72, -688409114193.888,
                    4731890830.379606, 82062.26170873779, 378924013302.7522, -11174.693028960173, 4348.260143624331,
                    -559282133326.5366, -25559486.138463695, -2.2703541153612963e+17, -2.831118574159958e+20, -445.33609927344605,
                    4.834759514571347e+16, 103574.46904551098, 51.27251256674354, 3.275814294660283e+17, -11.512005755605841,
                    90459162.77133879, 2.0756378043542376e+16, 108427604914.7736, 354406984360.7283, -8.175136871066665e+20,
                    75775260404558.97, 7.708463529460627e+18, 3595848851927.125, -6.713850249775155e+18, 6.843664492073807e-13,
                    4864364755978.159, 521575281.5083276, 772.2126314350983, -0.00013103453190934101, 38779172935127.3,
                    4.728210974857834e-05, -2703.508297729899, -2270784117677556.0, 2.429823830129276e+16, -728419.0831401979,
                    -1.0440234004711627e+17, 31811577556716.72, 1.9524050353839892e+20, -1.3711457679304728e-08, -5.892310903046791,
                    572650755743.9275, 0.01160321646768419, -127134723.94471489, 0.046367393833629124, 93.20230214067945,
                    2738679412.2887535, 0.00034443963554731826, 1615704835738215.8, -1.1295798670049413, 1222.302314757134,
                    9.253974688535675e+17, 0.04994864674301775, -1.0057445084344087e+20, 56339.49028790656, -4.4566635415932895e-18,
                    67908131536.00473, 5334810303621.571, 2048766904709.8477, -2.234557536786476e-05, 693255886770097.9,
                    1035458656584128.0, 5.785411805419151e+17, 0.004476388045755773, 467292292027.8712, 31040508002799.03,
                    -2.441750496626775e-07, 1.2783656831528903e-05, -1175730541882.3933, -2.8876537895738127e+18, -3.549581544354968e+20,
                    -5.1333122034177405e-06, -0.04477923018961774, -253357898784764.06, -30665446433.201042, 1.0179024409535731e+18,
                    -61046854206974.836, -1.1513128075106802, 6.990795501842696e+16, -219.56113803828347, -6470739075627808.0,
                    1.8966204548049648, 2.7581183851406556e-09, -638570519.4163053, 4.3602091590456666e+20, -8.07409262125284e-13,
                    53881644477.57306, -6.917097133214024e+18, -2.572563824987512e-10, -2.208683701618925e+16, 461760.71227581415,
                    -1.7942395198401309e+19, -1.0555371387855282e+17, 1.5895112611105792e+18, 466188429655.007, 2280337461753927.0,
                    3925391045045237.0, -35732469.1102744, -2.2865302069986035e+17, -6366247893067.071, -1681197042.0524874,
                    -2525286219552537.0, 2.2369442112860058e+19, 1.018851556785613e-10, 2.245673263626945e-08, -3614728042.4239984,
                    -16.253543663197835, 9.075076062585117, 3.408127088771751e-08, -7.228639338451293e-07, 0.00010999609042163116,
                    -0.008895073220031736, 2.5224398578549974e-05, -10.442907725704988, -84855293994.3551, -0.014898835798990423,
                    -5.530198534158996, 141750074375.4013, 13209.28228060895, 4.143117984416621e+18, -8.918856536598889e+20,
                    -0.0008235083260330318, 8.501573875755346e+16, 1454.47336913855, 5.24762873275968e+16, 3.4526060829590303e+19,
                    -4.2227599151746165e-07, -1.1344454644437993e-13, 276199854680.53326, 1.2155346134279578e+18, 0.00038898102106141996,
                    -2499.973325457926, 4.006341548924756e-12, 1010411237.9716687, 1544730136727564.5, -3.850629239507085e+20,
                    2.3016178926523417e+19, -2106333845165160.5, -1339949.6212258155, -7.464422850472861e-10, 1.3975222048055427e-10,
                    1.7149428150345662e+19, 5560048455167092.0, 1814540.8714921155, -7938909159.678035, 1.3401766421287076e+18,
                    -713671433508.5664, 2.743631806037846e-10, 1929677287.5665584, 6227793444456678.0, 5.007497301713093e+19,
                    9.986404692242048e-08, -2911.9488342034892, -13306986120831.64, 7.062597104241494e+20, 327058722592316.0,
                    16265217.306940181, -792926681091.9338, 38944962.69479458, -185.43103450464272, 9023729020041.023,
                    8.822633117732386e+20, -101283194995953.97, 2.65320310838938e+18, 9534825062176.688, 7.955129990927035e-10,
                    -2.841168462161829e+16, 0.019676692018425954, 8.850942851817144e+18, 0.0001616345042304848, 1.5748208263998863e+18,
                    5937797034653916.0, 32798641088289.5, 2075842.0557661173, 2.2651896030260625e+20, -4.878121466339202e+19,
                    -8.526172479146943e+18, 1.3743757789966767e-07, 9.756819192929385e-06, 534435902.66453075, 1.2820617694021096e+20,
                    9.935984117884807e+19, -1.4395694500797659e-08, -46696978279.611206, -2053479059291.2925, 56402490.260897286,
                    -238.83047299891763, -46883.687805345035, 3.6579637156484915e+17, 22715397050885.758, 7.687224224827364e-09,
                    -9794418643531.559, 1.1256747772539968e+16, 4.460333583455141e+18, -2069220.624712532, -1.9627753518687312e+20,
                    -4.809314884741127e-07,
                    """)},
            {"float64", "sub", doubles("""
                    512391.0312127159, 3.527967260282376e-13, -INF, NaN, -3433117083777.874,
                    765037.4561715443, -6.962771843767919e+16, -438553940.11739683, 4164178325477249.0, 4.5655241178002777e-10,
                    2118897606715544.0, -1903309499316.7935, -2.759923084240089e+17, -173340851.9467864, -1037883666637.1669,
                    4.059670150405737e-12, 4358466585996992.0, -9.55993213027336e-08, 32028551.92262414, -129250857564.11957,
                    -305684957633.4424, -2.074538869494666e+19, -4129241873695.4595, -15.194958062904277, -2048677258793020.8,
                    -51.601252923218375, -145144016029.7356, 917361634717924.2, -781.8632888949357, 926855.1644263203,
                    -55003106237357.984, -3.378685250872477e-09, 1.283784037612929e+19, -18745.307460072723, 8.58255502942475e+16,
                    -4.213585769654376e+16, -4590282991853766.0, -0.030303450043865015, 394305338214.5155, 1.9274070354166628e+16,
                    2.2147555277965998e+18, -0.0002354080975196305, 20532816.497183442, 116006485038606.45, -215.61872657151753,
                    4153042133978.154, -13072.140637961696, 45238110014588.125, 68365313482319.016, 1557510227.102379,
                    -0.00015373808039371919, 5289.717987438514, -118312486370.3176, -43.168813145180195, -37.5311688827752,
                    -2798.402167432304, 1.1397281331846797e+19, -517774750599.0024, 263194432841710.9, 688409114193.888,
                    -4731890830.379602, -82062.26170668149, 378924013244.39966, -11174.87374426423, -4348.26014363128,
                    -559282133315.4683, -25559486.145195972, -2.2703541153612963e+17, 2.8311185741599605e+20, 445.33609927341365,
                    4.834759514571347e+16, -103574.46904551389, -51.27251256674346, -3.275368402182784e+17, -11.512005756375054,
                    90459162.77133879, -2.0756378043542376e+16, 108423569536.08443, -354406984360.59204, -8.175136871066665e+20,
                    -75775341023408.53, 7.708463529460627e+18, 3595848851927.125, 6.708230469896444e+18, 6.800777322420546e-13,
                    4864368747533.958, -520433410.5153488, -772.273037765113, 8.85747017001477e-05, -38779309517806.95,
                    -4.72955540509872e-05, 2703.508297735374, -2270784117677556.0, -2.429782911804724e+16, -728419.0831401979,
                    1.0440449891173915e+17, -31811577556716.72, -1.952405036070189e+20, -1.3625753133294691e-08, -5.892310903046667,
                    -572650755743.9275, 0.007654685148345407, 127134723.94416724, 0.04636740269168468, 93.20230214170775,
                    -2738679412.2887535, 0.00034442589095502117, 1615704833503002.2, -1.1295798670026826, 1222.3039567295955,
                    -9.253974688535675e+17, 0.04994864671170642, -1.0057445084344087e+20, 54615.874142795146, -6.862566039493924e-15,
                    67908131536.00473, 5334810342323.304, -2048766904709.9365, 2.234557536561388e-05, 693255886769645.1,
                    -1035458656584128.0, 5.785411805419151e+17, 0.00446598433272427, -467292292027.86804, 31040508002799.03,
                    2.4411284556442335e-07, -1.2783656839896622e-05, -1175730542477.7297, -2.8876537895694915e+18, -3.549581545063194e+20,
                    5.133363149225189e-06, 0.044779230222965594, 253357898784764.06, -30665446433.201042, 1.0179024409535731e+18,
                    -61046853968905.79, 1.2099547448740335, 6.990781858716818e+16, 219.56113819598343, 6470739075627808.0,
                    1.8966204548050287, -2.757545312075367e-09, -592046598.4299605, 4.3602091590456666e+20, -4.481744650766618e-13,
                    -53881644477.57306, 6.917097133214024e+18, -2.5208348316821565e-10, 2.2086837016190496e+16, 461760.71227581415,
                    -1.7942395199536867e+19, 1.0555371387855282e+17, 1.5895112611105792e+18, 466188429655.00226, 2280337650262409.0,
                    -3925391045045237.0, 35732458.652865596, -2.2947313082259853e+17, 5090263584798.179, 1681197042.0524874,
                    -2525286226268500.0, -2.236942783761207e+19, 5.280571277839837e-11, -2.2457076889125457e-08, 3614728042.4239993,
                    5.851791108010222, -9.075076062499003, -3.408126646694801e-08, 7.228584387773582e-07, 0.0001099931353171121,
                    -0.00778459716027836, 3.5858849018623175e-05, 18.894544219437062, -84855293994.35739, 0.014898019709736842,
                    -5.530198528594137, 141750074375.4013, -13209.28228060895, 4.1431179844227395e+18, -8.918916587764979e+20,
                    0.0008727840654085092, 8.50157387575499e+16, -1454.4733677315398, 5.24762873275968e+16, -3.452606082871865e+19,
                    -4.221500183724406e-07, -9.514911415268649e-14, -276199854680.7675, -1.2155356752784005e+18, -0.0003890981023844955,
                    -2499.973324846609, 3.6170223941458805e-12, -1010411241.5733418, -1544730136727564.5, -3.850629239507085e+20,
                    -2.3016178926523417e+19, -2106331887774369.0, 1339949.6212258155, 2.3411185969340607e-09, 1.3961821204436294e-10,
                    -1.7149428150345343e+19, 5560048455167092.0, 1814540.8714919111, 7938908850.930715, 1.3401766421287076e+18,
                    713671433508.5664, 2.743611756852976e-10, 1929677287.5665584, 6227793444456678.0, -5.007497301713093e+19,
                    -1.3019400991990731e-06, -2911.9488342034783, -13306899556716.691, -7.062597104241494e+20, 327058722592316.0,
                    -16268197.763388144, 841622112300.1448, 38945074.74634124, -185.43102402103253, -9023729002962.04,
                    8.822633125590598e+20, 101283194995953.81, 2.65320310838938e+18, 9534825062176.688, 7.955098474960423e-10,
                    -2.841168462161829e+16, 0.019676692018426863, -8.850942851817144e+18, -0.000160427936760493, -1.5748208263998863e+18,
                    -5937797034653916.0, -32798641088289.5, -2028831.0621568556, 2.2651896030260625e+20, -4.878121466339202e+19,
                    -8.526172479146976e+18, 1.4346317505866848e-07, -9.889683407062968e-06, 534435902.66453075, 1.2820617694021113e+20,
                    -9.936010655780084e+19, -1.438513578002193e-08, -46696978279.611206, 2053479060549.2437, -56402502.726554535,
                    -238.8304729989116, -46883.68785199315, 3.6579637156484915e+17, 22715397050885.758, -7.687231060815729e-09,
                    7590652932755.457, -1.1256747772539968e+16, -4.460333583455141e+18, -2069220.6262382935, -1.960563879400442e+20,
                    4.809314506605365e-07,
                    """)},
            {"float64", "mul", doubles("""
                    0.0, -0.0, INF, NaN, -10794.74899252784,
                    5.644930757929377e-07, -1.5683367207521006e+18, 16793.726510936503, -1125090.490287383, 1.3003187690154509e-23,
                    12146603.531818993, 0.0014357372008005733, 1.3971804927788914e+23, -0.0005411789021745075, 9441127368274.557,
                    1.2299362658218198e-23, -1.6459489841858963e+21, 1.5906578905514753e-18, -1.1425419586635874e-05, 0.05613156020217695,
                    0.014949810678264796, -7.790148391157019e+36, 2.531361402713017e+23, -5.1630888235875285e-05, -1.3431969819992428e+28,
                    0.00018317266306954044, -0.00010484664413783433, 5.550376204585478, 54693.488386401536, -1518347448.6607742,
                    55806003277701.805, -2.832054914554668e-18, 43489.58950432776, -45041.22807897676, -59958483.50305207,
                    131058.35947166038, 97451.57302728886, -4.177539340221435e-07, -31027694.160082415, 8.938843587153054e+26,
                    1.608471015253532e+19, 3.180860705785417e-16, 1.0289063975218716e-05, -2.1585957902917778e+25, 1.3378470605264262e-11,
                    2.2891041798061606e+21, 0.0002724563507774321, -199.7198109381147, 4.198303522357467e+17, 9217464977.363407,
                    2.9340750230981684e-08, -15.849784307648454, -246300029439.08105, -1.0770943651009266e-12, -1.546380288760374e-06,
                    1.1419429130134292e-05, 1.667216445886205e+26, 26256911.597452465, -1.6208237141362242e+16, -901.5071798093046,
                    7407.586636714716, 0.08437269573972536, 11055582544280.705, -1009.7271887525028, -1.5106783931663808e-05,
                    3095175781947.1216, -86036.80122189327, 3.443371425099768e+18, -3.390660313183672e+25, 7.21450932773044e-09,
                    -1104161296062436.2, -0.00015040411448682373, 2.129393219994003e-12, 7.30280770811685e+30, -4.4275865216792745e-09,
                    4.512495147453544e-08, 524978.1025934219, 2.187691520261417e+17, 24129836860.352936, -41055679.92344567,
                    -3.054458784881337e+21, -2163133.875877438, 287645235.87467957, 1.8857284789710036e+34, 1.4629287273056603e-27,
                    -9.70819565811879e+18, 297459874963421.94, -23.324177759165842, 2.33114269285749e-09, -2.6482863409745394e+21,
                    -3.1788267831125325e-13, -7.400454120117477e-06, -252214881100.35757, 4.971174146573508e+27, 9.642989727250786e-11,
                    -1.1269642441162188e+29, -14404522484.456623, -6.698702583978837e+30, 5.8573081046862e-19, 3.68231958940283e-13,
                    60.82536630054727, 1.9010106918909455e-05, 34811.779632847945, -2.05362494818176e-10, -4.79201628870648e-08,
                    -1.184211170657756e-05, 2.3670439523301305e-12, 1.8057225998751535e+21, 1.2757367895765983e-12, -1.0034940442383449,
                    1744092.9206172267, 7.819792550650592e-13, -48732271247205.23, 47811114.379869774, -1.177369819614135e-29,
                    0.24012198005893082, -1.0323320005248725e+17, -90842991919.00232, 2.5148557965077064e-20, 1.5691322433970586e+17,
                    -936821291.9558954, -17071.878604786605, 2.3258469011636985e-08, 741757082.7104546, 18594084.566548202,
                    7.593377052749704e-18, -5.3485024566012126e-20, -349977599573002.4, 6.23926990150031e+24, -1.256954980285099e+31,
                    -1.3076101641367638e-16, -7.466457290232394e-13, 77285801671.68153, -276.60173586735243, -2833009.063747902,
                    7.266683391529701e+18, -0.034617325976265684, 4.768810497826894e+27, -1.7312390277280775e-05, -72927.55588761799,
                    -6.074489289075686e-14, 7.90219575516317e-22, 1.4313283388780796e+16, -1.1036288110966127e+20, 1.1276234135473591e-25,
                    0.6474175842924647, 10852955898.143013, 6.586909625309322e-22, -1.3792660673362328e+19, -8.236835003969849e-10,
                    -1.018730979938268e+28, -5.04743259152202e+17, -219344.22471184074, 1095872504.5651937, -2.149314857032685e+23,
                    26936470.853838168, 186834491.10776034, -9.392847358866463e+31, 3.654582218314629e+24, 87.93489696486348,
                    -8.479864485371574e+21, 1.5966461579353123e+32, 1.8980354114024915e-21, -3.865426800806256e-21, -1397.4791505497076,
                    57.483555609922746, 3.907518483415841e-10, 7.533271636810715e-23, 1.9860856039328194e-18, 1.6252278878142524e-13,
                    4.630593660477966e-06, -1.6239669232271462e-10, -61.9873698731684, -96587921.09533374, 6.079223392797243e-09,
                    1.5387386647351337e-08, 1.5651223643434005, 4.6228061185087003e-10, -1.2674325340984877e+25, -2.677947691367422e+36,
                    -2.0896515446319702e-08, 1.5041597607707194e+20, 0.0010232292754195306, -284702.95419776626, 1.5047332268647355e+28,
                    2.659375005084196e-17, 9.54077798482528e-28, -32352634012.956886, -6.453582655993608e+29, -2.277463330763419e-11,
                    0.0007641381115463357, 7.419804017220053e-25, -1819585499.6659355, 1.9376842275021164, 5.4734970497023325e+20,
                    8.187946205418951e+21, 2.061458278181369e+24, 7.2141799792988305e-06, -1.2309150500009727e-18, 9.359498695188247e-24,
                    2.735895437290582e+24, -524646530.5159783, 0.18551600328949097, 1225558439218.7993, 82985368.69558477,
                    2390.2441433298213, 2.7503690155004334e-25, 0.0004996824959188437, 348709549718.84503, -167624669932623.84,
                    -4.2126879850869225e-13, 1.5534929478903164e-08, 5.7595186475423773e+20, 2664948310105608.0, -8184589637.767556,
                    -24241106680.1631, -1.9898764581272e+22, -2181924791.114225, 0.0009719933135114302, 7.705807086857365e+16,
                    -3.466506255974224e+32, 7485397585059.881, -208542.412261994, 20.2235533844025, 1.2535655727652862e-24,
                    3636888.839335413, -8.940300006960423e-18, 4248881767.7283263, 9.714751615146661e-11, 54339820.92509765,
                    -3914795312619.7793, 103.49553430827949, 48241190428.69616, -21263.358194797744, -30638174685534.074,
                    -1.4354519215401061e+23, -4.23148694746734e-16, -6.525792821053373e-13, -0.031863164062876405, -9.8528440008737e+24,
                    -1.3184022905587156e+34, 7.597218765720148e-20, -74655.55349845054, -1291588332805481.0, -351547094.7956446,
                    7.172067659617483e-10, -1.093517872411657, -1053088019219.5377, 371904.6267403939, -2.627489935800732e-23,
                    9.578156154802385e+24, 212137864267.16693, -2424120626114819.0, -1578.5684875935601, 2.1690891734277896e+37,
                    9.092869373090712e-21,
                    """)},
            {"float64", "div", doubles("""
                    INF, -INF, 0.0, NaN, -1.0918542820297167e+21,
                    1.036828146250133e+18, -3091185145822413.0, 8.731744954492153e-14, -6.488268522403665e-26, 6.237554715024883e-05,
                    2.7054213649383584e-24, 2.5231546888731257e+27, 545181919610.061, -1.8011048838354908e-20, 8.764487011632401e-12,
                    3.007477166211418, -11541202771.455345, 0.00017398669159893732, -8.978472348272661e+19, 3.360007503617484e-24,
                    6.250466667060516e+24, -0.018787535914968807, 0.014421032714301271, -2.2362007004732927e-07, -310.4661016259431,
                    6.879234375730244e-08, -2.00929515317106e+26, 1.5162077989543999e+29, 0.0763318693982197, -563.7847309244843,
                    54211760707956.39, -1.1916537470028328, 2.638768952380124e-34, -0.00012821429406062543, -8.139869580257496e-27,
                    1.3546869585280434e+28, 2.162171147242707e+26, -2196.181320523534, -1.9956491365637778e-16, 2.406203577642391e-06,
                    3.279152773853551e-18, 5.739867287559632e-09, 4.0975209632521175e+19, -0.0016091753763239711, 2.877620476504192e-16,
                    7536.719832773837, 627186191004.9072, -1.024678817829496e+25, 11132630271.931673, 263178447.86184683,
                    2.386530113288124, -5.664463863683689e-07, -56832491910.4249, -5.779809661339128e-16, -1.0978224946301935e-09,
                    685765864604.176, 779131120485.9785, 1.0210290397743132e+16, -4273833660914.4316, -1.9022866794566917e-21,
                    3.3083184478598875e-16, 1.2528958206458819e-11, 12987412220.049137, -123672.79511606054, -7.989893309630617e-13,
                    101059366798.00352, -7593115068.859082, 1.496936337324873e+16, -4.2302707545209153e-16, 3.637734489669622e-14,
                    -2.1169823328435528e+18, -1.4020202480230652e-14, 8.100030730381357e-16, 6.806289766797347e-05, -29931945062.40687,
                    1.8133781559652764e+23, 1.2185351033155518e-27, 53737.50300853352, 1.921099423425555e-13, -1.6278591168211884e+34,
                    -5.319599448329466e-07, -2.746959429911462e+31, 4.495165347198374e+16, 0.0004186966235774594, 318.147406900678,
                    -2437328.6992626307, 0.001095836341596394, -3.9110968278500094e-05, 0.19334264553145245, -1.7610282633410865e-06,
                    -0.0001421509251629821, -1.0125184759955835e-12, -2.044471161495366e+19, 8.420089674993567e-06, 5.50238438171684e+21,
                    -1.0339051314879914e-05, -1.423404887287878e-17, -1.7573200240030064e-10, 318.97037071287025, 94286568384994.17,
                    1.8548340361680558e-22, 4.877231572587477, 2.1537627276788885e-12, -10468978.883176062, -181273781245.07904,
                    -1.5788714052830816e-24, 50119.022202377135, 1445682804.6549885, 1000167657126.0614, -1488822.9424241693,
                    2.03663407034618e-30, 3190452040.428171, -2.0756718091689206e+26, 64.37359312593875, -1.0012996770092994,
                    1.920488215022865e+22, -275688452.62592995, -2.1642445335043913e-14, 5.03651352066075e-11, 3062863098782.6006,
                    -8.737581231493391e-22, -1.9605920668214397e+31, 859.5366242226988, 3.3969133362720926e-15, 5.181826153492088e+19,
                    0.00012739225948900173, -3.272819030164392e-10, -3949802243.0623493, 1336461563623.4001, -10023850766.46223,
                    -4.9622497740369205e-06, -3.723585567832836e-10, 1.204012009931724e-18, -3.3997241629694167e+18, -3.657331678030392e+29,
                    512849974.7736729, -0.024834939735706354, 1024807.4733646417, -3.5912537069888814e-10, -1.741742235425082e-27,
                    -59217639185796.8, 0.00010389920356782578, 26.451276929291065, -1.722628452562339e+21, 3.495161764721816,
                    2.2299894424681333e-22, 2.268298938973614e-28, 98.46313123867291, -2.827359280252488e-14, -2.5886515305782093e+20,
                    -31601036173.0137, -4.530263787281164e-17, -1.1518634933363506e+31, 198318372838845.22, -24193474.270774223,
                    1.7481344854095796e-24, 1.463292432611384e-07, -558.6154088585855, 0.11137633918790897, 3.111172021642325e-17,
                    -752025049.2944334, 3.190793151950342e-07, 3.151846461901183, -7.664744087479767e-06, -1.0695327329175707e-16,
                    0.4705539483046317, 4.74460971201067e-12, 6.485629293134083e-08, 3.8009149440739505e-06, 74443.80539491278,
                    15.020288131213247, -5.7439026060995655, -0.28808352237050944, -74547840322204.55, 2.738843544555691e-05,
                    1987543206.4809957, 1.2838027264316324e+22, 2.6493982018901036e-18, -1354346379078.1885, -297042.91000714496,
                    -0.029049083533058854, 48051251103731.64, 4.83683652972696e-10, -9.672399569748132e+27, 1.2623083303733456e-11,
                    6703.222418945819, 11.401406497061718, -4.2409461048244e-13, -4.3678311058051904e-07, -0.00015047482903417112,
                    8178975151.266104, 19.58127117429021, -1.782280805655058e-09, 8.120406408786716e-31, 2.708934599855731e+20,
                    1.5456406481297474e-17, 2152184.301437701, 4.018000924458231e-18, -0.5164841675489296, 2084.7227269042733,
                    9.302511361180421e-15, -5.892374584732809e+22, 17748110760973.42, 1.944519830803032e-08, 2.1643254230705586e+28,
                    4.69294685379204e-21, 273689.1099775591, 7.452040975145564e+21, 1.1122554922309753e+20, -6.684924209554965e-26,
                    -0.8575206854699011, 545830994890214.06, 307447.0950622965, 5.342689384678618e-27, -1.3069367281423548e+19,
                    -9.161216065147688e-05, -0.029791359796091623, -695126.8390744383, 35375414.76417882, 9.46337484729056e-10,
                    -2245455494.715749, 7.296928439374733e-16, -3.3755659858404674e+31, 4.495396394405625e+24, 504830.73110873456,
                    2.219544942665361e+26, -43306400063373.11, 5.423698920179496e-29, 0.0037463774610886633, 2.191068240528686e-29,
                    -1.1103460774502447e-19, 9.620771725338302e-26, 0.011453041998396658, -2.4131108034067418e+36, -7.766803761842486e+25,
                    -506430177516272.4, -46.617911145742234, -0.006762741279642982, -8.964010400637772e+18, -1668231406502241.2,
                    -1.3354419411837165e-06, 2725.7876112207196, -2.920891585770292e+16, -3.062975734008002e-10, -1.10506254416669e-07,
                    79530753947080.67, -2010099916.8567977, -1.2706153997381521e+23, 1.3874236190655756e+21, -4.446328820610748e-07,
                    0.12676195787321376, 1.674142116423695e-21, -1.218483201466822e-22, -2712377721.0452437, 1774.084591839421,
                    3.931285280775401e-08,
                    """)},
            {"float64", "maximum", doubles("""
                    512391.0312127159, 3.527967260282376e-13, INF, NaN, 3.144299692991849e-09,
                    765037.4561715443, 22.524603073930287, 438553940.1174351, 2.701830715086964e-10, -2.847948291087406e-14,
                    -5.732510855324988e-09, -7.543372222520517e-16, -506238.92410430167, 173340851.9467864, 1037883666646.2634,
                    6.0819447838289855e-12, 4358466585619348.0, 9.561595720679209e-08, 32028551.92262414, 129250857564.11957,
                    -4.890594157463136e-14, 2.0362821455520965e+19, 4189661113677.6406, 15.194954665007451, 6577528816453.326,
                    51.601256472989746, 7.223628435109198e-16, 917361634717924.2, 846.476416140441, 925214.0875457376,
                    -1.0145973035936917, 1.5416145253295386e-09, -3.3876094600141943e-15, 18742.90435182261, 6.98608786049005e-10,
                    -3.1103759751497973e-12, -2.122997061406305e-11, 1.3791965988789878e-05, 7.868951077502861e-05, -46377448635.50972,
                    -7.262521732381705, 0.00023540809887084174, 20532816.497183442, 186374869367.46893, 215.61872657151758,
                    4153593248168.455, -2.0842519853694066e-08, 45238110014588.125, 68365313488460.0, 1557510233.0204558,
                    -0.00011087972696758306, 0.0029963399416263747, 2.081775449063734, 43.16881314518017, 37.53116884157264,
                    -4.080696214081204e-09, 1.1397281331861426e+19, -5.07110699528635e-05, 263194432841649.3, 1.3095514879476136e-09,
                    4731890830.379604, 82062.26170770964, 378924013273.5759, 0.09035765202949642, 4348.2601436278055,
                    -5.534193920281433, 0.0033661397081488353, -15.166671145271104, 119763.98106849828, -1.6200144878218906e-11,
                    4.834759514571347e+16, 103574.46904551244, 51.2725125667435, 3.2755913484215334e+17, 3.8460600311768544e-10,
                    90459162.77133879, 2.0756378043542376e+16, 108425587225.42902, 354406984360.66016, 5.022017437866928e-14,
                    75775300713983.75, 7.708463529460627e+18, 3595848851927.125, -2809889939355307.5, 6.822220907247177e-13,
                    4864366751756.059, 521004346.0118382, 772.2428346001057, -2.1229915104596655e-05, 38779241226467.125,
                    4.728883189978277e-05, 2.7373521014616634e-09, 0.00011106951080770737, 2.429803370967e+16, -1.3238244233910072e-16,
                    1079432311446.7363, 31811577556716.72, 1.9524050357270892e+20, -4.285227300501799e-11, -6.249364044077882e-14,
                    572650755743.9275, 0.009628950808014798, -0.0002738180298252819, 0.0463673982626569, 93.2023021411936,
                    2738679412.2887535, 0.0003444327632511697, 1615704834620609.0, -1.1293905166355919e-12, 1222.3031357433647,
                    9.253974688535675e+17, 0.04994864672736209, 4.845392725341774e-07, 55477.682215350855, 3.4290546879761654e-15,
                    67908131536.00473, 5334810322972.4375, 2048766904709.892, -1.1254379246152638e-15, 693255886769871.5,
                    1035458656584128.0, 5.785411805419151e+17, 0.0044711861892400215, 467292292027.8696, 31040508002799.03,
                    -3.110204912705466e-11, 1.2783656835712762e-05, 297.6682045905411, -2160671.0347454185, 35411356647.340164,
                    2.5472903724381397e-11, 1.6673929533481185e-11, -0.00030504595294792206, 9.019980728794468e-09, 1.0179024409535731e+18,
                    -119034.52684165785, 0.029320968681676607, 6.990788680279757e+16, 7.884997511738533e-08, 1.1270359542436405e-11,
                    1.8966204548049967, 2.7578318486080113e-09, -23261960.49317246, 4.3602091590456666e+20, -1.796173985243111e-13,
                    53881644477.57306, -1.5690044088046796e-09, -2.586449665267784e-12, 624.4742360914861, 461760.71227581415,
                    567778698.7975836, 4.78186167597045, 1.5895112611105792e+18, 466188429655.00464, 2280337556008168.0,
                    3925391045045237.0, -5.228704399646098, 410055061369095.1, -637992154134.4462, -5.2304932001015343e-08,
                    3357981.526386386, 2.2369434975236063e+19, 7.734543422847983e-11, 2.2456904762697453e-08, 3.86606996196752e-07,
                    -5.200876277593807, 9.07507606254206, 3.408126867733276e-08, -2.7475338855414305e-12, 0.00010999461286937163,
                    -0.0005552380298766884, 3.0541623798586575e-05, 4.225818246866037, 0.0011382662948732206, -4.0804462679068174e-07,
                    -2.7824293395704073e-09, 141750074375.4013, 13209.28228060895, 4.14311798441968e+18, 3002558304444096.0,
                    2.4637869687738744e-05, 8.501573875755168e+16, 1454.473368435045, 5.24762873275968e+16, 3.4526060829154476e+19,
                    -6.298657251050165e-11, -9.147716145846723e-15, 276199854680.6504, 1.2155351443531791e+18, 0.00038903956172295774,
                    -3.056585059761763e-07, 3.8116819715353186e-12, 1010411239.7725053, 1544730136727564.5, -1.4214552243941796,
                    2.3016178926523417e+19, -978695395.6790287, -5.383918816812784e-12, 7.973381559433873e-10, 1.396852162624586e-10,
                    1.7149428150345503e+19, 5560048455167092.0, 1814540.8714920133, -154.3736599575513, 1.3401766421287076e+18,
                    -3.349222108525282e-09, 2.743621781445411e-10, 1929677287.5665584, 6227793444456678.0, 5.007497301713093e+19,
                    7.009020730607468e-07, -5.33489094878018e-12, -43282057.47423909, 7.062597104241494e+20, 327058722592316.0,
                    16266707.535164163, 24347715604.105423, 38945018.72056791, -5.241805092575346e-06, 9023729011501.531,
                    8.822633121661492e+20, -0.07390562259967126, 2.65320310838938e+18, 9534825062176.688, 7.955114232943729e-10,
                    -1.2800680029258543e-10, 0.01967669201842641, 8.850942851817144e+18, 0.0001610312204954889, 1.5748208263998863e+18,
                    5937797034653916.0, 32798641088289.5, 2052336.5589614864, 2.2651896030260625e+20, 6.280732223858822e-07,
                    16835.830204595186, 1.4045037647916808e-07, 9.823251299996177e-06, 534435902.66453075, 1.2820617694021104e+20,
                    9.935997386832445e+19, -5.279360387864253e-12, 1.598723434553507e-06, 628.9756530829345, 56402496.49372591,
                    -3.0029952080905846e-12, 2.3324058389088102e-05, 3.6579637156484915e+17, 22715397050885.758, 7.687227642821547e-09,
                    -1101882855388.0503, 1.1256747772539968e+16, 4.460333583455141e+18, 0.0007628807040481133, -1.1057362341446595e+17,
                    -1.890678807371706e-14,
                    """)},
            {"float64", "minimum", doubles("""
                    0.0, -0.0, 0.0010516574487502805, NaN, -3433117083777.874,
                    7.378633179842133e-13, -6.962771843767917e+16, 3.829341153893068e-05, -4164178325477249.0, -4.5658089126293866e-10,
                    -2118897606715544.0, -1903309499316.7935, -2.7599230842451514e+17, -3.1220505500956176e-12, 9.096517915906588,
                    2.0222746334232483e-12, -377644.05252449657, 1.6635904058475324e-11, -3.567260741053127e-13, 4.342838512644364e-13,
                    -305684957633.4424, -3.8256723942569754e+17, 60419239982.18115, -3.397896826554959e-06, -2042099729976567.5,
                    3.5497713735986385e-06, -145144016029.7356, 6.050368790811859e-15, 64.61312724550521, -1641.0768805827497,
                    -55003106237359.0, -1.8370707255429382e-09, -1.283784037612929e+19, -2.4031082501147605, -8.58255502942475e+16,
                    -4.213585769654376e+16, -4590282991853766.0, -0.030289658077876223, -394305338214.51544, -1.9274116731615264e+16,
                    -2.2147555277965998e+18, 1.3512112459353481e-12, 5.011033910827627e-13, -115820110169238.98, 6.204688626999575e-14,
                    551114190.301506, -13072.140637982538, -4.414857536570608e-12, 6140.984818370118, 5.918076672593102,
                    -0.00026461780736130225, -5289.714991098572, -118312486368.23582, -2.4950752328505587e-14, -4.120256140404226e-08,
                    -2798.402167436385, 14628194.192464598, -517774750599.00244, -61.58275069257986, -688409114193.888,
                    1.5654601727403886e-06, 1.0281546472633799e-06, 29.176252116539217, -11174.783386612202, -3.4742134630105266e-09,
                    -559282133321.0024, -25559486.141829833, -2.2703541153612963e+17, -2.831118574159959e+20, -445.33609927342985,
                    -0.02283797762297453, -1.4521350278004663e-09, 4.1530892741448665e-14, 22294623874971.406, -11.512005755990447,
                    4.988433464568046e-16, 2.529237526374456e-11, 2017689.3445944265, 0.06808510533132539, -8.175136871066665e+20,
                    -40309424.78751074, -2.806180333616751e-13, 7.999369487416628e-05, -6.7110403598358e+18, 2.144358482663037e-15,
                    -1995777.8994797394, 570935.4964894345, -0.030203165007343727, -0.00010980461680474436, -68291339.83073047,
                    -6.722151204430861e-09, -2703.5082977326365, -2270784117677556.0, 204591622761.438, -728419.0831401979,
                    -1.0440341947942771e+17, -0.00045280754966567957, -34310004642.47519, -1.366860540629971e-08, -5.892310903046729,
                    1.0621721125911965e-10, 0.0019742656596693914, -127134723.94444107, -4.429027776259114e-09, -5.14152137727991e-10,
                    -4.324022612300188e-15, 6.8722961485635954e-09, 1117606.7318627313, -1.129579867003812, -0.0008209862307422232,
                    1.8846960136792933e-12, 1.5655664493442373e-11, -1.0057445084344087e+20, 861.8080725557111, -3.4335113515177587e-15,
                    3.5359827258922403e-12, -19350.866066962248, -0.04434032573943096, -2.234557536673932e-05, 226.34243334134675,
                    -9.047404123756837e-07, -2.950849339505185e-14, 5.201856515751648e-06, 0.0015873514187266236, 5.990264258842513e-07,
                    -2.441439476135504e-07, -4.183859536701184e-15, -1175730542180.0615, -2.887653789571652e+18, -3.549581544709081e+20,
                    -5.133337676321465e-06, -0.04477923020629167, -253357898784764.06, -30665446433.201042, -2.783183289249148e-12,
                    -61046854087940.31, -1.1806337761923569, 68215629393.56445, -219.56113811713345, -6470739075627808.0,
                    -3.202796465516471e-14, 2.8653653264435704e-13, -615308558.9231329, -0.2531137316674431, -6.277918636009729e-13,
                    1.2015549832780933e-11, -6.917097133214024e+18, -2.546699328334834e-10, -2.208683701618987e+16, -1.7837886128021018e-15,
                    -1.7942395198969088e+19, -1.0555371387855282e+17, -1.3799475982232843e-13, 0.002350707213767997, -94254241.06048387,
                    6.862111454561528e-09, -35732463.88157, -2.2906307576122944e+17, -5728255738932.625, -1681197042.0524874,
                    -2525286222910518.5, 7137623993198.17, 2.4539721450081464e-11, -1.7212642800298152e-13, -3614728042.423999,
                    -11.052667385604028, 4.305769402357261e-11, 2.2103847448088245e-15, -7.228611863112438e-07, 1.4775522595314327e-09,
                    -0.008339835190155048, -5.317225220036602e-06, -14.668725972571025, -84855293994.35625, -0.014898427754363633,
                    -5.530198531376566, 1.1041421821045654e-11, 3.499664872250416e-14, -3059127.3018646967, -8.918886562181934e+20,
                    -0.0008481461957207705, 1769.272116849199, 7.035049919961644e-07, -5.4253638871293314e-12, 435825341.99618554,
                    -4.2221300494495113e-07, -1.0429683029853321e-13, -0.11713486978609695, -530925221370.5218, -5.854066153779093e-08,
                    -2499.9733251522675, 1.9465957738943808e-13, -1.8008365584646666, 1.2543836502128495e-15, -3.850629239507085e+20,
                    355.7474171346189, -2106332866469764.8, -1339949.6212258155, -1.5437804409906734e-09, 6.700421809565311e-14,
                    159532.75020633638, -9.436006443944048e-08, 1.0223853659297831e-07, -7938909005.304375, 6.192121701492469e-11,
                    -713671433508.5664, 1.002459243508217e-15, 2.5894614562675095e-13, 5.5992471945136415e-05, -3.347473994150302e-06,
                    -6.010380261383263e-07, -2911.948834203484, -13306942838774.166, 3.7733262577092976e-06, -2.5024832155202232e-05,
                    -1490.2282239820488, -817274396696.0393, -56.02577332853846, -185.43102926283763, 8539.49301562097,
                    -392910620692.4999, -101283194995953.89, -7.860024421145395e-14, 2.121019866911507e-12, 1.5757983305557308e-15,
                    -2.841168462161829e+16, -4.543599096122561e-16, 4.800484918797108e-10, 6.032837349958984e-07, 3.4505398972479306e-11,
                    -0.000659300964612367, 3.155482388117347e-12, 23505.496804630784, -9.387010326372707e-17, -4.878121466339202e+19,
                    -8.52617247914696e+18, -3.0127985795004003e-09, -6.643210706679073e-08, -5.962017877918869e-11, -76851.55455082771,
                    -132689476378678.56, -1.4390415140409795e-08, -46696978279.611206, -2053479059920.268, -6.2328286272709565,
                    -238.83047299891462, -46883.68782866909, -2.8788913753149246e-06, 1.637235862121512e-08, -3.4179941818873065e-15,
                    -8692535788143.508, 1.8845395539967777e-05, -0.0005434841544378402, -2069220.6254754127, -1.9616696156345867e+20,
                    -4.809314695673246e-07,
                    """)},
            {"float64", "floorDiv", doubles("""
                    INF, -INF, 0.0, NaN, -1.0918542820297167e+21,
                    1.036828146250133e+18, -3091185145822414.0, 0.0, -1.0, 0.0,
                    0.0, 2.5231546888731257e+27, 545181919610.0, -1.0, 0.0,
                    3.0, -11541202772.0, 0.0, -8.978472348272661e+19, 0.0,
                    6.250466667060516e+24, -1.0, 0.0, -1.0, -311.0,
                    0.0, -2.00929515317106e+26, 1.5162077989543999e+29, 0.0, -564.0,
                    54211760707956.0, -2.0, 0.0, -1.0, -1.0,
                    1.3546869585280434e+28, 2.162171147242707e+26, -2197.0, -1.0, 0.0,
                    0.0, 0.0, 4.0975209632521175e+19, -1.0, 0.0,
                    7536.0, 627186191004.0, -1.024678817829496e+25, 11132630271.0, 263178447.0,
                    2.0, -1.0, -56832491911.0, -1.0, -1.0,
                    685765864604.0, 779131120485.0, 1.0210290397743132e+16, -4273833660915.0, -1.0,
                    0.0, 0.0, 12987412220.0, -123673.0, -1.0,
                    101059366798.0, -7593115069.0, 1.496936337324873e+16, -1.0, 0.0,
                    -2.1169823328435528e+18, -1.0, 0.0, 0.0, -29931945063.0,
                    1.8133781559652764e+23, 0.0, 53737.0, 0.0, -1.6278591168211884e+34,
                    -1.0, -2.746959429911462e+31, 4.495165347198374e+16, 0.0, 318.0,
                    -2437329.0, 0.0, -1.0, 0.0, -1.0,
                    -1.0, -1.0, -2.044471161495366e+19, 0.0, 5.50238438171684e+21,
                    -1.0, -1.0, -1.0, 318.0, 94286568384994.0,
                    0.0, 4.0, 0.0, -10468979.0, -181273781246.0,
                    -1.0, 50119.0, 1445682804.0, 1000167657126.0, -1488823.0,
                    0.0, 3190452040.0, -2.0756718091689206e+26, 64.0, -2.0,
                    1.920488215022865e+22, -275688453.0, -1.0, 0.0, 3062863098782.0,
                    -1.0, -1.9605920668214397e+31, 859.0, 0.0, 5.181826153492088e+19,
                    0.0, -1.0, -3949802244.0, 1336461563623.0, -10023850767.0,
                    -1.0, -1.0, 0.0, -3.3997241629694167e+18, -3.657331678030392e+29,
                    512849974.0, -1.0, 1024807.0, -1.0, -1.0,
                    -59217639185797.0, 0.0, 26.0, -1.722628452562339e+21, 3.0,
                    0.0, 0.0, 98.0, -1.0, -2.5886515305782093e+20,
                    -31601036174.0, -1.0, -1.1518634933363506e+31, 198318372838845.0, -24193475.0,
                    0.0, 0.0, -559.0, 0.0, 0.0,
                    -752025050.0, 0.0, 3.0, -1.0, -1.0,
                    0.0, 0.0, 0.0, 0.0, 74443.0,
                    15.0, -6.0, -1.0, -74547840322205.0, 0.0,
                    1987543206.0, 1.2838027264316324e+22, 0.0, -1354346379079.0, -297043.0,
                    -1.0, 48051251103731.0, 0.0, -9.672399569748132e+27, 0.0,
                    6703.0, 11.0, -1.0, -1.0, -1.0,
                    8178975151.0, 19.0, -1.0, 0.0, 2.708934599855731e+20,
                    0.0, 2152184.0, 0.0, -1.0, 2084.0,
                    0.0, -5.892374584732809e+22, 17748110760973.0, 0.0, 2.1643254230705586e+28,
                    0.0, 273689.0, 7.452040975145564e+21, 1.1122554922309753e+20, -1.0,
                    -1.0, 545830994890214.0, 307447.0, 0.0, -1.3069367281423548e+19,
                    -1.0, -1.0, -695127.0, 35375414.0, 0.0,
                    -2245455495.0, 0.0, -3.3755659858404674e+31, 4.495396394405625e+24, 504830.0,
                    2.219544942665361e+26, -43306400063374.0, 0.0, 0.0, 0.0,
                    -1.0, 0.0, 0.0, -2.4131108034067418e+36, -7.766803761842486e+25,
                    -506430177516273.0, -47.0, -1.0, -8.964010400637772e+18, -1668231406502242.0,
                    -1.0, 2725.0, -2.920891585770292e+16, -1.0, -1.0,
                    79530753947080.0, -2010099917.0, -1.2706153997381521e+23, 1.3874236190655756e+21, -1.0,
                    0.0, 0.0, -1.0, -2712377722.0, 1774.0,
                    0.0,
                    """)},
            {"float64", "mod", doubles("""
                    NaN, NaN, 0.0010516574487502805, NaN, 1.966376657044263e-09,
                    6.357193484429808e-14, 19.961725789766987, 3.829341153893068e-05, -4164178325477249.0, -2.847948291087406e-14,
                    -5.732510855324988e-09, -2.9552975253219227e-16, -30853.667019619257, 173340851.9467864, 9.096517915906588,
                    1.5120883559240625e-14, -205685.3927403828, 1.6635904058475324e-11, -8.968693517888157e-15, 4.342838512644364e-13,
                    -4.7883191123032646e-14, 1.998025421609527e+19, 60419239982.18115, 15.194951267110625, 3511731940416.9395,
                    3.5497713735986385e-06, 5.792246849499885e-16, 3.1380686121937452e-15, 64.61312724550521, -353.2731029332117,
                    -0.3986876543769178, 1.2461583251161391e-09, -3.3876094600141943e-15, 18740.501243572497, -8.58255502942475e+16,
                    -5.056582898048111e-13, -6.618268211844969e-12, 1.12911994951382e-05, -394305338214.5154, -46377448635.50972,
                    -7.262521732381705, 1.3512112459353481e-12, 1.527789590807535e-13, -115633735299871.52, 6.204688626999575e-14,
                    396710056.305542, -1.8909691127423024e-08, -1.3763659148194045e-12, 5721.388984217345, 5.1004757329926775,
                    -4.2858353426136124e-05, -5289.71199475863, 1.1972378328630455, 43.16881314518014, 37.531168800370075,
                    -7.18403231335345e-10, 14314564.044941388, -2.2724358307677915e-06, -35.01093588657485, -688409114193.888,
                    1.5654601727403886e-06, 1.0281546472633799e-06, 1.4336336340165872, 0.01851283170836937, 4348.260143624331,
                    -0.019489936077395242, 0.00047435033502366, -7.3038972757804626, -2.831118574159958e+20, -1.6200144878218906e-11,
                    -0.016271224144447344, 103574.46904551098, 4.1530892741448665e-14, 22294623874971.406, 2.281200593040856e-10,
                    8.867404463227089e-17, 2.529237526374456e-11, 1014914.9583218023, 0.06808510533132539, 3.603593404653063e-14,
                    75775260404558.97, -6.271621345055068e-15, 2.1130386851829497e-05, -2809889939355307.5, 3.1609323787192325e-16,
                    -600204.9950802252, 570935.4964894345, 772.2126314350983, -2.1229915104596655e-05, 38779172935127.3,
                    4.728210974857834e-05, -2703.508297729899, 9.116840286141597e-06, 204591622761.438, -1.2843833278981337e-16,
                    -1.0440234004711627e+17, 31811577556716.72, 1.9524050353839892e+20, -4.1582590703989724e-11, -1.0747490241473291e-14,
                    1.0621721125911965e-10, 0.0017318881693372326, -0.0002738180298252819, -5.174164641059062e-10, -4.73509463382713e-10,
                    2738679412.2887535, 1.5258131087658e-10, 732019.5030053556, -6.93372114306883e-14, -4.726896425436347e-05,
                    1.8846960136792933e-12, 6.703301796060164e-12, 1.7019825888868315e-07, 321.9655717853457, 3.424598024434572e-15,
                    3.35357284819476e-12, -7238.578981785802, 2048766904709.8477, -1.1254379246152638e-15, 135.9251600907627,
                    1035458656584128.0, -2.0348779256824316e-14, 2.7914422093560615e-06, 0.0015873514187266236, 1.9191540979835323e-07,
                    -3.110204912705466e-11, 1.2783656831528903e-05, 279.10884888223245, -864770.3554215888, 19043152663.411057,
                    -5.1333122034177405e-06, -0.04477923018961774, -0.00030504595294792206, 1.2570613838505846e-09, -2.4378644028627574e-12,
                    -92093.78334458225, -1.1513128075106802, 32290866961.48633, -219.56113803828347, -6470739075627808.0,
                    -6.427447562319784e-15, 2.8653653264435704e-13, -10497586.100648955, -0.05473664413322721, -8.893966802803958e-14,
                    1.2015549832780933e-11, -1.5690044088046796e-09, -1.1978656372405988e-12, -2.208683701618925e+16, -8.849317762116411e-16,
                    560001015.9084797, -1.0555371387855282e+17, -8.257711692147989e-14, 0.000524860514856243, -68732622.06667882,
                    6.862111454561528e-09, -5.228704399646098, 157703544094734.88, -637992154134.4462, -5.2304932001015343e-08,
                    2369279.588195827, 7137623993198.17, 3.726269878235442e-12, 2.245673263626945e-08, -3614728042.4239984,
                    -5.200876277593807, 4.305769402357261e-11, 2.2103847448088245e-15, -2.7475338855414305e-12, 1.1900130731894558e-09,
                    -1.1264742004722834e-05, -1.361727521633038e-06, -10.442907725704988, 0.0005178891505987532, -4.0804462679068174e-07,
                    -1.3383362665615726e-09, 3.555235678293202e-12, 3.499664872250416e-14, -2482679.188115986, 270208794212416.0,
                    -0.0008235083260330318, 1126.7564025539905, 7.035049919961644e-07, -5.19963245283019e-12, 435825341.99618554,
                    -1.4009407058539002e-11, -3.671952694219256e-15, 276199854680.53326, 1.2155346134279578e+18, 0.00038898102106141996,
                    -8.13367631462373e-08, 1.1315000113599502e-13, 1010411237.9716687, 1.2543836502128495e-15, -1.0070879891499942,
                    355.7474171346189, -295015689.9398594, -5.383918816812784e-12, -7.464422850472861e-10, 4.8425751117524236e-14,
                    159532.75020633638, -6.600392389878655e-08, 4.316135590694048e-08, -154.3736599575513, 1.2669720596260956e-11,
                    -3.349222108525282e-09, 1.1024802071101782e-16, 1.7743252531793828e-13, 1.900794784757883e-05, 5.007497301713093e+19,
                    9.986404692242048e-08, -2.93893671473289e-13, -4114491.7809443846, 3.7733262577092976e-06, -2.032142234302775e-05,
                    16265217.306940181, -792926681091.9338, -9.015979044408795, -4.0056764329507425e-06, 8539.49301562097,
                    -111685395224.04602, -0.07390562259967126, -3.418401105862479e-14, 3.779004238154419e-13, 1.1520799233453141e-15,
                    -6.673375456459789e-11, -4.0358333810353217e-16, 4.800484918797108e-10, 6.032837349958984e-07, 3.4505398972479306e-11,
                    5937797034653916.0, 3.155482388117347e-12, 23505.496804630784, -2.657684413481947e-17, 9.112293179992873e-10,
                    10920.463820944613, -1.1511567573507382e-09, 9.756819192929385e-06, -1.9501595641806652e-11, -49370.286338622216,
                    9.935984117884807e+19, -4.1580834797048155e-12, 8.455185571382985e-07, -2053479059291.2925, 56402490.260897286,
                    -2.0290711148128356e-12, 3.3400562017944443e-06, -1.891151990621172e-06, 1.3297977115430871e-08, 7.687224224827364e-09,
                    -1101882855388.0503, 1.8845395539967777e-05, 4.460333583455141e+18, 0.000728364977795804, -9353626196067648.0,
                    -1.890678807371706e-14,
                    """)},
            {"float64", "sqrt", doubles("""
                    715.8149420155435, 5.939669401812172e-07, 0.032429268396778246, NaN, NaN,
                    874.6641962327852, NaN, 0.006188167058098115, 1.6437246469792206e-05, NaN,
                    NaN, NaN, NaN, NaN, 3.016043420759487,
                    2.466159926652971e-06, 66018683.610167116, 4.07871352983699e-06, 5659.377344074535, 6.590021633230322e-07,
                    NaN, NaN, 245803.25462080675, NaN, NaN,
                    0.0018840836960174138, NaN, 30287978.386117555, 8.038229111284725, 961.8804954596686,
                    NaN, NaN, NaN, NaN, 2.6431208562020107e-05,
                    NaN, NaN, NaN, 0.008870710838203927, NaN,
                    NaN, 1.162416124258154e-06, 4531.31509577335, 431711.5580656475, 2.490921240625559e-07,
                    2038036.6160028763, NaN, 6725928.189817977, 8268331.965303522, 39465.30416733737,
                    NaN, 0.05473883394470853, NaN, NaN, NaN,
                    NaN, 3375985979.215765, NaN, 16223268.254012486, 3.618772565314949e-05,
                    0.0012511835088189057, 0.0010139796088992027, 615568.0411405192, NaN, NaN,
                    NaN, NaN, NaN, 346.06932985819225, NaN,
                    219880865.8017188, NaN, 2.0379129702087051e-07, 4721718.318046028, NaN,
                    9511.002195948584, 5.029152539319578e-06, 329280.40820162534, 0.26093122720618434, NaN,
                    NaN, 2776411988.4233007, 1896272.357001263, NaN, 8.259673666221431e-07,
                    2205530.9455448724, 755.6027372167431, NaN, NaN, NaN,
                    NaN, 5.2319710448947093e-05, NaN, 452318.05487006373, NaN,
                    1038957.319357603, NaN, NaN, NaN, NaN,
                    1.030617345376642e-05, 0.09812721746801342, NaN, 0.215330904104954, 9.654133940504119,
                    NaN, 0.018558899839461653, 40195831.06020585, NaN, 34.96145214008372,
                    1.3728423120225037e-06, 0.22349193884201302, NaN, 235.53700816506702, NaN,
                    260591.88693434937, 2309720.832259266, NaN, NaN, 26329752.880911577,
                    NaN, 760618945.6895714, 0.06686692896522183, 0.039841579018992504, 5571400.901281385,
                    NaN, NaN, NaN, NaN, NaN,
                    5.047068825009363e-06, 4.083372323641476e-06, NaN, NaN, 1008911512.9452994,
                    NaN, 0.17123366690483682, 264400996.22126535, 0.000280802377335708, 3.357135615734998e-06,
                    1.3771784397110625, 5.352910728233351e-07, NaN, 20881113856.893906, NaN,
                    3.46634531355157e-06, NaN, NaN, 24.989482509477583, 679.5297729134568,
                    NaN, 2.1867468248451742, 1260758208.8214135, 682779.9276890063, 47752880.08076757,
                    8.283786244563248e-05, NaN, NaN, NaN, NaN,
                    NaN, 2671633.2070847917, 8.794625303472561e-06, NaN, 0.0006217772882606376,
                    NaN, 6.561836177745723e-06, 4.701472901983829e-08, NaN, 0.010487831657181175,
                    NaN, 0.005526447665416418, 2.0556795097646026, NaN, NaN,
                    NaN, 376497.1107132182, 1.8707391245842955e-07, 2035465053.5982385, NaN,
                    0.004963654871940508, 291574585.2394404, 0.0008387520444065483, 229077033.6100867, 20876.430298213952,
                    NaN, NaN, NaN, NaN, NaN,
                    NaN, 1.952352932114304e-06, NaN, 3.5417278978104025e-08, NaN,
                    18.86126764389443, NaN, NaN, 2.8237176840884558e-05, 1.1818850039765232e-05,
                    399.41551072327724, 74565732.44572262, 1347.0489491818823, NaN, 1157659985.5435565,
                    NaN, 1.6563881735406745e-05, 43928.09223681992, 78916369.93968157, NaN,
                    NaN, NaN, NaN, 0.0019425051499826964, 18084764.930524144,
                    NaN, 156037.54549500393, 6240.594420451302, NaN, 92.40937731432331,
                    29702917569.931564, NaN, 1628865589.4177947, 3087851.2046691445, 2.820481205919254e-05,
                    NaN, 0.1402736326557005, 2.191000894294e-05, 0.0007767134188334192, 5.874129635314436e-06,
                    NaN, 1.776367751372825e-06, 153.3150247191409, 15050546843.972357, NaN,
                    NaN, 0.0003747670963133878, NaN, 23117.8697691749, 11322816652.23857,
                    NaN, NaN, NaN, 25.079387015693477, NaN,
                    NaN, NaN, 604811021.3652271, 4766067.25203136, NaN,
                    NaN, 0.004341128371744813, NaN, NaN, NaN,
                    NaN,
                    """)},
            {"float64", "square", doubles("""
                    262544568867.2304, 1.2446552989624335e-25, 1.105983389511949e-06, 1.3929337230483412e+24, 1.1786292910927493e+25,
                    585282309345.4275, 4.8480191748367275e+33, 1.4663853672899094e-09, 7.299889212987335e-20, 8.110809468707677e-28,
                    3.2861680706418826e-17, 3.622587050189543e+24, 7.617175430949269e+34, 9.74719963735235e-24, 82.74663819440954,
                    3.6990052353544603e-23, 1.8996230977960377e+31, 2.7675330384279575e-22, 1025828138260230.5, 1.886024634690711e-25,
                    9.344329332335946e+22, 1.46357692681799e+35, 3.6504845600243974e+21, 1.154570284391226e-11, 4.17017130717037e+30,
                    1.2600876804820365e-11, 2.1066785389240142e+22, 8.415523688523423e+29, 4174.856212443848, 856021107793.0918,
                    3.0253416957582004e+27, 3.3748288506468573e-18, 1.1475897853577661e-29, 5.774929261769627, 4.880542359448645e-19,
                    1.775430503823386e+33, 2.107069794530196e+31, 0.0009174633864746524, 6.192039106013344e-09, 2.1508677419393422e+21,
                    52.744221913316565, 1.8257718311421558e-24, 421596553307008.5, 3.473559193174111e+22, 3.849816095801787e-27,
                    1.7252336871230577e+25, 170880860.85919452, 2.0464865976919784e+27, 4.673816088375411e+27, 2.4258381259634345e+18,
                    7.002258397270327e-08, 8.978053045785547e-06, 1.3997844430633988e+22, 6.22540041758427e-28, 1.6976510662538726e-15,
                    7831054.690712657, 1.2989802175759697e+38, 2.6809069235785917e+23, 6.927130947883745e+28, 1.714925099585809e-18,
                    2.450665552436367e-12, 1.057101978689285e-12, 1.4358340783535314e+23, 124875783.73770407, 1.2070159186563596e-17,
                    3.127965046520915e+23, 653287331834391.2, 5.154507809137975e+34, 14343411161.375614, 2.6244469407528225e-22,
                    2.337489956373817e+33, 2.108696138965061e-18, 1.7248150519017133e-27, 4.97050253726445e+26, 132.5262765259572,
                    8182860129291566.0, 6.397042464820776e-22, 1.1756107965179116e+22, 0.004635581567977673, 6.683286286067366e+41,
                    1624849726699985.0, 5.94204099850246e+37, 1.2930128965905623e+25, 7.895481471290174e+30, 4.654269810728049e-25,
                    2.3662063895589787e+25, 325967341151.6371, 0.0009122311764608326, 4.5070929534838123e-10, 4663707095876314.0,
                    4.518731681523127e-17, 7.493096527376584e-18, 5.156460509096637e+30, 4.185773210415855e+22, 530594360682.8066,
                    1.165174114995244e+24, 2.0503467703423686e-07, 1.1771764185666691e+21, 1.8683077375312564e-16, 34.71932777816336,
                    1.1282095967664453e-20, 9.271669366316883e-05, 7.497631345739896e-08, 0.002149935621647838, 8686.66912441834,
                    1.8697171551683344e-29, 1.1863392840083633e-07, 2.6105021126164096e+30, 1.2759506759403496, 1494024.9556480623,
                    3.552079063978619e-24, 0.0024948673098948194, 1.0115220162459705e+40, 3077773223.9874563, 1.1789000201001307e-29,
                    4.61151432871132e+21, 2.846020118209328e+25, 0.001966064486678844, 1.2666105221623123e-30, 4.806037245410809e+29,
                    8.185552137857223e-13, 3.347098975828329e+35, 1.9991505938850706e-05, 2.5196845265334247e-06, 9.635131370718308e+26,
                    9.673374599017215e-22, 1.750468062284545e-29, 1.3823423078150214e+24, 8.338544408427523e+36, 1.2599529142539305e+41,
                    6.488688241516036e-22, 2.780199260874961e-22, 9.305303340990588e-08, 9.403696049475225e+20, 1.0361253792992424e+36,
                    3.726718394034275e+27, 0.0008597192044318604, 4.887112637232758e+33, 6.217318576012285e-15, 1.2702100421578733e-22,
                    3.5971691495847127, 8.210318453985068e-26, 3.786046226840625e+17, 1.901142391062572e+41, 3.941226240035826e-25,
                    1.443734377840419e-22, 2.4617748348485222e-18, 6.485677468941096e-20, 389968.0715420451, 213222955401.46722,
                    3.2192954547598898e+38, 22.866201088114924, 2.526546049197344e+36, 2.1733165194419922e+23, 5.199939369341305e+30,
                    4.7088573614824526e-17, 27.33934969887846, 5.246989267719474e+34, 4.070339887371109e+23, 2.735805911630839e-15,
                    6.377070507621673e+30, 5.094567626827819e+25, 5.9823161959921e-21, 2.962750721706558e-26, 1.494649695082754e-13,
                    27.04911405483801, 1.8539650146276004e-21, 4.8858007200835724e-30, 7.54894245219839e-24, 1.2098814860282935e-08,
                    6.955285099894849e-05, 9.327907842543899e-10, 17.857539855545948, 7.200420918868631e+21, 1.6650041745274675e-13,
                    30.58309579643953, 2.00930835854318e+22, 1.2247654218063521e-27, 1.7165426632821793e+37, 7.954653750906948e+41,
                    6.070246227499956e-10, 7.227675836492275e+33, 4.949192737635234e-13, 2.7537607316884963e+33, 1.899437287260921e+17,
                    1.7826382154464532e-13, 1.0877828810321035e-26, 0.01372057771980589, 2.8188159068733757e+23, 3.427009053282194e-15,
                    6249866.626472885, 1.4528919452127373e-23, 3.2430123103028645, 1.5734783419213124e-30, 1.482734554014691e+41,
                    126556.22479795254, 4.4366381443707356e+30, 2.898658182603077e-23, 6.357481349232014e-19, 1.951195964228983e-20,
                    25450698388.39732, 3.0914138823805967e+31, 3292558574314.995, 23831.226888689678, 1.7960734321073778e+36,
                    1.1217288732234535e-17, 7.52746047962169e-20, 3.72365443415023e+18, 3.8785411186817575e+31, 1.1205582141512574e-11,
                    3.612467088642554e-13, 8479446.013019029, 1.7707472771440305e+26, 1.4237991047118453e-11, 1.0696740802371752e+29,
                    2220780.1595526915, 5.928112551383988e+20, 1516714483145385.0, 34384.66661347535, 72922940.96383934,
                    7.78388551994384e+41, 0.0054620410518450395, 7.039486734367068e+36, 9.091288896631266e+25, 6.32838424591839e-19,
                    8.072238230383011e+32, 0.0003871722087880055, 2.304465545559847e-19, 3.639512649106014e-13, 1.190622558249976e-21,
                    4.3467776193879764e-07, 9.957069101718755e-24, 552508380.032508, 5.131083937657371e+40, 2.3796069040359323e+39,
                    7.269561714416301e+37, 1.972630825314005e-14, 4.413224849333547e-15, 2.8562173405685178e+17, 1.6436823805624701e+40,
                    1.7606497141647895e+28, 2.0708404791333545e-16, 2.1806077804464806e+21, 395610.372171104, 38.84815269692836,
                    57039.994832885284, 2198080184.4160943, 1.3380698545000918e+35, 5.159892631793894e+26, 1.1682684227415478e-29,
                    1.214145826998123e+24, 3.551489330578374e-10, 2.9537502612501417e-07, 4281673996892.8584, 3.848147680903947e+40,
                    3.5746663526444965e-28,
                    """)},
            {"float64", "neg", doubles("""
                    -512391.0312127159, -3.527967260282376e-13, -0.0010516574487502805, 1180226132166.3494, 3433117083777.874,
                    -765037.4561715443, 6.962771843767917e+16, -3.829341153893068e-05, -2.701830715086964e-10, 2.847948291087406e-14,
                    5.732510855324988e-09, 1903309499316.7935, 2.7599230842451514e+17, 3.1220505500956176e-12, -9.096517915906588,
                    -6.0819447838289855e-12, -4358466585619348.0, -1.6635904058475324e-11, -32028551.92262414, -4.342838512644364e-13,
                    305684957633.4424, 3.8256723942569754e+17, -60419239982.18115, 3.397896826554959e-06, 2042099729976567.5,
                    -3.5497713735986385e-06, 145144016029.7356, -917361634717924.2, -64.61312724550521, -925214.0875457376,
                    55003106237359.0, 1.8370707255429382e-09, 3.3876094600141943e-15, 2.4031082501147605, -6.98608786049005e-10,
                    4.213585769654376e+16, 4590282991853766.0, 0.030289658077876223, -7.868951077502861e-05, 46377448635.50972,
                    7.262521732381705, -1.3512112459353481e-12, -20532816.497183442, -186374869367.46893, -6.204688626999575e-14,
                    -4153593248168.455, 13072.140637982538, -45238110014588.125, -68365313488460.0, -1557510233.0204558,
                    0.00026461780736130225, -0.0029963399416263747, 118312486368.23582, 2.4950752328505587e-14, 4.120256140404226e-08,
                    2798.402167436385, -1.1397281331861426e+19, 517774750599.00244, -263194432841649.3, -1.3095514879476136e-09,
                    -1.5654601727403886e-06, -1.0281546472633799e-06, -378924013273.5759, 11174.783386612202, 3.4742134630105266e-09,
                    559282133321.0024, 25559486.141829833, 2.2703541153612963e+17, -119763.98106849828, 1.6200144878218906e-11,
                    -4.834759514571347e+16, 1.4521350278004663e-09, -4.1530892741448665e-14, -22294623874971.406, 11.512005755990447,
                    -90459162.77133879, -2.529237526374456e-11, -108425587225.42902, -0.06808510533132539, 8.175136871066665e+20,
                    40309424.78751074, -7.708463529460627e+18, -3595848851927.125, 2809889939355307.5, -6.822220907247177e-13,
                    -4864366751756.059, -570935.4964894345, 0.030203165007343727, 2.1229915104596655e-05, 68291339.83073047,
                    6.722151204430861e-09, -2.7373521014616634e-09, 2270784117677556.0, -204591622761.438, 728419.0831401979,
                    -1079432311446.7363, 0.00045280754966567957, 34310004642.47519, 1.366860540629971e-08, 5.892310903046729,
                    -1.0621721125911965e-10, -0.009628950808014798, 0.0002738180298252819, -0.0463673982626569, -93.2023021411936,
                    4.324022612300188e-15, -0.0003444327632511697, -1615704834620609.0, 1.129579867003812, -1222.3031357433647,
                    -1.8846960136792933e-12, -0.04994864672736209, 1.0057445084344087e+20, -55477.682215350855, 3.4335113515177587e-15,
                    -67908131536.00473, -5334810322972.4375, 0.04434032573943096, 1.1254379246152638e-15, -693255886769871.5,
                    9.047404123756837e-07, -5.785411805419151e+17, -0.0044711861892400215, -0.0015873514187266236, -31040508002799.03,
                    3.110204912705466e-11, 4.183859536701184e-15, 1175730542180.0615, 2.887653789571652e+18, 3.549581544709081e+20,
                    -2.5472903724381397e-11, -1.6673929533481185e-11, 0.00030504595294792206, 30665446433.201042, -1.0179024409535731e+18,
                    61046854087940.31, -0.029320968681676607, -6.990788680279757e+16, -7.884997511738533e-08, -1.1270359542436405e-11,
                    -1.8966204548049967, -2.8653653264435704e-13, 615308558.9231329, -4.3602091590456666e+20, 6.277918636009729e-13,
                    -1.2015549832780933e-11, 1.5690044088046796e-09, 2.546699328334834e-10, -624.4742360914861, -461760.71227581415,
                    1.7942395198969088e+19, -4.78186167597045, -1.5895112611105792e+18, -466188429655.00464, -2280337556008168.0,
                    -6.862111454561528e-09, 5.228704399646098, 2.2906307576122944e+17, 637992154134.4462, 5.2304932001015343e-08,
                    2525286222910518.5, -7137623993198.17, -7.734543422847983e-11, 1.7212642800298152e-13, -3.86606996196752e-07,
                    5.200876277593807, -4.305769402357261e-11, -2.2103847448088245e-15, 2.7475338855414305e-12, -0.00010999461286937163,
                    0.008339835190155048, -3.0541623798586575e-05, -4.225818246866037, 84855293994.35625, 4.0804462679068174e-07,
                    5.530198531376566, -141750074375.4013, -3.499664872250416e-14, -4.14311798441968e+18, 8.918886562181934e+20,
                    -2.4637869687738744e-05, -8.501573875755168e+16, -7.035049919961644e-07, -5.24762873275968e+16, -435825341.99618554,
                    4.2221300494495113e-07, 1.0429683029853321e-13, 0.11713486978609695, 530925221370.5218, 5.854066153779093e-08,
                    2499.9733251522675, -3.8116819715353186e-12, 1.8008365584646666, -1.2543836502128495e-15, 3.850629239507085e+20,
                    -355.7474171346189, 2106332866469764.8, 5.383918816812784e-12, -7.973381559433873e-10, -1.396852162624586e-10,
                    -159532.75020633638, -5560048455167092.0, -1814540.8714920133, 154.3736599575513, -1.3401766421287076e+18,
                    3.349222108525282e-09, -2.743621781445411e-10, -1929677287.5665584, -6227793444456678.0, 3.347473994150302e-06,
                    6.010380261383263e-07, 2911.948834203484, 13306942838774.166, -3.7733262577092976e-06, -327058722592316.0,
                    1490.2282239820488, -24347715604.105423, -38945018.72056791, 185.43102926283763, -8539.49301562097,
                    -8.822633121661492e+20, 0.07390562259967126, -2.65320310838938e+18, -9534825062176.688, -7.955114232943729e-10,
                    2.841168462161829e+16, -0.01967669201842641, -4.800484918797108e-10, -6.032837349958984e-07, -3.4505398972479306e-11,
                    0.000659300964612367, -3.155482388117347e-12, -23505.496804630784, -2.2651896030260625e+20, 4.878121466339202e+19,
                    8.52617247914696e+18, -1.4045037647916808e-07, 6.643210706679073e-08, -534435902.66453075, -1.2820617694021104e+20,
                    132689476378678.56, 1.4390415140409795e-08, 46696978279.611206, -628.9756530829345, 6.2328286272709565,
                    238.83047299891462, 46883.68782866909, -3.6579637156484915e+17, -22715397050885.758, 3.4179941818873065e-15,
                    1101882855388.0503, -1.8845395539967777e-05, 0.0005434841544378402, 2069220.6254754127, 1.9616696156345867e+20,
                    1.890678807371706e-14,
                    """)},
            {"float64", "abs", doubles("""
                    512391.0312127159, 3.527967260282376e-13, 0.0010516574487502805, 1180226132166.3494, 3433117083777.874,
                    765037.4561715443, 6.962771843767917e+16, 3.829341153893068e-05, 2.701830715086964e-10, 2.847948291087406e-14,
                    5.732510855324988e-09, 1903309499316.7935, 2.7599230842451514e+17, 3.1220505500956176e-12, 9.096517915906588,
                    6.0819447838289855e-12, 4358466585619348.0, 1.6635904058475324e-11, 32028551.92262414, 4.342838512644364e-13,
                    305684957633.4424, 3.8256723942569754e+17, 60419239982.18115, 3.397896826554959e-06, 2042099729976567.5,
                    3.5497713735986385e-06, 145144016029.7356, 917361634717924.2, 64.61312724550521, 925214.0875457376,
                    55003106237359.0, 1.8370707255429382e-09, 3.3876094600141943e-15, 2.4031082501147605, 6.98608786049005e-10,
                    4.213585769654376e+16, 4590282991853766.0, 0.030289658077876223, 7.868951077502861e-05, 46377448635.50972,
                    7.262521732381705, 1.3512112459353481e-12, 20532816.497183442, 186374869367.46893, 6.204688626999575e-14,
                    4153593248168.455, 13072.140637982538, 45238110014588.125, 68365313488460.0, 1557510233.0204558,
                    0.00026461780736130225, 0.0029963399416263747, 118312486368.23582, 2.4950752328505587e-14, 4.120256140404226e-08,
                    2798.402167436385, 1.1397281331861426e+19, 517774750599.00244, 263194432841649.3, 1.3095514879476136e-09,
                    1.5654601727403886e-06, 1.0281546472633799e-06, 378924013273.5759, 11174.783386612202, 3.4742134630105266e-09,
                    559282133321.0024, 25559486.141829833, 2.2703541153612963e+17, 119763.98106849828, 1.6200144878218906e-11,
                    4.834759514571347e+16, 1.4521350278004663e-09, 4.1530892741448665e-14, 22294623874971.406, 11.512005755990447,
                    90459162.77133879, 2.529237526374456e-11, 108425587225.42902, 0.06808510533132539, 8.175136871066665e+20,
                    40309424.78751074, 7.708463529460627e+18, 3595848851927.125, 2809889939355307.5, 6.822220907247177e-13,
                    4864366751756.059, 570935.4964894345, 0.030203165007343727, 2.1229915104596655e-05, 68291339.83073047,
                    6.722151204430861e-09, 2.7373521014616634e-09, 2270784117677556.0, 204591622761.438, 728419.0831401979,
                    1079432311446.7363, 0.00045280754966567957, 34310004642.47519, 1.366860540629971e-08, 5.892310903046729,
                    1.0621721125911965e-10, 0.009628950808014798, 0.0002738180298252819, 0.0463673982626569, 93.2023021411936,
                    4.324022612300188e-15, 0.0003444327632511697, 1615704834620609.0, 1.129579867003812, 1222.3031357433647,
                    1.8846960136792933e-12, 0.04994864672736209, 1.0057445084344087e+20, 55477.682215350855, 3.4335113515177587e-15,
                    67908131536.00473, 5334810322972.4375, 0.04434032573943096, 1.1254379246152638e-15, 693255886769871.5,
                    9.047404123756837e-07, 5.785411805419151e+17, 0.0044711861892400215, 0.0015873514187266236, 31040508002799.03,
                    3.110204912705466e-11, 4.183859536701184e-15, 1175730542180.0615, 2.887653789571652e+18, 3.549581544709081e+20,
                    2.5472903724381397e-11, 1.6673929533481185e-11, 0.00030504595294792206, 30665446433.201042, 1.0179024409535731e+18,
                    61046854087940.31, 0.029320968681676607, 6.990788680279757e+16, 7.884997511738533e-08, 1.1270359542436405e-11,
                    1.8966204548049967, 2.8653653264435704e-13, 615308558.9231329, 4.3602091590456666e+20, 6.277918636009729e-13,
                    1.2015549832780933e-11, 1.5690044088046796e-09, 2.546699328334834e-10, 624.4742360914861, 461760.71227581415,
                    1.7942395198969088e+19, 4.78186167597045, 1.5895112611105792e+18, 466188429655.00464, 2280337556008168.0,
                    6.862111454561528e-09, 5.228704399646098, 2.2906307576122944e+17, 637992154134.4462, 5.2304932001015343e-08,
                    2525286222910518.5, 7137623993198.17, 7.734543422847983e-11, 1.7212642800298152e-13, 3.86606996196752e-07,
                    5.200876277593807, 4.305769402357261e-11, 2.2103847448088245e-15, 2.7475338855414305e-12, 0.00010999461286937163,
                    0.008339835190155048, 3.0541623798586575e-05, 4.225818246866037, 84855293994.35625, 4.0804462679068174e-07,
                    5.530198531376566, 141750074375.4013, 3.499664872250416e-14, 4.14311798441968e+18, 8.918886562181934e+20,
                    2.4637869687738744e-05, 8.501573875755168e+16, 7.035049919961644e-07, 5.24762873275968e+16, 435825341.99618554,
                    4.2221300494495113e-07, 1.0429683029853321e-13, 0.11713486978609695, 530925221370.5218, 5.854066153779093e-08,
                    2499.9733251522675, 3.8116819715353186e-12, 1.8008365584646666, 1.2543836502128495e-15, 3.850629239507085e+20,
                    355.7474171346189, 2106332866469764.8, 5.383918816812784e-12, 7.973381559433873e-10, 1.396852162624586e-10,
                    159532.75020633638, 5560048455167092.0, 1814540.8714920133, 154.3736599575513, 1.3401766421287076e+18,
                    3.349222108525282e-09, 2.743621781445411e-10, 1929677287.5665584, 6227793444456678.0, 3.347473994150302e-06,
                    6.010380261383263e-07, 2911.948834203484, 13306942838774.166, 3.7733262577092976e-06, 327058722592316.0,
                    1490.2282239820488, 24347715604.105423, 38945018.72056791, 185.43102926283763, 8539.49301562097,
                    8.822633121661492e+20, 0.07390562259967126, 2.65320310838938e+18, 9534825062176.688, 7.955114232943729e-10,
                    2.841168462161829e+16, 0.01967669201842641, 4.800484918797108e-10, 6.032837349958984e-07, 3.4505398972479306e-11,
                    0.000659300964612367, 3.155482388117347e-12, 23505.496804630784, 2.2651896030260625e+20, 4.878121466339202e+19,
                    8.52617247914696e+18, 1.4045037647916808e-07, 6.643210706679073e-08, 534435902.66453075, 1.2820617694021104e+20,
                    132689476378678.56, 1.4390415140409795e-08, 46696978279.611206, 628.9756530829345, 6.2328286272709565,
                    238.83047299891462, 46883.68782866909, 3.6579637156484915e+17, 22715397050885.758, 3.4179941818873065e-15,
                    1101882855388.0503, 1.8845395539967777e-05, 0.0005434841544378402, 2069220.6254754127, 1.9616696156345867e+20,
                    1.890678807371706e-14,
                    """)},
            {"float64", "sign", doubles("""
                    1.0, 1.0, 1.0, -1.0, -1.0,
                    1.0, -1.0, 1.0, 1.0, -1.0,
                    -1.0, -1.0, -1.0, -1.0, 1.0,
                    1.0, 1.0, 1.0, 1.0, 1.0,
                    -1.0, -1.0, 1.0, -1.0, -1.0,
                    1.0, -1.0, 1.0, 1.0, 1.0,
                    -1.0, -1.0, -1.0, -1.0, 1.0,
                    -1.0, -1.0, -1.0, 1.0, -1.0,
                    -1.0, 1.0, 1.0, 1.0, 1.0,
                    1.0, -1.0, 1.0, 1.0, 1.0,
                    -1.0, 1.0, -1.0, -1.0, -1.0,
                    -1.0, 1.0, -1.0, 1.0, 1.0,
                    1.0, 1.0, 1.0, -1.0, -1.0,
                    -1.0, -1.0, -1.0, 1.0, -1.0,
                    1.0, -1.0, 1.0, 1.0, -1.0,
                    1.0, 1.0, 1.0, 1.0, -1.0,
                    -1.0, 1.0, 1.0, -1.0, 1.0,
                    1.0, 1.0, -1.0, -1.0, -1.0,
                    -1.0, 1.0, -1.0, 1.0, -1.0,
                    1.0, -1.0, -1.0, -1.0, -1.0,
                    1.0, 1.0, -1.0, 1.0, 1.0,
                    -1.0, 1.0, 1.0, -1.0, 1.0,
                    1.0, 1.0, -1.0, 1.0, -1.0,
                    1.0, 1.0, -1.0, -1.0, 1.0,
                    -1.0, 1.0, 1.0, 1.0, 1.0,
                    -1.0, -1.0, -1.0, -1.0, -1.0,
                    1.0, 1.0, -1.0, -1.0, 1.0,
                    -1.0, 1.0, 1.0, 1.0, 1.0,
                    1.0, 1.0, -1.0, 1.0, -1.0,
                    1.0, -1.0, -1.0, 1.0, 1.0,
                    -1.0, 1.0, 1.0, 1.0, 1.0,
                    1.0, -1.0, -1.0, -1.0, -1.0,
                    -1.0, 1.0, 1.0, -1.0, 1.0,
                    -1.0, 1.0, 1.0, -1.0, 1.0,
                    -1.0, 1.0, 1.0, -1.0, -1.0,
                    -1.0, 1.0, 1.0, 1.0, -1.0,
                    1.0, 1.0, 1.0, 1.0, 1.0,
                    -1.0, -1.0, -1.0, -1.0, -1.0,
                    -1.0, 1.0, -1.0, 1.0, -1.0,
                    1.0, -1.0, -1.0, 1.0, 1.0,
                    1.0, 1.0, 1.0, -1.0, 1.0,
                    -1.0, 1.0, 1.0, 1.0, -1.0,
                    -1.0, -1.0, -1.0, 1.0, 1.0,
                    -1.0, 1.0, 1.0, -1.0, 1.0,
                    1.0, -1.0, 1.0, 1.0, 1.0,
                    -1.0, 1.0, 1.0, 1.0, 1.0,
                    -1.0, 1.0, 1.0, 1.0, -1.0,
                    -1.0, 1.0, -1.0, 1.0, 1.0,
                    -1.0, -1.0, -1.0, 1.0, -1.0,
                    -1.0, -1.0, 1.0, 1.0, -1.0,
                    -1.0, 1.0, -1.0, -1.0, -1.0,
                    -1.0,
                    """)},
            {"float32", "add", doubles("""
                    -0.021121548488736153, 0.23792815208435059, INF, NaN, 3030192.25,
                    -728.16162109375, -62.11668395996094, 357306016.0, -3219836.75, -113828.46875,
                    2665126.75, -347244928.0, -322834.59375, 518609.15625, 23246646.0,
                    55480.05078125, -976.4046630859375, 30.697874069213867, 416.9130859375, 248.49021911621094,
                    -574379648.0, -733570752.0, -67430184.0, 110.72698974609375, -15829520.0,
                    -23997.041015625, -215718.75, -0.005704111885279417, -340450.40625, -24439.515625,
                    0.011783624067902565, -9090784.0, -95948080.0, 400.1376037597656, -238.0177001953125,
                    -538.009765625, -181.76097106933594, 0.8544666171073914, -59993.05078125, -1.741542935371399,
                    0.8933877348899841, 289440480.0, -320.96697998046875, -223.36849975585938, -1500.35791015625,
                    73859.453125, 63289.2421875, -774017.25, 1096294.875, -3271440.0,
                    -20335.638671875, 0.6396865844726562, 3897.02587890625, 970.763427734375, -4130.8798828125,
                    8499.232421875, -11313796.0, 1909.3687744140625, 10283253.0, -109297560.0,
                    -0.48219332098960876, 727.506591796875, -13807.0087890625, -3.002052068710327, 100095752.0,
                    -78319.2109375, 2665.84765625, -325688.3125, 162118.390625, 2413913.25,
                    48.156768798828125, 19.833850860595703, -7288064.0, -22252478.0, -732190656.0,
                    73906.96875, 49520296.0, -172993328.0, 0.0038745540659874678, 15224934.0,
                    251170848.0, -3399.72216796875, 0.0030572949908673763, -866.16015625, 497536704.0,
                    1875453.625, -5147179.5, -224.28370666503906, -4687.42578125, -1284698.75,
                    52030228.0, 37327.40234375, -15274799.0, 1.2420496940612793, -8194719.0,
                    33093.23046875, 152312672.0, 522668.125, -26.623817443847656, -61462.2578125,
                    -28726256.0, 103626056.0, -8586.9462890625, -121.05140686035156, -7791.47021484375,
                    122476.5859375, 26.536361694335938, -0.5551484227180481, -1.8993167877197266, 21495.728515625,
                    -48.81105041503906, -29131.5234375, -2.3137123584747314, -1971.8922119140625, 28094942.0,
                    -1080932.625, 22.65481185913086, 948011.5625, -863.0344848632812, -4033514.5,
                    14808940.0, 3051784.75, -0.09945132583379745, -1.3267755508422852, -8331501.5,
                    -2.4249935150146484, -66096.578125, -0.002404764760285616, 89.28132629394531, -1019178.5625,
                    57680.34765625, 126709856.0, -0.28992003202438354, 566358.0, 4238566.0,
                    -889674.25, -496277184.0, -1273922.125, 0.5608432292938232, -60960.41796875,
                    1122.99951171875, -460986816.0, 10.163158416748047, 187462.46875, 72762416.0,
                    0.008980412036180496, 58292056.0, 631969.25, -425571168.0, -1380280.875,
                    -233836480.0, -15907271.0, -160224496.0, 17834.23046875, -1429736.0,
                    -2007.450439453125, 0.5191199779510498, -385.2626037597656, -45016200.0, -50145360.0,
                    -11824095.0, -91574848.0, 361290208.0, -0.8376189470291138, 93229472.0,
                    26000.6640625, -232.70849609375, -71813.984375, 3206491.5, -12.665526390075684,
                    -1730825.625, -1404.208251953125, -2982590.25, 181771904.0, -6.243844032287598,
                    -6522143.0, 788.9158935546875, 0.012147628702223301, 241055664.0, -3388116.75,
                    0.0016964435344561934, -95486248.0, -47954508.0, 0.5426430106163025, 2487940.25,
                    87071.375, 38.84013366699219, 44869116.0, 6209347.5, 83109.9609375,
                    -821598784.0, -1.733992099761963, -63.07807922363281, 14991659.0, -2907846.5,
                    -98230768.0, 296600.90625, -3608238.25, -0.22813868522644043, -38113.30078125,
                    354786560.0, 5033874.5, 0.009408542886376381, -0.8632400035858154, 136.4696807861328,
                    -4437.9521484375, -2403484.25, 8.875343322753906, 7426609.0, 19882794.0,
                    -175.91407775878906, 2312453.0, -59395532.0, 3523.827392578125, -323511.40625,
                    -0.0035391489509493113, 2295.607666015625, 6962.55029296875, -1365.0364990234375, 172639728.0,
                    -82049520.0, 0.047811415046453476, -11264799.0, 17346886.0, -123020088.0,
                    34061360.0, 7905651.0, 9641850.0, 5680077.0, -37951.5390625,
                    313158016.0, 356204.4375, -201587.53125, 11188.3740234375, -354.5847473144531,
                    -1091683.5, 60.77430725097656, -34.51789093017578, -467714496.0, 882928.125,
                    -8.529325485229492, 1.770355224609375, 490.386962890625, 72760.421875, -512.2206420898438,
                    34.798194885253906, 59901312.0, -41238.38671875, -360611136.0, 24298080.0,
                    -0.2034202516078949, -30094.4453125, 91.8545150756836, -25856.59765625, -547.8211669921875,
                    -55.023231506347656,
                    """)},
            {"float32", "sub", doubles("""
                    -0.021121548488736153, 0.23792815208435059, -INF, NaN, 3030192.25,
                    728.159912109375, -62.11956787109375, -359390880.0, -3219835.75, -230801.53125,
                    -2665127.75, 331329216.0, -322835.15625, -518915.28125, 17887374.0,
                    -55480.19921875, -976.2313232421875, -30.697179794311523, 417.2652587890625, 45.22584533691406,
                    574379648.0, -733571136.0, -67430184.0, -124.18820190429688, -15838652.0,
                    21449.470703125, -215718.75, -0.007319483440369368, 340450.40625, -24439.55859375,
                    0.014420151710510254, -9058756.0, -95948080.0, -402.8049621582031, 238.01617431640625,
                    -535.2708740234375, 181.4498748779297, 0.8563821911811829, 59994.48828125, -1.759740948677063,
                    0.888236939907074, -289440480.0, 320.970703125, 128.06277465820312, 1250.4013671875,
                    73859.46875, 63289.171875, -774017.25, -1096294.875, 3042227.0,
                    13828.779296875, 0.6070643663406372, -3896.96240234375, 662.7623291015625, -4130.880859375,
                    8203.548828125, 11313790.0, -1909.3619384765625, -10283253.0, 97332456.0,
                    -0.46821776032447815, -730.906005859375, 13799.0283203125, -3.0117180347442627, -100095752.0,
                    78319.2109375, -2665.8212890625, 325507.25, -162145.671875, -810880.5,
                    52.95556640625, 19.834487915039062, 7292086.0, 22250206.0, -732190656.0,
                    -114336.203125, -49520296.0, -172975088.0, -0.004552555736154318, 15404540.0,
                    251254656.0, 3021.607421875, -0.006010531913489103, 874.9761962890625, 497536704.0,
                    1875453.625, 5143285.5, -180.47621154785156, 4676.728515625, -871209.6875,
                    50313508.0, -37327.47265625, -15274797.0, -0.725493311882019, 8198305.0,
                    33165.97265625, -152312800.0, -512856.0, -24.72161865234375, 61449.7265625,
                    28726256.0, -103626056.0, 8593.6142578125, 101.54006958007812, -7791.45947265625,
                    121237.8359375, 26.76651382446289, 0.5626205801963806, 1.8998425006866455, -21496.126953125,
                    78.09087371826172, -29131.51953125, -2.6103436946868896, 1972.0479736328125, 28095578.0,
                    1100676.625, -20.932743072509766, -947912.6875, 863.0402221679688, -4032817.0,
                    -14801282.0, 3051546.75, -0.15480126440525055, -1.2776992321014404, 8331501.5,
                    2.0138683319091797, -65999.296875, -0.004923662170767784, 89.26947021484375, 1019290.5625,
                    -57666.76171875, -126709616.0, -0.2825833559036255, 566335.75, 4238566.0,
                    -889674.25, -496277184.0, -1233366.625, -0.559131383895874, -61016.05078125,
                    -964.049560546875, 460969472.0, 8.563236236572266, -187525.84375, 95550960.0,
                    0.006155628710985184, 58292056.0, 647130.75, 425571680.0, -1380267.875,
                    -233836480.0, 15907271.0, 160434032.0, -17834.51953125, -1424680.25,
                    -2007.44921875, -0.27558428049087524, 384.5061340332031, -42922440.0, 50145416.0,
                    -13315533.0, -91567168.0, -361290208.0, 0.5847760438919067, -93238480.0,
                    26000.6640625, -232.7076416015625, 77759.0625, 3206491.5, -12.659363746643066,
                    -1730941.625, 1412.73486328125, -2982590.25, -181772064.0, 6.970625877380371,
                    6522143.0, 788.6844482421875, 0.011462702415883541, 241055664.0, -3389075.25,
                    -0.001091423793695867, 95486248.0, -38739836.0, -1.0633113384246826, 2487940.25,
                    -86182.09375, 42.694122314453125, -44608060.0, 6209347.5, 83177.2578125,
                    821599168.0, -1.034712314605713, 70.43162536621094, -14147153.0, -3073836.0,
                    98230768.0, -296600.53125, -3607955.25, -0.2041802704334259, 38113.29296875,
                    354934464.0, -5033873.5, -0.016136102378368378, -0.8624645471572876, -146.89100646972656,
                    4486.0302734375, -2403484.25, -8.837457656860352, 7678803.0, 19883254.0,
                    162.3855438232422, -2312441.5, -59395532.0, 3524.102294921875, -149003.09375,
                    -0.0036754098255187273, 2305.912353515625, -5970.46337890625, 1302.3153076171875, -172639760.0,
                    82049520.0, -0.04601309075951576, 11264799.0, -17343670.0, -97123960.0,
                    -34273688.0, 7905651.0, 3276699.75, 5691582.0, -67024.921875,
                    313158016.0, 363772.5, -201587.53125, 32859.9140625, -358.0600280761719,
                    594021.75, -134.08236694335938, -34.491798400878906, -452306624.0, -882005.75,
                    7.969596862792969, 1.8692374229431152, -489.63946533203125, 40789.19921875, 512.2653198242188,
                    -74.3001708984375, -59901312.0, 38178.64453125, 394169280.0, 24298076.0,
                    0.1838119626045227, -30094.45703125, 91.62432098388672, 27041.015625, 547.84765625,
                    -109.68476104736328,
                    """)},
            {"float32", "mul", doubles("""
                    -0.0, -0.0, -INF, NaN, 37891.0625,
                    0.6050702333450317, -0.08958886563777924, -373557129379840.0, 1873819.0, -10078105600.0,
                    -1346346.625, 2700000588988416.0, -95539.640625, -79405752.0, 55112089206784.0,
                    -4172.70166015625, 84.61866760253906, 0.010644885711371899, -73.44855499267578, 14925.5029296875,
                    -901316.5625, -129563205632.0, 25507854.0, -790.5606689453125, -72291450880.0,
                    28944526.0, 1432.28662109375, -5.259486897557508e-06, -1212.7708740234375, -532.9703979492188,
                    -1.7271742763114162e-05, 145326702592.0, -270772.125, -535.4329223632812, 0.18335920572280884,
                    734.9144897460938, 28.248647689819336, -0.0008193174144253135, -43006.26171875, -0.015929201617836952,
                    0.002294204430654645, 486040.21875, -0.5984538793563843, 8373.353515625, 171892.53125,
                    -560.2178955078125, 2293.541259765625, 1496.76220703125, -3352.031494140625, 361793355776.0,
                    55575764.0, 0.010167938657104969, 123.737060546875, 125781.921875, -2.7022361755371094,
                    1234680.75, 36226572.0, 6.470326900482178, -12854.8212890625, 618087065845760.0,
                    0.0033206320367753506, -1239.442138671875, 55073.19921875, -0.01453222893178463, -8772143.0,
                    257.0223083496094, 35.093692779541016, 29477408.0, -2211039.0, 1292362448896.0,
                    -121.30431365966797, -0.0063095176592469215, -14660604928.0, 25259984896.0, -8001270784.0,
                    -1902632064.0, -240764.140625, 1577723625472.0, -1.4283983773566433e-06, -1375303237632.0,
                    -10527600279552.0, 606999.9375, -6.694860530842561e-06, -3837.4873046875, 2078901632.0,
                    -6324.3466796875, 10016851968.0, 4432.88037109375, 25042.380859375, 222861180928.0,
                    43923980419072.0, -1354.762939453125, 13594824.0, 0.2540867030620575, -14696340480.0,
                    -1204985.875, -8671870976.0, 2540176384.0, 24.41728973388672, 385015.25,
                    -291394.09375, -216135136.0, -28641.208984375, 1085.7642822265625, 42.3155632019043,
                    75474928.0, -3.066948652267456, -0.002088022418320179, -0.0004993437323719263, -4281.89013671875,
                    -928.91650390625, 50.0359001159668, -0.3651570677757263, -153.64401245117188, -8933520384.0,
                    -10768436224.0, 18.76518440246582, 46839404.0, -2.4578869342803955, 1406922496.0,
                    56691310592.0, 363008384.0, -0.0035182160791009665, 0.031954552978277206, 972350.875,
                    0.4562321603298187, 3212793.5, -4.614888439391507e-06, 0.5291701555252075, -57099964.0,
                    391788.625, 15388616704.0, 0.001050065504387021, 6296314.0, 61933.2578125,
                    -6235.71826171875, 61589.44140625, 25421119488.0, 0.0004793062398675829, -1696457.625,
                    82934.0859375, 3994779385856.0, 7.490192413330078, -5940836.0, -958904464834560.0,
                    1.0689008377084974e-05, -100646128.0, -4848284160.0, -102182248448.0, 9057024.0,
                    12984858.0, -285337.125, -16798011359232.0, -2576.751953125, 3607852800.0,
                    1.1248929500579834, 0.04838471859693527, 145.57644653320312, 46030548631552.0, -1414833920.0,
                    -9373552214016.0, 351583961088.0, 103433704.0, 0.08991064131259918, -419620552704.0,
                    7.661712646484375, 0.10119529068470001, -222305984.0, -40544.7421875, 0.0390155091881752,
                    -100392952.0, -6004.7802734375, 923.2850952148438, -13831602176.0, -2.401008129119873,
                    -632.4244384765625, 91.3023681640625, 4.0428299143968616e-06, -1994247.375, -1623973504.0,
                    4.216786635424796e-07, 2848743.0, 199715022962688.0, -0.20904242992401123, -56251.8046875,
                    38517624.0, -78.55802917480469, 5839650291712.0, -883738.25, -2797907.25,
                    -136318156800.0, 0.48402467370033264, -245.44252014160156, 6151973896192.0, -248224301056.0,
                    129712744.0, 60001.85546875, 510666880.0, 0.002589418552815914, 140.39730834960938,
                    -26242810118144.0, 2160353.5, -4.2963285523001105e-05, 0.0003345770528540015, -738.2486572265625,
                    -107261.0, -2204.059326171875, 0.16776889562606812, -952371970048.0, -4588881920.0,
                    1144.1756591796875, 13402824.0, 10607582.0, -484.5322570800781, 20614426624.0,
                    -2.457651930853899e-07, -11854.4765625, 3207667.0, 41824.82421875, -1446559744.0,
                    -39706832.0, 4.218170579406433e-05, -325192.40625, 27901618176.0, 1425219667361792.0,
                    -3627396104192.0, -169248.140625, 20557129056256.0, -32706428928.0, -763005248.0,
                    55492.9765625, -1362203904.0, 723.5361328125, -238648576.0, -619.1655883789062,
                    209727750144.0, -3571.14111328125, 0.45019957423210144, 3543898311884800.0, 406967648.0,
                    2.3087308406829834, -0.08997279405593872, 183.13995361328125, 907579968.0, -11.455110549926758,
                    -1077.400146484375, -29547498.0, 60748968.0, -6332261410537472.0, 36413148.0,
                    0.0018982415786013007, -166.08233642578125, 10.55925178527832, -15663195.0, -7.245041847229004,
                    -2250.797607421875,
                    """)},
            {"float32", "div", doubles("""
                    -INF, -INF, -0.0, NaN, 242327984.0,
                    1.141172447205463e-06, -43070.76953125, -0.0029090149328112602, 5532735.5, -2.9462339878082275,
                    -1.8954877134547132e-07, 0.023454664275050163, -1090880.75, -0.0002950633643195033, 7.675301551818848,
                    -1.3556341400544625e-06, 11264.6162109375, 1.12962479761336e-05, -2368.506591796875, 1.4449952840805054,
                    -2.7319910656659063e-12, -4153388.5, 178252144.0, -0.05730242654681206, -3468.15966796875,
                    0.056056417524814606, 32489710.0, -8.06229019165039, -1.0463357291712327e-08, -1120683.25,
                    -9.938745498657227, 566.664306640625, -33999194112.0, -0.003321972908452153, 3.2365849165216787e-06,
                    391.8589782714844, 0.0008565250318497419, -893.12255859375, -1.1948664905503392e-05, -192.39804077148438,
                    345.8918762207031, 5.801678581995873e-12, -5.8090477068617474e-06, 0.2711930572986603, 0.09086817502975464,
                    -9737675.0, 1746436.375, 400265792.0, -2.7890307841005324e-09, 0.036304231733083725,
                    0.19045719504356384, 38.217872619628906, 8.147798325808253e-06, 5.30363655090332, -6314834.0,
                    56.48887252807617, 2.830158791766735e-07, 1.7747947822499555e-06, -1.215640088592096e-10, 0.0579059012234211,
                    68.00521850585938, -0.0023309094831347466, 0.0002890627656597644, -622.1590576171875, -8.755368097190797e-10,
                    4.190194857756069e-08, 4.938132406095974e-06, 0.00027805226272903383, -8.411215094383806e-05, 0.4970962107181549,
                    -21.070363998413086, -62349.33984375, -0.0002758594637271017, 5.101767601445317e-05, -67002252.0,
                    -0.2147713452577591, -9.818051927013016e-11, 18966.2734375, -0.08045481890439987, -170.53778076171875,
                    -5994.51416015625, 0.05888419225811958, -0.32568299770355225, -0.005063389893621206, 119073824.0,
                    -556156480.0, 0.00037837395211681724, 9.239511489868164, 0.001142348162829876, 5.213942527770996,
                    59.615726470947266, -9.72314865066437e-07, 17162374.0, 0.26253876090049744, -0.00021875149104744196,
                    -910.8575439453125, -3.73800901343202e-07, 0.0094755282625556, 26.992694854736328, 0.00010194113565376028,
                    -3.5312028301426324e-10, -2.012738953283133e-08, -0.0003881295269820839, 0.08765535801649094, 1434624.0,
                    196.7432098388672, -231.5979766845703, -0.006684840191155672, -0.00013838359154760838, -9.266657798434608e-06,
                    -0.23072797060012817, 16960734.0, -16.599929809570312, -3.951072721974924e-05, -88357.515625,
                    -0.009050210937857628, 0.03950824961066246, 5.212299947743304e-05, -3.2999148515955312e-06, 11561.70703125,
                    0.0002586384944152087, 25654.12890625, -4.593547821044922, 53.06981658935547, 1.400800986317563e-08,
                    0.09261954575777054, 1357.7996826171875, -2.909379243850708, 15061.5, -5.4965166782494634e-05,
                    0.00011778727639466524, 9.58472355705453e-07, 78.03326416015625, 50942.30859375, 290077472.0,
                    -126933296.0, 3998916542464.0, 61.82356643676758, 0.0015284692635759711, -2192.5478515625,
                    0.07616014033555984, 1.8798886230797507e-05, 11.704567909240723, -0.00016899431648198515, -7.3858747482299805,
                    5.358302116394043, -33761496.0, -84.36473846435547, -5.641966822622635e-07, 210351.375,
                    4211020288.0, -1.1276307665397667e-09, -0.0006534799467772245, -8.101339517452288e-06, 564.5803833007812,
                    3582433.75, 0.30644822120666504, 0.0009827216854318976, 42.00039291381836, -5.626566803584865e-07,
                    -16.855960845947266, 23849.919921875, 7.924095268840858e-10, 0.1777586191892624, -4.82734503748361e-05,
                    88235432.0, 535134.0625, -0.03974701091647148, -253586208.0, 4109.58447265625,
                    -29842.314453125, -0.003026920137926936, 9634992128.0, -4.186186686183646e-07, -0.05499891936779022,
                    -1.4867159586762213e-11, 6814.78173828125, 34.47138214111328, -29137725440.0, -7070.6708984375,
                    0.21701882779598236, 3.1244357101556375e-10, 9.408291816711426, -0.3242111802101135, -110038192.0,
                    0.00513281486928463, -21.15580940246582, 0.002917576814070344, -43628300.0, -2470.72509765625,
                    -2.0194538308260235e-07, 3.9593663215637207, -0.05507875606417656, 0.028982164338231087, -36.03648376464844,
                    1.3442733148849584e-08, 6.820563953624514e-07, 25492.8671875, 18.044559478759766, 9.665086508903187e-08,
                    -4798.49462890625, 8.525505279521894e-08, -0.2633647918701172, 2225.239501953125, -0.03677760437130928,
                    -0.005387464072555304, -2620953088.0, 0.002138931769877672, -59.89609909057617, -86150.5390625,
                    0.03998984023928642, 2.5064130113605643e-06, 332576192.0, -25629.517578125, 2.707690477371216,
                    -52.946739196777344, -446.5398864746094, 0.07670961320400238, 0.02351437881588936, -4.8534975150005266e-08,
                    -5.898113997204746e-09, 0.019166884943842888, -2.5626747390816718e-09, 9.273995237890631e-05, 8.5010404586792,
                    -0.003107191063463688, -369276224.0, 2.0295748710632324, -988.4495849609375, -3.610740900039673,
                    1767213629440.0, -95.13384246826172, 56165176.0, -2.032540798187256, -205.0592803955078,
                    0.2952246367931366, -0.37621527910232544, 2644.570068359375, 59.71099853515625, 0.0005225922795943916,
                    0.03392517566680908, -36.807334899902344, 0.000762724201194942, 3.5516197681427, -4.36563313996885e-05,
                    -0.36207666993141174, -8.234704473863985e-09, 0.03852756693959236, -0.044460829347372055, 16213831.0,
                    0.05063706263899803, -5453175.0, 797.03759765625, -0.02239072695374489, -2.414027949271258e-05,
                    -3.0132343769073486,
                    """)},
            {"float32", "maximum", doubles("""
                    0.0, 0.23792815208435059, INF, NaN, 3030192.25,
                    -0.0008309569675475359, 0.0014422339154407382, 358348448.0, -0.5819609761238098, 58486.52734375,
                    2665127.25, -7957864.5, 0.2959396541118622, 518762.21875, 20567010.0,
                    55480.125, -0.08667121827602386, 30.697526931762695, 417.08917236328125, 146.8580322265625,
                    0.00156920007430017, 176.619873046875, -0.37828540802001953, 117.45759582519531, 4565.55859375,
                    -1273.7843017578125, -0.0066396021284163, 0.0008076858357526362, 0.0035622541327029467, 0.021807711571455002,
                    0.01310188788920641, -16014.3671875, 0.0028220692183822393, 401.4712829589844, -0.0007703620358370245,
                    -1.3694730997085571, -0.15554958581924438, 0.8554244041442871, 0.7168454527854919, 0.009099063463509083,
                    0.890812337398529, 289440480.0, 0.001864523277617991, -47.652862548828125, -124.97824096679688,
                    73859.4609375, 63289.20703125, -0.0019337581470608711, 1096294.875, -114606.4140625,
                    -3253.4296875, 0.6233754754066467, 3896.994140625, 816.7628784179688, 0.0006541550392284989,
                    8351.390625, -3.2019829750061035, 1909.3653564453125, 10283253.0, -5982548.5,
                    -0.006987780332565308, 729.206298828125, -3.989938735961914, 0.004832984413951635, 100095752.0,
                    -0.0032817276660352945, 2665.83447265625, -90.53319549560547, 162132.03125, 1612396.875,
                    50.55616760253906, 19.834169387817383, 2011.0362548828125, -1135.2117919921875, 10.927851676940918,
                    94121.5859375, 49520296.0, -9120.6220703125, 0.004213554784655571, 15314737.0,
                    251212752.0, -189.05740356445312, 0.00453391345217824, 4.408026218414307, 497536704.0,
                    1875453.625, -1946.822021484375, -21.903751373291016, -5.348562240600586, -206744.5625,
                    51171868.0, 37327.4375, -0.8900166153907776, 0.9837715029716492, 1792.999267578125,
                    33129.6015625, 152312736.0, 517762.0625, -0.9510987401008606, -6.264893531799316,
                    0.01014382392168045, 103626056.0, 3.334141492843628, -9.755667686462402, -0.00543101504445076,
                    121857.2109375, 26.651437759399414, 0.003736053593456745, 0.0002628706570249051, 21495.927734375,
                    14.639911651611328, -0.0017175861867144704, 0.14831556379795074, 0.07791396975517273, 28095260.0,
                    9872.01171875, 21.793777465820312, 947962.125, 0.002847949741408229, -348.8382568359375,
                    14805111.0, 3051665.75, 0.027674967423081398, -0.02453819289803505, -0.11670775711536407,
                    -0.20556268095970154, -48.64336013793945, 0.0012594485888257623, 89.27539825439453, 56.022396087646484,
                    57673.5546875, 126709736.0, -0.0036683292128145695, 566346.875, 4238566.0,
                    0.0070089902728796005, -0.00012410290946718305, -20277.775390625, 0.5599873065948486, 27.816146850585938,
                    1043.5245361328125, -8665.8759765625, 9.363197326660156, 187494.15625, 84156688.0,
                    0.00756802037358284, 58292056.0, 639550.0, 240.10598754882812, -6.561756134033203,
                    -0.055529650300741196, 0.01793752796947956, 104771.9609375, 17834.375, -2527.909423828125,
                    -0.0005603592144325376, 0.3973521292209625, -0.37823423743247986, -1046878.75, 28.214637756347656,
                    745719.25, -3839.468017578125, 361290208.0, -0.1264214813709259, 93233976.0,
                    26000.6640625, -0.0004348593938630074, 2972.540771484375, 3206491.5, -0.003081198548898101,
                    58.00098419189453, 4.263330936431885, -0.0003095581487286836, 181771984.0, 0.3633907735347748,
                    9.696574124973267e-05, 788.8001708984375, 0.011805165559053421, 241055664.0, 479.2467346191406,
                    0.0013939336640760303, -0.029834065586328506, -4607337.0, 0.8029772043228149, 2487940.25,
                    86626.734375, 40.767127990722656, 44738588.0, 6209347.5, 83143.609375,
                    165.91812133789062, -0.3496398329734802, 3.676774263381958, 14569406.0, 82994.8125,
                    -1.3204900026321411, 296600.71875, -141.53358459472656, -0.01197920460253954, -0.0036836829967796803,
                    354860512.0, 5033874.0, 0.01277232263237238, -0.00038775705615989864, 141.6803436279297,
                    24.038818359375, 0.0009170267730951309, 8.856400489807129, 7552706.0, 19883024.0,
                    -6.7642741203308105, 2312447.25, -0.178592249751091, 3523.96484375, -87254.15625,
                    6.813034269725904e-05, 2300.760009765625, 6466.5068359375, -31.360559463500977, 172639744.0,
                    0.48393741250038147, 0.04691225290298462, 0.028868015855550766, 17345278.0, -12948065.0,
                    34167524.0, 7905651.0, 6459275.0, 5685829.5, 14536.6923828125,
                    313158016.0, 359988.46875, -0.00358919077552855, 22024.14453125, 1.737655520439148,
                    -248830.859375, 97.42833709716797, -0.013047430664300919, -7703950.0, 882466.9375,
                    -0.27986443042755127, 1.8197963237762451, 490.0132141113281, 56774.80859375, 0.02236264944076538,
                    54.5491828918457, 59901312.0, -1529.87255859375, 16779082.0, 24298078.0,
                    -0.009804151020944118, 0.005518702790141106, 91.73941802978516, 592.2080078125, 0.013224875554442406,
                    27.33076286315918,
                    """)},
            {"float32", "minimum", doubles("""
                    -0.021121548488736153, -0.0, -0.002766252961009741, NaN, 0.012504507787525654,
                    -728.1607666015625, -62.118125915527344, -1042441.0, -3219836.25, -172315.0,
                    -0.5051715970039368, -339287072.0, -322834.875, -153.06771850585938, 2679635.5,
                    -0.07521075010299683, -976.3179931640625, 0.0003467668720986694, -0.17609795928001404, 101.63218688964844,
                    -574379648.0, -733570944.0, -67430184.0, -6.730605125427246, -15834086.0,
                    -22723.255859375, -215718.75, -0.006511797662824392, -340450.40625, -24439.537109375,
                    -0.0013182637048885226, -9074770.0, -95948080.0, -1.3336766958236694, -238.01693725585938,
                    -536.6403198242188, -181.6054229736328, -0.0009577905875630677, -59993.76953125, -1.750641942024231,
                    0.002575407037511468, 0.0016792406095191836, -320.9688415527344, -175.71563720703125, -1375.379638671875,
                    -0.007584917359054089, 0.036239057779312134, -774017.25, -0.0030576002318412066, -3156833.5,
                    -17082.208984375, 0.016311097890138626, 0.03175192326307297, 154.0005340576172, -4130.88037109375,
                    147.84133911132812, -11313793.0, 0.0033887317404150963, -0.0012500734301283956, -103315008.0,
                    -0.47520554065704346, -1.699713945388794, -13803.0185546875, -3.006885051727295, -0.0876375138759613,
                    -78319.2109375, 0.013164243660867214, -325597.78125, -13.637273788452148, 801516.375,
                    -2.3993968963623047, -0.0003181135398335755, -7290075.0, -22251342.0, -732190656.0,
                    -20214.619140625, -0.0048619285225868225, -172984208.0, -0.00033900077687576413, -89802.6015625,
                    -41907.109375, -3210.664794921875, -0.0014766184613108635, -870.5681762695312, 4.178388595581055,
                    -0.0033721690997481346, -5145232.5, -202.3799591064453, -4682.0771484375, -1077954.25,
                    858361.875, -0.03629402443766594, -15274798.0, 0.25827816128730774, -8196512.0,
                    -36.37187957763672, -56.93463897705078, 4906.06884765625, -25.672718048095703, -61455.9921875,
                    -28726256.0, -2.085721969604492, -8590.2802734375, -111.29573822021484, -7791.46484375,
                    619.3718872070312, -0.11507629603147507, -0.5588845014572144, -1.899579644203186, -0.19919539988040924,
                    -63.45096206665039, -29131.521484375, -2.4620280265808105, -1971.9700927734375, -317.9725036621094,
                    -1090804.625, 0.8610340356826782, 49.41062927246094, -863.037353515625, -4033165.75,
                    3829.171630859375, 118.95417785644531, -0.1271262913942337, -1.3022373914718628, -8331501.5,
                    -2.219430923461914, -66047.9375, -0.0036642134655267, 0.00592739088460803, -1019234.5625,
                    6.793210983276367, 121.44778442382812, -0.2862516939640045, 11.117416381835938, 0.01461184211075306,
                    -889674.25, -496277184.0, -1253644.375, 0.0008559233974665403, -60988.234375,
                    79.4749755859375, -460978144.0, 0.7999609708786011, -31.68544578552246, -11394275.0,
                    0.0014123915461823344, -1.7265839576721191, -7580.77392578125, -425571424.0, -1380274.375,
                    -233836480.0, -15907271.0, -160329264.0, -0.1444823294878006, -1427208.125,
                    -2007.4498291015625, 0.12176785618066788, -384.8843688964844, -43969320.0, -50145388.0,
                    -12569814.0, -91571008.0, 0.2862898111343384, -0.7111974954605103, -4500.7255859375,
                    0.00029467372223734856, -232.70806884765625, -74786.5234375, -0.012644581496715546, -12.662445068359375,
                    -1730883.625, -1408.4715576171875, -2982590.25, -76.09314727783203, -6.607234954833984,
                    -6522143.0, 0.11574841290712357, 0.00034246279392391443, -0.008272974751889706, -3388596.0,
                    0.00030250984127633274, -95486248.0, -43347172.0, -0.26033419370651245, -0.022609788924455643,
                    444.63897705078125, -1.9269944429397583, 130528.265625, -0.14232385158538818, -33.6515007019043,
                    -821598976.0, -1.384352207183838, -66.75485229492188, 422252.90625, -2990841.25,
                    -98230768.0, 0.20229841768741608, -3608096.75, -0.21615947782993317, -38113.296875,
                    -73952.46875, 0.4291631877422333, -0.0033637802116572857, -0.8628522753715515, -5.210663795471191,
                    -4461.9912109375, -2403484.25, 0.018943237140774727, -126096.7890625, -230.79396057128906,
                    -169.14981079101562, 5.795948028564453, -59395532.0, -0.13749633729457855, -236257.25,
                    -0.0036072793882340193, -5.1524176597595215, 496.0432434082031, -1333.6759033203125, -8.37906551361084,
                    -82049520.0, 0.0008991617942228913, -11264799.0, 1608.6002197265625, -110072024.0,
                    -106165.0234375, -0.021408502012491226, 3182575.25, -5752.2705078125, -52488.23046875,
                    0.0001772043906385079, -3784.02099609375, -201587.53125, -10835.7705078125, -356.3223876953125,
                    -842852.625, -36.654029846191406, -34.504844665527344, -460010560.0, 461.17041015625,
                    -8.24946117401123, -0.0494411326944828, 0.373744934797287, 15985.6103515625, -512.2429809570312,
                    -19.750986099243164, -0.4932696223258972, -39708.515625, -377390208.0, 1.4986019134521484,
                    -0.1936161071062088, -30094.451171875, 0.11510048806667328, -26448.806640625, -547.8344116210938,
                    -82.35399627685547,
                    """)},
            {"float32", "floorDiv", doubles("""
                    -INF, -INF, -1.0, NaN, 242327984.0,
                    0.0, -43071.0, -1.0, 5532735.0, -3.0,
                    -1.0, 0.0, -1090881.0, -1.0, 7.0,
                    -1.0, 11264.0, 0.0, -2369.0, 1.0,
                    -1.0, -4153389.0, 178252144.0, -1.0, -3469.0,
                    0.0, 32489710.0, -9.0, -1.0, -1120684.0,
                    -10.0, 566.0, -33999194112.0, -1.0, 0.0,
                    391.0, 0.0, -894.0, -1.0, -193.0,
                    345.0, 0.0, -1.0, 0.0, 0.0,
                    -9737676.0, 1746436.0, 400265792.0, -1.0, 0.0,
                    0.0, 38.0, 0.0, 5.0, -6314834.0,
                    56.0, 0.0, 0.0, -1.0, 0.0,
                    68.0, -1.0, 0.0, -623.0, -1.0,
                    0.0, 0.0, 0.0, -1.0, 0.0,
                    -22.0, -62350.0, -1.0, 0.0, -67002252.0,
                    -1.0, -1.0, 18966.0, -1.0, -171.0,
                    -5995.0, 0.0, -1.0, -1.0, 119073824.0,
                    -556156480.0, 0.0, 9.0, 0.0, 5.0,
                    59.0, -1.0, 17162372.0, 0.0, -1.0,
                    -911.0, -1.0, 0.0, 26.0, 0.0,
                    -1.0, -1.0, -1.0, 0.0, 1434624.0,
                    196.0, -232.0, -1.0, -1.0, -1.0,
                    -1.0, 16960734.0, -17.0, -1.0, -88358.0,
                    -1.0, 0.0, 0.0, -1.0, 11561.0,
                    0.0, 25654.0, -5.0, 53.0, 0.0,
                    0.0, 1357.0, -3.0, 15061.0, -1.0,
                    0.0, 0.0, 78.0, 50942.0, 290077472.0,
                    -126933296.0, 3998916542464.0, 61.0, 0.0, -2193.0,
                    0.0, 0.0, 11.0, -1.0, -8.0,
                    5.0, -33761496.0, -85.0, -1.0, 210351.0,
                    4211020288.0, -1.0, -1.0, -1.0, 564.0,
                    3582433.0, 0.0, 0.0, 42.0, -1.0,
                    -17.0, 23849.0, 0.0, 0.0, -1.0,
                    88235432.0, 535134.0, -1.0, -253586208.0, 4109.0,
                    -29843.0, -1.0, 9634992128.0, -1.0, -1.0,
                    -1.0, 6814.0, 34.0, -29137725440.0, -7071.0,
                    0.0, 0.0, 9.0, -1.0, -110038192.0,
                    0.0, -22.0, 0.0, -43628300.0, -2471.0,
                    -1.0, 3.0, -1.0, 0.0, -37.0,
                    0.0, 0.0, 25492.0, 18.0, 0.0,
                    -4799.0, 0.0, -1.0, 2225.0, -1.0,
                    -1.0, -2620953088.0, 0.0, -60.0, -86151.0,
                    0.0, 0.0, 332576192.0, -25630.0, 2.0,
                    -53.0, -447.0, 0.0, 0.0, -1.0,
                    -1.0, 0.0, -1.0, 0.0, 8.0,
                    -1.0, -369276224.0, 2.0, -989.0, -4.0,
                    1767213629440.0, -96.0, 56165176.0, -3.0, -206.0,
                    0.0, -1.0, 2644.0, 59.0, 0.0,
                    0.0, -37.0, 0.0, 3.0, -1.0,
                    -1.0, -1.0, 0.0, -1.0, 16213830.0,
                    0.0, -5453175.0, 797.0, -1.0, -1.0,
                    -4.0,
                    """)},
            {"float32", "mod", doubles("""
                    NaN, NaN, INF, NaN, 0.011909561231732368,
                    -0.0008309569675475359, 0.00033105642069131136, 357306016.0, -0.3887656331062317, 3144.58203125,
                    2665126.75, -7957864.5, 0.07081720232963562, 518609.15625, 1809561.5,
                    55480.05078125, -0.0533905029296875, 0.0003467668720986694, -0.08689317107200623, 45.22584533691406,
                    -574379648.0, 93.894287109375, -0.1113729476928711, 110.72698974609375, 3836.76171875,
                    -1273.7843017578125, -0.002332371659576893, 0.0007573748589493334, -340450.40625, 0.016325369477272034,
                    -8.07491596788168e-05, -10638.171875, 0.0027207087259739637, 400.1376037597656, -0.0007703620358370245,
                    -1.1763378381729126, -0.15554958581924438, -0.0008403811370953918, -59993.05078125, 0.005477306433022022,
                    0.0022969094570726156, 0.0016792406095191836, -320.96697998046875, -47.652862548828125, -124.97824096679688,
                    -0.006791744381189346, 0.011919379234313965, -0.00019392091780900955, 1096294.875, -114606.4140625,
                    -3253.4296875, 0.0035537555813789368, 0.03175192326307297, 46.76020812988281, 0.00011189770884811878,
                    72.275634765625, -3.2019829750061035, 0.0033887317404150963, 10283253.0, -5982548.5,
                    -3.647804260253906e-05, 727.506591796875, -3.989938735961914, 0.004064238164573908, 100095752.0,
                    -0.0032817276660352945, 0.013164243660867214, -90.53319549560547, 162118.390625, 801516.375,
                    -2.2305641174316406, -0.00020982080604881048, -7288064.0, -1135.2117919921875, 4.949166297912598,
                    73906.96875, 49520296.0, -2489.814453125, 0.0038745540659874678, -41507.8671875,
                    -20368.703125, -189.05740356445312, 0.0030572949908673763, -866.16015625, 4.122951507568359,
                    -0.000665140338242054, -1946.822021484375, -5.246196746826172, -5.348562240600586, -44231.4375,
                    528517.375, 37327.40234375, -0.8704659342765808, 0.25827816128730774, -8194719.0,
                    -5.180732727050781, 152312672.0, 4906.06884765625, -0.9441508054733276, -6.264893531799316,
                    -28726256.0, 103626056.0, -8586.9462890625, -9.755667686462402, -0.000316619873046875,
                    460.321044921875, -0.046262919902801514, -0.5551484227180481, -1.8993167877197266, 21495.728515625,
                    -48.81105041503906, -0.0007670227205380797, 0.05933655798435211, -1971.8922119140625, -154.47857666015625,
                    -1080932.625, 0.8610340356826782, 49.41062927246094, -863.0344848632812, -246.6627197265625,
                    3829.171630859375, 15.271270751953125, 0.011248545721173286, -0.0017131678760051727, -0.11670775711536407,
                    -0.20556268095970154, -38.89779281616211, 0.0001141323009505868, 0.0029641413129866123, -1019178.5625,
                    6.793210983276367, 121.44778442382812, -0.00012201536446809769, 3.449676513671875, 0.013039082288742065,
                    0.0009865276515483856, -2.053959178738296e-05, -16700.076171875, 0.0008559233974665403, 12.575668334960938,
                    79.4749755859375, -8665.8759765625, 0.5636266469955444, 187462.46875, -6997512.0,
                    0.0005060626426711679, -1.3806114196777344, -4815.78369140625, -425571168.0, -2.410449981689453,
                    -0.0516979955136776, -15907271.0, -160224496.0, 17834.23046875, -1467.2099609375,
                    -0.0004874643636867404, 0.12176785618066788, -0.37823423743247986, -412.5, -50145360.0,
                    107413.25, -3535.248779296875, 0.2862898111343384, -0.1264214813709259, 93229472.0,
                    0.0002924920991063118, -2.1972169633954763e-05, -71813.984375, -0.01143280416727066, -0.0018002309370785952,
                    39.746238708496094, -1404.208251953125, -0.00030174312996678054, 181771904.0, -6.243844032287598,
                    -6522143.0, 0.0904853492975235, 0.00016143056564033031, -0.005346176214516163, 157.66049194335938,
                    0.00030250984127633274, -0.029834065586328506, -1881139.0, 0.5426430106163025, -0.022138934582471848,
                    444.63897705078125, -1.6267497539520264, 130528.265625, -0.05179893970489502, -9.248859405517578,
                    -821598784.0, -0.3354327082633972, -63.07807922363281, 422252.90625, 79966.8125,
                    -1.3204900026321411, 0.20229841768741608, -122.61151123046875, -0.0005337949842214584, -0.0036836829967796803,
                    -37385.53125, 0.4291631877422333, 0.009408542886376381, -9.282541577704251e-05, 136.4696807861328,
                    -4437.9521484375, 0.0008442234247922897, 0.018943237140774727, -13101.34375, -106.49717712402344,
                    -6.7642741203308105, 5.795948028564453, -0.04973895847797394, -0.06628111004829407, -61748.9375,
                    3.628774720709771e-06, -2.3706841468811035, 496.0432434082031, -31.360559463500977, 172639728.0,
                    -82049520.0, 0.0008991617942228913, -11264799.0, 1608.6002197265625, -6487504.0,
                    34061360.0, -0.020162682980298996, 94124.5, -3166.0322265625, 5658.5390625,
                    5.718764441553503e-05, -3277.546875, -0.003234053263440728, -10483.1669921875, 1.6346495151519775,
                    -248830.859375, 60.77430725097656, -0.007437989115715027, -5477510.0, 461.17041015625,
                    -0.27986443042755127, -0.009525585919618607, 0.373744934797287, 8817.9775390625, -512.2206420898438,
                    34.798194885253906, 59901312.0, -1529.87255859375, -360611136.0, 1.3376121520996094,
                    -0.009804151020944118, 0.000915752723813057, 0.0043290406465530396, -25856.59765625, -547.8211669921875,
                    26.96905517578125,
                    """)},
            {"float32", "sqrt", doubles("""
                    NaN, 0.48777878284454346, NaN, 6149.8525390625, 1740.7447509765625,
                    NaN, NaN, NaN, NaN, NaN,
                    NaN, NaN, NaN, NaN, 4535.08642578125,
                    NaN, NaN, 0.01862167753279209, 20.422761917114258, 12.118499755859375,
                    0.03961313143372536, NaN, NaN, NaN, NaN,
                    NaN, NaN, NaN, 0.059684623032808304, NaN,
                    0.11446347832679749, NaN, NaN, NaN, NaN,
                    NaN, NaN, 0.9248915910720825, 0.8466672897338867, NaN,
                    0.9438285827636719, 0.04097853973507881, 0.04318012669682503, NaN, NaN,
                    271.7709655761719, 251.57345581054688, NaN, NaN, NaN,
                    NaN, 0.7895413041114807, 0.1781906932592392, 28.579063415527344, NaN,
                    91.38594055175781, NaN, 0.05821281298995018, NaN, NaN,
                    NaN, NaN, NaN, NaN, NaN,
                    NaN, 0.11473553627729416, NaN, NaN, 895.2744750976562,
                    7.110286235809326, 4.453557014465332, 44.84457778930664, NaN, NaN,
                    NaN, NaN, NaN, NaN, 3913.40478515625,
                    15849.6923828125, NaN, NaN, 2.099529981613159, 22305.53125,
                    1369.4720458984375, NaN, NaN, NaN, NaN,
                    7153.45166015625, NaN, NaN, 0.5082107186317444, 42.34382247924805,
                    182.015380859375, NaN, 70.0433349609375, NaN, NaN,
                    0.10071655362844467, NaN, 1.8259631395339966, NaN, NaN,
                    349.0805358886719, 5.162503242492676, 0.06112326681613922, 0.01621328666806221, NaN,
                    3.826213836669922, NaN, NaN, 0.2791307270526886, 5300.49609375,
                    99.35799407958984, 0.9279192090034485, 7.029269695281982, 0.05336618423461914, NaN,
                    61.88030242919922, 1746.9017333984375, NaN, NaN, NaN,
                    NaN, NaN, NaN, 9.448565483093262, 7.484810829162598,
                    2.6063787937164307, 11.02033519744873, NaN, 752.5602416992188, 2058.77783203125,
                    NaN, NaN, NaN, 0.029256168752908707, NaN,
                    8.914874076843262, NaN, 3.059934139251709, NaN, 9173.6953125,
                    0.08699437230825424, 7634.92333984375, 799.7186889648438, 15.495353698730469, NaN,
                    NaN, 0.13393105566501617, 323.6849670410156, NaN, NaN,
                    NaN, 0.3489525020122528, NaN, NaN, 5.3117451667785645,
                    NaN, NaN, 0.5350605845451355, NaN, NaN,
                    161.24720764160156, NaN, 54.52101135253906, 1790.6678466796875, NaN,
                    NaN, 2.0647835731506348, NaN, NaN, 0.60281902551651,
                    0.009847118519246578, 28.085586547851562, 0.10865157842636108, 15525.9677734375, NaN,
                    0.017392810434103012, NaN, NaN, NaN, 1577.320556640625,
                    21.086463928222656, 6.384913921356201, 361.2869567871094, 2491.856201171875, 288.3463439941406,
                    12.88092041015625, NaN, 1.9174916744232178, 649.8098754882812, NaN,
                    NaN, 0.44977596402168274, NaN, NaN, NaN,
                    18837.7421875, 0.655105471611023, NaN, NaN, NaN,
                    4.902939796447754, NaN, 0.13763442635536194, 2748.21875, 4459.03857421875,
                    NaN, 2.407477617263794, NaN, 59.36299133300781, NaN,
                    NaN, 47.96623992919922, 22.27202796936035, NaN, NaN,
                    0.6956561207771301, 0.029986025765538216, 0.1699059009552002, 40.107357025146484, NaN,
                    NaN, 2811.698974609375, 2541.510498046875, 2384.497802734375, NaN,
                    17696.271484375, 599.9904174804688, NaN, 148.40533447265625, NaN,
                    NaN, NaN, NaN, NaN, 21.474878311157227,
                    NaN, 1.3489983081817627, 0.6113468408584595, 238.27464294433594, 0.1495414674282074,
                    NaN, NaN, NaN, 4096.2275390625, 4929.30810546875,
                    NaN, NaN, 9.578069686889648, 24.335323333740234, 0.11499945819377899,
                    NaN,
                    """)},
            {"float32", "square", doubles("""
                    0.00044611981138587, 0.056609805673360825, 7.65215554565657e-06, 1430404498194432.0, 9182065459200.0,
                    6.904894576109655e-07, 3858.66162109375, 1086683217920.0, 10367345360896.0, 29692459008.0,
                    0.25519832968711853, 63327606669312.0, 104222359552.0, 23429.7265625, 423001900187648.0,
                    0.005656656809151173, 953196.8125, 1.2024726459003432e-07, 173963.375, 21567.28125,
                    2.4623889203212457e-06, 5.381263137607516e+17, 4546829546946560.0, 45.30104446411133, 250718279696384.0,
                    1622526.5, 46534578176.0, 4.24035097239539e-05, 1.2689654795394745e-05, 597290944.0,
                    0.00017165947065223008, 82351451275264.0, 9206033691967488.0, 1.7786935567855835, 5.934576847721473e-07,
                    287982.84375, 0.024195672944188118, 0.7317509055137634, 0.5138673782348633, 3.0647470951080322,
                    0.7935466170310974, 2.8198489872011123e-06, 3.4764470910886303e-06, 2270.79541015625, 15619.560546875,
                    5455220224.0, 4005523712.0, 599102717952.0, 9.348918865725864e-06, 13134629888.0,
                    10584805.0, 0.3885969817638397, 0.001008184626698494, 667101.625, 17064172.0,
                    69745728.0, 10.252695083618164, 1.1483502930786926e-05, 1.5626835647708504e-06, 35790885224448.0,
                    0.22582030296325684, 2.8890275955200195, 15.919610977172852, 9.04135799407959, 0.007680333685129881,
                    1.0769736036309041e-05, 0.00017329731781501323, 8196.259765625, 185.97523498535156, 642428502016.0,
                    2555.926025390625, 393.394287109375, 4044266.75, 1288705.875, 5.3610314364616704e+17,
                    408630816.0, 2.363834937568754e-05, 2.9923535367438336e+16, 1.1492152651726428e-07, 234541167935488.0,
                    6.310784856070554e+16, 35742.703125, 2.1804021343996283e-06, 19.430694580078125, 2.4754277656716902e+17,
                    3517326295040.0, 3790116.0, 40957.6484375, 28.607118606567383, 1161985392640.0,
                    2618559955992576.0, 0.0013172562466934323, 233319451066368.0, 0.06670761108398438, 3214846.25,
                    1097570560.0, 3241.55322265625, 24069512.0, 659.0884399414062, 39.2488899230957,
                    0.00010289716738043353, 4.350235939025879, 11.116499900817871, 95.17304992675781, 60706924.0,
                    14849179648.0, 710.2991333007812, 1.3958096133137587e-05, 6.910098448997815e-08, 0.03967880830168724,
                    214.32701110839844, 848645568.0, 6.061582088470459, 0.0060705868527293205, 789343652282368.0,
                    97456616.0, 0.7413796186447144, 2441.410400390625, 8.110817361739464e-06, 16266426318848.0,
                    14662555.0, 9312663502848.0, 0.01616109348833561, 1.6958222389221191, 0.013620700687170029,
                    0.04225601628422737, 4362330112.0, 1.342646010016324e-05, 7970.0966796875, 3138.5087890625,
                    46.1477165222168, 14749.564453125, 0.08194003254175186, 320748781568.0, 17965441351680.0,
                    791520280576.0, 2.462910512984228e+17, 1571624189952.0, 7.326048603317759e-07, 3719564800.0,
                    6316.27197265625, 75097408.0, 87.66946411132812, 1003.9674682617188, 7082347920883712.0,
                    5.727493407903239e-05, 3397963913101312.0, 409024200704.0, 57650.88671875, 1905157341184.0,
                    5.467949922831565e+16, 0.00032175492378883064, 10977164288.0, 0.020875142887234688, 2036922974208.0,
                    4029854.75, 0.014827410690486431, 0.14306113123893738, 1933301145141248.0, 796.0657958984375,
                    158000220209152.0, 8385249335574528.0, 0.08196185529232025, 0.01598239131271839, 20256530.0,
                    676034560.0, 54153.046875, 8835999.0, 10281587572736.0, 160.33750915527344,
                    2995958054912.0, 18.17599105834961, 8895845105664.0, 5790.1669921875, 0.13205285370349884,
                    9.402355338750112e-09, 622205.6875, 0.0001393619313603267, 5.810783231829606e+16, 11482582482944.0,
                    9.151220581316011e-08, 0.0008900714456103742, 1878977325039616.0, 0.06777389347553253, 6189846888448.0,
                    197703.8125, 1661.958740234375, 17037628416.0, 38555996913664.0, 6912859648.0,
                    27528.822265625, 1.9164310693740845, 13.518669128417969, 178297520128.0, 8945131323392.0,
                    1.7436938285827637, 0.04092464968562126, 13018362544128.0, 0.046724919229745865, 1.3569519978773315e-05,
                    1.2592598439742669e+17, 0.18418103456497192, 1.1315017218294088e-05, 0.7445140480995178, 27.151018142700195,
                    577.8648071289062, 5776736780288.0, 0.000358846242306754, 57043369066496.0, 395334626836480.0,
                    45.75540542602539, 33.593013763427734, 3527829228617728.0, 12418328.0, 55817486336.0,
                    1.3012464478379115e-05, 5293496.5, 246058.90625, 983.4846801757812, 70.208740234375,
                    0.23419542610645294, 8.084919045359129e-07, 0.000833362340927124, 2587594.75, 1.211585041268736e+16,
                    11271012352.0, 62499319709696.0, 41722235060224.0, 32328657141760.0, 2755014400.0,
                    9.806794175230771e+16, 129591697408.0, 40637534208.0, 485062944.0, 126965.640625,
                    61916794880.0, 1343.5179443359375, 1190.5843505859375, 2.116097229591675e+17, 212678.140625,
                    0.0783241018652916, 3.3116586208343506, 0.1396852731704712, 3223378944.0, 0.0005000880919396877,
                    390.1014404296875, 0.2433149218559265, 2340510.0, 281537589280768.0, 590396606382080.0,
                    9.61213736445643e-05, 905675968.0, 8416.12109375, 350710.3125, 0.00017489732999820262,
                    6782.1806640625,
                    """)},
            {"float32", "neg", doubles("""
                    0.021121548488736153, -0.23792815208435059, 0.002766252961009741, -37820688.0, -3030192.25,
                    0.0008309569675475359, 62.118125915527344, 1042441.0, 3219836.25, 172315.0,
                    0.5051715970039368, 7957864.5, 322834.875, 153.06771850585938, -20567010.0,
                    0.07521075010299683, 976.3179931640625, -0.0003467668720986694, -417.08917236328125, -146.8580322265625,
                    -0.00156920007430017, 733570944.0, 67430184.0, 6.730605125427246, 15834086.0,
                    1273.7843017578125, 215718.75, 0.006511797662824392, -0.0035622541327029467, 24439.537109375,
                    -0.01310188788920641, 9074770.0, 95948080.0, 1.3336766958236694, 0.0007703620358370245,
                    536.6403198242188, 0.15554958581924438, -0.8554244041442871, -0.7168454527854919, 1.750641942024231,
                    -0.890812337398529, -0.0016792406095191836, -0.001864523277617991, 47.652862548828125, 124.97824096679688,
                    -73859.4609375, -63289.20703125, 774017.25, 0.0030576002318412066, 114606.4140625,
                    3253.4296875, -0.6233754754066467, -0.03175192326307297, -816.7628784179688, 4130.88037109375,
                    -8351.390625, 3.2019829750061035, -0.0033887317404150963, 0.0012500734301283956, 5982548.5,
                    0.47520554065704346, 1.699713945388794, 3.989938735961914, 3.006885051727295, 0.0876375138759613,
                    0.0032817276660352945, -0.013164243660867214, 90.53319549560547, 13.637273788452148, -801516.375,
                    -50.55616760253906, -19.834169387817383, -2011.0362548828125, 1135.2117919921875, 732190656.0,
                    20214.619140625, 0.0048619285225868225, 172984208.0, 0.00033900077687576413, -15314737.0,
                    -251212752.0, 189.05740356445312, 0.0014766184613108635, -4.408026218414307, -497536704.0,
                    -1875453.625, 1946.822021484375, 202.3799591064453, 5.348562240600586, 1077954.25,
                    -51171868.0, 0.03629402443766594, 15274798.0, -0.25827816128730774, -1792.999267578125,
                    -33129.6015625, 56.93463897705078, -4906.06884765625, 25.672718048095703, 6.264893531799316,
                    -0.01014382392168045, 2.085721969604492, -3.334141492843628, 9.755667686462402, 7791.46484375,
                    -121857.2109375, -26.651437759399414, -0.003736053593456745, -0.0002628706570249051, 0.19919539988040924,
                    -14.639911651611328, 29131.521484375, 2.4620280265808105, -0.07791396975517273, -28095260.0,
                    -9872.01171875, -0.8610340356826782, -49.41062927246094, -0.002847949741408229, 4033165.75,
                    -3829.171630859375, -3051665.75, 0.1271262913942337, 1.3022373914718628, 0.11670775711536407,
                    0.20556268095970154, 66047.9375, 0.0036642134655267, -89.27539825439453, -56.022396087646484,
                    -6.793210983276367, -121.44778442382812, 0.2862516939640045, -566346.875, -4238566.0,
                    889674.25, 496277184.0, 1253644.375, -0.0008559233974665403, 60988.234375,
                    -79.4749755859375, 8665.8759765625, -9.363197326660156, 31.68544578552246, -84156688.0,
                    -0.00756802037358284, -58292056.0, -639550.0, -240.10598754882812, 1380274.375,
                    233836480.0, -0.01793752796947956, -104771.9609375, 0.1444823294878006, 1427208.125,
                    2007.4498291015625, -0.12176785618066788, 0.37823423743247986, 43969320.0, -28.214637756347656,
                    12569814.0, 91571008.0, -0.2862898111343384, 0.1264214813709259, 4500.7255859375,
                    -26000.6640625, 232.70806884765625, -2972.540771484375, -3206491.5, 12.662445068359375,
                    1730883.625, -4.263330936431885, 2982590.25, 76.09314727783203, -0.3633907735347748,
                    -9.696574124973267e-05, -788.8001708984375, -0.011805165559053421, -241055664.0, 3388596.0,
                    -0.00030250984127633274, 0.029834065586328506, 43347172.0, 0.26033419370651245, -2487940.25,
                    -444.63897705078125, -40.767127990722656, -130528.265625, -6209347.5, -83143.609375,
                    -165.91812133789062, 1.384352207183838, -3.676774263381958, -422252.90625, 2990841.25,
                    1.3204900026321411, -0.20229841768741608, 3608096.75, 0.21615947782993317, 0.0036836829967796803,
                    -354860512.0, -0.4291631877422333, 0.0033637802116572857, 0.8628522753715515, 5.210663795471191,
                    -24.038818359375, 2403484.25, -0.018943237140774727, -7552706.0, -19883024.0,
                    6.7642741203308105, -5.795948028564453, 59395532.0, -3523.96484375, 236257.25,
                    0.0036072793882340193, -2300.760009765625, -496.0432434082031, 31.360559463500977, 8.37906551361084,
                    -0.48393741250038147, -0.0008991617942228913, -0.028868015855550766, -1608.6002197265625, 110072024.0,
                    106165.0234375, -7905651.0, -6459275.0, -5685829.5, 52488.23046875,
                    -313158016.0, -359988.46875, 201587.53125, -22024.14453125, 356.3223876953125,
                    248830.859375, 36.654029846191406, 34.504844665527344, 460010560.0, -461.17041015625,
                    0.27986443042755127, -1.8197963237762451, -0.373744934797287, -56774.80859375, -0.02236264944076538,
                    19.750986099243164, 0.4932696223258972, 1529.87255859375, -16779082.0, -24298078.0,
                    0.009804151020944118, 30094.451171875, -91.73941802978516, -592.2080078125, -0.013224875554442406,
                    82.35399627685547,
                    """)},
            {"float32", "abs", doubles("""
                    0.021121548488736153, 0.23792815208435059, 0.002766252961009741, 37820688.0, 3030192.25,
                    0.0008309569675475359, 62.118125915527344, 1042441.0, 3219836.25, 172315.0,
                    0.5051715970039368, 7957864.5, 322834.875, 153.06771850585938, 20567010.0,
                    0.07521075010299683, 976.3179931640625, 0.0003467668720986694, 417.08917236328125, 146.8580322265625,
                    0.00156920007430017, 733570944.0, 67430184.0, 6.730605125427246, 15834086.0,
                    1273.7843017578125, 215718.75, 0.006511797662824392, 0.0035622541327029467, 24439.537109375,
                    0.01310188788920641, 9074770.0, 95948080.0, 1.3336766958236694, 0.0007703620358370245,
                    536.6403198242188, 0.15554958581924438, 0.8554244041442871, 0.7168454527854919, 1.750641942024231,
                    0.890812337398529, 0.0016792406095191836, 0.001864523277617991, 47.652862548828125, 124.97824096679688,
                    73859.4609375, 63289.20703125, 774017.25, 0.0030576002318412066, 114606.4140625,
                    3253.4296875, 0.6233754754066467, 0.03175192326307297, 816.7628784179688, 4130.88037109375,
                    8351.390625, 3.2019829750061035, 0.0033887317404150963, 0.0012500734301283956, 5982548.5,
                    0.47520554065704346, 1.699713945388794, 3.989938735961914, 3.006885051727295, 0.0876375138759613,
                    0.0032817276660352945, 0.013164243660867214, 90.53319549560547, 13.637273788452148, 801516.375,
                    50.55616760253906, 19.834169387817383, 2011.0362548828125, 1135.2117919921875, 732190656.0,
                    20214.619140625, 0.0048619285225868225, 172984208.0, 0.00033900077687576413, 15314737.0,
                    251212752.0, 189.05740356445312, 0.0014766184613108635, 4.408026218414307, 497536704.0,
                    1875453.625, 1946.822021484375, 202.3799591064453, 5.348562240600586, 1077954.25,
                    51171868.0, 0.03629402443766594, 15274798.0, 0.25827816128730774, 1792.999267578125,
                    33129.6015625, 56.93463897705078, 4906.06884765625, 25.672718048095703, 6.264893531799316,
                    0.01014382392168045, 2.085721969604492, 3.334141492843628, 9.755667686462402, 7791.46484375,
                    121857.2109375, 26.651437759399414, 0.003736053593456745, 0.0002628706570249051, 0.19919539988040924,
                    14.639911651611328, 29131.521484375, 2.4620280265808105, 0.07791396975517273, 28095260.0,
                    9872.01171875, 0.8610340356826782, 49.41062927246094, 0.002847949741408229, 4033165.75,
                    3829.171630859375, 3051665.75, 0.1271262913942337, 1.3022373914718628, 0.11670775711536407,
                    0.20556268095970154, 66047.9375, 0.0036642134655267, 89.27539825439453, 56.022396087646484,
                    6.793210983276367, 121.44778442382812, 0.2862516939640045, 566346.875, 4238566.0,
                    889674.25, 496277184.0, 1253644.375, 0.0008559233974665403, 60988.234375,
                    79.4749755859375, 8665.8759765625, 9.363197326660156, 31.68544578552246, 84156688.0,
                    0.00756802037358284, 58292056.0, 639550.0, 240.10598754882812, 1380274.375,
                    233836480.0, 0.01793752796947956, 104771.9609375, 0.1444823294878006, 1427208.125,
                    2007.4498291015625, 0.12176785618066788, 0.37823423743247986, 43969320.0, 28.214637756347656,
                    12569814.0, 91571008.0, 0.2862898111343384, 0.1264214813709259, 4500.7255859375,
                    26000.6640625, 232.70806884765625, 2972.540771484375, 3206491.5, 12.662445068359375,
                    1730883.625, 4.263330936431885, 2982590.25, 76.09314727783203, 0.3633907735347748,
                    9.696574124973267e-05, 788.8001708984375, 0.011805165559053421, 241055664.0, 3388596.0,
                    0.00030250984127633274, 0.029834065586328506, 43347172.0, 0.26033419370651245, 2487940.25,
                    444.63897705078125, 40.767127990722656, 130528.265625, 6209347.5, 83143.609375,
                    165.91812133789062, 1.384352207183838, 3.676774263381958, 422252.90625, 2990841.25,
                    1.3204900026321411, 0.20229841768741608, 3608096.75, 0.21615947782993317, 0.0036836829967796803,
                    354860512.0, 0.4291631877422333, 0.0033637802116572857, 0.8628522753715515, 5.210663795471191,
                    24.038818359375, 2403484.25, 0.018943237140774727, 7552706.0, 19883024.0,
                    6.7642741203308105, 5.795948028564453, 59395532.0, 3523.96484375, 236257.25,
                    0.0036072793882340193, 2300.760009765625, 496.0432434082031, 31.360559463500977, 8.37906551361084,
                    0.48393741250038147, 0.0008991617942228913, 0.028868015855550766, 1608.6002197265625, 110072024.0,
                    106165.0234375, 7905651.0, 6459275.0, 5685829.5, 52488.23046875,
                    313158016.0, 359988.46875, 201587.53125, 22024.14453125, 356.3223876953125,
                    248830.859375, 36.654029846191406, 34.504844665527344, 460010560.0, 461.17041015625,
                    0.27986443042755127, 1.8197963237762451, 0.373744934797287, 56774.80859375, 0.02236264944076538,
                    19.750986099243164, 0.4932696223258972, 1529.87255859375, 16779082.0, 24298078.0,
                    0.009804151020944118, 30094.451171875, 91.73941802978516, 592.2080078125, 0.013224875554442406,
                    82.35399627685547,
                    """)},
            {"float32", "sign", doubles("""
                    -1.0, 1.0, -1.0, 1.0, 1.0,
                    -1.0, -1.0, -1.0, -1.0, -1.0,
                    -1.0, -1.0, -1.0, -1.0, 1.0,
                    -1.0, -1.0, 1.0, 1.0, 1.0,
                    1.0, -1.0, -1.0, -1.0, -1.0,
                    -1.0, -1.0, -1.0, 1.0, -1.0,
                    1.0, -1.0, -1.0, -1.0, -1.0,
                    -1.0, -1.0, 1.0, 1.0, -1.0,
                    1.0, 1.0, 1.0, -1.0, -1.0,
                    1.0, 1.0, -1.0, -1.0, -1.0,
                    -1.0, 1.0, 1.0, 1.0, -1.0,
                    1.0, -1.0, 1.0, -1.0, -1.0,
                    -1.0, -1.0, -1.0, -1.0, -1.0,
                    -1.0, 1.0, -1.0, -1.0, 1.0,
                    1.0, 1.0, 1.0, -1.0, -1.0,
                    -1.0, -1.0, -1.0, -1.0, 1.0,
                    1.0, -1.0, -1.0, 1.0, 1.0,
                    1.0, -1.0, -1.0, -1.0, -1.0,
                    1.0, -1.0, -1.0, 1.0, 1.0,
                    1.0, -1.0, 1.0, -1.0, -1.0,
                    1.0, -1.0, 1.0, -1.0, -1.0,
                    1.0, 1.0, 1.0, 1.0, -1.0,
                    1.0, -1.0, -1.0, 1.0, 1.0,
                    1.0, 1.0, 1.0, 1.0, -1.0,
                    1.0, 1.0, -1.0, -1.0, -1.0,
                    -1.0, -1.0, -1.0, 1.0, 1.0,
                    1.0, 1.0, -1.0, 1.0, 1.0,
                    -1.0, -1.0, -1.0, 1.0, -1.0,
                    1.0, -1.0, 1.0, -1.0, 1.0,
                    1.0, 1.0, 1.0, 1.0, -1.0,
                    -1.0, 1.0, 1.0, -1.0, -1.0,
                    -1.0, 1.0, -1.0, -1.0, 1.0,
                    -1.0, -1.0, 1.0, -1.0, -1.0,
                    1.0, -1.0, 1.0, 1.0, -1.0,
                    -1.0, 1.0, -1.0, -1.0, 1.0,
                    1.0, 1.0, 1.0, 1.0, -1.0,
                    1.0, -1.0, -1.0, -1.0, 1.0,
                    1.0, 1.0, 1.0, 1.0, 1.0,
                    1.0, -1.0, 1.0, 1.0, -1.0,
                    -1.0, 1.0, -1.0, -1.0, -1.0,
                    1.0, 1.0, -1.0, -1.0, -1.0,
                    1.0, -1.0, 1.0, 1.0, 1.0,
                    -1.0, 1.0, -1.0, 1.0, -1.0,
                    -1.0, 1.0, 1.0, -1.0, -1.0,
                    1.0, 1.0, 1.0, 1.0, -1.0,
                    -1.0, 1.0, 1.0, 1.0, -1.0,
                    1.0, 1.0, -1.0, 1.0, -1.0,
                    -1.0, -1.0, -1.0, -1.0, 1.0,
                    -1.0, 1.0, 1.0, 1.0, 1.0,
                    -1.0, -1.0, -1.0, 1.0, 1.0,
                    -1.0, -1.0, 1.0, 1.0, 1.0,
                    -1.0,
                    """)},
    };
    // </generated:exact-random>

    // <generated:mixed> by gen_semantics_fixtures.py with NumPy 2.4.6; do not edit by hand
    static final long[] MIX_I32 = new long[] {16777217L, 2147483647L, -2147483648L, 123456789L, 3L, -7L};
    static final double[] MIX_F32 = new double[] {0.0, 0.10000000149011612, 0.0010000000474974513, 3.299999952316284, 0.699999988079071, -2.5};
    /** {op, NumPy's int32 array op float32 array (float64)}. */
    static final Object[][] MIX_I32_F32 = {
            {"add", new double[] {16777217.0, 2147483647.1, -2147483647.999, 123456792.29999995, 3.699999988079071, -9.5}},
            {"sub", new double[] {16777217.0, 2147483646.9, -2147483648.001, 123456785.70000005, 2.300000011920929, -4.5}},
            {"mul", new double[] {0.0, 214748367.9, -2147483.75, 407407397.81312156, 2.099999964237213, 17.5}},
            {"div", new double[] {INF, 21474836150.000004, -2147483546000.005, 37411148.72239472, 4.2857143586995665, 2.8}},
            {"maximum", new double[] {16777217.0, 2147483647.0, 0.0010000000474974513, 123456789.0, 3.0, -2.5}},
            {"floorDiv", new double[] {INF, 21474836150.0, -2147483546001.0, 37411148.0, 4.0, 2.0}},
            {"mod", new double[] {NaN, 4.917383193969727e-07, 0.0009951553074643016, 2.3839025497436523, 0.20000004768371582, -2.0}},
    };
    static final long[] MIX_I64 = new long[] {9007199254740993L, 1152921504606846977L, -4611686018427387903L, 9223372036854775807L};
    static final double[] MIX_F32B = new double[] {0.0, 0.5, 1.0, 0.0};
    /** int64 + float32 (float64). */
    static final double[] MIX_I64_ADD_F32 = new double[] {9007199254740992.0, 1.152921504606847e+18, -4.611686018427388e+18, 9.223372036854776e+18};
    /** MIX_I32 + 0.5 (weak double: float64). */
    static final double[] MIX_I32_ADD_HALF = new double[] {16777217.5, 2147483647.5, -2147483647.5, 123456789.5, 3.5, -6.5};
    /** int32 [1, -7, 7, MIN] / int32 [3, 2, -2, 3] (float64). */
    static final double[] I32_TRUE_DIV = new double[] {0.3333333333333333, -3.5, -3.5, -715827882.6666666};
    /** int32 [1, -1, 0] / int32 [0, 0, 0] (float64, no error). */
    static final double[] I32_TRUE_DIV_ZERO = new double[] {INF, -INF, NaN};
    /** int32 [7, -7] // 0.0 (weak double: float64 floor_divide, no error). */
    static final double[] I32_FLOORDIV_ZERO_DOUBLE = new double[] {INF, -INF};
    static final boolean[] BOOL_P = new boolean[] {true, true, false, false};
    static final boolean[] BOOL_Q = new boolean[] {true, false, true, false};
    static final boolean[] BOOL_ADD = new boolean[] {true, true, true, false};
    static final boolean[] BOOL_MUL = new boolean[] {true, false, false, false};
    static final boolean[] BOOL_MAXIMUM = new boolean[] {true, true, true, false};
    static final boolean[] BOOL_MINIMUM = new boolean[] {true, false, false, false};
    static final boolean[] BOOL_ABS = new boolean[] {true, true, false, false};
    /** bool * 2 (weak int: int64) and bool + 0.5 (float64). */
    static final long[] BOOL_MUL_2 = new long[] {2L, 2L, 0L, 0L};
    static final double[] BOOL_ADD_HALF = new double[] {1.5, 1.5, 0.5, 0.5};
    /** np.square(p) (numpy int8, int32 here) and np.sqrt(p) (numpy float16, float32 here): values. */
    static final long[] BOOL_SQUARE = new long[] {1L, 1L, 0L, 0L};
    static final double[] BOOL_SQRT = new double[] {1.0, 1.0, 0.0, 0.0};
    /** p // [True]*4 and p % [True]*4 (numpy int8, int32 here): values. */
    static final long[] BOOL_FLOORDIV_TRUE = new long[] {1L, 1L, 0L, 0L};
    static final long[] BOOL_MOD_TRUE = new long[] {0L, 0L, 0L, 0L};
    // </generated:mixed>

    // <generated:astype> by gen_semantics_fixtures.py with NumPy 2.4.6; do not edit by hand
    /** {from, to, input values, NumPy's x.astype(to)}. */
    static final Object[][] ASTYPE_CASES = {
            {"int64", "int32", new long[] {2147483648L, 4294967301L, -2147483649L, 1099511627783L, -1L, 9223372036854775807L, -9223372036854775808L, 123L}, new long[] {-2147483648L, 5L, 2147483647L, 7L, -1L, -1L, 0L, 123L}},
            {"int64", "float32", new long[] {1152921573326323713L, 1152921573326323712L, 1152921710765277184L, 16777217L, -1152921573326323713L, 9223372036854775807L, -9223372036854775808L, 9007199254740993L}, new double[] {1.1529216420458004e+18, 1.152921504606847e+18, 1.152921779484754e+18, 16777216.0, -1.1529216420458004e+18, 9.223372036854776e+18, -9.223372036854776e+18, 9007199254740992.0}},
            {"int64", "float64", new long[] {9007199254740993L, 9223372036854775807L, -9223372036854775808L, -9007199254740995L}, new double[] {9007199254740992.0, 9.223372036854776e+18, -9.223372036854776e+18, -9007199254740996.0}},
            {"int64", "bool", new long[] {0L, 1L, -1L, -9223372036854775808L}, new boolean[] {false, true, true, true}},
            {"int32", "float32", new long[] {16777217L, 2147483647L, -2147483648L, -16777219L}, new double[] {16777216.0, 2147483648.0, -2147483648.0, -16777220.0}},
            {"int32", "int64", new long[] {-2147483648L, -1L, 2147483647L}, new long[] {-2147483648L, -1L, 2147483647L}},
            {"int32", "bool", new long[] {0L, 5L, -1L}, new boolean[] {false, true, true}},
            {"float64", "bool", new double[] {0.0, -0.0, NaN, INF, -INF, 0.5, 1e-300, 5e-324}, new boolean[] {false, false, true, true, true, true, true, true}},
            {"float32", "bool", new double[] {0.0, -0.0, NaN, INF, -INF, 0.5, 1.401298464324817e-45}, new boolean[] {false, false, true, true, true, true, true}},
            {"bool", "float64", new boolean[] {true, false}, new double[] {1.0, 0.0}},
            {"bool", "float32", new boolean[] {true, false}, new double[] {1.0, 0.0}},
            {"bool", "int32", new boolean[] {true, false}, new long[] {1L, 0L}},
            {"bool", "int64", new boolean[] {true, false}, new long[] {1L, 0L}},
            {"float64", "float32", new double[] {0.1, 1e+40, -1e+40, 1e-46, 3.4028235677973366e+38, 3.4028234663852886e+38, 1.401298464324817e-45, 7e-46, NaN, -0.0, 16777217.0, 1.0000000596046448}, new double[] {0.10000000149011612, INF, -INF, 0.0, INF, 3.4028234663852886e+38, 1.401298464324817e-45, 0.0, NaN, -0.0, 16777216.0, 1.0}},
            {"float32", "float64", new double[] {0.10000000149011612, 1.401298464324817e-45, 3.3999999521443642e+38, NaN, -0.0}, new double[] {0.10000000149011612, 1.401298464324817e-45, 3.3999999521443642e+38, NaN, -0.0}},
            {"float64", "int64", new double[] {2.7, -2.7, 0.5, -0.5, -0.0, 1000000000000000.5, -4.611686018427388e+18, 9e+18}, new long[] {2L, -2L, 0L, 0L, 0L, 1000000000000000L, -4611686018427387904L, 9000000000000000000L}},
            {"float64", "int32", new double[] {2.7, -2.7, 2147483647.9, -2147483648.9, 1000000000.5}, new long[] {2L, -2L, 2147483647L, -2147483648L, 1000000000L}},
            {"float32", "int32", new double[] {2.700000047683716, -2.700000047683716, 16777216.0, -1000000000.0}, new long[] {2L, -2L, 16777216L, -1000000000L}},
            {"float32", "int64", new double[] {2.700000047683716, -2.700000047683716, 9.999999843067494e+17, -9.999999843067494e+17}, new long[] {2L, -2L, 999999984306749440L, -999999984306749440L}},
    };
    // </generated:astype>

    // <generated:transcendentals> by gen_semantics_fixtures.py with NumPy 2.4.6; do not edit by hand
    /** {dtype, op, inputs, NumPy's op(inputs)}. */
    static final Object[][] TRANSCENDENTAL = {
            {"float64", "exp",
                    doubles("""
                        16.550274580359428, 630.6491748563094, -498.1765421925128, 628.1092259921413,
                        -263.43596718532035, -107.3429714383941, 458.7836313486184, -127.12120908317422,
                        69.43116274228328, -661.4172414597043, 354.91835214472917, 53.40063850698948,
                        -238.37559690127097, 403.80018479976616, -275.527238991697, -65.10295472708788,
                        -512.3416238539694, -135.6418189740191, -415.16266305339053, -332.7613233814107,
                        350.5105416820736, -307.4277388195441, -20.732635795710962, 673.0320797217341,
                        646.3200711293014, 314.70591708294705, 57.71759776640795, -312.35231433648084,
                        -475.0871877148224, 657.8955785025855, 22.496019767030248, -537.7881425409215,
                        172.8856577525006, 387.3563600792172, 158.20462147425667, 584.2167867072637,
                        -644.569972670116, 40.02496856403036, -56.9297639604348, -612.7105891901741,
                        197.8594367951249, 493.6859738729195, 130.11742534599762, -335.8635731678875,
                        475.8341294439722, 13.294234130113182, 15.2444382531462, 354.24229078304893,
                        -1.4083118568601738, 1.278506876477108, 0.7331476240130286, 1.1483877662192041,
                        -1.233534963919459, 1.20945664453812, -1.234704295771199, -1.6737895305459491,
                        1.4209078971482807, 1.4451339847106737, 1.506148385666322, -0.1123611225648391,
                        -0.9038064455451269, -1.971632685587335, 0.5828835822997913, 0.8796375340347722,
                        1.3422768660010966, -0.8724886905418314, -1.1391273313481056, 0.5573255202663514,
                        1.2202193325800388, 1.8546834913798835, -1.39790067831529, -0.07115044720265384,
                        7.89431724392347e-07, -1.545661861091254e-07, 1.7900412416809626e-07, -9.510186450132736e-07,
                        3.4691977430587775e-07, 8.38177239267645e-07, 6.536506591134421e-07, 7.710405334198936e-07,
                        """),
                    doubles("""
                        15406107.510597365, 7.717144937883744e+273, 4.412418656028633e-217, 6.086545611752954e+272,
                        3.9013338558982004e-115, 2.407353309802569e-47, 1.7668491920418906e+199, 6.193845417907536e-56,
                        1.4241995725919748e+30, 5.625249612046431e-288, 1.3774690914524257e+154, 1.554542621258653e+23,
                        2.9839644541122324e-104, 2.3344901726611786e+175, 2.1879656115371318e-120, 5.32287180001023e-29,
                        3.1107127615254404e-223, 1.2345438043264725e-59, 4.979048350664916e-181, 3.045043244069626e-145,
                        1.67800828755113e+152, 3.060761195283255e-134, 9.906738025119641e-10, 1.9684227104733945e+292,
                        4.934469111797753e+280, 4.731983389008947e+136, 1.1652905342596136e+25, 2.2238908806070064e-136,
                        4.70171123472481e-207, 5.253145285862088e+285, 5887043564.1832, 2.7642496385599714e-234,
                        1.2113988641706566e+75, 1.6855037089899085e+168, 5.097932934760675e+68, 5.273836992878464e+253,
                        1.1663198546792403e-280, 2.4133648647096413e+17, 1.886764324700941e-25, 8.001512923490502e-267,
                        8.496921238354974e+85, 2.541524180680218e+214, 3.230574994715001e+56, 1.368684978610966e-146,
                        4.4888668016702095e+206, 593762.1694953889, 4174220.75420076, 7.00603243914872e+153,
                        0.24455578004096057, 3.5912735054034073, 2.081622471486475, 3.153105266731442,
                        0.2912611580544633, 3.3516630132903686, 0.29092077615365947, 0.18753504759247147,
                        4.140878225684409, 4.24242052422887, 4.509329106909223, 0.8937214562339277,
                        0.4050250161364103, 0.13922935278717474, 1.7911960521948633, 2.410025995682824,
                        3.827748862385325, 0.41791020481902674, 0.3200982396655347, 1.7459966177375268,
                        3.387930735725331, 6.389675543146456, 0.24711519407094026, 0.9313217668325364,
                        1.000000789432036, 0.9999998454338258, 1.0000001790041402, 0.9999990489818072,
                        1.0000003469198344, 1.0000008381775904, 1.0000006536508728, 1.0000007710408307,
                        """)},
            {"float64", "log",
                    doubles("""
                        5.051704653316859e-146, 3.894686061299711e-241, 7.256902962377121, 1.5399379044214246e-278,
                        28149266142555.68, 3.570860167700479e+121, 4.34029840928107e+47, 3.409362630979018e-27,
                        1.3382947272712323e-140, 3.4536835202256315e+239, 5.3216515612342226e-108, 5.634020827923321e+201,
                        1.3795732696310526e-34, 9.674637198747668e-70, 2.2424228204929866e+116, 1.9428582531061935e+285,
                        1.5206460125090027e+172, 4.126862936284384e+55, 1.70968295695004e-237, 8.34585463050095e+159,
                        1.0403030993214492e+172, 1.5406508669959534e-56, 3.1152349917273778e-83, 1.6714714127833316e-183,
                        2.5691505072112573e+289, 3.2177097955960023e-198, 0.0001795544293720407, 1.4849585861217985e-192,
                        3.423075351422268e+172, 2.271914323951484e+62, 1.4974557303377626e-206, 9.482828669566462e-234,
                        4.92032792330819e-244, 9.487823180716451e-290, 7.086045804508127e+214, 2.1532772117827026e+200,
                        2.1458820974910202e-73, 5.974205416752947e-242, 4.099105724917982e-134, 2.269057681825248e-30,
                        1.4297362036556875e+23, 9.618502488151713e-08, 4.040240626644644e+71, 2.6468359435040256e+72,
                        3.0621907899473745e+75, 342.7904959102234, 2.3462888126985537e-33, 1.5318969872346378e+263,
                        1.6255948915449134, 1.3616997468244487, 1.4259082050579248, 1.2598272374104704,
                        1.9471427133130321, 0.8399390950387051, 1.5335407057228525, 1.3326450183467977,
                        0.5630176836030292, 0.9442249996756005, 1.8907504031023867, 1.6768472861449997,
                        0.5192466402955824, 0.9449394944941172, 0.5147080235698458, 1.7412004144671167,
                        0.6655513884635945, 0.5861827681622291, 1.9728250147926478, 1.1688048191228209,
                        0.977589498595514, 0.5735200843446382, 1.084392926448233, 1.0490585858932073,
                        1.0000000469615762, 0.999999013570933, 0.9999992959257605, 0.9999994197730515,
                        0.9999998810090375, 0.9999996046067327, 1.000000226655353, 0.9999995708652111,
                        """),
                    doubles("""
                        -334.5576978356901, -553.5633943359272, 1.981953148617392, -639.6869137585364,
                        30.96854240063822, 279.88560276238235, 109.68944247436761, -60.94327214875034,
                        -322.0705168072245, 551.5572785740698, -247.00740634434007, 464.54842705807755,
                        -77.96611893535335, -158.9114487702079, 267.9074276849423, 656.9009117184413,
                        396.46377124777325, 128.05969765342655, -545.1763590915563, 368.2327947502062,
                        396.08414810732353, -128.51256023962208, -189.97825813035496, -420.85936769391066,
                        666.3906671776042, -454.74317854992216, -8.625032168300777, -441.7009509711245,
                        397.27517536755136, 143.58089855625033, -473.9287616685817, -536.5554291059814,
                        -560.2373875111851, -665.499667762288, 494.7113373712334, 461.2840095649563,
                        -167.32516108645743, -555.4381414002286, -307.13563362715627, -68.2581881626521,
                        53.31694709314959, -16.156992157904334, 164.87984585382728, 166.75949163861975,
                        173.81301257877902, 5.837119461456621, -75.1324732175823, 606.0063862857832,
                        0.48587383589272864, 0.3087337332222893, 0.3548089475904709, 0.2309745983962238,
                        0.6663630227860103, -0.17442589567976147, 0.42757924854517804, 0.2871657029160748,
                        -0.5744442417388631, -0.05739079412281354, 0.6369737889510632, 0.5169154149765708,
                        -0.6553762865490483, -0.05663438052856173, -0.6641554836167886, 0.5545747687313072,
                        -0.40713942630152533, -0.5341236469712064, 0.6794665331897318, 0.15598170458310517,
                        -0.022665432648367505, -0.5559623223726716, 0.08102031561135396, 0.04789317713320522,
                        4.6961575080640515e-08, -9.86429553506234e-07, -7.040744873263298e-07, -5.802271168195263e-07,
                        -1.1899096960707932e-07, -3.953933455174361e-07, 2.2665532724432857e-07, -4.291348810046152e-07,
                        """)},
            {"float64", "sin",
                    doubles("""
                        -8.287016657127513, -5.263789868078006, 6.025489304127937, 1.6432407212873557,
                        -8.117427155192017, -1.3374611952705244, -0.41897403718331994, -6.805221707258429,
                        4.691543028184292, -7.726559601571932, -2.175436190086759, 0.33480365242727395,
                        -1.3874395917164435, 1.7359714287628147, 4.756755745843204, 9.125345096721972,
                        -4.315976725024171, 2.970944141596501, 3.9243199334031083, -4.145585019750257,
                        -9.970198329823276, 9.469205495328254, -4.031975539662486, -3.720279959313264,
                        7.834221408903144, 1.7032587978181617, -0.5738066963633734, 5.465540192976327,
                        -9.393079846750576, 4.139301913112469, -2.5151233304305842, -8.182945729914843,
                        3.2100013485578955, 8.629277094827088, -5.856176638379975, 2.6018039957068595,
                        -4.036738186851505, 4.835133601386607, 4.4432961628423495, -5.625691508623909,
                        6.597737485486245, 3.1530442174648634, 3.655978157207006, 6.401515003410701,
                        -1.4285419140307614, 5.17410922309838, 7.569603693325078, -7.9536015615585125,
                        699.5366749323075, -212.1453347353297, -40.63215297545014, -707.330860483603,
                        396.85268989418705, -416.04276802429797, 742.2782995871783, -449.2512461038458,
                        123.61943746177985, -200.68755773909447, 225.81898380487837, -606.7215204557526,
                        -639.4249183138097, 493.7207712996758, 504.4468367385548, 133.95574890582452,
                        842.15935456586, -588.4499035419624, 701.8022491833028, -662.0253773458276,
                        928.7154417885592, 247.38545621230355, 213.76757602002954, 941.1175262652475,
                        5.740654275775422e-06, 5.798349521771087e-06, -8.918124842580696e-06, -2.6142738781116017e-06,
                        1000000.0, 10000000000.0, 1e+22, 1e+300,
                        """),
                    doubles("""
                        -0.9076963526754007, 0.8517914596588174, -0.25485331195837985, 0.9973770522984503,
                        -0.9654984670910414, -0.9729006462988988, -0.40682344331858633, -0.49864633340618064,
                        -0.9997827310065212, -0.9918927910466502, -0.8227068763911871, 0.32858373086572557,
                        -0.9832371962594653, 0.9863895793179649, -0.999015956494009, 0.29497835349454826,
                        0.9224521966742371, 0.16982147698761768, -0.7052156614241438, 0.8436213576311069,
                        0.5187775137392501, -0.04441292078008811, 0.7773126836598598, 0.5469254452060326,
                        0.9998047731051525, 0.9912396674206634, -0.5428329924918608, -0.7295372509015193,
                        -0.03169280606418703, -0.8402310857231784, -0.586288207818245, -0.946377513359304,
                        -0.06835535152477928, 0.7142142641672882, 0.4141499237855363, 0.5139547102038489,
                        0.7803001067012533, -0.9924763322442636, -0.9640124738309065, 0.6111350488680007,
                        0.3093906529314482, -0.011451313586912492, -0.49199996434794097, 0.11805374906036915,
                        -0.9898988923759192, -0.895287473591295, 0.9598363635933972, -0.9950420373382888,
                        0.8616372369323881, 0.9961453701796862, -0.20704302462869204, 0.4551257433357193,
                        0.8479021113587065, -0.9762759996337521, 0.7594279198627005, 0.003496633380096454,
                        -0.8899903344651512, 0.3656881824853714, -0.36691193723789883, 0.3840127118336872,
                        0.993866485628524, -0.47126517887493635, 0.9756313963447105, 0.905575804113647,
                        0.21092720045836613, 0.8260582410972853, -0.9415113158740275, -0.7517241145230552,
                        -0.9305762257237693, 0.7176092415726765, 0.1388257417830516, -0.9779210218793165,
                        5.740654275743891e-06, 5.798349521738595e-06, -8.918124842462482e-06, -2.614273878108624e-06,
                        -0.34999350217129294, -0.4875060250875107, -0.8522008497671888, -0.8178819121159085,
                        """)},
            {"float64", "cos",
                    doubles("""
                        8.86112211144735, 0.2265510562872315, 9.524874114154084, -8.383279522087957,
                        2.1471166399005917, -2.4702683124545484, 6.038024139716146, -6.509443677119431,
                        7.432705483753129, 0.8788280152699635, 8.044301594319766, -0.45692952321587477,
                        -1.390074445411738, 5.778934350886589, 9.683059998622426, -2.605484146951424,
                        9.378657386324697, 8.580527755308388, -6.446148284760378, 2.177032336890951,
                        4.097294911294851, 8.856073582583342, 3.3131483393150685, -7.332084890966137,
                        -0.04264802429251091, -0.12760332087770365, 0.004523786974917954, 9.171645722184945,
                        -3.001252003554904, -5.524577064435681, 0.4417400442289541, 2.823418479300564,
                        8.782141068480176, 1.6403160129409162, -4.643332194168231, 8.595493906161337,
                        -0.16549430775046936, 3.5160172986705174, -0.47922179049196245, -5.660399471560098,
                        3.851040894211213, 5.412609661834875, -6.184229894829247, -0.8016797450303681,
                        -2.763698801961816, -6.5854036110745025, -5.572966802884256, 9.250148226527568,
                        768.4461032635625, -235.41634761044156, 478.9464862700879, -916.063925637459,
                        830.1144024803448, 74.34170242820437, 640.5356070358876, -448.1234848696529,
                        -247.75237364186455, -303.91256217633895, 944.8793354225118, -141.0802341545325,
                        -0.6145189360066752, 911.9578600374525, 806.3911767014763, -209.97897947973024,
                        -385.2841605419288, 614.0958722700761, -785.056820261437, -215.62217260675993,
                        752.8676343665502, 835.2848296653065, -533.0474626766963, -842.5596989786903,
                        5.754549969164103e-06, 2.4355613079204736e-06, -5.249903647523256e-06, 1.178638842201278e-07,
                        1000000.0, 10000000000.0, 1e+22, 1e+300,
                        """),
                    doubles("""
                        -0.8453075167623983, 0.9744468841142839, -0.9949945613574811, -0.5049274295505001,
                        -0.544942312943218, -0.782998581469951, 0.9700982201855622, 0.9745125850128937,
                        0.40892535936557767, 0.6380540006098531, -0.18917308771809774, 0.8974114038284723,
                        0.17973974516260902, 0.8755366217953718, -0.9668302064757215, -0.859702938670394,
                        -0.9989366348174895, -0.6642919205174378, 0.9867508942443783, -0.569778262441931,
                        -0.5770353528672869, -0.8425994273980206, -0.9853203798150847, 0.4985252730221491,
                        0.9990907108465236, 0.9918697370609981, 0.9999897676931528, -0.9681327417941117,
                        -0.9901684033931417, 0.725794119852174, 0.9040091404035453, -0.9498081792735382,
                        -0.8005182310898545, -0.06946370172252588, -0.06900191251141849, -0.6754039056276999,
                        0.9863370436386097, -0.9307182045876005, 0.8873540151015311, 0.812256632105332,
                        -0.7587214159314563, 0.6443864580325755, 0.9951079071571195, 0.6955007516912548,
                        -0.9294437888289134, 0.9546785854943846, 0.7582194294091691, -0.984790937683639,
                        -0.3209188192899127, -0.9794457105222949, 0.14587106885336593, 0.28563322524584606,
                        0.7425398644096325, 0.4919038173626071, 0.939614463122039, -0.4318399334281142,
                        -0.9075238222659935, -0.6808123258959047, -0.7384326127295493, -0.9578324737453688,
                        0.8170509063509294, 0.6247457153786167, -0.5418704808491256, -0.8738512417488112,
                        -0.4250892423672262, -0.08538740475711659, 0.9423058967689167, -0.4105670314746408,
                        0.4405343729581561, 0.929103084272637, 0.5205610258949053, 0.8180017707281186,
                        0.9999999999834426, 0.999999999997034, 0.9999999999862192, 0.999999999999993,
                        0.9367521275331447, 0.873119622676856, 0.523214785395139, -0.5753861119575491,
                        """)},
            {"float64", "tanh",
                    doubles("""
                        12.20011694981521, 12.31763158945975, 0.6130224416856791, -8.567944796474336,
                        -17.842771904733745, -4.665244768579271, -3.661071783200054, -18.18899224390219,
                        -18.04969157091328, 19.967044602602854, 6.09476446351951, -10.619591933207042,
                        -2.602097910994317, 18.967447730370218, 15.907104324341951, 13.769241504349637,
                        -4.303813426608873, -0.27907925073029816, 7.067574073242643, -17.56789148167776,
                        2.2238446768289357, -9.14193581879594, 15.186046933396888, -17.43142250751236,
                        7.1672613208546, 14.803540093100132, -10.907258993563676, 15.817929576565042,
                        14.8878187209734, -19.25931129319157, 8.299822693487094, -19.952012656526854,
                        0.134558622146578, -2.5333179129738923, -11.86988655541741, -7.002294216975757,
                        12.248613241081742, -7.341916503820393, -14.038456658657768, 7.940479612732432,
                        -2.0582359695849526, 11.95757963852536, -10.579341707753143, -7.2086138272685485,
                        11.995181042198134, 0.2827255569356524, 0.2554000568628396, -10.55223486416546,
                        -0.9709274392723735, 0.8664478004508673, -0.82834841782634, 0.68985360294722,
                        -0.26423852217696653, 0.9020459623915988, -0.20114947684238715, 0.8728841236840061,
                        0.11231955106779412, -0.5197293433944483, 0.48284334005562557, 0.3487794297735256,
                        0.3684104247691966, -0.0723512798332655, -0.5562228816710906, 0.2818802829626219,
                        -0.7858210077254271, 0.38444454928965976, 0.27077359978142157, -0.24697494882461557,
                        0.597046691612211, -0.6119490479859109, -0.21908217240455685, 0.595867772194042,
                        -2.3904925871335285e-06, 4.265157282489042e-06, 2.250356083306237e-06, 8.820019504852037e-06,
                        9.833534339803928e-06, 4.4735250930159275e-06, 6.1768761806933995e-06, -6.942699537086544e-06,
                        """),
                    doubles("""
                        0.9999999999494008, 0.999999999959999, 0.5462511735287194, -0.9999999277217403,
                        -0.9999999999999993, -0.9998226580966828, -0.9986793839041433, -0.9999999999999997,
                        -0.9999999999999996, 1.0, 0.9999898332384459, -0.9999999988060954,
                        -0.9890730938119667, 0.9999999999999999, 0.9999999999999695, 0.9999999999978061,
                        -0.999634652777829, -0.2720526921604324, 0.9999985471765563, -0.9999999999999989,
                        0.9768597042396752, -0.9999999770678153, 0.999999999999871, -0.9999999999999986,
                        0.999998809784359, 0.9999999999997228, -0.9999999993284084, 0.9999999999999636,
                        0.9999999999997657, -1.0, 0.9999998764349709, -1.0,
                        0.1337523538087776, -0.9874717909311252, -0.999999999902056, -0.9999983445572812,
                        0.9999999999540781, -0.9999991606904495, -0.9999999999987195, 0.999999746477224,
                        -0.9679191254927464, 0.999999999917812, -0.9999999987060111, -0.9999989042604361,
                        0.9999999999237661, 0.27542576452340717, 0.24998804213047396, -0.9999999986339227,
                        -0.7491115597187354, 0.6995648494661469, -0.6795881881145797, 0.5978879442330454,
                        -0.25825567350255224, 0.71729262558732, -0.19847976581712418, 0.7028365178983549,
                        0.11184959323132027, -0.4774910916632132, 0.4485178547054701, 0.3352926357364749,
                        0.3526005454960143, -0.07222529768485386, -0.5051695922073937, 0.2746444307696266,
                        -0.6560351291535765, 0.3665610689443835, 0.264344524657273, -0.24207296971120038,
                        0.5349447261114338, -0.5454976285988322, -0.21564308808589153, 0.5341026425068643,
                        -2.3904925871289753e-06, 4.265157282463179e-06, 2.2503560833024383e-06, 8.820019504623326e-06,
                        9.833534339486966e-06, 4.473525092986086e-06, 6.176876180614842e-06, -6.9426995369749955e-06,
                        """)},
            {"float32", "exp",
                    doubles("""
                        -64.50021362304688, 0.3736259341239929, 18.2622127532959, -81.97942352294922,
                        -61.11293411254883, 75.43692779541016, -74.67639923095703, -64.28955841064453,
                        78.95748138427734, 21.829627990722656, -22.42620277404785, 2.493253707885742,
                        28.997516632080078, -38.82095718383789, -62.855587005615234, 50.90692901611328,
                        30.31310272216797, 2.666904926300049, 55.92887496948242, 9.08817195892334,
                        84.6598892211914, -51.210845947265625, 9.902813911437988, -2.365678071975708,
                        -25.17690086364746, 16.529178619384766, -45.82228469848633, 53.38547134399414,
                        64.78337097167969, -64.46705627441406, -5.262188911437988, -38.4996452331543,
                        -72.45452880859375, 69.79025268554688, -11.758978843688965, -61.154022216796875,
                        30.83841323852539, -51.6121940612793, 70.75044250488281, -48.999053955078125,
                        -81.21192932128906, -51.86543273925781, -26.494121551513672, -4.941071510314941,
                        71.5735092163086, 35.03818893432617, -27.618885040283203, -84.0464859008789,
                        -1.3607052564620972, 1.985743522644043, -0.16113607585430145, 0.7641596794128418,
                        -1.781327724456787, -1.8637988567352295, 1.3835604190826416, 0.35152775049209595,
                        -0.7651610374450684, -0.730493426322937, -1.643051028251648, -1.309321641921997,
                        -1.9016555547714233, 1.356499433517456, -0.13478721678256989, -1.4911882877349854,
                        0.9569875001907349, -1.21738862991333, -1.752319097518921, 0.3935684263706207,
                        1.5830310583114624, -1.8922263383865356, 1.2205439805984497, -1.239319920539856,
                        -8.141971648001345e-07, -9.640759799367515e-07, -4.1404987882742716e-07, 4.542234819382429e-07,
                        -1.3642098117827572e-08, 7.058399660309078e-07, -5.655774089063925e-07, -3.696345061143802e-07,
                        """),
                    doubles("""
                        9.725527329392637e-29, 1.4529935121536255, 85345032.0, 2.4933814320995747e-36,
                        2.8773316331947528e-27, 5.778850721907558e+32, 3.7021316631804675e-33, 1.2006033013603715e-28,
                        1.9534328627611712e+34, 3023339776.0, 1.8214776908997976e-10, 12.10058307647705,
                        3921583538176.0, 1.3812506713871772e-17, 5.036924065119798e-28, 1.2840986390832022e+22,
                        14615484301312.0, 14.395345687866211, 1.9480575992649915e+24, 8849.9931640625,
                        5.852247803694346e+36, 5.746616298440953e-23, 19986.53125, 0.09388561546802521,
                        1.1636192009945034e-11, 15084506.0, 1.2578666579836099e-20, 1.5311424482247058e+23,
                        1.3647733582822932e+28, 1.0053405467215519e-28, 0.005183944944292307, 1.904655821425006e-17,
                        3.415057061331655e-32, 2.039490196455554e+30, 7.818804988346528e-06, 2.7615035100373823e-27,
                        24714550444032.0, 3.8468824131207987e-23, 5.327540845521803e+30, 5.24784807328004e-22,
                        5.371643993667663e-36, 2.98626766659397e-23, 3.1170892689919016e-12, 0.007146936375647783,
                        1.2133332004751982e+31, 1647752928821248.0, 1.0122100640302945e-12, 3.1555492596111403e-37,
                        0.25647982954978943, 7.28446102142334, 0.8511762619018555, 2.1471893787384033,
                        0.1684143990278244, 0.1550823599100113, 3.989078998565674, 1.4212371110916138,
                        0.46525898575782776, 0.4816712737083435, 0.19338910281658173, 0.27000316977500916,
                        0.14932121336460114, 3.8825783729553223, 0.8739018440246582, 0.22510501742362976,
                        2.6038405895233154, 0.2960021495819092, 0.17337141931056976, 1.4822607040405273,
                        4.869693756103516, 0.15073584020137787, 3.389030933380127, 0.2895810902118683,
                        0.9999991655349731, 0.9999990463256836, 0.9999995827674866, 1.0000004768371582,
                        1.0, 1.0000007152557373, 0.999999463558197, 0.9999995827674866,
                        """)},
            {"float32", "log",
                    doubles("""
                        1.1266425066881024e+16, 498.3687438964844, 304.46600341796875, 9660.7548828125,
                        2.4317443404988416e+16, 1.9498704098273373e+29, 6.310765805244896e+22, 1.237986827411035e-16,
                        2.3475173031292082e+27, 1.2591181725568798e-20, 137827500032.0, 2.5011717738577543e+32,
                        1.1494200226302438e+34, 1.0205743064920798e+32, 3.3455510560628644e+21, 0.02271275222301483,
                        1.4824491857293467e-28, 9.102440253760716e+21, 1.9022010471391796e+23, 3.4238603110383616e+17,
                        109478.578125, 3.158569386601174e+32, 5.5961162787054874e-11, 7.416278494931071e-31,
                        5.526450918489032e+33, 7.672043951849959e+28, 29013743501312.0, 1.8715558052062988,
                        1.8278163016097952e+33, 0.00014885130804032087, 5.818520510466458e+32, 29231782297600.0,
                        3.694506272539226e+34, 161241760.0, 6.448043054357866e-14, 2.6910784072242677e-05,
                        136932784.0, 8.640202459510445e-16, 9.169166612987997e-28, 2.0283807726362055e+30,
                        3.3505356964254334e+21, 1.0003068530982399e+23, 0.004571274388581514, 2.247158959540398e-29,
                        6.0673705038973716e+29, 2.0609752482414478e-07, 2.5853995574105245e-27, 1.5785376178677744e+19,
                        1.8185889720916748, 1.9433441162109375, 0.8610813617706299, 1.8376052379608154,
                        1.542305827140808, 0.6023047566413879, 0.8159432411193848, 0.7830379605293274,
                        0.6160857677459717, 1.531114935874939, 0.965211033821106, 1.5376598834991455,
                        0.6225627660751343, 1.8068147897720337, 1.5433597564697266, 1.6732451915740967,
                        1.4096719026565552, 1.1865884065628052, 0.7895258069038391, 1.9135441780090332,
                        0.7181651592254639, 1.2820124626159668, 0.6821497082710266, 0.6625906825065613,
                        1.0000003576278687, 1.0000008344650269, 0.9999999403953552, 1.0000005960464478,
                        1.0000007152557373, 1.0000001192092896, 1.0000005960464478, 0.9999995827674866,
                        """),
                    doubles("""
                        36.960601806640625, 6.211340427398682, 5.718559265136719, 9.175827026367188,
                        37.7299690246582, 67.44273376464844, 52.49913024902344, -36.62787628173828,
                        63.023155212402344, -45.8212890625, 25.649269104003906, 74.59947967529297,
                        78.42715454101562, 73.70308685302734, 49.561920166015625, -3.7848286628723145,
                        -64.07868957519531, 50.562828063964844, 53.60247039794922, 40.37471389770508,
                        11.603484153747559, 74.83283996582031, -23.60636329650879, -69.37645721435547,
                        77.69485473632812, 66.50996398925781, 30.998790740966797, 0.6267700791358948,
                        76.58843231201172, -8.812562942504883, 75.44377136230469, 31.006277084350586,
                        79.59474182128906, 18.898414611816406, -30.37241554260254, -10.52298355102539,
                        18.735000610351562, -34.6849365234375, -62.256534576416016, 69.7847900390625,
                        49.56340789794922, 52.95976257324219, -5.38796329498291, -65.96530151367188,
                        68.57789611816406, -15.394916534423828, -61.21991729736328, 44.20561599731445,
                        0.5980609059333801, 0.6644102334976196, -0.14956629276275635, 0.6084632277488708,
                        0.43327856063842773, -0.5069917440414429, -0.20341049134731293, -0.24457409977912903,
                        -0.48436909914016724, 0.42599618434906006, -0.03540851175785065, 0.4302617013454437,
                        -0.4739108383655548, 0.5915654897689819, 0.4339616894721985, 0.5147649645805359,
                        0.3433569669723511, 0.1710823029279709, -0.23632274568080902, 0.6489571332931519,
                        -0.33105573058128357, 0.24843107163906097, -0.3825061321258545, -0.4115978479385376,
                        3.5762778338721546e-07, 8.344647426383744e-07, -5.960465188081798e-08, 5.960463340670685e-07,
                        7.152555099310121e-07, 1.1920927533992653e-07, 5.960463340670685e-07, -4.1723259869286267e-07,
                        """)},
            {"float32", "sin",
                    doubles("""
                        7.295951843261719, 7.106050491333008, 6.220468044281006, -4.771072864532471,
                        -8.456010818481445, 8.929315567016602, 2.27583384513855, -9.94738483428955,
                        8.20814323425293, 9.696069717407227, -4.2740678787231445, 6.27322244644165,
                        -8.35184097290039, -1.2343990802764893, 6.3540754318237305, -1.8253333568572998,
                        0.35499414801597595, -7.6592020988464355, 6.280130386352539, -0.04265183210372925,
                        -5.034416198730469, 5.5337233543396, 9.584566116333008, 0.7668646574020386,
                        4.743004322052002, 9.85521411895752, -9.39745044708252, 1.9795531034469604,
                        9.345905303955078, -7.653268337249756, -5.537970066070557, 1.0045677423477173,
                        4.4465460777282715, 1.0550483465194702, 0.9540359377861023, -8.969223022460938,
                        4.7845940589904785, -3.5859696865081787, -8.52076244354248, 9.169366836547852,
                        3.1934263706207275, -0.8843408226966858, 4.653029441833496, -0.44219937920570374,
                        -7.505573272705078, 2.09159779548645, 4.938728332519531, 4.882936477661133,
                        103.13480377197266, 856.9830322265625, 891.4251098632812, 749.7393188476562,
                        -256.7127380371094, -464.4598388671875, 59.623966217041016, 308.62042236328125,
                        -678.8134765625, 118.92906951904297, -122.1034927368164, -996.67041015625,
                        -162.34042358398438, -200.20220947265625, 926.7785034179688, -890.9703979492188,
                        857.092041015625, 816.6389770507812, 199.60049438476562, -625.5419311523438,
                        582.608642578125, -676.9566040039062, -358.71923828125, 332.8461608886719,
                        -1.4952939864087966e-06, -7.814956575202814e-07, -3.93685559174628e-06, -9.255254553863779e-06,
                        10000.0, 1000000.0, 12345.677734375,
                        """),
                    doubles("""
                        0.848300039768219, 0.733097493648529, -0.06267616152763367, 0.9982786178588867,
                        -0.8241881132125854, 0.4754384756088257, 0.7615872621536255, 0.4991407096385956,
                        0.9379375576972961, -0.26797616481781006, 0.9054654836654663, -0.009962695650756359,
                        -0.8786068558692932, -0.9439499974250793, 0.07083076238632202, -0.9677799940109253,
                        0.34758487343788147, -0.9810903668403625, -0.0030549161601811647, -0.04263890162110329,
                        0.9485957622528076, -0.681244969367981, -0.15910907089710236, 0.6938809156417847,
                        -0.9995313882827759, -0.41726723313331604, -0.027324112132191658, 0.9176156520843506,
                        0.07879091054201126, -0.9799246191978455, 0.678130030632019, 0.843930184841156,
                        -0.9648714065551758, 0.8699240684509277, 0.8157564997673035, -0.4399607181549072,
                        -0.997394323348999, 0.4298954904079437, -0.7858166694641113, 0.2526431977748871,
                        -0.051810506731271744, -0.7734973430633545, -0.998238742351532, -0.4279283285140991,
                        -0.939917266368866, 0.8674206733703613, -0.9744943976402283, -0.9854919910430908,
                        0.512208104133606, 0.6223663091659546, -0.7083823680877686, 0.8918077349662781,
                        0.7819945812225342, 0.47580045461654663, 0.0662456527352333, 0.6774882078170776,
                        -0.2274550050497055, -0.43627193570137024, -0.4065006971359253, 0.7072063684463501,
                        0.8533586859703064, 0.7576600909233093, -0.008670500479638577, 0.9464044570922852,
                        0.533517062664032, -0.1742192953824997, -0.9940260648727417, 0.3569428324699402,
                        -0.9877328872680664, 0.998397946357727, -0.5460783243179321, -0.16194404661655426,
                        -1.4952939864087966e-06, -7.814956575202814e-07, -3.93685559174628e-06, -9.255254553863779e-06,
                        -0.3056143820285797, -0.349993497133255, -0.7042699456214905,
                        """)},
            {"float32", "cos",
                    doubles("""
                        6.619666576385498, -2.781066656112671, 4.054786205291748, 7.202375888824463,
                        2.8263494968414307, 0.9672641754150391, 5.246268272399902, 4.326287746429443,
                        -0.6566249132156372, 1.4491788148880005, 4.92644739151001, -8.728721618652344,
                        2.937520742416382, 4.721142768859863, -2.0248231887817383, 0.1436506062746048,
                        -5.4255876541137695, 3.0038836002349854, 9.425684928894043, -4.02573823928833,
                        -0.7433842420578003, 7.832277774810791, 1.028017520904541, -1.5707051753997803,
                        3.3658149242401123, -9.38359546661377, -6.924071788787842, 7.4264678955078125,
                        -6.835203170776367, -9.410663604736328, 8.527911186218262, 5.05570125579834,
                        9.548614501953125, 5.194378852844238, 8.456167221069336, -3.1117310523986816,
                        5.092652320861816, -6.711832523345947, 6.477802276611328, 4.646240711212158,
                        -6.173360824584961, -6.320655822753906, -6.6259236335754395, 6.377467632293701,
                        3.2865073680877686, -4.383647918701172, 3.0884532928466797, 3.7204322814941406,
                        377.76483154296875, 991.9337158203125, 689.9273681640625, -140.02906799316406,
                        -905.8643798828125, -542.8095092773438, -850.3866577148438, 568.9014282226562,
                        586.6640014648438, -571.4655151367188, 896.9421997070312, -353.8177795410156,
                        -68.16786193847656, 161.90003967285156, 995.9483032226562, 793.7554931640625,
                        -711.3688354492188, 786.9783325195312, -593.6181640625, 605.9987182617188,
                        342.94317626953125, -696.8147583007812, -892.8739624023438, 858.8591918945312,
                        -9.90214084595209e-06, -7.04682770447107e-06, 9.489808689977508e-06, 3.939604539482389e-06,
                        10000.0, 1000000.0, 12345.677734375,
                        """),
                    doubles("""
                        0.9439222812652588, -0.9357113838195801, -0.6112213134765625, 0.6064639091491699,
                        -0.950721025466919, 0.5675541162490845, 0.508876621723175, -0.37657955288887024,
                        0.7920570373535156, 0.12131793051958084, 0.21242742240428925, -0.7673767805099487,
                        -0.9792494773864746, 0.008753676898777485, -0.4385879635810852, 0.9896999597549438,
                        0.6542561650276184, -0.9905331134796143, -0.9999995827674866, -0.6339505314826965,
                        0.7361823916435242, 0.021702155470848083, 0.5165174007415771, 9.115139255300164e-05,
                        -0.9749673008918762, -0.9991521239280701, 0.8015660643577576, 0.4146096110343933,
                        0.8514680862426758, -0.9999004006385803, -0.6240612864494324, 0.3366079032421112,
                        -0.9923420548439026, 0.46354326605796814, -0.566444993019104, -0.9995541572570801,
                        0.371165007352829, 0.9095288515090942, 0.981121838092804, -0.06610003858804703,
                        0.9939753413200378, 0.9992980360984802, 0.9418379068374634, 0.9955587387084961,
                        -0.9895182251930237, -0.3228517770767212, -0.9985884428024292, -0.8370980024337769,
                        0.715320885181427, 0.689815104007721, 0.34081220626831055, -0.22621959447860718,
                        0.466297447681427, -0.7737734317779541, -0.5529035925865173, -0.9629237651824951,
                        -0.6867231726646423, 0.9540426135063171, 0.01749621517956257, -0.3788987398147583,
                        0.5839775204658508, 0.10780807584524155, -0.9979888796806335, -0.4823610782623291,
                        0.20053167641162872, -0.009372658096253872, -0.9898146390914917, -0.9464744329452515,
                        -0.8729509115219116, 0.8145688772201538, 0.78898024559021, -0.35825565457344055,
                        1.0, 1.0, 1.0, 1.0,
                        -0.952155351638794, 0.9367521405220032, 0.7099323272705078,
                        """)},
            {"float32", "tanh",
                    doubles("""
                        7.709734916687012, 12.632684707641602, -6.223729610443115, -18.206472396850586,
                        2.8638901710510254, -14.150182723999023, 8.750855445861816, -6.185739994049072,
                        -1.719612956047058, 19.03751564025879, 11.258641242980957, 13.751602172851562,
                        2.204575300216675, 17.664854049682617, -19.2669677734375, 15.56735610961914,
                        -4.409660816192627, -10.730395317077637, 1.3757691383361816, 17.78761100769043,
                        -6.760067462921143, 16.344846725463867, -1.3067355155944824, 18.691511154174805,
                        10.569079399108887, 11.33415412902832, -5.538900852203369, 3.51151967048645,
                        -10.05803394317627, 12.005545616149902, -9.658935546875, 6.904387950897217,
                        -16.986183166503906, -10.125207901000977, -5.675182342529297, -13.117781639099121,
                        -9.588186264038086, -11.92786979675293, -18.409452438354492, -6.285240173339844,
                        -1.2700127363204956, -3.3060226440429688, 15.980956077575684, -16.445024490356445,
                        4.958639621734619, -6.0505290031433105, -18.96129035949707, 10.919939994812012,
                        -0.15597151219844818, 0.9524047374725342, 0.5490348935127258, 0.737608015537262,
                        0.13198663294315338, -0.32097142934799194, 0.7087762355804443, -0.17367812991142273,
                        0.7426366806030273, 0.826433539390564, -0.291735976934433, 0.45043087005615234,
                        0.627419114112854, 0.9957482218742371, -0.08505557477474213, -0.5985759496688843,
                        -0.48353850841522217, -0.23664601147174835, -0.8571901321411133, 0.3861570656299591,
                        -0.886288046836853, -0.070090152323246, 0.9959842562675476, -0.19344525039196014,
                        -5.789262559119379e-06, -1.8272394299856387e-06, -4.7743856157467235e-06, -5.958715973974904e-06,
                        -4.782551513926592e-06, -3.87290128855966e-06, -8.544276965949393e-07, -4.3392960833443794e-06,
                        """),
                    doubles("""
                        0.9999996423721313, 1.0, -0.9999921321868896, -1.0,
                        0.9935125112533569, -1.0, 0.9999999403953552, -0.9999915361404419,
                        -0.9378163814544678, 1.0, 1.0, 1.0,
                        0.9759613871574402, 1.0, -1.0, 1.0,
                        -0.9997043609619141, -1.0, 0.8800003528594971, 1.0,
                        -0.9999973177909851, 1.0, -0.8634470701217651, 1.0,
                        1.0, 1.0, -0.9999691247940063, 0.99821937084198,
                        -1.0, 1.0, -0.9999999403953552, 0.9999979734420776,
                        -1.0, -1.0, -0.9999765157699585, -1.0,
                        -0.9999999403953552, -1.0, -1.0, -0.9999930262565613,
                        -0.8538011312484741, -0.9973154664039612, 1.0, -1.0,
                        0.9999014139175415, -0.999988853931427, -1.0, 1.0,
                        -0.15471892058849335, 0.7408697605133057, 0.4997965693473816, 0.6276978254318237,
                        0.13122551143169403, -0.3103850483894348, 0.6099088788032532, -0.17195266485214233,
                        0.6307355165481567, 0.6785563826560974, -0.2837318181991577, 0.4222531020641327,
                        0.5562725067138672, 0.7598026990890503, -0.08485105633735657, -0.5360354781150818,
                        -0.4490729868412018, -0.23232527077198029, -0.6948071718215942, 0.36804255843162537,
                        -0.709555447101593, -0.0699756070971489, 0.7599024772644043, -0.1910678595304489,
                        -5.789262559119379e-06, -1.8272394299856387e-06, -4.7743856157467235e-06, -5.958715973974904e-06,
                        -4.782551513926592e-06, -3.87290128855966e-06, -8.544276965949393e-07, -4.3392960833443794e-06,
                        """)},
    };
    // </generated:transcendentals>

    // <generated:reductions> by gen_semantics_fixtures.py with NumPy 2.4.6; do not edit by hand
    /** np.sum(np.array(5.0)), also with axis=0, axis=-1 */
    static final double SUM_0D = 5.0;
    /** np.prod(np.array(5.0)) */
    static final double PROD_0D = 5.0;
    /** np.sum(np.array(7, int32)) (int64) */
    static final long SUM_0D_I32 = 7L;
    /** np.max(np.array(5.0)) */
    static final double MAX_0D = 5.0;
    /** np.argmax(np.array(5.0)) */
    static final long ARGMAX_0D = 0L;
    /** np.sum(np.array([])) */
    static final double SUM_EMPTY = 0.0;
    /** np.prod(np.array([])) */
    static final double PROD_EMPTY = 1.0;
    /** np.sum(np.array([], int32)) (int64) */
    static final long SUM_EMPTY_I32 = 0L;
    /** np.prod(np.array([], int32)) (int64) */
    static final long PROD_EMPTY_I32 = 1L;
    /** np.any(np.array([])) */
    static final boolean ANY_EMPTY = false;
    /** np.all(np.array([])) */
    static final boolean ALL_EMPTY = true;
    /** np.sum(np.zeros((0, 3)), axis=0), np.prod(...), np.any(...), np.all(...). */
    static final double[] SUM_0x3_AXIS0 = new double[] {0.0, 0.0, 0.0};
    static final double[] PROD_0x3_AXIS0 = new double[] {1.0, 1.0, 1.0};
    static final boolean[] ANY_0x3_AXIS0 = new boolean[] {false, false, false};
    static final boolean[] ALL_0x3_AXIS0 = new boolean[] {true, true, true};
    /** np.max(np.zeros((3, 0)), axis=0).shape and np.sum(np.zeros((3, 0)), axis=1). */
    static final long[] MAX_3x0_AXIS0_SHAPE = new long[] {0L};
    static final double[] SUM_3x0_AXIS1 = new double[] {0.0, 0.0, 0.0};
    /** NumPy's ValueError text. */
    static final String MAX_EMPTY_MESSAGE = "zero-size array to reduction operation maximum which has no identity";
    /** NumPy's ValueError text. */
    static final String MIN_EMPTY_MESSAGE = "zero-size array to reduction operation minimum which has no identity";
    /** NumPy's ValueError text. */
    static final String ARGMAX_EMPTY_MESSAGE = "attempt to get argmax of an empty sequence";
    /** np.std(np.arange(12)) */
    static final double STD_ARANGE12 = 3.452052529534663;
    /** np.std(np.arange(12), ddof=1) */
    static final double STD_ARANGE12_DDOF1 = 3.605551275463989;
    /** np.std(np.arange(12), ddof=11) */
    static final double STD_ARANGE12_DDOF11 = 11.958260743101398;
    /** np.var(np.arange(12)) */
    static final double VAR_ARANGE12 = 11.916666666666666;
    /** np.var(np.arange(12), ddof=1) */
    static final double VAR_ARANGE12_DDOF1 = 13.0;
    /** np.mean(np.arange(12)) */
    static final double MEAN_ARANGE12 = 5.5;
    /** np.std(np.arange(12).reshape(3, 4), axis=0, ddof=1) and np.var(..., axis=1). */
    static final double[] STD_3x4_AXIS0_DDOF1 = new double[] {4.0, 4.0, 4.0, 4.0};
    static final double[] VAR_3x4_AXIS1 = new double[] {1.25, 1.25, 1.25};
    /** np.var(np.array([MAX, MIN], int32)) (float64) */
    static final double VAR_I32_MAX_MIN = 4.611686016279904e+18;
    /** np.mean(np.array([MAX, MAX], int32)) (float64, no overflow) */
    static final double MEAN_I32_MAX_MAX = 2147483647.0;
    /** np.var(np.array([1e4+1, 1e4+2, 1e4+3], float32)) (float32) */
    static final double VAR_F32_1E4 = 0.6666666865348816;
    /** np.mean(np.array([1, 2, 4], float32)) (float32) */
    static final double MEAN_F32_124 = 2.3333332538604736;
    /** np.mean([True, False, True, True]) */
    static final double MEAN_BOOL = 0.75;
    /** np.sum([True, False, True, True]) (int64) */
    static final long SUM_BOOL = 3L;
    /** np.max([False, True, False]) (bool) */
    static final boolean MAX_BOOL = true;
    // </generated:reductions>
}
