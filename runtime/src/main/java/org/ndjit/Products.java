package org.ndjit;

import org.ndjit.ir.Shapes;

import java.util.Arrays;

/**
 * NumPy's products beside matmul, built from matmul, views and reductions (so they stay lazy and
 * fuse): {@code dot}, {@code vdot}, {@code inner}, {@code outer}, {@code tensordot}, {@code trace}.
 */
final class Products {
    private Products() {}

    /** NumPy's dot: a scalar operand multiplies; a vector b sums over a's last axis; 2-D arrays are matmul; else tensordot over a's last and b's second-last axes. */
    static NDArray dot(NDArray a, NDArray b) {
        if (a.ndim() == 0 || b.ndim() == 0) return a.mul(b);
        if (b.ndim() == 1) {
            checkSame(a.shape()[a.ndim() - 1], b.shape()[0], a, b, a.ndim() - 1, 0);
            return a.ndim() == 1 ? a.mul(b).sum() : a.matmul(b);
        }
        if (a.ndim() <= 2 && b.ndim() == 2) {
            checkSame(a.shape()[a.ndim() - 1], b.shape()[0], a, b, a.ndim() - 1, 0);
            return a.matmul(b);
        }
        checkSame(a.shape()[a.ndim() - 1], b.shape()[b.ndim() - 2], a, b, a.ndim() - 1, b.ndim() - 2);
        return contract(a, b, new int[] {a.ndim() - 1}, new int[] {b.ndim() - 2});
    }

    /** NumPy's vdot for real arrays: both flattened, then their inner product. */
    static NDArray vdot(NDArray a, NDArray b) {
        if (a.size() != b.size()) throw new IllegalArgumentException("cannot reshape array of size " + b.size() + " into shape (" + a.size() + ",)");
        return a.ravel().mul(b.ravel()).sum();
    }

    /** NumPy's inner: the sum over both arrays' last axes (a scalar operand multiplies). */
    static NDArray inner(NDArray a, NDArray b) {
        if (a.ndim() == 0 || b.ndim() == 0) return a.mul(b);
        if (a.shape()[a.ndim() - 1] != b.shape()[b.ndim() - 1]) {
            // NumPy's inner is a dot with b's last two axes swapped, and its message names that b.
            NDArray named = b.ndim() < 2 ? b : b.swapaxes(-1, -2);
            checkSame(a.shape()[a.ndim() - 1], b.shape()[b.ndim() - 1], a, named, a.ndim() - 1, Math.max(0, b.ndim() - 2));
        }
        return contract(a, b, new int[] {a.ndim() - 1}, new int[] {b.ndim() - 1});
    }

    /** NumPy's outer: both flattened, a[i] * b[j]. */
    static NDArray outer(NDArray a, NDArray b) {
        return a.ravel().expandDims(1).mul(b.ravel().expandDims(0));
    }

    /** NumPy's tensordot(a, b, axes=n): sums over a's last n axes paired with b's first n, in order. */
    static NDArray tensordot(NDArray a, NDArray b, int n) {
        if (n < 0 || n > a.ndim() || n > b.ndim()) {
            throw new IllegalArgumentException("tensordot: axes=" + n + " needs at least " + n + " axes in both operands, shapes "
                    + Shapes.compact(a.shape()) + " and " + Shapes.compact(b.shape()));
        }
        int[] axesA = java.util.stream.IntStream.range(a.ndim() - n, a.ndim()).toArray();
        return tensordot(a, b, axesA, java.util.stream.IntStream.range(0, n).toArray());
    }

    /**
     * NumPy's tensordot(a, b, axes=(axesA, axesB)): sums over the paired axes; the result's axes are
     * a's other axes then b's, in order. Paired axes of different lengths raise NumPy's "shape-mismatch for sum".
     */
    static NDArray tensordot(NDArray a, NDArray b, int[] axesA, int[] axesB) {
        if (axesA.length != axesB.length) throw new IllegalArgumentException("shape-mismatch for sum");
        int[] sa = normalize(axesA, a.ndim()), sb = normalize(axesB, b.ndim());
        for (int i = 0; i < sa.length; i++) {
            if (a.shape()[sa[i]] != b.shape()[sb[i]]) throw new IllegalArgumentException("shape-mismatch for sum");
        }
        return contract(a, b, sa, sb);
    }

    /** The sum over a's axes sa paired with b's sb (non-negative, lengths checked), as one matmul of a (free, summed) by b (summed, free). */
    private static NDArray contract(NDArray a, NDArray b, int[] sa, int[] sb) {
        long summed = 1;
        for (int d : sa) summed *= a.shape()[d];
        int[] freeA = others(sa, a.ndim()), freeB = others(sb, b.ndim());
        NDArray at = a.transpose(concat(freeA, sa)), bt = b.transpose(concat(sb, freeB));
        long rows = 1, columns = 1;
        long[] shape = new long[freeA.length + freeB.length];
        int k = 0;
        for (int d : freeA) rows *= shape[k++] = a.shape()[d];
        for (int d : freeB) columns *= shape[k++] = b.shape()[d];
        return at.reshape(rows, summed).matmul(bt.reshape(summed, columns)).reshape(shape);
    }

    /** NumPy's trace: the sum along a diagonal (over the first two axes by default). */
    static NDArray trace(NDArray a, long offset, int axis1, int axis2) {
        return a.diagonal(offset, axis1, axis2).sum(-1);
    }

    private static void checkSame(long m, long n, NDArray a, NDArray b, int axisA, int axisB) {
        if (m != n) {
            throw new IllegalArgumentException("shapes " + Shapes.compact(a.shape()) + " and " + Shapes.compact(b.shape())
                    + " not aligned: " + m + " (dim " + axisA + ") != " + n + " (dim " + axisB + ")");
        }
    }

    private static int[] normalize(int[] axes, int ndim) {
        int[] out = new int[axes.length];
        for (int i = 0; i < axes.length; i++) out[i] = Shapes.normalizeAxis(axes[i], ndim);
        return out;
    }

    private static int[] others(int[] axes, int ndim) {
        return java.util.stream.IntStream.range(0, ndim).filter(d -> Arrays.stream(axes).noneMatch(x -> x == d)).toArray();
    }

    private static int[] concat(int[] x, int[] y) {
        int[] out = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, out, x.length, y.length);
        return out;
    }
}
