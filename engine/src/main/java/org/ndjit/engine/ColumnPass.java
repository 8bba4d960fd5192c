package org.ndjit.engine;

import org.ndjit.ir.ColumnSums;
import org.ndjit.ir.Layout;
import org.ndjit.ir.OffsetIterator;
import org.ndjit.ir.Op;
import org.ndjit.ir.Reduction;
import org.ndjit.ir.StridedArray;

import java.util.Arrays;
import java.util.List;

/**
 * Sums, maxes and mins across rows in registers: the reduced axes do not include the innermost
 * one, so each row of the loop updates a row of outputs in place (a matrix reduced over axis 0). Each
 * float sum member's kernel adds its values straight to {@link ColumnSums} ({@code RowKernel#sumAcross});
 * each integer or bool sum member's adds them, widened to long, to a row of wrapping totals
 * ({@code RowKernel#sumAcrossLong}: wrapping addition takes its values in any order, as a max does);
 * each max or min member's takes them into a row of best values ({@code RowKernel#maxAcross},
 * {@code #minAcross}: {@code best[j] = Math.max(best[j], v[j])}, as the reference's max takes
 * elements, in any order); each float argmax or argmin member's into a row of best values and their
 * positions ({@code RowKernel#argmaxAcross}, {@code #argminAcross}), the rows in order of position, as
 * the reference takes them (the first NaN, or else the first largest value, wins). For a block of up to {@link #TILE} columns, the rows stream through in
 * order of their reduced positions; the positions come in blocks of {@code 8 * ROWS}, and each lane's
 * rows of a block (positions p, p + 8, ..., up to {@link #ROWS} of them) go through one call that
 * keeps each vector of accumulators in registers for all of them (an integer sum, max or min over at most
 * {@link #NARROW} columns takes the block's rows in one call instead); every member takes a block
 * while it is in cache, so a pass of a column's sums, min and max reads its input once. The accumulators
 * belong to the thread and serve run after run; column ranges run in parallel.
 */
final class ColumnPass {
    /**
     * Columns per block of accumulators, at most: 512 KB of lanes per member (in L2), 32 KB of each
     * row read in one go. A 4096 x 4096 column sum took about 1.3 times as long with 1024 columns
     * (rows read in shorter runs).
     */
    static final int TILE = 4096;
    /** Rows of one lane a call adds while its accumulators are in registers. */
    static final int ROWS = org.ndjit.codegen.RowKernel.ACROSS_ROWS;
    private static final int BLOCK = Reduction.LANES * ROWS;
    /** Blocks of at most this many columns take a max's or min's rows of a whole block of positions in one call ({@code Worker#wholeBlock}). */
    static final int NARROW = 64;
    private static final ThreadLocal<ColumnSums[]> SUMS = ThreadLocal.withInitial(() -> new ColumnSums[0]);
    private static final ThreadLocal<double[][]> BEST = ThreadLocal.withInitial(() -> new double[0][]);
    private static final ThreadLocal<long[][]> TOTALS = ThreadLocal.withInitial(() -> new long[0][]);
    /** Runs of this pass (a test hook). */
    static final java.util.concurrent.atomic.AtomicLong RUNS = new java.util.concurrent.atomic.AtomicLong();
    /** Runs of this pass with a max or min member (a test hook). */
    static final java.util.concurrent.atomic.AtomicLong EXTREMES = new java.util.concurrent.atomic.AtomicLong();
    /** Runs of this pass with an argmax or argmin member (a test hook). */
    static final java.util.concurrent.atomic.AtomicLong ARG_EXTREMES = new java.util.concurrent.atomic.AtomicLong();
    /** Runs of this pass with an integer or bool sum member (a test hook). */
    static final java.util.concurrent.atomic.AtomicLong INTEGER_SUMS = new java.util.concurrent.atomic.AtomicLong();

