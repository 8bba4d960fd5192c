package org.ndjit.ir;

import java.util.List;
import java.util.function.LongConsumer;

/**
 * Integer-array ("fancy") indexing as one node, {@code GATHER(source, i_0, ..., i_{k-1})}: the index
 * arrays are broadcast together to a shape B, and position {@code (p, b, q)} of the result is the
 * source element {@code (p, i_0[b], ..., i_{k-1}[b], q)}, the arrays indexing the k consecutive axes
 * {@code [first, first + k)}. The result's shape is {@code source[:first] + B + source[first+k:]}.
 * Where NumPy puts B (where the arrays were, or first when they are separated by a slice) is the
 * caller's choice of {@code first} and of a permuted view as the source. Negative indices wrap; an
 * index out of range is NumPy's IndexError when the node is evaluated, naming the axis of the array
 * the user indexed ({@code sourceAxes}, one per index array).
 */
public record Gather(int first, List<Integer> sourceAxes) {
    public Gather {
        sourceAxes = List.copyOf(sourceAxes);
    }

    /** The checked node; index arrays must be integers whose shapes broadcast together. */
    public static Node node(Node source, int first, List<Integer> sourceAxes, Node... indices) {
        long[] b = indexShape(indices);
        int k = indices.length;
        if (k == 0 || sourceAxes.size() != k || first < 0 || first + k > source.ndim()) {
            throw new IllegalArgumentException(k + " index arrays at axis " + first + " do not fit an array of dimension " + source.ndim());
        }
        Node[] src = new Node[k + 1];
        src[0] = source;
        System.arraycopy(indices, 0, src, 1, k);
        return Node.of(Op.GATHER, source.dtype(), shape(source.shape(), first, k, b), new Gather(first, sourceAxes), src);
    }

    /** The shape the index arrays broadcast to, with NumPy's IndexError texts for non-integer or mismatched arrays. */
    public static long[] indexShape(Node... indices) {
        long[][] shapes = new long[indices.length][];
        for (int i = 0; i < indices.length; i++) {
            if (!indices[i].dtype().isInteger()) {
                throw new IndexOutOfBoundsException("arrays used as indices must be of integer (or boolean) type, got " + indices[i].dtype());
            }
            shapes[i] = indices[i].shape();
        }
        try {
            return Shapes.broadcast(shapes);
        } catch (IllegalArgumentException e) {
            StringBuilder sb = new StringBuilder("shape mismatch: indexing arrays could not be broadcast together with shapes");
            for (long[] s : shapes) sb.append(' ').append(Shapes.compact(s));
            throw new IndexOutOfBoundsException(sb.toString());
        }
    }

    /** {@code shape[:first] + b + shape[first+k:]}: the selection of k indexed axes starting at {@code first}. */
    public static long[] shape(long[] shape, int first, int k, long[] b) {
        long[] out = new long[shape.length - k + b.length];
        System.arraycopy(shape, 0, out, 0, first);
        System.arraycopy(b, 0, out, first, b.length);
        System.arraycopy(shape, first + k, out, first + b.length, shape.length - first - k);
        Shapes.size(out);
        return out;
    }

    static StridedArray evaluate(Node n, StridedArray source, StridedArray[] indices) {
        Gather g = (Gather) n.arg();
        StridedArray out = StridedArray.allocate(n.dtype(), n.shape());
        Buffer in = source.buffer(), o = out.buffer();
        boolean isFloat = n.dtype().isFloat();
        long[] written = {0};
        walk(source.layout(), g.first, indices.length, picks(source.layout(), g.first, g.sourceAxes, indices), at -> {
            if (isFloat) o.setDouble(written[0]++, in.getDouble(at));
            else o.setLong(written[0]++, in.getLong(at));
        });
        return out;
    }

    /**
     * The storage distance each position of the broadcast index arrays adds to the source's offset
     * (the sum over the arrays of the wrapped index times its axis's stride), checking every index
     * against its axis, array by array in C order, as NumPy does.
     */
    public static long[] picks(Layout source, int first, List<Integer> sourceAxes, StridedArray[] indices) {
        long[][] shapes = new long[indices.length][];
        for (int j = 0; j < indices.length; j++) shapes[j] = indices[j].shape();
        long[] b = Shapes.broadcast(shapes);
        long count = Shapes.size(b);
        if (count > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("more than 2^31 index positions are not supported: " + Shapes.tuple(b));
        // When the arrays broadcast to nothing NumPy still checks its 0-d ones (which it reads as integers); otherwise every element
        // of an array is visited below, its first occurrences in its own C order.
        for (int j = 0; j < indices.length && count == 0; j++) {
            if (indices[j].layout().ndim() > 0) continue;
            long len = source.dim(first + j);
            OffsetIterator it = new OffsetIterator(indices[j].layout());
            for (long p = 0; p < indices[j].size(); p++) wrapped(indices[j].buffer().getLong(it.next()), len, sourceAxes.get(j));
        }
        long[] picks = new long[(int) count];
        for (int j = 0; j < indices.length; j++) {
            long len = source.dim(first + j), stride = source.stride(first + j);
            Buffer values = indices[j].buffer();
            OffsetIterator it = new OffsetIterator(indices[j].layout().broadcastTo(b));
            int axis = sourceAxes.get(j);
            for (int p = 0; p < count; p++) picks[p] += wrapped(values.getLong(it.next()), len, axis) * stride;
        }
        return picks;
    }

    /** The index in [0, len): a negative one counts from the end; out of range is NumPy's IndexError. */
    private static long wrapped(long v, long len, int axis) {
        if (v < -len || v >= len) throw new IndexOutOfBoundsException("index " + v + " is out of bounds for axis " + axis + " with size " + len);
        return v < 0 ? v + len : v;
    }

    /**
     * Visits, in C order of the selection, the storage offset of each of its elements: the axes
     * before {@code first} of {@code source}, then each pick, then the axes after the indexed ones.
     */
    static void walk(Layout source, int first, int k, long[] picks, LongConsumer visit) {
        Layout before = source.onlyAxes(range(0, first));
        Layout after = source.withoutAxes(range(0, first + k)).withOffset(0);
        if (before.size() == 0 || after.size() == 0) return;
        OffsetIterator outer = new OffsetIterator(before);
        for (long p = 0; p < before.size(); p++) {
            long base = outer.next();
            for (long pick : picks) {
                OffsetIterator inner = new OffsetIterator(after);
                for (long q = 0; q < after.size(); q++) visit.accept(base + pick + inner.next());
            }
        }
    }

    static int[] range(int from, int to) {
        int[] out = new int[to - from];
        for (int i = 0; i < out.length; i++) out[i] = from + i;
        return out;
    }
}
