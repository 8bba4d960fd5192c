package org.ndjit;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replays {@code fancy/cases.tsv}, NumPy's answers for random integer-array, mask and mixed indexes
 * (get, set, addAt), take, takeAlongAxis and the nonzero family, written by
 * {@code src/test/python/gen_fancy_fixtures.py}: the same dtype, shape and bits, or the same
 * exception type with NumPy's message. Every other case reads its source through a view with
 * negative strides (the data stored reversed, every axis flipped), so strided inputs are covered too.
 */
class FancyFixturesTest {
    @TestFactory
    List<DynamicTest> casesMatchNumpy() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("fancy/cases.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                tests.add(DynamicTest.dynamicTest(f[0] + " " + f[1] + " " + f[3] + " " + f[4] + " axis " + f[5], () -> check(f)));
            }
        }
        return tests;
    }

    private static void check(String[] f) {
        NDArray source = array(f[2], Integer.parseInt(f[0]) % 2 == 1);
        Supplier<NDArray[]> run = () -> run(f[1], source, f[3], f[4], f[5]);
        String expected = f[6];
        if (expected.startsWith("ERR|")) {
            String[] e = expected.split("\\|", 3);
            Class<? extends RuntimeException> type = e[1].equals("IndexError") ? IndexOutOfBoundsException.class : IllegalArgumentException.class;
            String message = assertThrows(type, () -> {
                for (NDArray a : run.get()) a.toDoubleArray();
            }).getMessage();
            assertTrue(message.startsWith(e[2]) || e[2].startsWith(message) && message.length() > 50,
                    () -> "message \"" + message + "\", NumPy's \"" + e[2] + "\"");
            return;
        }
        NDArray[] got = run.get();
        String[] want = expected.substring(3).split("#");
        assertEquals(want.length, got.length);
        for (int i = 0; i < want.length; i++) {
            String[] p = want[i].split("\\|", -1);
            assertEquals(DType.valueOf(p[0].toUpperCase()), got[i].dtype());
            assertArrayEquals(shape(p[1]), got[i].shape());
            assertArrayEquals(values(p[2]), got[i].toDoubleArray());
        }
    }

    private static NDArray[] run(String op, NDArray a, String index, String value, String axis) {
        Integer ax = axis.equals("None") || axis.equals("-") ? null : Integer.valueOf(axis);
        return switch (op) {
            case "get" -> new NDArray[] {a.get(entries(index))};
            case "set" -> new NDArray[] {set(a, entries(index), value)};
            case "addAt" -> new NDArray[] {Np.addAt(a, entries(index), array(value, false))};
            case "take" -> new NDArray[] {Np.take(a, array(index.substring(1), false), ax)};
            case "takeAlongAxis" -> new NDArray[] {Np.takeAlongAxis(a, array(index.substring(1), false), ax)};
            case "nonzero" -> Np.nonzero(a);
            case "argwhere" -> new NDArray[] {Np.argwhere(a)};
            case "flatnonzero" -> new NDArray[] {Np.flatnonzero(a)};
            case "countNonzero" -> new NDArray[] {ax == null ? Np.countNonzero(a) : Np.countNonzero(a, ax)};
            default -> throw new IllegalArgumentException(op);
        };
    }

    private static NDArray set(NDArray a, Object[] index, String value) {
        if (!value.startsWith("S")) return a.set(index, array(value, false));
        String[] kv = value.substring(1).split(":");
        return switch (kv[0]) {
            case "int" -> a.set(index, Long.parseLong(kv[1]));
            case "float" -> a.set(index, Double.parseDouble(kv[1]));
            default -> a.set(index, kv[1].equals("1"));
        };
    }

    private static Object[] entries(String index) {
        return Arrays.stream(index.split(";")).map(e -> switch (e.charAt(0)) {
            case 'L' -> (Object) Long.parseLong(e.substring(1));
            case 'I', 'B' -> array(e.substring(1), false);
            default -> e;
        }).toArray();
    }

    /** {@code dtype|shape|values}; {@code flipped}: stored reversed and read through a view flipping every axis. */
    private static NDArray array(String text, boolean flipped) {
        String[] p = text.split("\\|", -1);
        DType dtype = DType.valueOf(p[0].toUpperCase());
        long[] shape = shape(p[1]);
        double[] v = values(p[2]);
        if (!flipped || shape.length == 0) return Np.array(v).astype(dtype).reshape(shape);
        double[] reversed = new double[v.length];
        for (int i = 0; i < v.length; i++) reversed[i] = v[v.length - 1 - i];
        NDArray stored = Np.array(reversed).astype(dtype).reshape(shape).eval();
        return stored.get(String.join(",", java.util.Collections.nCopies(shape.length, "::-1")));
    }

    private static long[] shape(String s) {
        return s.isEmpty() ? new long[0] : Arrays.stream(s.split(",")).mapToLong(Long::parseLong).toArray();
    }

    private static double[] values(String s) {
        if (s.isEmpty()) return new double[0];
        return Arrays.stream(s.split(",")).mapToDouble(v -> v.equals("nan") ? Double.NaN : Double.parseDouble(v)).toArray();
    }
}
