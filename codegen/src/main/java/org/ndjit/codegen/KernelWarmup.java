package org.ndjit.codegen;

import org.ndjit.DType;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes new kernels' vector classes hot off the callers' threads (see {@link KernelTiers}): one
 * daemon thread compiles a vector class and runs it, in alternation with the kernel's scalar class,
 * on synthetic rows of {@link #ROW} elements (inputs of the kernel's dtypes and access classes, values
 * that no op rejects: positive floats, integers 1 to 7, alternating bools), until the vector class
 * is faster than the scalar one, which happens once C2 has compiled it. Then runs switch to it. A
 * vector class that is not faster within {@link #BUDGET_NANOS} never replaces the scalar class for
 * small runs (the C1-only JVM is one case). At most {@link #QUEUE} kernels wait; past that a
 * kernel is not queued and its next small run asks again.
 */
final class KernelWarmup {
    static final int ROW = 1024;
    static final int QUEUE = 64;
    private static final long BUDGET_NANOS = 3_000_000_000L;
    /** Rounds before the first comparison, so that neither class is timed in the interpreter alone. */
    private static final int MIN_ROUNDS = 4;
    private static final int CALLS_PER_ROUND = 16;
    /** A vector class this many times slower than the scalar class or more is taken to be not yet compiled by C2. */
    private static final int COMPILED_WITHIN = 3;

    private static final ThreadPoolExecutor THREAD = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), r -> {
                Thread t = new Thread(r, "ndjit-kernel-warmup");
                t.setDaemon(true);
                t.setPriority(Thread.MIN_PRIORITY);
                return t;
            });
    private static final AtomicLong SWITCHED = new AtomicLong(), KEPT_SCALAR = new AtomicLong(), QUEUED = new AtomicLong();

    static {
        THREAD.allowCoreThreadTimeOut(true);
    }

    private KernelWarmup() {}

    /** Queues the kernel's warm-up; false when the queue is full. */
    static boolean submit(KernelTiers tiers) {
        try {
            THREAD.execute(() -> warm(tiers));
            QUEUED.incrementAndGet();
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Kernels switched to their vector class by a warm-up, and kernels whose vector class never won. */
    static long switched() { return SWITCHED.get(); }

    static long keptScalar() { return KEPT_SCALAR.get(); }

    /** Warm-ups queued so far. */
    static long queued() { return QUEUED.get(); }

    private static void warm(KernelTiers tiers) {
        if (tiers.vectorReady()) return;
        long start = System.nanoTime();
        // Shared, not confined: a confined arena's segments have an owner thread, which real runs' segments
        // (pool memory, global or shared arenas) do not, and C2 then compiled the vector class with loop
        // predicates that failed in the callers' runs: it was deoptimized every ~300 ms for seconds.
        try (Arena arena = Arena.ofShared()) {
            RowKernel vector = tiers.vectorClass(), scalar = tiers.scalarClass();
            Rows rows = new Rows(tiers, arena);
            long scalarBest = Long.MAX_VALUE, vectorBestFirstHalf = Long.MAX_VALUE, vectorBestSecondHalf = Long.MAX_VALUE;
            for (int round = 1; System.nanoTime() - start < BUDGET_NANOS; round++) {
                long s = rows.fastest(scalar), v = rows.fastest(vector);
                scalarBest = Math.min(scalarBest, s);
                if (System.nanoTime() - start < BUDGET_NANOS / 2) vectorBestFirstHalf = Math.min(vectorBestFirstHalf, v);
                else vectorBestSecondHalf = Math.min(vectorBestSecondHalf, v);
                if (round >= MIN_ROUNDS && v <= s) {
                    tiers.useVector();
                    SWITCHED.incrementAndGet();
                    int rounds = round;
                    Log.compilation(() -> String.format("vector class of %s in use after %.1f ms of warm-up (%d rounds)",
                            KernelCache.abbreviate(tiers.spec().key()), (System.nanoTime() - start) / 1e6, rounds));
                    return;
                }
                if (tiers.vectorReady()) return; // a large run switched it meanwhile
            }
            KEPT_SCALAR.incrementAndGet();
            boolean settled = settled(scalarBest, vectorBestFirstHalf, vectorBestSecondHalf);
            tiers.warmupLost(settled);
            Log.compilation(() -> "vector class of " + KernelCache.abbreviate(tiers.spec().key())
                    + " not faster than its scalar class after warm-up: small runs keep the scalar class" + (settled ? "" : " for now"));
        } catch (RuntimeException | LinkageError e) {
            KEPT_SCALAR.incrementAndGet();
            Log.LOGGER.log(System.Logger.Level.WARNING, "kernel warm-up failed, small runs keep the scalar class", e);
        }
    }

    /**
     * Whether a lost warm-up measured the vector class compiled, so that asking again later would only
     * measure the same: its time no longer fell (the second half of the budget less than 10% faster
     * than the first) and was within {@link #COMPILED_WITHIN} times the scalar class's (the interpreter
     * and C1 run vector code tens of times slower, boxing every vector). A float32 exp or log row
     * settles so, slower than the scalar loop; asked again every time its small runs doubled, such a
     * kernel took a core's 3 s each time, most of the warm-up thread's time in a program of small arrays.
     */
    static boolean settled(long scalarBest, long vectorBestFirstHalf, long vectorBestSecondHalf) {
        return vectorBestSecondHalf != Long.MAX_VALUE && vectorBestSecondHalf * 10 > vectorBestFirstHalf * 9
                && vectorBestSecondHalf < COMPILED_WITHIN * scalarBest;
    }

    /** Synthetic rows for one kernel: each input unit-stride or broadcast as the spec says, one output row, constants. */
    private static final class Rows {
        private final MemorySegment[] in;
        private final long[] off, stride;
        /**
         * The inputs again in Java arrays of their types, and the output in native memory and in a Java
         * array: calls go round native inputs into native memory, native inputs into an array, and arrays
         * into an array, as real runs do (results up to 64 KB are Java arrays), so that each of the vector
         * loop's copies (see LoopEmitter.RowLocals) is hot; a copy C2 compiled without a profile traps on
         * its first use and is compiled again.
         */
        private final MemorySegment[] heapIn;
        private final MemorySegment out, heapOut;
        private final double[] dc;
        private final long[] lc;
        private final double[] lanes = new double[16];
        /** The total sumRowLong adds to. */
        private final long[] total = new long[1];
        /** The value maxRow and minRow take their extreme into. */
        private final double[] extreme = new double[2];
        /**
         * Accumulators of sumAcross, which adds {@link RowKernel#ACROSS_ROWS} rows a call, as the column pass gives it (with one
         * row its vector loop, written out for that many, never ran in a warm-up); a row stride of 0 reads the synthetic row again.
         * maxAcross and minAcross take theirs into sums.
         */
        private final double[] sums = new double[ROW], compensations = new double[ROW];
        /** The totals sumAcrossLong adds one row to; the positions argmaxAcross and argminAcross keep beside their best values (in sums). */
        private final long[] totals = new long[ROW];
        private final long[] rowStride;
        /** The entry points runs have called (row() alone if none yet). */
        private final boolean row, sumRow, sumRowLong, maxRow, minRow, argmaxRow, argminRow, sumAcross, sumAcrossLong, maxAcross, minAcross, argmaxAcross,
                argminAcross;

        Rows(KernelTiers tiers, Arena arena) {
            KernelSpec spec = tiers.spec();
            sumRow = tiers.wasUsed(KernelTiers.Entry.SUM_ROW);
            sumRowLong = tiers.wasUsed(KernelTiers.Entry.SUM_ROW_LONG);
            maxRow = tiers.wasUsed(KernelTiers.Entry.MAX_ROW);
            minRow = tiers.wasUsed(KernelTiers.Entry.MIN_ROW);
            argmaxRow = tiers.wasUsed(KernelTiers.Entry.ARGMAX_ROW);
            argminRow = tiers.wasUsed(KernelTiers.Entry.ARGMIN_ROW);
            sumAcross = tiers.wasUsed(KernelTiers.Entry.SUM_ACROSS);
            sumAcrossLong = tiers.wasUsed(KernelTiers.Entry.SUM_ACROSS_LONG);
            argmaxAcross = tiers.wasUsed(KernelTiers.Entry.ARGMAX_ACROSS);
            argminAcross = tiers.wasUsed(KernelTiers.Entry.ARGMIN_ACROSS);
            maxAcross = tiers.wasUsed(KernelTiers.Entry.MAX_ACROSS);
            minAcross = tiers.wasUsed(KernelTiers.Entry.MIN_ACROSS);
            row = tiers.wasUsed(KernelTiers.Entry.ROW) || !sumRow && !sumRowLong && !maxRow && !minRow && !argmaxRow && !argminRow && !sumAcross && !sumAcrossLong && !maxAcross && !minAcross
                  && !argmaxAcross && !argminAcross;
            int inputs = spec.inputs().size();
            in = new MemorySegment[inputs];
            heapIn = new MemorySegment[inputs];
            off = new long[inputs];
            stride = new long[inputs];
            rowStride = new long[inputs];
            for (int i = 0; i < inputs; i++) {
                boolean broadcast = spec.access().get(i) == KernelSpec.Access.BROADCAST;
                stride[i] = broadcast ? 0 : 1;
                off[i] = spec.isIndex(i) ? 1 : 0; // an index input's values are its positions: 1, 2, ..., never a zero divisor
                in[i] = filled(arena, spec.inputs().get(i), broadcast ? 1 : ROW + 1);
                // A gathered input's picks are storage distances into it: 0 reads its own elements, in bounds.
                if (i > 0 && spec.isGathered(i - 1)) in[i].fill((byte) 0);
                heapIn[i] = spec.inputs().get(i).newArraySegment((int) in[i].byteSize() / spec.inputs().get(i).itemSize()).copyFrom(in[i]);
            }
            out = arena.allocate((long) ROW * spec.output().itemSize(), 64);
            heapOut = spec.output().newArraySegment(ROW);
            dc = new double[spec.constants().size()];
            lc = new long[spec.constants().size()];
            java.util.Arrays.fill(dc, 0.75);
            java.util.Arrays.fill(lc, 1);
        }

        /**
         * The fastest of a round's calls, in nanoseconds, of the entry point runs call (row() where
         * they call several, or where this class lacks the one they call: a class without sumRow
         * is run through row() and a scratch row); the other entry points runs call run too, after
         * it, untimed, so that they are hot as well.
         */
        long fastest(RowKernel kernel) {
            boolean sumRowHere = sumRow && kernel.sumsRows(), sumRowLongHere = sumRowLong && kernel.sumsRowsLong(), sumAcrossHere = sumAcross && kernel.sumsAcross();
            boolean maxRowHere = maxRow && kernel.extremesRows(), minRowHere = minRow && kernel.extremesRows();
            boolean sumAcrossLongHere = sumAcrossLong && kernel.sumsAcrossLong();
            boolean argmaxAcrossHere = argmaxAcross && kernel.argExtremesAcross(), argminAcrossHere = argminAcross && kernel.argExtremesAcross();
            boolean maxAcrossHere = maxAcross && kernel.extremesAcross(), minAcrossHere = minAcross && kernel.extremesAcross();
            boolean argmaxRowHere = argmaxRow && kernel.argExtremesRows(), argminRowHere = argminRow && kernel.argExtremesRows();
            boolean rowHere = row || sumRow && !sumRowHere || sumRowLong && !sumRowLongHere || (maxRow || minRow) && !kernel.extremesRows() || sumAcross && !sumAcrossHere || sumAcrossLong && !sumAcrossLongHere
                              || (argmaxAcross || argminAcross) && !kernel.argExtremesAcross()
                              || (maxAcross || minAcross) && !kernel.extremesAcross() || (argmaxRow || argminRow) && !kernel.argExtremesRows();
            long best = Long.MAX_VALUE;
            for (int c = 0; c < CALLS_PER_ROUND; c++) {
                int kind = c % 3;
                MemorySegment[] input = kind == 2 ? heapIn : in;
                long t = System.nanoTime(), took = -1;
                if (rowHere) {
                    kernel.row(input, off, stride, kind == 0 ? out : heapOut, 0, ROW, dc, lc);
                    took = System.nanoTime() - t;
                }
                if (sumRowHere) {
                    kernel.sumRow(input, off, stride, ROW, dc, lc, lanes);
                    if (took < 0) took = System.nanoTime() - t;
                }
                if (sumRowLongHere) {
                    kernel.sumRowLong(input, off, stride, ROW, dc, lc, total);
                    if (took < 0) took = System.nanoTime() - t;
                }
                if (maxRowHere) {
                    kernel.maxRow(input, off, stride, ROW, dc, lc, extreme);
                    if (took < 0) took = System.nanoTime() - t;
                }
                if (minRowHere) {
                    kernel.minRow(input, off, stride, ROW, dc, lc, extreme);
                    if (took < 0) took = System.nanoTime() - t;
                }
                if (argmaxRowHere) {
                    kernel.argmaxRow(input, off, stride, ROW, dc, lc, extreme);
                    if (took < 0) took = System.nanoTime() - t;
                }
                if (argminRowHere) {
                    kernel.argminRow(input, off, stride, ROW, dc, lc, extreme);
                    if (took < 0) took = System.nanoTime() - t;
                }
                if (sumAcrossHere) {
                    kernel.sumAcross(in, off, stride, rowStride, RowKernel.ACROSS_ROWS, ROW, dc, lc, sums, compensations, 0);
                    if (took < 0) took = System.nanoTime() - t;
                }
                if (sumAcrossLongHere) {
                    kernel.sumAcrossLong(in, off, stride, rowStride, RowKernel.ACROSS_ROWS, ROW, dc, lc, totals, 0);
                    if (took < 0) took = System.nanoTime() - t;
                }
                if (argmaxAcrossHere) {
                    kernel.argmaxAcross(in, off, stride, rowStride, RowKernel.ACROSS_ROWS, ROW, dc, lc, sums, totals, 0, 0);
                    if (took < 0) took = System.nanoTime() - t;
                }
                if (argminAcrossHere) {
                    kernel.argminAcross(in, off, stride, rowStride, RowKernel.ACROSS_ROWS, ROW, dc, lc, sums, totals, 0, 0);
                    if (took < 0) took = System.nanoTime() - t;
                }
                if (maxAcrossHere) {
                    kernel.maxAcross(in, off, stride, rowStride, RowKernel.ACROSS_ROWS, ROW, dc, lc, sums, 0);
                    if (took < 0) took = System.nanoTime() - t;
                }
                if (minAcrossHere) {
                    kernel.minAcross(in, off, stride, rowStride, RowKernel.ACROSS_ROWS, ROW, dc, lc, sums, 0);
                    if (took < 0) took = System.nanoTime() - t;
                }
                best = Math.min(best, took);
            }
            return best;
        }

        private static MemorySegment filled(Arena arena, DType dtype, int n) {
            MemorySegment s = arena.allocate((long) n * dtype.itemSize(), 64);
            for (int j = 0; j < n; j++) {
                switch (dtype) {
                    case FLOAT64 -> s.setAtIndex(ValueLayout.JAVA_DOUBLE, j, 0.5 + (j % 7) * 0.125);
                    case FLOAT32 -> s.setAtIndex(ValueLayout.JAVA_FLOAT, j, 0.5f + (j % 7) * 0.125f);
                    case INT64 -> s.setAtIndex(ValueLayout.JAVA_LONG, j, 1 + j % 7);
                    case INT32 -> s.setAtIndex(ValueLayout.JAVA_INT, j, 1 + j % 7);
                    case BOOL -> s.set(ValueLayout.JAVA_BYTE, j, (byte) (j % 2));
                    case INT8, UINT8 -> s.set(ValueLayout.JAVA_BYTE, j, (byte) (1 + j % 7));
                    case INT16, UINT16 -> s.setAtIndex(ValueLayout.JAVA_SHORT, j, (short) (1 + j % 7));
                    case UINT32 -> s.setAtIndex(ValueLayout.JAVA_INT, j, 1 + j % 7);
                    case UINT64 -> s.setAtIndex(ValueLayout.JAVA_LONG, j, 1 + j % 7);
                    case FLOAT16 -> s.setAtIndex(ValueLayout.JAVA_SHORT, j, Float.floatToFloat16(0.5f + (j % 7) * 0.125f));
                }
            }
            return s;
        }
    }
}
