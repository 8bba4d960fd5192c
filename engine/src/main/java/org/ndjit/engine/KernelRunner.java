package org.ndjit.engine;

import org.ndjit.codegen.KernelCache;
import org.ndjit.codegen.KernelSpec;
import org.ndjit.codegen.RowKernel;
import org.ndjit.ir.Arange;
import org.ndjit.ir.Buffer;
import org.ndjit.DType;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.OffsetIterator;
import org.ndjit.ir.Op;
import org.ndjit.ir.Reduction;
import org.ndjit.ir.Shapes;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;
import org.ndjit.optimizer.Step;

import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs a compiled kernel over arrays: resolves each input to a strided layout broadcast to the loop
 * shape, then drives the generated row loop over the outer dimensions. Reductions evaluate rows of
 * their fused input into a small scratch block (never a full-size temporary) and feed the values,
 * in C order of the reduced axes, to the {@link Reduction} accumulators of the output elements.
 */
public final class KernelRunner {
    /** Elements per scratch block: small enough to stay in L1, large enough to amortise the call. */
    static final int BLOCK = 1024;
    /**
     * Columns per tile when an input walks its rows with a stride (a transpose): going down the rows
     * of a 64-column band reuses each cache line that input loads for the next rows, instead of
     * loading a new line per element.
     */
    static final long TILE = 64;
    /**
     * Outputs up to this size whose inputs are all contiguous run as one row on the calling thread:
     * below {@link Parallel#MIN_PART} nothing is split anyway, and one band of
     * {@link Cancellation#BAND} elements is what the general path checks cancellation between.
     */
    static final long SHORT = Cancellation.BAND;

    private KernelRunner() {}

    /** How many reductions along rows have summed floats in registers (RowKernel#sumRow) so far: for tests. */
    public static long registerSumPasses() {
        return ReducePass.REGISTER_SUMS.get();
    }

    /** How many reductions along rows have summed integers or bools in registers (RowKernel#sumRowLong) so far: for tests. */
    public static long registerIntSumPasses() {
        return ReducePass.REGISTER_INT_SUMS.get();
    }

    /** How many reductions along rows have taken a float max or min in registers (RowKernel#maxRow, #minRow) so far: for tests. */
    public static long registerExtremePasses() {
        return ReducePass.REGISTER_EXTREMES.get();
    }

    /** How many reductions along rows have taken a float argmax or argmin in registers (RowKernel#argmaxRow, #argminRow) so far: for tests. */
    public static long registerArgExtremePasses() {
        return ReducePass.REGISTER_ARG_EXTREMES.get();
    }

    /** How many times a reduction stopped early or skipped a chunk, its result decided (any found true, ...) so far: for tests. */
    public static long decidedEarly() {
        return ReducePass.DECIDED_EARLY.get();
    }

    /** How many float sums along rows of at most 8 elements have run along a kept axis ({@link ShortRowSums}) so far: for tests. */
    public static long shortRowsAlongKeptAxisPasses() {
        return ShortRowSums.RUNS.get();
    }

    /** How many elementwise loops have run a batch of short rows per kernel call ({@link BatchedRows}) so far: for tests. */
    public static long batchedRowLoops() {
        return BatchedRows.RUNS.get();
    }

    /** How many elementwise loops have run their rows along a long axis instead of a short innermost one ({@link LongerRows}) so far: for tests. */
    public static long longerRowLoops() {
        return LongerRows.RUNS.get();
    }

    /** How many elementwise loops (or parts of one) have read transposed inputs through tiles staged in C order ({@link TransposedTiles}) so far: for tests. */
    public static long transposedTileRuns() {
        return TransposedTiles.RUNS.get();
    }

    /** How many reductions have visited their axes in another order than written ({@link ReductionOrder}) so far: for tests. */
    public static long reorderedReductions() {
        return ReductionOrder.REORDERED.get();
    }

    /** How many sums, maxes or mins across rows have run in {@link ColumnPass} (RowKernel#sumAcross, #sumAcrossLong, #maxAcross, #minAcross) so far: for tests. */
    public static long columnSumPasses() {
        return ColumnPass.RUNS.get();
    }

