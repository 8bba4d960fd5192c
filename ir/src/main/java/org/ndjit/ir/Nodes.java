package org.ndjit.ir;

import org.ndjit.DType;
/**
 * The checked node factories: each validates shapes and dtypes once, at graph-build time, so every
 * shape error surfaces on the line that caused it (SEMANTICS decision 2), then interns the node.
 * Dtype promotion and NumPy's API conventions are the caller's job; these enforce the op table's
 * invariants (see {@link Op}).
 */
public final class Nodes {
    private Nodes() {}

    /** The same op, dtype, shape and argument over other inputs (which must keep the shapes valid); {@code n} itself if none changed. */
    public static Node withSrcs(Node n, Node... src) {
        boolean same = true;
        for (int i = 0; i < src.length; i++) same &= src[i] == n.src(i);
        return same ? n : Node.of(n.op(), n.dtype(), n.shape(), n.arg(), src);
    }

    /** A contiguous C-order array of this shape over the whole buffer. */
    public static Node buffer(Buffer buffer, long[] shape) {
        if (Shapes.size(shape) != buffer.length()) {
            throw new IllegalArgumentException("shape " + Shapes.tuple(shape) + " does not match a buffer of " + buffer.length() + " elements");
        }
        return Node.of(Op.BUFFER, buffer.dtype(), shape, buffer, Node.NO_INPUTS);
    }

    /**
     * A leaf over all of {@code buffer} with the shape of {@code contiguous}, a contiguous layout of the
     * buffer's length from its start: {@link #buffer(Buffer, long[])} sharing the layout's shape array
     * instead of copying it (a computed value's leaf, made at every call that reads a result).
     */
    public static Node buffer(Buffer buffer, Layout contiguous) {
        if (!contiguous.isContiguous() || contiguous.offset() != 0 || contiguous.size() != buffer.length()) {
            throw new IllegalArgumentException("layout " + contiguous + " is not all of a buffer of " + buffer.length() + " elements in C order");
        }
        return Node.ofOwned(Op.BUFFER, buffer.dtype(), contiguous.sharedShape(), buffer, Node.NO_INPUTS);
    }

    /**
     * A 0-d constant; {@code value} is a Double, Long or Boolean matching the dtype's kind, rounded
     * (float32, float16) or wrapped (narrower integers; uint64 keeps the bits) to the dtype.
     */
    public static Node constant(DType dtype, Object value) {
        Object v = switch (dtype.kind()) {
            case FLOAT -> {
                double d = ((Number) value).doubleValue();
                yield dtype == DType.FLOAT32 ? (double) (float) d : dtype == DType.FLOAT16 ? Float16.round(d) : d;
            }
            case INT -> dtype.wrap(((Number) value).longValue());
            case BOOL -> (Boolean) value;
        };
        return Node.of(Op.CONST, dtype, Shapes.SCALAR, v, Node.NO_INPUTS);
    }

    /** An int64 range of {@code length} elements (see {@link Arange}). */
    public static Node arange(long length, Arange arg) {
        if (length < 0) throw new IllegalArgumentException("a range's length must not be negative, got " + length);
        return Node.ofOwned(Op.ARANGE, DType.INT64, new long[] {length}, arg, Node.NO_INPUTS);
    }

    /**
     * A view of {@code src}'s elements in C order. The identity view is {@code src} itself; a view of a
     * view folds into one view when the inner one is a plain (non-copying) re-addressing.
     */
    public static Node view(Node src, Layout layout) {
        long[] extent = layout.extent();
        if (layout.size() > 0 && (extent[0] < 0 || extent[1] >= src.size())) {
            throw new IllegalArgumentException("view " + layout + " reaches outside an array of " + src.size() + " elements");
        }
        if (layout.equals(Layout.contiguous(src.shape()))) return src;
        return Node.ofOwned(Op.VIEW, src.dtype(), layout.sharedShape(), layout, new Node[] {src});
    }

    /** The elements of {@code x} where {@code mask} is true, given the number of true values. */
    public static Node compress(Node x, Node mask, long count) {
        if (mask.dtype() != DType.BOOL) throw new IllegalArgumentException("a mask must be bool, got " + mask.dtype());
        if (mask.ndim() > x.ndim()) {
            throw new IndexOutOfBoundsException("too many indices for array: array is " + x.ndim()
                    + "-dimensional, but " + mask.ndim() + " were indexed");
        }
        for (int k = 0; k < mask.ndim(); k++) {
            if (mask.dim(k) != x.dim(k)) {
                throw new IndexOutOfBoundsException("boolean index did not match indexed array along axis " + k
                        + "; size of axis is " + x.dim(k) + " but size of corresponding boolean axis is " + mask.dim(k));
            }
        }
        if (count < 0 || count > mask.size()) throw new IllegalArgumentException("mask count " + count + " out of range");
        long[] shape = new long[1 + x.ndim() - mask.ndim()];
        shape[0] = count;
        for (int k = mask.ndim(); k < x.ndim(); k++) shape[1 + k - mask.ndim()] = x.dim(k);
        return Node.of(Op.COMPRESS, x.dtype(), shape, count, x, mask);
    }

