package org.ndjit;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Element semantics against NumPy (SEMANTICS 1.2-1.10), one test per row of the tables in
 * {@code src/test/resources/semantics/*.tsv}. The tables are written by {@code generate.py} beside them
 * from NumPy's answers, with the library's documented divergences applied there; its docstring
 * describes the format. Each row is built through the public API ({@link NDArray}, {@link Np}) and
 * checked twice: computed by the library (planned, fused, compiled kernels) and by the eager
 * {@link ReferenceEvaluator} on the same graph.
 *
 * <p>Comparisons: {@code exact} rows are bit for bit (any NaN equals any NaN; the sign of zero counts
 * unless the row says {@code +-0}, where NumPy leaves it unspecified); {@code ulps=N} rows (exp, log,
 * sin, cos, tanh, float pow: 2 ulp in float64, 4 in float32; var and std: 4) are within N units in the
 * last place of the result dtype. Rows marked {@code known-bug} are skipped while they still diverge.
 * What a table cannot hold (a 100,000-element array, compositions) is in the plain tests at the end.
 */
class ElementwiseSemanticsTableTest {
    static final String[] FILES = {"cases", "grids", "weak", "unary", "astype", "where_clip", "reductions",
            "dtypes/elementwise", "dtypes/reductions"}; // the last two: the seven dtypes of issue 17 (gen_dtype_fixtures.py)

    /** One line of a table. */
    record Row(String file, int line, String id, String op, String operands, String expected, String check, String source) {
        String where() { return file + ".tsv:" + line + " " + id + " [" + source + "]"; }
    }

    static List<Row> read(String file) {
        String path = (file.contains("/") ? file : "semantics/" + file) + ".tsv";
        List<Row> rows = new ArrayList<>();
        try (InputStream in = ElementwiseSemanticsTableTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing test resource " + path);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length != 6) throw new IllegalStateException(path + ":" + n + ": expected 6 tab-separated fields, got " + f.length);
                rows.add(new Row(file, n, f[0], f[1], f[2], f[3], f[4], f[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static Stream<Arguments> rows() {
        return Arrays.stream(FILES).flatMap(f -> read(f).stream()).map(r -> Arguments.of(Named.of(r.id(), r)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void row(Row row) {
        if (row.source().startsWith("known-bug")) {
            String failure = null;
            try {
                check(row);
            } catch (AssertionError e) {
                failure = e.getMessage();
            }
            if (failure == null) fail(row.where() + ": now matches NumPy; remove the known-bug mark in generate.py");
            abort("known divergence from NumPy: " + failure);
        }
        check(row);
    }

    // ---- Checking one row. ----

    private static void check(Row row) {
        List<Object> args = new ArrayList<>();
        for (String o : row.operands().split(";")) args.add(operand(o));
        Supplier<NDArray> build = () -> apply(row.op(), args);
        String where = row.where();

        if (row.expected().startsWith("!")) {
            String[] phase = row.expected().substring(1).split(" ", 2);
            int colon = phase[1].indexOf(": ");
            Class<? extends Throwable> type = exceptionClass(phase[1].substring(0, colon));
            String text = phase[1].substring(colon + 2);
            if (phase[0].equals("build")) {
                assertMessage(assertThrows(type, build::get, where + ": building must throw"), text, where);
            } else {
                NDArray r = assertDoesNotThrow(build::get, where + ": building must not throw (only computing does)");
                assertMessage(assertThrows(type, r::eval, where + ": computing must throw"), text, where + " (compiled)");
                assertMessage(assertThrows(type, () -> ReferenceEvaluator.evaluate(r.node()), where + ": the reference must throw"),
                        text, where + " (reference)");
            }
            return;
        }

        Expected e = Expected.parse(row.expected());
        boolean anyZeroSign = row.check().endsWith(" +-0");
        String c = anyZeroSign ? row.check().substring(0, row.check().length() - 4) : row.check();
        int ulps = c.equals("exact") ? 0 : Integer.parseInt(c.substring("ulps=".length()));
        NDArray r = assertDoesNotThrow(build::get, where + ": building");
        assertEquals(e.dtype, r.dtype().toString(), where + ": dtype");
        assertArrayEquals(e.shape, r.shape(), where + ": shape");
        StridedArray ref = ReferenceEvaluator.evaluate(r.node());
        assertEquals(e.dtype, ref.dtype().toString(), where + ": reference dtype");
        assertArrayEquals(e.shape, ref.shape(), where + ": reference shape");
        int n = e.values.length;
        double[] refD = new double[n];
        long[] refL = new long[n];
        boolean[] refB = new boolean[n];
        for (int i = 0; i < n; i++) {
            switch (ref.dtype().kind()) {
                case FLOAT -> refD[i] = ref.getDoubleFlat(i);
                case INT -> refL[i] = ref.getLongFlat(i);
                case BOOL -> refB[i] = ref.getBoolFlat(i);
            }
        }
        Inputs inputs = new Inputs(row.op(), args, e.shape);
        switch (r.dtype().kind()) {
            case FLOAT -> {
                compare(where + " (compiled)", e, r.toDoubleArray(), ulps, anyZeroSign, inputs);
                compare(where + " (reference)", e, refD, ulps, anyZeroSign, inputs);
            }
            case INT -> {
                compare(where + " (compiled)", e, r.toLongArray(), inputs); // uint64: bits, as the expected values
                compare(where + " (reference)", e, refL, inputs);
            }
            case BOOL -> {
                compare(where + " (compiled)", e, r.toBooleanArray(), inputs);
                compare(where + " (reference)", e, refB, inputs);
            }
        }
    }

    private static void compare(String where, Expected e, double[] got, int ulps, boolean anyZeroSign, Inputs inputs) {
        boolean f32 = e.dtype.equals("float32");
        int ulpsHere = e.dtype.equals("float16") ? ulps << 13 : ulps; // a float16 ulp is 2^13 float32 ulps (normal range)
        f32 |= e.dtype.equals("float16");
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < got.length; i++) {
            if (!matches(e.d(i), got[i], ulpsHere, f32, anyZeroSign)) bad.add(inputs.at(i) + ": expected " + show(e.d(i), f32) + ", got " + show(got[i], f32));
        }
        report(where, bad, got.length);
    }

    private static void compare(String where, Expected e, long[] got, Inputs inputs) {
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < got.length; i++) if (e.l(i) != got[i]) bad.add(inputs.at(i) + ": expected " + e.l(i) + ", got " + got[i]);
        report(where, bad, got.length);
    }

    private static void compare(String where, Expected e, boolean[] got, Inputs inputs) {
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < got.length; i++) if (e.b(i) != got[i]) bad.add(inputs.at(i) + ": expected " + e.b(i) + ", got " + got[i]);
        report(where, bad, got.length);
    }

    private static void report(String where, List<String> bad, int n) {
        if (!bad.isEmpty()) fail(where + ": " + bad.size() + " of " + n + " elements differ: " + String.join("; ", bad.subList(0, Math.min(8, bad.size()))));
    }

    /** Bit equality except that any NaN equals any NaN; or within {@code ulps} of the result dtype. */
    static boolean matches(double expected, double actual, int ulps, boolean f32, boolean anyZeroSign) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) return Double.isNaN(expected) && Double.isNaN(actual);
        if (expected == 0 && actual == 0) {
            return anyZeroSign || Double.doubleToRawLongBits(expected) == Double.doubleToRawLongBits(actual);
        }
        if (ulps == 0) return Double.doubleToRawLongBits(expected) == Double.doubleToRawLongBits(actual);
        long a = f32 ? ordered((float) expected) : ordered(expected), b = f32 ? ordered((float) actual) : ordered(actual);
        long d = a >= b ? a - b : b - a;
        return d >= 0 && d <= ulps; // d < 0: overflowed, far apart
    }

    /** A position on a line where adjacent doubles are adjacent integers (+0.0 and -0.0 both at 0; inf next to MAX_VALUE). */
    private static long ordered(double d) {
        long bits = Double.doubleToRawLongBits(d);
        return bits < 0 ? -(bits & Long.MAX_VALUE) : bits;
    }

    private static long ordered(float f) {
        int bits = Float.floatToRawIntBits(f);
        return bits < 0 ? -(long) (bits & Integer.MAX_VALUE) : bits;
    }

    private static String show(double v, boolean f32) {
        return f32 ? Float.toString((float) v) + " (0x" + Integer.toHexString(Float.floatToRawIntBits((float) v)) + ")"
                : v + " (0x" + Long.toHexString(Double.doubleToRawLongBits(v)) + ")";
    }

    private static void assertMessage(Throwable t, String text, String where) {
        assertTrue(t.getMessage() != null && t.getMessage().contains(text),
                where + ": the message should contain \"" + text + "\": " + t.getMessage());
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Throwable> exceptionClass(String simpleName) {
        try {
            return (Class<? extends Throwable>) Class.forName("java.lang." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("unknown exception " + simpleName, e);
        }
    }

    // ---- Operands, expected values. ----

    /** An array operand as written: its dtype, shape and text values, and whether it is read transposed. */
    record ArrayOperand(String dtype, long[] shape, boolean transposed, String[] values) {
        NDArray build() {
            int n = values.length;
            NDArray a = switch (dtype) {
                case "float64" -> {
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) v[i] = parseDouble(values[i]);
                    yield Np.array(v);
                }
                case "float32" -> {
                    float[] v = new float[n];
                    for (int i = 0; i < n; i++) v[i] = parseFloat(values[i]);
                    yield Np.array(v);
                }
                case "int64" -> {
                    long[] v = new long[n];
                    for (int i = 0; i < n; i++) v[i] = Long.parseLong(values[i]);
                    yield Np.array(v);
                }
                case "int32" -> {
                    int[] v = new int[n];
                    for (int i = 0; i < n; i++) v[i] = Integer.parseInt(values[i]);
                    yield Np.array(v);
                }
                case "bool" -> {
                    boolean[] v = new boolean[n];
                    for (int i = 0; i < n; i++) v[i] = parseBool(values[i]);
                    yield Np.array(v);
                }
                case "float16" -> {
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) v[i] = parseHalf(values[i]);
                    yield Np.array(v).astype(DType.FLOAT16); // exact: every float16 is a double
                }
                default -> {
                    long[] v = new long[n];
                    for (int i = 0; i < n; i++) v[i] = parseInteger(dtype, values[i]);
                    yield Np.array(v).astype(DType.named(dtype)); // int8 ... uint64: in range, or uint64's bits
                }
            };
            a = a.reshape(shape);
            return transposed ? a.T() : a;
        }

        /** The shape this operand has in the expression. */
        long[] viewShape() {
            if (!transposed) return shape;
            long[] s = new long[shape.length];
            for (int i = 0; i < s.length; i++) s[i] = shape[s.length - 1 - i];
            return s;
        }

        /** The element at a (broadcast) index of the expression's result, as text. */
        String at(long[] index) {
            long[] vs = viewShape();
            int off = index.length - vs.length;
            long[] idx = new long[vs.length];
            for (int k = 0; k < vs.length; k++) idx[k] = vs[k] == 1 ? 0 : index[off + k];
            if (transposed) {
                long[] t = new long[idx.length];
                for (int k = 0; k < idx.length; k++) t[k] = idx[idx.length - 1 - k];
                idx = t;
            }
            long flat = 0;
            for (int k = 0; k < shape.length; k++) flat = flat * shape[k] + idx[k];
            String v = values[(int) flat];
            return switch (dtype) {
                case "float64" -> Double.toString(parseDouble(v));
                case "float32" -> Float.toString(parseFloat(v));
                case "float16" -> Double.toString(parseHalf(v));
                default -> v;
            };
        }
    }

    /** The operand list of a row: a weak {@code Long} or {@code Double}, or an {@link ArrayOperand}. */
    static Object operand(String text) {
        if (text.startsWith("long=")) return Long.parseLong(text.substring(5));
        if (text.startsWith("double=")) return parseDouble(text.substring(7));
        int open = text.indexOf('['), close = text.indexOf(']'), eq = text.indexOf('=');
        String dims = text.substring(open + 1, close), values = text.substring(eq + 1);
        return new ArrayOperand(text.substring(0, open), longs(dims), text.startsWith(".T", close + 1),
                values.isEmpty() ? new String[0] : values.split(","));
    }

    /** An expected result: dtype, shape and values. */
    record Expected(String dtype, long[] shape, String[] values) {
        static Expected parse(String text) {
            ArrayOperand a = (ArrayOperand) operand(text);
            return new Expected(a.dtype(), a.shape(), a.values());
        }

        double d(int i) {
            return switch (dtype) {
                case "float32" -> parseFloat(values[i]);
                case "float16" -> parseHalf(values[i]);
                default -> parseDouble(values[i]);
            };
        }
        long l(int i) { return parseInteger(dtype, values[i]); }
        boolean b(int i) { return parseBool(values[i]); }
    }

    static double parseDouble(String hexBits) { return Double.longBitsToDouble(Long.parseUnsignedLong(hexBits, 16)); }

    static float parseFloat(String hexBits) { return Float.intBitsToFloat(Integer.parseUnsignedInt(hexBits, 16)); }

    static double parseHalf(String hexBits) { return Float.float16ToFloat((short) Integer.parseUnsignedInt(hexBits, 16)); }

    /** An integer element as {@link NDArray#toLongArray} gives it: its value, and for uint64 its bits. */
    static long parseInteger(String dtype, String v) { return dtype.equals("uint64") ? Long.parseUnsignedLong(v) : Long.parseLong(v); }

    static boolean parseBool(String v) {
        return switch (v) {
            case "1" -> true;
            case "0" -> false;
            default -> throw new IllegalArgumentException("bool " + v);
        };
    }

    static long[] longs(String commaSeparated) {
        return commaSeparated.isEmpty() ? new long[0] : Arrays.stream(commaSeparated.split(",")).mapToLong(Long::parseLong).toArray();
    }

    /** For failure messages: the operands' elements that produced result element i (elementwise ops only). */
    private record Inputs(String op, List<Object> args, long[] shape) {
        String at(int flat) {
            if (REDUCTIONS.contains(op.split(" ")[0])) return "[" + flat + "]";
            long[] index = new long[shape.length];
            long rest = flat;
            for (int k = shape.length - 1; k >= 0; k--) {
                index[k] = rest % shape[k];
                rest /= shape[k];
            }
            List<String> parts = new ArrayList<>();
            for (Object a : args) parts.add(a instanceof ArrayOperand x ? x.at(index) : a.toString());
            return "[" + flat + "] " + op + "(" + String.join(", ", parts) + ")";
        }
    }

    // ---- Applying an op: the row's op names the Java method. ----

    static final Set<String> REDUCTIONS = Set.of("sum", "prod", "max", "min", "any", "all", "mean", "var", "std", "argmax", "argmin");

    static NDArray apply(String op, List<Object> operands) {
        String[] words = op.split(" ");
        String name = words[0];
        List<Object> args = new ArrayList<>();
        for (Object o : operands) args.add(o instanceof ArrayOperand a ? a.build() : o);
        if (REDUCTIONS.contains(name)) return reduce(name, words, (NDArray) args.get(0));
        if (name.equals("astype")) return ((NDArray) args.get(0)).astype(DType.valueOf(words[1].toUpperCase()));
        if (name.startsWith("Np.")) return invoke(Np.class, null, name.substring(3), args);
        return invoke(NDArray.class, args.get(0), name, args.subList(1, args.size()));
    }

    private static NDArray reduce(String name, String[] words, NDArray x) {
        int[] axes = null;
        boolean keepDims = false;
        int ddof = 0;
        for (int k = 1; k < words.length; k++) {
            String[] kv = words[k].split("=");
            switch (kv[0]) {
                case "axis" -> axes = new int[] {Integer.parseInt(kv[1])};
                case "keepdims" -> keepDims = kv[1].equals("1");
                case "ddof" -> ddof = Integer.parseInt(kv[1]);
                default -> throw new IllegalArgumentException("parameter " + words[k]);
            }
        }
        return switch (name) {
            case "sum" -> x.sum(axes, keepDims);
            case "prod" -> x.prod(axes, keepDims);
            case "max" -> x.max(axes, keepDims);
            case "min" -> x.min(axes, keepDims);
            case "any" -> x.any(axes, keepDims);
            case "all" -> x.all(axes, keepDims);
            case "mean" -> x.mean(axes, keepDims);
            case "var" -> x.var(axes, keepDims, ddof);
            case "std" -> x.std(axes, keepDims, ddof);
            case "argmax" -> axes == null ? x.argmax() : x.argmax(axes[0], keepDims);
            case "argmin" -> axes == null ? x.argmin() : x.argmin(axes[0], keepDims);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Calls the public method {@code name} whose parameters take these arguments (NDArray, long or double). */
    private static NDArray invoke(Class<?> owner, Object receiver, String name, List<Object> args) {
        Class<?>[] types = new Class<?>[args.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = switch (args.get(i)) {
                case NDArray a -> NDArray.class;
                case Long l -> long.class;
                case Double d -> double.class;
                default -> throw new IllegalArgumentException(String.valueOf(args.get(i)));
            };
        }
        Method m;
        try {
            m = owner.getMethod(name, types);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("no public " + owner.getSimpleName() + "." + name + Arrays.toString(types), e);
        }
        try {
            return (NDArray) m.invoke(receiver, args.toArray());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- The tables themselves. ----

    /** Every op over every dtype (and pair of dtypes) has its rows, and ids are unique. */
    @Test
    void tablesAreComplete() {
        Set<String> ids = new HashSet<>();
        List<String> duplicate = new ArrayList<>();
        for (String f : FILES) for (Row r : read(f)) if (!ids.add(r.id())) duplicate.add(r.id());
        assertTrue(duplicate.isEmpty(), "duplicate ids: " + duplicate);
        String[] dtypes = {"bool", "int32", "int64", "float32", "float64"};
        List<String> missing = new ArrayList<>();
        for (String a : dtypes) {
            for (String op : new String[] {"add", "sub", "mul", "div", "pow", "floorDiv", "mod", "maximum", "minimum",
                    "eq", "ne", "lt", "le", "gt", "ge", "and", "or"}) {
                for (String b : dtypes) {
                    String id = (a.equals(b) ? "grid/" : "mixed/") + a + "," + b + "/" + op;
                    if (!ids.contains(id)) missing.add(id);
                }
                if (!op.equals("and") && !op.equals("or")) {
                    for (String w : new String[] {"long=0", "long=-1", "long=1099511627776", "double=8000000000000000", "double=7ff8000000000000"}) {
                        if (!ids.contains("weak/" + a + "/" + op + "/" + w)) missing.add("weak/" + a + "/" + op + "/" + w);
                    }
                }
            }
            for (String op : new String[] {"sqrt", "exp", "log", "sin", "cos", "tanh", "neg", "abs", "sign", "square", "not"}) {
                if (!ids.contains("unary/" + a + "/" + op)) missing.add("unary/" + a + "/" + op);
            }
            for (String b : dtypes) {
                if (!ids.contains("astype/" + a + "/" + b)) missing.add("astype/" + a + "/" + b);
                if (!ids.contains("where/" + a + "," + b)) missing.add("where/" + a + "," + b);
            }
            for (String op : REDUCTIONS) if (!ids.contains("all/" + a + "/" + op)) missing.add("all/" + a + "/" + op);
        }
        assertTrue(missing.isEmpty(), "rows missing from the tables: " + missing);
    }

    // ---- What a table cannot hold. ----

    /**
     * Integer division by zero names the first zero divisor in C order, deterministically, also when a
     * long kernel is split over threads (SEMANTICS 1.4, consequence 3): zeros at 70001 and 90000.
     */
    @Test
    void integerDivisionByZeroInALongArrayNamesTheFirstIndex() {
        int n = 100_000;
        int[] d = new int[n];
        Arrays.fill(d, 3);
        d[70_001] = 0;
        d[90_000] = 0;
        NDArray x = Np.arange(n).astype(DType.INT32), y = Np.array(d);
        for (int rep = 0; rep < 3; rep++) {
            ArithmeticException e = assertThrows(ArithmeticException.class, () -> x.mod(y).toIntArray());
            assertEquals("integer division by zero in remainder (at index (70001,))", e.getMessage());
        }
    }

    /** No rewrite and no where() hides a throwing integer division (SEMANTICS 1.4, consequences 1 and 2). */
    @Test
    void integerDivisionByZeroIsNotHiddenByWhereOrMultiplicationByZero() {
        NDArray a = Np.array(new long[] {6, 7, 8}), b = Np.array(new long[] {2, 0, 4});
        assertThrows(ArithmeticException.class, () -> Np.where(b.ne(0L), a.floorDiv(b), 0L).toLongArray());
        assertThrows(ArithmeticException.class, () -> a.floorDiv(b).mul(0L).toLongArray());
        assertThrows(ArithmeticException.class, () -> a.mod(b).mul(0L).sum().toLongArray());
    }
}