    /** How many of the {@link #columnSumPasses} had a float max or min (RowKernel#maxAcross, #minAcross) among their reductions: for tests. */
    public static long columnExtremePasses() {
        return ColumnPass.EXTREMES.get();
    }

    /** How many of the {@link #columnSumPasses} had a float argmax or argmin (RowKernel#argmaxAcross, #argminAcross) among their reductions: for tests. */
    public static long columnArgExtremePasses() {
        return ColumnPass.ARG_EXTREMES.get();
    }

    /** How many of the {@link #columnSumPasses} had an integer or bool sum (RowKernel#sumAcrossLong) among their reductions: for tests. */
    public static long registerIntSumsAcross() {
        return ColumnPass.INTEGER_SUMS.get();
    }

    /** Computes the kernel's output; {@code value} gives the values of the kernel's input nodes. */
    public static StridedArray run(Step.Kernel kernel, Function<Node, StridedArray> value, KernelCache cache) {
        return run(kernel, value, cache, null);
    }

    /**
     * {@link #run(Step.Kernel, Function, KernelCache)}, an elementwise kernel writing its output into
     * {@code into} (the output's dtype and shape, its innermost axis longer than one of stride 1: C order,
     * or a region of a C-order array such as a concatenation's part) when it is not null; a reduction ignores
     * {@code into} and returns its output in pool memory.
     */
    static StridedArray run(Step.Kernel kernel, Function<Node, StridedArray> value, KernelCache cache, StridedArray into) {
        if (kernel.reduction() != null) return runTogether(List.of(kernel), value, cache).getFirst();
        long[] shape = kernel.produced().shape();
        Layout[] layouts = new Layout[Lower.channels(kernel)];
        BoundKernel loop = bind(kernel, value, cache, layouts);
        try {
            return elementwise(kernel.output().dtype(), shape, layouts, loop, into);
        } finally {
            loop.releasePicks();
        }
    }

    /**
     * Computes several reductions over the same elements' shape and axes in one pass (a
     * {@link Step.SharedPass}): their outputs, in order.
     */
    public static List<StridedArray> runTogether(List<Step.Kernel> kernels, Function<Node, StridedArray> value, KernelCache cache) {
        List<ReducePass.Member> members = new java.util.ArrayList<>();
        for (Step.Kernel kernel : kernels) {
            Layout[] layouts = new Layout[Lower.channels(kernel)];
            members.add(new ReducePass.Member(kernel, layouts, bind(kernel, value, cache, layouts)));
        }
        try {
            return ReducePass.run(members);
        } finally {
            for (ReducePass.Member m : members) m.loop().releasePicks();
        }
    }

    /**
     * The kernel's loop over its input arrays; fills {@code layouts} (one per channel, {@link Lower#channels})
     * with their layouts broadcast to the loop's shape.
     */
    static BoundKernel bind(Step.Kernel kernel, Function<Node, StridedArray> value, KernelCache cache, Layout[] layouts) {
        return bind(kernel, value, cache, layouts, Map.of());
    }

    /**
     * {@link #bind(Step.Kernel, Function, KernelCache, Layout[])} where the inputs that are keys of
     * {@code blocks} (a row group's block values, see {@link Step.RowGroup#blockValues}), or views
     * of them, are read from the buffer of one block of rows they map to: their layouts are C order
     * over the whole loop, and the caller moves the offsets of each block to where the block is in
     * that buffer (see {@link #readsBlock}).
     */
    static BoundKernel bind(Step.Kernel kernel, Function<Node, StridedArray> value, KernelCache cache, Layout[] layouts, Map<Node, Buffer> blocks) {
        long[] shape = kernel.produced().shape();
        List<Node> inputs = kernel.inputs();
        Buffer[] buffers = new Buffer[layouts.length];
        for (int i = 0, c = 0; i < inputs.size(); i++, c++) {
            Node n = inputs.get(i);
            if (readsBlock(n, blocks)) {
                buffers[c] = blocks.get(n.op() == Op.VIEW ? n.src(0) : n);
                layouts[c] = (n.op() == Op.VIEW ? (Layout) n.arg() : Layout.contiguous(n.shape())).broadcastTo(shape);
                continue;
            }
            if (Lower.isRange(n)) {
                buffers[c] = NO_MEMORY;
                layouts[c] = rangePositions(n).broadcastTo(shape);
                continue;
            }
            if (n.op() == Op.GATHER) {
                // Two channels: the source laid over the gather's shape, then the picks the kernel adds to its positions.
                GatheredInput g = GatheredInput.of(n, value);
                buffers[c] = g.values().buffer();
                layouts[c] = g.values().layout().broadcastTo(shape);
                c++;
                buffers[c] = g.picks().buffer();
                layouts[c] = g.picks().layout().broadcastTo(shape);
                continue;
            }
            StridedArray a = read(n, value);
            buffers[c] = a.buffer();
            layouts[c] = a.layout().broadcastTo(shape);
        }
        return new BoundKernel(Lower.kernel(kernel), cache, buffers, Constants.of(kernel.constants()), Shapes.size(shape));
    }

