package org.ndjit.codegen;

import java.lang.foreign.MemorySegment;

/**
 * The contraction micro-kernel: {@code C[n x m] = A[n x k] B[k x m]} for one C-order matrix each
 * (offsets in elements, C starting zeroed), accumulated with fused multiply-add in the element type.
 * {@link #SCALAR} is always present; the Vector API's blocked kernel comes from {@link Vectorization}.
 */
public interface MatmulKernel {
    MatmulKernel SCALAR = ScalarMatmul::product;

    /** Computes the product, telling {@code done} (if not null) of each block of C as soon as it is final. */
    void product(boolean f32, MemorySegment a, long aOff, MemorySegment b, long bOff, MemorySegment c, long cOff,
                 int n, int k, int m, FinishedBlock done);

    /** Told when rows {@code [i0, i1)} and columns {@code [j0, j1)} of a product matrix hold their final values. */
    interface FinishedBlock {
        void rows(int i0, int i1, int j0, int j1);
    }
}
