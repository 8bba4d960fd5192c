package org.ndjit.codegen;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The scalar matrix-vector product of {@link MatmulKernel#matrixVector}: the dot product of each row
 * of M with x, four rows at a time (four independent chains of fused multiply-adds hide their
 * latency; x's element is loaded once for the four). Reads M in place with any strides.
 */
public final class RowDots {
    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT_UNALIGNED;
    private static final ValueLayout.OfDouble D = ValueLayout.JAVA_DOUBLE_UNALIGNED;

    private RowDots() {}

    /** {@code y[o] = sum_p M[o, p] x[p]} for rows {@code [o0, o1)}, see {@link MatmulKernel#matrixVector}. */
    public static void run(boolean f32, StridedMatrix m, int k, StridedMatrix x, StridedMatrix y, int o0, int o1) {
        if (f32) floats(m, k, x, y, o0, o1);
        else doubles(m, k, x, y, o0, o1);
    }

    private static void doubles(StridedMatrix m, int k, StridedMatrix x, StridedMatrix y, int o0, int o1) {
        MemorySegment ms = m.segment(), xs = x.segment(), ys = y.segment();
        long mc = m.colStride(), xp = x.rowStride(), x0 = x.at(0, 0);
        int o = o0;
        for (; o + 4 <= o1; o += 4) {
            long a0 = m.at(o, 0), a1 = m.at(o + 1, 0), a2 = m.at(o + 2, 0), a3 = m.at(o + 3, 0);
            double s0 = 0d, s1 = 0d, s2 = 0d, s3 = 0d;
            for (int p = 0; p < k; p++) {
                double v = xs.getAtIndex(D, x0 + p * xp);
                long q = p * mc;
                s0 = Math.fma(ms.getAtIndex(D, a0 + q), v, s0);
                s1 = Math.fma(ms.getAtIndex(D, a1 + q), v, s1);
                s2 = Math.fma(ms.getAtIndex(D, a2 + q), v, s2);
                s3 = Math.fma(ms.getAtIndex(D, a3 + q), v, s3);
            }
            ys.setAtIndex(D, y.at(o, 0), s0);
            ys.setAtIndex(D, y.at(o + 1, 0), s1);
            ys.setAtIndex(D, y.at(o + 2, 0), s2);
            ys.setAtIndex(D, y.at(o + 3, 0), s3);
        }
        for (; o < o1; o++) {
            long a = m.at(o, 0);
            double s = 0d;
            for (int p = 0; p < k; p++) s = Math.fma(ms.getAtIndex(D, a + p * mc), xs.getAtIndex(D, x0 + p * xp), s);
            ys.setAtIndex(D, y.at(o, 0), s);
        }
    }

    /** {@link #doubles} with float for double. */
    private static void floats(StridedMatrix m, int k, StridedMatrix x, StridedMatrix y, int o0, int o1) {
        MemorySegment ms = m.segment(), xs = x.segment(), ys = y.segment();
        long mc = m.colStride(), xp = x.rowStride(), x0 = x.at(0, 0);
        int o = o0;
        for (; o + 4 <= o1; o += 4) {
            long a0 = m.at(o, 0), a1 = m.at(o + 1, 0), a2 = m.at(o + 2, 0), a3 = m.at(o + 3, 0);
            float s0 = 0f, s1 = 0f, s2 = 0f, s3 = 0f;
            for (int p = 0; p < k; p++) {
                float v = xs.getAtIndex(F, x0 + p * xp);
                long q = p * mc;
                s0 = Math.fma(ms.getAtIndex(F, a0 + q), v, s0);
                s1 = Math.fma(ms.getAtIndex(F, a1 + q), v, s1);
                s2 = Math.fma(ms.getAtIndex(F, a2 + q), v, s2);
                s3 = Math.fma(ms.getAtIndex(F, a3 + q), v, s3);
            }
            ys.setAtIndex(F, y.at(o, 0), s0);
            ys.setAtIndex(F, y.at(o + 1, 0), s1);
            ys.setAtIndex(F, y.at(o + 2, 0), s2);
            ys.setAtIndex(F, y.at(o + 3, 0), s3);
        }
        for (; o < o1; o++) {
            long a = m.at(o, 0);
            float s = 0f;
            for (int p = 0; p < k; p++) s = Math.fma(ms.getAtIndex(F, a + p * mc), xs.getAtIndex(F, x0 + p * xp), s);
            ys.setAtIndex(F, y.at(o, 0), s);
        }
    }
}
