package org.ndjit.codegen;

/**
 * The contraction kernel: {@code C[n x m] = A[n x k] B[k x m]} for one matrix each, accumulated with
 * fused multiply-adds in the element type, each element's in the order of {@code k} from {@code +0.0},
 * so every implementation gives the same bits. A and B are read in place with any strides (see
 * {@link StridedMatrix}); C is C order and starts zeroed. The caller takes B's columns a block at a
 * time ({@link #columnBlock}), prepares them once ({@link #prepare}, which packs them where the
 * kernel packs) and then multiplies any rows of A by them, from several threads at once.
 * {@link #SCALAR} is always present; the Vector API's kernel comes from {@link Vectorization}.
 */
public interface MatmulKernel {
    MatmulKernel SCALAR = new ScalarMatmul();

    /** Rows callers split a product by (threads, runs between checks): a multiple of every kernel's register tile height (4, 5, 8). */
    int ROW_SPLIT = 40;

    /** How many columns of B (of {@code k} rows) to prepare at once: a whole number of the kernel's panels, at least one. */
    int columnBlock(boolean f32, int k);

    /** Columns {@code [j0, j1)} of the {@code k x m} matrix {@code b}, ready to multiply. */
    Columns prepare(boolean f32, StridedMatrix b, int k, int j0, int j1);

    /**
     * Rows {@code [o0, o1)} of the matrix-vector product {@code y = M x}, for a product with one
     * column or one row ({@code A @ v} is M = A; {@code u @ B} is M = B transposed): M is read once
     * in place, nothing is packed. M has {@code k} columns and any strides; x's element {@code p} is at
     * {@code x.at(p, 0)}; y's element {@code o} is written at {@code y.at(o, 0)} and y's rows are
     * adjacent ({@code rowStride} 1). Each element is the fused multiply-adds in the order of
     * {@code p} from {@code +0.0}, like {@link Columns#multiply}: the same bits as the packed path.
     * Each element of M is first multiplied by {@code scale} in the element type (1 for none:
     * exact), as the elementwise multiply of a scaled matrix the caller did not write would have
     * ({@code (lr * X.T) @ g}). Safe from several threads at once on disjoint rows.
     */
    void matrixVector(boolean f32, StridedMatrix m, double scale, int k, StridedMatrix x, StridedMatrix y, int o0, int o1);

    /** Prepared columns of B: safe to use from several threads at once, each on its own rows. */
    interface Columns {
        /**
         * Rows {@code [i0, i1)} of {@code C = A B} in these columns, written to {@code c} (C order,
         * row stride {@code ldc}, element {@code (i, j)} at {@code c.at(i, j)}). {@code done} (if not
         * null) is told of each block of C as soon as it holds its final values, while it is in cache.
         */
        void multiply(StridedMatrix a, int i0, int i1, StridedMatrix c, FinishedBlock done);
    }

    /** Told when rows {@code [i0, i1)} and columns {@code [j0, j1)} of a product matrix hold their final values. */
    interface FinishedBlock {
        void rows(int i0, int i1, int j0, int j1);
    }
}