    /** NumPy's {@code concatenate} of nodes of one dtype along {@code axis} (see {@link Concatenation}); one part is itself. */
    public static Node concatenate(int axis, Node... parts) {
        return Concatenation.node(axis, parts);
    }

    /** An elementwise op; inputs broadcast together; dtype is the result dtype. */
    public static Node elementwise(Op op, DType dtype, Node... src) {
        return elementwiseOwned(op, dtype, src.clone());
    }

    /** {@link #elementwise(Op, DType, Node...)} of one input. */
    public static Node elementwise(Op op, DType dtype, Node a) {
        return elementwiseOwned(op, dtype, new Node[] {a});
    }

    /** {@link #elementwise(Op, DType, Node...)} of two inputs: the usual case, built without copying arrays. */
    public static Node elementwise(Op op, DType dtype, Node a, Node b) {
        return elementwiseOwned(op, dtype, new Node[] {a, b});
    }

    /**
     * An elementwise node over {@code src}, an array nothing else holds. When the inputs have one
     * shape the node shares its first input's shape array (shapes are never written), so building
     * the usual node allocates the node and its inputs' array only.
     */
    private static Node elementwiseOwned(Op op, DType dtype, Node[] src) {
        if (!op.isElementwise()) throw new IllegalArgumentException(op + " is not elementwise");
        long[] shape = src[0].shape;
        for (Node s : src) {
            if (!java.util.Arrays.equals(s.shape, shape)) {
                shape = broadcastShape(src);
                break;
            }
        }
        return Node.ofOwned(op, dtype, shape, null, src);
    }

    private static long[] broadcastShape(Node[] src) {
        long[][] shapes = new long[src.length][];
        for (int i = 0; i < src.length; i++) shapes[i] = src[i].shape;
        long[] shape = Shapes.broadcast(shapes);
        Shapes.size(shape);
        return shape;
    }

    /** A reduction over the given axes (already normalised and sorted); the result drops them. */
    public static Node reduce(Op op, DType dtype, Node src, int[] sortedAxes) {
        if (!op.isReduce()) throw new IllegalArgumentException(op + " is not a reduction");
        for (int a : sortedAxes) {
            if (src.dim(a) == 0 && op.identity() == null && op != Op.ARGMAX && op != Op.ARGMIN) {
                throw new IllegalArgumentException("zero-size array to reduction operation " + op.numpyName()
                        + " which has no identity (axis " + a + " of shape " + Shapes.tuple(src.shape()) + " has length 0)");
            }
            if (src.dim(a) == 0 && (op == Op.ARGMAX || op == Op.ARGMIN)) {
                throw new IllegalArgumentException("attempt to get " + op.numpyName() + " of an empty sequence (axis " + a
                        + " of shape " + Shapes.tuple(src.shape()) + " has length 0)");
            }
        }
        if ((op == Op.ARGMAX || op == Op.ARGMIN) && sortedAxes.length != 1) {
            throw new IllegalArgumentException(op.numpyName() + " reduces exactly one axis");
        }
        return Node.of(op, dtype, Shapes.remove(src.shape(), sortedAxes), new ReduceAxes(sortedAxes), src);
    }

    /** Batched matrix product of two operands of rank >= 2 with broadcast batch dimensions. */
    public static Node matmul(DType dtype, Node a, Node b) {
        if (a.ndim() < 2 || b.ndim() < 2) throw new IllegalArgumentException("matmul node operands must have rank >= 2");
        long n = a.dim(a.ndim() - 2), k = a.dim(a.ndim() - 1), k2 = b.dim(b.ndim() - 2), m = b.dim(b.ndim() - 1);
        if (k != k2) {
            throw new IllegalArgumentException("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                    + "(n?,k),(k,m?)->(n?,m?) (size " + k2 + " is different from " + k + ")");
        }
        long[] batchA = java.util.Arrays.copyOf(a.shape(), a.ndim() - 2);
        long[] batchB = java.util.Arrays.copyOf(b.shape(), b.ndim() - 2);
        long[] batch = Shapes.broadcast(batchA, batchB);
        long[] shape = java.util.Arrays.copyOf(batch, batch.length + 2);
        shape[batch.length] = n;
        shape[batch.length + 1] = m;
        Shapes.size(shape);
        return Node.of(Op.MATMUL, dtype, shape, null, a, b);
    }
}
