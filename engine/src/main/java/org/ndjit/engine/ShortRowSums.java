package org.ndjit.engine;

import org.ndjit.ir.Layout;
import org.ndjit.ir.Reduction;
import org.ndjit.ir.StridedArray;

import java.util.Arrays;
import java.util.List;

/**
 * Float sums along a short innermost axis (at most {@link Reduction#LANES} elements, the only reduced
 * axis longer than 1), such as k-means' squared distances over 2-D points: {@code (X[:, None] - C[None]) ** 2}
 * summed over its last axis. Run output by output, each output is a kernel call on a row of two
 * elements and eight lanes of accumulators. Here the kernels run along the longest kept axis
 * instead, once per position of the reduced axis, into a block of values each, and each output's
 * few values are summed from those blocks as an accumulator would sum them
 * ({@link Reduction#shortRowSum}): the same bits, with a kernel call per block of
 * {@link KernelRunner#BLOCK} outputs.
 */
final class ShortRowSums {
    /** Kept axes shorter than this are not worth a row of their own: outputs go one by one (ReducePass). */
    private static final int LEAST_ROW = 16;
    /** Passes run so far, for tests. */
    static final java.util.concurrent.atomic.AtomicLong RUNS = new java.util.concurrent.atomic.AtomicLong();

    private final List<ReducePass.Member> members;
    private final long[] shape;
    private final int rowLength, along;
    /** The members' inputs, then the output (stride 0 on the reduced axes), as layouts over the loop. */
    private final Layout[] layouts;
    private final int[] from, others;
    private final long[] alongStride, reducedStride;
    private final BoundKernel[] loops;

    private ShortRowSums(List<ReducePass.Member> members, long[] shape, int[] axes, int along) {
        this.members = members;
        this.shape = shape;
        this.along = along;
        rowLength = (int) shape[shape.length - 1];
        int n = 0;
        from = new int[members.size() + 1];
        for (int m = 0; m < members.size(); m++) from[m + 1] = n += members.get(m).inputs().length;
        layouts = new Layout[n + 1];
        for (int m = 0; m < members.size(); m++) System.arraycopy(members.get(m).inputs(), 0, layouts, from[m], from[m + 1] - from[m]);
        layouts[n] = outputOverLoop(shape, axes);
        others = otherKeptAxes(shape.length, axes, along);
        alongStride = new long[n + 1];
        reducedStride = new long[n + 1];
        for (int i = 0; i <= n; i++) {
            alongStride[i] = layouts[i].stride(along);
            reducedStride[i] = layouts[i].stride(shape.length - 1);
        }
        loops = new BoundKernel[members.size()];
        for (int m = 0; m < members.size(); m++) {
            loops[m] = members.get(m).loop().unprepared();
            loops[m].prepare(Arrays.copyOfRange(alongStride, from[m], from[m + 1]));
        }
    }

    /**
     * The pass for these members, or null when it does not apply: a member that is not a float sum or
     * reads a range or a gather, an innermost axis that is kept or longer than {@link Reduction#LANES},
     * another reduced axis longer than 1, or no kept axis of {@link #LEAST_ROW} or more.
     */
    static ShortRowSums of(List<ReducePass.Member> members, long[] shape, int[] axes) {
        int last = shape.length - 1;
        if (last < 0 || Arrays.binarySearch(axes, last) < 0 || shape[last] > Reduction.LANES || KernelRunner.count(shape, axes) != shape[last]) return null;
        for (ReducePass.Member m : members) {
            if (m.kernel().output().op() != org.ndjit.ir.Op.SUM || !m.loop().dtype().isFloat() || !m.loop().readsArraysOnly()) return null;
        }
        int along = -1;
        for (int a = 0; a < last; a++) if (Arrays.binarySearch(axes, a) < 0 && (along < 0 || shape[a] >= shape[along])) along = a;
        return along < 0 || shape[along] < LEAST_ROW ? null : new ShortRowSums(members, shape, axes, along);
    }

    /** Computes every output into {@code out} (the members' arrays, from {@link ReducePass#allocate}). */
    void run(List<StridedArray> out) {
        long groups = KernelRunner.count(shape, others), blocks = (shape[along] + KernelRunner.BLOCK - 1) / KernelRunner.BLOCK;
        Cancellation cancel = Cancellation.current();
        RUNS.incrementAndGet();
        Parallel.forEachRowRange(groups * blocks, (long) members.size() * rowLength * KernelRunner.BLOCK, (first, end) -> {
            Scratch[][] scratch = new Scratch[members.size()][rowLength];
            for (int m = 0; m < scratch.length; m++) for (int r = 0; r < rowLength; r++) scratch[m][r] = new Scratch(loops[m].dtype(), (int) Math.min(KernelRunner.BLOCK, shape[along]));
            double[] values = new double[rowLength];
            long[] off = new long[layouts.length];
            for (long unit = first; unit < end; unit++) {
                cancel.check(); // a unit is at most a block of outputs
                long group = unit / blocks, start = unit % blocks * KernelRunner.BLOCK;
                int len = (int) Math.min(KernelRunner.BLOCK, shape[along] - start);
                long[] base = KernelRunner.offsets(KernelRunner.iterators(layouts, l -> l.onlyAxes(others), group));
                for (int m = 0; m < loops.length; m++) {
                    for (int r = 0; r < rowLength; r++) {
                        for (int i = from[m]; i < from[m + 1]; i++) off[i - from[m]] = base[i] + start * alongStride[i] + r * reducedStride[i];
                        loops[m].row(Arrays.copyOf(off, from[m + 1] - from[m]), Arrays.copyOfRange(alongStride, from[m], from[m + 1]), scratch[m][r].segment, 0, len);
                    }
                    long at = base[layouts.length - 1] + start * alongStride[layouts.length - 1];
                    double[][] rows = new double[rowLength][];
                    for (int r = 0; r < rowLength; r++) rows[r] = scratch[m][r].floatValues(len);
                    for (int k = 0; k < len; k++) {
                        for (int r = 0; r < rowLength; r++) values[r] = rows[r][k];
                        out.get(m).buffer().setDouble(at + k * alongStride[layouts.length - 1], Reduction.shortRowSum(values, rowLength));
                    }
                }
            }
        });
    }

    /** The output's C-order layout over the loop's shape: its stride on a kept axis, 0 on a reduced one. */
    private static Layout outputOverLoop(long[] shape, int[] axes) {
        long[] strides = new long[shape.length];
        long s = 1;
        for (int a = shape.length - 1; a >= 0; a--) {
            if (Arrays.binarySearch(axes, a) >= 0) continue;
            strides[a] = s;
            s *= shape[a];
        }
        return new Layout(shape, strides, 0);
    }

    /** The kept axes but {@code along}, in order. */
    private static int[] otherKeptAxes(int ndim, int[] axes, int along) {
        return java.util.stream.IntStream.range(0, ndim).filter(a -> a != along && Arrays.binarySearch(axes, a) < 0).toArray();
    }
}