    private final List<ReducePass.Member> members;
    private final Layout[] inputs;
    /** Member m's inputs are {@code inputs[from[m] .. from[m + 1])}. */
    private final int[] from;
    private final long[] stride;
    private final long[][] memberStride;
    private final long[] shape;
    private final int[] axes;
    /** Each member's reduction: SUM, MAX or MIN. */
    private final Op[] ops;
    /** Whether member m is an integer or bool sum (its accumulators are longs; a SUM member's otherwise TwoSums). */
    private final boolean[] longSum;
    /** Whether member m is an argmax or argmin (a best value and its position per column). */
    private final boolean[] argExtreme;

    ColumnPass(List<ReducePass.Member> members, Layout[] inputs, int[] from, long[] stride, long[][] memberStride, long[] shape, int[] axes) {
        this.members = members;
        ops = new Op[members.size()];
        longSum = new boolean[ops.length];
        argExtreme = new boolean[ops.length];
        for (int m = 0; m < ops.length; m++) {
            ops[m] = members.get(m).kernel().output().op();
            longSum[m] = ops[m] == Op.SUM && !members.get(m).loop().dtype().isFloat();
            argExtreme[m] = ops[m] == Op.ARGMAX || ops[m] == Op.ARGMIN;
        }
        this.inputs = inputs;
        this.from = from;
        this.stride = stride;
        this.memberStride = memberStride;
        this.shape = shape;
        this.axes = axes;
    }

    /**
     * Whether every member is a float sum whose compiled kernel has sumAcross, an integer or bool sum whose
     * kernel has sumAcrossLong (of its values as the kernel computes them: Lower leaves out the widening cast), or a max or min of
     * float64 or float32 values whose kernel has maxAcross and minAcross, or an argmax or argmin of them whose kernel has
     * argmaxAcross and argminAcross (the loops are prepared).
     */
    static boolean applies(List<ReducePass.Member> members) {
        for (ReducePass.Member m : members) if (!applies(m)) return false;
        return true;
    }

    private static boolean applies(ReducePass.Member m) {
        BoundKernel loop = m.loop();
        return switch (m.kernel().output().op()) {
            case SUM -> loop.dtype().isFloat() ? loop.sumsAcross() : loop.sumsAcrossLong();
            case MAX, MIN -> (loop.dtype() == org.ndjit.DType.FLOAT64 || loop.dtype() == org.ndjit.DType.FLOAT32) && loop.extremesAcross();
            case ARGMAX, ARGMIN -> (loop.dtype() == org.ndjit.DType.FLOAT64 || loop.dtype() == org.ndjit.DType.FLOAT32) && loop.argExtremesAcross();
            default -> false;
        };
    }

    /** Computes every output into {@code out} (one array per member, C order). */
    void run(List<StridedArray> out) {
        RUNS.incrementAndGet();
        if (Arrays.stream(ops).anyMatch(op -> op != Op.SUM)) EXTREMES.incrementAndGet();
        if (any(longSum)) INTEGER_SUMS.incrementAndGet();
        if (any(argExtreme)) ARG_EXTREMES.incrementAndGet();
        int last = shape.length - 1;
        int[] keptOuter = new int[last - axes.length];
        for (int k = 0, j = 0; k < last; k++) if (Arrays.binarySearch(axes, k) < 0) keptOuter[j++] = k;
        long reducedCount = KernelRunner.count(shape, axes), rowLength = shape[last], groups = out.getFirst().size() / rowLength;
        Cancellation cancel = Cancellation.current();
        Parallel.forEachPart(groups, rowLength, members.size() * reducedCount * groups * rowLength, (first, end, colStart, colEnd) -> {
            Worker w = new Worker((int) Math.min(TILE, colEnd - colStart));
            OffsetIterator[] kept = KernelRunner.iterators(inputs, l -> l.onlyAxes(keptOuter), first);
            for (long g = first; g < end; g++) {
                long[] base = KernelRunner.offsets(kept);
                for (long c = colStart; c < colEnd; c += TILE) {
                    int width = (int) Math.min(TILE, colEnd - c);
                    w.start(width);
                    w.columns(KernelRunner.advance(base, stride, c), width, reducedCount, cancel);
                    w.store(out, g * rowLength + c, width);
                }
            }
        });
    }

