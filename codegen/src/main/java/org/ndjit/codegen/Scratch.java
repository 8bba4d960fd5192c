package org.ndjit.codegen;

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
        };
    }

    /** Feeds the first {@code len} values to one output element; {@code index} is the first value's position. */
    void feed(Reduction r, int len, long index) {
        if (doubles != null) {
            r.acceptFloats(doubles, len, index);
        } else if (floats != null) {
            for (int j = 0; j < len; j++) widened[j] = floats[j];
            r.acceptFloats(widened, len, index);
        } else {
            for (int j = 0; j < len; j++) accept(r, j, index + j);
        }
    }

    /** Feeds value j to output element {@code first + j}; all are at position {@code index} of their reduction. */
    void feedAcross(Reduction[] acc, int first, int len, long index) {
        for (int j = 0; j < len; j++) accept(acc[first + j], j, index);
    }

    private void accept(Reduction r, int j, long index) {
        if (doubles != null) r.acceptFloat(doubles[j], index);
        else if (floats != null) r.acceptFloat(floats[j], index);
        else if (longs != null) r.acceptInt(longs[j], index);
        else if (ints != null) r.acceptInt(ints[j], index);
        else r.acceptInt(bytes[j], index);
    }
}