    /** Whether input {@code n} is one of the block values {@code blocks} holds, or a view of one. */
    static boolean readsBlock(Node n, Map<Node, Buffer> blocks) {
        return blocks.containsKey(n) || n.op() == Op.VIEW && blocks.containsKey(n.src(0));
    }

    /** The buffer of an index input, which reads no memory. */
    private static final Buffer NO_MEMORY = Buffer.allocate(DType.INT64, 0);

    /**
     * A range read by a kernel (see {@link KernelSpec#indices}): the layout whose positions are its
     * values. Element p of {@code arange} is {@code start + p * step}, so the range's layout (its own,
     * or its view's) is scaled by step and moved by start; in wrapping int64 arithmetic, which is
     * how the range's elements are defined, the position of every element is then its value.
     */
    static Layout rangePositions(Node input) {
        Node range = input.op() == Op.VIEW ? input.src(0) : input;
        Arange a = (Arange) range.arg();
        Layout l = input.op() == Op.VIEW ? (Layout) input.arg() : Layout.contiguous(input.shape());
        long[] strides = l.strides();
        for (int d = 0; d < strides.length; d++) strides[d] *= a.step();
        return new Layout(l.shape(), strides, a.start() + l.offset() * a.step());
    }

    /**
     * An elementwise kernel run over rectangles of its output, a few rows and columns of one matrix at
     * a time: a matrix product's epilogue, applied to each block of the product as soon as it is
     * final. The output is C order with the product's shape; {@code value} gives the product too.
     */
    public static final class Blocks {
        private final BoundKernel loop;
        private final Layout[] inputs;
        private final long[] stride;
        private final long[] shape;
        private final MemorySegment target;

        public Blocks(Step.Kernel kernel, Function<Node, StridedArray> value, KernelCache cache, StridedArray out) {
            shape = kernel.output().shape();
            inputs = new Layout[Lower.channels(kernel)];
            loop = bind(kernel, value, cache, inputs);
            stride = innerStrides(inputs, shape.length - 1);
            loop.prepare(stride);
            target = out.buffer().segment();
        }

        /** Runs rows {@code [i0, i1)} and columns {@code [j0, j1)} of matrix {@code batch} (in C order of the batch axes). */
        public void run(long batch, int i0, int i1, int j0, int j1) {
            int r = shape.length;
            long rows = shape[r - 2], cols = shape[r - 1];
            long[] off = new long[inputs.length];
            for (int i = 0; i < inputs.length; i++) off[i] = batchOffset(inputs[i], batch) + j0 * stride[i];
            long[] at = new long[off.length];
            for (int row = i0; row < i1; row++) {
                for (int i = 0; i < off.length; i++) at[i] = off[i] + row * inputs[i].stride(r - 2);
                loop.row(at, stride, target, (batch * rows + row) * cols + j0, j1 - j0);
            }
        }

        /** The offset of the first element of matrix {@code batch}: its index unravelled over the batch axes. */
        private long batchOffset(Layout l, long batch) {
            long off = l.offset();
            for (int d = shape.length - 3; d >= 0; d--) {
                off += (batch % shape[d]) * l.stride(d);
                batch /= shape[d];
            }
            return off;
        }
    }

