package org.ndjit.ir;

import org.ndjit.DType;
/**
 * NumPy's sort order of one dtype's values: numbers by value, NaN after every number (all NaNs
 * equal), -0.0 equal to 0.0, false before true. Sorts here are stable, so equal values (ties, the
 * two zeros, NaNs with different payloads) keep their input order: {@code sort(x)} is
 * {@code x[argsort(x)]} element for element, bit for bit.
 */
public final class SortOrder {
    private SortOrder() {}

    /** Compares two float values (float32 widened) in NumPy's order. */
    public static int compareFloat(double a, double b) {
        boolean na = Double.isNaN(a), nb = Double.isNaN(b);
        if (na || nb) return na == nb ? 0 : na ? 1 : -1;
        return a < b ? -1 : a > b ? 1 : 0;
    }

    /** Compares two integer or bool values as read by {@link Buffer#getLong} from a buffer of {@code dtype} (uint64: unsigned). */
    public static int compareInt(DType dtype, long a, long b) {
        return dtype == DType.UINT64 ? Long.compareUnsigned(a, b) : Long.compare(a, b);
    }

    /** Compares elements {@code i} and {@code j} of a buffer of any dtype. */
    public static int compare(Buffer buffer, long i, long j) {
        return buffer.dtype().isFloat() ? compareFloat(buffer.getDouble(i), buffer.getDouble(j))
                                        : compareInt(buffer.dtype(), buffer.getLong(i), buffer.getLong(j));
    }
}
