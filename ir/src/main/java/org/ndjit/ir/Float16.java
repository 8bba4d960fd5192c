package org.ndjit.ir;

/**
 * float16 (IEEE binary16) conversions as NumPy makes them: every value is exact as a float, and a
 * result is rounded to nearest-even once. A float16 operation is computed in float and rounded once
 * ({@link Float#floatToFloat16}), as NumPy's loops do; a double is rounded to float16 directly
 * ({@link #fromDouble}), as NumPy's double-to-half cast does, never through float (which would round twice).
 */
public final class Float16 {
    private Float16() {}

    /** The float16 nearest to {@code d} (ties to even), as raw bits. */
    public static short fromDouble(double d) {
        float f = (float) d;
        // Round to odd into float: with 24 >= 11 + 2 bits, rounding that to float16 is rounding d once.
        if ((double) f != d && !Float.isInfinite(f) && !Double.isNaN(d)) {
            int bits = Float.floatToRawIntBits(f);
            if ((bits & 1) == 0) bits += Math.abs((double) f) > Math.abs(d) ? -1 : 1;
            f = Float.intBitsToFloat(bits);
        }
        return Float.floatToFloat16(f);
    }

    /** The value of float16 bits, exact. */
    public static float toFloat(short bits) {
        return Float.float16ToFloat(bits);
    }

    /** {@code v} rounded to float16 and back: the value a float16 element holding {@code v} has. */
    public static double round(double v) {
        return toFloat(fromDouble(v));
    }
}
