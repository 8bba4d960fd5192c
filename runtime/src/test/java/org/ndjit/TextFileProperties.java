package org.ndjit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text files on random tables (NumPy's own answers: {@link TextFileFixturesTest}): what savetxt
 * writes, loadtxt reads back bit for bit (float64 through {@code %.18e} and {@code %.17g}, both enough
 * digits to round-trip; int64 through {@code %d}), for every exponent, subnormals, -0.0, NaN and
 * infinities, with spaces or commas; genfromtxt reads blank fields as NaN and the others exactly;
 * a row with one field fewer raises NumPy's "the number of columns changed" message naming its row.
 */
class TextFileProperties {

    @Property(tries = 60)
    void savedTablesLoadBackBitForBit(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int form) throws IOException {
        Random r = new Random(seed);
        int rows = 1 + r.nextInt(6), columns = 1 + r.nextInt(5);
        Path file = Files.createTempFile("ndjit-text", ".txt");
        try {
            if (form == 2) {
                long[] v = new long[rows * columns];
                for (int i = 0; i < v.length; i++) v[i] = r.nextInt(3) == 0 ? r.nextLong() : r.nextInt(2001) - 1000;
                NDArray a = Np.array(v).reshape(rows, columns);
                Np.savetxt(file, a, TextOptions.csv().fmt("%d"));
                NDArray back = Np.loadtxt(file, TextOptions.csv().dtype(DType.INT64).ndmin(2));
                assertArrayEquals(new long[] {rows, columns}, back.shape());
                assertArrayEquals(v, back.toLongArray());
                return;
            }
            double[] v = new double[rows * columns];
            for (int i = 0; i < v.length; i++) v[i] = value(r);
            NDArray a = Np.array(v).reshape(rows, columns);
            TextOptions options = form == 0 ? TextOptions.defaults() : TextOptions.csv().fmt("%.17g");
            Np.savetxt(file, a, options);
            NDArray back = Np.loadtxt(file, options.ndmin(2));
            assertArrayEquals(new long[] {rows, columns}, back.shape());
            assertBits(v, back.toDoubleArray(), Files.readString(file));
        } finally {
            Files.delete(file);
        }
    }

    @Property(tries = 60)
    void genfromtxtReadsBlanksAsNaNAndRaggedRowsRaise(@ForAll long seed) throws IOException {
        Random r = new Random(seed);
        int rows = 2 + r.nextInt(5), columns = 2 + r.nextInt(4);
        double[] want = new double[rows * columns];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                boolean blank = r.nextInt(4) == 0;
                double v = value(r);
                want[i * columns + j] = blank ? Double.NaN : v;
                text.append(j == 0 ? "" : ",").append(blank ? (r.nextBoolean() ? "" : "  ") : Double.toString(v));
            }
            text.append('\n');
        }
        Path file = Files.createTempFile("ndjit-text", ".csv");
        try {
            Files.writeString(file, text);
            NDArray got = Np.genfromtxt(file, TextOptions.csv());
            assertArrayEquals(new long[] {rows, columns}, got.shape());
            assertBits(want, got.toDoubleArray(), text.toString());

            // Blanks filled (loadtxt would stop at the first one), then one row a field short.
            int shortRow = 1 + r.nextInt(rows - 1);
            String[] lines = text.toString().replaceAll("(?m)(^|,) *(?=,|$)", "$1" + "7").split("\n");
            lines[shortRow] = lines[shortRow].substring(0, lines[shortRow].lastIndexOf(','));
            Files.writeString(file, String.join("\n", lines) + "\n");
            String message = assertThrows(IllegalArgumentException.class, () -> Np.loadtxt(file, TextOptions.csv())).getMessage();
            assertEquals("the number of columns changed from " + columns + " to " + (columns - 1) + " at row " + (shortRow + 1)
                    + "; use `usecols` to select a subset and avoid this error", message);
        } finally {
            Files.delete(file);
        }
    }

    /** A float64 of any exponent, or one of the edges: 0, -0.0, subnormals, the extremes, NaN, infinities, small integers. */
    private static double value(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> new double[] {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_NORMAL, Double.MAX_VALUE, Double.NaN,
                    Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-310}[r.nextInt(9)];
            case 1 -> r.nextInt(201) - 100;
            case 2 -> Double.longBitsToDouble(r.nextLong() & 0x7fefffffffffffffL) * (r.nextBoolean() ? 1 : -1); // finite, any exponent
            default -> r.nextGaussian() * Math.pow(10, r.nextInt(41) - 20);
        };
    }

    private static void assertBits(double[] want, double[] got, String text) {
        for (int i = 0; i < want.length; i++) {
            if (Double.isNaN(want[i])) {
                assertTrue(Double.isNaN(got[i]), "element " + i + " is not NaN in\n" + text);
            } else {
                assertEquals(Double.doubleToLongBits(want[i]), Double.doubleToLongBits(got[i]), "element " + i + ": " + got[i] + " for " + want[i] + " in\n" + text);
            }
        }
    }
}
