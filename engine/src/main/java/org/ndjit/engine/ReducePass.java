package org.ndjit.engine;

import org.ndjit.codegen.Vectorization;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.OffsetIterator;
import org.ndjit.ir.Op;
import org.ndjit.ir.ReduceAxes;
import org.ndjit.ir.Reduction;
import org.ndjit.ir.Shapes;
import org.ndjit.ir.StridedArray;
import org.ndjit.optimizer.Step;

import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.Arrays;
import java.util.List;

import static org.ndjit.engine.KernelRunner.BLOCK;

/**
 * Runs reduce kernels: one, or several over the same elements' shape and axes in one pass. Each
 * kernel evaluates rows of its fused input into a small scratch block (never a full-size temporary)
 * and feeds the values, in C order of the reduced axes, to the {@link Reduction} accumulators of its
 * output elements. With several kernels, each block of rows is evaluated by every kernel in turn
 * while it is in cache, so the inputs they share are read from memory once.
 *
 * <p>The inputs of all kernels are walked together as one list of layouts; each kernel takes its
 * slice of the list's offsets.
 */
final class ReducePass {
    /** One reduce kernel: its input layouts (broadcast to the loop's shape) and its bound loop. */
    record Member(Step.Kernel kernel, Layout[] inputs, BoundKernel loop) {}

    private final List<Member> members;
    private final long[] shape;
    private final int[] axes;
    private final Layout[] inputs;
    /** Member m's inputs are {@code inputs[from[m] .. from[m + 1])}. */
    private final int[] from;
    private final long[] stride;
    private final long[][] memberStride;
    /** The members' accumulators, made by {@link #accumulators} for the paths that use them. */
    private Reduction[] acc;
    /**
     * Along rows, the reduction member m does in registers (null: through its scratch block): SUM for a float sum
     * whose kernel has sumRow, which adds aligned runs in registers, or an integer or bool sum whose kernel has
     * sumRowLong, which adds whole runs; MAX or MIN for a float max or min whose
     * kernel has maxRow and minRow, which take whole runs; ARGMAX or ARGMIN likewise with argmaxRow and argminRow.
     */
    private final Op[] inRegisters;
    /** Where {@link #runOutputs} stores each member's finished outputs (see {@link #forRanges}). */
    private List<StridedArray> out;
    /** The inputs (of all members, in order) read from a row group's block buffers, whose offsets {@link #runOutputs} moves. */
    private boolean[] inBlock;
    /**
     * Along rows, the inputs' layouts over the kept axes (one element per output) and over the
     * reduced axes but the innermost (offset 0): selected once, walked from each range's first output.
     */
    private Layout[] keptLayouts, outerLayouts;
    /** Elements per block along rows: a chunk when every member reduces in registers (no scratch to fill). */
    private int block = BLOCK;
    /**
     * Along rows, outputs are reduced this many at a time into a thread's own small accumulators,
     * then stored. Why: a float sum keeps an output's 8 lanes 8 outputs apart (lane-major, for sums
     * across rows); over thousands of outputs, handing a row's lanes to sumRow and back touched 16
     * cache lines that the rows streaming through had evicted (a sum of f64[4096,1024] along rows
     * took 2.2 ms against 1.3 ms for its kernel loop alone).
     */
    static final int OUTPUTS_AT_ONCE = 16;
    /**
     * Rows along which at most this many elements are reduced go through {@link #shortRows}, several
     * rows per kernel call (a softmax over 10 classes: per row, the register sum's set-up cost more
     * than its elements).
     */
    static final int SHORT_ROW = 64;
    /** Passes along rows that chose sumRow for some member (a test hook). */
    static final java.util.concurrent.atomic.AtomicLong REGISTER_SUMS = new java.util.concurrent.atomic.AtomicLong();
    /** Passes along rows that chose sumRowLong for some member (a test hook). */
    static final java.util.concurrent.atomic.AtomicLong REGISTER_INT_SUMS = new java.util.concurrent.atomic.AtomicLong();
    /** Passes along rows that chose maxRow or minRow for some member (a test hook). */
    static final java.util.concurrent.atomic.AtomicLong REGISTER_EXTREMES = new java.util.concurrent.atomic.AtomicLong();
    /** Passes along rows that chose argmaxRow or argminRow for some member (a test hook). */
    static final java.util.concurrent.atomic.AtomicLong REGISTER_ARG_EXTREMES = new java.util.concurrent.atomic.AtomicLong();
    /** Times a reduction stopped before its end, its result decided, or skipped a chunk for it (a test hook). */
    static final java.util.concurrent.atomic.AtomicLong DECIDED_EARLY = new java.util.concurrent.atomic.AtomicLong();

