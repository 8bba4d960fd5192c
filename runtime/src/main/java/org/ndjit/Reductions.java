package org.ndjit;

import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;
import org.ndjit.ir.Shapes;

/**
 * Reductions with NumPy's axis conventions and result dtypes (SEMANTICS 1.2, 1.8, 1.9): sum and prod
 * of bool and int32 accumulate in int64; mean, var and std of integers are float64. Empty axes,
 * {@code ddof >= n} and negative ddof are rejected when the graph is built (a deliberate divergence
 * from NumPy's nan plus warning).
 *
 * <p>var is computed in one pass over x from sums of the data shifted by its first element K of
 * each reduced slice: with {@code d = x - K}, {@code var = (sum(d^2) - sum(d)^2 / n) / (n - ddof)}.
 * Both sums are compensated (see {@link org.ndjit.ir.Reduction}), so the only cancellation is the
 * final subtraction, whose relative error is about {@code eps * (1 + 2 (mean - K)^2 / var)}: a
 * few ulps for data whose first element is typical, at most about {@code 2n eps} when it is an
 * outlier (SEMANTICS). The two sums and a mean's sum over the same axes run in the same pass.
 * Rounding can make the difference slightly negative when the variance is far below the shift's
 * square; it is clamped at 0 (NaN still propagates).
 */
final class Reductions {
    private Reductions() {}

    /** Normalises axes; null means all. On a 0-d array NumPy accepts axis 0 and -1 and reduces nothing. */
    static int[] axes(Node x, int[] axes) {
        if (axes == null) {
            int[] all = new int[x.ndim()];
            for (int i = 0; i < all.length; i++) all[i] = i;
            return all;
        }
        if (x.ndim() == 0) {
            for (int a : axes) {
                if (a != 0 && a != -1) throw new IllegalArgumentException("axis " + a + " is out of bounds for array of dimension 0");
            }
            return new int[0];
        }
        return Shapes.normalizeAxes(axes, x.ndim());
    }

    static Node reduce(Op op, Node x, int[] requestedAxes, boolean keepDims) {
        int[] axes = axes(x, requestedAxes);
        Node in = switch (op) {
            case SUM, PROD -> Build.cast(x, x.dtype().accumulator());
            case ANY, ALL -> Build.cast(x, DType.BOOL);
            default -> x;
        };
        Node r = Nodes.reduce(op, in.dtype(), in, axes);
        return keepDims ? keep(r, x, axes) : r;
    }

    /** argmax/argmin over one axis, or over the flattened array when {@code axis} is null. */
    static Node arg(Op op, Node x, Integer axis, boolean keepDims) {
        if (axis == null) {
            Node flat = Views.reshape(x, new long[] {-1});
            Node r = Nodes.reduce(op, DType.INT64, flat, new int[] {0});
            return keepDims ? Views.reshape(r, ones(x.ndim())) : r;
        }
        int a = x.ndim() == 0 ? Shapes.normalizeAxis(axis, 1) : Shapes.normalizeAxis(axis, x.ndim());
        if (x.ndim() == 0) return Nodes.constant(DType.INT64, 0L);
        Node r = Nodes.reduce(op, DType.INT64, x, new int[] {a});
        return keepDims ? keep(r, x, new int[] {a}) : r;
    }

    static Node mean(Node x, int[] requestedAxes, boolean keepDims) {
        // NumPy's mean of float16 sums and divides in float32, then rounds the mean to float16 once.
        if (x.dtype() == DType.FLOAT16) return Build.cast(mean(Build.cast(x, DType.FLOAT32), requestedAxes, keepDims), DType.FLOAT16);
        int[] axes = axes(x, requestedAxes);
        long n = count(x, axes, "mean");
        Node f = floating(x);
        Node sum = Nodes.reduce(Op.SUM, f.dtype(), f, axes);
        Node mean = Build.binary(Op.DIV, sum, Scalar.of(n));
        return keepDims ? keep(mean, x, axes) : mean;
    }

    static Node var(Node x, int[] requestedAxes, boolean keepDims, long ddof) {
        int[] axes = axes(x, requestedAxes);
        long n = count(x, axes, "var");
        if (ddof < 0) throw new IllegalArgumentException("ddof must be >= 0, got " + ddof);
        if (ddof >= n) {
            throw new IllegalArgumentException("degrees of freedom <= 0: ddof " + ddof + " >= " + n
                    + " elements per reduction over shape " + Shapes.tuple(x.shape()));
        }
        Node f = floating(x);
        // float16 is computed in float32 and rounded at the end, as NumPy computes its float16 means:
        // in float16, s1 * s1 overflowed (65,504) for as few as 160 elements about 2 from the first
        // one, and the variance came out 0.
        boolean half = f.dtype() == DType.FLOAT16;
        if (half) f = Build.cast(f, DType.FLOAT32);
        Node d = Build.binary(Op.SUB, f, Views.firstAlong(f, axes));
        Node s1 = Nodes.reduce(Op.SUM, f.dtype(), d, axes), s2 = Nodes.reduce(Op.SUM, f.dtype(), Build.binary(Op.MUL, d, d), axes);
        Node centred = Build.binary(Op.SUB, s2, Build.binary(Op.DIV, Build.binary(Op.MUL, s1, s1), Scalar.of(n)));
        Node var = Build.binary(Op.DIV, Build.binary(Op.MAXIMUM, centred, Scalar.of(0.0)), Scalar.of(n - ddof));
        if (half) var = Build.cast(var, DType.FLOAT16);
        return keepDims ? keep(var, x, axes) : var;
    }

    private static Node floating(Node x) {
        return x.dtype().isFloat() ? x : Build.cast(x, DType.FLOAT64);
    }

    private static long count(Node x, int[] axes, String what) {
        long n = 1;
        for (int a : axes) n *= x.dim(a);
        if (n == 0) {
            throw new IllegalArgumentException(what + " of an empty slice: the reduced axes of shape " + Shapes.tuple(x.shape())
                    + " hold no elements");
        }
        return n;
    }

    /** Reinserts the reduced axes as length 1 (keepdims), a view of the reduced result. */
    private static Node keep(Node reduced, Node x, int[] axes) {
        return Views.reshape(reduced, Shapes.keepDims(x.shape(), axes));
    }

    private static long[] ones(int n) {
        long[] s = new long[n];
        java.util.Arrays.fill(s, 1);
        return s;
    }
}
