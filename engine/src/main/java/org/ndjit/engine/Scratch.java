package org.ndjit.engine;

import org.ndjit.ir.DType;
import org.ndjit.ir.Reduction;

import java.lang.foreign.MemorySegment;

/** A block of {@link KernelRunner#BLOCK} elements a reduce kernel writes rows into before reducing them. */
final class Scratch {
    private final double[] doubles;
    private final float[] floats;
    private final long[] longs;
    private final int[] ints;
    private final byte[] bytes;
    /** float32 values widened for the double accumulators (float32 sums accumulate in float64). */
    private final double[] widened;
    final MemorySegment segment;

    Scratch(DType dtype) {
        int n = KernelRunner.BLOCK;
        doubles = dtype == DType.FLOAT64 ? new double[n] : null;
        floats = dtype == DType.FLOAT32 ? new float[n] : null;
        longs = dtype == DType.INT64 ? new long[n] : null;
        ints = dtype == DType.INT32 ? new int[n] : null;
        bytes = dtype == DType.BOOL ? new byte[n] : null;
        widened = dtype == DType.FLOAT32 ? new double[n] : null;
        segment = switch (dtype) {
            case FLOAT64 -> MemorySegment.ofArray(doubles);
            case FLOAT32 -> MemorySegment.ofArray(floats);
            case INT64 -> MemorySegment.ofArray(longs);
            case INT32 -> MemorySegment.ofArray(ints);
            case BOOL -> MemorySegment.ofArray(bytes);
            default -> throw new IllegalArgumentException("no compiled reductions over " + dtype + " (its nodes run in the reference evaluator)");
        };
    }

    /** Feeds the first {@code len} values to output {@code o}; {@code index} is the first value's position. */
    void feed(Reduction r, int o, int len, long index) {
        if (floats != null && r.acceptExtremes(o, floats, len)) return; // a max or min of float32 values needs no widening
        if (doubles != null || floats != null) {
            r.acceptFloats(o, asDoubles(len), len, index);
        } else if (r.sumsIntegers()) {
            r.acceptIntTotal(o, intTotal(len));
        } else {
            for (int j = 0; j < len; j++) r.acceptInt(o, intValue(j), index + j);
        }
    }

    /** The wrapping sum of the first len integer values (integer sums are order-independent). */
    private long intTotal(int len) {
        long total = 0;
        if (longs != null) for (int j = 0; j < len; j++) total += longs[j];
        else if (ints != null) for (int j = 0; j < len; j++) total += ints[j];
        else for (int j = 0; j < len; j++) total += bytes[j];
        return total;
    }

    /** Feeds value j to output {@code first + j}; all are at position {@code index} of their reduction. */
    void feedAcross(Reduction r, int first, int len, long index) {
        if (doubles != null || floats != null) {
            r.acceptFloatsAcross(first, asDoubles(len), len, index);
        } else {
            for (int j = 0; j < len; j++) r.acceptInt(first + j, intValue(j), index);
        }
    }

    private double[] asDoubles(int len) {
        if (doubles != null) return doubles;
        for (int j = 0; j < len; j++) widened[j] = floats[j];
        return widened;
    }

    private long intValue(int j) {
        return longs != null ? longs[j] : ints != null ? ints[j] : bytes[j];
    }
}