    private ReducePass(List<Member> members) {
        this(members, members.getFirst().kernel().produced().shape(), ((ReduceAxes) members.getFirst().kernel().output().arg()).axes());
    }

    /** A pass over the members' loop of {@code shape} reducing {@code axes}, the axes of their input layouts. */
    private ReducePass(List<Member> members, long[] shape, int[] axes) {
        this.members = members;
        this.shape = shape;
        this.axes = axes;
        from = new int[members.size() + 1];
        List<Layout> all = new ArrayList<>();
        for (int m = 0; m < members.size(); m++) {
            all.addAll(Arrays.asList(members.get(m).inputs()));
            from[m + 1] = all.size();
        }
        inputs = all.toArray(Layout[]::new);
        stride = shape.length == 0 ? new long[inputs.length] : KernelRunner.innerStrides(inputs, shape.length - 1);
        inRegisters = new Op[members.size()];
        memberStride = new long[members.size()][];
        for (int m = 0; m < members.size(); m++) memberStride[m] = Arrays.copyOfRange(stride, from[m], from[m + 1]);
    }

    /** Makes the members' accumulators for {@code outputs} outputs each. */
    private void accumulators(int outputs) {
        acc = new Reduction[members.size()];
        for (int m = 0; m < members.size(); m++) {
            acc[m] = new Reduction(members.get(m).kernel().output().op(), members.get(m).loop().dtype(), outputs, lanes(), Vectorization.extremes());
        }
    }

    /**
     * The members' outputs, in order. Sums, maxes, mins, argmaxes and argmins across rows whose kernels have
     * sumAcross or sumAcrossLong (maxAcross, minAcross, argmaxAcross, argminAcross) run in {@link ColumnPass}, without accumulators for every output.
     */
    static List<StridedArray> run(List<Member> members) {
        return run(inMemoryOrder(members));
    }

    private static List<StridedArray> run(ReducePass pass) {
        List<StridedArray> apart = pass.registersApartAcrossRows();
        if (apart != null) return apart;
        List<Member> members = pass.members;
        List<StridedArray> out = allocate(members);
        int outputs = (int) out.getFirst().size();
        boolean loops = pass.shape.length > 0 && Shapes.size(pass.shape) > 0;
        ShortRowSums alongKept = loops ? ShortRowSums.of(members, pass.shape, pass.axes) : null;
        if (alongKept != null) {
            alongKept.run(out);
            return out;
        }
        if (loops) pass.prepare();
        if (loops && !pass.reducesRows() && ColumnPass.applies(members)) {
            new ColumnPass(members, pass.inputs, pass.from, pass.stride, pass.memberStride, pass.shape, pass.axes).run(out);
            return out;
        }
        if (loops && pass.reducesRows()) {
            pass.out = out;
            pass.alongRows(outputs); // stores the outputs, through accumulators of a few outputs at a time
            return out;
        }
        pass.accumulators(outputs);
        if (pass.shape.length == 0) {
            pass.row(new PerThread(pass), KernelRunner.offsets(pass.inputs), 0, 1, (m, s, len) -> s.feed(pass.acc[m], 0, len, 0));
        } else if (loops) {
            pass.out = out;
            pass.acrossRows(outputs);
        }
        for (int m = 0; m < members.size(); m++) pass.acc[m].store(out.get(m).buffer());
        return out;
    }

    /**
     * Across rows, a pass of reductions that {@link ColumnPass} could run in registers (sums, float
     * maxes, mins, argmaxes and argmins) and others (a product beside a column's mean) would run every member through
     * scratch blocks, as ColumnPass takes only the former: those run as one pass and the others as
     * another, reading the input twice. Over 100,000 x 8 float64, mean, std, min and max in one
     * scratch pass took 1.3 times as long as in four passes. Null when the pass is not such a mix.
     */
    private List<StridedArray> registersApartAcrossRows() {
        if (members.size() < 2 || shape.length == 0 || Shapes.size(shape) == 0 || reducesRows()) return null;
        prepare();
        boolean[] inColumns = new boolean[members.size()];
        List<Member> columns = new ArrayList<>(), others = new ArrayList<>();
        for (int m = 0; m < members.size(); m++) {
            inColumns[m] = ColumnPass.applies(List.of(members.get(m)));
            (inColumns[m] ? columns : others).add(members.get(m));
        }
        if (columns.isEmpty() || others.isEmpty()) return null;
        List<StridedArray> inRegisters = run(new ReducePass(columns, shape, axes)), rest = run(new ReducePass(others, shape, axes));
        List<StridedArray> out = new ArrayList<>();
        for (int m = 0, c = 0, o = 0; m < members.size(); m++) out.add(inColumns[m] ? inRegisters.get(c++) : rest.get(o++));
        return out;
    }

