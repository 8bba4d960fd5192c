package org.ndjit.engine;

import org.ndjit.ir.Layout;

import java.util.Arrays;
import java.util.List;

/**
 * The order a reduction's loop visits its axes in. A reduction reads its input in the order of the
 * expression's axes, kept and reduced interleaved as written; over a transposed or Fortran-order
 * input ({@code M.T.sum(0)}, a column-major table's {@code mean(axis=0)}) its innermost axis then
 * steps through memory by whole rows, and the pass read one element per cache line (1000 x 1000
 * float64: 3.5 ms, NumPy 0.35). The loop may instead visit all the kept axes, then all the reduced
 * ones, or the reverse: each group keeps its own order, so every output is the same element of the
 * output array and meets its elements in the same order (the reference's), and its value is the
 * same bits. The order chosen is the one whose innermost axis the inputs step through by the
 * fewest elements, the written order unless another is strictly nearer.
 */
final class ReductionOrder {
    /** Passes that visited the axes in another order than written (a test hook). */
    static final java.util.concurrent.atomic.AtomicLong REORDERED = new java.util.concurrent.atomic.AtomicLong();

    private ReductionOrder() {}

    /**
     * The axes in the order to visit them ({@code order[i]} is the written axis visited i-th), or
     * null for the written order; {@code axes} are the reduced axes (ascending), {@code members} the
     * reduce kernels of one pass, their input layouts over {@code shape}.
     */
    static int[] of(long[] shape, int[] axes, List<ReducePass.Member> members) {
        int n = shape.length;
        if (axes.length == 0 || axes.length == n) return null;
        boolean[] reduced = new boolean[n];
        for (int a : axes) reduced[a] = true;
        int[] keptFirst = new int[n], reducedFirst = new int[n];
        int k = 0, r = 0;
        for (int d = 0; d < n; d++) if (!reduced[d]) keptFirst[k++] = d;
        for (int d = 0; d < n; d++) if (reduced[d]) keptFirst[k++] = d;
        for (int d = 0; d < n; d++) if (reduced[d]) reducedFirst[r++] = d;
        for (int d = 0; d < n; d++) if (!reduced[d]) reducedFirst[r++] = d;
        int[] written = new int[n];
        for (int d = 0; d < n; d++) written[d] = d;
        int[] best = null;
        long bestStep = step(shape, members, written);
        for (int[] order : new int[][] {keptFirst, reducedFirst}) {
            long s = step(shape, members, order);
            if (s < bestStep) {
                best = order;
                bestStep = s;
            }
        }
        return best;
    }

    /**
     * Elements the inputs step through together along the innermost axis of {@code order} that has more
     * than one element (axes of one element walk nothing: a C-order input's (4, 2, 1) is walked along
     * its axis of 2, by single elements), or the most there is when every axis has one element.
     */
    private static long step(long[] shape, List<ReducePass.Member> members, int[] order) {
        for (int i = order.length - 1; i >= 0; i--) {
            int axis = order[i];
            if (shape[axis] < 2) continue;
            long step = 0;
            for (ReducePass.Member m : members) for (Layout l : m.inputs()) step += Math.abs(l.stride(axis));
            return step;
        }
        return Long.MAX_VALUE;
    }

    /** {@code shape} visited in {@code order}. */
    static long[] shape(long[] shape, int[] order) {
        long[] out = new long[order.length];
        for (int i = 0; i < order.length; i++) out[i] = shape[order[i]];
        return out;
    }

    /** Where the reduced {@code axes} are visited in {@code order}, ascending. */
    static int[] axes(int[] axes, int[] order) {
        int[] out = new int[axes.length];
        for (int i = 0, j = 0; i < order.length; i++) if (Arrays.binarySearch(axes, order[i]) >= 0) out[j++] = i;
        return out;
    }
}
