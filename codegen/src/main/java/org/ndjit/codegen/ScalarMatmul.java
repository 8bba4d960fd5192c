package org.ndjit.codegen;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * {@link MatmulKernel} without the Vector API: reads the operands in place (nothing to prepare), in
 * i-p-j order so that the inner loop runs along a row of C, and tells of each row when it is done;
 * matrix-vector products are {@link RowDots}.
 */
final class ScalarMatmul implements MatmulKernel {
    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT_UNALIGNED;
    private static final ValueLayout.OfDouble D = ValueLayout.JAVA_DOUBLE_UNALIGNED;

    @Override
    public int columnBlock(boolean f32, int k) {
        return Integer.MAX_VALUE;
    }

    @Override
    public Columns prepare(boolean f32, StridedMatrix b, int k, int j0, int j1) {
        return (a, i0, i1, c, done) -> {
            MemorySegment as = a.segment(), bs = b.segment(), cs = c.segment();
            for (int i = i0; i < i1; i++) {
                for (int p = 0; p < k; p++) {
                    long ai = a.at(i, p);
                    for (int j = j0; j < j1; j++) {
                        long at = c.at(i, j), bi = b.at(p, j);
                        if (f32) cs.setAtIndex(F, at, Math.fma(as.getAtIndex(F, ai), bs.getAtIndex(F, bi), cs.getAtIndex(F, at)));
                        else cs.setAtIndex(D, at, Math.fma(as.getAtIndex(D, ai), bs.getAtIndex(D, bi), cs.getAtIndex(D, at)));
                    }
                }
                if (done != null) done.rows(i, i + 1, j0, j1);
            }
        };
    }

    @Override
    public void matrixVector(boolean f32, StridedMatrix m, double scale, int k, StridedMatrix x, StridedMatrix y, int o0, int o1) {
        RowDots.run(f32, m, scale, k, x, y, o0, o1);
    }
}
