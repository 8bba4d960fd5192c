package org.ndjit;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The joining, splitting and rearranging functions against NumPy: each case here is the twin of the
 * case of the same id in {@code src/test/python/gen_joining_fixtures.py}, whose NumPy answers (shape,
 * dtype, values, or the error message) are in {@code resources/joining/cases.tsv}. Inputs are built
 * by the same rule on both sides ({@link #x}).
 */
class JoiningFixturesTest {
    private static final DType I64 = DType.INT64, I32 = DType.INT32, F64 = DType.FLOAT64, F32 = DType.FLOAT32, B = DType.BOOL;

    /** Element i is ((7i + seed) % 11) - 5, halved for floats and non-zero for bool, as the generator's {@code x}. */
    static NDArray x(long[] shape, DType dtype, int seed) {
        int n = (int) Arrays.stream(shape).reduce(1, (p, d) -> p * d);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            long k = (7L * i + seed) % 11 - 5;
            v[i] = dtype.isFloat() ? k * 0.5 : k;
        }
        return Np.array(v).reshape(shape).astype(dtype).eval();
    }

    static NDArray x(long... shape) { return x(shape, I64, 0); }

    static long[] s(long... shape) { return shape; }

    private static final Map<String, Supplier<Object>> CASES = new LinkedHashMap<>();

    private static void c(String id, Supplier<Object> call) {
        CASES.put(id, call);
    }

    static {
        c("concat_axis0", () -> Np.concatenate(0, x(2, 3), x(s(1, 3), I64, 1)));
        c("concat_axis1_promotes", () -> Np.concatenate(1, x(s(2, 3), I32, 0), x(s(2, 2), F32, 1)));
        c("concat_none", () -> Np.concatenate(null, x(2, 3), x(s(4), I64, 2)));
        c("concat_negative_axis", () -> Np.concatenate(-1, x(s(2, 2, 3), F64, 0), x(s(2, 2, 1), F64, 3)));
        c("concat_views", () -> Np.concatenate(0, x(3, 4).get(":, ::-1"), x(s(4, 3), I64, 5).T(), x(s(5, 4), I64, 2).get("::2")));
        c("concat_bool_int32", () -> Np.concatenate(0, x(s(3), B, 0), x(s(2), I32, 4)));
        c("concat_empty_part", () -> Np.concatenate(0, x(0, 3), x(2, 3), x(0, 3)));
        c("concat_all_empty", () -> Np.concatenate(1, x(2, 0), x(2, 0)));
        c("concat_one_wide_columns", () -> Np.concatenate(1, x(3, 1), x(s(3, 1), I64, 1), x(s(3, 2), I64, 2)));
        c("concat_none_0d", () -> Np.concatenate(null, x(), x(s(2, 2), F32, 1)));
        c("concat_err_dims", () -> Np.concatenate(0, x(2, 3), x(2, 4)));
        c("concat_err_ndim", () -> Np.concatenate(0, x(2, 3), x(3)));
        c("concat_err_axis", () -> Np.concatenate(2, x(2, 3), x(2, 3)));
        c("concat_err_zero_d", () -> Np.concatenate(0, x(), x()));
        c("concat_err_none", () -> Np.concatenate(0));
        c("stack_axis0", () -> Np.stack(x(2, 3), x(s(2, 3), I64, 1)));
        c("stack_axis_last", () -> Np.stack(-1, x(s(2, 3), F32, 0), x(s(2, 3), F32, 1), x(s(2, 3), F32, 2)));
        c("stack_0d", () -> Np.stack(x(), x(s(), I64, 3)));
        c("stack_err_shape", () -> Np.stack(x(3), x(4)));
        c("stack_err_none", () -> Np.stack());
        c("stack_err_axis", () -> Np.stack(2, x(3)));
        c("vstack_1d", () -> Np.vstack(x(3), x(s(3), I64, 1)));
        c("vstack_mixed", () -> Np.vstack(x(3), x(s(2, 3), I64, 1)));
        c("vstack_err", () -> Np.vstack(x(3), x(4)));
        c("hstack_1d", () -> Np.hstack(x(3), x(s(2), I64, 1)));
        c("hstack_2d", () -> Np.hstack(x(2, 3), x(s(2, 1), I64, 1)));
        c("hstack_0d", () -> Np.hstack(x(), x(s(), I64, 1)));
        c("hstack_err", () -> Np.hstack(x(2, 3), x(3, 3)));
        c("dstack_1d", () -> Np.dstack(x(3), x(s(3), I64, 1)));
        c("dstack_2d", () -> Np.dstack(x(s(2, 3), B, 0), x(s(2, 3), B, 1)));
        c("column_stack", () -> Np.columnStack(x(3), x(s(3, 2), I64, 1), x(s(3), I64, 2)));
        c("split_sections", () -> Np.split(x(6, 2), 3));
        c("split_indices", () -> Np.split(x(7), new long[] {2, 5, -1, 10}));
        c("split_decreasing", () -> Np.split(x(5), new long[] {3, 1}));
        c("split_axis1", () -> Np.split(x(s(2, 6), F64, 0), new long[] {1, 4}, 1));
        c("array_split", () -> Np.arraySplit(x(7, 2), 3));
        c("array_split_more", () -> Np.arraySplit(x(2), 4));
        c("split_err_unequal", () -> Np.split(x(7), 3));
        c("array_split_err", () -> Np.arraySplit(x(7), 0));
        c("flip_all", () -> Np.flip(x(2, 3, 2)));
        c("flip_axes", () -> Np.flip(x(2, 3, 2), 0, 2));
        c("flip_err_repeated", () -> Np.flip(x(2, 3), 0, 0));
        c("flip_err_axis", () -> Np.flip(x(2, 3), 2));
        c("swapaxes", () -> x(2, 3, 4).swapaxes(0, -1));
        c("swapaxes_err", () -> Np.swapaxes(x(2, 3), 0, 2));
        c("moveaxis", () -> Np.moveaxis(x(2, 3, 4, 5), new int[] {0, 1}, new int[] {-1, 0}));
        c("moveaxis_err_source", () -> Np.moveaxis(x(3, 3), 3, 0));
        c("moveaxis_err_repeated", () -> Np.moveaxis(x(3, 3), new int[] {0, 0}, new int[] {0, 1}));
        c("moveaxis_err_count", () -> Np.moveaxis(x(3, 3), new int[] {0}, new int[] {0, 1}));
        c("rot90", () -> Np.rot90(x(2, 3)));
        c("rot90_k2", () -> Np.rot90(x(2, 3), 2));
        c("rot90_k3", () -> Np.rot90(x(2, 3), 3));
        c("rot90_k_negative", () -> Np.rot90(x(2, 3), -1));
        c("rot90_axes", () -> Np.rot90(x(2, 3, 4), 1, 2, 1));
        c("rot90_err_1d", () -> Np.rot90(x(3)));
        c("rot90_err_range", () -> Np.rot90(x(2, 3, 4), 1, 0, 4));
        c("roll_flat", () -> Np.roll(x(2, 3), 2));
        c("roll_axis", () -> Np.roll(x(3, 4), -1, 1));
        c("roll_axes", () -> Np.roll(x(3, 4), new long[] {1, 9}, new int[] {0, 1}));
        c("roll_same_axis", () -> Np.roll(x(5), new long[] {2, 2}, new int[] {0, 0}));
        c("roll_empty", () -> Np.roll(x(0, 3), 1, 0));
        c("roll_err_axis", () -> Np.roll(x(2, 3), 1, 2));
        c("tile_1d", () -> Np.tile(x(3), 2));
        c("tile_more_reps", () -> Np.tile(x(s(2), F32, 0), 2, 1, 3));
        c("tile_fewer_reps", () -> Np.tile(x(2, 3), 2));
        c("tile_many", () -> Np.tile(x(s(2, 3), I32, 0), 3, 20));
        c("tile_zero", () -> Np.tile(x(2, 3), 0, 1));
        c("tile_err", () -> Np.tile(x(3), -1));
        c("repeat_flat", () -> x(2, 2).repeat(2));
        c("repeat_axis", () -> x(2, 3).repeat(3, 0));
        c("repeat_counts", () -> Np.repeat(x(4), new long[] {1, 0, 3, 2}));
        c("repeat_counts_axis", () -> Np.repeat(x(s(2, 3), B, 0), new long[] {2, 1, 0}, 1));
        c("repeat_0d", () -> x(s(), I64, 3).repeat(3));
        c("repeat_zero", () -> Np.repeat(x(2, 3), 0, 1));
        c("repeat_err_count_length", () -> Np.repeat(x(3), new long[] {1, 2}));
        c("repeat_err_negative", () -> Np.repeat(x(3), new long[] {1, -2, 1}));
        c("repeat_err_negative_scalar", () -> Np.repeat(x(3), -1));
        c("pad_constant", () -> Np.pad(x(2, 3), 1));
        c("pad_constant_value", () -> Np.pad(x(s(2, 3), I32, 0), new long[][] {{1, 0}, {2, 1}}, 2.7));
        c("pad_constant_float", () -> Np.pad(x(s(3), F32, 0), new long[][] {{2, 3}}, -1.5));
        c("pad_edge", () -> Np.pad(x(2, 3), new long[][] {{2, 1}, {0, 3}}, "edge"));
        c("pad_reflect", () -> Np.pad(x(3), new long[][] {{5, 7}}, "reflect"));
        c("pad_reflect_2d", () -> Np.pad(x(s(2, 3), F64, 0), new long[][] {{3, 1}, {2, 4}}, "reflect"));
        c("pad_reflect_one", () -> Np.pad(x(1, 2), 2, "reflect"));
        c("pad_symmetric", () -> Np.pad(x(3, 2), new long[][] {{4, 2}, {3, 5}}, "symmetric"));
        c("pad_wrap", () -> Np.pad(x(s(3, 2), B, 0), new long[][] {{4, 2}, {3, 5}}, "wrap"));
        c("pad_empty_constant", () -> Np.pad(x(0, 2), 1));
        c("pad_err_negative", () -> Np.pad(x(3), -1));
        c("pad_err_empty_axis", () -> Np.pad(x(0, 2), 1, "edge"));
        c("pad_err_mode", () -> Np.pad(x(3), 1, "foo"));
        c("pad_err_widths", () -> Np.pad(x(2, 3), new long[][] {{1, 2}, {1, 2}, {1, 1}}, "constant"));
        c("zeros_like", () -> Np.zerosLike(x(s(2, 3), I32, 0)));
        c("ones_like", () -> Np.onesLike(x(s(2), B, 0)));
        c("full_like_int", () -> Np.fullLike(x(2, 2), 2.7));
        c("full_like_float32", () -> Np.fullLike(x(s(3), F32, 0), 0.1));
        c("meshgrid_xy", () -> Np.meshgrid(x(3), x(s(2), I64, 1), x(s(2), I64, 2)));
        c("meshgrid_ij", () -> Np.meshgrid("ij", x(3), x(s(2, 2), I64, 1)));
        c("meshgrid_err", () -> Np.meshgrid("foo", x(3)));
        c("broadcast_arrays", () -> Np.broadcastArrays(x(3, 1), x(s(4), F32, 1), x()));
        c("broadcast_arrays_err", () -> Np.broadcastArrays(x(2), x(3)));
    }

    /** One expected result line of the fixture file. */
    private record Expected(String id, String index, String shape, String dtype, String values) {}

    private static List<Expected> fixtures() throws IOException {
        try (InputStream in = JoiningFixturesTest.class.getClassLoader().getResourceAsStream("joining/cases.tsv")) {
            List<Expected> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t", -1);
                out.add(f[1].equals("error") ? new Expected(f[0], "error", null, null, f[2]) : new Expected(f[0], f[1], f[2], f[3], f[4]));
            }
            return out;
        }
    }

    @Test
    void everyFixtureHasItsJavaTwinAndBack() throws IOException {
        assertEquals(CASES.keySet(), new java.util.LinkedHashSet<>(fixtures().stream().map(Expected::id).toList()));
    }

    @TestFactory
    Stream<DynamicTest> eachCaseGivesNumpysAnswer() throws IOException {
        return fixtures().stream().map(e -> DynamicTest.dynamicTest(e.id() + " " + e.index(), () -> check(e)));
    }

    @SuppressWarnings("unchecked")
    private static void check(Expected e) {
        Supplier<Object> call = CASES.get(e.id());
        if (e.index().equals("error")) {
            IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> {
                Object r = call.get();
                if (r instanceof NDArray a) a.eval();
            });
            assertEquals(e.values(), thrown.getMessage());
            return;
        }
        Object r = call.get();
        List<NDArray> results = r instanceof NDArray a ? List.of(a) : (List<NDArray>) r;
        String[] kn = e.index().split("/");
        assertEquals(Integer.parseInt(kn[1]), results.size(), "number of results");
        NDArray got = results.get(Integer.parseInt(kn[0]));
        long[] shape = e.shape().isEmpty() ? new long[0] : Arrays.stream(e.shape().split(",")).mapToLong(Long::parseLong).toArray();
        assertArrayEquals(shape, got.shape(), "shape");
        assertEquals(e.dtype(), got.dtype().toString(), "dtype");
        double[] expected = e.values().isEmpty() ? new double[0] : Arrays.stream(e.values().split(" ")).mapToDouble(Double::parseDouble).toArray();
        assertArrayEquals(expected, got.toDoubleArray(), "values");
    }
}
