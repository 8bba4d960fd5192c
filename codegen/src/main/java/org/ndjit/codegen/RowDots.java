package org.ndjit.codegen;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The scalar matrix-vector product of {@link MatmulKernel#matrixVector}: the dot product of each row
 * of M with x, eight rows at a time (eight independent chains of fused multiply-adds hide their
 * latency; x's element is loaded once for the eight: about 1.5 times the speed of four chains).
 * Reads M in place with any strides.
 */
public final class RowDots {
    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT_UNALIGNED;
    private static final ValueLayout.OfDouble D = ValueLayout.JAVA_DOUBLE_UNALIGNED;

    private RowDots() {}

    /** {@code y[o] = sum_p (scale M[o, p]) x[p]} for rows {@code [o0, o1)}, see {@link MatmulKernel#matrixVector}. */
    public static void run(boolean f32, StridedMatrix m, double scale, int k, StridedMatrix x, StridedMatrix y, int o0, int o1) {
        if (f32) floats(m, (float) scale, k, x, y, o0, o1);
        else doubles(m, scale, k, x, y, o0, o1);
    }

    private static void doubles(StridedMatrix m, double scale, int k, StridedMatrix x, StridedMatrix y, int o0, int o1) {
        MemorySegment ms = m.segment(), xs = x.segment(), ys = y.segment();
        long mc = m.colStride(), xp = x.rowStride(), x0 = x.at(0, 0);
        boolean scaled = scale != 1; // invariant: C2 unswitches the loop, so an unscaled product runs no multiplies
        int o = o0;
        for (; o + 8 <= o1; o += 8) {
            long a = m.at(o, 0), rs = m.rowStride();
            double s0 = 0d, s1 = 0d, s2 = 0d, s3 = 0d, s4 = 0d, s5 = 0d, s6 = 0d, s7 = 0d;
            for (int p = 0; p < k; p++) {
                double v = xs.getAtIndex(D, x0 + p * xp);
                long q = a + p * mc;
                s0 = Math.fma(scaled ? ms.getAtIndex(D, q) * scale : ms.getAtIndex(D, q), v, s0);
                s1 = Math.fma(scaled ? ms.getAtIndex(D, q + rs) * scale : ms.getAtIndex(D, q + rs), v, s1);
                s2 = Math.fma(scaled ? ms.getAtIndex(D, q + 2 * rs) * scale : ms.getAtIndex(D, q + 2 * rs), v, s2);
                s3 = Math.fma(scaled ? ms.getAtIndex(D, q + 3 * rs) * scale : ms.getAtIndex(D, q + 3 * rs), v, s3);
                s4 = Math.fma(scaled ? ms.getAtIndex(D, q + 4 * rs) * scale : ms.getAtIndex(D, q + 4 * rs), v, s4);
                s5 = Math.fma(scaled ? ms.getAtIndex(D, q + 5 * rs) * scale : ms.getAtIndex(D, q + 5 * rs), v, s5);
                s6 = Math.fma(scaled ? ms.getAtIndex(D, q + 6 * rs) * scale : ms.getAtIndex(D, q + 6 * rs), v, s6);
                s7 = Math.fma(scaled ? ms.getAtIndex(D, q + 7 * rs) * scale : ms.getAtIndex(D, q + 7 * rs), v, s7);
            }
            ys.setAtIndex(D, y.at(o, 0), s0);
            ys.setAtIndex(D, y.at(o + 1, 0), s1);
            ys.setAtIndex(D, y.at(o + 2, 0), s2);
            ys.setAtIndex(D, y.at(o + 3, 0), s3);
            ys.setAtIndex(D, y.at(o + 4, 0), s4);
            ys.setAtIndex(D, y.at(o + 5, 0), s5);
            ys.setAtIndex(D, y.at(o + 6, 0), s6);
            ys.setAtIndex(D, y.at(o + 7, 0), s7);
        }
        for (; o < o1; o++) {
            long a = m.at(o, 0);
            double s = 0d;
            for (int p = 0; p < k; p++) s = Math.fma(ms.getAtIndex(D, a + p * mc) * scale, xs.getAtIndex(D, x0 + p * xp), s);
            ys.setAtIndex(D, y.at(o, 0), s);
        }
    }

    /** {@link #doubles} with float for double. */
    private static void floats(StridedMatrix m, float scale, int k, StridedMatrix x, StridedMatrix y, int o0, int o1) {
        MemorySegment ms = m.segment(), xs = x.segment(), ys = y.segment();
        long mc = m.colStride(), xp = x.rowStride(), x0 = x.at(0, 0);
        boolean scaled = scale != 1; // invariant: C2 unswitches the loop, so an unscaled product runs no multiplies
        int o = o0;
        for (; o + 8 <= o1; o += 8) {
            long a = m.at(o, 0), rs = m.rowStride();
            float s0 = 0f, s1 = 0f, s2 = 0f, s3 = 0f, s4 = 0f, s5 = 0f, s6 = 0f, s7 = 0f;
            for (int p = 0; p < k; p++) {
                float v = xs.getAtIndex(F, x0 + p * xp);
                long q = a + p * mc;
                s0 = Math.fma(scaled ? ms.getAtIndex(F, q) * scale : ms.getAtIndex(F, q), v, s0);
                s1 = Math.fma(scaled ? ms.getAtIndex(F, q + rs) * scale : ms.getAtIndex(F, q + rs), v, s1);
                s2 = Math.fma(scaled ? ms.getAtIndex(F, q + 2 * rs) * scale : ms.getAtIndex(F, q + 2 * rs), v, s2);
                s3 = Math.fma(scaled ? ms.getAtIndex(F, q + 3 * rs) * scale : ms.getAtIndex(F, q + 3 * rs), v, s3);
                s4 = Math.fma(scaled ? ms.getAtIndex(F, q + 4 * rs) * scale : ms.getAtIndex(F, q + 4 * rs), v, s4);
                s5 = Math.fma(scaled ? ms.getAtIndex(F, q + 5 * rs) * scale : ms.getAtIndex(F, q + 5 * rs), v, s5);
                s6 = Math.fma(scaled ? ms.getAtIndex(F, q + 6 * rs) * scale : ms.getAtIndex(F, q + 6 * rs), v, s6);
                s7 = Math.fma(scaled ? ms.getAtIndex(F, q + 7 * rs) * scale : ms.getAtIndex(F, q + 7 * rs), v, s7);
            }
            ys.setAtIndex(F, y.at(o, 0), s0);
            ys.setAtIndex(F, y.at(o + 1, 0), s1);
            ys.setAtIndex(F, y.at(o + 2, 0), s2);
            ys.setAtIndex(F, y.at(o + 3, 0), s3);
            ys.setAtIndex(F, y.at(o + 4, 0), s4);
            ys.setAtIndex(F, y.at(o + 5, 0), s5);
            ys.setAtIndex(F, y.at(o + 6, 0), s6);
            ys.setAtIndex(F, y.at(o + 7, 0), s7);
        }
        for (; o < o1; o++) {
            long a = m.at(o, 0);
            float s = 0f;
            for (int p = 0; p < k; p++) s = Math.fma(ms.getAtIndex(F, a + p * mc) * scale, xs.getAtIndex(F, x0 + p * xp), s);
            ys.setAtIndex(F, y.at(o, 0), s);
        }
    }
}
