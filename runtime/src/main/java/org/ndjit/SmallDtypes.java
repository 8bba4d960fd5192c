package org.ndjit;


/**
 * Creation of the dtypes Java has no element type of its own for (uint8 to uint64, float16): from a
 * Java array of the same width, whose bits they take (the Java convention for unsigned data, e.g.
 * image bytes in a {@code byte[]}), or through NumPy's cast of the array's values otherwise.
 */
final class SmallDtypes {
    private SmallDtypes() {}

    /**
     * NumPy's {@code arange(start, stop, step, dtype=...)}: the start must fit an integer dtype
     * (NumPy's OverflowError), later values wrap as they do in NumPy; a bool range has at most two
     * values (NumPy's TypeError otherwise); float dtypes take NumPy's values ({@link #numpysFloatFill}).
     */
    static NDArray arange(long start, long stop, long step, DType dtype) {
        if (dtype.isInteger() && (dtype == DType.UINT64 ? start < 0 : dtype.wrap(start) != start)) {
            throw new IllegalArgumentException("Python integer " + start + " out of bounds for " + dtype);
        }
        NDArray ints = Np.arange(start, stop, step);
        long n = ints.shape()[0];
        if (dtype.isBool() && n > 2) {
            throw new IllegalArgumentException("arange() is only supported for booleans when the result has at most length 2.");
        }
        if (!dtype.isFloat() || n <= 2 || exactInFloats(start, step, n, dtype)) return ints.astype(dtype);
        return numpysFloatFill(start, step, n, dtype);
    }

    /**
     * Whether every value of the range, the start and the step are exact in {@code dtype} and in the
     * arithmetic NumPy fills it with (float32 for float16): then NumPy's fill is the values rounded once.
     */
    private static boolean exactInFloats(long start, long step, long n, DType dtype) {
        long limit = 1L << (dtype == DType.FLOAT64 ? 53 : 24);
        long last = start + (n - 1) * step; // n values of an int64 arange: no overflow
        if (Math.abs(start) > limit || Math.abs(last) > limit || Math.abs(last - start) > limit) return false;
        return dtype != DType.FLOAT16 || exactInFloat16(start) && exactInFloat16(start + step);
    }

    private static boolean exactInFloat16(long v) {
        return Float.float16ToFloat(Float.floatToFloat16(v)) == v;
    }

    /**
     * NumPy's float arange: its first two elements are the start and start + step rounded to the dtype
     * (as Python numbers), and its fill makes element i {@code start + i * delta} in float32 (float16 and
     * float32) or float64, delta being the difference of the first two elements, then rounds to the
     * dtype: {@code arange(2048, 2051, dtype=float16)} is {@code [2048 2048 2048]} (delta 0).
     */
    private static NDArray numpysFloatFill(long start, long step, long n, DType dtype) {
        DType compute = dtype == DType.FLOAT64 ? DType.FLOAT64 : DType.FLOAT32;
        double b0 = rounded(start, dtype);
        double b1 = rounded(java.math.BigInteger.valueOf(start).add(java.math.BigInteger.valueOf(step)).doubleValue(), dtype);
        double delta = compute == DType.FLOAT32 ? (float) (b1 - b0) : b1 - b0;
        NDArray rest = Np.arange(2, n).astype(compute).mul(delta).add(b0).astype(dtype);
        return Np.concatenate(0, Np.array(b0, b1).astype(dtype), rest);
    }

    /** A Python number's value in a float dtype (float16's from the float32 value, which is exact below float16's overflow). */
    private static double rounded(double v, DType dtype) {
        return switch (dtype) {
            case FLOAT16 -> Float.float16ToFloat(Float.floatToFloat16((float) v));
            case FLOAT32 -> (float) v;
            default -> v;
        };
    }

    static NDArray fromJava(Object nested, DType dtype) {
        if (nested == null) throw new IllegalArgumentException("cannot make an array from null");
        long[] shape = JavaArrays.shapeOf(nested);
        DType natural = JavaArrays.dtypeOf(nested);
        if (natural.isInteger() && dtype.isInteger() && natural.itemSize() == dtype.itemSize()) {
            return NDArray.owning(JavaArrays.copy(nested, dtype, shape), shape); // the same bits, read as the other signedness
        }
        return NDArray.owning(JavaArrays.copy(nested, natural, shape), shape).astype(dtype);
    }
}
