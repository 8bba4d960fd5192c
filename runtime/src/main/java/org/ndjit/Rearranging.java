package org.ndjit;

import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Shapes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * NumPy's rearranging functions over nodes. flip, swapaxes, moveaxis and rot90 are views (a new
 * layout, never a copy); roll and tile are {@link AxisRuns} index maps (concatenations of views of
 * the input, computed into their regions), as is pad ({@link Padding}); repeat is a broadcast view
 * reshaped (scalar counts) or an index map (counts per element).
 */
final class Rearranging {
    private Rearranging() {}

    /** {@code np.flip(a, axes)}: every listed axis reversed (all of them when {@code axes} is empty). */
    static Node flip(Node a, int... axes) {
        int[] all = axes.length > 0 ? normalizeDistinct(axes, a.ndim(), "repeated axis") : range(a.ndim());
        return Views.apply(a, l -> {
            Layout out = l;
            for (int ax : all) out = out.slice(ax, null, null, -1);
            return out;
        });
    }

    /** {@code np.swapaxes(a, axis1, axis2)}. */
    static Node swapaxes(Node a, int axis1, int axis2) {
        int a1 = normalize(axis1, a.ndim(), "axis1: "), a2 = normalize(axis2, a.ndim(), "axis2: ");
        int[] perm = range(a.ndim());
        perm[a1] = a2;
        perm[a2] = a1;
        return Views.apply(a, l -> l.permute(perm));
    }

    /** {@code np.moveaxis(a, source, destination)}: the source axes moved to the destination positions, the others in order. */
    static Node moveaxis(Node a, int[] source, int[] destination) {
        int n = a.ndim();
        int[] src = new int[source.length], dst = new int[destination.length];
        for (int i = 0; i < src.length; i++) src[i] = normalize(source[i], n, "source: ");
        for (int i = 0; i < dst.length; i++) dst[i] = normalize(destination[i], n, "destination: ");
        requireDistinct(src, "repeated axis in `source` argument");
        requireDistinct(dst, "repeated axis in `destination` argument");
        if (src.length != dst.length) {
            throw new IllegalArgumentException("`source` and `destination` arguments must have the same number of elements");
        }
        int[] perm = new int[n];
        Arrays.fill(perm, -1);
        boolean[] moved = new boolean[n];
        for (int i = 0; i < src.length; i++) {
            perm[dst[i]] = src[i];
            moved[src[i]] = true;
        }
        for (int k = 0, next = 0; k < n; k++) {
            if (moved[k]) continue;
            while (perm[next] >= 0) next++;
            perm[next] = k;
        }
        return Views.apply(a, l -> l.permute(perm));
    }

    /** {@code np.rot90(m, k, axes)}: {@code k} quarter turns from the first axis towards the second (NumPy's checks and order). */
    static Node rot90(Node m, int k, int axis0, int axis1) {
        int n = m.ndim();
        if (axis0 == axis1 || Math.abs(axis0 - axis1) == n) throw new IllegalArgumentException("Axes must be different.");
        if (axis0 >= n || axis0 < -n || axis1 >= n || axis1 < -n) {
            throw new IllegalArgumentException("Axes=(" + axis0 + ", " + axis1 + ") out of range for array of ndim=" + n + ".");
        }
        int turns = Math.floorMod(k, 4);
        if (turns == 0) return m;
        if (turns == 2) return flip(flip(m, axis0), axis1);
        int[] perm = range(n);
        int a0 = Math.floorMod(axis0, n), a1 = Math.floorMod(axis1, n);
        perm[a0] = a1;
        perm[a1] = a0;
        return turns == 1 ? Views.apply(flip(m, axis1), l -> l.permute(perm)) : flip(Views.apply(m, l -> l.permute(perm)), axis1);
    }

    /** {@code np.roll(a, shift)} with no axis: the flattened array rolled, then reshaped back. */
    static Node roll(Node a, long shift) {
        Node flat = Views.reshape(a, new long[] {-1});
        return Views.reshape(roll(flat, new long[] {shift}, new int[] {0}), a.shape());
    }

