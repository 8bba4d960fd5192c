package org.ndjit;

import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Shapes;

import java.util.ArrayList;
import java.util.List;

/**
 * NumPy's joining and splitting functions over nodes: {@code concatenate} (one {@link Nodes#concatenate}
 * node over the inputs cast to their common dtype), the {@code stack} family (a concatenation of
 * inputs given length-1 axes, as views), and {@code split} / {@code array_split} (views).
 */
final class Joining {
    private Joining() {}

    /** {@code np.concatenate(arrays, axis)}; a null axis flattens every input first ({@code axis=None}). */
    static Node concatenate(Integer axis, List<Node> arrays) {
        if (arrays.isEmpty()) throw new IllegalArgumentException("need at least one array to concatenate");
        DType common = arrays.getFirst().dtype();
        for (Node a : arrays) common = DType.promote(common, a.dtype());
        Node[] parts = new Node[arrays.size()];
        for (int i = 0; i < parts.length; i++) {
            Node a = arrays.get(i);
            parts[i] = Build.cast(axis == null ? Views.reshape(a, new long[] {-1}) : a, common);
        }
        return Nodes.concatenate(axis == null ? 0 : axis, parts);
    }

    /** {@code np.stack(arrays, axis)}: the inputs, all of one shape, joined along a new axis. */
    static Node stack(int axis, List<Node> arrays) {
        if (arrays.isEmpty()) throw new IllegalArgumentException("need at least one array to stack");
        long[] shape = arrays.getFirst().shape();
        for (Node a : arrays) {
            if (!java.util.Arrays.equals(a.shape(), shape)) throw new IllegalArgumentException("all input arrays must have the same shape");
        }
        int ax = Shapes.normalizeAxis(axis, shape.length + 1);
        List<Node> expanded = new ArrayList<>();
        for (Node a : arrays) expanded.add(Views.apply(a, l -> l.expandDims(ax)));
        return concatenate(ax, expanded);
    }

    /** {@code np.vstack}: inputs made at least 2-D ({@code (n,)} becomes {@code (1, n)}), joined along axis 0. */
    static Node vstack(List<Node> arrays) {
        return concatenate(0, arrays.stream().map(a -> atLeast(a, 2)).toList());
    }

    /** {@code np.hstack}: along axis 1, or axis 0 when the inputs are 1-D (0-d inputs count as 1-D). */
    static Node hstack(List<Node> arrays) {
        List<Node> ones = arrays.stream().map(a -> atLeast(a, 1)).toList();
        return concatenate(!ones.isEmpty() && ones.getFirst().ndim() == 1 ? 0 : 1, ones);
    }

    /** {@code np.dstack}: inputs made at least 3-D ({@code (n,)} is {@code (1, n, 1)}, {@code (m, n)} is {@code (m, n, 1)}), joined along axis 2. */
    static Node dstack(List<Node> arrays) {
        return concatenate(2, arrays.stream().map(a -> atLeast(a, 3)).toList());
    }

    /** {@code np.column_stack}: 1-D inputs become columns ({@code (n, 1)}), then all join along axis 1. */
    static Node columnStack(List<Node> arrays) {
        return concatenate(1, arrays.stream().map(a -> a.ndim() < 2 ? Views.apply(atLeast(a, 2), Layout::transpose) : a).toList());
    }

    /**
     * NumPy's {@code atleast_1d/2d/3d} (views): a 0-d array becomes {@code (1,)*rank}, a 1-d one
     * {@code (n,)}, {@code (1, n)} or {@code (1, n, 1)}, a 2-d one {@code (m, n, 1)} for rank 3.
     */
    private static Node atLeast(Node a, int rank) {
        if (a.ndim() >= rank) return a;
        long[] shape = new long[rank];
        java.util.Arrays.fill(shape, 1);
        if (a.ndim() == 1) shape[rank == 3 ? 1 : rank - 1] = a.dim(0);
        if (a.ndim() == 2) {
            shape[0] = a.dim(0);
            shape[1] = a.dim(1);
        }
        return Views.reshape(a, shape);
    }

    /** {@code np.split(a, sections, axis)}: equal parts, or NumPy's error when the length does not divide. */
    static List<Node> split(Node a, long sections, int axis) {
        long n = a.dim(Shapes.normalizeAxis(axis, a.ndim()));
        if (sections <= 0) throw new IllegalArgumentException("number sections must be larger than 0.");
        if (n % sections != 0) throw new IllegalArgumentException("array split does not result in an equal division");
        return arraySplit(a, sections, axis);
    }

    /** {@code np.array_split(a, sections, axis)}: the first {@code n % sections} parts one longer. */
    static List<Node> arraySplit(Node a, long sections, int axis) {
        if (sections <= 0) throw new IllegalArgumentException("number sections must be larger than 0.");
        int ax = Shapes.normalizeAxis(axis, a.ndim());
        long n = a.dim(ax), each = n / sections, extras = n % sections;
        if (sections > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("too many sections: " + sections);
        List<Node> parts = new ArrayList<>();
        long start = 0;
        for (long i = 0; i < sections; i++) {
            long end = start + each + (i < extras ? 1 : 0);
            parts.add(part(a, ax, start, end));
            start = end;
        }
        return parts;
    }

    /** {@code np.split(a, indices, axis)}: the parts between the indices, each a Python slice (negative counts from the end, clamped). */
    static List<Node> splitAt(Node a, long[] indices, int axis) {
        int ax = Shapes.normalizeAxis(axis, a.ndim());
        List<Node> parts = new ArrayList<>();
        Long start = 0L;
        for (long index : indices) {
            parts.add(part(a, ax, start, index));
            start = index;
        }
        parts.add(part(a, ax, start, null));
        return parts;
    }

    /** The arrays' nodes (the API's arguments). */
    static List<Node> nodes(List<NDArray> arrays) {
        return arrays.stream().map(NDArray::node).toList();
    }

    /** New arrays over the nodes (the API's results). */
    static List<NDArray> arrays(List<Node> nodes) {
        return nodes.stream().map(NDArray::new).toList();
    }

    private static Node part(Node a, int axis, Long start, Long stop) {
        return Views.apply(a, l -> l.slice(axis, start, stop, 1));
    }
}
