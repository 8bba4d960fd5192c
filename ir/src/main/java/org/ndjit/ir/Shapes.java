package org.ndjit.ir;

import java.util.Arrays;

/**
 * Shape arithmetic shared by every layer: sizes, NumPy's broadcasting rule, axis normalisation and
 * the two ways a shape is printed ({@code (2,3)} in error messages, {@code (2, 3)} as a tuple).
 * All sizes are {@code long} and overflow is an error, never a negative size.
 */
public final class Shapes {
    private Shapes() {}

    public static final long[] SCALAR = new long[0];

    /** The number of elements, or an exception naming the shape when it does not fit in a long. */
    public static long size(long[] shape) {
        // As NumPy, the product of the non-zero axes must fit, so the check does not depend on where a zero-length axis is.
        long n = 1;
        boolean empty = false;
        for (long d : shape) {
            if (d < 0) throw new IllegalArgumentException("negative dimensions are not allowed: " + tuple(shape));
            if (d == 0) {
                empty = true;
                continue;
            }
            try {
                n = Math.multiplyExact(n, d);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("array is too large: shape " + tuple(shape) + " has more than " + Long.MAX_VALUE
                        + " elements" + (contains0(shape) ? " not counting its zero-length axes" : ""));
            }
        }
        return empty ? 0 : n;
    }

    private static boolean contains0(long[] shape) {
        for (long d : shape) if (d == 0) return true;
        return false;
    }

    /** The error-message form NumPy uses: {@code (2,3)}, {@code (4,)}, {@code ()}. */
    public static String compact(long[] shape) {
        return format(shape, ",");
    }

    /** The tuple form NumPy prints for {@code a.shape}: {@code (2, 3)}, {@code (4,)}, {@code ()}. */
    public static String tuple(long[] shape) {
        return format(shape, ", ");
    }

    private static String format(long[] shape, String separator) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) sb.append(separator);
            sb.append(shape[i]);
        }
        if (shape.length == 1) sb.append(',');
        return sb.append(')').toString();
    }

    /**
     * NumPy's broadcast of several shapes: aligned on the right, equal dims or a 1 stretch, 1 against 0
     * gives 0. The error lists every operand, as NumPy does.
     */
    public static long[] broadcast(long[]... shapes) {
        int rank = 0;
        for (long[] s : shapes) rank = Math.max(rank, s.length);
        long[] out = new long[rank];
        Arrays.fill(out, 1);
        for (long[] s : shapes) {
            for (int i = 0; i < s.length; i++) {
                int o = rank - s.length + i;
                long d = s[i];
                if (d == out[o] || d == 1) continue;
                if (out[o] == 1) out[o] = d;
                else throw broadcastError(shapes);
            }
        }
        return out;
    }

    /** True when {@code from} can be broadcast to exactly {@code to}. */
    public static boolean broadcastsTo(long[] from, long[] to) {
        if (from.length > to.length) return false;
        for (int i = 0; i < from.length; i++) {
            long d = from[i], t = to[to.length - from.length + i];
            if (d != t && d != 1) return false;
        }
        return true;
    }

    private static IllegalArgumentException broadcastError(long[][] shapes) {
        StringBuilder sb = new StringBuilder("operands could not be broadcast together with shapes");
        for (long[] s : shapes) sb.append(' ').append(compact(s));
        return new IllegalArgumentException(sb.toString());
    }

    /** Maps a possibly negative axis into [0, ndim), with NumPy's AxisError text otherwise. */
    public static int normalizeAxis(int axis, int ndim) {
        if (axis < -ndim || axis >= ndim) {
            throw new IllegalArgumentException("axis " + axis + " is out of bounds for array of dimension " + ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }

    /** Normalises a set of axes, rejecting duplicates; the result is sorted. */
    public static int[] normalizeAxes(int[] axes, int ndim) {
        int[] out = new int[axes.length];
        for (int i = 0; i < axes.length; i++) out[i] = normalizeAxis(axes[i], ndim);
        Arrays.sort(out);
        for (int i = 1; i < out.length; i++) {
            if (out[i] == out[i - 1]) throw new IllegalArgumentException("duplicate value in 'axis': " + Arrays.toString(axes));
        }
        return out;
    }

    /** C-order (row-major) element strides of a contiguous array of this shape. */
    public static long[] contiguousStrides(long[] shape) {
        long[] strides = new long[shape.length];
        long s = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            strides[i] = s;
            s *= Math.max(shape[i], 1);
        }
        return strides;
    }

    /** The shape without its axes of length 1 (two shapes equal so list their elements in the same C order). */
    public static long[] withoutUnitAxes(long[] shape) {
        return Arrays.stream(shape).filter(d -> d != 1).toArray();
    }

    /** The shape with the given sorted axes removed (a reduction's result without keepdims). */
    public static long[] remove(long[] shape, int[] sortedAxes) {
        long[] out = new long[shape.length - sortedAxes.length];
        int k = 0, a = 0;
        for (int i = 0; i < shape.length; i++) {
            if (a < sortedAxes.length && sortedAxes[a] == i) { a++; continue; }
            out[k++] = shape[i];
        }
        return out;
    }

    /** The shape with the given sorted axes set to 1 (a reduction's result with keepdims). */
    public static long[] keepDims(long[] shape, int[] sortedAxes) {
        long[] out = shape.clone();
        for (int a : sortedAxes) out[a] = 1;
        return out;
    }
}
