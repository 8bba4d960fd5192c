package org.ndjit;

import org.ndjit.engine.MemoryPool;
import org.ndjit.ir.Buffer;
import org.ndjit.ir.DType;
import org.ndjit.ir.Layout;
import org.ndjit.ir.OffsetIterator;
import org.ndjit.ir.StridedArray;

import java.lang.foreign.MemorySegment;

/**
 * A new array of some rows (sub-arrays along axis 0) of another, in the order an index list gives,
 * rows repeated as often as listed: what {@link Random#choice} and {@link Random#permutation} return.
 * The source is computed once; its rows are copied whole (a strided source is first made contiguous).
 */
final class RowGather {
    private RowGather() {}

    /** Rows {@code index} of {@code a}, as an array of shape {@code leading + a.shape[1:]} (leading's size is index.length). */
    static NDArray rows(NDArray a, long[] index, long[] leading) {
        long[] shape = a.shape();
        long[] out = new long[leading.length + shape.length - 1];
        System.arraycopy(leading, 0, out, 0, leading.length);
        System.arraycopy(shape, 1, out, leading.length, shape.length - 1);
        long rowLength = 1;
        for (int d = 1; d < shape.length; d++) rowLength *= shape[d];
        long rowElements = rowLength;
        Buffer result = a.read(v -> {
            DType dtype = v.dtype();
            long item = dtype.itemSize(), rowBytes = rowElements * item;
            MemorySegment src = contiguous(v);
            long start = v.layout().isContiguous() ? v.layout().offset() * item : 0;
            Buffer b = MemoryPool.shared().buffer(dtype, index.length * rowElements, false);
            for (int i = 0; i < index.length; i++) {
                MemorySegment.copy(src, start + index[i] * rowBytes, b.segment(), i * rowBytes, rowBytes);
            }
            return b;
        });
        return NDArray.owning(result, out);
    }

    /** The value's memory when it is contiguous, else a contiguous copy of its elements in C order. */
    private static MemorySegment contiguous(StridedArray v) {
        Layout layout = v.layout();
        if (layout.isContiguous()) return v.buffer().segment();
        long item = v.dtype().itemSize(), size = v.size();
        MemorySegment copy = MemorySegment.ofArray(new byte[Math.toIntExact(size * item)]);
        OffsetIterator at = new OffsetIterator(layout);
        MemorySegment src = v.buffer().segment();
        for (long i = 0; i < size; i++) MemorySegment.copy(src, at.next() * item, copy, i * item, item);
        return copy;
    }
}
