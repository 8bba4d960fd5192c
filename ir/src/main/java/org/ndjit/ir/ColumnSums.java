package org.ndjit.ir;

import java.util.Arrays;

/**
 * The accumulators of float sums of up to {@code capacity} consecutive outputs that take their
 * elements at the same positions: a sum across rows, where output j is column j of each row. Each
 * output is defined exactly as in {@link Reduction} (8 TwoSum lanes, element p to lane
 * {@code p mod 8}, chunks of {@link Reduction#CHUNK} positions, the same final combination), with
 * the same arithmetic, so the results are bit-identical to the reference's. The lanes are laid out
 * so that lane l of outputs 0, 1, ... is a run of consecutive doubles, which a compiled kernel's
 * sumAcross updates a vector at a time. One object serves block after block of outputs
 * ({@link #start}), so a thread reuses it rather than allocating accumulators per run.
 */
public final class ColumnSums {
    private final int capacity;
    /** Lane l of output j at {@code l * capacity + j}. */
    private final double[] sum, compensation;
    /** The compensated total of each output's finished chunks. */
    private final double[] total, totalCompensation;
    private int width;

    public ColumnSums(int capacity) {
        this.capacity = capacity;
        sum = new double[Math.multiplyExact(capacity, Reduction.LANES)];
        compensation = new double[capacity * Reduction.LANES];
        total = new double[capacity];
        totalCompensation = new double[capacity];
    }

    public int capacity() {
        return capacity;
    }

    /** Clears the accumulators of outputs {@code [0, width)} for a new block of outputs that has taken no element yet. */
    public void start(int width) {
        if (width < 0 || width > capacity) throw new IllegalArgumentException("a block of " + width + " outputs in accumulators for " + capacity);
        this.width = width;
        for (int l = 0; l < Reduction.LANES; l++) {
            Arrays.fill(sum, l * capacity, l * capacity + width, 0);
            Arrays.fill(compensation, l * capacity, l * capacity + width, 0);
        }
        Arrays.fill(total, 0, width, 0);
        Arrays.fill(totalCompensation, 0, width, 0);
    }

    /**
     * Where the lane of the element at {@code position} starts in {@link #sums()} and
     * {@link #compensations()} (output j's accumulator is that index plus j). When {@code position}
     * starts a new chunk, every output's chunk is finished first: call in order of positions for the
     * first position of each lane's run of elements.
     */
    public int lane(long position) {
        if ((position & (Reduction.CHUNK - 1)) == 0 && position != 0) {
            for (int j = 0; j < width; j++) Reduction.finishChunk(sum, compensation, j, capacity, total, totalCompensation);
        }
        return (int) (position & (Reduction.LANES - 1)) * capacity;
    }

    /** The lanes' sums, lane-major (see {@link #lane}). */
    public double[] sums() {
        return sum;
    }

    /** The lanes' compensations, laid out as {@link #sums()}. */
    public double[] compensations() {
        return compensation;
    }

    /** Writes output j's sum to element {@code first + j} of {@code out}, for every output of the block. */
    public void store(Buffer out, long first) {
        for (int j = 0; j < width; j++) out.setDouble(first + j, Reduction.floatSum(sum, compensation, j, capacity, total, totalCompensation));
    }
}
