package org.ndjit.codegen.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;
import org.ndjit.codegen.RowDots;
import org.ndjit.codegen.StridedMatrix;
import org.ndjit.DType;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * The matrix-vector product {@code y = M x} of an M whose columns are adjacent (a C-order {@code X} in
 * {@code X @ w}), with lanes across rows: four rows' sums in one vector, so each row's sum is still
 * the fused multiply-adds in the order of {@code p} from {@code +0.0}, the bits of {@link RowDots}
 * and of the packed kernel. Each step reads four columns of four rows and transposes them into four
 * column vectors: the in-lane half of the transpose is done by the loads (the second and fourth rows
 * are read one element early, so their element p lands in the odd lanes, and a blend takes the odd
 * lanes), the half across the 128-bit halves by one lane-crossing swap per pair of columns and
 * blends. On a Zen3 core, 10,000 x 20 float64, one thread: 59 us, against 65 with the in-lane half
 * done by swaps and blends too, 69 with two swaps and two blends per column, and {@link RowDots}'s
 * 125-130. Eight rows at a time (two accumulators): sixteen (four) made C2 box the vectors (245 us).
 * A last step that would run past the columns overlaps the one before and adds only its new columns.
 * <p>
 * The loads reach one element before a row and one past a step's four columns: inside the block's
 * rows when {@code rowStride >= k} ({@link #applies}), and dropped by the blends.
 */
final class RowLanes {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_256;
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_128;
    private static final ValueLayout.OfDouble DE = ValueLayout.JAVA_DOUBLE_UNALIGNED;
    private static final ValueLayout.OfFloat FE = ValueLayout.JAVA_FLOAT_UNALIGNED;
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    private static final VectorMask<Double> D_ODD = VectorMask.fromValues(D, false, true, false, true), D_HIGH = VectorMask.fromValues(D, false, false, true, true);
    private static final VectorShuffle<Double> D_HALVES = VectorShuffle.fromValues(D, 2, 3, 0, 1);
    private static final VectorMask<Float> F_ODD = VectorMask.fromValues(F, false, true, false, true), F_HIGH = VectorMask.fromValues(F, false, false, true, true);
    private static final VectorShuffle<Float> F_HALVES = VectorShuffle.fromValues(F, 2, 3, 0, 1);
    /** Rows per block, and the fewest columns a step reads. */
    private static final int ROWS = 8, STEP = 4;
    /** Each thread's copy of x, which the steps broadcast from: a heap array's reads are cheaper than the segment's, whose checks C2 keeps in short loops. */
    private static final ThreadLocal<double[]> X64 = ThreadLocal.withInitial(() -> new double[0]);
    private static final ThreadLocal<float[]> X32 = ThreadLocal.withInitial(() -> new float[0]);

    private RowLanes() {}

    /**
     * True when {@link #run} may read M: adjacent columns, rows that do not overlap, a step's columns,
     * four lanes of the dtype, and no scale (a multiply per column vector cost 15%: scaled products
     * stay with {@link RowDots}).
     */
    static boolean applies(boolean f32, StridedMatrix m, double scale, int k) {
        return scale == 1 && m.colStride() == 1 && m.rowStride() >= k && k >= STEP && PanamaProvider.lanes(f32 ? DType.FLOAT32 : DType.FLOAT64) >= 4;
    }

    /** {@code y[o] = sum_p M[o, p] x[p]} for rows {@code [o0, o1)}, y contiguous; see {@link #applies}. */
    static void run(boolean f32, StridedMatrix m, int k, StridedMatrix x, StridedMatrix y, int o0, int o1) {
        int o = f32 ? floats(m, k, x, y, o0, o1) : doubles(m, k, x, y, o0, o1);
        if (o < o1) RowDots.run(f32, m, 1, k, x, y, o, o1);
    }

    /** Whole blocks of rows from {@code o0}; returns the first row not done. */
    private static int doubles(StridedMatrix m, int k, StridedMatrix x, StridedMatrix y, int o0, int o1) {
        MemorySegment ms = m.segment(), ys = y.segment();
        double[] xs = X64.get();
        if (xs.length < k) X64.set(xs = new double[k]);
        for (int p = 0; p < k; p++) xs[p] = x.segment().getAtIndex(DE, x.at(p, 0));
        long rb = m.rowStride() * 8, half = 4 * rb, m0 = m.at(0, 0) * 8, y0 = y.at(0, 0) * 8; // y.at per block cost 10%
        int o = o0;
        for (; o + ROWS <= o1; o += ROWS) {
            DoubleVector c0 = DoubleVector.zero(D), c1 = c0;
            long a = m0 + o * rb;
            for (int p = 0; p < k; p += STEP) {
                int q = Math.min(p, k - STEP), done = p - q; // the last step may overlap the one before: its first columns are added already
                long at = a + 8L * q;
                DoubleVector e0 = DoubleVector.broadcast(D, xs[q]), e1 = DoubleVector.broadcast(D, xs[q + 1]), e2 = DoubleVector.broadcast(D, xs[q + 2]), e3 = DoubleVector.broadcast(D, xs[q + 3]);
                // rows a..d: t0 = (a[p] b[p] a[p+2] b[p+2]), t1 the same from p + 1, t2 and t3 of rows c and d
                DoubleVector t0 = load(ms, at).blend(load(ms, at + rb - 8), D_ODD), t1 = load(ms, at + 8).blend(load(ms, at + rb), D_ODD);
                DoubleVector t2 = load(ms, at + 2 * rb).blend(load(ms, at + 3 * rb - 8), D_ODD), t3 = load(ms, at + 2 * rb + 8).blend(load(ms, at + 3 * rb), D_ODD);
                DoubleVector u = t0.blend(t2, D_HIGH), h = t2.blend(t0, D_HIGH).rearrange(D_HALVES); // (t0.lo t2.hi), (t0.hi t2.lo)
                DoubleVector v = t1.blend(t3, D_HIGH), g = t3.blend(t1, D_HIGH).rearrange(D_HALVES);
                if (done == 0) c0 = u.blend(h, D_HIGH).fma(e0, c0); // (t0.lo t2.lo): column p
                if (done <= 1) c0 = v.blend(g, D_HIGH).fma(e1, c0);
                if (done <= 2) c0 = h.blend(u, D_HIGH).fma(e2, c0); // (t0.hi t2.hi): column p + 2
                c0 = g.blend(v, D_HIGH).fma(e3, c0);
                at += half; // rows e..h: the same steps written out again, since C2 boxed the vectors of a helper method (5-25x slower)
                t0 = load(ms, at).blend(load(ms, at + rb - 8), D_ODD);
                t1 = load(ms, at + 8).blend(load(ms, at + rb), D_ODD);
                t2 = load(ms, at + 2 * rb).blend(load(ms, at + 3 * rb - 8), D_ODD);
                t3 = load(ms, at + 2 * rb + 8).blend(load(ms, at + 3 * rb), D_ODD);
                u = t0.blend(t2, D_HIGH);
                h = t2.blend(t0, D_HIGH).rearrange(D_HALVES);
                v = t1.blend(t3, D_HIGH);
                g = t3.blend(t1, D_HIGH).rearrange(D_HALVES);
                if (done == 0) c1 = u.blend(h, D_HIGH).fma(e0, c1);
                if (done <= 1) c1 = v.blend(g, D_HIGH).fma(e1, c1);
                if (done <= 2) c1 = h.blend(u, D_HIGH).fma(e2, c1);
                c1 = g.blend(v, D_HIGH).fma(e3, c1);
            }
            long to = y0 + o * 8L;
            c0.intoMemorySegment(ys, to, ORDER);
            c1.intoMemorySegment(ys, to + 32, ORDER);
        }
        return o;
    }

    private static DoubleVector load(MemorySegment ms, long at) {
        return DoubleVector.fromMemorySegment(D, ms, at, ORDER);
    }

    /** {@link #doubles} with float for double, four lanes of 128 bits. */
    private static int floats(StridedMatrix m, int k, StridedMatrix x, StridedMatrix y, int o0, int o1) {
        MemorySegment ms = m.segment(), ys = y.segment();
        float[] xs = X32.get();
        if (xs.length < k) X32.set(xs = new float[k]);
        for (int p = 0; p < k; p++) xs[p] = x.segment().getAtIndex(FE, x.at(p, 0));
        long rb = m.rowStride() * 4, half = 4 * rb, m0 = m.at(0, 0) * 4, y0 = y.at(0, 0) * 4; // y.at per block cost 10%
        int o = o0;
        for (; o + ROWS <= o1; o += ROWS) {
            FloatVector c0 = FloatVector.zero(F), c1 = c0;
            long a = m0 + o * rb;
            for (int p = 0; p < k; p += STEP) {
                int q = Math.min(p, k - STEP), done = p - q; // the last step may overlap the one before: its first columns are added already
                long at = a + 4L * q;
                FloatVector e0 = FloatVector.broadcast(F, xs[q]), e1 = FloatVector.broadcast(F, xs[q + 1]), e2 = FloatVector.broadcast(F, xs[q + 2]), e3 = FloatVector.broadcast(F, xs[q + 3]);
                // rows a..d: t0 = (a[p] b[p] a[p+2] b[p+2]), t1 the same from p + 1, t2 and t3 of rows c and d
                FloatVector t0 = loadFloats(ms, at).blend(loadFloats(ms, at + rb - 4), F_ODD), t1 = loadFloats(ms, at + 4).blend(loadFloats(ms, at + rb), F_ODD);
                FloatVector t2 = loadFloats(ms, at + 2 * rb).blend(loadFloats(ms, at + 3 * rb - 4), F_ODD), t3 = loadFloats(ms, at + 2 * rb + 4).blend(loadFloats(ms, at + 3 * rb), F_ODD);
                FloatVector u = t0.blend(t2, F_HIGH), h = t2.blend(t0, F_HIGH).rearrange(F_HALVES); // (t0.lo t2.hi), (t0.hi t2.lo)
                FloatVector v = t1.blend(t3, F_HIGH), g = t3.blend(t1, F_HIGH).rearrange(F_HALVES);
                if (done == 0) c0 = u.blend(h, F_HIGH).fma(e0, c0); // (t0.lo t2.lo): column p
                if (done <= 1) c0 = v.blend(g, F_HIGH).fma(e1, c0);
                if (done <= 2) c0 = h.blend(u, F_HIGH).fma(e2, c0); // (t0.hi t2.hi): column p + 2
                c0 = g.blend(v, F_HIGH).fma(e3, c0);
                at += half; // rows e..h: the same steps written out again, since C2 boxed the vectors of a helper method (5-25x slower)
                t0 = loadFloats(ms, at).blend(loadFloats(ms, at + rb - 4), F_ODD);
                t1 = loadFloats(ms, at + 4).blend(loadFloats(ms, at + rb), F_ODD);
                t2 = loadFloats(ms, at + 2 * rb).blend(loadFloats(ms, at + 3 * rb - 4), F_ODD);
                t3 = loadFloats(ms, at + 2 * rb + 4).blend(loadFloats(ms, at + 3 * rb), F_ODD);
                u = t0.blend(t2, F_HIGH);
                h = t2.blend(t0, F_HIGH).rearrange(F_HALVES);
                v = t1.blend(t3, F_HIGH);
                g = t3.blend(t1, F_HIGH).rearrange(F_HALVES);
                if (done == 0) c1 = u.blend(h, F_HIGH).fma(e0, c1);
                if (done <= 1) c1 = v.blend(g, F_HIGH).fma(e1, c1);
                if (done <= 2) c1 = h.blend(u, F_HIGH).fma(e2, c1);
                c1 = g.blend(v, F_HIGH).fma(e3, c1);
            }
            long to = y0 + o * 4L;
            c0.intoMemorySegment(ys, to, ORDER);
            c1.intoMemorySegment(ys, to + 16, ORDER);
        }
        return o;
    }

    private static FloatVector loadFloats(MemorySegment ms, long at) {
        return FloatVector.fromMemorySegment(F, ms, at, ORDER);
    }
}
