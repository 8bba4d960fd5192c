package org.ndjit.engine;

import org.ndjit.DType;
import org.ndjit.codegen.KernelCache;
import org.ndjit.codegen.KernelSpec;
import org.ndjit.codegen.KernelTiers;
import org.ndjit.codegen.RowKernel;
import org.ndjit.codegen.Vectorization;

import org.ndjit.ir.Buffer;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Reference;
import java.util.Arrays;

/**
 * A kernel's generated row loop with one run's input segments and constants bound. The compiled
 * class depends on the inner strides (they decide vectorization), which are the same for every row
 * of a run, so it is looked up at the first row.
 */
final class BoundKernel {
    private final KernelSpec spec;
    private final KernelCache cache;
    /**
     * The input buffers, kept reachable while rows run: pool memory goes back when its buffer is
     * collected, which must not happen while a kernel reads the buffer's segment.
     */
    private final Buffer[] buffers;
    private final MemorySegment[] in;
    private final Constants constants;
    /** Elements the run computes: a small run of a new kernel gets its scalar class while the vector class warms up. */
    private final long elements;
    private KernelTiers tiers;
    /**
     * The class rows run on: looked up at {@link #prepare}, then replaced by the vector class when a run that
     * started on the scalar class finds it ready ({@link KernelTiers#latest}). Parts of a run on other threads
     * may each see either: both compute the same bits, and a class is never replaced by one with fewer entry points.
     */
    private RowKernel kernel;
    /** Classes looked up before the run for inner strides {@link #presetStrides}, or null (see the constructor that takes them). */
    private KernelTiers preset;
    private long[] presetStrides;

    BoundKernel(KernelSpec spec, KernelCache cache, Buffer[] buffers, Constants constants, long elements) {
        this.spec = spec;
        this.elements = elements;
        this.cache = cache;
        this.buffers = buffers;
        this.in = new MemorySegment[buffers.length];
        for (int i = 0; i < buffers.length; i++) in[i] = buffers[i].segment();
        this.constants = constants;
    }

    /**
     * Gives back the memory of the picks of the run's gathered inputs ({@link GatheredInput}), made for
     * this run alone, once its rows have run: without it, they went back to the pool only when collected,
     * and each run of a large gather took new memory (its first writes page faults). A matrix product's
     * epilogue ({@link KernelRunner.Blocks}) leaves them to the collector.
     */
    void releasePicks() {
        for (int g : spec.gathered()) buffers[g + 1].close("the picks of a fused gather were released after its kernel ran");
    }

    /** The same kernel and inputs, its compiled class not yet looked up: for rows along another axis than this one's ({@link #prepare}). */
    BoundKernel unprepared() {
        return new BoundKernel(spec, cache, buffers, constants, elements);
    }

    /** Whether every input is an array read at its offsets (no range computed from positions, no gather read through picks). */
    boolean readsArraysOnly() {
        return spec.indices().isEmpty() && spec.gathered().isEmpty();
    }

    /**
     * The same, with the compiled classes {@code tiers} of the spec for inner strides {@code expected}, which a
     * cached plan's quick run looked up once: {@link #prepare} takes them when the run's strides are those.
     */
    BoundKernel(KernelSpec spec, KernelCache cache, Buffer[] buffers, Constants constants, long elements, KernelTiers tiers, long[] expected) {
        this(spec, cache, buffers, constants, elements);
        this.preset = tiers;
        this.presetStrides = expected;
    }

    /** Whether the kernel, read with these inner strides, gets a vector loop. */
    boolean vectorizes(long[] stride) {
        return Vectorization.loops().applies(spec.withStrides(stride));
    }

    /** Looks up the compiled class for these inner strides; call before rows run on several threads. */
    void prepare(long[] stride) {
        if (kernel == null) {
            tiers = preset != null && Arrays.equals(stride, presetStrides) ? preset : cache.tiers(spec.withStrides(stride), elements);
            kernel = tiers.forRun(elements);
        }
    }

    /**
     * The class the next call runs ({@link KernelTiers#latest}), written back only when it changed: the parts of a
     * run on other threads call through this same object, and a write per call would bounce its cache line.
     */
    private RowKernel current() {
        RowKernel k = kernel, latest = tiers.latest(k);
        if (latest != k) kernel = latest;
        return latest;
    }

