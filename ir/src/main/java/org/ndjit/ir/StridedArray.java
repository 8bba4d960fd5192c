package org.ndjit.ir;

import org.ndjit.DType;
/**
 * A materialized value: a layout over a buffer. Elements outside the layout are never read, and the
 * layout never reaches outside the buffer (checked here, once, so kernels need no bounds checks).
 */
public final class StridedArray {
    private final Buffer buffer;
    private final Layout layout;

    public StridedArray(Buffer buffer, Layout layout) {
        if (!layout.within(buffer.length())) {
            throw new IllegalArgumentException("view " + layout + " reaches outside a buffer of " + buffer.length() + " elements");
        }
        this.buffer = buffer;
        this.layout = layout;
    }

    /** A fresh zeroed contiguous array. */
    public static StridedArray allocate(DType dtype, long[] shape) {
        return new StridedArray(Buffer.allocate(dtype, Shapes.size(shape)), Layout.contiguous(shape));
    }

    public Buffer buffer() { return buffer; }
    public Layout layout() { return layout; }
    public DType dtype() { return buffer.dtype(); }
    public long[] shape() { return layout.shape(); }
    public long size() { return layout.size(); }

    public double getDoubleFlat(long flat) { return buffer.getDouble(layout.offsetOfFlat(flat)); }
    public long getLongFlat(long flat) { return buffer.getLong(layout.offsetOfFlat(flat)); }
    public boolean getBoolFlat(long flat) { return buffer.getBool(layout.offsetOfFlat(flat)); }

    /** This array under another view of its own elements (the view's storage indices are relative to this array's C order). */
    public StridedArray view(Layout ofContiguous) {
        if (!layout.isContiguous()) throw new IllegalStateException("view of a non-contiguous array needs a copy first");
        return new StridedArray(buffer, ofContiguous.withBase(layout.offset()));
    }
}
