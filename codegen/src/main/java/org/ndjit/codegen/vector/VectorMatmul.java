package org.ndjit.codegen.vector;

import jdk.incubator.vector.DoubleVector;
import org.ndjit.codegen.MatmulKernel;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * Blocked matrix product with Vector API inner loops (loaded only when the module is present, see
 * {@link PanamaProvider}). Blocks of {@value #KB} rows of B stay in cache while 4 rows of A stream
 * through; each 4 x 2-vector tile of C is held in 8 accumulators across the block, so every load of
 * B feeds four multiply-adds. The float and double blocks are the same loop written twice: the
 * Vector API has no species-generic arithmetic over primitives without boxing.
 */
final class VectorMatmul {
    private static final int KB = 256, NB = 512;
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();

    private VectorMatmul() {}

    /**
     * C[n x m] = A[n x k] B[k x m], all C order, offsets in elements; C starts zeroed. In the last
     * block of k, each group of rows is final once its columns of the block are done: {@code done}
     * (if not null) is told then, while those rows are still in cache.
     */
    static void product(boolean f32, MemorySegment a, long aOff, MemorySegment b, long bOff, MemorySegment c, long cOff, int n, int k, int m,
                        MatmulKernel.FinishedBlock done) {
        for (int jb = 0; jb < m; jb += NB) {
            int je = Math.min(m, jb + NB);
            for (int pb = 0; pb < k; pb += KB) {
                int pe = Math.min(k, pb + KB);
                MatmulKernel.FinishedBlock finished = pe == k ? done : null;
                if (f32) floatBlock(a, aOff, b, bOff, c, cOff, n, k, m, jb, je, pb, pe, finished);
                else doubleBlock(a, aOff, b, bOff, c, cOff, n, k, m, jb, je, pb, pe, finished);
            }
        }
    }

    private static void floatBlock(MemorySegment a, long aOff, MemorySegment b, long bOff, MemorySegment c, long cOff,
                                   int n, int k, int m, int jb, int je, int pb, int pe, MatmulKernel.FinishedBlock done) {
        int vl = F.length(), step = 2 * vl;
        long fa = 4;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            int j = jb;
            for (; j + step <= je; j += step) {
                long c0 = (cOff + (long) i * m + j) * fa, rowC = (long) m * fa;
                FloatVector c00 = FloatVector.fromMemorySegment(F, c, c0, ORDER), c01 = FloatVector.fromMemorySegment(F, c, c0 + vl * fa, ORDER);
                FloatVector c10 = FloatVector.fromMemorySegment(F, c, c0 + rowC, ORDER), c11 = FloatVector.fromMemorySegment(F, c, c0 + rowC + vl * fa, ORDER);
                FloatVector c20 = FloatVector.fromMemorySegment(F, c, c0 + 2 * rowC, ORDER), c21 = FloatVector.fromMemorySegment(F, c, c0 + 2 * rowC + vl * fa, ORDER);
                FloatVector c30 = FloatVector.fromMemorySegment(F, c, c0 + 3 * rowC, ORDER), c31 = FloatVector.fromMemorySegment(F, c, c0 + 3 * rowC + vl * fa, ORDER);
                for (int p = pb; p < pe; p++) {
                    long bp = (bOff + (long) p * m + j) * fa;
                    FloatVector b0 = FloatVector.fromMemorySegment(F, b, bp, ORDER), b1 = FloatVector.fromMemorySegment(F, b, bp + vl * fa, ORDER);
                    long ap = aOff + (long) i * k + p;
                    FloatVector a0 = FloatVector.broadcast(F, a.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, ap));
                    FloatVector a1 = FloatVector.broadcast(F, a.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, ap + k));
                    FloatVector a2 = FloatVector.broadcast(F, a.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, ap + 2L * k));
                    FloatVector a3 = FloatVector.broadcast(F, a.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, ap + 3L * k));
                    c00 = a0.fma(b0, c00); c01 = a0.fma(b1, c01);
                    c10 = a1.fma(b0, c10); c11 = a1.fma(b1, c11);
                    c20 = a2.fma(b0, c20); c21 = a2.fma(b1, c21);
                    c30 = a3.fma(b0, c30); c31 = a3.fma(b1, c31);
                }
                c00.intoMemorySegment(c, c0, ORDER); c01.intoMemorySegment(c, c0 + vl * fa, ORDER);
                c10.intoMemorySegment(c, c0 + rowC, ORDER); c11.intoMemorySegment(c, c0 + rowC + vl * fa, ORDER);
                c20.intoMemorySegment(c, c0 + 2 * rowC, ORDER); c21.intoMemorySegment(c, c0 + 2 * rowC + vl * fa, ORDER);
                c30.intoMemorySegment(c, c0 + 3 * rowC, ORDER); c31.intoMemorySegment(c, c0 + 3 * rowC + vl * fa, ORDER);
            }
            scalarColumns(true, a, aOff, b, bOff, c, cOff, k, m, i, i + 4, j, je, pb, pe);
            if (done != null) done.rows(i, i + 4, jb, je);
        }
        scalarColumns(true, a, aOff, b, bOff, c, cOff, k, m, i, n, jb, je, pb, pe);
        if (done != null && i < n) done.rows(i, n, jb, je);
    }

    private static void doubleBlock(MemorySegment a, long aOff, MemorySegment b, long bOff, MemorySegment c, long cOff,
                                    int n, int k, int m, int jb, int je, int pb, int pe, MatmulKernel.FinishedBlock done) {
        int vl = D.length(), step = 2 * vl;
        long fa = 8;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            int j = jb;
            for (; j + step <= je; j += step) {
                long c0 = (cOff + (long) i * m + j) * fa, rowC = (long) m * fa;
                DoubleVector c00 = DoubleVector.fromMemorySegment(D, c, c0, ORDER), c01 = DoubleVector.fromMemorySegment(D, c, c0 + vl * fa, ORDER);
                DoubleVector c10 = DoubleVector.fromMemorySegment(D, c, c0 + rowC, ORDER), c11 = DoubleVector.fromMemorySegment(D, c, c0 + rowC + vl * fa, ORDER);
                DoubleVector c20 = DoubleVector.fromMemorySegment(D, c, c0 + 2 * rowC, ORDER), c21 = DoubleVector.fromMemorySegment(D, c, c0 + 2 * rowC + vl * fa, ORDER);
                DoubleVector c30 = DoubleVector.fromMemorySegment(D, c, c0 + 3 * rowC, ORDER), c31 = DoubleVector.fromMemorySegment(D, c, c0 + 3 * rowC + vl * fa, ORDER);
                for (int p = pb; p < pe; p++) {
                    long bp = (bOff + (long) p * m + j) * fa;
                    DoubleVector b0 = DoubleVector.fromMemorySegment(D, b, bp, ORDER), b1 = DoubleVector.fromMemorySegment(D, b, bp + vl * fa, ORDER);
                    long ap = aOff + (long) i * k + p;
                    DoubleVector a0 = DoubleVector.broadcast(D, a.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, ap));
                    DoubleVector a1 = DoubleVector.broadcast(D, a.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, ap + k));
                    DoubleVector a2 = DoubleVector.broadcast(D, a.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, ap + 2L * k));
                    DoubleVector a3 = DoubleVector.broadcast(D, a.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, ap + 3L * k));
                    c00 = a0.fma(b0, c00); c01 = a0.fma(b1, c01);
                    c10 = a1.fma(b0, c10); c11 = a1.fma(b1, c11);
                    c20 = a2.fma(b0, c20); c21 = a2.fma(b1, c21);
                    c30 = a3.fma(b0, c30); c31 = a3.fma(b1, c31);
                }
                c00.intoMemorySegment(c, c0, ORDER); c01.intoMemorySegment(c, c0 + vl * fa, ORDER);
                c10.intoMemorySegment(c, c0 + rowC, ORDER); c11.intoMemorySegment(c, c0 + rowC + vl * fa, ORDER);
                c20.intoMemorySegment(c, c0 + 2 * rowC, ORDER); c21.intoMemorySegment(c, c0 + 2 * rowC + vl * fa, ORDER);
                c30.intoMemorySegment(c, c0 + 3 * rowC, ORDER); c31.intoMemorySegment(c, c0 + 3 * rowC + vl * fa, ORDER);
            }
            scalarColumns(false, a, aOff, b, bOff, c, cOff, k, m, i, i + 4, j, je, pb, pe);
            if (done != null) done.rows(i, i + 4, jb, je);
        }
        scalarColumns(false, a, aOff, b, bOff, c, cOff, k, m, i, n, jb, je, pb, pe);
        if (done != null && i < n) done.rows(i, n, jb, je);
    }

    /** The rows and columns the vector tiles do not cover, with the same fused multiply-adds. */
    private static void scalarColumns(boolean f32, MemorySegment a, long aOff, MemorySegment b, long bOff, MemorySegment c, long cOff,
                                      int k, int m, int i0, int i1, int j0, int j1, int pb, int pe) {
        for (int i = i0; i < i1; i++) {
            for (int j = j0; j < j1; j++) {
                long at = cOff + (long) i * m + j;
                if (f32) {
                    float s = c.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, at);
                    for (int p = pb; p < pe; p++) {
                        s = Math.fma(a.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, aOff + (long) i * k + p),
                                b.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, bOff + (long) p * m + j), s);
                    }
                    c.setAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, at, s);
                } else {
                    double s = c.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, at);
                    for (int p = pb; p < pe; p++) {
                        s = Math.fma(a.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, aOff + (long) i * k + p),
                                b.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, bOff + (long) p * m + j), s);
                    }
                    c.setAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, at, s);
                }
            }
        }
    }
}
