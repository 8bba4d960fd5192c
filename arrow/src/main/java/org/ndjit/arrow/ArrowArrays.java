package org.ndjit.arrow;

import java.lang.foreign.MemorySegment;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.complex.FixedSizeListVector;
import org.ndjit.NDArray;
import org.ndjit.Np;
import org.ndjit.DType;

/**
 * NDArrays over Apache Arrow vectors without copying, and results written into Arrow vectors.
 *
 * <p>{@link #view(FieldVector)} wraps the data buffer of a {@link Float8Vector} (float64),
 * {@link Float4Vector} (float32), {@link BigIntVector} (int64) or {@link IntVector} (int32) as a 1-d
 * array, and a {@link FixedSizeListVector} of one of those as a 2-d array (one row per list): the array
 * reads Arrow's memory, nothing is copied. A {@link BitVector} is bit-packed, so it is unpacked into a
 * bool array (a copy). The vector must stay open, and unchanged, while the array or anything computed
 * from it lazily is read; a result computed from it ({@link NDArray#eval()}) holds its own memory.
 *
 * <p>Arrays have no nulls: a vector with nulls is rejected by {@link #view(FieldVector)}, or read with a
 * fill value by {@link #view(FieldVector, double)} (NumPy's {@code np.where(valid, values, fill)}: the
 * values are still read in place, the validity bitmap is unpacked into a bool mask).
 *
 * <pre>{@code
 * Float8Vector prices = ...;                            // from Parquet, Flight, pyarrow...
 * NDArray p = ArrowArrays.view(prices);                 // no copy
 * NDArray z = p.sub(p.mean()).div(p.std());
 * try (Float8Vector out = (Float8Vector) ArrowArrays.toArrow(z, "z", allocator)) { ... }
 * }</pre>
 */
public final class ArrowArrays {
    private ArrowArrays() {}

    /**
     * The vector's values as an array (see the class comment): {@code ArrowArrays.view(prices).mean()}.
     *
     * @param vector a Float8, Float4, BigInt, Int or Bit vector, or a FixedSizeListVector of one of the first four
     * @return a 1-d array reading the vector's data buffer (a 2-d one for lists; a bool copy for bits)
     * @throws IllegalArgumentException if the vector has nulls (the message says how many and points to the fill form), or is of another type
     */
    public static NDArray view(FieldVector vector) {
        DType dtype = vector instanceof BitVector || vector instanceof FixedSizeListVector ? null : dtypeOf(vector);
        rejectNulls(vector);
        if (vector instanceof BitVector bits) return unpack(bits);
        if (vector instanceof FixedSizeListVector lists) return rows(lists);
        return wrap(vector, dtype, vector.getValueCount());
    }

    /**
     * The vector's values with {@code fill} where they are null: a lazy
     * {@code Np.where(valid, values, fill)}, so a double fill of an integer vector gives float64, as
     * NumPy's {@code where} with a Python float. {@code ArrowArrays.view(prices, Double.NaN)} reads
     * nulls as NaN for {@code Np.nanmean} and the other NaN-ignoring reductions.
     *
     * @param vector a Float8, Float4, BigInt, Int or Bit vector (a FixedSizeListVector only without null lists)
     * @param fill   the value where the vector is null
     * @return the values, read in place, with {@code fill} at the nulls; the vector itself when it has none
     * @throws IllegalArgumentException if the vector is of another type, or a FixedSizeListVector with null lists
     */
    public static NDArray view(FieldVector vector, double fill) {
        return vector.getNullCount() == 0 ? view(vector) : Np.where(validity(vector), valuesOf(vector), fill);
    }

    /**
     * {@link #view(FieldVector, double)} with an integer fill, which keeps an integer vector's dtype:
     * {@code ArrowArrays.view(counts, 0L)} of a BigIntVector is int64.
     *
     * @param vector a Float8, Float4, BigInt, Int or Bit vector (a FixedSizeListVector only without null lists)
     * @param fill   the value where the vector is null (a weak integer: the vector's dtype stays)
     * @return the values, read in place, with {@code fill} at the nulls
     * @throws IllegalArgumentException if the vector is of another type, or a FixedSizeListVector with null lists
     */
    public static NDArray view(FieldVector vector, long fill) {
        return vector.getNullCount() == 0 ? view(vector) : Np.where(validity(vector), valuesOf(vector), fill);
    }

