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
     * (NumPy's OverflowError), later values wrap as they do in NumPy; float dtypes round each value.
     */
    static NDArray arange(long start, long stop, long step, DType dtype) {
        if (dtype.isInteger() && (dtype == DType.UINT64 ? start < 0 : dtype.wrap(start) != start)) {
            throw new IllegalArgumentException("Python integer " + start + " out of bounds for " + dtype);
        }
        return Np.arange(start, stop, step).astype(dtype);
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
