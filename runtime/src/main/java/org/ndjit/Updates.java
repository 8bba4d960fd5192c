package org.ndjit;

import org.ndjit.ir.Arange;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;
import org.ndjit.ir.Scatter;
import org.ndjit.ir.Shapes;

import java.util.Arrays;
import java.util.List;

/**
 * Functional updates, since arrays are immutable: {@code a.set(index, value)} is the array NumPy's
 * {@code b = a.copy(); b[index] = value} gives, and {@code Np.addAt} is {@code np.add.at}. The value
 * is cast to a's dtype as NumPy's assignment casts (astype: floats truncate into integers), and
 * broadcast to the selection (leading length-1 axes of the value are dropped first, as NumPy does).
 *
 * <p>A scalar written through a basic index, and a value written where a mask is true that does not
 * vary along the mask's axes, are a {@code where} over the positions (fused with what reads the
 * result, nothing scattered); every other update is one {@link Scatter} node: a copy of a with the
 * selection written in C order (the last write wins where integer arrays repeat a position). The
 * engine writes into a's own memory instead of a copy when its plan computed a and reads it no more
 * ({@code x.mul(2).set(idx, v)}, a chain of updates).
 */
final class Updates {
    private Updates() {}

    static NDArray set(NDArray a, Object index, Object value) {
        return update(a, index, value, false);
    }

    static NDArray addAt(NDArray a, Object index, Object value) {
        return update(a, index, value, true);
    }

    private static NDArray update(NDArray a, Object index, Object value, boolean accumulate) {
        Node x = a.node();
        Node v = switch (value) {
            case NDArray array -> Build.cast(array.node(), x.dtype());
            case Scalar s -> s.node(x.dtype());
            default -> throw new IllegalArgumentException("an update's value must be an NDArray or a number, got " + value);
        };
        List<Object> entries = AdvancedIndex.entries(index);
        if (!accumulate && v.ndim() > 0 && isElement(entries, x.ndim())) throw new IllegalArgumentException("setting an array element with a sequence.");
        if (!AdvancedIndex.hasArrays(entries)) {
            Layout target = Views.index(Layout.contiguous(x.shape()), AdvancedIndex.basic(entries));
            Node fitted = fit(v, target.shape(), accumulate, "could not broadcast input array from shape %s into shape " + Shapes.compact(target.shape()));
            if (!accumulate && fitted.ndim() == 0) return new NDArray(wherePositions(x, fitted, entries));
            return new NDArray(Scatter.node(x, fitted, new Scatter(target, 0, List.of(), accumulate)));
        }
        if (!accumulate && entries.size() == 1 && entries.getFirst() instanceof Node m && m.dtype() == DType.BOOL) {
            Node where = whereMask(x, m, v);
            if (where != null) return new NDArray(where);
        }
        if (!AdvancedIndex.hasMasks(entries)) return new NDArray(scatter(x, v, entries, accumulate));
        AdvancedIndex.masks(entries, x.shape(), false);
        boolean wholeMask = entries.size() == 1 && ((Node) entries.getFirst()).ndim() == x.ndim();
        return NDArray.deferred(() -> {
            List<Object> resolved = AdvancedIndex.masks(entries, x.shape(), true);
            long count = wholeMask ? ((Node) resolved.getFirst()).size() : 0;
            if (wholeMask && !accumulate && v.size() != count) {
                throw new IllegalArgumentException("NumPy boolean array indexing assignment cannot assign " + v.size()
                        + " input values to the " + count + " output values where the mask is true");
            }
            return scatter(x, v, resolved, accumulate);
        });
    }

    /** Whether the index names one element: an integer (or 0-d integer array) for every axis. */
    private static boolean isElement(List<Object> entries, int ndim) {
        if (ndim == 0 || entries.size() != ndim) return false;
        for (Object e : entries) {
            if (!(e instanceof Index.At || e instanceof Node n && n.ndim() == 0 && n.dtype().isInteger())) return false;
        }
        return true;
    }

    private static Node scatter(Node x, Node v, List<Object> entries, boolean accumulate) {
        AdvancedIndex.Resolved r = AdvancedIndex.resolve(x.shape(), entries);
        Layout target = r.view().apply(Layout.contiguous(x.shape()));
        long[] selection = Scatter.selectionShape(target, r.first(), r.arrays());
        Node fitted = fit(v, selection, accumulate, "shape mismatch: value array of shape " + Shapes.compact(v.shape())
                + " could not be broadcast to indexing result of shape " + Shapes.compact(selection));
        return Scatter.node(x, fitted, new Scatter(target, r.first(), r.sourceAxes(), accumulate), r.arrays());
    }

