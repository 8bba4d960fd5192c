package org.ndjit.ir;

/**
 * uint64 held in a {@code long}'s bits: the conversions that differ from int64's. Addition,
 * subtraction, multiplication, the bitwise ops and left shifts are the same bits either way; these are
 * the ones that are not (comparison, division and right shifts use {@link Long}'s unsigned methods).
 */
public final class Unsigned64 {
    private Unsigned64() {}

    private static final double TWO_63 = 0x1p63;

    /** The double nearest to the unsigned value (ties to even), as C's conversion gives it. */
    public static double toDouble(long u) {
        if (u >= 0) return u;
        // Halve, keeping the lost bit as a sticky bit so that the one rounding is still to nearest.
        return (double) ((u >>> 1) | (u & 1)) * 2.0;
    }

    /** The float nearest to the unsigned value (ties to even). */
    public static float toFloat(long u) {
        if (u >= 0) return u;
        return (float) ((u >>> 1) | (u & 1)) * 2.0f;
    }

    /**
     * A double truncated toward zero to uint64 bits: exact where NumPy defines the cast
     * ({@code 0 <= d < 2^64}); beyond, Java's casts: a negative value wraps as int64 does (-1.0 gives 2^64 - 1, as C on
     * x86-64 gives), 2^64 and above saturate to 2^64 - 1, NaN gives 0.
     */
    public static long fromDouble(double d) {
        return d >= TWO_63 ? (long) (d - TWO_63) ^ Long.MIN_VALUE : (long) d;
    }
}