    /**
     * The array a step reads for an input node: its value if one exists (computed earlier, even as
     * a view), otherwise, for a view, its source's elements read in place.
     */
    public static StridedArray read(Node n, Function<Node, StridedArray> value) {
        StridedArray computed = value.apply(n);
        if (computed != null) return computed;
        Node read = n.op() == Op.VIEW ? n.src(0) : n;
        StridedArray source = value.apply(read);
        if (source == null) throw new IllegalStateException("the plan reads " + read + " before any step computed it");
        return n.op() == Op.VIEW ? contiguous(source, KernelCache.shared()).view((Layout) n.arg()) : source;
    }

    /**
     * A C-order copy of {@code a}, or {@code a} itself when it is one: the compiled kernel that reads
     * one input and computes nothing, driven like any elementwise kernel (rows, column bands for a
     * transposed source, parallel parts). Views of computed arrays are read through it.
     */
    static StridedArray contiguous(StridedArray a, KernelCache cache) {
        return a.layout().isContiguous() ? a : copy(a, cache, null);
    }

    /** Copies {@code a}'s elements in C order into {@code into} (its dtype and size, any layout: a region of a larger array), or into new pool memory when null. */
    static StridedArray copy(StridedArray a, KernelCache cache, StridedArray into) {
        if (!a.dtype().hasKernels()) {
            StridedArray out = into != null ? into : MemoryPool.shared().allocate(a.dtype(), a.shape(), false);
            ReferenceEvaluator.copyInto(a, out);
            return out;
        }
        KernelSpec copy = new KernelSpec(List.of(a.dtype()), List.of(), List.of(), a.dtype(), List.of(), List.of(), List.of(), KernelSpec.Reduces.NONE);
        Layout[] layouts = {a.layout()};
        return elementwise(a.dtype(), a.shape(), layouts, new BoundKernel(copy, cache, new Buffer[] {a.buffer()}, Constants.NONE, a.size()), into);
    }

