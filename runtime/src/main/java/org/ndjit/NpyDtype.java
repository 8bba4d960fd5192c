package org.ndjit;

import org.ndjit.ir.DType;

import java.nio.ByteOrder;
import java.util.List;

/**
 * A {@code .npy} header's {@code descr}: one of the library's dtypes and the byte order of its data.
 * NumPy writes {@code dtype.str}, e.g. {@code '<f8'} (little-endian float64), {@code '>i4'} or
 * {@code '|b1'} ({@code |}: byte order does not apply). Reading also accepts {@code '='} and no prefix
 * (native order), as {@code np.dtype} does. Everything else NumPy can store (complex, unsigned and
 * small integers, float16, strings, objects, datetimes, structured records) is named in the error, so
 * that the user learns which dtype to convert to before saving.
 */
record NpyDtype(DType dtype, ByteOrder order) {
    /** The descriptors this library reads, for error messages. */
    static final String SUPPORTED = "<f8 >f8 <f4 >f4 <i8 >i8 <i4 >i4 |b1";

    /** The descr NumPy writes for this dtype and byte order: {@code '<f8'}, {@code '|b1'}. */
    String descr() {
        if (dtype == DType.BOOL) return "|b1";
        String code = switch (dtype) {
            case FLOAT64 -> "f8";
            case FLOAT32 -> "f4";
            case INT64 -> "i8";
            case INT32 -> "i4";
            case BOOL -> throw new AssertionError();
        };
        return (order == ByteOrder.LITTLE_ENDIAN ? "<" : ">") + code;
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
        DType dtype = switch (code) {
            case "f8" -> DType.FLOAT64;
            case "f4" -> DType.FLOAT32;
            case "i8" -> DType.INT64;
            case "i4" -> DType.INT32;
            case "b1", "?" -> DType.BOOL;
            default -> throw new IllegalArgumentException("unsupported dtype " + PyLiteral.describe(s) + kind(code) + "; supported: " + SUPPORTED);
        };
        return new NpyDtype(dtype, dtype == DType.BOOL ? ByteOrder.nativeOrder() : order);
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
            case 'u' -> "unsigned integers";
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
