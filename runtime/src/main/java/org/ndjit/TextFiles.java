package org.ndjit;

import org.ndjit.engine.MemoryPool;
import org.ndjit.ir.Buffer;
import org.ndjit.ir.StridedArray;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Delimited text files, NumPy's {@code loadtxt}, {@code genfromtxt} and {@code savetxt}, with their
 * defaults and messages (options in {@link TextOptions}).
 *
 * <pre>{@code
 * NDArray t = TextFiles.loadtxt(Path.of("table.csv"), TextOptions.csv().skiprows(1));  // np.loadtxt(f, delimiter=",", skiprows=1)
 * TextFiles.savetxt(Path.of("out.txt"), t.mul(2));                                     // np.savetxt(f, t * 2): "%.18e", spaces
 * NDArray g = TextFiles.genfromtxt(Path.of("gaps.csv"), TextOptions.csv());            // empty or bad fields are nan
 * }</pre>
 *
 * <p><b>Reading:</b> a line's text after the comment marker is ignored, blank lines are skipped, fields
 * are split at the delimiter (or runs of whitespace) and stripped. Floats are Python's {@code float()}
 * literals ({@code 1.5e3}, {@code .5}, {@code nan}, {@code inf}, {@code -Infinity}); integers are
 * decimal; a bool field is an integer (0 false). One row or one column gives a 1-D array, as in NumPy
 * ({@code ndmin} asks for more). Saving is atomic, as {@link NpyFiles#save} is.
 */
public final class TextFiles {
    // Compiled once: String.matches and split(regex) compile their pattern at every call, per field and per line.
    private static final Pattern DECIMAL = Pattern.compile("(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?"),
            INTEGER = Pattern.compile("[+-]?\\d+"), WHITESPACE = Pattern.compile("\\s+");

    private TextFiles() {}

    /**
     * NumPy's {@code np.loadtxt(path)}: whitespace-separated float64.
     *
     * @throws IOException if the file cannot be read
     */
    public static NDArray loadtxt(Path path) throws IOException {
        return loadtxt(path, TextOptions.defaults());
    }

    /**
     * NumPy's {@code np.loadtxt(path, ...)} with the given options:
     * {@code TextFiles.loadtxt(p, TextOptions.csv().skiprows(1).usecols(0, 2))}. A field the dtype cannot
     * read, or a row with another number of columns, is an {@link IllegalArgumentException} with NumPy's message.
     *
     * @throws IOException if the file cannot be read
     */
    public static NDArray loadtxt(Path path, TextOptions options) throws IOException {
        List<String[]> rows = rows(path, options);
        int columns = -1;
        for (int r = 0; r < rows.size(); r++) {
            int n = rows.get(r).length;
            if (columns >= 0 && n != columns) {
                throw new IllegalArgumentException("the number of columns changed from " + columns + " to " + n + " at row " + (r + 1)
                        + "; use `usecols` to select a subset and avoid this error");
            }
            columns = n;
        }
        DType dtype = options.dtype();
        Buffer b = MemoryPool.shared().buffer(dtype, (long) rows.size() * Math.max(columns, 0), false);
        long at = 0;
        for (int r = 0; r < rows.size(); r++) {
            String[] fields = rows.get(r);
            for (int c = 0; c < fields.length; c++) {
                String f = fields[c];
                try {
                    switch (dtype) {
                        case FLOAT64 -> b.setDouble(at, parseFloat(f));
                        case FLOAT32 -> b.setFloat(at, parseFloat32(f)); // rounded once, from the decimal text
                        case INT64, INT32 -> b.setLong(at, parseInteger(f, dtype));
                        case BOOL -> b.setLong(at, parseInteger(f, DType.INT64) != 0 ? 1 : 0);
                        case FLOAT16 -> b.setDouble(at, parseFloat(f)); // rounded once, from the double, as NumPy's cast
                        case INT8, INT16, UINT8, UINT16, UINT32, UINT64 -> b.setLong(at, parseInteger(f, dtype));
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("could not convert string '" + f + "' to " + dtype.toString().toLowerCase()
                            + " at row " + r + ", column " + (c + 1) + ".");
                }
                at++;
            }
        }
        return NDArray.owning(b, shape(rows.size(), Math.max(columns, 0), options.ndmin()));
    }

    /**
     * NumPy's {@code np.genfromtxt(path, ...)} for numbers: float64, an empty or unreadable field is
     * {@code nan}; rows with another number of columns than the first are reported together, as NumPy
     * does. The result is squeezed (one value gives a 0-d array), then given {@code ndmin} dimensions.
     *
     * @throws IOException if the file cannot be read
     */
    public static NDArray genfromtxt(Path path, TextOptions options) throws IOException {
        List<String[]> rows = rows(path, options);
        int columns = rows.isEmpty() ? 0 : rows.getFirst().length;
        StringBuilder errors = new StringBuilder();
        for (int r = 1; r < rows.size(); r++) {
            if (rows.get(r).length != columns) {
                errors.append("\n    Line #").append(r + 1 + options.skiprows()).append(" (got ").append(rows.get(r).length)
                        .append(" columns instead of ").append(columns).append(")");
            }
        }
        if (!errors.isEmpty()) throw new IllegalArgumentException("Some errors were detected !" + errors);
        Buffer b = MemoryPool.shared().buffer(DType.FLOAT64, (long) rows.size() * columns, false);
        long at = 0;
        for (String[] fields : rows) {
            for (String f : fields) {
                double v;
                try {
                    v = parseFloat(f);
                } catch (NumberFormatException e) {
                    v = Double.NaN;
                }
                b.setDouble(at++, v);
            }
        }
        long[] shape = rows.size() == 1 && columns == 1 ? new long[0] : shape(rows.size(), columns, 0);
        NDArray a = NDArray.owning(b, shape);
        while (a.ndim() < options.ndmin()) a = a.reshape(prependOne(a.shape()));
        return a;
    }

    /**
     * NumPy's {@code np.savetxt(path, a)}: one row per line, {@code %.18e}, separated by spaces.
     *
     * @throws IOException if the file cannot be written (nothing is left at {@code path}, an existing file stays as it was)
     */
    public static void savetxt(Path path, NDArray array) throws IOException {
        savetxt(path, array, TextOptions.defaults());
    }

    /**
     * NumPy's {@code np.savetxt(path, a, fmt, delimiter, newline, header, footer, comments)}: a 1-D
     * array is one value per line; {@code fmt} is one conversion (applied to every value, joined by
     * the delimiter) or one per column (the whole row's format):
     * {@code TextFiles.savetxt(p, a, TextOptions.csv().fmt("%.3f").header("x,y").commentPrefix(""))}.
     *
     * @throws IOException if the file cannot be written (nothing is left at {@code path}, an existing file stays as it was)
     */
    public static void savetxt(Path path, NDArray array, TextOptions options) throws IOException {
        if (array.ndim() != 1 && array.ndim() != 2) throw new IllegalArgumentException("Expected 1D or 2D array, got " + array.ndim() + "D array instead");
        long rows = array.shape()[0], columns = array.ndim() == 2 ? array.shape()[1] : 1;
        PyFormat.Parsed format = PyFormat.parse(options.fmt());
        int specs = format.specs().size();
        boolean perValue = specs == 1;
        if (!perValue && specs != columns) throw new IllegalArgumentException("fmt has wrong number of % formats:  " + options.fmt());
        String delimiter = options.delimiter() == null ? " " : options.delimiter();
        array.read(v -> {
            AtomicFileWrite.write(path, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                comment(w, options.header(), options);
                StringBuilder line = new StringBuilder();
                for (long r = 0; r < rows; r++) {
                    line.setLength(0);
                    for (long c = 0; c < columns; c++) {
                        if (perValue) {
                            if (c > 0) line.append(delimiter);
                            line.append(format.parts().get(0)).append(value(format.specs().get(0), v, r * columns + c)).append(format.parts().get(1));
                        } else {
                            line.append(format.parts().get((int) c)).append(value(format.specs().get((int) c), v, r * columns + c));
                        }
                    }
                    if (!perValue) line.append(format.parts().getLast());
                    w.write(line.toString());
                    w.write(options.newline());
                }
                comment(w, options.footer(), options);
                w.flush();
            });
            return null;
        });
    }

    private static String value(Matcher spec, StridedArray v, long flat) {
        DType d = v.dtype();
        if (d.isFloat()) return PyFormat.format(spec, v.getDoubleFlat(flat));
        long x = d == DType.BOOL ? (v.getBoolFlat(flat) ? 1 : 0) : v.getLongFlat(flat);
        // uint64 holds its bits: values of 2^63 and above are negative longs
        return PyFormat.format(spec, d == DType.UINT64 && x < 0 ? new java.math.BigInteger(Long.toUnsignedString(x)) : java.math.BigInteger.valueOf(x));
    }

    private static void comment(Writer w, String text, TextOptions options) throws IOException {
        if (text.isEmpty()) return;
        for (String l : text.split("\n", -1)) {
            w.write(options.commentPrefix());
            w.write(l);
            w.write(options.newline());
        }
    }

    /** The data rows' fields, after skipped lines, comments, blank lines, usecols and maxRows. */
    private static List<String[]> rows(Path path, TextOptions options) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Pattern delimiter = options.delimiter() == null ? WHITESPACE : Pattern.compile(Pattern.quote(options.delimiter()));
            String line;
            int skipped = 0;
            while ((line = in.readLine()) != null) {
                if (skipped < options.skiprows()) {
                    skipped++;
                    continue;
                }
                if (options.maxRows() >= 0 && rows.size() >= options.maxRows()) break;
                if (options.comments() != null) {
                    int c = line.indexOf(options.comments());
                    if (c >= 0) line = line.substring(0, c);
                }
                if (line.isBlank()) continue;
                String[] fields = options.delimiter() == null ? delimiter.split(line.strip()) : delimiter.split(line, -1);
                for (int i = 0; i < fields.length; i++) fields[i] = fields[i].strip();
                rows.add(options.usecols() == null ? fields : select(fields, options.usecols(), rows.size() + 1));
            }
        }
        return rows;
    }

    private static String[] select(String[] fields, int[] usecols, int row) {
        String[] out = new String[usecols.length];
        for (int i = 0; i < usecols.length; i++) {
            int c = usecols[i] < 0 ? usecols[i] + fields.length : usecols[i];
            if (c < 0 || c >= fields.length) {
                throw new IllegalArgumentException("invalid column index " + usecols[i] + " at row " + row + " with " + fields.length + " columns");
            }
            out[i] = fields[c];
        }
        return out;
    }

    /**
     * NumPy's shape for rows x columns read (its squeeze, then ndmin): 0-D for one value, 1-D when
     * either is 1 (or nothing was read), unless ndmin asks for more; nothing read with ndmin 2 is
     * (0, 1), NumPy's {@code atleast_2d(a).T}.
     */
    private static long[] shape(long rows, long columns, int ndmin) {
        if (ndmin == 2) return rows == 0 ? new long[] {0, 1} : new long[] {rows, columns};
        if (ndmin == 0 && rows == 1 && columns == 1) return new long[0];
        if (rows == 0) return new long[] {0};
        if (rows == 1) return new long[] {columns};
        if (columns == 1) return new long[] {rows};
        return new long[] {rows, columns};
    }

    private static long[] prependOne(long[] shape) {
        long[] out = new long[shape.length + 1];
        out[0] = 1;
        System.arraycopy(shape, 0, out, 1, shape.length);
        return out;
    }

    /** Python's float(): decimal and exponent forms, nan, inf, infinity (any case, signed); no hex, no underscores. */
    static double parseFloat(String s) {
        String t = s.toLowerCase();
        String body = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        boolean negative = t.startsWith("-");
        switch (body) {
            case "nan" -> { return Double.NaN; }
            case "inf", "infinity" -> { return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY; }
            default -> { }
        }
        if (!DECIMAL.matcher(body).matches()) throw new NumberFormatException(s);
        return Double.parseDouble(t);
    }

    static float parseFloat32(String s) {
        double d = parseFloat(s);
        return Double.isFinite(d) ? Float.parseFloat(s.strip()) : (float) d;
    }

    /** An integer field that {@code dtype} holds exactly (NumPy's loadtxt rejects values out of its range); uint64 as its bits. */
    private static long parseInteger(String s, DType dtype) {
        if (!INTEGER.matcher(s).matches()) throw new NumberFormatException(s);
        String digits = s.startsWith("+") ? s.substring(1) : s;
        if (dtype == DType.UINT64) return Long.parseUnsignedLong(digits);
        long v = Long.parseLong(digits);
        if (dtype.wrap(v) != v) throw new NumberFormatException(s);
        return v;
    }
}
