package org.ndjit.ir;

import org.ndjit.DType;
/**
 * The checked factories of the routine ops (sorts, partitions, scans, searches), as {@link Nodes} is for
 * the others. Their meaning is {@link RoutineReference}'s. Dtype rules are the caller's: a scan's
 * input is already in its accumulation dtype, searchsorted's two inputs share one dtype.
 */
public final class RoutineNodes {
    private RoutineNodes() {}

    /** x sorted along {@code axis} (stably, in {@link SortOrder}); same shape and dtype. */
    public static Node sort(Node x, int axis) {
        return Node.of(Op.SORT, x.dtype(), x.shape(), new AlongAxis(checkAxis(x, axis)), x);
    }

    /** The int64 positions along {@code axis} that sort x stably: {@code sort(x)} is x taken at them. */
    public static Node argsort(Node x, int axis) {
        return Node.of(Op.ARGSORT, DType.INT64, x.shape(), new AlongAxis(checkAxis(x, axis)), x);
    }

    /**
     * The values a partition puts at the given positions along the take's axis (sorted, distinct):
     * {@code sort(x)} taken there, so the result has that axis's length changed to their count.
     * Cheaper than a sort when few positions are needed (a median, a percentile).
     */
    public static Node partition(Node x, TakeIndices kth) {
        int axis = checkAxis(x, kth.axis());
        for (int i = 0; i < kth.count(); i++) {
            if (kth.index(i) < 0 || kth.index(i) >= x.dim(axis) || (i > 0 && kth.index(i) <= kth.index(i - 1))) {
                throw new IllegalArgumentException("partition positions must be distinct, ascending and within an axis of " + x.dim(axis) + ", got " + kth);
            }
        }
        long[] shape = x.shape();
        shape[axis] = kth.count();
        return Node.of(Op.PARTITION, x.dtype(), shape, kth, x);
    }

    /** The running sums or products along {@code axis}, in x's dtype, added in order (NumPy's accumulate). */
    public static Node scan(Op op, Node x, int axis) {
        if (op != Op.CUMSUM && op != Op.CUMPROD) throw new IllegalArgumentException(op + " is not a scan");
        if (x.dtype().isBool()) throw new IllegalArgumentException("a scan accumulates in a number dtype, got bool");
        return Node.of(op, x.dtype(), x.shape(), new AlongAxis(checkAxis(x, axis)), x);
    }

    /** For each element of v, its insertion position in the sorted 1-d array a (int64, v's shape). */
    public static Node searchsorted(Node a, Node v, SearchSide side) {
        if (a.ndim() != 1) throw new IllegalArgumentException("searchsorted needs a 1-d sorted array, got shape " + Shapes.tuple(a.shape()));
        if (a.dtype() != v.dtype()) throw new IllegalArgumentException("searchsorted operands must share a dtype, got " + a.dtype() + " and " + v.dtype());
        return Node.of(Op.SEARCHSORTED, DType.INT64, v.shape(), side, a, v);
    }

    private static int checkAxis(Node x, int axis) {
        if (axis < 0 || axis >= x.ndim()) throw new IllegalArgumentException("axis " + axis + " out of range for shape " + Shapes.tuple(x.shape()));
        return axis;
    }
}
