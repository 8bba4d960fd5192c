package org.ndjit;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16's elementwise functions against NumPy: each line of {@code ufunc/elementwise.tsv} (made
 * by {@code runtime/src/test/python/gen_ufunc_fixtures.py}, whose docstring gives the format) is one
 * function on one input dtype, built through the public API and checked twice: compiled (the
 * Surefire executions cover the vector, scalar and tiered kernels) and by the eager reference.
 * The result dtype must be NumPy's; values bit for bit (any NaN equals any NaN) or within the
 * line's ulps for the transcendental functions, whose NumPy results are not correctly rounded either.
 */
class UfuncNumpyFixtureTest {
    /** ulps -1: exact but for the sign of zero. */
    record Line(String name, DType dtype, String a, String b, DType out, String expected, int ulps) {}

    static Stream<Named<Line>> lines() throws IOException {
        List<Named<Line>> lines = new ArrayList<>();
        try (InputStream in = UfuncNumpyFixtureTest.class.getClassLoader().getResourceAsStream("ufunc/elementwise.tsv")) {
            for (String s : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (s.isBlank() || s.startsWith("#")) continue;
                String[] f = s.split("\t");
                int ulps = f[6].equals("exact") ? 0 : f[6].equals("+-0") ? -1 : Integer.parseInt(f[6].substring("ulps=".length()));
                Line line = new Line(f[0], dtype(f[1]), f[2], f[3], dtype(f[4]), f[5], ulps);
                lines.add(Named.of(f[0] + " " + f[1], line));
            }
        }
        return lines.stream();
    }

    @ParameterizedTest
    @MethodSource("lines")
    void matchesNumpy(Line line) {
        NDArray a = array(line.dtype(), line.a());
        NDArray result = line.b().equals("-") ? unary(line.name()).apply(a) : binary(line.name()).apply(a, array(line.dtype(), line.b()));
        assertEquals(line.out(), result.dtype(), line.name() + " of " + line.dtype());
        StridedArray expected = array(line.out(), line.expected()).value();
        StridedArray reference = ReferenceEvaluator.evaluate(result.node());
        compare(line, expected, result.value(), "compiled");
        compare(line, expected, reference, "reference");
    }

    static UnaryOperator<NDArray> unary(String name) {
        return switch (name) {
            case "tan" -> NDArray::tan;
            case "arcsin" -> NDArray::arcsin;
            case "arccos" -> NDArray::arccos;
            case "arctan" -> NDArray::arctan;
            case "sinh" -> NDArray::sinh;
            case "cosh" -> NDArray::cosh;
            case "arcsinh" -> NDArray::arcsinh;
            case "arccosh" -> NDArray::arccosh;
            case "arctanh" -> NDArray::arctanh;
            case "exp2" -> NDArray::exp2;
            case "cbrt" -> NDArray::cbrt;
            case "isnan" -> NDArray::isnan;
            case "isinf" -> NDArray::isinf;
            case "isfinite" -> NDArray::isfinite;
            case "signbit" -> NDArray::signbit;
            case "degrees" -> NDArray::degrees;
            case "radians" -> NDArray::radians;
            case "reciprocal" -> NDArray::reciprocal;
            case "invert" -> NDArray::invert;
            case "nanToNum" -> NDArray::nanToNum;
            case "round" -> NDArray::round;
            case "round2" -> x -> x.round(2);
            case "round-1" -> x -> x.round(-1);
            default -> throw new IllegalArgumentException("no unary function " + name);
        };
    }

    static BinaryOperator<NDArray> binary(String name) {
        return switch (name) {
            case "arctan2" -> NDArray::arctan2;
            case "hypot" -> NDArray::hypot;
            case "copysign" -> NDArray::copysign;
            case "heaviside" -> NDArray::heaviside;
            case "fmax" -> NDArray::fmax;
            case "fmin" -> NDArray::fmin;
            case "logicalXor" -> NDArray::logicalXor;
            case "bitwiseAnd" -> NDArray::bitwiseAnd;
            case "bitwiseOr" -> NDArray::bitwiseOr;
            case "bitwiseXor" -> NDArray::bitwiseXor;
            case "leftShift" -> NDArray::leftShift;
            case "rightShift" -> NDArray::rightShift;
            default -> throw new IllegalArgumentException("no binary function " + name);
        };
    }

