package org.ndjit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * loadtxt, genfromtxt and savetxt against what NumPy 2 reads and writes: values, shapes, dtypes, the
 * bytes savetxt writes, and NumPy's messages. Python's %-formatting of floats (what savetxt's fmt
 * means) is checked on 2,391 (format, value) pairs made by Python itself
 * ({@code runtime/src/test/python/gen_text_fixtures.py}).
 */
class TextFilesTest {
    @TempDir
    Path dir;

    @Test
    void pythonsFormattingOfEveryFixtureValue() throws IOException {
        int checked = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(getClass().getResourceAsStream("/text/format.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                double v = Double.longBitsToDouble(Long.parseUnsignedLong(f[1], 16));
                PyFormat.Parsed p = PyFormat.parse(f[0]);
                String got = p.parts().get(0) + PyFormat.format(p.specs().get(0), v) + p.parts().get(1);
                assertEquals(f[2], got, f[0] + " of " + v);
                checked++;
            }
        }
        assertEquals(2391, checked);
    }

    @Test
    void savetxtWritesNumPysBytes() throws IOException {
        Path p = dir.resolve("a.txt");
        Np.savetxt(p, Np.array(new double[][] {{0.1, -2.5}, {Double.NaN, Double.POSITIVE_INFINITY}}));
        assertEquals("1.000000000000000056e-01 -2.500000000000000000e+00\nnan inf\n", Files.readString(p));
        Np.savetxt(p, Np.array(1L, 2, 3), TextOptions.csv().fmt("%d").header("h1\nh2").footer("f"));
        assertEquals("# h1\n# h2\n1\n2\n3\n# f\n", Files.readString(p));
        Np.savetxt(p, Np.array(new double[][] {{1.5, 2.25}}), TextOptions.csv().fmt("%.3f"));
        assertEquals("1.500,2.250\n", Files.readString(p));
        Np.savetxt(p, Np.array(new double[][] {{0.125, 2.5e-7, 1e20}}), TextOptions.defaults().fmt("%g"));
        assertEquals("0.125 2.5e-07 1e+20\n", Files.readString(p));
        Np.savetxt(p, Np.array(new long[][] {{1, 2}, {3, 4}}), TextOptions.defaults().fmt("%d:%.1f;"));
        assertEquals("1:2.0;\n3:4.0;\n", Files.readString(p), "one conversion per column: the row's format");
        Np.savetxt(p, Np.array(true, false));
        assertEquals("1.000000000000000000e+00\n0.000000000000000000e+00\n", Files.readString(p));
    }

