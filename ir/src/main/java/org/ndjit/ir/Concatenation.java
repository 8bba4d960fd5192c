package org.ndjit.ir;

/**
 * The concatenation op ({@link Op#CONCAT}): its inputs laid end to end along one axis, which its
 * argument holds (an Integer, normalised). Every input has the result's dtype and rank and the
 * result's length on every other axis; the result's length on the axis is the sum of theirs.
 * Element {@code i} along the axis comes from the input whose region {@code [start(k), start(k+1))}
 * holds it, at {@code i - start(k)}.
 */
public final class Concatenation {
    private Concatenation() {}

    /** The checked node (NumPy's messages); a single input is returned as it is. */
    static Node node(int axis, Node... parts) {
        if (parts.length == 0) throw new IllegalArgumentException("need at least one array to concatenate");
        Node first = parts[0];
        if (first.ndim() == 0) throw new IllegalArgumentException("zero-dimensional arrays cannot be concatenated");
        int ax = Shapes.normalizeAxis(axis, first.ndim());
        long[] shape = first.shape();
        long length = 0;
        for (int i = 0; i < parts.length; i++) {
            Node p = parts[i];
            if (p.ndim() != first.ndim()) {
                throw new IllegalArgumentException("all the input arrays must have same number of dimensions, but the array at index 0 has "
                        + first.ndim() + " dimension(s) and the array at index " + i + " has " + p.ndim() + " dimension(s)");
            }
            if (p.dtype() != first.dtype()) throw new IllegalArgumentException("concatenation parts must share one dtype, got " + first.dtype() + " and " + p.dtype());
            for (int d = 0; d < shape.length; d++) {
                if (d != ax && p.dim(d) != shape[d]) {
                    throw new IllegalArgumentException("all the input array dimensions except for the concatenation axis must match exactly, but along dimension "
                            + d + ", the array at index 0 has size " + shape[d] + " and the array at index " + i + " has size " + p.dim(d));
                }
            }
            length = Math.addExact(length, p.dim(ax));
        }
        if (parts.length == 1) return first;
        shape[ax] = length;
        Shapes.size(shape);
        return Node.of(Op.CONCAT, first.dtype(), shape, ax, parts);
    }

    /** The axis a concatenation node joins along. */
    public static int axis(Node concat) {
        return (Integer) concat.arg();
    }

    /** Where each input starts along the axis, and the axis's length last: {@code arity + 1} positions. */
    public static long[] starts(Node concat) {
        int ax = axis(concat);
        long[] starts = new long[concat.arity() + 1];
        for (int k = 0; k < concat.arity(); k++) starts[k + 1] = starts[k] + concat.src(k).dim(ax);
        return starts;
    }

    /** The layout of input {@code k}'s region within the C-order layout {@code whole} of the result. */
    public static Layout region(Node concat, Layout whole, int k) {
        long[] starts = starts(concat);
        return whole.slice(axis(concat), starts[k], starts[k + 1], 1);
    }

    /** The reference: each input copied, in C order, to its region of a new C-order array. */
    static StridedArray evaluate(Node n, java.util.function.Function<Node, StridedArray> values) {
        StridedArray out = StridedArray.allocate(n.dtype(), n.shape());
        Layout whole = Layout.contiguous(n.shape());
        for (int k = 0; k < n.arity(); k++) {
            StridedArray part = values.apply(n.src(k));
            OffsetIterator from = new OffsetIterator(part.layout()), to = new OffsetIterator(region(n, whole, k));
            for (long i = 0; i < part.size(); i++) {
                long at = from.next(), dest = to.next();
                if (n.dtype().isFloat()) out.buffer().setDouble(dest, part.buffer().getDouble(at));
                else out.buffer().setLong(dest, part.buffer().getLong(at));
            }
        }
        return out;
    }
}