    /** {@code np.roll(a, shifts, axes)}: element {@code i} moves to {@code i + shift} along each axis, wrapping; shifts of one axis add up. */
    static Node roll(Node a, long[] shifts, int[] axes) {
        if (shifts.length != axes.length && shifts.length != 1 && axes.length != 1) {
            throw new IllegalArgumentException("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape ("
                    + shifts.length + ",) and arg 1 with shape (" + axes.length + ",).");
        }
        long[] total = new long[a.ndim()];
        for (int i = 0; i < Math.max(shifts.length, axes.length); i++) {
            int ax = Shapes.normalizeAxis(axes[axes.length == 1 ? 0 : i], a.ndim());
            total[ax] += shifts[shifts.length == 1 ? 0 : i];
        }
        Node out = a;
        for (int ax = 0; ax < a.ndim(); ax++) {
            long len = a.dim(ax);
            if (len == 0 || Math.floorMod(total[ax], len) == 0) continue;
            long s = Math.floorMod(total[ax], len);
            out = AxisRuns.gather(out, ax, len, j -> Math.floorMod(j - s, len), null);
        }
        return out;
    }

    /** {@code np.tile(a, reps)}: {@code a} repeated {@code reps[i]} times along each axis (both aligned at the right, the shorter padded with 1s). */
    static Node tile(Node a, long... reps) {
        for (long r : reps) if (r < 0) throw new IllegalArgumentException("negative dimensions are not allowed");
        int n = Math.max(a.ndim(), reps.length);
        long[] shape = new long[n], times = new long[n];
        Arrays.fill(shape, 1);
        Arrays.fill(times, 1);
        System.arraycopy(a.shape(), 0, shape, n - a.ndim(), a.ndim());
        System.arraycopy(reps, 0, times, n - reps.length, reps.length);
        Node out = Views.reshape(a, shape);
        for (int ax = 0; ax < n; ax++) {
            long len = shape[ax];
            if (times[ax] == 1) continue;
            out = times[ax] <= MAX_TILE_PARTS || len == 1 ? AxisRuns.gather(out, ax, Math.multiplyExact(len, times[ax]), j -> j % len, null)
                                                          : stretched(out, ax, times[ax]);
        }
        return out;
    }

    /**
     * Copies per axis up to which tile concatenates views of its input (each read in place into its
     * region); beyond, a join would have as many parts, and one broadcast copy is cheaper.
     */
    static final long MAX_TILE_PARTS = 16;

    /** {@code x} repeated {@code times} whole along {@code axis}: a broadcast over a new axis before it, merged into it by a reshape (one copy). */
    private static Node stretched(Node x, int axis, long times) {
        long[] shape = x.shape(), wide = new long[shape.length + 1];
        for (int d = 0, k = 0; d < wide.length; d++) wide[d] = d == axis ? times : shape[k++];
        shape[axis] = Math.multiplyExact(shape[axis], times);
        return Views.reshape(Views.apply(x, l -> l.expandDims(axis).broadcastTo(wide)), shape);
    }

    /** {@code np.repeat(a, repeats, axis)}: each element {@code repeats} times along the axis (the flattened array when the axis is null). */
    static Node repeat(Node a, long repeats, Integer axis) {
        if (repeats < 0) throw new IllegalArgumentException("negative dimensions are not allowed");
        Node x = axis == null ? Views.reshape(a, new long[] {-1}) : a;
        int ax = Shapes.normalizeAxis(axis == null ? 0 : axis, x.ndim());
        long[] shape = x.shape(), stretched = new long[x.ndim() + 1];
        for (int d = 0, k = 0; d <= x.ndim(); d++) stretched[d] = d == ax + 1 ? repeats : shape[k++];
        shape[ax] = Math.multiplyExact(shape[ax], repeats);
        return Views.reshape(Views.apply(x, l -> l.expandDims(ax + 1).broadcastTo(stretched)), shape);
    }

