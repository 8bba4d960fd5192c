package org.ndjit;

import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;
import org.ndjit.ir.Shapes;

import java.util.function.UnaryOperator;

/**
 * View operations on nodes. A view of a view folds into one view over the underlying node (so
 * {@code m.T[::2, ::-1].T} is one strided access); only a reshape that strides cannot express makes
 * a view of a view, which the evaluator then reads from a contiguous copy.
 */
final class Views {
    private Views() {}

    /** Applies a layout transformation to {@code n}'s elements, folding into an existing view. */
    static Node apply(Node n, UnaryOperator<Layout> change) {
        Node base = n.op() == Op.VIEW ? n.src(0) : n;
        Layout current = n.op() == Op.VIEW ? (Layout) n.arg() : Layout.contiguous(n.shape());
        return Nodes.view(base, change.apply(current));
    }

    static Node reshape(Node n, long[] requested) {
        long[] shape = resolveReshape(n.size(), requested);
        Node base = n.op() == Op.VIEW ? n.src(0) : n;
        Layout current = n.op() == Op.VIEW ? (Layout) n.arg() : Layout.contiguous(n.shape());
        Layout folded = current.reshape(shape);
        if (folded != null) return Nodes.view(base, folded);
        return Nodes.view(n, Layout.contiguous(shape));
    }

    /** Fills in a -1 and checks the size, with NumPy's messages. */
    static long[] resolveReshape(long size, long[] requested) {
        long[] shape = requested.clone();
        int unknown = -1;
        long known = 1;
        boolean overflow = false, zero = false;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == -1) {
                if (unknown >= 0) throw new IllegalArgumentException("can only specify one unknown dimension");
                unknown = i;
            } else if (shape[i] < 0) {
                throw new IllegalArgumentException("negative dimensions not allowed: " + Shapes.tuple(requested));
            } else if (shape[i] == 0) {
                zero = true;
            } else if (!overflow) {
                long k = known * shape[i];
                overflow = Math.multiplyHigh(known, shape[i]) != 0 || k < 0;
                known = k;
            }
        }
        if (overflow) {
            // More than 2^63 elements (NumPy's "array is too big" when a zero-length axis makes the size 0), else a size mismatch.
            if (zero && unknown < 0) Shapes.size(shape);
            throw reshapeError(size, requested);
        }
        if (zero) known = 0;
        if (unknown >= 0) {
            if (known == 0 || size % known != 0) throw reshapeError(size, requested);
            shape[unknown] = size / known;
        } else if (known != size) {
            throw reshapeError(size, requested);
        }
        return shape;
    }

    /** NumPy 2.4's text: -1 shows as newaxis, except a leading -1, which it leaves out (with no trailing comma then). */
    private static IllegalArgumentException reshapeError(long size, long[] requested) {
        StringBuilder sb = new StringBuilder("(");
        boolean leadingUnknown = requested.length > 0 && requested[0] == -1;
        for (int i = leadingUnknown ? 1 : 0; i < requested.length; i++) {
            if (sb.length() > 1) sb.append(',');
            sb.append(requested[i] == -1 ? "newaxis" : Long.toString(requested[i]));
        }
        if (requested.length == 1 && !leadingUnknown) sb.append(',');
        return new IllegalArgumentException("cannot reshape array of size " + size + " into shape " + sb.append(')'));
    }

    /** NumPy basic indexing: integers drop an axis, slices keep it, None inserts one, ... fills. */
    static Node index(Node n, Index... indices) {
        return apply(n, layout -> index(layout, indices));
    }

    /** {@link #index(Node, Index...)} on a layout: the view the index gives. */
    static Layout index(Layout layout, Index... indices) {
        int consumed = 0, ellipses = 0;
        for (Index i : indices) {
            if (i instanceof Index.At || i instanceof Index.Slice) consumed++;
            if (i instanceof Index.Ellipsis) ellipses++;
        }
        if (ellipses > 1) throw new IndexOutOfBoundsException("an index can only have a single ellipsis ('...')");
        if (consumed > layout.ndim()) {
            throw new IndexOutOfBoundsException("too many indices for array: array is " + layout.ndim()
                    + "-dimensional, but " + consumed + " were indexed");
        }
        int fill = layout.ndim() - consumed;
        Layout l = layout;
        int axis = 0, sourceAxis = 0;
        for (Index i : indices) {
            switch (i) {
                case Index.At at -> {
                    long len = l.dim(axis);
                    if (at.index() < -len || at.index() >= len) {
                        throw new IndexOutOfBoundsException("index " + at.index() + " is out of bounds for axis " + sourceAxis + " with size " + len);
                    }
                    l = l.index(axis, at.index());
                    sourceAxis++;
                }
                case Index.Slice s -> {
                    l = l.slice(axis++, s.start(), s.stop(), s.step());
                    sourceAxis++;
                }
                case Index.NewAxis na -> l = l.expandDims(axis++);
                case Index.Ellipsis e -> {
                    axis += fill;
                    sourceAxis += fill;
                }
            }
        }
        return l;
    }

    /** Elementwise nodes {@link #firstAlong} rebuilds at most; beyond that it takes a view of the whole expression. */
    private static final int FIRST_ALONG_BUDGET = 64;

    /**
     * The elements of {@code x} at index 0 of each of {@code axes}, those axes kept with length 1. A
     * stored array gives a view; an elementwise expression is rebuilt over such views of its inputs,
     * so only one element per reduced slice is computed (a view of the expression itself would make
     * the planner materialize all of it).
     */
    static Node firstAlong(Node x, int[] axes) {
        int[] budget = {FIRST_ALONG_BUDGET};
        return firstAlong(x, axes, new java.util.IdentityHashMap<>(), budget);
    }

    private static Node firstAlong(Node x, int[] axes, java.util.Map<Node, Node> done, int[] budget) {
        Node known = done.get(x);
        if (known != null) return known;
        Node first;
        if (x.op().isElementwise() && budget[0]-- > 0) {
            Node[] src = new Node[x.arity()];
            for (int i = 0; i < src.length; i++) src[i] = firstAlong(x.src(i), alignedAxes(x, x.src(i), axes), done, budget);
            first = Nodes.elementwise(x.op(), x.dtype(), src);
        } else {
            first = axes.length == 0 ? x : apply(x, layout -> {
                Layout l = layout;
                for (int a : axes) l = l.slice(a, 0L, 1L, 1);
                return l;
            });
        }
        done.put(x, first);
        return first;
    }

    /** The axes of {@code src} (broadcast right-aligned into {@code x}) that are {@code axes} of x and longer than 1. */
    private static int[] alignedAxes(Node x, Node src, int[] axes) {
        int shift = x.ndim() - src.ndim();
        return java.util.Arrays.stream(axes).map(a -> a - shift).filter(b -> b >= 0 && src.dim(b) > 1).toArray();
    }
}
