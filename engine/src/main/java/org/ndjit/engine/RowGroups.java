package org.ndjit.engine;

import org.ndjit.codegen.KernelCache;
import org.ndjit.ir.Buffer;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.OffsetIterator;
import org.ndjit.ir.ReduceAxes;
import org.ndjit.ir.Shapes;
import org.ndjit.ir.StridedArray;
import org.ndjit.optimizer.Step;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs a {@link Step.RowGroup}: every member's output is allocated first, then each block of
 * about {@link #BLOCK_ELEMENTS} elements of rows goes through the members in order (the block's
 * reductions, then the elementwise work reading them), so the rows stay in cache between members.
 * Ranges of rows run in parallel; a row's results do not depend on the blocks or the split, so
 * they are the same as running the members one after the other.
 *
 * <p>A block value ({@link Step.RowGroup#blockValues}) gets no array of its own: each range of rows
 * has a slot of one block in a buffer, the member computing the value writes each block there, and
 * the later members read it there. Kernels are bound once, with C-order layouts over the whole loop
 * for these inputs and outputs; each block's offsets are moved by {@code slot start - block start}.
 */
final class RowGroups {
    /** Elements of the loop per block of rows: the rows of all members' inputs stay in L2 (in L1 for one float32 input). */
    static final long BLOCK_ELEMENTS = 8192;

    private RowGroups() {}

    /**
     * One member's share of a block: it runs rows {@code [first, end)} with a thread's state; its
     * block values are read and written {@code shift} elements from their places in the whole loop.
     */
    private interface Part {
        Object newThread();

        void rows(Object thread, long first, long end, Cancellation cancel, long shift);
    }

    /** Runs the group, putting every node it produces into {@code values}. */
    static void run(Step.RowGroup group, Map<Node, StridedArray> values, Function<Node, StridedArray> value, KernelCache cache) {
        Step.Kernel first = group.firstReduction();
        long[] shape = first.produced().shape();
        int kept = shape.length - ((ReduceAxes) first.output().arg()).axes().length;
        long rows = Shapes.size(java.util.Arrays.copyOf(shape, kept)), rowLength = Shapes.size(shape) / rows;
        long perBlock = Math.max(1, BLOCK_ELEMENTS / rowLength);
        int ranges = Parallel.rowRanges(rows, kernelCount(group) * rowLength);
        Map<Node, Buffer> blocks = new IdentityHashMap<>();
        try {
            for (Node n : group.blockValues()) {
                blocks.put(n, MemoryPool.shared().allocate(n.dtype(), new long[] {ranges * perBlock * rowLength}, false).buffer());
            }
            List<Part> parts = new ArrayList<>();
            for (Step m : group.members()) parts.addAll(parts(m, rows, values, value, cache, blocks));
            Cancellation cancel = Cancellation.current();
            Parallel.forEachRowRange(rows, ranges, (slot, from, to) -> {
                Object[] threads = new Object[parts.size()];
                for (int p = 0; p < threads.length; p++) threads[p] = parts.get(p).newThread();
                for (long b = from; b < to; b += perBlock) {
                    long end = Math.min(to, b + perBlock), shift = (slot * perBlock - b) * rowLength;
                    for (int p = 0; p < threads.length; p++) parts.get(p).rows(threads[p], b, end, cancel, shift);
                }
            });
        } finally {
            for (Buffer b : blocks.values()) b.close("a row group's block buffer was released");
        }
    }

    /** The loop kernels of a group, for the estimate of its work per row. */
    private static int kernelCount(Step.RowGroup group) {
        int n = 0;
        for (Step m : group.members()) {
            n += switch (m) {
                case Step.SharedPass pass -> pass.members().size();
                case Step.ReduceThen both -> 2;
                default -> 1;
            };
        }
        return n;
    }

    /**
     * The parts of a member in the order they run: its reductions, then its epilogues. Allocates
     * their outputs (but block values, which go to their buffers in {@code blocks}) and records them
     * in {@code values}.
     */
    private static List<Part> parts(Step member, long rows, Map<Node, StridedArray> values, Function<Node, StridedArray> value, KernelCache cache,
                                    Map<Node, Buffer> blocks) {
        List<Part> out = new ArrayList<>();
        List<Step.Kernel> reduces = reduceKernels(member);
        if (reduces.isEmpty()) {
            out.add(elementwise((Step.Kernel) member, rows, values, value, cache, blocks));
            return out;
        }
        List<ReducePass.Member> passMembers = new ArrayList<>();
        List<Boolean> inBlock = new ArrayList<>();
        for (Step.Kernel k : reduces) {
            Layout[] layouts = new Layout[k.inputs().size()];
            passMembers.add(new ReducePass.Member(k, layouts, KernelRunner.bind(k, value, cache, layouts, blocks)));
            for (Node n : k.inputs()) inBlock.add(KernelRunner.readsBlock(n, blocks));
        }
        List<StridedArray> reduced = ReducePass.allocate(passMembers);
        for (int i = 0; i < reduces.size(); i++) values.put(reduces.get(i).output(), reduced.get(i));
        ReducePass pass = ReducePass.forRanges(passMembers, reduced, flags(inBlock));
        out.add(new Part() {
            @Override public Object newThread() { return pass.newThread(); }
            @Override public void rows(Object thread, long first, long end, Cancellation cancel, long shift) {
                pass.runOutputs(thread, first, end, cancel, shift);
            }
        });
        List<Step> steps = member instanceof Step.SharedPass shared ? shared.members() : List.of(member);
        for (Step s : steps) if (s instanceof Step.ReduceThen both) out.add(elementwise(both.epilogue(), rows, values, value, cache, blocks));
        return out;
    }

    private static boolean[] flags(List<Boolean> list) {
        boolean[] out = new boolean[list.size()];
        for (int i = 0; i < out.length; i++) out[i] = list.get(i);
        return out;
    }

    /**
     * An elementwise kernel over the group's loop shape (row r of {@code rows} is its elements
     * {@code [r * n, (r + 1) * n)} in C order, n elements per row) or over the reduced shape (row r
     * is its element r).
     */
    private static Part elementwise(Step.Kernel kernel, long rows, Map<Node, StridedArray> values, Function<Node, StridedArray> value, KernelCache cache,
                                    Map<Node, Buffer> blocks) {
        long[] shape = kernel.produced().shape();
        long perRow = Shapes.size(shape) / rows;
        Layout[] layouts = new Layout[kernel.inputs().size()];
        BoundKernel loop = KernelRunner.bind(kernel, value, cache, layouts, blocks);
        boolean[] inBlock = new boolean[layouts.length];
        for (int i = 0; i < inBlock.length; i++) inBlock[i] = KernelRunner.readsBlock(kernel.inputs().get(i), blocks);
        Buffer block = blocks.get(kernel.output());
        if (block != null) return new Flat(loop, layouts, inBlock, shape, block.segment(), true, perRow);
        StridedArray result = MemoryPool.shared().allocate(kernel.output().dtype(), shape, false); // every element is written
        values.put(kernel.output(), result);
        return new Flat(loop, layouts, inBlock, shape, result.buffer().segment(), false, perRow);
    }

    /** The reduce kernels a member runs in its pass (none for an elementwise kernel). */
    private static List<Step.Kernel> reduceKernels(Step s) {
        return switch (s) {
            case Step.ReduceThen both -> List.of(both.reduce());
            case Step.SharedPass pass -> pass.members().stream().flatMap(m -> reduceKernels(m).stream()).toList();
            case Step.Kernel k when k.reduction() != null -> List.of(k);
            default -> List.of();
        };
    }

    /**
     * An elementwise loop run over ranges of its flat C-order elements, {@code perRow} per group
     * row; the inputs marked {@code inBlock}, and the target when {@code targetInBlock}, are block
     * buffers.
     */
    private static final class Flat implements Part {
        private final BoundKernel loop;
        private final Layout[] outer;
        private final long[] stride;
        private final boolean[] inBlock;
        private final boolean targetInBlock;
        private final long inner, perRow;
        private final MemorySegment target;

        Flat(BoundKernel loop, Layout[] inputs, boolean[] inBlock, long[] shape, MemorySegment target, boolean targetInBlock, long perRow) {
            this.loop = loop;
            this.inBlock = inBlock;
            this.target = target;
            this.targetInBlock = targetInBlock;
            this.perRow = perRow;
            // Rows along the last axis longer than 1: a kernel over the reduced shape with the reduced axes kept
            // (the log of a log-softmax's row sums, (n, 1)) is a row of n elements, not n rows of one.
            int last = shape.length - 1;
            while (last > 0 && shape[last] == 1) last--;
            inner = shape[last];
            stride = KernelRunner.innerStrides(inputs, last);
            outer = new Layout[inputs.length];
            for (int i = 0; i < inputs.length; i++) outer[i] = inputs[i].withoutAxes(new int[] {last});
            loop.prepare(stride);
        }

        /** A thread's offsets, and its walk over the outer axes, which the next block of its range of rows continues. */
        private static final class Walk {
            final long[] off;
            OffsetIterator[] it;
            /** The index over the outer axes {@code it} is at (-1 before the first block). */
            long next = -1;

            Walk(int inputs) {
                off = new long[inputs];
            }
        }

        @Override
        public Object newThread() {
            return new Walk(stride.length);
        }

        @Override
        public void rows(Object thread, long first, long end, Cancellation cancel, long shift) {
            Walk w = (Walk) thread;
            long[] off = w.off;
            long from = first * perRow, to = end * perRow, done = 0, q = from / inner;
            if (w.next != q) w.it = KernelRunner.iterators(outer, l -> l, q);
            for (; q * inner < to; q++) {
                long c0 = Math.max(from - q * inner, 0), c1 = Math.min(to - q * inner, inner);
                for (int i = 0; i < off.length; i++) off[i] = w.it[i].next() + c0 * stride[i] + (inBlock[i] ? shift : 0);
                done = cancel.tick(done, c1 - c0);
                loop.row(off, stride, target, q * inner + c0 + (targetInBlock ? shift : 0), c1 - c0);
            }
            w.next = q;
        }
    }
}
