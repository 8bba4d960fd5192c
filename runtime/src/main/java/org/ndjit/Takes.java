package org.ndjit;

import org.ndjit.ir.Arange;
import org.ndjit.ir.Gather;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Shapes;

import java.util.Arrays;

/**
 * {@code np.take} and {@code np.take_along_axis}, written as the integer-array indexes NumPy
 * itself defines them by: {@code take(a, i, axis)} is {@code a[:, ..., i]} with i at {@code axis},
 * and {@code take_along_axis(a, i, axis)} indexes every axis, ranges broadcast against i on the others.
 */
final class Takes {
    private Takes() {}

    static NDArray take(NDArray a, NDArray indices, Integer axis) {
        NDArray source = axis == null ? a.ravel() : a;
        int ax = axis == null ? 0 : Shapes.normalizeAxis(axis, a.ndim());
        Node i = indices.node(), x = source.node();
        long[] shape = Gather.shape(x.shape(), ax, 1, i.shape());
        if (x.dim(ax) == 0 && Shapes.size(shape) > 0) throw new IndexOutOfBoundsException("cannot do a non-empty take from an empty axes.");
        if (Shapes.size(Arrays.copyOf(x.shape(), ax)) == 0) {
            // NumPy's take reads no index when there is nothing before the axis: the result is empty, whatever the indices.
            return Np.zeros(x.dtype(), shape);
        }
        // np.take casts its indices to intp: booleans are 0 and 1 there, not a mask.
        NDArray index = i.dtype() == DType.BOOL ? new NDArray(Build.cast(i, DType.INT64)) : indices;
        Object[] entries = new Object[ax + 1];
        Arrays.fill(entries, Index.ALL);
        entries[ax] = index;
        return AdvancedIndex.get(source, entries);
    }

    static NDArray takeAlongAxis(NDArray a, NDArray indices, Integer axis) {
        Node i = indices.node();
        if (!i.dtype().isInteger()) throw new IndexOutOfBoundsException("`indices` must be an integer array, got " + i.dtype());
        if (axis == null) {
            if (i.ndim() != 1) throw new IllegalArgumentException("when axis=None, `indices` must have a single dimension.");
            return takeAlongAxis(a.ravel(), indices, 0);
        }
        Node x = a.node();
        int ax = Shapes.normalizeAxis(axis, x.ndim());
        if (x.ndim() != i.ndim()) throw new IllegalArgumentException("`indices` and `arr` must have the same number of dimensions");
        Object[] entries = new Object[x.ndim()];
        for (int d = 0; d < entries.length; d++) {
            if (d == ax) {
                entries[d] = indices;
                continue;
            }
            long[] along = new long[x.ndim()];
            Arrays.fill(along, 1);
            along[d] = x.dim(d);
            entries[d] = new NDArray(Views.reshape(Nodes.arange(x.dim(d), new Arange(0, 1)), along));
        }
        return AdvancedIndex.get(a, entries);
    }
}