    /** A pass visiting the axes in the order {@link ReductionOrder} chooses: the members' input layouts are permuted to it. */
    private static ReducePass inMemoryOrder(List<Member> members) {
        Step.Kernel first = members.getFirst().kernel();
        long[] shape = first.produced().shape();
        int[] axes = ((ReduceAxes) first.output().arg()).axes();
        int[] order = ReductionOrder.of(shape, axes, members);
        if (order == null) return new ReducePass(members, shape, axes);
        ReductionOrder.REORDERED.incrementAndGet();
        for (Member m : members) {
            Layout[] inputs = m.inputs();
            for (int i = 0; i < inputs.length; i++) inputs[i] = inputs[i].permute(order);
        }
        return new ReducePass(members, ReductionOrder.shape(shape, order), ReductionOrder.axes(axes, order));
    }

    /** The members' output arrays, not yet written. */
    static List<StridedArray> allocate(List<Member> members) {
        long[] outShape = members.getFirst().kernel().output().shape();
        if (Shapes.size(outShape) > Integer.MAX_VALUE) throw new IllegalStateException("reductions to more than 2^31 elements are not supported yet");
        List<StridedArray> out = new ArrayList<>();
        for (Member member : members) {
            Node output = member.kernel().output();
            out.add(MemoryPool.shared().allocate(output.dtype(), output.shape(), false)); // store() writes every output
        }
        return out;
    }

    /**
     * A pass over a non-empty loop that reduces its innermost axis, whose caller runs ranges of
     * its outputs ({@link #runOutputs}), each stored into {@code out} (from {@link #allocate}) as
     * soon as it is done: a row group's blocks of rows. {@code inBlock} marks the inputs (of all
     * members, in order) bound to a block buffer (KernelRunner#bind with blocks).
     */
    static ReducePass forRanges(List<Member> members, List<StridedArray> out, boolean[] inBlock) {
        ReducePass pass = new ReducePass(members);
        if (!pass.reducesRows() || Shapes.size(pass.shape) == 0) throw new IllegalArgumentException("ranges of outputs need a non-empty loop reducing its innermost axis");
        pass.prepare();
        pass.out = out;
        pass.inBlock = inBlock.clone();
        return pass;
    }

    private boolean reducesRows() {
        return Arrays.binarySearch(axes, shape.length - 1) >= 0;
    }

    /** Looks up the members' compiled loops; along rows, chooses which sum in registers and selects the layouts of the outer axes. */
    private void prepare() {
        for (int m = 0; m < members.size(); m++) members.get(m).loop().prepare(memberStride[m]);
        if (!reducesRows()) return;
        chooseRegisterReductions();
        int[] outerReduced = Arrays.copyOf(axes, axes.length - 1);
        keptLayouts = new Layout[inputs.length];
        outerLayouts = new Layout[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            keptLayouts[i] = inputs[i].withoutAxes(axes);
            outerLayouts[i] = inputs[i].onlyAxes(outerReduced).withOffset(0);
        }
    }

    /** What a thread running {@link #runOutputs} owns. */
    Object newThread() {
        return new PerThread(this);
    }

    /**
     * Reduces outputs {@code [first, end)} with the state of {@link #newThread} and stores them (see
     * {@link #forRanges}); the inputs read from block buffers are read {@code shift} elements from
     * their place in the whole loop.
     */
    void runOutputs(Object thread, long first, long end, Cancellation cancel, long shift) {
        int[] outerReduced = Arrays.copyOf(axes, axes.length - 1);
        outputsAlong((PerThread) thread, first, end, outerReduced, KernelRunner.count(shape, outerReduced), cancel, shift);
    }

