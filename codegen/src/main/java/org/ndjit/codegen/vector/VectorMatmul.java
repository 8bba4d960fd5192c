package org.ndjit.codegen.vector;

import org.ndjit.codegen.MatmulKernel;
import org.ndjit.codegen.RowDots;
import org.ndjit.codegen.StridedMatrix;
import org.ndjit.DType;

/**
 * The packed, register-tiled matrix product (loaded only when the Vector API module is present, see
 * {@link PanamaProvider}), the GotoBLAS/BLIS scheme: B's columns are packed once per product into
 * panels of {@value #NR} vectors' width, {@value #KC} rows deep (a panel, 32 KB, stays in L1 while
 * the rows of A go by); each thread packs {@value #MC} rows of A at a time into panels of {@value #MR}
 * rows (L2), or copies them as they are (see {@code FloatMatmul.ROWS_OF_A}); the micro-kernel keeps an MR x
 * NR-vector tile of C in 16 vector registers (AVX-512) or 10 (AVX2, see {@link #MR}) and reads B's
 * panel contiguously, each vector of B feeding MR multiply-adds; the accumulators hide the latency
 * of the fused multiply-adds.
 * Packing reads the operands with their own strides, so transposed and sliced operands are never
 * copied first. Edge tiles run on a zero-padded copy of their part of C: the same steps, the same bits.
 * A matrix-vector product packs nothing: an M whose rows are adjacent streams by columns of vectors
 * ({@code columnSums} of {@link DoubleMatmul}, {@link FloatMatmul}); an M whose columns are adjacent
 * (a C-order X in {@code X @ w}) is {@link RowLanes}, four rows' sums to a vector; any other M is
 * {@link RowDots}, scalar chains over any strides.
 */
final class VectorMatmul implements MatmulKernel {
    static final MatmulKernel INSTANCE = new VectorMatmul();
    /**
     * Rows of the register tile, the most that fit the vector registers with B's two vectors and A's
     * broadcast: 8 (16 accumulators) where the preferred vectors are 512 bits (AVX-512, 32 registers);
     * 5 (10 accumulators, 13 registers live) with 256-bit vectors (AVX2, 16 registers), where 6 rows
     * (15 live) make C2 spill: on a Zen5 core under AVX2, one tile on panels in L1 ran 4 rows at 92-97
     * GFLOP/s, 5 at 99-107, 6 at 49 (an FMA loop in registers: 98-111); with 512-bit vectors 6 rows at
     * 188-204, 8 at 200-225 (an FMA loop in registers: 185-217). With 8 accumulators, as many as the FMA latency (4) times
     * the FMA ports (2), a 4-row tile has no slack for a late load. 4 elsewhere (128-bit vectors).
     */
    static final int MR = PanamaProvider.preferredLanes(DType.FLOAT32) >= 16 ? 8 : PanamaProvider.preferredLanes(DType.FLOAT32) == 8 ? 5 : 4;
    static final int NR = 2, KC = 256, MC = 120; // MC: a multiple of every MR
    /** Bytes of B packed at once: far more than a few panels, small enough to stay in the last-level cache. */
    private static final long PACKED_BYTES = 4L << 20;

    private VectorMatmul() {}

    @Override
    public int columnBlock(boolean f32, int k) {
        int w = f32 ? FloatMatmul.W : DoubleMatmul.W;
        long panels = PACKED_BYTES / ((long) Math.max(k, 1) * w * (f32 ? 4 : 8));
        return (int) Math.min(Integer.MAX_VALUE / 2 / w, Math.max(1, panels)) * w;
    }

    @Override
    public Columns prepare(boolean f32, StridedMatrix b, int k, int j0, int j1) {
        return f32 ? new FloatMatmul(b, k, j0, j1) : new DoubleMatmul(b, k, j0, j1);
    }

    @Override
    public void matrixVector(boolean f32, StridedMatrix m, double scale, int k, StridedMatrix x, StridedMatrix y, int o0, int o1) {
        if (m.rowStride() != 1 || m.colStride() <= 0) {
            if (RowLanes.applies(f32, m, scale, k)) RowLanes.run(f32, m, k, x, y, o0, o1);
            else RowDots.run(f32, m, scale, k, x, y, o0, o1);
        } else if (f32) FloatMatmul.columnSums(m, (float) scale, k, x, y, o0, o1);
        else DoubleMatmul.columnSums(m, scale, k, x, y, o0, o1);
    }

    static int roundUp(int n, int multiple) {
        return (n + multiple - 1) / multiple * multiple;
    }

    /** The elements of {@code k} packed rows of {@code width} columns, refused when they exceed a Java array. */
    static int packedSize(int k, int width) {
        long size = (long) k * width;
        if (size > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("matmul: " + k + " x " + width + " packed elements of B exceed a Java array");
        return (int) size;
    }
}
