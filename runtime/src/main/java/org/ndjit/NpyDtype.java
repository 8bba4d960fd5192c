package org.ndjit;


import java.nio.ByteOrder;
import java.util.List;

/**
 * A {@code .npy} header's {@code descr}: one of the library's dtypes and the byte order of its data.
 * NumPy writes {@code dtype.str}, e.g. {@code '<f8'} (little-endian float64), {@code '>i4'} or
 * {@code '|b1'} ({@code |}: byte order does not apply). Reading also accepts {@code '='} and no prefix
 * (native order), as {@code np.dtype} does. Everything else NumPy can store (complex, strings,
 * objects, datetimes, structured records) is named in the error, so that the user learns which
 * dtype to convert to before saving.
 */
record NpyDtype(DType dtype, ByteOrder order) {
    /** The descriptors this library reads, for error messages. */
    static final String SUPPORTED = "<f8 >f8 <f4 >f4 <f2 >f2 <i8 >i8 <i4 >i4 <i2 >i2 |i1 <u8 >u8 <u4 >u4 <u2 >u2 |u1 |b1";

    /** The descr NumPy writes for this dtype and byte order: {@code '<f8'}, {@code '|u1'}, {@code '|b1'} ({@code |} for one-byte items). */
    String descr() {
        return (dtype.itemSize() == 1 ? "|" : order == ByteOrder.LITTLE_ENDIAN ? "<" : ">") + code(dtype);
    }

    /** NumPy's type code without byte order: a kind letter and the item size ({@code f8}, {@code u1}, {@code b1}). */
    private static String code(DType dtype) {
        char kind = dtype.isBool() ? 'b' : dtype.isFloat() ? 'f' : dtype.isUnsigned() ? 'u' : 'i';
        return kind + Integer.toString(dtype.itemSize());
    }

    /** True when the data must be byte-swapped to be read as Java's native-order layouts. */
    boolean swapped() {
        return dtype.itemSize() > 1 && order != ByteOrder.nativeOrder();
    }

    /**
     * Reads a header's descr value ({@link PyLiteral} output).
     *
     * @throws IllegalArgumentException naming the unsupported dtype and why
     */
    static NpyDtype parse(Object descr) {
        if (descr instanceof List<?> || descr instanceof PyLiteral.Tuple) {
            throw new IllegalArgumentException("unsupported dtype " + PyLiteral.describe(descr)
                    + ": structured (record) dtypes are not supported; supported: " + SUPPORTED);
        }
        if (!(descr instanceof String s)) {
            throw new IllegalArgumentException("descr is not a valid dtype descriptor: " + PyLiteral.describe(descr));
        }
        String named = switch (s) {
            case "float64", "double" -> "=f8";
            case "float32", "single" -> "=f4";
            case "int64" -> "=i8";
            case "int32" -> "=i4";
            case "float16", "half" -> "=f2";
            case "int16" -> "=i2";
            case "int8" -> "|i1";
            case "uint64" -> "=u8";
            case "uint32" -> "=u4";
            case "uint16" -> "=u2";
            case "uint8" -> "|u1";
            case "bool", "?" -> "|b1";
            default -> s;
        };
        char first = named.isEmpty() ? ' ' : named.charAt(0);
        ByteOrder order;
        String code;
        switch (first) {
            case '<' -> { order = ByteOrder.LITTLE_ENDIAN; code = named.substring(1); }
            case '>' -> { order = ByteOrder.BIG_ENDIAN; code = named.substring(1); }
            case '=', '|' -> { order = ByteOrder.nativeOrder(); code = named.substring(1); }
            default -> { order = ByteOrder.nativeOrder(); code = named; }
        }
        DType dtype = null;
        for (DType d : DType.values()) if (code.equals(code(d)) || d.isBool() && code.equals("?")) dtype = d;
        if (dtype == null) throw new IllegalArgumentException("unsupported dtype " + PyLiteral.describe(s) + kind(code) + "; supported: " + SUPPORTED);
        return new NpyDtype(dtype, dtype.itemSize() == 1 ? ByteOrder.nativeOrder() : order);
    }

    /** What NumPy's type character means, so the message says "complex" rather than just "c16". */
    private static String kind(String code) {
        if (code.isEmpty() || code.length() > 24) return ""; // no real type code is that long; do not repeat it
        String what = switch (code.charAt(0)) {
            case 'c' -> "complex";
            case 'O' -> "Python objects";
            case 'U' -> "unicode strings";
            case 'S', 'a' -> "byte strings";
            case 'V' -> "raw or structured records";
            case 'M' -> "datetime64";
            case 'm' -> "timedelta64";
            case 'u' -> "unsigned integers of " + code.substring(1) + " bytes";
            case 'i' -> "signed integers of " + code.substring(1) + " bytes";
            case 'f' -> "floats of " + code.substring(1) + " bytes";
            case 'b' -> "bools of " + code.substring(1) + " bytes";
            case 'e' -> "float16";
            case 'T' -> "variable-width strings";
            default -> null;
        };
        return what == null ? "" : " (" + what + ")";
    }
}
