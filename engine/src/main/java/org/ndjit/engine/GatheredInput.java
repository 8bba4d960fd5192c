package org.ndjit.engine;

import org.ndjit.ir.Buffer;
import org.ndjit.DType;
import org.ndjit.ir.Gather;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.OffsetIterator;
import org.ndjit.ir.Shapes;
import org.ndjit.ir.StridedArray;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.function.Function;

/**
 * A gather read in place by the kernel that consumes it ({@code x[idx] * 2}, see
 * {@link org.ndjit.codegen.KernelSpec#gathered}): two channels of the kernel, the source's elements
 * laid over the gather's shape (its strides on the axes before and after the indexed ones, 0 on the
 * index axes) and the picks, one storage distance per position of the broadcast index arrays (0
 * strides elsewhere), which the kernel adds to the first channel's position per element. The picks
 * are computed and every index checked before the kernel runs, so the kernel has no branch and an
 * out-of-range index is NumPy's IndexError, the reference's message. An index array that is a range
 * ({@code logp[Np.arange(n), y]}) is read from its positions, never written out.
 */
record GatheredInput(StridedArray values, StridedArray picks) {

    /** The two channels of gather {@code g} (values, picks), each over {@code g}'s shape. */
    static GatheredInput of(Node g, Function<Node, StridedArray> value) {
        Gather gather = (Gather) g.arg();
        StridedArray source = KernelRunner.read(g.src(0), value);
        int k = g.arity() - 1, first = gather.first();
        Layout[] index = new Layout[k];
        Buffer[] memory = new Buffer[k];
        long[][] shapes = new long[k][];
        for (int j = 0; j < k; j++) {
            Node idx = g.src(1 + j);
            if (Lower.isRange(idx)) {
                index[j] = KernelRunner.rangePositions(idx);
            } else {
                StridedArray a = KernelRunner.read(idx, value);
                index[j] = a.layout();
                memory[j] = a.buffer();
            }
            shapes[j] = index[j].shape();
        }
        long[] b = Shapes.broadcast(shapes);
        Buffer pickBuffer = picks(source.layout(), first, index, memory, b);
        if (pickBuffer == null) {
            // An index out of range: the reference raises NumPy's IndexError for the first one in its order. With no
            // positions NumPy still checks 0-d index arrays, which the reference does too.
            long[] picks = Gather.picks(source.layout(), first, gather.sourceAxes(), materialized(g, value));
            pickBuffer = Buffer.wrap(MemorySegment.ofArray(picks), DType.INT64, picks.length);
        }
        long[] shape = g.shape(), valueStrides = new long[shape.length], pickStrides = new long[shape.length];
        Layout src = source.layout();
        long[] bStrides = Layout.contiguous(b).strides();
        for (int d = 0; d < first; d++) valueStrides[d] = src.stride(d);
        for (int d = 0; d < b.length; d++) pickStrides[first + d] = bStrides[d];
        for (int d = first + b.length; d < shape.length; d++) valueStrides[d] = src.stride(d - b.length + k);
        return new GatheredInput(new StridedArray(source.buffer(), new Layout(shape, valueStrides, src.offset())),
                                 new StridedArray(pickBuffer, new Layout(shape, pickStrides, 0)));
    }

    /**
     * The storage distance of each position of the index arrays broadcast to {@code b} (C order), in
     * pool memory (native for large ones, like the arrays the kernel reads beside it): the sum over
     * the arrays of the wrapped index times its axis's stride; null if some index is out of range or
     * there are no positions (or too many): the reference then decides. {@code memory[j]} is null
     * for a range, whose values are the positions of its layout.
     */
    private static Buffer picks(Layout source, int first, Layout[] index, Buffer[] memory, long[] b) {
        long count = Shapes.size(b);
        if (count == 0 || count > Integer.MAX_VALUE - 8) return null;
        Buffer out = MemoryPool.shared().buffer(DType.INT64, count, false);
        MemorySegment picks = out.segment();
        for (int j = 0; j < index.length; j++) {
            long len = source.dim(first + j), stride = source.stride(first + j);
            Layout at = index[j].broadcastTo(b);
            boolean add = j > 0; // the first array writes every position, the others add to it
            if (memory[j] != null && memory[j].dtype() == DType.INT64 && b.length == 1) {
                // The common case, one typed loop: a 1-D int64 index (labels, classes). An int counter (count fits):
                // C2 hoists the bounds checks of int-counted loops, which took a sixth of x - centers[labels] with a long one.
                MemorySegment s = memory[j].segment();
                long pos = at.offset(), step = at.stride(0);
                for (int p = 0, n = (int) count; p < n; p++, pos += step) {
                    long v = s.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, pos);
                    if (v < -len || v >= len) return released(out);
                    long d = (v < 0 ? v + len : v) * stride;
                    picks.setAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, p, add ? picks.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, p) + d : d);
                }
                continue;
            }
            OffsetIterator it = new OffsetIterator(at);
            for (long p = 0; p < count; p++) {
                long pos = it.next(), v = memory[j] == null ? pos : memory[j].getLong(pos);
                if (v < -len || v >= len) return released(out);
                long d = (v < 0 ? v + len : v) * stride;
                picks.setAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, p, add ? picks.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, p) + d : d);
            }
        }
        return out;
    }

    private static Buffer released(Buffer picks) {
        picks.close("the picks of a gather with an index out of range were released");
        return null;
    }

    /** The index arrays written out (ranges by the reference), for the reference's checks and message. */
    private static StridedArray[] materialized(Node g, Function<Node, StridedArray> value) {
        StridedArray[] out = new StridedArray[g.arity() - 1];
        for (int j = 0; j < out.length; j++) out[j] = KernelRunner.read(g.src(1 + j), value);
        return out;
    }
}
