package org.ndjit.ir;

/**
 * Walks the storage offsets of a strided view in C order of its logical shape: an odometer over the
 * multi-index, updating the offset by one stride per step (amortised O(1), no division).
 */
public final class OffsetIterator {
    private final long[] shape;
    private final long[] strides;
    private final long[] index;
    private final int last;
    private final long lastDim;
    private final long lastStride;
    private long offset;

    /** Iterates {@code layout}'s elements; its shape must be non-empty for {@link #next()} to be called. */
    public OffsetIterator(Layout layout) {
        this(layout, 0);
    }

    /** Iterates {@code layout}'s elements from the one at flat C-order position {@code start}. */
    public OffsetIterator(Layout layout, long start) {
        this.shape = layout.shape();
        this.strides = layout.strides();
        this.index = new long[shape.length];
        this.last = shape.length - 1;
        this.lastDim = last >= 0 ? shape[last] : 1;
        this.lastStride = last >= 0 ? strides[last] : 0;
        this.offset = start == 0 ? layout.offset() : layout.offsetOfFlat(start);
        for (int d = last; d >= 0 && start > 0; d--) {
            index[d] = start % shape[d];
            start /= shape[d];
        }
    }

    /** Returns the current offset and advances; call at most size() times. */
    public long next() {
        long current = offset;
        if (last < 0) return current;
        if (++index[last] < lastDim) {
            offset += lastStride;
            return current;
        }
        offset -= (lastDim - 1) * lastStride;
        index[last] = 0;
        for (int d = last - 1; d >= 0; d--) {
            if (++index[d] < shape[d]) {
                offset += strides[d];
                return current;
            }
            offset -= (shape[d] - 1) * strides[d];
            index[d] = 0;
        }
        return current;
    }
}