    void row(long[] off, long[] stride, MemorySegment out, long outOff, long n) {
        prepare(stride);
        tiers.used(KernelTiers.Entry.ROW); // its warm-up makes the entry points runs call hot
        current().row(in, off, stride, out, outOff, n, constants.doubles(), constants.longs());
        Reference.reachabilityFence(buffers);
    }

    /** {@link #row} reading its inputs from {@code segments} (the bound ones, some replaced by blocks staging their values: {@link BatchedRows}). */
    void row(MemorySegment[] segments, long[] off, long[] stride, MemorySegment out, long outOff, long n) {
        prepare(stride);
        tiers.used(KernelTiers.Entry.ROW);
        current().row(segments, off, stride, out, outOff, n, constants.doubles(), constants.longs());
        Reference.reachabilityFence(buffers);
    }

    /** A copy of the input segments the kernel reads (input i's at i, when {@link #readsArraysOnly}). */
    MemorySegment[] segments() {
        return in.clone();
    }

    /** Input i's segment. */
    MemorySegment segment(int i) {
        return in[i];
    }

    /** Input i's dtype. */
    DType inputDtype(int i) {
        return buffers[i].dtype();
    }

    /** Whether the compiled class has {@link RowKernel#sumRow} (after {@link #prepare}). */
    boolean sumsRows() {
        return kernel.sumsRows();
    }

    /** Adds the row's {@code n} values to a float sum's 8 lanes (see {@link RowKernel#sumRow}). */
    void sumRow(long[] off, long[] stride, long n, double[] lanes) {
        tiers.used(KernelTiers.Entry.SUM_ROW);
        kernel.sumRow(in, off, stride, n, constants.doubles(), constants.longs(), lanes);
        Reference.reachabilityFence(buffers);
    }

    /** Whether the compiled class has {@link RowKernel#sumRowLong} (after {@link #prepare}). */
    boolean sumsRowsLong() {
        return kernel.sumsRowsLong();
    }

    /** Adds the row's {@code n} integer or bool values, widened to long, to {@code total[0]} (see {@link RowKernel#sumRowLong}). */
    void sumRowLong(long[] off, long[] stride, long n, long[] total) {
        tiers.used(KernelTiers.Entry.SUM_ROW_LONG);
        kernel.sumRowLong(in, off, stride, n, constants.doubles(), constants.longs(), total);
        Reference.reachabilityFence(buffers);
    }

    /** Whether the compiled class has {@link RowKernel#maxRow} and {@link RowKernel#minRow} (after {@link #prepare}). */
    boolean extremesRows() {
        return kernel.extremesRows();
    }

    /** Takes the largest ({@code min}: the smallest) of the row's {@code n} values into {@code best[0]} (see {@link RowKernel#maxRow}). */
    void extremeRow(boolean min, long[] off, long[] stride, long n, double[] best) {
        if (min) {
            tiers.used(KernelTiers.Entry.MIN_ROW);
            kernel.minRow(in, off, stride, n, constants.doubles(), constants.longs(), best);
        } else {
            tiers.used(KernelTiers.Entry.MAX_ROW);
            kernel.maxRow(in, off, stride, n, constants.doubles(), constants.longs(), best);
        }
        Reference.reachabilityFence(buffers);
    }

    /** Whether the compiled class has {@link RowKernel#argmaxRow} and {@link RowKernel#argminRow} (after {@link #prepare}). */
    boolean argExtremesRows() {
        return kernel.argExtremesRows();
    }

    /** The row's argmax ({@code min}: argmin) into {@code best}: its value at 0, its index in the row at 1 (see {@link RowKernel#argmaxRow}). */
    void argExtremeRow(boolean min, long[] off, long[] stride, long n, double[] best) {
        if (min) {
            tiers.used(KernelTiers.Entry.ARGMIN_ROW);
            kernel.argminRow(in, off, stride, n, constants.doubles(), constants.longs(), best);
        } else {
            tiers.used(KernelTiers.Entry.ARGMAX_ROW);
            kernel.argmaxRow(in, off, stride, n, constants.doubles(), constants.longs(), best);
        }
        Reference.reachabilityFence(buffers);
    }

