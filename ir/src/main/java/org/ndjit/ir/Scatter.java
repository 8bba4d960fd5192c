package org.ndjit.ir;

import org.ndjit.DType;
import java.util.Arrays;
import java.util.List;

/**
 * A functional update, NumPy's {@code b = a.copy(); b[index] = value} (or {@code np.add.at(b, index,
 * value)} when {@code accumulate}), as one node {@code SCATTER(a, value, i_0, ..., i_{k-1})}. The
 * index is a view of a's elements in C order ({@code target}, what basic indexing gives, its axes
 * permuted as NumPy places integer-array dimensions) and, when k > 0, index arrays for k consecutive
 * axes of that view from {@code first}, as in {@link Gather}. The selection (the view's elements, or
 * those the arrays pick) is written in C order with value broadcast to its shape: where an element
 * is picked twice the last write wins, as in NumPy; when accumulating each pick adds (np.add.at's
 * unbuffered sum; on bools a logical or). Value has a's dtype (the caller casts).
 */
public record Scatter(Layout target, int first, List<Integer> sourceAxes, boolean accumulate) {
    public Scatter {
        sourceAxes = List.copyOf(sourceAxes);
    }

    /** The checked node: the target lies in a, the value broadcasts to the selection. */
    public static Node node(Node a, Node value, Scatter arg, Node... indices) {
        long[] extent = arg.target.extent();
        if (arg.target.size() > 0 && (extent[0] < 0 || extent[1] >= a.size())) {
            throw new IllegalArgumentException("update target " + arg.target + " reaches outside an array of " + a.size() + " elements");
        }
        if (value.dtype() != a.dtype()) throw new IllegalArgumentException("an update's value must have the array's dtype " + a.dtype() + ", got " + value.dtype());
        long[] selection = selectionShape(arg.target, arg.first, indices);
        if (!Shapes.broadcastsTo(value.shape(), selection)) {
            throw new IllegalArgumentException("could not broadcast input array from shape " + Shapes.compact(value.shape())
                    + " into shape " + Shapes.compact(selection));
        }
        Node[] src = new Node[indices.length + 2];
        src[0] = a;
        src[1] = value;
        System.arraycopy(indices, 0, src, 2, indices.length);
        return Node.of(Op.SCATTER, a.dtype(), a.shape(), arg, src);
    }

    /** The shape of the elements an update writes: the target's, or its picks' (see {@link Gather#shape}). */
    public static long[] selectionShape(Layout target, int first, Node... indices) {
        return indices.length == 0 ? target.shape() : Gather.shape(target.shape(), first, indices.length, Gather.indexShape(indices));
    }

    static StridedArray evaluate(Node n, StridedArray a, StridedArray value, StridedArray[] indices) {
        Scatter s = (Scatter) n.arg();
        StridedArray out = StridedArray.allocate(n.dtype(), n.shape());
        Buffer o = out.buffer(), v = value.buffer();
        OffsetIterator copy = new OffsetIterator(a.layout());
        boolean isFloat = n.dtype().isFloat();
        for (long i = 0; i < out.size(); i++) {
            if (isFloat) o.setDouble(i, a.buffer().getDouble(copy.next()));
            else o.setLong(i, a.buffer().getLong(copy.next()));
        }
        int k = indices.length;
        long[] picks = k == 0 ? new long[] {0} : Gather.picks(s.target, s.first, s.sourceAxes, indices);
        long[] selection = k == 0 ? s.target.shape() : Gather.shape(s.target.shape(), s.first, k, broadcastShape(indices));
        if (Shapes.size(selection) == 0) return out;
        OffsetIterator from = new OffsetIterator(value.layout().broadcastTo(selection));
        DType dtype = n.dtype();
        Gather.walk(s.target, k == 0 ? 0 : s.first, k, picks, at -> {
            long in = from.next();
            if (isFloat) {
                double x = v.getDouble(in);
                o.setDouble(at, s.accumulate ? (dtype == DType.FLOAT32 ? (double) (float) (o.getDouble(at) + x) : o.getDouble(at) + x) : x);
            } else if (dtype == DType.BOOL) {
                o.setBool(at, v.getBool(in) || s.accumulate && o.getBool(at));
            } else {
                o.setLong(at, s.accumulate ? o.getLong(at) + v.getLong(in) : v.getLong(in));
            }
        });
        return out;
    }

    private static long[] broadcastShape(StridedArray[] indices) {
        long[][] shapes = new long[indices.length][];
        for (int j = 0; j < indices.length; j++) shapes[j] = indices[j].shape();
        return Shapes.broadcast(shapes);
    }

    @Override
    public String toString() {
        return (accumulate ? "add at " : "set ") + target + (sourceAxes.isEmpty() ? "" : " arrays at axis " + first + " " + Arrays.toString(sourceAxes.toArray()));
    }
}