    private static void compare(Line line, StridedArray want, StridedArray got, String path) {
        assertEquals(want.size(), got.size(), line.name());
        List<String> bad = new ArrayList<>();
        boolean f32 = line.out() != DType.FLOAT64, isFloat = line.out().isFloat();
        int ulps = line.out() == DType.FLOAT16 ? line.ulps() << 13 : line.ulps(); // a float16 ulp is 2^13 float32 ulps (normal range)
        String[] in = line.a().split(",");
        for (int i = 0; i < want.size(); i++) {
            boolean ok = isFloat ? close(want.getDoubleFlat(i), got.getDoubleFlat(i), ulps, f32) : want.getLongFlat(i) == got.getLongFlat(i);
            String w = isFloat ? Double.toString(want.getDoubleFlat(i)) : Long.toString(want.getLongFlat(i));
            String g = isFloat ? Double.toString(got.getDoubleFlat(i)) : Long.toString(got.getLongFlat(i));
            if (!ok) bad.add("x=" + in[i] + ": NumPy " + w + ", got " + g);
        }
        assertTrue(bad.isEmpty(), line.name() + " of " + line.dtype() + " (" + path + "), " + bad.size() + " of " + want.size()
                + " differ: " + bad.subList(0, Math.min(5, bad.size())));
    }

    /** Bit equality but for NaN payloads, or within {@code ulps} units in the last place of the result dtype (-1: any zero sign). */
    static boolean close(double want, double got, int ulps, boolean f32) {
        if (Double.isNaN(want) || Double.isNaN(got)) return Double.isNaN(want) && Double.isNaN(got);
        if (Double.doubleToRawLongBits(want) == Double.doubleToRawLongBits(got)) return true;
        if (ulps <= 0 || Double.isInfinite(want) || Double.isInfinite(got)) return ulps < 0 && want == got;
        double ulp = f32 ? Math.ulp((float) want) : Math.ulp(want);
        return Math.abs(want - got) <= ulps * ulp;
    }

    /** An array of the dtype from the fixture's comma-separated values. */
    static NDArray array(DType dtype, String values) {
        String[] v = values.isEmpty() ? new String[0] : values.split(",");
        return switch (dtype) {
            case FLOAT64 -> {
                double[] d = new double[v.length];
                for (int i = 0; i < v.length; i++) d[i] = Double.longBitsToDouble(Long.parseUnsignedLong(v[i], 16));
                yield Np.array(d);
            }
            case FLOAT32 -> {
                float[] d = new float[v.length];
                for (int i = 0; i < v.length; i++) d[i] = Float.intBitsToFloat(Integer.parseUnsignedInt(v[i], 16));
                yield Np.array(d);
            }
            case INT64 -> {
                long[] d = new long[v.length];
                for (int i = 0; i < v.length; i++) d[i] = Long.parseLong(v[i]);
                yield Np.array(d);
            }
            case INT32 -> {
                int[] d = new int[v.length];
                for (int i = 0; i < v.length; i++) d[i] = Integer.parseInt(v[i]);
                yield Np.array(d);
            }
            case BOOL -> {
                boolean[] d = new boolean[v.length];
                for (int i = 0; i < v.length; i++) d[i] = v[i].equals("1");
                yield Np.array(d);
            }
            case FLOAT16 -> {
                double[] d = new double[v.length];
                for (int i = 0; i < v.length; i++) d[i] = Float.float16ToFloat((short) Integer.parseUnsignedInt(v[i], 16));
                yield Np.array(d).astype(DType.FLOAT16);
            }
            default -> {
                long[] d = new long[v.length];
                for (int i = 0; i < v.length; i++) d[i] = dtype == DType.UINT64 ? Long.parseUnsignedLong(v[i]) : Long.parseLong(v[i]);
                yield Np.array(d).astype(dtype);
            }
        };
    }

    static DType dtype(String name) {
        for (DType d : DType.values()) if (d.toString().equals(name)) return d;
        throw new IllegalArgumentException("no dtype " + name);
    }
}
