package org.ndjit;

import org.ndjit.engine.Compress;
import org.ndjit.engine.Materializer;
import org.ndjit.ir.Gather;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Nonzero;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * NumPy's indexing rules for an index that holds arrays ("advanced" indexing): integer arrays of
 * any shape, broadcast together, mixed with integers, slices, newaxis, an ellipsis and boolean
 * masks. A mask of n dimensions stands for the n integer arrays of its nonzero(), and an integer
 * next to an array is a 0-d array (as in NumPy, so {@code a[0, :, [1, 2]]} puts the array's
 * dimension first). The basic entries become a view; the arrays index consecutive axes of it, those
 * where they stand when they are next to each other, else the view's first axes after a permutation
 * that moves theirs to the front: NumPy's placement of the broadcast index dimensions.
 */
final class AdvancedIndex {
    private AdvancedIndex() {}

    /**
     * The index as entries, each a basic {@link Index} or an index array's node: {@link Index}
     * values, Strings in NumPy's syntax ({@code ":, 1"}, several entries), integers, {@link NDArray}s,
     * Java arrays ({@code long[]}, {@code int[]}, {@code boolean[]}) and arrays of these (a tuple).
     */
    static List<Object> entries(Object... items) {
        List<Object> out = new ArrayList<>();
        for (Object item : items) {
            switch (item) {
                case Index i -> out.add(i);
                case String s -> out.addAll(List.of(Index.parse(s)));
                case Long l -> out.add(Index.at(l));
                case Integer i -> out.add(Index.at(i));
                case NDArray a -> out.add(a.node());
                case long[] a -> out.add(Np.array(a).node());
                case int[] a -> out.add(Np.array(a).node());
                case boolean[] a -> out.add(Np.array(a).node());
                case Object[] tuple -> out.addAll(entries(tuple));
                case null -> throw new IllegalArgumentException("an index entry is null (use Index.NEW_AXIS for None)");
                default -> throw new IllegalArgumentException("cannot index with a " + item.getClass().getSimpleName()
                        + ": expected an integer, a String such as \":, 1\", an Index, an NDArray or a Java array");
            }
        }
        return out;
    }

    static boolean hasArrays(List<Object> entries) {
        for (Object e : entries) if (e instanceof Node) return true;
        return false;
    }

    static boolean hasMasks(List<Object> entries) {
        for (Object e : entries) if (e instanceof Node n && n.dtype() == DType.BOOL) return true;
        return false;
    }

    /** The entries as basic indices (there are no arrays). */
    static Index[] basic(List<Object> entries) {
        return entries.toArray(new Index[0]);
    }

    /** {@code x[index]}: a view when the index is basic, a mask selection for a lone mask, a gather otherwise. */
    static NDArray get(NDArray a, Object... items) {
        List<Object> entries = entries(items);
        Node x = a.node();
        if (!hasArrays(entries)) return new NDArray(Views.index(x, basic(entries)));
        if (entries.size() == 1 && entries.getFirst() instanceof Node m && m.dtype() == DType.BOOL) return a.get(new NDArray(m));
        if (!hasMasks(entries)) return new NDArray(gather(x, entries));
        masks(entries, x.shape(), false);
        return NDArray.deferred(() -> gather(x, masks(entries, x.shape(), true)));
    }

    private static Node gather(Node x, List<Object> entries) {
        Resolved r = resolve(x.shape(), entries);
        return Gather.node(Views.apply(x, r.view()), r.first(), r.sourceAxes(), r.arrays());
    }

    /**
     * An index whose arrays are integer arrays: the view of the indexed array its basic entries give
     * (axes permuted when the arrays are separated), and the arrays for its k axes from {@code first},
     * with the axis of the indexed array each one stands for (for error messages).
     */
    record Resolved(UnaryOperator<Layout> view, int first, List<Integer> sourceAxes, Node[] arrays) {}

