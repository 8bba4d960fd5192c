package org.ndjit;


/**
 * The options of {@link TextFiles}: NumPy's keyword arguments of {@code loadtxt}, {@code genfromtxt}
 * and {@code savetxt}, with NumPy's defaults. Immutable; each method returns a changed copy:
 * {@code TextOptions.csv().skiprows(1).usecols(0, 2)}.
 *
 * @param delimiter  the field separator; null for runs of whitespace (NumPy's {@code delimiter=None})
 * @param comments   text after which a line is ignored when reading ({@code "#"}; null for none)
 * @param skiprows   lines skipped at the start when reading (NumPy's {@code skiprows}, {@code skip_header})
 * @param usecols    the columns read, negative ones from the end; null for all
 * @param maxRows    at most this many data rows are read; -1 for all
 * @param dtype      the dtype of the loaded array (loadtxt; genfromtxt reads float64)
 * @param ndmin      the loaded array has at least this many dimensions (0, 1 or 2)
 * @param fmt        a printf format when writing: one per value ({@code "%.18e"}), or one for each column of a row
 * @param header     text written before the data, each line prefixed by {@code commentPrefix}; "" for none
 * @param footer     text written after the data, the same way
 * @param newline    what ends each written line
 * @param commentPrefix what starts each written header and footer line ({@code "# "})
 */
public record TextOptions(String delimiter, String comments, int skiprows, int[] usecols, long maxRows, DType dtype, int ndmin,
                          String fmt, String header, String footer, String newline, String commentPrefix) {
    /** NumPy's defaults: whitespace-separated, {@code #} comments, float64, {@code %.18e}. */
    public static TextOptions defaults() {
        return new TextOptions(null, "#", 0, null, -1, DType.FLOAT64, 0, "%.18e", "", "", "\n", "# ");
    }

    /** The defaults with a comma as the delimiter. */
    public static TextOptions csv() { return defaults().delimiter(","); }

    /** {@code delimiter=}: the field separator, null for runs of whitespace; {@code TextOptions.defaults().delimiter("\t")} for tab-separated values. */
    public TextOptions delimiter(String d) { return new TextOptions(d, comments, skiprows, usecols, maxRows, dtype, ndmin, fmt, header, footer, newline, commentPrefix); }
    /** {@code comments=}: text after which a read line is ignored, null for none. */
    public TextOptions comments(String c) { return new TextOptions(delimiter, c, skiprows, usecols, maxRows, dtype, ndmin, fmt, header, footer, newline, commentPrefix); }
    /** {@code skiprows=} ({@code skip_header=} of genfromtxt): lines skipped at the start, e.g. a header: {@code TextOptions.csv().skiprows(1)}. */
    public TextOptions skiprows(int n) {
        if (n < 0) throw new IllegalArgumentException("skiprows must be >= 0, got " + n);
        return new TextOptions(delimiter, comments, n, usecols, maxRows, dtype, ndmin, fmt, header, footer, newline, commentPrefix);
    }
    /** {@code usecols=}: the columns read, in this order, negative ones from the end: {@code TextOptions.csv().usecols(0, -1)}. */
    public TextOptions usecols(int... cols) { return new TextOptions(delimiter, comments, skiprows, cols.clone(), maxRows, dtype, ndmin, fmt, header, footer, newline, commentPrefix); }
    /** {@code max_rows=}: at most this many data rows are read; -1 for all. */
    public TextOptions maxRows(long n) { return new TextOptions(delimiter, comments, skiprows, usecols, n, dtype, ndmin, fmt, header, footer, newline, commentPrefix); }
    /** {@code dtype=}: the dtype loadtxt gives (genfromtxt reads float64): {@code TextOptions.csv().dtype(DType.INT64)}. */
    public TextOptions dtype(DType d) { return new TextOptions(delimiter, comments, skiprows, usecols, maxRows, d, ndmin, fmt, header, footer, newline, commentPrefix); }
    /** {@code ndmin=}: the loaded array has at least this many dimensions (0, 1 or 2). */
    public TextOptions ndmin(int n) {
        if (n < 0 || n > 2) throw new IllegalArgumentException("Illegal value of ndmin keyword: " + n);
        return new TextOptions(delimiter, comments, skiprows, usecols, maxRows, dtype, n, fmt, header, footer, newline, commentPrefix);
    }
    /** {@code fmt=}: a printf format per value ({@code "%.3f"}), or one for a whole row ({@code "%d,%.2f"}). */
    public TextOptions fmt(String f) { return new TextOptions(delimiter, comments, skiprows, usecols, maxRows, dtype, ndmin, f, header, footer, newline, commentPrefix); }
    /** {@code header=}: text written before the data, each line prefixed by the comment prefix. */
    public TextOptions header(String h) { return new TextOptions(delimiter, comments, skiprows, usecols, maxRows, dtype, ndmin, fmt, h, footer, newline, commentPrefix); }
    /** {@code footer=}: text written after the data, each line prefixed by the comment prefix. */
    public TextOptions footer(String f) { return new TextOptions(delimiter, comments, skiprows, usecols, maxRows, dtype, ndmin, fmt, header, f, newline, commentPrefix); }
    /** {@code newline=}: what ends each written line. */
    public TextOptions newline(String n) { return new TextOptions(delimiter, comments, skiprows, usecols, maxRows, dtype, ndmin, fmt, header, footer, n, commentPrefix); }
    /** {@code comments=} of savetxt: what starts each written header and footer line ({@code "# "}; {@code ""} for a plain CSV header line). */
    public TextOptions commentPrefix(String c) { return new TextOptions(delimiter, comments, skiprows, usecols, maxRows, dtype, ndmin, fmt, header, footer, newline, c); }
}
