package org.ndjit.engine;

import org.ndjit.ir.Layout;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Elementwise loops whose innermost axis is short and cannot be merged with the next: a view such
 * as {@code x[::-1]} or {@code x[::2]} of an (N, 3) table, or a flipped and transposed H x W x 3
 * image. A kernel call per row of three elements cost 25 ns with one input and 85 ns with nine
 * (parameters loaded and checked per call and per input), 2.5 times NumPy's time for
 * {@code x[::-1] * 2}. Such loops run their rows along a long axis instead, the one whose inputs
 * step the fewest elements (nearest in memory); the output, whose elements along that axis are not
 * adjacent, is written through a staging row and then copied to its places. Each element is
 * computed by the same kernel from the same operands: only the order the elements are visited in
 * changes, which no element's value depends on.
 */
final class LongerRows {
    /** Rows of at most this many elements are short. */
    static final long SHORT = 8;
    /** An axis at least this long makes rows long enough that a call per row costs little. */
    static final long LONG = 64;
    /** Loops that ran along another axis than the innermost (a test hook). */
    static final java.util.concurrent.atomic.AtomicLong RUNS = new java.util.concurrent.atomic.AtomicLong();

    private LongerRows() {}

    /**
     * The axis the rows of a loop over {@code rows} (coalesced layouts, inputs then the output) should
     * run along instead of the innermost, or -1 when the innermost is long enough or no axis is long.
     */
    static int axis(Layout[] rows) {
        int inner = rows[0].ndim() - 1;
        if (inner < 1 || rows[0].dim(inner) > SHORT) return -1;
        int best = -1;
        long bestStep = Long.MAX_VALUE;
        for (int d = 0; d < inner; d++) {
            if (rows[0].dim(d) < LONG) continue;
            long step = 0;
            for (int i = 0; i < rows.length - 1; i++) step += Math.abs(rows[i].stride(d));
            if (step <= bestStep) { // ties: the later axis, nearer the output's order
                best = d;
                bestStep = step;
            }
        }
        return best;
    }

    /** The layouts with axis {@code axis} moved last, where the loop walks it in rows. */
    static Layout[] alongAxis(Layout[] rows, int axis) {
        int n = rows[0].ndim();
        int[] order = new int[n];
        for (int d = 0, k = 0; d < n; d++) if (d != axis) order[k++] = d;
        order[n - 1] = axis;
        Layout[] out = new Layout[rows.length];
        for (int i = 0; i < rows.length; i++) out[i] = rows[i].permute(order);
        return out;
    }

    /** Copies the {@code n} elements of {@code row} (from 0, adjacent) to {@code target}'s elements {@code at, at + stride, ...}. */
    static void scatter(MemorySegment row, MemorySegment target, long at, long stride, long n, int itemSize) {
        switch (itemSize) {
            case 8 -> {
                for (long k = 0; k < n; k++) target.setAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, at + k * stride, row.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, k));
            }
            case 4 -> {
                for (long k = 0; k < n; k++) target.setAtIndex(ValueLayout.JAVA_INT_UNALIGNED, at + k * stride, row.getAtIndex(ValueLayout.JAVA_INT_UNALIGNED, k));
            }
            case 2 -> {
                for (long k = 0; k < n; k++) target.setAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, at + k * stride, row.getAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, k));
            }
            case 1 -> {
                for (long k = 0; k < n; k++) target.set(ValueLayout.JAVA_BYTE, at + k * stride, row.get(ValueLayout.JAVA_BYTE, k));
            }
            default -> throw new IllegalArgumentException("no elements of " + itemSize + " bytes");
        }
    }
}