    static Resolved resolve(long[] shape, List<Object> entries) {
        int consumed = 0, ellipses = 0;
        for (Object e : entries) {
            if (e instanceof Node || e instanceof Index.At || e instanceof Index.Slice) consumed++;
            if (e instanceof Index.Ellipsis) ellipses++;
        }
        if (ellipses > 1) throw new IndexOutOfBoundsException("an index can only have a single ellipsis ('...')");
        if (consumed > shape.length) {
            throw new IndexOutOfBoundsException("too many indices for array: array is " + shape.length
                    + "-dimensional, but " + consumed + " were indexed");
        }
        int fill = shape.length - consumed;
        List<Index> basic = new ArrayList<>();
        List<Integer> at = new ArrayList<>(), sourceAxes = new ArrayList<>();
        List<Node> arrays = new ArrayList<>();
        int axis = 0, source = 0, firstEntry = -1, lastEntry = -1;
        for (int k = 0; k < entries.size(); k++) {
            Object e = entries.get(k);
            if (e instanceof Node || e instanceof Index.At) {
                if (firstEntry < 0) firstEntry = k;
                lastEntry = k;
                Node array = e instanceof Node n ? n : integer(((Index.At) e).index(), source, shape[source]);
                basic.add(Index.ALL);
                at.add(axis++);
                sourceAxes.add(source++);
                arrays.add(array);
                continue;
            }
            basic.add((Index) e);
            switch ((Index) e) {
                case Index.Slice s -> { axis++; source++; }
                case Index.NewAxis n -> axis++;
                case Index.Ellipsis el -> { axis += fill; source += fill; }
                case Index.At i -> throw new IllegalStateException("handled above");
            }
        }
        // NumPy's message lists the arrays' shapes, not the integers'.
        Gather.indexShape(entries.stream().filter(e -> e instanceof Node n && n.ndim() > 0).toArray(Node[]::new));
        int rank = axis + (ellipses == 0 ? fill : 0);
        // Together means next to each other in the index as written: an ellipsis between two arrays separates them even when it stands for no axis.
        boolean together = lastEntry - firstEntry == at.size() - 1;
        int[] order = together ? null : frontFirst(at, rank);
        Index[] view = basic.toArray(new Index[0]);
        UnaryOperator<Layout> change = l -> {
            Layout v = Views.index(l, view);
            return order == null ? v : v.permute(order);
        };
        return new Resolved(change, together ? at.getFirst() : 0, sourceAxes, arrays.toArray(new Node[0]));
    }

    /** An integer entry among arrays: a 0-d index array, checked now since its value is known. */
    private static Node integer(long index, int axis, long size) {
        if (index < -size || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " is out of bounds for axis " + axis + " with size " + size);
        }
        return Nodes.constant(DType.INT64, index);
    }

    /** The permutation putting the axes {@code at} first, the others after them in order. */
    private static int[] frontFirst(List<Integer> at, int rank) {
        int[] order = new int[rank];
        int k = 0;
        for (int a : at) order[k++] = a;
        for (int a = 0; a < rank; a++) if (!at.contains(a)) order[k++] = a;
        return order;
    }

    /**
     * Checks each boolean mask against the axes it covers (NumPy's IndexError texts) and, when
     * {@code resolve}, replaces it with the rows of its nonzero(): its true values are counted now,
     * which computes the mask.
     */
    static List<Object> masks(List<Object> entries, long[] shape, boolean resolve) {
        int consumed = 0;
        for (Object e : entries) {
            if (e instanceof Node n) consumed += n.dtype() == DType.BOOL ? n.ndim() : 1;
            else if (e instanceof Index.At || e instanceof Index.Slice) consumed++;
        }
        if (consumed > shape.length) {
            throw new IndexOutOfBoundsException("too many indices for array: array is " + shape.length
                    + "-dimensional, but " + consumed + " were indexed");
        }
        List<Object> out = new ArrayList<>();
        int source = 0;
        for (Object e : entries) {
            if (!(e instanceof Node m && m.dtype() == DType.BOOL)) {
                out.add(e);
                if (e instanceof Index.Ellipsis) source += shape.length - consumed;
                else if (!(e instanceof Index.NewAxis)) source++;
                continue;
            }
            if (m.ndim() == 0) throw new IllegalArgumentException("a 0-d boolean index next to other indices is not supported");
            for (int k = 0; k < m.ndim(); k++) {
                if (m.dim(k) != shape[source + k]) {
                    throw new IndexOutOfBoundsException("boolean index did not match indexed array along axis " + (source + k)
                            + "; size of axis is " + shape[source + k] + " but size of corresponding boolean axis is " + m.dim(k));
                }
            }
            source += m.ndim();
            if (resolve) out.addAll(List.of(nonzeroRows(m)));
        }
        return out;
    }

    /** NumPy's {@code np.nonzero(mask)}: one int64 array per axis, its true values counted now. */
    static Node[] nonzeroRows(Node mask) {
        Node all = Nonzero.node(mask, Materializer.read(mask, Compress::count));
        Node[] rows = new Node[mask.ndim()];
        for (int d = 0; d < rows.length; d++) rows[d] = Views.index(all, Index.at(d));
        return rows;
    }
}
