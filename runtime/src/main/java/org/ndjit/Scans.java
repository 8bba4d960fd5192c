package org.ndjit;

import org.ndjit.ir.Node;
import org.ndjit.ir.Op;
import org.ndjit.ir.RoutineNodes;
import org.ndjit.ir.Shapes;

/**
 * cumsum and cumprod (NumPy's add.accumulate and multiply.accumulate: running values added in order
 * along the axis, bool and int32 accumulating in int64 as NumPy's do; axis null scans the flattened
 * array), and diff, which is slices and a subtraction (not_equal for bools), so it is fused into
 * whatever reads it.
 */
final class Scans {
    private Scans() {}

    static Node scan(Op op, Node x, Integer axis) {
        Node in = Build.cast(x, x.dtype().accumulator());
        if (axis == null) return RoutineNodes.scan(op, Sorting.flat(in), 0);
        return RoutineNodes.scan(op, in, Shapes.normalizeAxis(axis, x.ndim()));
    }

    /** The n-th discrete difference along {@code axis}: {@code x[1:] - x[:-1]}, n times. */
    static Node diff(Node x, int n, int axis) {
        if (n < 0) throw new IllegalArgumentException("order must be non-negative but got " + n);
        if (x.ndim() == 0) throw new IllegalArgumentException("diff requires input that is at least one dimensional");
        int a = Shapes.normalizeAxis(axis, x.ndim());
        Node d = x;
        for (int i = 0; i < n; i++) {
            Node later = Views.apply(d, l -> l.slice(a, 1L, null, 1)), earlier = Views.apply(d, l -> l.slice(a, null, -1L, 1));
            d = d.dtype().isBool() ? Build.binary(Op.NE, later, earlier) : Build.binary(Op.SUB, later, earlier);
            if (d.dim(a) == 0) break;
        }
        return d;
    }
}
