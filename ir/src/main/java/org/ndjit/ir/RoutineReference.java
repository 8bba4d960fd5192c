package org.ndjit.ir;

import org.ndjit.DType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The meaning of the routine ops (see {@link RoutineNodes}), in plain loops: each line along the
 * axis is read, sorted with a library stable sort and a comparator of {@link SortOrder}, scanned
 * element by element in order, or binary-searched. The engine's routines are tested against this.
 */
public final class RoutineReference {
    private RoutineReference() {}

    static StridedArray evaluate(Node n, Function<Node, StridedArray> values) {
        StridedArray x = values.apply(n.src(0));
        return switch (n.op()) {
            case SORT, ARGSORT, PARTITION -> sort(n, x);
            case CUMSUM, CUMPROD -> scan(n, x);
            case SEARCHSORTED -> searchsorted(n, x, values.apply(n.src(1)));
            default -> throw new IllegalStateException("not a routine: " + n);
        };
    }

    /** Visits each line along {@code axis}: its first storage offset in the input and in the contiguous output. */
    private interface LineVisitor {
        void line(long in, long out);
    }

    private static void forEachLine(Layout in, long[] outShape, int axis, LineVisitor visitor) {
        int[] axes = {axis};
        Layout inLines = in.withoutAxes(axes), outLines = Layout.contiguous(outShape).withoutAxes(axes);
        if (in.size() == 0) return;
        OffsetIterator i = new OffsetIterator(inLines), o = new OffsetIterator(outLines);
        for (long k = 0; k < inLines.size(); k++) visitor.line(i.next(), o.next());
    }

    /** A sort, an argsort, or a partition: the sorted line at its positions. */
    private static StridedArray sort(Node n, StridedArray x) {
        TakeIndices kth = n.op() == Op.PARTITION ? (TakeIndices) n.arg() : null;
        int axis = kth != null ? kth.axis() : ((AlongAxis) n.arg()).axis();
        StridedArray out = StridedArray.allocate(n.dtype(), n.shape());
        long len = x.layout().dim(axis), step = x.layout().stride(axis), outStep = Shapes.contiguousStrides(n.shape())[axis];
        Buffer in = x.buffer(), o = out.buffer();
        forEachLine(x.layout(), n.shape(), axis, (base, outBase) -> {
            List<Long> order = new ArrayList<>();
            for (long k = 0; k < len; k++) order.add(k);
            order.sort((i, j) -> SortOrder.compare(in, base + i * step, base + j * step));
            for (int k = 0; k < (kth != null ? kth.count() : len); k++) {
                long from = base + order.get(kth != null ? (int) kth.index(k) : k) * step, to = outBase + k * outStep;
                if (n.op() == Op.ARGSORT) o.setLong(to, order.get(k));
                else if (n.dtype().isFloat()) o.setDouble(to, in.getDouble(from));
                else o.setLong(to, in.getLong(from));
            }
        });
        return out;
    }

    private static StridedArray scan(Node n, StridedArray x) {
        int axis = ((AlongAxis) n.arg()).axis();
        StridedArray out = StridedArray.allocate(n.dtype(), n.shape());
        long len = x.layout().dim(axis), step = x.layout().stride(axis), outStep = Shapes.contiguousStrides(n.shape())[axis];
        Op op = n.op() == Op.CUMSUM ? Op.ADD : Op.MUL;
        boolean f32 = n.dtype() != DType.FLOAT64, f16 = n.dtype() == DType.FLOAT16;
        Buffer in = x.buffer(), o = out.buffer();
        forEachLine(x.layout(), n.shape(), axis, (base, outBase) -> {
            if (n.dtype().isFloat()) {
                double acc = 0;
                for (long k = 0; k < len; k++) {
                    double v = in.getDouble(base + k * step);
                    acc = k == 0 ? v : ScalarMath.binaryFloat(op, acc, v, f32);
                    if (f32) acc = (float) acc; // float32 accumulates in float32, rounding at every step
                    if (f16) acc = Float16.toFloat(Float.floatToFloat16((float) acc)); // float16 rounds each output to float16 (NumPy's accumulate)
                    o.setDouble(outBase + k * outStep, acc);
                }
            } else {
                long acc = 0;
                for (long k = 0; k < len; k++) {
                    long v = in.getLong(base + k * step);
                    acc = k == 0 ? v : ScalarMath.binaryInt(op, acc, v);
                    o.setLong(outBase + k * outStep, acc);
                }
            }
        });
        return out;
    }

    /** NumPy's binary search: the count of a's elements before v (left), or before or equal to it (right), when a is sorted. */
    private static StridedArray searchsorted(Node n, StridedArray a, StridedArray v) {
        StridedArray out = StridedArray.allocate(DType.INT64, n.shape());
        boolean right = n.arg() == SearchSide.RIGHT;
        long len = a.size();
        for (long f = 0; f < v.size(); f++) {
            long lo = 0, hi = len;
            while (lo < hi) {
                long mid = lo + ((hi - lo) >> 1);
                int c = a.dtype().isFloat() ? SortOrder.compareFloat(a.getDoubleFlat(mid), v.getDoubleFlat(f))
                                            : SortOrder.compareInt(a.dtype(), a.getLongFlat(mid), v.getLongFlat(f));
                if (right ? c <= 0 : c < 0) lo = mid + 1;
                else hi = mid;
            }
            out.buffer().setLong(f, lo);
        }
        return out;
    }
}
