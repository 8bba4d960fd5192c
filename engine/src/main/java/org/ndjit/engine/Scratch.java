package org.ndjit.engine;

import org.ndjit.DType;
import org.ndjit.ir.Reduction;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A block of at most {@link KernelRunner#BLOCK} elements a reduce kernel writes rows into before reducing
 * them, in the Java array of the dtype's storage. Values go to the accumulators as the reference reads
 * them: integers as their value (the unsigned ones zero-extended, uint64 as its bits), float32 and
 * float16 widened exactly to double.
 */
final class Scratch {
    private final DType dtype;
    private final double[] doubles;
    private final float[] floats;
    private final long[] longs;
    private final int[] ints;
    private final short[] shorts;
    private final byte[] bytes;
    /** float32 or float16 values widened for the double accumulators (their sums accumulate in float64). */
    private final double[] widened;
    /** Integer and bool values narrower than 64 bits, widened as the reference reads them ({@link #asLongs}), for the accumulators. */
    private final long[] widenedInts;
    /** The dtype's storage array (one of the above), which {@link #feedRow} moves a row within. */
    private final Object storage;
    final MemorySegment segment;

    /** A block of {@code n} elements: at most {@link KernelRunner#BLOCK}, fewer for a loop that small. */
    Scratch(DType dtype, int n) {
        this.dtype = dtype;
        doubles = dtype == DType.FLOAT64 ? new double[n] : null;
        floats = dtype == DType.FLOAT32 ? new float[n] : null;
        longs = dtype == DType.INT64 || dtype == DType.UINT64 ? new long[n] : null;
        ints = dtype == DType.INT32 || dtype == DType.UINT32 ? new int[n] : null;
        shorts = dtype.itemSize() == 2 ? new short[n] : null;
        bytes = dtype.itemSize() == 1 ? new byte[n] : null;
        widened = dtype == DType.FLOAT32 || dtype == DType.FLOAT16 ? new double[n] : null;
        widenedInts = dtype.isFloat() || longs != null ? null : new long[n];
        segment = switch (dtype) {
            case FLOAT64 -> MemorySegment.ofArray(doubles);
            case FLOAT32 -> MemorySegment.ofArray(floats);
            case INT64, UINT64 -> MemorySegment.ofArray(longs);
            case INT32, UINT32 -> MemorySegment.ofArray(ints);
            case INT16, UINT16, FLOAT16 -> MemorySegment.ofArray(shorts);
            case BOOL, INT8, UINT8 -> MemorySegment.ofArray(bytes);
        };
        storage = segment.heapBase().orElseThrow();
    }

    /**
     * Feeds the {@code len} values at {@code from} (a row of several a kernel call wrote) to output
     * {@code o}, at positions 0, 1, ...: as {@link #feed}, after moving them to the front, where the
     * accumulators' block methods read. The caller feeds a block's rows in order, so what the move
     * overwrites has been fed already.
     */
    void feedRow(Reduction r, int o, int from, int len) {
        if (from > 0) System.arraycopy(storage, from, storage, 0, len);
        feed(r, o, len, 0);
    }

    /** Feeds the first {@code len} values to output {@code o}; {@code index} is the first value's position. */
    void feed(Reduction r, int o, int len, long index) {
        if (floats != null && r.acceptExtremes(o, floats, len)) return; // a max or min of float32 values needs no widening
        if (dtype.isFloat()) {
            r.acceptFloats(o, asDoubles(len), len, index);
        } else if (r.sumsIntegers()) {
            r.acceptIntTotal(o, intTotal(len));
        } else {
            long[] values = asLongs(len);
            if (!r.acceptInts(o, values, len, index)) for (int j = 0; j < len; j++) r.acceptInt(o, values[j], index + j);
        }
    }

    /** The first {@code len} float values as doubles (float32 and float16 widened into an array of this block's). */
    double[] floatValues(int len) {
        return asDoubles(len);
    }

    /** The wrapping sum of the first len integer values (integer sums are order-independent). */
    private long intTotal(int len) {
        long total = 0;
        switch (dtype) {
            case INT64, UINT64 -> { for (int j = 0; j < len; j++) total += longs[j]; }
            case INT32 -> { for (int j = 0; j < len; j++) total += ints[j]; }
            case BOOL, INT8 -> { for (int j = 0; j < len; j++) total += bytes[j]; }
            default -> {
                long[] values = asLongs(len);
                for (int j = 0; j < len; j++) total += values[j];
            }
        }
        return total;
    }

    /** Feeds value j to output {@code first + j}; all are at position {@code index} of their reduction. */
    void feedAcross(Reduction r, int first, int len, long index) {
        if (dtype.isFloat()) {
            r.acceptFloatsAcross(first, asDoubles(len), len, index);
        } else {
            r.acceptIntsAcross(first, asLongs(len), 0, len, index);
        }
    }

    /**
     * Feeds rows {@code k < rows} of {@code n} values (row k at {@code k * n}) to outputs
     * {@code first .. first + n}, row k at position {@code index + k}: {@link #feedAcross} row by row.
     */
    void feedRowsAcross(Reduction r, int first, int rows, int n, long index) {
        if (dtype.isFloat()) {
            r.acceptFloatRowsAcross(first, asDoubles(rows * n), rows, n, index);
            return;
        }
        long[] values = asLongs(rows * n);
        for (int k = 0; k < rows; k++) r.acceptIntsAcross(first, values, k * n, n, index + k);
    }

    /**
     * Fills this block with {@code n}-element copies of the row whose elements are at {@code offset},
     * {@code offset + stride}, ... of {@code source} (of this block's dtype), as many as fit.
     */
    void repeatRow(MemorySegment source, long offset, long stride, int n) {
        long size = dtype.itemSize(), rows = segment.byteSize() / (size * n);
        for (int j = 0; j < n; j++) MemorySegment.copy(source, (offset + j * stride) * size, segment, j * size, size);
        for (long k = 1; k < rows; k++) MemorySegment.copy(segment, 0, segment, k * n * size, n * size);
    }

    /**
     * Sets row k of {@code n} elements (k < rows) to n copies of the element at {@code offset + k * stride}
     * of {@code source} (of this block's dtype): a column broadcast along rows.
     */
    void repeatColumn(MemorySegment source, long offset, long stride, int rows, int n) {
        for (int k = 0; k < rows; k++) {
            long at = (offset + k * stride) * dtype.itemSize();
            int from = k * n, to = from + n;
            if (doubles != null) java.util.Arrays.fill(doubles, from, to, source.get(ValueLayout.JAVA_DOUBLE_UNALIGNED, at));
            else if (floats != null) java.util.Arrays.fill(floats, from, to, source.get(ValueLayout.JAVA_FLOAT_UNALIGNED, at));
            else if (longs != null) java.util.Arrays.fill(longs, from, to, source.get(ValueLayout.JAVA_LONG_UNALIGNED, at));
            else if (ints != null) java.util.Arrays.fill(ints, from, to, source.get(ValueLayout.JAVA_INT_UNALIGNED, at));
            else if (shorts != null) java.util.Arrays.fill(shorts, from, to, source.get(ValueLayout.JAVA_SHORT_UNALIGNED, at));
            else java.util.Arrays.fill(bytes, from, to, source.get(ValueLayout.JAVA_BYTE, at));
        }
    }

    private double[] asDoubles(int len) {
        if (doubles != null) return doubles;
        if (floats != null) for (int j = 0; j < len; j++) widened[j] = floats[j];
        else for (int j = 0; j < len; j++) widened[j] = Float.float16ToFloat(shorts[j]);
        return widened;
    }

    /**
     * The first {@code len} integer values as the reference reads them (Buffer.getLong: unsigned dtypes
     * zero-extended, uint64 its bits), in a long array: this block's own for 64-bit dtypes, else its widened copy.
     */
    private long[] asLongs(int len) {
        switch (dtype) {
            case INT64, UINT64 -> { return longs; }
            case INT32 -> { for (int j = 0; j < len; j++) widenedInts[j] = ints[j]; }
            case UINT32 -> { for (int j = 0; j < len; j++) widenedInts[j] = ints[j] & 0xFFFF_FFFFL; }
            case INT16 -> { for (int j = 0; j < len; j++) widenedInts[j] = shorts[j]; }
            case UINT16 -> { for (int j = 0; j < len; j++) widenedInts[j] = shorts[j] & 0xFFFF; }
            case UINT8 -> { for (int j = 0; j < len; j++) widenedInts[j] = bytes[j] & 0xFF; }
            default -> { for (int j = 0; j < len; j++) widenedInts[j] = bytes[j]; }
        }
        return widenedInts;
    }
}
