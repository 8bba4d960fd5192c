package org.ndjit.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Splits an elementwise kernel's iteration space (rows of a given length) into parts run on a
 * shared fork-join pool: whole rows when there are enough of them, otherwise column ranges of each
 * row. Elementwise results do not depend on the split, so they are the same at every parallelism.
 * Parallelism comes from {@code -Dndjit.parallelism} (default: available processors), read at each
 * run so that it can be changed between materializations; work below {@link #MIN_PART} elements
 * per part runs on the calling thread.
 */
final class Parallel {
    static final long MIN_PART = 1 << 16;
    private static final ForkJoinPool POOL = ForkJoinPool.commonPool();

    private Parallel() {}

    interface Part {
        void run(long rowStart, long rowEnd, long colStart, long colEnd);
    }

    interface RowRange {
        void run(long first, long end);
    }

    /** A range of rows, the {@code part}-th of those {@link #forEachRowRange(long, int, NumberedRowRange)} runs. */
    interface NumberedRowRange {
        void run(int part, long first, long end);
    }

    /** Splits only whole rows (a reduction's independent outputs), never a row; rows cost {@code workPerRow} each. */
    static void forEachRowRange(long rows, long workPerRow, RowRange range) {
        forEachRowRange(rows, rowRanges(rows, workPerRow), (part, first, end) -> range.run(first, end));
    }

    /** How many ranges {@link #forEachRowRange(long, long, RowRange)} splits rows of this cost into: at least 1. */
    static int rowRanges(long rows, long workPerRow) {
        return (int) Math.max(1, Math.min(Math.min(parallelism(), rows), rows * workPerRow / MIN_PART));
    }

    /** Runs {@code parts} ranges of whole rows (from {@link #rowRanges}), each knowing its number. */
    static void forEachRowRange(long rows, int parts, NumberedRowRange range) {
        if (parts <= 1) {
            range.run(0, 0, rows);
            return;
        }
        List<Runnable> jobs = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            int part = p;
            long from = rows * p / parts, to = rows * (p + 1) / parts;
            jobs.add(() -> range.run(part, from, to));
        }
        runAll(jobs);
    }

    static void forEachPart(long rows, long rowLength, Part part) {
        forEachPart(rows, rowLength, rows * rowLength, part);
    }

    /** {@link #forEachPart(long, long, Part)} for iteration spaces whose elements cost more: {@code work} in all. */
    static void forEachPart(long rows, long rowLength, long work, Part part) {
        // Small work is not split: decided before reading the property, which costs a map look-up.
        int parts = work < 2 * MIN_PART ? 1 : (int) Math.min(parallelism(), work / MIN_PART);
        if (parts <= 1) {
            part.run(0, rows, 0, rowLength);
            return;
        }
        List<Runnable> jobs = new ArrayList<>();
        if (rows >= parts) {
            for (int p = 0; p < parts; p++) {
                long from = rows * p / parts, to = rows * (p + 1) / parts;
                jobs.add(() -> part.run(from, to, 0, rowLength));
            }
        } else {
            int perRow = (parts + (int) rows - 1) / (int) rows;
            for (long r = 0; r < rows; r++) {
                for (int p = 0; p < perRow; p++) {
                    long row = r, from = rowLength * p / perRow, to = rowLength * (p + 1) / perRow;
                    jobs.add(() -> part.run(row, row + 1, from, to));
                }
            }
        }
        runAll(jobs);
    }

    /**
     * Runs the first part on the calling thread and the others on the pool, then waits for them all.
     * The common pool has one worker fewer than there are processors, and a thread outside the pool
     * that waits for a task does not run tasks queued before it: were every part submitted, the
     * caller would only wait while the pool's workers ran them, and on two processors one worker
     * would run both parts one after the other (two threads no faster than one).
     */
    private static void runAll(List<Runnable> work) {
        List<ForkJoinTask<?>> tasks = new ArrayList<>();
        for (Runnable r : work.subList(1, work.size())) tasks.add(POOL.submit(r));
        Throwable own = null;
        try {
            work.getFirst().run();
        } catch (RuntimeException | Error e) {
            own = e; // the other parts may still use their buffers: wait for them before throwing
        }
        try {
            joinAll(tasks, own instanceof RuntimeException re ? re : null);
        } finally {
            if (own instanceof Error err) throw err;
        }
    }

    /** The number of parts work is split into at most: {@code -Dndjit.parallelism}, read now. */
    static int parallelism() {
        return Integer.getInteger("ndjit.parallelism", Runtime.getRuntime().availableProcessors());
    }

    /**
     * Waits for every task; rethrows {@code failure} (the calling thread's part's), else the first
     * task's failure (callers re-run failed kernels in the reference for a deterministic message).
     * Waits interruptibly: if the calling thread is interrupted meanwhile (ForkJoinTask#join would clear
     * the status while it waits and restore it after), the current materialization is cancelled, so every
     * part stops at its next check; the waits go on until they have, and the interrupt status is restored.
     */
    private static void joinAll(List<ForkJoinTask<?>> tasks, RuntimeException failure) {
        Cancellation cancel = Cancellation.current();
        boolean interrupted = false;
        for (ForkJoinTask<?> t : tasks) {
            try {
                if (!interrupted) {
                    try {
                        t.get();
                        continue;
                    } catch (InterruptedException e) {
                        interrupted = true;
                        cancel.cancel();
                    }
                }
                t.join();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error err) throw err;
                if (failure == null) failure = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            } catch (RuntimeException e) {
                if (failure == null) failure = e;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        if (failure != null) throw failure;
    }
}