    /**
     * Elements a thread's scratch block holds: {@link KernelRunner#BLOCK}, or the whole loop when it is
     * smaller; along rows when every member reduces in registers, only the pieces of fewer than
     * {@link Reduction#LANES} elements before and after the aligned runs ({@link #rowAlong}), unless
     * rows are short, which are computed whole into it ({@link #shortRows}). Why: a 1,000-element sum
     * made and zeroed an 8 KB block per call that it wrote 8 elements of.
     */
    private int scratchCapacity() {
        boolean piecesOnly = block == Reduction.CHUNK && !(axes.length == 1 && shape[shape.length - 1] <= SHORT_ROW);
        return (int) Math.min(piecesOnly ? Reduction.LANES : BLOCK, Shapes.size(shape));
    }

    /** What each worker thread owns: a scratch block and an offsets array per member. */
    private static final class PerThread {
        final Scratch[] scratch;
        final long[][] offsets;
        /** Elements each scratch block holds: see {@link #scratchCapacity}. */
        final int capacity;

        /** A float sum's 8 lanes, sums then compensations, while a kernel's sumRow adds to them. */
        final double[] lanes = new double[2 * Reduction.LANES];
        /** An integer or bool sum's total of a run from a kernel's sumRowLong. */
        final long[] total = new long[1];
        /** A max's or min's extreme so far while a kernel's maxRow or minRow takes a run's values; a run's argmax or argmin (value, index) from argmaxRow or argminRow. */
        final double[] extreme = new double[2];

        /** Along rows: the offsets of an output's first elements, and the walk over the outputs, which the next range continues when it starts at {@code nextOutput}. */
        final long[] base;
        OffsetIterator[] kept;
        long nextOutput = -1;
        /** Along rows: each member's accumulators of the next outputs taken at once, cleared after each store (null before the first). */
        private Reduction[] outputs;
        private int outputsHeld;
        /** Short rows: each input's offsets of a batch's rows, {@code [input][row]} (null before the first). */
        private long[][] rowStarts;

        /** Each input's offsets of a batch of {@code batch} rows, made at the first call. */
        long[][] rowStarts(int inputs, int batch) {
            if (rowStarts == null) rowStarts = new long[inputs][batch];
            return rowStarts;
        }

        /**
         * The members' accumulators for {@code count} outputs at a time, made at the first call, and
         * again when a later range needs more (each output's lanes are its own: how many outputs the
         * accumulators hold changes no result).
         */
        Reduction[] outputs(ReducePass pass, int count) {
            if (outputs == null || outputsHeld < count) {
                outputsHeld = count;
                outputs = new Reduction[pass.members.size()];
                for (int m = 0; m < outputs.length; m++) {
                    outputs[m] = new Reduction(pass.members.get(m).kernel().output().op(), pass.members.get(m).loop().dtype(), count, lanes(), Vectorization.extremes());
                }
            }
            return outputs;
        }

        PerThread(ReducePass pass) {
            base = new long[pass.inputs.length];
            capacity = pass.scratchCapacity();
            int n = pass.members.size();
            scratch = new Scratch[n];
            offsets = new long[n][];
            for (int m = 0; m < n; m++) {
                scratch[m] = new Scratch(pass.members.get(m).loop().dtype(), capacity);
                offsets[m] = new long[pass.from[m + 1] - pass.from[m]];
            }
        }
    }

    /** Feeds member m's freshly computed scratch block to its accumulator. */
    private interface Feed {
        void feed(int member, Scratch scratch, int len);
    }

    /** Evaluates {@code len} elements from {@code start} along the row at {@code rowStart} with every member, feeding each block. */
    private void row(PerThread t, long[] rowStart, long start, int len, Feed feed) {
        for (int m = 0; m < members.size(); m++) {
            long[] off = t.offsets[m];
            for (int i = 0; i < off.length; i++) off[i] = rowStart[from[m] + i] + start * stride[from[m] + i];
            members.get(m).loop().row(off, memberStride[m], t.scratch[m].segment, 0, len);
            feed.feed(m, t.scratch[m], len);
        }
    }

