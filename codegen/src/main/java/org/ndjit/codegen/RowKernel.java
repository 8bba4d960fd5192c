package org.ndjit.codegen;

import java.lang.foreign.MemorySegment;

/**
 * A compiled fused kernel: computes {@code n} consecutive elements along the innermost loop axis.
 * Input {@code i} is read from {@code in[i]} at element offset {@code off[i] + j * stride[i]}
 * (stride 0 for a broadcast input); results go to {@code out} at element offset {@code outOff + j}.
 * Constants arrive in {@code dc} (floats) or {@code lc} (integers and bools), indexed by constant
 * number. Sizes and strides are arguments, so one class serves every shape; {@code n} is at most
 * {@link #MAX_ROW} (the loop counter is an int, which C2 optimizes best).
 */
public abstract class RowKernel {
    /** The longest row one call handles; callers split longer rows. */
    public static final long MAX_ROW = 1L << 30;

    public abstract void row(MemorySegment[] in, long[] off, long[] stride, MemorySegment out, long outOff, long n,
                             double[] dc, long[] lc);
}
