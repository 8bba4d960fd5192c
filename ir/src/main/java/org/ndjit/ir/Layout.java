package org.ndjit.ir;

import java.util.Arrays;

/**
 * A strided view: element {@code (i0, i1, ...)} lives at {@code offset + sum(ik * strides[k])} of some
 * flat storage. Strides are in elements and may be negative (reversed slices) or zero (broadcasts).
 * Every view operation NumPy answers with a view is a method here returning a new layout; none copies.
 */
public final class Layout {
    private final long[] shape;
    private final long[] strides;
    private final long offset;
    private final long size;

    public Layout(long[] shape, long[] strides, long offset) {
        if (shape.length != strides.length) throw new IllegalArgumentException("shape and strides differ in rank");
        this(shape.clone(), strides.clone(), offset, Shapes.size(shape));
    }

    /** A layout over arrays nothing else holds or writes (layouts share them: they are never written). */
    private Layout(long[] shape, long[] strides, long offset, long size) {
        this.shape = shape;
        this.strides = strides;
        this.offset = offset;
        this.size = size;
    }

    public static Layout contiguous(long[] shape) {
        return new Layout(shape.clone(), Shapes.contiguousStrides(shape), 0, Shapes.size(shape));
    }

    public long[] shape() { return shape.clone(); }
    /** The shape array itself, for a node over this layout's elements to share (neither writes it). */
    long[] sharedShape() { return shape; }
    public long[] strides() { return strides.clone(); }
    public long dim(int axis) { return shape[axis]; }
    public long stride(int axis) { return strides[axis]; }
    public long offset() { return offset; }
    public int ndim() { return shape.length; }
    public long size() { return size; }