    /** Chooses the members that reduce in registers ({@link #inRegisters}; the loops are prepared). */
    private void chooseRegisterReductions() {
        boolean all = true, sums = false, intSums = false, extremes = false, argExtremes = false;
        for (int m = 0; m < members.size(); m++) {
            BoundKernel loop = members.get(m).loop();
            Op op = members.get(m).kernel().output().op();
            boolean floats = loop.dtype().isFloat();
            if (floats && op == Op.SUM && loop.sumsRows()) inRegisters[m] = op;
            if (!floats && op == Op.SUM && loop.sumsRowsLong()) inRegisters[m] = op;
            if (floats && (op == Op.MAX || op == Op.MIN) && loop.extremesRows()) inRegisters[m] = op;
            if (floats && (op == Op.ARGMAX || op == Op.ARGMIN) && loop.argExtremesRows()) inRegisters[m] = op;
            all &= inRegisters[m] != null;
            sums |= floats && inRegisters[m] == Op.SUM;
            intSums |= !floats && inRegisters[m] == Op.SUM;
            extremes |= inRegisters[m] == Op.MAX || inRegisters[m] == Op.MIN;
            argExtremes |= inRegisters[m] == Op.ARGMAX || inRegisters[m] == Op.ARGMIN;
        }
        if (all) block = Reduction.CHUNK;
        if (sums) REGISTER_SUMS.incrementAndGet();
        if (intSums) REGISTER_INT_SUMS.incrementAndGet();
        if (extremes) REGISTER_EXTREMES.incrementAndGet();
        if (argExtremes) REGISTER_ARG_EXTREMES.incrementAndGet();
    }

    /**
     * Like {@link #row} along rows: every member's values at positions {@code index ..} of output
     * {@code o} go to {@code red[member]}. A member summing in registers takes each run from a
     * multiple of 8 to the last multiple of 8, split at chunk starts, through its kernel's sumRow;
     * the values before and after (fewer than 8 each) go through its scratch block. An integer or bool
     * sum in registers takes the whole run's wrapping total through sumRowLong. A max or min in
     * registers takes the whole run's extreme through maxRow or minRow, which the output takes as one
     * element: max and min do not depend on how their elements are grouped. An argmax or argmin in
     * registers takes the run's own answer (argmaxRow, argminRow: its first NaN, else its first
     * extreme) at its position, the only element of the run the reference could keep.
     */
    private void rowAlong(PerThread t, long[] rowStart, long start, int len, Reduction[] red, int o, long index) {
        for (int m = 0; m < members.size(); m++) {
            long[] off = t.offsets[m];
            BoundKernel loop = members.get(m).loop();
            if (inRegisters[m] != Op.SUM || !loop.dtype().isFloat()) {
                for (int i = 0; i < off.length; i++) off[i] = rowStart[from[m] + i] + start * stride[from[m] + i];
                if (inRegisters[m] == null) {
                    loop.row(off, memberStride[m], t.scratch[m].segment, 0, len);
                    t.scratch[m].feed(red[m], o, len, index);
                } else if (inRegisters[m] == Op.SUM) {
                    t.total[0] = 0;
                    loop.sumRowLong(off, memberStride[m], len, t.total);
                    red[m].acceptIntTotal(o, t.total[0]);
                } else if (inRegisters[m] == Op.ARGMAX || inRegisters[m] == Op.ARGMIN) {
                    loop.argExtremeRow(inRegisters[m] == Op.ARGMIN, off, memberStride[m], len, t.extreme);
                    red[m].acceptFloat(o, t.extreme[0], index + (long) t.extreme[1]);
                } else {
                    boolean min = inRegisters[m] == Op.MIN;
                    t.extreme[0] = min ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                    loop.extremeRow(min, off, memberStride[m], len, t.extreme);
                    red[m].acceptFloat(o, t.extreme[0], index);
                }
                continue;
            }
            for (int j = 0; j < len; ) {
                long p = index + j;
                int head = (int) (-p & (Reduction.LANES - 1)), piece;
                for (int i = 0; i < off.length; i++) off[i] = rowStart[from[m] + i] + (start + j) * stride[from[m] + i];
                if (head > 0 || len - j < Reduction.LANES) {
                    piece = Math.min(head > 0 ? head : Reduction.LANES, len - j);
                    loop.row(off, memberStride[m], t.scratch[m].segment, 0, piece);
                    t.scratch[m].feed(red[m], o, piece, p);
                } else {
                    piece = (int) Math.min((len - j) & -Reduction.LANES, Reduction.CHUNK - (p & (Reduction.CHUNK - 1)));
                    red[m].takeLanes(o, p, t.lanes);
                    loop.sumRow(off, memberStride[m], piece, t.lanes);
                    red[m].putLanes(o, t.lanes);
                }
                j += piece;
            }
        }
    }