    private static boolean any(boolean[] flags) {
        for (boolean f : flags) if (f) return true;
        return false;
    }

    /** What one part's thread works with: its accumulators and the offsets of a block of positions. */
    private final class Worker {
        /**
         * Member m's accumulators: {@code sums[m]} for a float sum, {@code totals[m]} (a column's total at j) for an
         * integer or bool sum, {@code best[m]} (a column's best value at j) for a max or min, and with it {@code totals[m]}
         * (the best value's position) for an argmax or argmin.
         */
        final ColumnSums[] sums;
        final long[][] totals;
        final double[][] best;
        /** Input i's offset at position p of the current block: {@code block[i * BLOCK + p]}. */
        final long[] block = new long[inputs.length * BLOCK];
        final long[][] off = new long[members.size()][], rowStride = new long[members.size()][];

        Worker(int width) {
            sums = threadSums(ops, longSum, width);
            boolean[] longs = longSum.clone();
            for (int m = 0; m < longs.length; m++) longs[m] |= argExtreme[m];
            totals = threadTotals(longs, width);
            best = threadBest(ops, width);
            for (int m = 0; m < members.size(); m++) {
                off[m] = new long[from[m + 1] - from[m]];
                rowStride[m] = new long[off[m].length];
            }
        }

        /** Clears the accumulators for a block of {@code width} columns that has taken no row yet. */
        void start(int width) {
            for (int m = 0; m < ops.length; m++) {
                if (longSum[m]) Arrays.fill(totals[m], 0, width, 0);
                else if (ops[m] == Op.SUM) sums[m].start(width);
                else Arrays.fill(best[m], 0, width, ops[m] == Op.MIN || ops[m] == Op.ARGMIN ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
                // From position 0 with -inf (+inf): the reference's answer, which takes position 0 whatever it holds (RowKernel#argmaxAcross).
                if (argExtreme[m]) Arrays.fill(totals[m], 0, width, 0);
            }
        }

        /** Writes the block's outputs, its first column to element {@code first} of each member's output. */
        void store(List<StridedArray> out, long first, int width) {
            for (int m = 0; m < ops.length; m++) {
                org.ndjit.ir.Buffer buffer = out.get(m).buffer();
                if (longSum[m] || argExtreme[m]) {
                    long[] t = totals[m];
                    for (int j = 0; j < width; j++) buffer.setLong(first + j, t[j]);
                } else if (ops[m] == Op.SUM) {
                    sums[m].store(buffer, first);
                } else {
                    double[] b = best[m];
                    for (int j = 0; j < width; j++) buffer.setDouble(first + j, b[j]);
                }
            }
        }

        /** Adds every reduced position's row of {@code width} columns, the first at {@code base}, to the accumulators. */
        void columns(long[] base, int width, long count, Cancellation cancel) {
            OffsetIterator[] reduced = KernelRunner.iterators(inputs, l -> l.onlyAxes(axes).withOffset(0), 0);
            long done = 0;
            for (long q = 0; q < count; ) {
                // A chunk is a multiple of BLOCK positions, so blocks start at multiples of BLOCK and never cross a chunk's end; only the last may be short.
                int positions = (int) Math.min(BLOCK, count - q);
                for (int i = 0; i < inputs.length; i++) {
                    OffsetIterator it = reduced[i];
                    for (int p = 0; p < positions; p++) block[i * BLOCK + p] = base[i] + it.next();
                }
                for (int m = 0; m < members.size(); m++) {
                    if (argExtreme[m]) {
                        inOrder(m, q, positions, width);
                        continue;
                    }
                    if (!floatSum(m) && width <= NARROW && positions == BLOCK && wholeBlock(m, width)) continue;
                    for (int l = 0; l < Math.min(Reduction.LANES, positions); l++) lane(m, q, l, (positions - l + Reduction.LANES - 1) / Reduction.LANES, width);
                }
                q += positions;
                done = cancel.tick(done, (long) positions * width);
            }
        }

        /**
         * Integer or bool sum, max or min member m's rows of the whole block in one call, in order of position, when every
         * input's offsets step evenly through it (false, nothing done, otherwise). Why: over narrow rows
         * (a 100,000 x 8 table) a call per lane's 8 rows took {@code 8 x 8} elements each, and the calls
         * cost more than their elements; neither a max nor a wrapping sum depends on the order it takes its values in.
         */
        private boolean wholeBlock(int m, int width) {
            if (!steps(m, 0, BLOCK)) return false;
            takeRows(m, BLOCK, width, 0);
            return true;
        }

        /**
         * Argmax or argmin member m's rows of the block starting at position q, in order of position as the reference
         * takes them: over at most {@link #NARROW} columns the whole block in one call (see {@link #wholeBlock}), else
         * {@link #ROWS} rows per call (the count sumAcross's loop is written out for), row by row where the offsets do
         * not step evenly or fewer rows are left (see {@link #lane} for why no call takes 2 to 7 rows).
         */
        private void inOrder(int m, long q, int positions, int width) {
            if (width <= NARROW && positions == BLOCK && steps(m, 0, BLOCK)) {
                takeRows(m, BLOCK, width, q);
                return;
            }
            for (int p = 0; p < positions; p += ROWS) {
                int rows = Math.min(ROWS, positions - p);
                if (rows == ROWS && steps(m, p, ROWS)) {
                    takeRows(m, ROWS, width, q + p);
                    continue;
                }
                for (int k = 0; k < rows; k++) {
                    steps(m, p + k, 1);
                    takeRows(m, 1, width, q + p + k);
                }
            }
        }

        /**
         * Sets member m's offsets to the block's position p and its row strides to the step from each of {@code count}
         * consecutive positions to the next; false (strides left unset) when some input's offsets do not step evenly.
         */
        private boolean steps(int m, int p, int count) {
            int first = from[m];
            for (int i = 0; i < off[m].length; i++) {
                int at = (first + i) * BLOCK + p;
                long step = count > 1 ? block[at + 1] - block[at] : 0;
                for (int k = 2; k < count; k++) if (block[at + k] - block[at] != k * step) return false;
                rowStride[m][i] = step;
            }
            for (int i = 0; i < off[m].length; i++) off[m][i] = block[(first + i) * BLOCK + p];
            return true;
        }

        /** Whether member m is a float sum, whose rows must come in the order of {@link #lane}'s calls. */
        private boolean floatSum(int m) {
            return ops[m] == Op.SUM && !longSum[m];
        }

        /**
         * Integer or bool sum, max or min member m takes {@code rows} rows from {@code off[m]}, {@code rowStride[m]} apart, in any
         * order; an argmax or argmin member takes them in order, the first at position {@code position}.
         */
        private void takeRows(int m, int rows, int width, long position) {
            BoundKernel loop = members.get(m).loop();
            if (argExtreme[m]) loop.argExtremeAcross(ops[m] == Op.ARGMIN, off[m], memberStride[m], rowStride[m], rows, width, best[m], totals[m], position, 0);
            else if (longSum[m]) loop.sumAcrossLong(off[m], memberStride[m], rowStride[m], rows, width, totals[m], 0);
            else loop.extremeAcross(ops[m] == Op.MIN, off[m], memberStride[m], rowStride[m], rows, width, best[m], 0);
        }

        /**
         * Member m's {@code rows} rows at positions {@code q + l, q + l + 8, ...} of the block starting at
         * q: in one call when they are a whole {@link #ROWS} and every input's offsets step evenly from
         * one to the next, otherwise one call per row (several reduced axes, where a lane's rows cross an
         * axis's end; the last block's fewer rows). Why not fewer rows in one call: sumAcross then runs
         * its general loop over rows with row counts from 1 to 7, and C2, having compiled it from calls
         * of other counts, failed its profiled loop predicates (uncommon traps, profile_predicate) and
         * recompiled it again and again, the calls between running in C1-compiled code with boxed vectors:
         * a 100,000 x 8 table's column sums took several times as long in most JVMs on a loaded machine.
         * Calls of 1 row and of ROWS rows only keep the profile the same; the rows are added in the same
         * order to the same accumulators either way.
         */
        private void lane(int m, long q, int l, int rows, int width) {
            int first = from[m];
            boolean even = true;
            for (int i = 0; i < off[m].length; i++) {
                int at = (first + i) * BLOCK + l;
                long step = rows > 1 ? block[at + Reduction.LANES] - block[at] : 0;
                for (int k = 2; k < rows && even; k++) even = block[at + k * Reduction.LANES] - block[at] == k * step;
                rowStride[m][i] = step;
            }
            if (even && rows == ROWS) {
                add(m, l, rows, q + l, width);
            } else {
                for (int k = 0; k < rows; k++) add(m, l + k * Reduction.LANES, 1, q + l + k * Reduction.LANES, width);
            }
        }

        /** Member m's {@code rows} rows from the block's position {@code p} (rows {@code rowStride[m]} apart), at reduced position {@code position}. */
        private void add(int m, int p, int rows, long position, int width) {
            int first = from[m];
            for (int i = 0; i < off[m].length; i++) off[m][i] = block[(first + i) * BLOCK + p];
            if (!floatSum(m)) {
                takeRows(m, rows, width, position);
                return;
            }
            ColumnSums s = sums[m];
            int at = s.lane(position);
            members.get(m).loop().sumAcross(off[m], memberStride[m], rowStride[m], rows, width, s.sums(), s.compensations(), at);
        }
    }