    /** True when the elements in C order are consecutive in storage (any offset). */
    public boolean isContiguous() {
        if (size <= 1) return true;
        long expected = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] != 1 && strides[i] != expected) return false;
            expected *= shape[i];
        }
        return true;
    }

    /** The storage index of the element at this flat C-order position of the view. */
    public long offsetOfFlat(long flat) {
        long off = offset;
        for (int i = shape.length - 1; i >= 0; i--) {
            long d = shape[i];
            off += (flat % d) * strides[i];
            flat /= d;
        }
        return off;
    }

    /** The smallest and largest storage index the view touches; {min, max}, or {offset, offset-1} when empty. */
    public long[] extent() {
        if (size == 0) return new long[] {offset, offset - 1};
        return new long[] {offset + span(true), offset + span(false)};
    }

    /** Whether every storage index the view touches is in {@code [0, length)} (an empty view touches none). */
    public boolean within(long length) {
        return size == 0 || offset + span(true) >= 0 && offset + span(false) < length;
    }

    /** The sum of the axes' negative spans (toward lower indices), or of their positive ones. */
    private long span(boolean negative) {
        long sum = 0;
        for (int i = 0; i < shape.length; i++) {
            long span = (shape[i] - 1) * strides[i];
            if (span < 0 == negative) sum += span;
        }
        return sum;
    }

    /** The view with this one's storage indices reinterpreted over another view's elements (view of a view). */
    public Layout withBase(long baseOffset) {
        return withOffset(offset + baseOffset);
    }

    /** The same view starting at another storage index. */
    public Layout withOffset(long newOffset) {
        return new Layout(shape, strides, newOffset, size);
    }

    /** The view restricted to the given sorted axes (the others held at index 0). */
    public Layout onlyAxes(int[] sortedAxes) {
        return selectAxes(sortedAxes, true);
    }

    /** The view with the given sorted axes dropped (held at index 0). */
    public Layout withoutAxes(int[] sortedAxes) {
        return selectAxes(sortedAxes, false);
    }

    private Layout selectAxes(int[] sortedAxes, boolean keepListed) {
        int n = keepListed ? sortedAxes.length : shape.length - sortedAxes.length;
        long[] s = new long[n], st = new long[n];
        for (int k = 0, j = 0; k < shape.length; k++) {
            if ((Arrays.binarySearch(sortedAxes, k) >= 0) != keepListed) continue;
            s[j] = shape[k];
            st[j++] = strides[k];
        }
        return new Layout(s, st, offset);
    }

    /**
     * NumPy's {@code a.diagonal(offset, axis1, axis2)}: the two axes removed, and a last axis along the
     * diagonal (offset &gt; 0 above the main one, &lt; 0 below), whose stride is the sum of theirs; a view.
     */
    public Layout diagonal(long diagonalOffset, int axis1, int axis2) {
        if (shape.length < 2) throw new IllegalArgumentException("diag requires an array of at least two dimensions");
        int a1 = Shapes.normalizeAxis(axis1, shape.length), a2 = Shapes.normalizeAxis(axis2, shape.length);
        if (a1 == a2) throw new IllegalArgumentException("axis1 and axis2 cannot be the same");
        long row = diagonalOffset >= 0 ? 0 : -diagonalOffset, column = diagonalOffset >= 0 ? diagonalOffset : 0;
        long length = Math.max(0, Math.min(shape[a1] - row, shape[a2] - column));
        long[] s = new long[shape.length - 1], st = new long[shape.length - 1];
        int k = 0;
        for (int d = 0; d < shape.length; d++) {
            if (d == a1 || d == a2) continue;
            s[k] = shape[d];
            st[k++] = strides[d];
        }
        s[k] = length;
        st[k] = strides[a1] + strides[a2];
        return new Layout(s, st, length == 0 ? offset : offset + row * strides[a1] + column * strides[a2]);
    }

    /** Reverses the axes (NumPy's {@code a.T}). */
    public Layout transpose() {
        int n = shape.length;
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) perm[i] = n - 1 - i;
        return permute(perm);
    }

    /** Reorders the axes: result axis i is this layout's axis {@code axes[i]} (negative axes allowed). */
    public Layout permute(int... axes) {
        int n = shape.length;
        if (axes.length != n) throw new IllegalArgumentException("axes don't match array: got " + Arrays.toString(axes) + " for an array of dimension " + n);
        long[] s = new long[n], st = new long[n];
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            int a = Shapes.normalizeAxis(axes[i], n);
            if (seen[a]) throw new IllegalArgumentException("repeated axis in transpose: " + Arrays.toString(axes));
            seen[a] = true;
            s[i] = shape[a];
            st[i] = strides[a];
        }
        return new Layout(s, st, offset);
    }

    /**
     * Python's {@code start:stop:step} on one axis, with Python's clamping of out-of-range bounds.
     * A null start or stop means "from the end that the step's sign starts at".
     */
    public Layout slice(int axis, Long start, Long stop, long step) {
        axis = Shapes.normalizeAxis(axis, shape.length);
        if (step == 0) throw new IllegalArgumentException("slice step cannot be zero");
        long len = shape[axis];
        long lo, hi;
        if (step > 0) {
            lo = start == null ? 0 : clampBound(start, len, 0, len);
            hi = stop == null ? len : clampBound(stop, len, 0, len);
        } else {
            lo = start == null ? len - 1 : clampBound(start, len, -1, len - 1);
            hi = stop == null ? -1 : clampBound(stop, len, -1, len - 1);
        }
        // 0 <= |hi - lo| <= len, so these cannot overflow; -step is 2^63 when step is Long.MIN_VALUE, hence unsigned division.
        long count = step > 0 ? (hi > lo ? 1 + (hi - lo - 1) / step : 0)
                              : (lo > hi ? 1 + Long.divideUnsigned(lo - hi - 1, -step) : 0);
        long[] s = shape.clone(), st = strides.clone();
        s[axis] = count;
        if (count > 1) {
            try {
                st[axis] = Math.multiplyExact(strides[axis], step);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("slice step " + step + " times stride " + strides[axis] + " on axis " + axis
                        + " overflows a 64-bit element offset");
            }
        }
        // With one element (or none) the axis's stride is never used: keep the old one (a step of 2^63 times it may not fit).
        long off = count == 0 ? offset : offset + lo * strides[axis];
        return new Layout(s, st, off);
    }

    private static long clampBound(long bound, long len, long min, long max) {
        if (bound < 0) bound += len;
        return Math.max(min, Math.min(max, bound));
    }

    /** Integer indexing on one axis, which drops that axis (NumPy's {@code m[0]} or {@code m[:, 1]}). */
    public Layout index(int axis, long i) {
        axis = Shapes.normalizeAxis(axis, shape.length);
        long len = shape[axis];
        if (i < -len || i >= len) {
            throw new IndexOutOfBoundsException("index " + i + " is out of bounds for axis " + axis + " with size " + len);
        }
        if (i < 0) i += len;
        long[] s = new long[shape.length - 1], st = new long[shape.length - 1];
        for (int k = 0, j = 0; k < shape.length; k++) {
            if (k == axis) continue;
            s[j] = shape[k];
            st[j++] = strides[k];
        }
        return new Layout(s, st, offset + i * strides[axis]);
    }

    /** Inserts an axis of length 1 at position {@code axis} of the result ({@code np.expand_dims}). */
    public Layout expandDims(int axis) {
        int n = shape.length + 1;
        if (axis < -n || axis >= n) {
            throw new IllegalArgumentException("axis " + axis + " is out of bounds for array of dimension " + n);
        }
        if (axis < 0) axis += n;
        long[] s = new long[n], st = new long[n];
        for (int k = 0, j = 0; k < n; k++) {
            if (k == axis) { s[k] = 1; st[k] = 0; continue; }
            s[k] = shape[j];
            st[k] = strides[j++];
        }
        return new Layout(s, st, offset);
    }

    /** Removes the given length-1 axes (or all of them when {@code axes} is empty). */
    public Layout squeeze(int... axes) {
        boolean[] drop = new boolean[shape.length];
        if (axes.length == 0) {
            for (int k = 0; k < shape.length; k++) drop[k] = shape[k] == 1;
        } else {
            for (int a : axes) {
                int k = Shapes.normalizeAxis(a, shape.length);
                if (shape[k] != 1) {
                    throw new IllegalArgumentException("cannot select an axis to squeeze out which has size not equal to one (axis "
                            + a + " has size " + shape[k] + ")");
                }
                drop[k] = true;
            }
        }
        int n = 0;
        for (boolean d : drop) if (!d) n++;
        long[] s = new long[n], st = new long[n];
        for (int k = 0, j = 0; k < shape.length; k++) {
            if (drop[k]) continue;
            s[j] = shape[k];
            st[j++] = strides[k];
        }
        return new Layout(s, st, offset);
    }

    /** A read-only broadcast view with stride 0 on stretched axes ({@code np.broadcast_to}). */
    public Layout broadcastTo(long[] target) {
        if (!Shapes.broadcastsTo(shape, target)) {
            throw new IllegalArgumentException("operands could not be broadcast together with remapped shapes [original->remapped]: "
                    + Shapes.compact(shape) + "  and requested shape " + Shapes.compact(target));
        }
        Shapes.size(target);
        long[] st = new long[target.length];
        int lead = target.length - shape.length;
        for (int k = 0; k < shape.length; k++) {
            st[lead + k] = shape[k] == target[lead + k] ? strides[k] : 0;
        }
        return new Layout(target, st, offset);
    }

    /**
     * The same elements in C order under a new shape of equal size, as a view when the strides allow it
     * (NumPy's attempt-no-copy reshape), or null when only a copy can give that shape.
     */
    public Layout reshape(long[] newShape) {
        if (Shapes.size(newShape) != size) throw new IllegalArgumentException("reshape to a different size");
        if (size == 0 || isContiguous()) {
            return new Layout(newShape, Shapes.contiguousStrides(newShape), offset);
        }
        int oldN = 0;
        long[] od = new long[shape.length], os = new long[shape.length];
        for (int k = 0; k < shape.length; k++) {
            if (shape[k] != 1) { od[oldN] = shape[k]; os[oldN++] = strides[k]; }
        }
        int newN = newShape.length;
        long[] ns = new long[newN];
        int oi = 0, oj = 1, ni = 0, nj = 1;
        while (ni < newN && oi < oldN) {
            long np = newShape[ni], op = od[oi];
            while (np != op) {
                if (np < op) np *= newShape[nj++];
                else op *= od[oj++];
            }
            for (int ok = oi; ok < oj - 1; ok++) {
                if (os[ok] != od[ok + 1] * os[ok + 1]) return null;
            }
            ns[nj - 1] = os[oj - 1];
            for (int nk = nj - 1; nk > ni; nk--) ns[nk - 1] = ns[nk] * newShape[nk];
            ni = nj++;
            oi = oj++;
        }
        for (int nk = ni; nk < newN; nk++) ns[nk] = 0;
        return new Layout(newShape, ns, offset);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Layout l && offset == l.offset && Arrays.equals(shape, l.shape) && Arrays.equals(strides, l.strides);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(shape) + Arrays.hashCode(strides)) + Long.hashCode(offset);
    }

    @Override
    public String toString() {
        return "shape=" + Shapes.compact(shape) + " strides=" + Shapes.compact(strides) + " offset=" + offset;
    }
}
