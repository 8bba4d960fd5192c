package org.ndjit.codegen;

import org.ndjit.ir.DType;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.OffsetIterator;
import org.ndjit.ir.Op;
import org.ndjit.ir.ReduceAxes;
import org.ndjit.ir.Reduction;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.Shapes;
import org.ndjit.ir.StridedArray;
import org.ndjit.optimizer.Step;

import java.lang.foreign.MemorySegment;
import java.util.List;
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

    private KernelRunner() {}

    /** Computes the kernel's output; {@code value} gives the values of the kernel's input nodes. */
    public static StridedArray run(Step.Kernel kernel, Function<Node, StridedArray> value, KernelCache cache) {
        KernelSpec spec = KernelSpec.of(kernel);
        long[] shape = kernel.produced().shape();
        List<Node> inputs = kernel.inputs();
        MemorySegment[] segments = new MemorySegment[inputs.size()];
        Layout[] layouts = new Layout[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            StridedArray a = read(inputs.get(i), value);
            segments[i] = a.buffer().segment();
            layouts[i] = a.layout().broadcastTo(shape);
        }
        Constants constants = Constants.of(kernel.constants());
        Loop loop = new Loop(spec, cache, segments, constants);
        return kernel.reduction() == null
                ? elementwise(kernel.output(), shape, layouts, loop)
                : reduce(kernel.output(), shape, layouts, loop, spec.output());
    }

    /**
     * An elementwise kernel run over rectangles of its output, a few rows and columns of one matrix at
     * a time: a matrix product's epilogue, applied to each block of the product as soon as it is
     * final. The output is C order with the product's shape; {@code value} gives the product too.
     */
    public static final class Blocks {
        private final Loop loop;
        private final Layout[] inputs;
        private final long[] stride;
        private final long[] shape;
        private final MemorySegment target;

        public Blocks(Step.Kernel kernel, Function<Node, StridedArray> value, KernelCache cache, StridedArray out) {
            shape = kernel.output().shape();
            List<Node> nodes = kernel.inputs();
            MemorySegment[] segments = new MemorySegment[nodes.size()];
            inputs = new Layout[nodes.size()];
            for (int i = 0; i < nodes.size(); i++) {
                StridedArray a = read(nodes.get(i), value);
                segments[i] = a.buffer().segment();
                inputs[i] = a.layout().broadcastTo(shape);
            }
            stride = innerStrides(inputs, shape.length - 1);
            loop = new Loop(KernelSpec.of(kernel), cache, segments, Constants.of(kernel.constants()));
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
        return n.op() == Op.VIEW ? ReferenceEvaluator.contiguous(source).view((Layout) n.arg()) : source;
    }

    private static StridedArray elementwise(Node output, long[] shape, Layout[] inputs, Loop loop) {
        StridedArray out = StridedArray.allocate(output.dtype(), shape);
        if (out.size() == 0) return out;
        Layout[] all = new Layout[inputs.length + 1];
        System.arraycopy(inputs, 0, all, 0, inputs.length);
        all[inputs.length] = out.layout();
        Layout[] rows = Coalesce.rows(all);
        int inner = rows[0].ndim() - 1;
        long n = rows[0].dim(inner), rowCount = out.size() / n;
        long[] stride = new long[inputs.length];
        for (int i = 0; i < inputs.length; i++) stride[i] = rows[i].stride(inner);
        loop.prepare(stride);
        Layout[] outer = new Layout[all.length];
        for (int i = 0; i < all.length; i++) outer[i] = rows[i].withoutAxes(new int[] {inner});
        MemorySegment target = out.buffer().segment();
        long block = tiled(stride, rowCount) ? TILE : RowKernel.MAX_ROW;
        Parallel.forEachPart(rowCount, n, (rowStart, rowEnd, colStart, colEnd) -> {
            long[] off = new long[inputs.length];
            for (long c = colStart; c < colEnd; c += block) {
                long len = Math.min(block, colEnd - c);
                OffsetIterator[] it = new OffsetIterator[all.length];
                for (int i = 0; i < all.length; i++) it[i] = new OffsetIterator(outer[i], rowStart);
                for (long r = rowStart; r < rowEnd; r++) {
                    for (int i = 0; i < inputs.length; i++) off[i] = it[i].next() + c * stride[i];
                    loop.row(off, stride, target, it[inputs.length].next() + c, len);
                }
            }
        });
        return out;
    }

    /** Whether to walk in column bands: some input strides along rows, and there is more than one row. */
    private static boolean tiled(long[] innerStrides, long rows) {
        if (rows < 2) return false;
        for (long s : innerStrides) if (Math.abs(s) > 1) return true;
        return false;
    }

    private static StridedArray reduce(Node output, long[] shape, Layout[] inputs, Loop loop, DType produced) {
        int[] axes = ((ReduceAxes) output.arg()).axes();
        StridedArray out = StridedArray.allocate(output.dtype(), output.shape());
        if (out.size() > Integer.MAX_VALUE) throw new IllegalStateException("reductions to more than 2^31 elements are not supported yet");
        int outputs = (int) out.size();
        Reduction acc = new Reduction(output.op(), produced, outputs, VectorSupport.enabled() ? VectorLanes.INSTANCE : Reduction.SCALAR_LANES);
        if (shape.length == 0) {
            Scratch scratch = new Scratch(produced);
            loop.row(offsets(inputs), new long[inputs.length], scratch.segment, 0, 1);
            scratch.feed(acc, 0, 1, 0);
        } else if (Shapes.size(shape) > 0) {
            int last = shape.length - 1;
            loop.prepare(innerStrides(inputs, last));
            if (java.util.Arrays.binarySearch(axes, last) >= 0) reduceAlongRows(shape, inputs, axes, loop, acc, outputs, produced);
            else reduceAcrossRows(shape, inputs, axes, loop, acc, outputs, produced);
        }
        acc.store(out.buffer());
        return out;
    }

    /**
     * The innermost axis is reduced: each output element reads whole rows, in C order. Output
     * elements are independent, so ranges of them run in parallel with the same results.
     */
    private static void reduceAlongRows(long[] shape, Layout[] inputs, int[] axes, Loop loop, Reduction acc, int outputs, DType produced) {
        int last = shape.length - 1;
        int[] outerReduced = java.util.Arrays.copyOf(axes, axes.length - 1);
        long[] stride = innerStrides(inputs, last);
        long outerCount = count(shape, outerReduced);
        Parallel.forEachRowRange(outputs, outerCount * shape[last], (first, end) -> {
            Scratch scratch = new Scratch(produced);
            OffsetIterator[] kept = iterators(inputs, l -> l.withoutAxes(axes), first);
            for (long o = first; o < end; o++) {
                long[] base = offsets(kept);
                OffsetIterator[] reduced = iterators(inputs, l -> l.onlyAxes(outerReduced).withOffset(0), 0);
                long index = 0;
                for (long q = 0; q < outerCount; q++) {
                    long[] rowStart = plus(base, offsets(reduced));
                    for (long start = 0; start < shape[last]; start += BLOCK) {
                        int len = (int) Math.min(BLOCK, shape[last] - start);
                        loop.row(advance(rowStart, stride, start), stride, scratch.segment, 0, len);
                        scratch.feed(acc, (int) o, len, index);
                        index += len;
                    }
                }
            }
        });
    }

    /**
     * The innermost axis is kept: each input row updates a row of output elements. Groups of output
     * rows (one per index of the kept outer axes) are independent and run in parallel.
     */
    private static void reduceAcrossRows(long[] shape, Layout[] inputs, int[] axes, Loop loop, Reduction acc, int outputs, DType produced) {
        int last = shape.length - 1;
        int[] keptOuter = new int[last - axes.length];
        for (int k = 0, j = 0; k < last; k++) if (java.util.Arrays.binarySearch(axes, k) < 0) keptOuter[j++] = k;
        long[] stride = innerStrides(inputs, last);
        long reducedCount = count(shape, axes), rowLength = shape[last];
        Parallel.forEachRowRange(outputs / rowLength, reducedCount * rowLength, (first, end) -> {
            Scratch scratch = new Scratch(produced);
            OffsetIterator[] kept = iterators(inputs, l -> l.onlyAxes(keptOuter), first);
            for (long g = first; g < end; g++) {
                long[] base = offsets(kept);
                OffsetIterator[] reduced = iterators(inputs, l -> l.onlyAxes(axes).withOffset(0), 0);
                for (long q = 0; q < reducedCount; q++) {
                    long[] rowStart = plus(base, offsets(reduced));
                    for (long start = 0; start < rowLength; start += BLOCK) {
                        int len = (int) Math.min(BLOCK, rowLength - start);
                        loop.row(advance(rowStart, stride, start), stride, scratch.segment, 0, len);
                        scratch.feedAcross(acc, (int) (g * rowLength + start), len, q);
                    }
                }
            }
        });
    }

    private static OffsetIterator[] iterators(Layout[] layouts, java.util.function.UnaryOperator<Layout> select, long from) {
        OffsetIterator[] it = new OffsetIterator[layouts.length];
        for (int i = 0; i < layouts.length; i++) it[i] = new OffsetIterator(select.apply(layouts[i]), from);
        return it;
    }

    private static long[] offsets(OffsetIterator[] it) {
        long[] out = new long[it.length];
        for (int i = 0; i < it.length; i++) out[i] = it[i].next();
        return out;
    }

    private static long[] offsets(Layout[] layouts) {
        long[] out = new long[layouts.length];
        for (int i = 0; i < layouts.length; i++) out[i] = layouts[i].offset();
        return out;
    }

    private static long[] innerStrides(Layout[] layouts, int axis) {
        long[] out = new long[layouts.length];
        for (int i = 0; i < layouts.length; i++) out[i] = layouts[i].stride(axis);
        return out;
    }

    private static long[] plus(long[] a, long[] b) {
        long[] out = new long[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i] + b[i];
        return out;
    }

    private static long[] advance(long[] start, long[] stride, long by) {
        long[] out = new long[start.length];
        for (int i = 0; i < start.length; i++) out[i] = start[i] + by * stride[i];
        return out;
    }

    private static long count(long[] shape, int[] axes) {
        long n = 1;
        for (int a : axes) n *= shape[a];
        return n;
    }

    /**
     * The generated row loop with this run's input segments and constants bound. The compiled class
     * depends on the inner strides (they decide vectorization), which are the same for every row of
     * a run, so it is looked up at the first row.
     */
    private static final class Loop {
        private final KernelSpec spec;
        private final KernelCache cache;
        private final MemorySegment[] in;
        private final Constants constants;
        private RowKernel kernel;

        Loop(KernelSpec spec, KernelCache cache, MemorySegment[] in, Constants constants) {
            this.spec = spec;
            this.cache = cache;
            this.in = in;
            this.constants = constants;
        }

        /** Looks up the compiled class for these inner strides; call before rows run on several threads. */
        void prepare(long[] stride) {
            if (kernel == null) kernel = cache.get(spec.withStrides(stride));
        }

        void row(long[] off, long[] stride, MemorySegment out, long outOff, long n) {
            prepare(stride);
            kernel.row(in, off, stride, out, outOff, n, constants.doubles(), constants.longs());
        }
    }
}
