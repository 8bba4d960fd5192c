package org.ndjit;

import org.ndjit.ir.Node;
import org.ndjit.ir.RoutineNodes;
import org.ndjit.ir.SearchSide;
import org.ndjit.ir.Shapes;

/**
 * sort, argsort, partition and argpartition along an axis (null: the flattened array), and
 * searchsorted and digitize, with NumPy's argument checks and messages. Sorts are stable in every
 * case (NumPy's {@code kind='stable'}): NumPy's default quicksort may order equal values, -0.0 and
 * 0.0, or NaNs of different payloads differently, and its argsort may list the positions of equal
 * values in another order. A partition here is a full sort, which is one of the arrangements NumPy's
 * contract allows (the k-th value in place, none larger before it, none smaller after it).
 */
final class Sorting {
    private Sorting() {}

    static Node sort(Node x, Integer axis) {
        return axis == null ? RoutineNodes.sort(flat(x), 0) : RoutineNodes.sort(x, Shapes.normalizeAxis(axis, x.ndim()));
    }

    static Node argsort(Node x, Integer axis) {
        return axis == null ? RoutineNodes.argsort(flat(x), 0) : RoutineNodes.argsort(x, Shapes.normalizeAxis(axis, x.ndim()));
    }

    static Node partition(Node x, long[] kth, Integer axis, boolean positions) {
        Node data = axis == null ? flat(x) : x;
        int a = Shapes.normalizeAxis(axis == null ? 0 : axis, data.ndim());
        long n = data.dim(a);
        for (long k : kth) {
            // NumPy checks nothing for an array without elements, and names a negative kth after adding n.
            if ((k < -n || k >= n) && Shapes.size(data.shape()) > 0) {
                throw new IllegalArgumentException("kth(=" + (k < 0 ? k + n : k) + ") out of bounds (" + n + ")");
            }
        }
        return positions ? RoutineNodes.argsort(data, a) : RoutineNodes.sort(data, a);
    }

    /** Positions in the sorted 1-d {@code a} at which {@code v}'s elements would be inserted; a is not checked for order, as in NumPy. */
    static Node searchsorted(Node a, Node v, String side) {
        SearchSide s = switch (side) {
            case "left" -> SearchSide.LEFT;
            case "right" -> SearchSide.RIGHT;
            default -> throw new IllegalArgumentException("side must be 'left' or 'right' (got '" + side + "')");
        };
        if (a.ndim() != 1) throw depth(a);
        DType common = DType.promote(a.dtype(), v.dtype());
        return RoutineNodes.searchsorted(Build.cast(a, common), Build.cast(v, common), s);
    }

    /**
     * The index of the bin of each x value (NumPy's {@code digitize}): bins must be monotonic, which is
     * checked by computing them now. Increasing bins: {@code bins[i-1] <= x < bins[i]} gives i
     * ({@code bins[i-1] < x <= bins[i]} when {@code right}); decreasing bins count from the end.
     */
    static Node digitize(Node x, NDArray bins, boolean right) {
        Node b = bins.node();
        if (b.ndim() != 1) throw depth(b);
        double[] edges = bins.astype(DType.FLOAT64).toDoubleArray();
        boolean increasing = true, decreasing = true;
        for (int i = 1; i < edges.length; i++) {
            increasing &= edges[i - 1] <= edges[i];
            decreasing &= edges[i - 1] >= edges[i];
        }
        if (!increasing && !decreasing) throw new IllegalArgumentException("bins must be monotonically increasing or decreasing");
        String side = right ? "left" : "right";
        if (increasing) return searchsorted(b, x, side);
        Node reversed = Views.apply(b, l -> l.slice(0, null, null, -1));
        return Build.binary(org.ndjit.ir.Op.SUB, Scalar.of((long) edges.length), searchsorted(reversed, x, side));
    }

    static IllegalArgumentException depth(Node a) {
        return new IllegalArgumentException((a.ndim() == 0 ? "object of too small depth for desired array" : "object too deep for desired array")
                + ": expected a 1-d array, got shape " + Shapes.tuple(a.shape()));
    }

    static Node flat(Node x) {
        return Views.reshape(x, new long[] {-1});
    }
}
