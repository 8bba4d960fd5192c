package org.ndjit;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The NumPy-written fixtures under {@code src/test/resources/npy} and the manifest of what each holds
 * (written by {@code src/test/python/gen_npy_fixtures.py}; the tests never run Python).
 */
final class NpyFixtures {
    private NpyFixtures() {}

    /** One array of the manifest: where it is, what NumPy says it is, and its elements in C order. */
    record Entry(String file, String member, DType dtype, char byteOrder, boolean fortran, long[] shape, boolean npSave, String[] values) {
        Path path() { return dir().resolve(file); }

        boolean isNpz() { return !member.equals("-"); }

        ByteOrder order() { return byteOrder == '>' ? ByteOrder.BIG_ENDIAN : byteOrder == '<' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.nativeOrder(); }

        /** The expected array, built from Java values (never from the file). */
        NDArray expected() {
            int n = values.length;
            NDArray flat = switch (dtype) {
                case FLOAT64 -> { double[] a = new double[n]; for (int i = 0; i < n; i++) a[i] = parseDouble(values[i]); yield Np.array(a); }
                case FLOAT32 -> { float[] a = new float[n]; for (int i = 0; i < n; i++) a[i] = (float) parseDouble(values[i]); yield Np.array(a); }
                case INT64 -> { long[] a = new long[n]; for (int i = 0; i < n; i++) a[i] = Long.parseLong(values[i]); yield Np.array(a); }
                case INT32 -> { int[] a = new int[n]; for (int i = 0; i < n; i++) a[i] = Integer.parseInt(values[i]); yield Np.array(a); }
                case BOOL -> { boolean[] a = new boolean[n]; for (int i = 0; i < n; i++) a[i] = values[i].equals("1"); yield Np.array(a); }
                case FLOAT16 -> { double[] a = new double[n]; for (int i = 0; i < n; i++) a[i] = parseDouble(values[i]); yield Np.array(a).astype(dtype); }
                case UINT64 -> { long[] a = new long[n]; for (int i = 0; i < n; i++) a[i] = Long.parseUnsignedLong(values[i]); yield Np.array(a).astype(dtype); }
                case INT16, INT8, UINT32, UINT16, UINT8 -> { long[] a = new long[n]; for (int i = 0; i < n; i++) a[i] = Long.parseLong(values[i]); yield Np.array(a).astype(dtype); }
            };
            return flat.reshape(shape);
        }

        @Override
        public String toString() { return isNpz() ? file + "[" + member + "]" : file; }
    }

    static Path dir() {
        try {
            return Path.of(NpyFixtures.class.getResource("/npy/manifest.tsv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Entry> manifest() {
        try {
            List<Entry> out = new ArrayList<>();
            for (String line : Files.readAllLines(dir().resolve("manifest.tsv"))) {
                if (line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                long[] shape = f[5].isEmpty() ? new long[0] : Arrays.stream(f[5].split(",")).mapToLong(Long::parseLong).toArray();
                String[] values = f[7].isEmpty() ? new String[0] : f[7].split(" ");
                out.add(new Entry(f[0], f[1], dtype(f[2]), f[3].charAt(0), f[4].equals("1"), shape, f[6].equals("1"), values));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Entry> npyFiles() {
        return manifest().stream().filter(e -> !e.isNpz()).toList();
    }

    private static DType dtype(String name) {
        for (DType d : DType.values()) if (d.toString().equals(name)) return d;
        throw new IllegalArgumentException(name);
    }

    static double parseDouble(String s) {
        return switch (s) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    /** Same dtype, shape and elements; floats compared as values with NaN equal to NaN and -0.0 apart from 0.0. */
    static void assertSameArray(NDArray expected, NDArray actual, String what) {
        assertEquals(expected.dtype(), actual.dtype(), what + ": dtype");
        assertArrayEquals(expected.shape(), actual.shape(), what + ": shape");
        assertSameValues(expected, actual, what);
    }

    static void assertSameValues(NDArray expected, NDArray actual, String what) {
        if (expected.dtype().isFloat()) {
            double[] e = expected.toDoubleArray(), a = actual.toDoubleArray();
            assertEquals(e.length, a.length, what + ": size");
            for (int i = 0; i < e.length; i++) {
                int at = i;
                assertEquals(0, Double.compare(e[i], a[i]), () -> what + ": element " + at + " is " + a[at] + ", expected " + e[at]);
            }
        } else if (expected.dtype().isBool()) {
            assertArrayEquals(expected.toBooleanArray(), actual.toBooleanArray(), what + ": values");
        } else {
            assertArrayEquals(expected.toLongArray(), actual.toLongArray(), what + ": values");
        }
    }

    /** Expected values straight from the manifest text (not through an NDArray). */
    static void assertManifestValues(Entry e, NDArray actual) {
        assertEquals(e.dtype(), actual.dtype(), e + ": dtype");
        assertArrayEquals(e.shape(), actual.shape(), e + ": shape");
        String[] v = e.values();
        switch (e.dtype()) {
            case FLOAT64, FLOAT32 -> {
                double[] a = actual.toDoubleArray();
                assertEquals(v.length, a.length);
                for (int i = 0; i < v.length; i++) {
                    int at = i;
                    assertEquals(0, Double.compare(parseDouble(v[i]), a[i]), () -> e + ": element " + at + " is " + a[at] + ", NumPy wrote " + v[at]);
                }
            }
            case INT64, INT32 -> {
                long[] a = actual.toLongArray();
                assertEquals(v.length, a.length);
                for (int i = 0; i < v.length; i++) assertEquals(Long.parseLong(v[i]), a[i], e + ": element " + i);
            }
            case BOOL -> {
                boolean[] a = actual.toBooleanArray();
                assertEquals(v.length, a.length);
                for (int i = 0; i < v.length; i++) assertEquals(v[i].equals("1"), a[i], e + ": element " + i);
            }
        }
    }
}
