package org.ndjit;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * loadtxt, genfromtxt and savetxt against what NumPy read and wrote for the files in
 * {@code resources/textfiles/cases.tsv} (made by {@code src/test/python/gen_textfile_fixtures.py}):
 * delimiters, whitespace runs, comments (including custom and two-character markers), skiprows,
 * usecols, max_rows, dtype, ndmin, blank lines, NaN and infinities, genfromtxt's missing fields,
 * and savetxt's exact bytes (its default {@code %.18e}, fmt, delimiter, header, footer, comments,
 * newline). Values are compared bit for bit (parsing is correctly rounded, as Python's float());
 * errors by NumPy's message.
 */
class TextFileFixturesTest {
    @TempDir
    Path dir;

    private record Case(String id, String function, Map<String, String> options, String text, NDArray in, NDArray out, String error) {}

    @TestFactory
    Stream<DynamicTest> matchesNumPy() throws IOException {
        return read().stream().map(c -> DynamicTest.dynamicTest(c.id, () -> check(c)));
    }

    private void check(Case c) throws IOException {
        Path file = dir.resolve(c.id + ".txt");
        TextOptions options = options(c);
        if (c.function.equals("savetxt")) {
            if (c.error != null) {
                assertEquals(c.error, assertThrows(IllegalArgumentException.class, () -> Np.savetxt(file, c.in, options)).getMessage(), c.id);
                return;
            }
            Np.savetxt(file, c.in, options);
            assertEquals(c.text, Files.readString(file, StandardCharsets.ISO_8859_1), c.id);
            return;
        }
        Files.writeString(file, c.text, StandardCharsets.ISO_8859_1);
        boolean gen = c.function.equals("genfromtxt");
        if (c.error != null) {
            Exception e = assertThrows(IllegalArgumentException.class, () -> (gen ? Np.genfromtxt(file, options) : Np.loadtxt(file, options)).eval(), c.id);
            assertEquals(c.error, e.getMessage(), c.id);
            return;
        }
        NDArray got = gen ? Np.genfromtxt(file, options) : Np.loadtxt(file, options);
        assertArrayEquals(c.out.shape(), got.shape(), c.id + " shape");
        assertEquals(c.out.dtype(), got.dtype(), c.id + " dtype");
        double[] want = c.out.astype(DType.FLOAT64).toDoubleArray(), have = got.astype(DType.FLOAT64).toDoubleArray();
        for (int i = 0; i < want.length; i++) {
            assertEquals(Double.doubleToLongBits(want[i]), Double.doubleToLongBits(have[i]), c.id + " element " + i + ": " + have[i] + " vs NumPy's " + want[i]);
        }
    }

    private static TextOptions options(Case c) {
        TextOptions o = TextOptions.defaults();
        for (Map.Entry<String, String> e : c.options.entrySet()) {
            String v = e.getValue();
            o = switch (e.getKey()) {
                case "delimiter" -> o.delimiter(v);
                case "comments" -> c.function.equals("savetxt") ? o.commentPrefix(v) : o.comments(v);
                case "skiprows", "skip_header" -> o.skiprows(Integer.parseInt(v));
                case "usecols" -> o.usecols(Arrays.stream(v.split(",")).mapToInt(Integer::parseInt).toArray());
                case "max_rows" -> o.maxRows(Long.parseLong(v));
                case "dtype" -> o.dtype(dtype(v));
                case "ndmin" -> o.ndmin(Integer.parseInt(v));
                case "fmt" -> o.fmt(v);
                case "header" -> o.header(v);
                case "footer" -> o.footer(v);
                case "newline" -> o.newline(v);
                default -> throw new IllegalStateException("keyword " + e.getKey());
            };
        }
        return o;
    }

    private static List<Case> read() throws IOException {
        String all;
        try (InputStream s = TextFileFixturesTest.class.getResourceAsStream("/textfiles/cases.tsv")) {
            all = new String(s.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        List<Case> cases = new ArrayList<>();
        String[] head = null;
        Map<String, String> options = new LinkedHashMap<>();
        String text = null, error = null;
        NDArray in = null, out = null;
        for (String line : (all + "case\tend\t-\n").split("\n")) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "case" -> {
                    if (head != null) cases.add(new Case(head[1], head[2], options, text, in, out, error));
                    head = f;
                    options = new LinkedHashMap<>();
                    text = error = null;
                    in = out = null;
                }
                case "opt" -> options.put(f[1], unescape(f[2]));
                case "text" -> text = unescape(f[1]);
                case "in" -> in = array(f);
                case "out" -> out = array(f);
                case "error" -> error = unescape(f[1]);
                default -> throw new IllegalStateException("bad fixture line: " + line);
            }
        }
        return cases;
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != '\\') {
                b.append(ch);
                continue;
            }
            char next = s.charAt(++i);
            b.append(switch (next) {
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                default -> next;
            });
        }
        return b.toString();
    }

    private static NDArray array(String[] f) {
        long[] shape = f[1].isEmpty() ? new long[0] : Arrays.stream(f[1].split(",")).mapToLong(Long::parseLong).toArray();
        DType dtype = dtype(f[2]);
        if (!dtype.isFloat()) {
            long[] v = f[3].isEmpty() ? new long[0] : Arrays.stream(f[3].split(" ")).mapToLong(Long::parseLong).toArray();
            return Np.array(v).reshape(shape).astype(dtype).eval();
        }
        double[] v = f[3].isEmpty() ? new double[0] : Arrays.stream(f[3].split(" ")).mapToDouble(x -> switch (x) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(x);
        }).toArray();
        return Np.array(v).reshape(shape).astype(dtype).eval();
    }

    private static DType dtype(String name) {
        return switch (name) {
            case "float64" -> DType.FLOAT64;
            case "float32" -> DType.FLOAT32;
            case "int64" -> DType.INT64;
            case "int32" -> DType.INT32;
            case "bool" -> DType.BOOL;
            default -> throw new IllegalStateException("dtype " + name);
        };
    }
}