    @Test
    void loadtxtReadsWhatNumPyReads() throws IOException {
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, load("1 2 3\n4 5 6\n", TextOptions.defaults()).toDoubleArray());
        assertArrayEquals(new long[] {2, 3}, load("1 2 3\n4 5 6\n", TextOptions.defaults()).shape());
        NDArray special = load("# c\n1 nan inf\n-inf NaN Infinity\n", TextOptions.defaults());
        assertEquals("[[  1.  nan  inf]\n [-inf  nan  inf]]", special.toString());
        assertArrayEquals(new long[] {3}, load("1\n2\n3\n", TextOptions.defaults()).shape(), "one column: 1-D");
        assertArrayEquals(new long[] {2}, load("1 2\n", TextOptions.defaults()).shape(), "one row: 1-D");
        assertArrayEquals(new long[] {0}, load("", TextOptions.defaults()).shape());
        assertArrayEquals(new double[] {2, 4}, load("a,b\n1,2\n3,4\n", TextOptions.csv().skiprows(1).usecols(1)).toDoubleArray());
        assertArrayEquals(new double[] {1, 2, 3, 4}, load("1,2\n\n3,4 # x\n", TextOptions.csv()).toDoubleArray());
        assertArrayEquals(new double[] {1, 2}, load(" 1 , 2 \n", TextOptions.csv()).toDoubleArray());
        assertArrayEquals(new double[] {1500, 0.5}, load("+1.5e3 .5\n", TextOptions.defaults()).toDoubleArray());
        assertArrayEquals(new double[] {2, 4}, load("1 2\n3 4\n", TextOptions.defaults().usecols(-1)).toDoubleArray());
        assertArrayEquals(new long[] {1, 2}, load("1 2\n", TextOptions.defaults().ndmin(2)).shape());
        assertArrayEquals(new long[] {2, 1}, load("1\n2\n", TextOptions.defaults().ndmin(2)).shape());
        assertArrayEquals(new double[] {1, 2, 3, 4}, load("1 2\n3 4\n5 6\n", TextOptions.defaults().maxRows(2)).toDoubleArray());
        assertArrayEquals(new boolean[] {true, false}, load("1 0\n", TextOptions.defaults().dtype(DType.BOOL)).toBooleanArray());
        NDArray ints = load("7 -8\n", TextOptions.defaults().dtype(DType.INT32));
        assertEquals(DType.INT32, ints.dtype());
        assertArrayEquals(new int[] {7, -8}, ints.toIntArray());
        assertEquals(0.1f, load("0.1\n", TextOptions.defaults().dtype(DType.FLOAT32)).toFloatArray()[0]);
    }

    @Test
    void loadtxtErrorsAreNumPys() {
        assertMessage("the number of columns changed from 3 to 2 at row 2; use `usecols` to select a subset and avoid this error",
                () -> load("1 2 3\n4 5\n", TextOptions.defaults()));
        assertMessage("could not convert string 'abc' to float64 at row 0, column 2.", () -> load("1,abc,3\n", TextOptions.csv()));
        assertMessage("could not convert string '1.5' to int64 at row 0, column 2.", () -> load("1,1.5\n", TextOptions.csv().dtype(DType.INT64)));
        assertMessage("could not convert string '' to float64 at row 0, column 2.", () -> load("1,,3\n", TextOptions.csv()));
        assertMessage("invalid column index 5 at row 1 with 2 columns", () -> load("1 2\n", TextOptions.defaults().usecols(5)));
        assertMessage("could not convert string '0x10' to float64 at row 0, column 1.", () -> load("0x10 1\n", TextOptions.defaults()));
        assertMessage("could not convert string '1_000' to float64 at row 0, column 1.", () -> load("1_000 2\n", TextOptions.defaults()));
        assertMessage("Expected 1D or 2D array, got 0D array instead", () -> Np.savetxt(dir.resolve("x"), Np.scalar(3.0)));
        assertMessage("fmt has wrong number of % formats:  %d %d %d", () -> Np.savetxt(dir.resolve("x"), Np.ones(2, 2), TextOptions.defaults().fmt("%d %d %d")));
    }

    @Test
    void genfromtxtFillsGapsWithNan() throws IOException {
        NDArray g = Np.genfromtxt(write("1,,3\n4,abc,6\n"), TextOptions.csv());
        assertEquals("[[ 1. nan  3.]\n [ 4. nan  6.]]", g.toString());
        assertEquals(0, Np.genfromtxt(write("1\n"), TextOptions.defaults()).ndim(), "one value: 0-d, as NumPy squeezes");
        assertArrayEquals(new double[] {1, 2}, Np.genfromtxt(write("a,b\n1,2\n"), TextOptions.csv().skiprows(1)).toDoubleArray());
        assertMessage("Some errors were detected !\n    Line #2 (got 2 columns instead of 3)\n    Line #3 (got 4 columns instead of 3)",
                () -> Np.genfromtxt(write("1,2,3\n4,5\n7,8,9,10\n"), TextOptions.csv()));
    }

    @Test
    void aSavedTableLoadsBackBitForBit() throws IOException {
        NDArray x = Np.random(3).randn(50, 4).mul(1e5);
        Path p = dir.resolve("round.csv");
        Np.savetxt(p, x, TextOptions.csv());
        assertArrayEquals(x.toDoubleArray(), Np.loadtxt(p, TextOptions.csv()).toDoubleArray(), "%.18e keeps every bit");
        assertTrue(Files.readString(p).lines().allMatch(l -> l.split(",").length == 4));
    }

    /** The README's table-statistics example, NumPy's way: loadtxt, mean, std, median, percentile, histogram (NumPy's answers). */
    @Test
    void theReadmeTableStatisticsExample() throws IOException {
        Path csv = write("age,income,score\n23,51000,0.71\n35,64000,0.64\n31,58500,0.93\n52,120000,0.38\n46,87000,0.55\n29,49500,0.81\n");
        NDArray t = Np.loadtxt(csv, TextOptions.csv().skiprows(1));
        assertArrayEquals(new double[] {36.0, 71666.66666666667, 0.67}, t.mean(0).toDoubleArray(), 2e-16 * 71666.67);
        assertArrayEquals(new double[] {10.0, 24905.934143403567, 0.17710637105046975}, t.std(new int[] {0}, false, 0).toDoubleArray(), 1e-11);
        assertArrayEquals(new double[] {33.0, 61250.0, 0.675}, t.median(0).toDoubleArray());
        assertArrayEquals(new double[] {49.0, 103500.0, 0.8700000000000001}, t.percentile(90, 0).toDoubleArray());
        Histogram h = Np.histogram(t.get(":, 0"), 3);
        assertArrayEquals(new long[] {3, 1, 2}, h.counts().toLongArray());
        assertArrayEquals(new double[] {23.0, 32.666666666666664, 42.33333333333333, 52.0}, h.binEdges().toDoubleArray());
        // np.corrcoef(t, rowvar=False): the columns are the variables; within 8 (N + 4) eps, as Linalg2FixturesTest's corrcoef
        assertArrayEquals(new double[] {1.0, 0.9529188183298557, -0.8102475317452414, 0.9529188183298557, 1.0, -0.8682839118943113,
                -0.8102475317452414, -0.8682839118943113, 1.0}, Np.corrcoef(t, null, false).toDoubleArray(), 8 * 10 * Math.ulp(1.0));
        assertEquals("[[ 1.     0.953 -0.81 ]\n [ 0.953  1.    -0.868]\n [-0.81  -0.868  1.   ]]", Np.round(Np.corrcoef(t, null, false), 3).toString());
    }

    private NDArray load(String text, TextOptions options) throws IOException {
        return Np.loadtxt(write(text), options);
    }

    private Path write(String text) throws IOException {
        Path p = Files.createTempFile(dir, "t", ".txt");
        Files.writeString(p, text);
        return p;
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }
}