    /** Whether the compiled class has {@link RowKernel#sumAcross} (after {@link #prepare}). */
    boolean sumsAcross() {
        return kernel.sumsAcross();
    }

    /** Adds {@code rows} rows of {@code n} values to TwoSum accumulators {@code at, at + 1, ...} (see {@link RowKernel#sumAcross}). */
    void sumAcross(long[] off, long[] stride, long[] rowStride, int rows, long n, double[] sum, double[] comp, int at) {
        tiers.used(KernelTiers.Entry.SUM_ACROSS);
        current().sumAcross(in, off, stride, rowStride, rows, n, constants.doubles(), constants.longs(), sum, comp, at);
        Reference.reachabilityFence(buffers);
    }

    /** Whether the compiled class has {@link RowKernel#sumAcrossLong} (after {@link #prepare}). */
    boolean sumsAcrossLong() {
        return kernel.sumsAcrossLong();
    }

    /** Adds {@code rows} rows of {@code n} integer or bool values, widened to long, to {@code totals[at + j]} (see {@link RowKernel#sumAcrossLong}). */
    void sumAcrossLong(long[] off, long[] stride, long[] rowStride, int rows, long n, long[] totals, int at) {
        tiers.used(KernelTiers.Entry.SUM_ACROSS_LONG);
        current().sumAcrossLong(in, off, stride, rowStride, rows, n, constants.doubles(), constants.longs(), totals, at);
        Reference.reachabilityFence(buffers);
    }

    /** Whether the compiled class has {@link RowKernel#argmaxAcross} and {@link RowKernel#argminAcross} (after {@link #prepare}). */
    boolean argExtremesAcross() {
        return kernel.argExtremesAcross();
    }

    /**
     * Takes {@code rows} rows of {@code n} values, the first at position {@code position}, into the argmax's ({@code min}: argmin's)
     * answers so far, {@code best[at + j]} from position {@code index[at + j]} (see {@link RowKernel#argmaxAcross}).
     */
    void argExtremeAcross(boolean min, long[] off, long[] stride, long[] rowStride, int rows, long n, double[] best, long[] index, long position, int at) {
        RowKernel k = current();
        if (min) {
            tiers.used(KernelTiers.Entry.ARGMIN_ACROSS);
            k.argminAcross(in, off, stride, rowStride, rows, n, constants.doubles(), constants.longs(), best, index, position, at);
        } else {
            tiers.used(KernelTiers.Entry.ARGMAX_ACROSS);
            k.argmaxAcross(in, off, stride, rowStride, rows, n, constants.doubles(), constants.longs(), best, index, position, at);
        }
        Reference.reachabilityFence(buffers);
    }

    /** Whether the compiled class has {@link RowKernel#maxAcross} and {@link RowKernel#minAcross} (after {@link #prepare}). */
    boolean extremesAcross() {
        return kernel.extremesAcross();
    }

    /** Takes {@code rows} rows of {@code n} values into the largest ({@code min}: smallest) so far, {@code best[at + j]} (see {@link RowKernel#maxAcross}). */
    void extremeAcross(boolean min, long[] off, long[] stride, long[] rowStride, int rows, long n, double[] best, int at) {
        RowKernel k = current();
        if (min) {
            tiers.used(KernelTiers.Entry.MIN_ACROSS);
            k.minAcross(in, off, stride, rowStride, rows, n, constants.doubles(), constants.longs(), best, at);
        } else {
            tiers.used(KernelTiers.Entry.MAX_ACROSS);
            k.maxAcross(in, off, stride, rowStride, rows, n, constants.doubles(), constants.longs(), best, at);
        }
        Reference.reachabilityFence(buffers);
    }

    /**
     * Whether one {@link #row} call may cover several rows of the loop: not with a gathered input, whose
     * pick of a whole row is read once per call ({@link KernelSpec#picksWholeRows}).
     */
    boolean spansRows() {
        return spec.gathered().isEmpty();
    }

    /** The dtype of the values the loop computes. */
    DType dtype() {
        return spec.output();
    }
}