    /**
     * The innermost axis is reduced: each output element reads whole rows, in C order. Output
     * elements are independent, so ranges of them run in parallel with the same results.
     */
    private void alongRows(int outputs) {
        int last = shape.length - 1;
        int[] outerReduced = Arrays.copyOf(axes, axes.length - 1);
        long outerCount = KernelRunner.count(shape, outerReduced), perOutput = outerCount * shape[last];
        if (perOutput >= 2L * Reduction.CHUNK && outputs < Parallel.parallelism()) { // the property is read only when it matters
            accumulators(outputs); // a few outputs: their chunks are merged into these
            if (Arrays.stream(acc).allMatch(Reduction::mergeable)) {
                inChunks(outputs, perOutput, outerReduced);
                for (int m = 0; m < members.size(); m++) acc[m].store(out.get(m).buffer());
                return;
            }
        }
        Cancellation cancel = Cancellation.current();
        Parallel.forEachRowRange(outputs, members.size() * outerCount * shape[last],
                (first, end) -> outputsAlong(new PerThread(this), first, end, outerReduced, outerCount, cancel, 0));
    }

    /**
     * Reduces outputs {@code [first, end)} along rows and stores them, {@value #OUTPUTS_AT_ONCE} at a
     * time through the thread's own accumulators; {@code shift} moves the inputs in block buffers.
     */
    private void outputsAlong(PerThread t, long first, long end, int[] outerReduced, long outerCount, Cancellation cancel, long shift) {
        int last = shape.length - 1;
        long done = 0;
        OffsetIterator[] kept = t.nextOutput == first ? t.kept : KernelRunner.iterators(keptLayouts, l -> l, first);
        t.kept = kept;
        t.nextOutput = end;
        if (outerReduced.length == 0 && shape[last] <= SHORT_ROW) {
            shortRows(t, kept, first, end, cancel, shift);
            return;
        }
        long[] base = t.base;
        Reduction[] local = t.outputs(this, (int) Math.min(OUTPUTS_AT_ONCE, end - first));
        for (long o = first; o < end; o++) {
            int output = (int) ((o - first) % OUTPUTS_AT_ONCE);
            for (int i = 0; i < base.length; i++) base[i] = kept[i].next();
            if (shift != 0) for (int i = 0; i < base.length; i++) if (inBlock[i]) base[i] += shift;
            // With one reduced axis, the row starts at the base.
            OffsetIterator[] reduced = outerReduced.length == 0 ? null : KernelRunner.iterators(outerLayouts, l -> l, 0);
            long index = 0;
            rows:
            for (long q = 0; q < outerCount; q++) {
                long[] rowStart = reduced == null ? base : KernelRunner.plus(base, KernelRunner.offsets(reduced));
                for (long start = 0; start < shape[last]; start += block) {
                    int len = (int) Math.min(block, shape[last] - start);
                    done = cancel.tick(done, len);
                    rowAlong(t, rowStart, start, len, local, output, index);
                    index += len;
                    if (decided(local, output)) break rows;
                }
            }
            if (output == OUTPUTS_AT_ONCE - 1 || o == end - 1) {
                for (int m = 0; m < local.length; m++) {
                    local[m].store(out.get(m).buffer(), 0, output + 1, o - output);
                    local[m].clear();
                }
            }
        }
    }

    /**
     * Outputs {@code [first, end)} of rows of at most {@link #SHORT_ROW} elements (the innermost axis
     * alone reduced), a batch of rows at a time: each member computes the batch's values into its
     * scratch block, in one kernel call where every input's rows follow each other in memory (a
     * C-contiguous array, a broadcast scalar) and one call per row otherwise; then each row goes to
     * its output's accumulator, positions from 0. Same values, same order per output as
     * {@link #rowAlong}; what it saves is per row: the split of a row at its multiples of 8 for
     * sumRow, whose hand-over of the lanes cost more than a short row's elements.
     */
    private void shortRows(PerThread t, OffsetIterator[] kept, long first, long end, Cancellation cancel, long shift) {
        int n = (int) shape[shape.length - 1], batch = Math.max(1, t.capacity / n);
        long[][] rowStarts = t.rowStarts(inputs.length, batch);
        Reduction[] red = t.outputs(this, batch);
        long done = 0;
        for (long b = first; b < end; b += batch) {
            int rows = (int) Math.min(batch, end - b);
            for (int k = 0; k < rows; k++) {
                for (int i = 0; i < inputs.length; i++) rowStarts[i][k] = kept[i].next() + (shift != 0 && inBlock[i] ? shift : 0);
            }
            done = cancel.tick(done, (long) rows * n);
            for (int m = 0; m < members.size(); m++) {
                computeRows(t, m, rowStarts, rows, n);
                for (int k = 0; k < rows; k++) t.scratch[m].feedRow(red[m], k, k * n, n);
                red[m].store(out.get(m).buffer(), 0, rows, b);
                red[m].clear();
            }
        }
    }

