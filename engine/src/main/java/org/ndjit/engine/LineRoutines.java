package org.ndjit.engine;

import org.ndjit.ir.AlongAxis;
import org.ndjit.DType;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Op;
import org.ndjit.ir.Shapes;
import org.ndjit.ir.StridedArray;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Reference;
import java.util.Arrays;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

/**
 * sort, argsort, cumsum and cumprod along an axis: each line is copied into a Java array, sorted or
 * scanned there, and written to its place in the C-order output. Lines run in parallel (whole lines
 * per thread, so the result does not depend on the split); one long line is sorted by
 * {@link Arrays#parallelSort}. Values sort with the JDK's primitive sorts, then the zeros and NaNs,
 * which those order by bits (-0.0 first) or not at all, are rewritten in their input order, which is
 * what the reference's stable sort gives; positions sort as packed (key, position) longs or, for
 * 64-bit keys, by {@link SortKeys#sortStable}. Scans add in order, as the reference does.
 */
final class LineRoutines {
    /** A single line at least this long is sorted on several threads. */
    private static final int PARALLEL_SORT = 1 << 17;

    private LineRoutines() {}

    static StridedArray run(Node node, StridedArray x) {
        int axis = ((AlongAxis) node.arg()).axis();
        StridedArray out = MemoryPool.shared().allocate(node.dtype(), node.shape(), false);
        long len = x.layout().dim(axis);
        if (out.size() == 0) return out;
        if (len > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("cannot " + node.op().numpyName() + " lines of more than 2^31 elements, got " + len);
        int[] axes = {axis};
        Layout inLines = x.layout().withoutAxes(axes), outLines = Layout.contiguous(node.shape()).withoutAxes(axes);
        Lines lines = new Lines(node.op(), x.dtype(), (int) len, x.buffer().segment(), x.layout().stride(axis), out.buffer().segment(),
                Shapes.contiguousStrides(node.shape())[axis]);
        long count = inLines.size();
        boolean sorts = node.op() == Op.SORT || node.op() == Op.ARGSORT;
        long work = sorts ? len * (64 - Long.numberOfLeadingZeros(len)) : len;
        Cancellation cancel = Cancellation.current();
        Parallel.forEachRowRange(count, work, (first, end) -> {
            Scratch scratch = new Scratch((int) len, node.op(), x.dtype());
            for (long k = first; k < end; k++) {
                cancel.check();
                lines.run(inLines.offsetOfFlat(k), outLines.offsetOfFlat(k), scratch, count == 1);
            }
        });
        Reference.reachabilityFence(x);
        return out;
    }

    /** Per-thread line buffers: only those the routine and dtype use. */
    private static final class Scratch {
        final double[] d;
        final float[] f;
        final long[] l, keyTmp;
        final int[] i, idx, idxTmp;

        Scratch(int n, Op op, DType dtype) {
            boolean sort = op == Op.SORT, positions = op == Op.ARGSORT, wide = dtype == DType.FLOAT64 || dtype == DType.INT64;
            d = sort && dtype == DType.FLOAT64 ? new double[n] : null;
            f = sort && dtype == DType.FLOAT32 ? new float[n] : null;
            l = (sort && dtype == DType.INT64) || positions ? new long[n] : null;
            i = sort && dtype == DType.INT32 ? new int[n] : null;
            keyTmp = positions && wide ? new long[n] : null;
            idx = positions && wide ? new int[n] : null;
            idxTmp = positions && wide ? new int[n] : null;
        }
    }

    /** One routine over lines of {@code n} elements, {@code step} apart in the input and {@code outStep} in the output. */
    private record Lines(Op op, DType dtype, int n, MemorySegment in, long step, MemorySegment out, long outStep) {

        void run(long base, long outBase, Scratch s, boolean onlyLine) {
            switch (op) {
                case SORT -> sort(base, outBase, s, onlyLine);
                case ARGSORT -> argsort(base, outBase, s);
                default -> scan(base, outBase, s);
            }
        }

        private void sort(long base, long outBase, Scratch s, boolean onlyLine) {
            boolean parallel = onlyLine && n >= PARALLEL_SORT;
            switch (dtype) {
                case FLOAT64 -> {
                    for (int k = 0; k < n; k++) s.d[k] = in.getAtIndex(JAVA_DOUBLE_UNALIGNED, base + k * step);
                    if (parallel) Arrays.parallelSort(s.d, 0, n); else Arrays.sort(s.d, 0, n);
                    restoreZerosAndNaNs(base, s);
                    for (int k = 0; k < n; k++) out.setAtIndex(JAVA_DOUBLE_UNALIGNED, outBase + k * outStep, s.d[k]);
                }
                case FLOAT32 -> {
                    for (int k = 0; k < n; k++) s.f[k] = in.getAtIndex(JAVA_FLOAT_UNALIGNED, base + k * step);
                    if (parallel) Arrays.parallelSort(s.f, 0, n); else Arrays.sort(s.f, 0, n);
                    restoreZerosAndNaNs(base, s);
                    for (int k = 0; k < n; k++) out.setAtIndex(JAVA_FLOAT_UNALIGNED, outBase + k * outStep, s.f[k]);
                }
                case INT64 -> {
                    for (int k = 0; k < n; k++) s.l[k] = in.getAtIndex(JAVA_LONG_UNALIGNED, base + k * step);
                    if (parallel) Arrays.parallelSort(s.l, 0, n); else Arrays.sort(s.l, 0, n);
                    for (int k = 0; k < n; k++) out.setAtIndex(JAVA_LONG_UNALIGNED, outBase + k * outStep, s.l[k]);
                }
                case INT32 -> {
                    for (int k = 0; k < n; k++) s.i[k] = in.getAtIndex(JAVA_INT_UNALIGNED, base + k * step);
                    if (parallel) Arrays.parallelSort(s.i, 0, n); else Arrays.sort(s.i, 0, n);
                    for (int k = 0; k < n; k++) out.setAtIndex(JAVA_INT_UNALIGNED, outBase + k * outStep, s.i[k]);
                }
                case BOOL -> {
                    int trues = 0;
                    for (int k = 0; k < n; k++) trues += in.get(JAVA_BYTE, base + k * step) != 0 ? 1 : 0;
                    for (int k = 0; k < n; k++) out.set(JAVA_BYTE, outBase + k * outStep, (byte) (k >= n - trues ? 1 : 0));
                }
            }
        }

        /**
         * The JDK's float sorts put -0.0 before 0.0 and NaNs at the end in no set order; a stable sort
         * keeps both in input order. The sorted zeros and NaNs are runs, refilled from the input in order.
         */
        private void restoreZerosAndNaNs(long base, Scratch s) {
            boolean f64 = dtype == DType.FLOAT64;
            int zero = -1, nan = n;
            while (nan > 0 && (f64 ? Double.isNaN(s.d[nan - 1]) : Float.isNaN(s.f[nan - 1]))) nan--;
            int lo = 0, hi = nan;
            while (lo < hi) { // the first element >= 0
                int mid = (lo + hi) >>> 1;
                if (f64 ? s.d[mid] < 0 : s.f[mid] < 0) lo = mid + 1; else hi = mid;
            }
            if (lo < nan && (f64 ? s.d[lo] == 0 : s.f[lo] == 0)) zero = lo;
            if (zero < 0 && nan == n) return;
            for (int k = 0; k < n; k++) {
                long at = base + k * step;
                if (f64) {
                    double v = in.getAtIndex(JAVA_DOUBLE_UNALIGNED, at);
                    if (v == 0) s.d[zero++] = v;
                    else if (v != v) s.d[nan++] = v;
                } else {
                    float v = in.getAtIndex(JAVA_FLOAT_UNALIGNED, at);
                    if (v == 0) s.f[zero++] = v;
                    else if (v != v) s.f[nan++] = v;
                }
            }
        }

        private void argsort(long base, long outBase, Scratch s) {
            if (dtype == DType.FLOAT64 || dtype == DType.INT64) {
                for (int k = 0; k < n; k++) {
                    long at = base + k * step;
                    s.l[k] = dtype == DType.INT64 ? in.getAtIndex(JAVA_LONG_UNALIGNED, at) : SortKeys.of(in.getAtIndex(JAVA_DOUBLE_UNALIGNED, at));
                    s.idx[k] = k;
                }
                SortKeys.sortStable(s.l, s.idx, n, s.keyTmp, s.idxTmp);
                for (int k = 0; k < n; k++) out.setAtIndex(JAVA_LONG_UNALIGNED, outBase + k * outStep, s.idx[k]);
                return;
            }
            // A 32-bit key and a position packed in one long: a plain sort of the longs is stable.
            for (int k = 0; k < n; k++) {
                long at = base + k * step;
                int key = switch (dtype) {
                    case FLOAT32 -> SortKeys.of(in.getAtIndex(JAVA_FLOAT_UNALIGNED, at));
                    case INT32 -> in.getAtIndex(JAVA_INT_UNALIGNED, at);
                    default -> in.get(JAVA_BYTE, at) != 0 ? 1 : 0;
                };
                s.l[k] = ((long) key << 32) | k;
            }
            Arrays.sort(s.l, 0, n);
            for (int k = 0; k < n; k++) out.setAtIndex(JAVA_LONG_UNALIGNED, outBase + k * outStep, s.l[k] & 0xFFFF_FFFFL);
        }

        private void scan(long base, long outBase, Scratch s) {
            boolean sum = op == Op.CUMSUM;
            switch (dtype) {
                case FLOAT64 -> {
                    double acc = 0;
                    for (int k = 0; k < n; k++) {
                        double v = in.getAtIndex(JAVA_DOUBLE_UNALIGNED, base + k * step);
                        acc = k == 0 ? v : sum ? acc + v : acc * v;
                        out.setAtIndex(JAVA_DOUBLE_UNALIGNED, outBase + k * outStep, acc);
                    }
                }
                case FLOAT32 -> {
                    float acc = 0;
                    for (int k = 0; k < n; k++) {
                        float v = in.getAtIndex(JAVA_FLOAT_UNALIGNED, base + k * step);
                        acc = k == 0 ? v : sum ? acc + v : acc * v;
                        out.setAtIndex(JAVA_FLOAT_UNALIGNED, outBase + k * outStep, acc);
                    }
                }
                case INT64, INT32 -> {
                    boolean i64 = dtype == DType.INT64;
                    long acc = 0;
                    for (int k = 0; k < n; k++) {
                        long at = base + k * step;
                        long v = i64 ? in.getAtIndex(JAVA_LONG_UNALIGNED, at) : in.getAtIndex(JAVA_INT_UNALIGNED, at);
                        acc = k == 0 ? v : sum ? acc + v : acc * v;
                        if (i64) out.setAtIndex(JAVA_LONG_UNALIGNED, outBase + k * outStep, acc);
                        else out.setAtIndex(JAVA_INT_UNALIGNED, outBase + k * outStep, (int) acc);
                    }
                }
                case BOOL -> throw new IllegalStateException("a scan of bools is built on int64");
            }
        }
    }
}
