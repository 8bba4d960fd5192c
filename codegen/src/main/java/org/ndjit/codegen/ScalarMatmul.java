package org.ndjit.codegen;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** {@link MatmulKernel} without the Vector API: i-p-j order, so the inner loop runs along rows of B and C. */
final class ScalarMatmul {
    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT_UNALIGNED;
    private static final ValueLayout.OfDouble D = ValueLayout.JAVA_DOUBLE_UNALIGNED;

    private ScalarMatmul() {}

    static void product(boolean f32, MemorySegment a, long aOff, MemorySegment b, long bOff, MemorySegment c, long cOff,
                        int n, int k, int m, MatmulKernel.FinishedBlock done) {
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < k; p++) {
                long ai = aOff + (long) i * k + p;
                for (int j = 0; j < m; j++) {
                    long at = cOff + (long) i * m + j, bi = bOff + (long) p * m + j;
                    if (f32) c.setAtIndex(F, at, Math.fma(a.getAtIndex(F, ai), b.getAtIndex(F, bi), c.getAtIndex(F, at)));
                    else c.setAtIndex(D, at, Math.fma(a.getAtIndex(D, ai), b.getAtIndex(D, bi), c.getAtIndex(D, at)));
                }
            }
            if (done != null) done.rows(i, i + 1, 0, m);
        }
    }
}