    /**
     * Member m's values of {@code rows} rows of {@code n} elements, row k starting at each input's
     * {@code rowStarts[input][k]}, into its scratch block (row k at {@code k * n}): in one kernel call
     * where every input's rows follow each other in memory, one call per row otherwise.
     */
    private void computeRows(PerThread t, int m, long[][] rowStarts, int rows, int n) {
        long[] off = t.offsets[m];
        Scratch scratch = t.scratch[m];
        BoundKernel loop = members.get(m).loop();
        if (loop.spansRows() && rowsFollow(rowStarts, m, rows, n)) {
            for (int i = 0; i < off.length; i++) off[i] = rowStarts[from[m] + i][0];
            loop.row(off, memberStride[m], scratch.segment, 0, (long) rows * n);
        } else {
            for (int k = 0; k < rows; k++) {
                for (int i = 0; i < off.length; i++) off[i] = rowStarts[from[m] + i][k];
                loop.row(off, memberStride[m], scratch.segment, (long) k * n, n);
            }
        }
    }

    /** Whether each input of member m has row k at {@code k * n} elements (of its stride) after row 0, for the batch's rows: one call reads them all. */
    private boolean rowsFollow(long[][] rowStarts, int m, int rows, int n) {
        for (int i = from[m]; i < from[m + 1]; i++) {
            long[] starts = rowStarts[i];
            long step = n * stride[i];
            for (int k = 1; k < rows; k++) if (starts[k] != starts[0] + k * step) return false;
        }
        return true;
    }

    /**
     * Few outputs, each reducing many elements (a sum of everything): each output's positions are
     * split into {@link Reduction#CHUNK}-sized chunks, reduced on any thread into their own
     * accumulators and merged in order, which the chunked definition of {@link Reduction} makes
     * bit-identical to one thread feeding them all.
     */
    private void inChunks(int outputs, long perOutput, int[] outerReduced) {
        long chunksPerOutput = (perOutput + Reduction.CHUNK - 1) / Reduction.CHUNK;
        Reduction[][][] chunks = new Reduction[outputs][(int) chunksPerOutput][];
        // Per output, the first chunk known to decide it: later chunks cannot change it, and are left empty.
        AtomicLongArray decidedBy = new AtomicLongArray(outputs);
        for (int o = 0; o < outputs; o++) decidedBy.set(o, Long.MAX_VALUE);
        Cancellation cancel = Cancellation.current();
        Parallel.forEachRowRange(outputs * chunksPerOutput, (long) members.size() * Reduction.CHUNK, (first, end) -> {
            PerThread t = new PerThread(this);
            for (long id = first; id < end; id++) {
                cancel.check(); // a chunk is Reduction.CHUNK elements
                int o = (int) (id / chunksPerOutput), c = (int) (id % chunksPerOutput);
                if (c > decidedBy.get(o)) {
                    DECIDED_EARLY.incrementAndGet();
                    continue; // no part: nothing to merge
                }
                Reduction[] part = new Reduction[members.size()];
                for (int m = 0; m < part.length; m++) {
                    part[m] = new Reduction(members.get(m).kernel().output().op(), members.get(m).loop().dtype(), 1, lanes(), Vectorization.extremes());
                }
                long from = c * (long) Reduction.CHUNK;
                chunk(t, part, o, from, Math.min(perOutput, from + Reduction.CHUNK), outerReduced);
                chunks[o][c] = part;
                if (decided(part, 0)) decidedBy.accumulateAndGet(o, c, Math::min);
            }
        });
        for (int o = 0; o < outputs; o++) {
            for (Reduction[] part : chunks[o]) if (part != null) for (int m = 0; m < part.length; m++) acc[m].merge(o, part[m]);
        }
    }

    /** Reduces positions {@code [from, to)} of output {@code o} (C order over the reduced axes) into {@code part}. */
    private void chunk(PerThread t, Reduction[] part, int o, long from, long to, int[] outerReduced) {
        long rowLength = shape[shape.length - 1];
        long[] base = KernelRunner.offsets(KernelRunner.iterators(inputs, l -> l.withoutAxes(axes), o));
        OffsetIterator[] reduced = KernelRunner.iterators(inputs, l -> l.onlyAxes(outerReduced).withOffset(0), from / rowLength);
        for (long p = from; p < to; ) {
            long[] rowStart = KernelRunner.plus(base, KernelRunner.offsets(reduced));
            for (long col = p % rowLength; col < rowLength && p < to; ) {
                int len = (int) Math.min(block, Math.min(rowLength - col, to - p));
                rowAlong(t, rowStart, col, len, part, 0, p);
                p += len;
                col += len;
                if (decided(part, 0)) return;
            }
        }
    }