    /** Runs an elementwise loop into {@code into}, or into new pool memory when it is null. */
    private static StridedArray elementwise(DType dtype, long[] shape, Layout[] inputs, BoundKernel loop, StridedArray into) {
        StridedArray out = into != null ? into : MemoryPool.shared().allocate(dtype, shape, false); // every element is written
        if (out.size() == 0) return out;
        if (out.size() <= SHORT && allContiguous(inputs) && out.layout().isContiguous()) {
            // The short path: one row on this thread, without merging axes, splitting or walking rows.
            long[] off = new long[inputs.length], stride = new long[inputs.length];
            for (int i = 0; i < inputs.length; i++) {
                off[i] = inputs[i].offset();
                stride[i] = 1;
            }
            loop.row(off, stride, out.buffer().segment(), out.layout().offset(), out.size());
            return out;
        }
        Layout[] all = new Layout[inputs.length + 1];
        System.arraycopy(inputs, 0, all, 0, inputs.length);
        all[inputs.length] = out.layout();
        Layout[] coalesced = Coalesce.rows(all);
        int inner = coalesced[0].ndim() - 1;
        MemorySegment target = out.buffer().segment();
        Cancellation cancel = Cancellation.current();
        BatchedRows batched = BatchedRows.of(coalesced, loop);
        if (batched != null) {
            long n = coalesced[0].dim(inner);
            loop.prepare(batched.strides());
            Parallel.forEachRowRange(out.size() / n, n, (first, end) -> batched.run(first, end, target, cancel));
            return out;
        }
        int across = LongerRows.axis(coalesced);
        if (across >= 0) LongerRows.RUNS.incrementAndGet();
        Layout[] rows = across < 0 ? coalesced : LongerRows.alongAxis(coalesced, across);
        long n = rows[0].dim(inner), rowCount = out.size() / n, outStride = rows[inputs.length].stride(inner);
        long[] stride = new long[inputs.length];
        for (int i = 0; i < inputs.length; i++) stride[i] = rows[i].stride(inner);
        Layout[] outer = new Layout[all.length];
        for (int i = 0; i < all.length; i++) outer[i] = rows[i].withoutAxes(new int[] {inner});
        boolean tiled = tiled(stride, rowCount);
        TransposedTiles tiles = across < 0 && outStride == 1 && tiled ? TransposedTiles.of(outer, stride, rowCount, n, loop) : null;
        if (tiles != null) {
            loop.prepare(tiles.strides());
            Parallel.forEachPart(rowCount, n, (rowStart, rowEnd, colStart, colEnd) -> tiles.run(rowStart, rowEnd, colStart, colEnd, target, cancel));
            return out;
        }
        loop.prepare(stride);
        // Rows longer than a band run in bands, so that interrupts are seen between them.
        // Rows along another axis than the innermost (LongerRows) run in blocks, so that the few rows of each block share the cache lines they read.
        long block = across >= 0 ? BLOCK : tiled ? TILE : Math.min(RowKernel.MAX_ROW, Cancellation.BAND);
        Parallel.forEachPart(rowCount, n, (rowStart, rowEnd, colStart, colEnd) -> {
            long[] off = new long[inputs.length];
            long done = 0;
            // An output whose rows are not adjacent elements (LongerRows) is written a row at a time through this.
            MemorySegment staging = outStride == 1 ? null : dtype.newArraySegment((int) Math.min(block, colEnd - colStart));
            for (long c = colStart; c < colEnd; c += block) {
                long len = Math.min(block, colEnd - c);
                OffsetIterator[] it = new OffsetIterator[all.length];
                for (int i = 0; i < all.length; i++) it[i] = new OffsetIterator(outer[i], rowStart);
                for (long r = rowStart; r < rowEnd; r++) {
                    done = cancel.tick(done, len);
                    for (int i = 0; i < inputs.length; i++) off[i] = it[i].next() + c * stride[i];
                    long at = it[inputs.length].next() + c * outStride;
                    if (staging == null) {
                        loop.row(off, stride, target, at, len);
                    } else {
                        loop.row(off, stride, staging, 0, len);
                        LongerRows.scatter(staging, target, at, outStride, len, dtype.itemSize());
                    }
                }
            }
        });
        return out;
    }

    /** Whether every input reads its elements in C order, one after the other (no broadcast, no stride). */
    private static boolean allContiguous(Layout[] inputs) {
        for (Layout l : inputs) if (!l.isContiguous()) return false;
        return true;
    }

    /** Whether to walk in column bands: some input strides along rows, and there is more than one row. */
    private static boolean tiled(long[] innerStrides, long rows) {
        if (rows < 2) return false;
        for (long s : innerStrides) if (Math.abs(s) > 1) return true;
        return false;
    }

    static OffsetIterator[] iterators(Layout[] layouts, java.util.function.UnaryOperator<Layout> select, long from) {
        OffsetIterator[] it = new OffsetIterator[layouts.length];
        for (int i = 0; i < layouts.length; i++) it[i] = new OffsetIterator(select.apply(layouts[i]), from);
        return it;
    }

    static long[] offsets(OffsetIterator[] it) {
        long[] out = new long[it.length];
        for (int i = 0; i < it.length; i++) out[i] = it[i].next();
        return out;
    }

    static long[] offsets(Layout[] layouts) {
        long[] out = new long[layouts.length];
        for (int i = 0; i < layouts.length; i++) out[i] = layouts[i].offset();
        return out;
    }

    static long[] innerStrides(Layout[] layouts, int axis) {
        long[] out = new long[layouts.length];
        for (int i = 0; i < layouts.length; i++) out[i] = layouts[i].stride(axis);
        return out;
    }

    static long[] plus(long[] a, long[] b) {
        long[] out = new long[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i] + b[i];
        return out;
    }

    static long[] advance(long[] start, long[] stride, long by) {
        long[] out = new long[start.length];
        for (int i = 0; i < start.length; i++) out[i] = start[i] + by * stride[i];
        return out;
    }

    static long count(long[] shape, int[] axes) {
        long n = 1;
        for (int a : axes) n *= shape[a];
        return n;
    }
}