    /**
     * This thread's accumulators of the float sum members (null for the others), for blocks of {@code width}
     * columns: made once (as wide as a block of this run, at most {@link #TILE}) and reused by every
     * later run that fits.
     */
    private static ColumnSums[] threadSums(Op[] ops, boolean[] longSum, int width) {
        ColumnSums[] sums = SUMS.get();
        if (sums.length < ops.length) {
            sums = Arrays.copyOf(sums, ops.length);
            SUMS.set(sums);
        }
        ColumnSums[] mine = new ColumnSums[ops.length];
        for (int m = 0; m < ops.length; m++) {
            if (ops[m] != Op.SUM || longSum[m]) continue;
            if (sums[m] == null || sums[m].capacity() < width) sums[m] = new ColumnSums(width);
            mine[m] = sums[m];
        }
        return mine;
    }

    /** {@link #threadSums} for the members marked in {@code longSum} (integer and bool sums, argmaxes and argmins): a row of longs each. */
    private static long[][] threadTotals(boolean[] longSum, int width) {
        long[][] totals = TOTALS.get();
        if (totals.length < longSum.length) {
            totals = Arrays.copyOf(totals, longSum.length);
            TOTALS.set(totals);
        }
        long[][] mine = new long[longSum.length][];
        for (int m = 0; m < longSum.length; m++) {
            if (!longSum[m]) continue;
            if (totals[m] == null || totals[m].length < width) totals[m] = new long[width];
            mine[m] = totals[m];
        }
        return mine;
    }

    /** {@link #threadSums} for the max, min, argmax and argmin members: a row of best values each. */
    private static double[][] threadBest(Op[] ops, int width) {
        double[][] best = BEST.get();
        if (best.length < ops.length) {
            best = Arrays.copyOf(best, ops.length);
            BEST.set(best);
        }
        double[][] mine = new double[ops.length][];
        for (int m = 0; m < ops.length; m++) {
            if (ops[m] == Op.SUM) continue;
            if (best[m] == null || best[m].length < width) best[m] = new double[width];
            mine[m] = best[m];
        }
        return mine;
    }
}
