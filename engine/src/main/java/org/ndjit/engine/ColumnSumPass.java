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
 * Float sums across rows in registers: the reduced axes do not include the innermost one, so each
 * row of the loop adds to a row of outputs (a matrix summed over axis 0). Each member's kernel adds
 * its values straight to {@link ColumnSums} ({@code RowKernel#sumAcross}): for a block of up to
 * {@link #TILE} columns, the rows stream through in order of their reduced positions; the positions
 * come in blocks of {@code 8 * ROWS}, and each lane's rows of a block (positions p, p + 8, ..., up to
 * {@link #ROWS} of them) go through one call that keeps each vector of accumulators in registers for
 * all of them. The accumulators belong to the thread and serve run after run; column ranges run in
 * parallel.
 */
final class ColumnSumPass {
    /**
     * Columns per block of accumulators, at most: 512 KB of lanes per member (in L2), 32 KB of each
     * row read in one go. A 4096 x 4096 column sum took about 1.3 times as long with 1024 columns
     * (rows read in shorter runs).
     */
    static final int TILE = 4096;
    /** Rows of one lane a call adds while its accumulators are in registers. */
    static final int ROWS = org.ndjit.codegen.RowKernel.ACROSS_ROWS;
    private static final int BLOCK = Reduction.LANES * ROWS;
    private static final ThreadLocal<ColumnSums[]> SUMS = ThreadLocal.withInitial(() -> new ColumnSums[0]);
    /** Runs of this pass (a test hook). */
    static final java.util.concurrent.atomic.AtomicLong RUNS = new java.util.concurrent.atomic.AtomicLong();

    private final List<ReducePass.Member> members;
    private final Layout[] inputs;
    /** Member m's inputs are {@code inputs[from[m] .. from[m + 1])}. */
    private final int[] from;
    private final long[] stride;
    private final long[][] memberStride;
    private final long[] shape;
    private final int[] axes;

    ColumnSumPass(List<ReducePass.Member> members, Layout[] inputs, int[] from, long[] stride, long[][] memberStride, long[] shape, int[] axes) {
        this.members = members;
        this.inputs = inputs;
        this.from = from;
        this.stride = stride;
        this.memberStride = memberStride;
        this.shape = shape;
        this.axes = axes;
    }

    /** Whether every member is a float sum whose compiled kernel has sumAcross (the loops are prepared). */
    static boolean applies(List<ReducePass.Member> members) {
        for (ReducePass.Member m : members) {
            if (m.kernel().output().op() != Op.SUM || !m.loop().dtype().isFloat() || !m.loop().sumsAcross()) return false;
        }
        return true;
    }

    /** Computes every output into {@code out} (one array per member, C order). */
    void run(List<StridedArray> out) {
        RUNS.incrementAndGet();
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
                    for (ColumnSums s : w.sums) s.start(width);
                    w.columns(KernelRunner.advance(base, stride, c), width, reducedCount, cancel);
                    for (int m = 0; m < members.size(); m++) w.sums[m].store(out.get(m).buffer(), g * rowLength + c);
                }
            }
        });
    }

    /** What one part's thread works with: its accumulators and the offsets of a block of positions. */
    private final class Worker {
        final ColumnSums[] sums;
        /** Input i's offset at position p of the current block: {@code block[i * BLOCK + p]}. */
        final long[] block = new long[inputs.length * BLOCK];
        final long[][] off = new long[members.size()][], rowStride = new long[members.size()][];

        Worker(int width) {
            sums = threadSums(members.size(), width);
            for (int m = 0; m < members.size(); m++) {
                off[m] = new long[from[m + 1] - from[m]];
                rowStride[m] = new long[off[m].length];
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
                    for (int l = 0; l < Math.min(Reduction.LANES, positions); l++) lane(m, q, l, (positions - l + Reduction.LANES - 1) / Reduction.LANES, width);
                }
                q += positions;
                done = cancel.tick(done, (long) positions * width);
            }
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
            ColumnSums s = sums[m];
            int at = s.lane(position);
            members.get(m).loop().sumAcross(off[m], memberStride[m], rowStride[m], rows, width, s.sums(), s.compensations(), at);
        }
    }

    /**
     * This thread's accumulators, one per member, for blocks of {@code width} columns: made once
     * (as wide as a block of this run, at most {@link #TILE}) and reused by every later run that fits.
     */
    private static ColumnSums[] threadSums(int count, int width) {
        ColumnSums[] sums = SUMS.get();
        if (sums.length < count) {
            sums = Arrays.copyOf(sums, count);
            SUMS.set(sums);
        }
        for (int m = 0; m < count; m++) {
            if (sums[m] == null || sums[m].capacity() < width) sums[m] = new ColumnSums(width);
        }
        return Arrays.copyOf(sums, count);
    }
}