    /** {@code np.repeat(a, counts, axis)}: element {@code i} along the axis {@code counts[i]} times (one count applies to all). */
    static Node repeat(Node a, long[] counts, Integer axis) {
        if (counts.length == 1) return repeat(a, counts[0], axis);
        Node x = axis == null ? Views.reshape(a, new long[] {-1}) : a;
        int ax = Shapes.normalizeAxis(axis == null ? 0 : axis, x.ndim());
        long len = x.dim(ax);
        if (counts.length != len) {
            throw new IllegalArgumentException("operands could not be broadcast together with shape (" + len + ",) (" + counts.length + ",)");
        }
        long total = 0;
        for (long c : counts) {
            if (c < 0) throw new IllegalArgumentException("repeats may not contain negative values.");
            total = Math.addExact(total, c);
        }
        long[] source = new long[Math.toIntExact(total)];
        for (int i = 0, j = 0; i < counts.length; i++) for (long c = 0; c < counts[i]; c++) source[j++] = i;
        return AxisRuns.gather(x, ax, total, j -> source[(int) j], null);
    }

    /** {@code np.full_like(a, value)}: {@code a}'s shape and dtype, every element {@code value} (cast as NumPy casts). */
    static Node fullLike(Node a, double value) {
        return Nodes.view(Np.scalar(value, a.dtype()).node(), Layout.contiguous(Shapes.SCALAR).broadcastTo(a.shape()));
    }

    /** {@code np.meshgrid(*xs, indexing=...)}: each input (flattened) broadcast along its own axis of the grid; "xy" swaps the first two axes. */
    static List<Node> meshgrid(String indexing, List<Node> xs) {
        if (!indexing.equals("xy") && !indexing.equals("ij")) throw new IllegalArgumentException("Valid values for `indexing` are 'xy' and 'ij'.");
        int n = xs.size();
        long[] shape = new long[n];
        List<Node> flat = new ArrayList<>();
        for (Node x : xs) flat.add(Views.reshape(x, new long[] {-1}));
        int[] axisOf = range(n);
        if (indexing.equals("xy") && n >= 2) {
            axisOf[0] = 1;
            axisOf[1] = 0;
        }
        for (int i = 0; i < n; i++) shape[axisOf[i]] = flat.get(i).dim(0);
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long[] own = new long[n];
            Arrays.fill(own, 1);
            own[axisOf[i]] = shape[axisOf[i]];
            out.add(Views.apply(Views.reshape(flat.get(i), own), l -> l.broadcastTo(shape)));
        }
        return out;
    }

    /** {@code np.broadcast_arrays(*arrays)}: each input as a view of the common shape, with NumPy's message naming the first mismatch. */
    static List<Node> broadcastArrays(List<Node> arrays) {
        long[] shape = Shapes.SCALAR;
        for (int i = 0; i < arrays.size(); i++) {
            try {
                shape = Shapes.broadcast(shape, arrays.get(i).shape());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg "
                        + firstClash(arrays, i) + " with shape " + Shapes.tuple(arrays.get(firstClash(arrays, i)).shape()) + " and arg " + i
                        + " with shape " + Shapes.tuple(arrays.get(i).shape()) + ".");
            }
        }
        long[] common = shape;
        return arrays.stream().map(a -> Views.apply(a, l -> l.broadcastTo(common))).toList();
    }

    /** The first input before {@code i} whose shape does not broadcast with input {@code i}'s. */
    private static int firstClash(List<Node> arrays, int i) {
        for (int j = 0; j < i; j++) {
            try {
                Shapes.broadcast(arrays.get(j).shape(), arrays.get(i).shape());
            } catch (IllegalArgumentException e) {
                return j;
            }
        }
        return 0;
    }

    private static int normalize(int axis, int ndim, String prefix) {
        if (axis < -ndim || axis >= ndim) {
            throw new IllegalArgumentException(prefix + "axis " + axis + " is out of bounds for array of dimension " + ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }

    private static int[] normalizeDistinct(int[] axes, int ndim, String repeated) {
        int[] out = new int[axes.length];
        for (int i = 0; i < axes.length; i++) out[i] = Shapes.normalizeAxis(axes[i], ndim);
        requireDistinct(out, repeated);
        return out;
    }

    private static void requireDistinct(int[] axes, String message) {
        for (int i = 0; i < axes.length; i++) for (int j = 0; j < i; j++) if (axes[i] == axes[j]) throw new IllegalArgumentException(message);
    }

    private static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) r[i] = i;
        return r;
    }
}
