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
    /** The row count {@link #sumAcross} is fastest with: its vector loop is written out for that many rows. */
    public static final int ACROSS_ROWS = 8;

    public abstract void row(MemorySegment[] in, long[] off, long[] stride, MemorySegment out, long outOff, long n,
                             double[] dc, long[] lc);

    /**
     * Whether {@link #sumRow} is generated: only for float64 and float32 values where the vector loop
     * applies and 8 double lanes are one or two vector registers, and a spec that asks for sums
     * ({@link KernelSpec#reduces}, as every entry point below).
     */
    public boolean sumsRows() {
        return false;
    }

    /**
     * Computes the same {@code n} values as {@link #row} and adds them, widened to double, to the 8
     * TwoSum lanes of a float sum ({@link org.ndjit.ir.Reduction}) held in registers: value j goes to
     * lane {@code j mod 8}, whose sum is {@code lanes[j mod 8]} and compensation
     * {@code lanes[8 + j mod 8]} (read at entry, written at exit). The caller starts the row at a
     * position that is 0 mod 8 and keeps it inside one chunk of the reduction.
     */
    public void sumRow(MemorySegment[] in, long[] off, long[] stride, long n, double[] dc, long[] lc, double[] lanes) {
        throw new UnsupportedOperationException("this kernel has no sumRow");
    }

    /**
     * Whether {@link #sumRowLong} is generated: for integer and bool values where the vector loop
     * applies, of a spec that asks for sums.
     */
    public boolean sumsRowsLong() {
        return false;
    }

    /**
     * Computes the same {@code n} values as {@link #row} and adds them, widened to long as the reference
     * reads them (signed ones sign-extended, unsigned ones zero-extended, uint64 its bits, a bool 0 or 1),
     * to {@code total[0]}, wrapping as long addition does: an integer sum ({@link org.ndjit.ir.Reduction}),
     * in long lanes held in vector registers. Wrapping addition is associative and commutative, so the
     * lanes give the reference's bits in any order, and the row may start at any position.
     */
    public void sumRowLong(MemorySegment[] in, long[] off, long[] stride, long n, double[] dc, long[] lc, long[] total) {
        throw new UnsupportedOperationException("this kernel has no sumRowLong");
    }

    /**
     * Whether {@link #maxRow} and {@link #minRow} are generated: for float64 and float32 values where
     * the vector loop applies.
     */
    public boolean extremesRows() {
        return false;
    }

    /**
     * Computes the same {@code n} values as {@link #row} and takes their largest into {@code best[0]}:
     * {@code best[0] = Math.max(best[0], value)} for each value (float32 widened), as a max reduction
     * ({@link org.ndjit.ir.Reduction}) takes its elements, in vector registers: Math.max is the same in any
     * order (NaN wins, +0.0 is above -0.0), but for which NaN's payload is kept, which nothing specifies.
     */
    public void maxRow(MemorySegment[] in, long[] off, long[] stride, long n, double[] dc, long[] lc, double[] best) {
        throw new UnsupportedOperationException("this kernel has no maxRow");
    }

    /** {@link #maxRow} with {@link Math#min}: the smallest value. */
    public void minRow(MemorySegment[] in, long[] off, long[] stride, long n, double[] dc, long[] lc, double[] best) {
        throw new UnsupportedOperationException("this kernel has no minRow");
    }

    /**
     * Whether {@link #argmaxRow} and {@link #argminRow} are generated: for float64 and float32 values
     * where the vector loop applies.
     */
    public boolean argExtremesRows() {
        return false;
    }

    /**
     * Computes the same {@code n} values as {@link #row} ({@code n >= 1}) and finds the row's argmax as
     * the reference's takes elements one after the other: the first NaN, or if there is none the first
     * largest value. Its value (float32 widened) goes to {@code best[0]} and its index in the row, as a
     * double, to {@code best[1]}; in vector registers, each lane keeping its own first NaN or first
     * largest value with its index, the lanes combined after the loop.
     */
    public void argmaxRow(MemorySegment[] in, long[] off, long[] stride, long n, double[] dc, long[] lc, double[] best) {
        throw new UnsupportedOperationException("this kernel has no argmaxRow");
    }

    /** {@link #argmaxRow} for the first smallest value. */
    public void argminRow(MemorySegment[] in, long[] off, long[] stride, long n, double[] dc, long[] lc, double[] best) {
        throw new UnsupportedOperationException("this kernel has no argminRow");
    }

    /** Whether {@link #sumAcross} is generated: for float64 and float32 values (vector loop or not) of a spec that asks for sums. */
    public boolean sumsAcross() {
        return false;
    }

    /**
     * Computes the values of {@code rows} rows of {@code n} elements, row k's input i at element
     * offset {@code off[i] + k * rowStride[i] + j * stride[i]}, and adds value (k, j), widened to
     * double, to TwoSum accumulator j (sum {@code sum[at + j]}, compensation {@code comp[at + j]}),
     * as {@link org.ndjit.ir.Reduction#SCALAR_LANES} adds a value to a lane: row 0 first, then row 1,
     * and so on. A sum across rows gives it the rows its outputs take in one lane (positions p, p + 8,
     * ...), so the accumulators stay in registers while the rows stream.
     */
    public void sumAcross(MemorySegment[] in, long[] off, long[] stride, long[] rowStride, int rows, long n, double[] dc, long[] lc,
                          double[] sum, double[] comp, int at) {
        throw new UnsupportedOperationException("this kernel has no sumAcross");
    }

    /** Whether {@link #sumAcrossLong} is generated: for integer and bool values (vector loop or not) of a spec that asks for sums. */
    public boolean sumsAcrossLong() {
        return false;
    }

    /**
     * Computes the values of {@code rows} rows of {@code n} elements as {@link #sumAcross} does and adds
     * value (k, j), widened to long as the reference reads it (as {@link #sumRowLong} widens), to
     * {@code totals[at + j]}, wrapping: an integer or bool sum across rows, whose accumulators stay in
     * registers while the rows stream. Wrapping addition is associative and commutative, so the caller
     * may give it any rows of its outputs in any order.
     */
    public void sumAcrossLong(MemorySegment[] in, long[] off, long[] stride, long[] rowStride, int rows, long n, double[] dc, long[] lc,
                              long[] totals, int at) {
        throw new UnsupportedOperationException("this kernel has no sumAcrossLong");
    }

    /** Whether {@link #argmaxAcross} and {@link #argminAcross} are generated: for float64 and float32 values (vector loop or not) of a spec that asks for arg extremes. */
    public boolean argExtremesAcross() {
        return false;
    }

    /**
     * Computes the values of {@code rows} rows of {@code n} elements as {@link #sumAcross} does, row k being
     * the reduction's position {@code position + k}, and takes value (k, j), widened to double, into output j's
     * answer so far, its value {@code best[at + j]} from position {@code index[at + j]}, as the reference's
     * argmax takes elements one after the other ({@link ArgLanes#takeAcross}): a NaN replaces a number, a larger
     * number a smaller one, and nothing replaces a NaN or an equal value. The caller gives it every row of its
     * outputs in order of position, the first with best -inf and index 0; in registers while the rows stream.
     */
    public void argmaxAcross(MemorySegment[] in, long[] off, long[] stride, long[] rowStride, int rows, long n, double[] dc, long[] lc,
                             double[] best, long[] index, long position, int at) {
        throw new UnsupportedOperationException("this kernel has no argmaxAcross");
    }

    /** {@link #argmaxAcross} for the first smallest value (the first row's best +inf). */
    public void argminAcross(MemorySegment[] in, long[] off, long[] stride, long[] rowStride, int rows, long n, double[] dc, long[] lc,
                             double[] best, long[] index, long position, int at) {
        throw new UnsupportedOperationException("this kernel has no argminAcross");
    }

    /** Whether {@link #maxAcross} and {@link #minAcross} are generated: for float64 and float32 values (vector loop or not) of a spec that asks for extremes. */
    public boolean extremesAcross() {
        return false;
    }

    /**
     * Computes the values of {@code rows} rows of {@code n} elements as {@link #sumAcross} does and
     * takes value (k, j), widened to double, into accumulator j: {@code best[at + j] =
     * Math.max(best[at + j], value)}, as a max reduction ({@link org.ndjit.ir.Reduction}) takes its
     * elements. A max across rows gives it rows of its outputs, whose accumulators stay in registers
     * while the rows stream. Math.max is the same in any order (NaN wins, +0.0 is above -0.0) but for
     * which NaN's payload is kept, which nothing specifies.
     */
    public void maxAcross(MemorySegment[] in, long[] off, long[] stride, long[] rowStride, int rows, long n, double[] dc, long[] lc,
                          double[] best, int at) {
        throw new UnsupportedOperationException("this kernel has no maxAcross");
    }

    /** {@link #maxAcross} with {@link Math#min}: the smallest value. */
    public void minAcross(MemorySegment[] in, long[] off, long[] stride, long[] rowStride, int rows, long n, double[] dc, long[] lc,
                          double[] best, int at) {
        throw new UnsupportedOperationException("this kernel has no minAcross");
    }
}
