package org.ndjit.engine;

import org.ndjit.ir.Layout;

import java.lang.foreign.MemorySegment;

/**
 * An elementwise loop over short rows (at most {@link #MAX_ROW} elements: a 100,000 x 8 table minus
 * its column means) run a batch of rows per kernel call instead of a call per row. Each input must
 * read a batch as one run of the batch's length: contiguous like the output, a scalar, or a
 * broadcast row or column, whose values are first staged in a block of the batch's shape (a row once
 * per part, a column once per batch). The kernel reads the same values and computes them the same
 * way; only where the operands come from changes.
 */
final class BatchedRows {
    /** Rows longer than this make calls long enough that a call per row costs little. */
    static final int MAX_ROW = 64;
    /** Loops run batched (a test hook). */
    static final java.util.concurrent.atomic.AtomicLong RUNS = new java.util.concurrent.atomic.AtomicLong();

    /** How an input reads a batch of rows. */
    private enum Kind {
        /** In place: contiguous like the output (stride 1), or a scalar (stride 0). */
        IN_PLACE,
        /** The same row for every row (outer stride 0): staged once, repeated over the batch. */
        ROW,
        /** One value per row (inner stride 0): staged per batch, each value repeated along its row. */
        COLUMN
    }

    private final Layout[] rows;
    private final Kind[] kinds;
    private final BoundKernel loop;
    private final int n;
    /** The batched call's inner strides: 1, or 0 for a scalar. */
    private final long[] stride;

    private BatchedRows(Layout[] rows, Kind[] kinds, BoundKernel loop, int n, long[] stride) {
        this.rows = rows;
        this.kinds = kinds;
        this.loop = loop;
        this.n = n;
        this.stride = stride;
    }

    /**
     * The batched form of a loop over {@code rows} (the operands' coalesced layouts, inputs then the
     * output), or null when it does not apply: more than two dimensions, long rows, an output that is
     * not contiguous, an input read any other way (transposed, gathered, computed from positions).
     */
    static BatchedRows of(Layout[] rows, BoundKernel loop) {
        Layout out = rows[rows.length - 1];
        if (out.ndim() != 2 || out.dim(1) > MAX_ROW || out.dim(0) < 2 || !loop.readsArraysOnly()) return null;
        int n = (int) out.dim(1);
        if (out.stride(1) != 1 || out.stride(0) != n) return null;
        int inputs = rows.length - 1;
        Kind[] kinds = new Kind[inputs];
        long[] stride = new long[inputs];
        boolean staged = false;
        for (int i = 0; i < inputs; i++) {
            long outer = rows[i].stride(0), inner = rows[i].stride(1);
            if (inner == 1 && outer == n || inner == 0 && outer == 0) kinds[i] = Kind.IN_PLACE;
            else if (outer == 0) kinds[i] = Kind.ROW;
            else if (inner == 0) kinds[i] = Kind.COLUMN;
            else return null;
            stride[i] = kinds[i] == Kind.IN_PLACE ? inner : 1;
            staged |= kinds[i] != Kind.IN_PLACE;
        }
        return staged ? new BatchedRows(rows, kinds, loop, n, stride) : null;
    }

    /** The inner strides to prepare the loop with before parts run ({@link BoundKernel#prepare}). */
    long[] strides() {
        return stride;
    }

    /** Computes rows {@code [first, end)} into {@code target}, a batch of {@link KernelRunner#BLOCK} elements' rows per call. */
    void run(long first, long end, MemorySegment target, Cancellation cancel) {
        RUNS.incrementAndGet();
        int batch = Math.max(1, KernelRunner.BLOCK / n), inputs = kinds.length;
        MemorySegment[] segments = loop.segments();
        Scratch[] staging = new Scratch[inputs];
        long[] off = new long[inputs];
        for (int i = 0; i < inputs; i++) {
            if (kinds[i] == Kind.IN_PLACE) continue;
            staging[i] = new Scratch(loop.inputDtype(i), (int) Math.min(batch, end - first) * n);
            if (kinds[i] == Kind.ROW) staging[i].repeatRow(segments[i], rows[i].offset(), rows[i].stride(1), n);
            segments[i] = staging[i].segment;
        }
        Layout out = rows[inputs];
        long done = 0;
        for (long r = first; r < end; r += batch) {
            int count = (int) Math.min(batch, end - r);
            done = cancel.tick(done, (long) count * n);
            for (int i = 0; i < inputs; i++) {
                Layout in = rows[i];
                switch (kinds[i]) {
                    case IN_PLACE -> off[i] = in.offset() + r * in.stride(0);
                    case ROW -> off[i] = 0;
                    case COLUMN -> {
                        off[i] = 0;
                        staging[i].repeatColumn(loop.segment(i), in.offset() + r * in.stride(0), in.stride(0), count, n);
                    }
                }
            }
            loop.row(segments, off, stride, target, out.offset() + r * n, (long) count * n);
        }
    }
}