    /**
     * Whether output {@code o} of every member is {@link Reduction#decided}: the rest of its elements
     * cannot change it (any found true, all found false), so they are not computed.
     */
    private static boolean decided(Reduction[] red, int o) {
        for (Reduction r : red) if (!r.decided(o)) return false;
        DECIDED_EARLY.incrementAndGet();
        return true;
    }

    private static Reduction.LaneAdder lanes() {
        return Vectorization.laneSums();
    }

    /**
     * The innermost axis is kept: each input row updates a row of output elements. Output elements
     * are independent, so groups of output rows (one per index of the kept outer axes), or column
     * ranges of them when there are few groups, run in parallel.
     */
    private void acrossRows(int outputs) {
        int last = shape.length - 1;
        int[] keptOuter = new int[last - axes.length];
        for (int k = 0, j = 0; k < last; k++) if (Arrays.binarySearch(axes, k) < 0) keptOuter[j++] = k;
        long reducedCount = KernelRunner.count(shape, axes), rowLength = shape[last];
        Cancellation cancel = Cancellation.current();
        if (rowLength <= SHORT_ROW) {
            Parallel.forEachRowRange(outputs / rowLength, members.size() * reducedCount * rowLength,
                    (first, end) -> shortAcross(keptOuter, first, end, reducedCount, cancel));
            return;
        }
        Parallel.forEachPart(outputs / rowLength, rowLength, members.size() * reducedCount * outputs, (first, end, colStart, colEnd) -> {
            PerThread t = new PerThread(this);
            long done = 0;
            OffsetIterator[] kept = KernelRunner.iterators(inputs, l -> l.onlyAxes(keptOuter), first);
            for (long g = first; g < end; g++) {
                long[] base = KernelRunner.offsets(kept);
                OffsetIterator[] reduced = KernelRunner.iterators(inputs, l -> l.onlyAxes(axes).withOffset(0), 0);
                for (long q = 0; q < reducedCount; q++) {
                    long[] rowStart = KernelRunner.plus(base, KernelRunner.offsets(reduced));
                    long position = q;
                    for (long start = colStart; start < colEnd; start += BLOCK) {
                        int len = (int) Math.min(BLOCK, colEnd - start);
                        done = cancel.tick(done, len);
                        int at = (int) (g * rowLength + start);
                        row(t, rowStart, start, len, (m, s, n) -> s.feedAcross(acc[m], at, n, position));
                    }
                }
            }
        });
    }

    /**
     * {@link #acrossRows} for kept rows of at most {@link #SHORT_ROW} elements (a 100,000 x 8 table's
     * max over axis 0), groups {@code [first, end)} of them: a batch of reduced positions at a time,
     * each member computes the batch's rows into its scratch block ({@link #computeRows}) and feeds
     * them to the group's outputs in order of their positions (the values and order of one row at a
     * time). Rows are never split into column ranges: a thread reading part of each short row would
     * call its kernel once per row.
     */
    private void shortAcross(int[] keptOuter, long first, long end, long reducedCount, Cancellation cancel) {
        PerThread t = new PerThread(this);
        int n = (int) shape[shape.length - 1], batch = Math.max(1, t.capacity / n);
        long[][] rowStarts = t.rowStarts(inputs.length, batch);
        long done = 0;
        OffsetIterator[] kept = KernelRunner.iterators(inputs, l -> l.onlyAxes(keptOuter), first);
        for (long g = first; g < end; g++) {
            long[] base = KernelRunner.offsets(kept);
            OffsetIterator[] reduced = KernelRunner.iterators(inputs, l -> l.onlyAxes(axes).withOffset(0), 0);
            int at = (int) (g * n);
            for (long q = 0; q < reducedCount; q += batch) {
                int rows = (int) Math.min(batch, reducedCount - q);
                for (int k = 0; k < rows; k++) {
                    for (int i = 0; i < inputs.length; i++) rowStarts[i][k] = base[i] + reduced[i].next();
                }
                done = cancel.tick(done, (long) rows * n);
                for (int m = 0; m < members.size(); m++) {
                    computeRows(t, m, rowStarts, rows, n);
                    t.scratch[m].feedRowsAcross(acc[m], at, rows, n, q);
                }
            }
        }
    }
}