    /**
     * A {@link BitVector} with {@code fill} where it is null: {@code ArrowArrays.view(flags, false)}.
     *
     * @param vector the bits
     * @param fill   the value where the vector is null
     * @return a bool array, unpacked from the bits (a copy)
     */
    public static NDArray view(BitVector vector, boolean fill) {
        if (vector.getNullCount() == 0 || !fill) return unpack(vector); // unpacking reads nulls as false
        return unpack(vector).or(validity(vector).not());
    }

    /**
     * A new Arrow vector holding {@code array}'s values, computed straight into the vector's data buffer
     * ({@link NDArray#into}): float64, float32, int64 and int32 1-d arrays give a {@link Float8Vector},
     * {@link Float4Vector}, {@link BigIntVector} or {@link IntVector}, bool a {@link BitVector}, and a 2-d
     * array of one of the four numeric dtypes a {@link FixedSizeListVector} of its rows. The caller
     * closes the vector: {@code try (FieldVector v = ArrowArrays.toArrow(z, "z", allocator)) { ... }}.
     *
     * @param array     the array to compute; 1-d, or 2-d of a numeric dtype
     * @param name      the vector's field name
     * @param allocator where the vector's buffers come from
     * @return a new vector of {@code array.size()} values (rows, for a 2-d array), none of them null
     * @throws IllegalArgumentException if the array's dtype or number of dimensions has no vector here
     */
    public static FieldVector toArrow(NDArray array, String name, BufferAllocator allocator) {
        return ArrowExport.toArrow(array, name, allocator);
    }

    private static NDArray valuesOf(FieldVector vector) {
        if (vector instanceof BitVector bits) return unpack(bits);
        if (vector instanceof FixedSizeListVector lists) {
            throw new IllegalArgumentException("a FixedSizeListVector with null lists has no fill form here: "
                    + vector.getNullCount() + " of its " + vector.getValueCount() + " lists are null");
        }
        return wrap(vector, dtypeOf(vector), vector.getValueCount());
    }

    static DType dtypeOf(FieldVector vector) {
        return switch (vector) {
            case Float8Vector v -> DType.FLOAT64;
            case Float4Vector v -> DType.FLOAT32;
            case BigIntVector v -> DType.INT64;
            case IntVector v -> DType.INT32;
            default -> throw new IllegalArgumentException("no NDArray view of an Arrow " + vector.getClass().getSimpleName()
                    + " ('" + vector.getName() + "', " + vector.getField().getType() + "): Float8Vector, Float4Vector, BigIntVector, "
                    + "IntVector, BitVector and FixedSizeListVector of the first four are supported");
        };
    }

    private static NDArray wrap(FieldVector vector, DType dtype, long length, long... shape) {
        MemorySegment data = ArrowExport.segment(vector.getDataBuffer().memoryAddress(), length * dtype.itemSize());
        return Np.wrap(data, dtype, shape.length == 0 ? new long[] {length} : shape);
    }

    private static NDArray rows(FixedSizeListVector lists) {
        FieldVector values = lists.getDataVector();
        rejectNulls(values);
        int width = lists.getListSize();
        long n = lists.getValueCount();
        return wrap(values, dtypeOf(values), n * width, n, width);
    }

    private static NDArray unpack(BitVector bits) {
        boolean[] out = new boolean[bits.getValueCount()];
        for (int i = 0; i < out.length; i++) out[i] = !bits.isNull(i) && bits.get(i) != 0;
        return Np.array(out);
    }

    private static NDArray validity(FieldVector vector) {
        boolean[] valid = new boolean[vector.getValueCount()];
        for (int i = 0; i < valid.length; i++) valid[i] = !vector.isNull(i);
        return Np.array(valid);
    }

    private static void rejectNulls(FieldVector vector) {
        int nulls = vector.getNullCount();
        if (nulls == 0) return;
        int first = 0;
        while (!vector.isNull(first)) first++;
        throw new IllegalArgumentException("Arrow vector '" + vector.getName() + "' has " + nulls + " null" + (nulls == 1 ? "" : "s")
                + " of " + vector.getValueCount() + " values (the first at index " + first
                + "); NDArrays have no nulls: read it with a fill value, ArrowArrays.view(vector, fill)");
    }
}
