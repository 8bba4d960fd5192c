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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The NaN-aware reductions, ptp, average and isclose against NumPy: each line of
 * {@code ufunc/reductions.tsv} (made by {@code gen_ufunc_fixtures.py}) is one call on a 4x5 array
 * holding NaN, infinities and (but for nanargmax/nanargmin) an all-NaN row, over all axes, axis 0
 * or axis 1. Result dtype and shape must be NumPy's; values bit for bit (argmax, max, min, ptp,
 * isclose) or within 4 ulps (sums, products, means, variances: the library's sums are compensated,
 * NumPy's pairwise), compiled and by the eager reference.
 */
class UfuncReductionFixtureTest {
    record Line(String name, DType dtype, long[] shape, String values, Integer axis, String extra, DType out, long[] outShape,
                String expected, int ulps) {}

    static Stream<Named<Line>> lines() throws IOException {
        List<Named<Line>> lines = new ArrayList<>();
        try (InputStream in = UfuncReductionFixtureTest.class.getClassLoader().getResourceAsStream("ufunc/reductions.tsv")) {
            for (String s : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (s.isBlank() || s.startsWith("#")) continue;
                String[] f = s.split("\t", -1);
                Integer axis = f[4].equals("-") ? null : Integer.valueOf(f[4]);
                int ulps = f[9].equals("exact") ? 0 : Integer.parseInt(f[9].substring("ulps=".length()));
                Line line = new Line(f[0], UfuncNumpyFixtureTest.dtype(f[1]), shape(f[2]), f[3], axis, f[5],
                        UfuncNumpyFixtureTest.dtype(f[6]), shape(f[7]), f[8], ulps);
                lines.add(Named.of(f[0] + " " + f[1] + " axis " + f[4] + (f[5].length() < 3 ? " " + f[5] : ""), line));
            }
        }
        return lines.stream();
    }

    @ParameterizedTest
    @MethodSource("lines")
    void matchesNumpy(Line line) {
        NDArray x = UfuncNumpyFixtureTest.array(line.dtype(), line.values()).reshape(line.shape());
        NDArray result = call(line, x);
        assertEquals(line.out(), result.dtype(), line.name());
        assertArrayEquals(line.outShape(), result.shape(), line.name());
        StridedArray want = UfuncNumpyFixtureTest.array(line.out(), line.expected()).value();
        check(line, want, result.value(), "compiled");
        check(line, want, ReferenceEvaluator.evaluate(result.node()), "reference");
    }

    private static NDArray call(Line line, NDArray x) {
        Integer axis = line.axis();
        int[] axes = axis == null ? null : new int[] {axis};
        return switch (line.name()) {
            case "nansum" -> Np.nansum(x, axes, false);
            case "nanprod" -> Np.nanprod(x, axes, false);
            case "nanmax" -> Np.nanmax(x, axes, false);
            case "nanmin" -> Np.nanmin(x, axes, false);
            case "nanmean" -> Np.nanmean(x, axes, false);
            case "nanvar" -> Np.nanvar(x, axes, false, Integer.parseInt(line.extra()));
            case "nanstd" -> Np.nanstd(x, axes, false, Integer.parseInt(line.extra()));
            case "nanargmax" -> axis == null ? Np.nanargmax(x) : Np.nanargmax(x, axis);
            case "nanargmin" -> axis == null ? Np.nanargmin(x) : Np.nanargmin(x, axis);
            case "ptp" -> axis == null ? Np.ptp(x) : Np.ptp(x, axis);
            case "average" -> {
                NDArray w = UfuncNumpyFixtureTest.array(line.dtype(), line.extra()).reshape(x.shape());
                yield axis == null ? Np.average(x, w) : Np.average(x, axis, w);
            }
            case "average1d" -> Np.average(x, axis, UfuncNumpyFixtureTest.array(line.dtype(), line.extra()));
            case "isclose" -> Np.isclose(x, UfuncNumpyFixtureTest.array(line.dtype(), line.extra()));
            case "isclose_nan" -> Np.isclose(x, UfuncNumpyFixtureTest.array(line.dtype(), line.extra()), 1e-3, 0.0, true);
            default -> throw new IllegalArgumentException(line.name());
        };
    }

    private static void check(Line line, StridedArray want, StridedArray got, String path) {
        List<String> bad = new ArrayList<>();
        boolean f32 = line.out() == DType.FLOAT32;
        for (long i = 0; i < want.size(); i++) {
            boolean ok = line.out().isFloat() ? UfuncNumpyFixtureTest.close(want.getDoubleFlat(i), got.getDoubleFlat(i), line.ulps(), f32)
                    : want.getLongFlat(i) == got.getLongFlat(i);
            if (!ok) {
                bad.add("[" + i + "] NumPy " + (line.out().isFloat() ? want.getDoubleFlat(i) : want.getLongFlat(i)) + ", got "
                        + (line.out().isFloat() ? got.getDoubleFlat(i) : got.getLongFlat(i)));
            }
        }
        assertTrue(bad.isEmpty(), line.name() + " " + line.dtype() + " axis " + line.axis() + " (" + path + "): " + bad);
    }

    private static long[] shape(String s) {
        return s.isEmpty() ? new long[0] : Arrays.stream(s.split(",")).mapToLong(Long::parseLong).toArray();
    }
}