    /**
     * The value with its leading length-1 axes beyond the selection's rank dropped, checked to
     * broadcast to the selection; {@code message} may name that value's shape at {@code %s} (np.add.at has its own message).
     */
    private static Node fit(Node v, long[] selection, boolean accumulate, String message) {
        Node out = v;
        while (out.ndim() > selection.length && out.dim(0) == 1) out = Views.reshape(out, Arrays.copyOfRange(out.shape(), 1, out.ndim()));
        if (!Shapes.broadcastsTo(out.shape(), selection)) {
            throw new IllegalArgumentException(accumulate ? "array is not broadcastable to correct shape" : String.format(message, Shapes.compact(out.shape())));
        }
        return out;
    }

    /**
     * {@code x[index] = value} for a lone mask, as {@code where(mask, value, x)} when the value is the
     * same for every selected position (it broadcasts to the axes after the mask's); null when it
     * needs the positions' count. NumPy's rule for a mask over every axis: a value of at most one dimension.
     */
    private static Node whereMask(Node x, Node m, Node v) {
        Nodes.compress(x, m, 0);
        long[] cell = Arrays.copyOfRange(x.shape(), m.ndim(), x.ndim());
        if (m.ndim() == x.ndim() && v.ndim() > 1) {
            throw new IllegalArgumentException("NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has "
                    + v.ndim() + " dimensions");
        }
        Node value = v;
        if (m.ndim() == x.ndim() && v.size() == 1) value = Views.reshape(v, new long[0]);
        else if (m.ndim() == x.ndim() || !Shapes.broadcastsTo(v.shape(), cell)) return null;
        long[] maskShape = Arrays.copyOf(m.shape(), x.ndim());
        Arrays.fill(maskShape, m.ndim(), x.ndim(), 1);
        return Nodes.elementwise(Op.WHERE, x.dtype(), Views.reshape(m, maskShape), value, x);
    }

    /** {@code where(selected, value, x)} for a 0-d value and a basic index: per axis, a predicate on the position. */
    private static Node wherePositions(Node x, Node value, List<Object> entries) {
        Node selected = null;
        long[] shape = x.shape();
        int consumed = 0;
        for (Object e : entries) if (e instanceof Index.At || e instanceof Index.Slice) consumed++;
        int axis = 0;
        for (Object e : entries) {
            long[] run = switch ((Index) e) {
                case Index.At at -> new long[] {at.index() < 0 ? at.index() + shape[axis] : at.index(), 1, 1};
                case Index.Slice s -> {
                    Layout l = Layout.contiguous(new long[] {shape[axis]}).slice(0, s.start(), s.stop(), s.step());
                    yield new long[] {l.offset(), l.stride(0), l.dim(0)};
                }
                case Index.NewAxis n -> null;
                case Index.Ellipsis el -> {
                    axis += shape.length - consumed;
                    yield null;
                }
            };
            if (run == null) continue;
            if (run[2] == 0) return x;
            Node p = positions(axis, shape, run[0], run[1], run[2]);
            if (p != null) selected = selected == null ? p : Nodes.elementwise(Op.AND, DType.BOOL, selected, p);
            axis++;
        }
        return selected == null ? Build.where(Nodes.constant(DType.BOOL, true), value, x)
                                : Nodes.elementwise(Op.WHERE, x.dtype(), selected, value, x);
    }

    /** Whether the position along {@code axis} is one of {@code start + i * step, i < count}; null when all are. */
    private static Node positions(int axis, long[] shape, long start, long step, long count) {
        if (step == 1 && start == 0 && count == shape[axis]) return null;
        long[] along = new long[shape.length];
        Arrays.fill(along, 1);
        along[axis] = shape[axis];
        Node i = Views.reshape(Nodes.arange(shape[axis], new Arange(0, 1)), along);
        long lo = step > 0 ? start : start + (count - 1) * step, hi = lo + (count - 1) * Math.abs(step);
        if (count == 1) return Build.binary(Op.EQ, i, Scalar.of(lo));
        Node in = Nodes.elementwise(Op.AND, DType.BOOL, Build.binary(Op.GE, i, Scalar.of(lo)), Build.binary(Op.LE, i, Scalar.of(hi)));
        if (Math.abs(step) == 1) return in;
        Node onStep = Build.binary(Op.EQ, Build.binary(Op.MOD, Build.binary(Op.SUB, i, Scalar.of(lo)), Scalar.of(Math.abs(step))), Scalar.of(0L));
        return Nodes.elementwise(Op.AND, DType.BOOL, in, onStep);
    }
}
