package org.ndjit.codegen.vector;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;
import org.ndjit.codegen.MatmulKernel;
import org.ndjit.codegen.StridedMatrix;
import org.ndjit.DType;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * The float32 half of {@link VectorMatmul}: prepared columns of B are packed into panels of
 * {@link #W} columns ({@value VectorMatmul#NR} vectors), block of {@value VectorMatmul#KC} rows by
 * block; each thread packs {@value VectorMatmul#MC} rows of A at a time into panels of
 * {@value VectorMatmul#MR} rows (or copies them as they are, {@link #ROWS_OF_A}), and the micro-kernel
 * holds an MR x NR-vector tile of C in registers while it runs down a panel pair, reading both
 * contiguously. {@link DoubleMatmul} is this file with float replaced by double (the Vector API has
 * no arithmetic generic over primitive types), but for {@link #ROWS_OF_A}.
 */
final class FloatMatmul implements MatmulKernel.Columns {
    private static final VectorSpecies<Float> S = VectorSpecies.of(float.class, VectorShape.forBitSize(PanamaProvider.lanes(DType.FLOAT32) * 32));
    private static final ValueLayout.OfFloat E = ValueLayout.JAVA_FLOAT_UNALIGNED;
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    private static final int L = S.length(), MR = VectorMatmul.MR, KC = VectorMatmul.KC, MC = VectorMatmul.MC, SIZE = 4;
    /** Columns of a panel of B, and of the register tile. */
    static final int W = VectorMatmul.NR * L;
    /**
     * Whether A's rows (adjacent columns) are always copied as they are, each tile's broadcasts reading
     * MR rows kb apart, rather than spread into panels of MR-element steps: a copy per row instead of a
     * transposing loop of one element a step, which was 12% of a 1024 x 512 x 256 product. Only with the
     * 8-row tile (AVX-512), measured on Zen5 as old/new time in one JVM, alternating (load 3.2-3.9):
     * 1024 x 512 x 256 1.087 and 1.05, 512^3 1.037 and 1.00; with the 5-row AVX2 tile the layer lost
     * (0.954: that tile runs 9% slower on rows, 94 against 103 GFLOP/s in L1), and so did float64's
     * 8-row tile (512 x 256 x 512: 0.96), which {@link DoubleMatmul} therefore does not do.
     */
    private static final boolean ROWS_OF_A = MR == 8;

    /**
     * Each thread's copy of an edge tile. Native like C, never a heap segment: with one kind of segment
     * only, the tile's vector loads and stores stay intrinsics. Per thread because an automatic arena
     * costs more than a small product (a cleaner per allocation).
     */
    private static final ThreadLocal<MemorySegment> EDGE = ThreadLocal.withInitial(() -> Arena.ofAuto().allocate((long) MR * W * SIZE, 64));

    /**
     * Each thread's packing arrays, reused by its next products instead of new ones per call (a 1024 x
     * 512 x 256 product packs 512 KB of B and 120 KB of A per thread: garbage, and fresh pages, every
     * call). Packed B is read by the other threads of the same product only, while the thread that
     * packed it waits for them, so its next product cannot overwrite it in use. Bounded by the largest
     * block packed (4 MB of B, {@value VectorMatmul#MC} x {@value VectorMatmul#KC} of A).
     */
    private static final ThreadLocal<float[]> PACKED_B = new ThreadLocal<>(), PANELS = new ThreadLocal<>(), ROW = new ThreadLocal<>();

    private final float[] packed;
    private final int k, j0, j1, width;

    /** Packs columns {@code [j0, j1)} of B: block {@code pc} of KC rows at {@code pc * width}, its panel {@code jr} at {@code jr * kb} after that, row-major inside, zeros past {@code j1}. */
    FloatMatmul(StridedMatrix b, int k, int j0, int j1) {
        this.k = k;
        this.j0 = j0;
        this.j1 = j1;
        this.width = VectorMatmul.roundUp(j1 - j0, W);
        this.packed = reused(PACKED_B, VectorMatmul.packedSize(k, width));
        MemorySegment seg = b.segment();
        for (int pc = 0; pc < k; pc += KC) {
            int kb = Math.min(KC, k - pc);
            for (int jr = 0; jr < width; jr += W) {
                int cols = Math.min(W, j1 - j0 - jr), base = pc * width + jr * kb;
                if (cols == W && b.colStride() == 1) {
                    for (int p = 0; p < kb; p++) {
                        long at = b.at(pc + p, j0 + jr) * SIZE;
                        for (int v = 0; v < W; v += L) FloatVector.fromMemorySegment(S, seg, at + (long) v * SIZE, ORDER).intoArray(packed, base + p * W + v);
                    }
                } else if (Math.abs(b.colStride()) <= Math.abs(b.rowStride())) {
                    for (int p = 0; p < kb; p++) {
                        for (int jj = 0; jj < cols; jj++) packed[base + p * W + jj] = seg.getAtIndex(E, b.at(pc + p, j0 + jr + jj));
                    }
                } else {
                    for (int jj = 0; jj < cols; jj++) {
                        for (int p = 0; p < kb; p++) packed[base + p * W + jj] = seg.getAtIndex(E, b.at(pc + p, j0 + jr + jj));
                    }
                }
                for (int p = 0; cols < W && p < kb; p++) java.util.Arrays.fill(packed, base + p * W + cols, base + (p + 1) * W, 0f); // the reused array's padding
            }
        }
    }

    @Override
    public void multiply(StridedMatrix a, int i0, int i1, StridedMatrix c, MatmulKernel.FinishedBlock done) {
        float[] panels = reused(PANELS, VectorMatmul.roundUp(Math.min(MC, i1 - i0), MR) * Math.min(KC, k)), row = reused(ROW, Math.min(KC, k));
        MemorySegment edge = EDGE.get();
        MemorySegment cs = c.segment();
        long ldc = c.rowStride() * SIZE;
        // With one panel of B (a product at most W columns wide, as a layer's 10 outputs) each panel of A would be used once:
        // A's rows are then copied as they are, not spread into panels (256 x 128 x 10 float32: that was 40% of the product).
        // So are they always where the kernel gains from it (ROWS_OF_A).
        boolean asRows = a.colStride() == 1 && (width == W || ROWS_OF_A);
        for (int ic = i0; ic < i1; ic += MC) {
            int mc = Math.min(MC, i1 - ic);
            for (int pc = 0; pc < k; pc += KC) {
                int kb = Math.min(KC, k - pc);
                if (asRows) copyRows(a, ic, mc, pc, kb, panels);
                else packRows(a, ic, mc, pc, kb, panels, row);
                for (int jr = 0; jr < width; jr += W) {
                    int cols = Math.min(W, j1 - j0 - jr), bi = pc * width + jr * kb;
                    for (int ir = 0; ir < mc; ir += MR) {
                        int rows = Math.min(MR, mc - ir);
                        long at = c.at(ic + ir, j0 + jr) * SIZE;
                        if (rows == MR && cols == W) {
                            if (asRows) tileOfRows(panels, ir * kb, kb, packed, bi, cs, at, ldc);
                            else tile(panels, ir * kb, packed, bi, kb, cs, at, ldc);
                        } else {
                            // Whole rows copied in and out in bulk: element by element, each access's checks cost more than
                            // the tile itself when the product is narrower than a tile (a 256 x 128 x 10 product: 8x).
                            // C starts zeroed, so its first block of k need not be copied in.
                            edge.fill((byte) 0);
                            for (int r = 0; pc > 0 && r < rows; r++) MemorySegment.copy(cs, at + r * ldc, edge, (long) r * W * SIZE, (long) cols * SIZE);
                            if (asRows) tileOfRows(panels, ir * kb, kb, packed, bi, edge, 0, (long) W * SIZE);
                            else tile(panels, ir * kb, packed, bi, kb, edge, 0, (long) W * SIZE);
                            for (int r = 0; r < rows; r++) MemorySegment.copy(edge, (long) r * W * SIZE, cs, at + r * ldc, (long) cols * SIZE);
                        }
                    }
                }
            }
            if (done != null) done.rows(ic, ic + mc, j0, j1);
        }
    }

    /** {@link DoubleMatmul#columnSums} with float for double. */
    static void columnSums(StridedMatrix m, float scale, int k, StridedMatrix x, StridedMatrix y, int o0, int o1) {
        MemorySegment ms = m.segment(), xs = x.segment(), ys = y.segment();
        FloatVector sc = FloatVector.broadcast(S, scale);
        long step = m.colStride() * SIZE, xp = x.rowStride(), x0 = x.at(0, 0), v = (long) L * SIZE;
        int o = o0;
        for (; o + 4 * L <= o1; o += 4 * L) {
            FloatVector c0 = FloatVector.zero(S), c1 = c0, c2 = c0, c3 = c0;
            long at = m.at(o, 0) * SIZE;
            for (int p = 0; p < k; p++, at += step) {
                FloatVector e = FloatVector.broadcast(S, xs.getAtIndex(E, x0 + p * xp));
                c0 = FloatVector.fromMemorySegment(S, ms, at, ORDER).mul(sc).fma(e, c0);
                c1 = FloatVector.fromMemorySegment(S, ms, at + v, ORDER).mul(sc).fma(e, c1);
                c2 = FloatVector.fromMemorySegment(S, ms, at + 2 * v, ORDER).mul(sc).fma(e, c2);
                c3 = FloatVector.fromMemorySegment(S, ms, at + 3 * v, ORDER).mul(sc).fma(e, c3);
            }
            long to = y.at(o, 0) * SIZE;
            c0.intoMemorySegment(ys, to, ORDER);
            c1.intoMemorySegment(ys, to + v, ORDER);
            c2.intoMemorySegment(ys, to + 2 * v, ORDER);
            c3.intoMemorySegment(ys, to + 3 * v, ORDER);
        }
        if (o < o1) rest(m, scale, k, x, y, o, o1);
    }

    /** {@link DoubleMatmul}'s rest with float for double. */
    private static void rest(StridedMatrix m, float scale, int k, StridedMatrix x, StridedMatrix y, int o, int o1) {
        MemorySegment ms = m.segment(), xs = x.segment(), ys = y.segment();
        FloatVector sc = FloatVector.broadcast(S, scale);
        long step = m.colStride() * SIZE, xp = x.rowStride(), x0 = x.at(0, 0), v = (long) L * SIZE, at = m.at(o, 0) * SIZE;
        int rest = o1 - o;
        boolean one = rest <= L;
        long room = ms.byteSize() - (one ? v : 4 * v) - at; // loads at p stay inside while p * step <= room
        int whole = room < 0 ? 0 : (int) Math.min(k, room / step + 1);
        FloatVector c0 = FloatVector.zero(S), c1 = c0, c2 = c0, c3 = c0;
        if (one) {
            for (int p = 0; p < whole; p++, at += step) c0 = FloatVector.fromMemorySegment(S, ms, at, ORDER).mul(sc).fma(FloatVector.broadcast(S, xs.getAtIndex(E, x0 + p * xp)), c0);
        } else {
            for (int p = 0; p < whole; p++, at += step) {
                FloatVector e = FloatVector.broadcast(S, xs.getAtIndex(E, x0 + p * xp));
                c0 = FloatVector.fromMemorySegment(S, ms, at, ORDER).mul(sc).fma(e, c0);
                c1 = FloatVector.fromMemorySegment(S, ms, at + v, ORDER).mul(sc).fma(e, c1);
                c2 = FloatVector.fromMemorySegment(S, ms, at + 2 * v, ORDER).mul(sc).fma(e, c2);
                c3 = FloatVector.fromMemorySegment(S, ms, at + 3 * v, ORDER).mul(sc).fma(e, c3);
            }
        }
        float[] sums = new float[4 * L];
        c0.intoArray(sums, 0);
        c1.intoArray(sums, L);
        c2.intoArray(sums, 2 * L);
        c3.intoArray(sums, 3 * L);
        for (int p = whole; p < k; p++) {
            float e = xs.getAtIndex(E, x0 + p * xp);
            for (int r = 0; r < rest; r++) sums[r] = Math.fma(ms.getAtIndex(E, m.at(o + r, p)) * scale, e, sums[r]);
        }
        for (int r = 0; r < rest; r++) ys.setAtIndex(E, y.at(o + r, 0), sums[r]);
    }

    /** This thread's array in {@code slot}, of at least {@code size} elements (contents unspecified). */
    private static float[] reused(ThreadLocal<float[]> slot, int size) {
        float[] a = slot.get();
        if (a == null || a.length < size) slot.set(a = new float[size]);
        return a;
    }

    /** Rows {@code [ic, ic + mc)}, columns {@code [pc, pc + kb)} of A (its columns adjacent) as they are, row r at {@code r * kb}; rows past the last up to a whole tile are the last again: their sums land in rows of an edge tile never copied out. */
    private static void copyRows(StridedMatrix a, int ic, int mc, int pc, int kb, float[] rows) {
        for (int r = 0, end = VectorMatmul.roundUp(mc, MR); r < end; r++) MemorySegment.copy(a.segment(), E, a.at(ic + Math.min(r, mc - 1), pc) * SIZE, rows, r * kb, kb);
    }

    /** Rows {@code [ic, ic + mc)}, columns {@code [pc, pc + kb)} of A as panels of MR rows: panel {@code ir} at {@code ir * kb}, element (p, r) at {@code p * MR + r}, zero rows past the end; {@code row} is scratch. */
    private static void packRows(StridedMatrix a, int ic, int mc, int pc, int kb, float[] panels, float[] row) {
        MemorySegment seg = a.segment();
        boolean alongRows = Math.abs(a.colStride()) <= Math.abs(a.rowStride());
        for (int ir = 0; ir < mc; ir += MR) {
            int rows = Math.min(MR, mc - ir), base = ir * kb;
            if (a.colStride() == 1) { // each row copied by vectors, then spread over the panel: twice as fast as element by element
                for (int r = 0; r < rows; r++) {
                    long at = a.at(ic + ir + r, pc);
                    int p = 0;
                    for (; p + L <= kb; p += L) FloatVector.fromMemorySegment(S, seg, (at + p) * SIZE, ORDER).intoArray(row, p);
                    for (; p < kb; p++) row[p] = seg.getAtIndex(E, at + p);
                    for (p = 0; p < kb; p++) panels[base + p * MR + r] = row[p];
                }
            } else if (alongRows) {
                for (int r = 0; r < rows; r++) {
                    long at = a.at(ic + ir + r, pc);
                    for (int p = 0; p < kb; p++) panels[base + p * MR + r] = seg.getAtIndex(E, at + p * a.colStride());
                }
            } else {
                for (int p = 0; p < kb; p++) {
                    long at = a.at(ic + ir, pc + p);
                    for (int r = 0; r < rows; r++) panels[base + p * MR + r] = seg.getAtIndex(E, at + r * a.rowStride());
                }
            }
            for (int r = rows; r < MR; r++) {
                for (int p = 0; p < kb; p++) panels[base + p * MR + r] = 0f;
            }
        }
    }

    /** C[MR x W] at byte {@code at} (row stride {@code ldc} bytes) += the panel of A at {@code ai} times the panel of B at {@code bi}, {@code kb} steps. */
    private static void tile(float[] a, int ai, float[] b, int bi, int kb, MemorySegment c, long at, long ldc) {
        switch (MR) {
            case 8 -> tile8(a, ai, b, bi, kb, c, at, ldc);
            case 5 -> tile5(a, ai, b, bi, kb, c, at, ldc);
            default -> tile4(a, ai, b, bi, kb, c, at, ldc);
        }
    }

    /**
     * {@link #tile} reading A's MR rows as they are, row r's {@code kb} elements at {@code ai + r * kb} of
     * {@code a}: the same multiply-adds in the same order as from a panel, so the same bits. A copy of
     * {@link #tile4}, {@link #tile5} and {@link #tile8} with other offsets rather than one method taking A's steps as
     * arguments: the packed product's loop, the library's hottest, keeps its constant offsets.
     */
    private static void tileOfRows(float[] a, int ai, int kb, float[] b, int bi, MemorySegment c, long at, long ldc) {
        switch (MR) {
            case 8 -> tile8OfRows(a, ai, kb, b, bi, c, at, ldc);
            case 5 -> tile5OfRows(a, ai, kb, b, bi, c, at, ldc);
            default -> tile4OfRows(a, ai, kb, b, bi, c, at, ldc);
        }
    }

    /** {@link #tileOfRows} of 4 rows. */
    private static void tile4OfRows(float[] a, int ai, int kb, float[] b, int bi, MemorySegment c, long at, long ldc) {
        long v = (long) L * SIZE;
        FloatVector c00 = FloatVector.fromMemorySegment(S, c, at, ORDER), c01 = FloatVector.fromMemorySegment(S, c, at + v, ORDER);
        FloatVector c10 = FloatVector.fromMemorySegment(S, c, at + ldc, ORDER), c11 = FloatVector.fromMemorySegment(S, c, at + ldc + v, ORDER);
        FloatVector c20 = FloatVector.fromMemorySegment(S, c, at + 2 * ldc, ORDER), c21 = FloatVector.fromMemorySegment(S, c, at + 2 * ldc + v, ORDER);
        FloatVector c30 = FloatVector.fromMemorySegment(S, c, at + 3 * ldc, ORDER), c31 = FloatVector.fromMemorySegment(S, c, at + 3 * ldc + v, ORDER);
        for (int p = 0; p < kb; p++, ai++, bi += W) {
            FloatVector b0 = FloatVector.fromArray(S, b, bi), b1 = FloatVector.fromArray(S, b, bi + L);
            FloatVector x = FloatVector.broadcast(S, a[ai]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, a[ai + kb]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, a[ai + 2 * kb]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, a[ai + 3 * kb]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
        }
        c00.intoMemorySegment(c, at, ORDER);
        c01.intoMemorySegment(c, at + v, ORDER);
        c10.intoMemorySegment(c, at + ldc, ORDER);
        c11.intoMemorySegment(c, at + ldc + v, ORDER);
        c20.intoMemorySegment(c, at + 2 * ldc, ORDER);
        c21.intoMemorySegment(c, at + 2 * ldc + v, ORDER);
        c30.intoMemorySegment(c, at + 3 * ldc, ORDER);
        c31.intoMemorySegment(c, at + 3 * ldc + v, ORDER);
    }

    /** {@link #tileOfRows} of 5 rows. */
    private static void tile5OfRows(float[] a, int ai, int kb, float[] b, int bi, MemorySegment c, long at, long ldc) {
        long v = (long) L * SIZE;
        FloatVector c00 = FloatVector.fromMemorySegment(S, c, at, ORDER), c01 = FloatVector.fromMemorySegment(S, c, at + v, ORDER);
        FloatVector c10 = FloatVector.fromMemorySegment(S, c, at + ldc, ORDER), c11 = FloatVector.fromMemorySegment(S, c, at + ldc + v, ORDER);
        FloatVector c20 = FloatVector.fromMemorySegment(S, c, at + 2 * ldc, ORDER), c21 = FloatVector.fromMemorySegment(S, c, at + 2 * ldc + v, ORDER);
        FloatVector c30 = FloatVector.fromMemorySegment(S, c, at + 3 * ldc, ORDER), c31 = FloatVector.fromMemorySegment(S, c, at + 3 * ldc + v, ORDER);
        FloatVector c40 = FloatVector.fromMemorySegment(S, c, at + 4 * ldc, ORDER), c41 = FloatVector.fromMemorySegment(S, c, at + 4 * ldc + v, ORDER);
        for (int p = 0; p < kb; p++, ai++, bi += W) {
            FloatVector b0 = FloatVector.fromArray(S, b, bi), b1 = FloatVector.fromArray(S, b, bi + L);
            FloatVector x = FloatVector.broadcast(S, a[ai]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, a[ai + kb]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, a[ai + 2 * kb]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, a[ai + 3 * kb]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(S, a[ai + 4 * kb]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
        }
        c00.intoMemorySegment(c, at, ORDER);
        c01.intoMemorySegment(c, at + v, ORDER);
        c10.intoMemorySegment(c, at + ldc, ORDER);
        c11.intoMemorySegment(c, at + ldc + v, ORDER);
        c20.intoMemorySegment(c, at + 2 * ldc, ORDER);
        c21.intoMemorySegment(c, at + 2 * ldc + v, ORDER);
        c30.intoMemorySegment(c, at + 3 * ldc, ORDER);
        c31.intoMemorySegment(c, at + 3 * ldc + v, ORDER);
        c40.intoMemorySegment(c, at + 4 * ldc, ORDER);
        c41.intoMemorySegment(c, at + 4 * ldc + v, ORDER);
    }

    /** {@link #tileOfRows} of 8 rows. */
    private static void tile8OfRows(float[] a, int ai, int kb, float[] b, int bi, MemorySegment c, long at, long ldc) {
        long v = (long) L * SIZE;
        FloatVector c00 = FloatVector.fromMemorySegment(S, c, at, ORDER), c01 = FloatVector.fromMemorySegment(S, c, at + v, ORDER);
        FloatVector c10 = FloatVector.fromMemorySegment(S, c, at + ldc, ORDER), c11 = FloatVector.fromMemorySegment(S, c, at + ldc + v, ORDER);
        FloatVector c20 = FloatVector.fromMemorySegment(S, c, at + 2 * ldc, ORDER), c21 = FloatVector.fromMemorySegment(S, c, at + 2 * ldc + v, ORDER);
        FloatVector c30 = FloatVector.fromMemorySegment(S, c, at + 3 * ldc, ORDER), c31 = FloatVector.fromMemorySegment(S, c, at + 3 * ldc + v, ORDER);
        FloatVector c40 = FloatVector.fromMemorySegment(S, c, at + 4 * ldc, ORDER), c41 = FloatVector.fromMemorySegment(S, c, at + 4 * ldc + v, ORDER);
        FloatVector c50 = FloatVector.fromMemorySegment(S, c, at + 5 * ldc, ORDER), c51 = FloatVector.fromMemorySegment(S, c, at + 5 * ldc + v, ORDER);
        FloatVector c60 = FloatVector.fromMemorySegment(S, c, at + 6 * ldc, ORDER), c61 = FloatVector.fromMemorySegment(S, c, at + 6 * ldc + v, ORDER);
        FloatVector c70 = FloatVector.fromMemorySegment(S, c, at + 7 * ldc, ORDER), c71 = FloatVector.fromMemorySegment(S, c, at + 7 * ldc + v, ORDER);
        for (int p = 0; p < kb; p++, ai++, bi += W) {
            FloatVector b0 = FloatVector.fromArray(S, b, bi), b1 = FloatVector.fromArray(S, b, bi + L);
            FloatVector x = FloatVector.broadcast(S, a[ai]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, a[ai + kb]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, a[ai + 2 * kb]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, a[ai + 3 * kb]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(S, a[ai + 4 * kb]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(S, a[ai + 5 * kb]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            x = FloatVector.broadcast(S, a[ai + 6 * kb]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            x = FloatVector.broadcast(S, a[ai + 7 * kb]);
            c70 = x.fma(b0, c70);
            c71 = x.fma(b1, c71);
        }
        c00.intoMemorySegment(c, at, ORDER);
        c01.intoMemorySegment(c, at + v, ORDER);
        c10.intoMemorySegment(c, at + ldc, ORDER);
        c11.intoMemorySegment(c, at + ldc + v, ORDER);
        c20.intoMemorySegment(c, at + 2 * ldc, ORDER);
        c21.intoMemorySegment(c, at + 2 * ldc + v, ORDER);
        c30.intoMemorySegment(c, at + 3 * ldc, ORDER);
        c31.intoMemorySegment(c, at + 3 * ldc + v, ORDER);
        c40.intoMemorySegment(c, at + 4 * ldc, ORDER);
        c41.intoMemorySegment(c, at + 4 * ldc + v, ORDER);
        c50.intoMemorySegment(c, at + 5 * ldc, ORDER);
        c51.intoMemorySegment(c, at + 5 * ldc + v, ORDER);
        c60.intoMemorySegment(c, at + 6 * ldc, ORDER);
        c61.intoMemorySegment(c, at + 6 * ldc + v, ORDER);
        c70.intoMemorySegment(c, at + 7 * ldc, ORDER);
        c71.intoMemorySegment(c, at + 7 * ldc + v, ORDER);
    }

    /** {@link #tile} of 4 rows: 8 accumulators. */
    private static void tile4(float[] a, int ai, float[] b, int bi, int kb, MemorySegment c, long at, long ldc) {
        long v = (long) L * SIZE;
        FloatVector c00 = FloatVector.fromMemorySegment(S, c, at, ORDER), c01 = FloatVector.fromMemorySegment(S, c, at + v, ORDER);
        FloatVector c10 = FloatVector.fromMemorySegment(S, c, at + ldc, ORDER), c11 = FloatVector.fromMemorySegment(S, c, at + ldc + v, ORDER);
        FloatVector c20 = FloatVector.fromMemorySegment(S, c, at + 2 * ldc, ORDER), c21 = FloatVector.fromMemorySegment(S, c, at + 2 * ldc + v, ORDER);
        FloatVector c30 = FloatVector.fromMemorySegment(S, c, at + 3 * ldc, ORDER), c31 = FloatVector.fromMemorySegment(S, c, at + 3 * ldc + v, ORDER);
        for (int p = 0; p < kb; p++, ai += MR, bi += W) {
            FloatVector b0 = FloatVector.fromArray(S, b, bi), b1 = FloatVector.fromArray(S, b, bi + L);
            FloatVector x = FloatVector.broadcast(S, a[ai]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, a[ai + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, a[ai + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, a[ai + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
        }
        c00.intoMemorySegment(c, at, ORDER);
        c01.intoMemorySegment(c, at + v, ORDER);
        c10.intoMemorySegment(c, at + ldc, ORDER);
        c11.intoMemorySegment(c, at + ldc + v, ORDER);
        c20.intoMemorySegment(c, at + 2 * ldc, ORDER);
        c21.intoMemorySegment(c, at + 2 * ldc + v, ORDER);
        c30.intoMemorySegment(c, at + 3 * ldc, ORDER);
        c31.intoMemorySegment(c, at + 3 * ldc + v, ORDER);
    }

    /** {@link #tile} of 5 rows: 10 accumulators. */
    private static void tile5(float[] a, int ai, float[] b, int bi, int kb, MemorySegment c, long at, long ldc) {
        long v = (long) L * SIZE;
        FloatVector c00 = FloatVector.fromMemorySegment(S, c, at, ORDER), c01 = FloatVector.fromMemorySegment(S, c, at + v, ORDER);
        FloatVector c10 = FloatVector.fromMemorySegment(S, c, at + ldc, ORDER), c11 = FloatVector.fromMemorySegment(S, c, at + ldc + v, ORDER);
        FloatVector c20 = FloatVector.fromMemorySegment(S, c, at + 2 * ldc, ORDER), c21 = FloatVector.fromMemorySegment(S, c, at + 2 * ldc + v, ORDER);
        FloatVector c30 = FloatVector.fromMemorySegment(S, c, at + 3 * ldc, ORDER), c31 = FloatVector.fromMemorySegment(S, c, at + 3 * ldc + v, ORDER);
        FloatVector c40 = FloatVector.fromMemorySegment(S, c, at + 4 * ldc, ORDER), c41 = FloatVector.fromMemorySegment(S, c, at + 4 * ldc + v, ORDER);
        for (int p = 0; p < kb; p++, ai += MR, bi += W) {
            FloatVector b0 = FloatVector.fromArray(S, b, bi), b1 = FloatVector.fromArray(S, b, bi + L);
            FloatVector x = FloatVector.broadcast(S, a[ai]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, a[ai + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, a[ai + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, a[ai + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(S, a[ai + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
        }
        c00.intoMemorySegment(c, at, ORDER);
        c01.intoMemorySegment(c, at + v, ORDER);
        c10.intoMemorySegment(c, at + ldc, ORDER);
        c11.intoMemorySegment(c, at + ldc + v, ORDER);
        c20.intoMemorySegment(c, at + 2 * ldc, ORDER);
        c21.intoMemorySegment(c, at + 2 * ldc + v, ORDER);
        c30.intoMemorySegment(c, at + 3 * ldc, ORDER);
        c31.intoMemorySegment(c, at + 3 * ldc + v, ORDER);
        c40.intoMemorySegment(c, at + 4 * ldc, ORDER);
        c41.intoMemorySegment(c, at + 4 * ldc + v, ORDER);
    }

    /** {@link #tile} of 8 rows: 16 accumulators. */
    private static void tile8(float[] a, int ai, float[] b, int bi, int kb, MemorySegment c, long at, long ldc) {
        long v = (long) L * SIZE;
        FloatVector c00 = FloatVector.fromMemorySegment(S, c, at, ORDER), c01 = FloatVector.fromMemorySegment(S, c, at + v, ORDER);
        FloatVector c10 = FloatVector.fromMemorySegment(S, c, at + ldc, ORDER), c11 = FloatVector.fromMemorySegment(S, c, at + ldc + v, ORDER);
        FloatVector c20 = FloatVector.fromMemorySegment(S, c, at + 2 * ldc, ORDER), c21 = FloatVector.fromMemorySegment(S, c, at + 2 * ldc + v, ORDER);
        FloatVector c30 = FloatVector.fromMemorySegment(S, c, at + 3 * ldc, ORDER), c31 = FloatVector.fromMemorySegment(S, c, at + 3 * ldc + v, ORDER);
        FloatVector c40 = FloatVector.fromMemorySegment(S, c, at + 4 * ldc, ORDER), c41 = FloatVector.fromMemorySegment(S, c, at + 4 * ldc + v, ORDER);
        FloatVector c50 = FloatVector.fromMemorySegment(S, c, at + 5 * ldc, ORDER), c51 = FloatVector.fromMemorySegment(S, c, at + 5 * ldc + v, ORDER);
        FloatVector c60 = FloatVector.fromMemorySegment(S, c, at + 6 * ldc, ORDER), c61 = FloatVector.fromMemorySegment(S, c, at + 6 * ldc + v, ORDER);
        FloatVector c70 = FloatVector.fromMemorySegment(S, c, at + 7 * ldc, ORDER), c71 = FloatVector.fromMemorySegment(S, c, at + 7 * ldc + v, ORDER);
        for (int p = 0; p < kb; p++, ai += MR, bi += W) {
            FloatVector b0 = FloatVector.fromArray(S, b, bi), b1 = FloatVector.fromArray(S, b, bi + L);
            FloatVector x = FloatVector.broadcast(S, a[ai]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, a[ai + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, a[ai + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, a[ai + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(S, a[ai + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(S, a[ai + 5]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            x = FloatVector.broadcast(S, a[ai + 6]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            x = FloatVector.broadcast(S, a[ai + 7]);
            c70 = x.fma(b0, c70);
            c71 = x.fma(b1, c71);
        }
        c00.intoMemorySegment(c, at, ORDER);
        c01.intoMemorySegment(c, at + v, ORDER);
        c10.intoMemorySegment(c, at + ldc, ORDER);
        c11.intoMemorySegment(c, at + ldc + v, ORDER);
        c20.intoMemorySegment(c, at + 2 * ldc, ORDER);
        c21.intoMemorySegment(c, at + 2 * ldc + v, ORDER);
        c30.intoMemorySegment(c, at + 3 * ldc, ORDER);
        c31.intoMemorySegment(c, at + 3 * ldc + v, ORDER);
        c40.intoMemorySegment(c, at + 4 * ldc, ORDER);
        c41.intoMemorySegment(c, at + 4 * ldc + v, ORDER);
        c50.intoMemorySegment(c, at + 5 * ldc, ORDER);
        c51.intoMemorySegment(c, at + 5 * ldc + v, ORDER);
        c60.intoMemorySegment(c, at + 6 * ldc, ORDER);
        c61.intoMemorySegment(c, at + 6 * ldc + v, ORDER);
        c70.intoMemorySegment(c, at + 7 * ldc, ORDER);
        c71.intoMemorySegment(c, at + 7 * ldc + v, ORDER);
    }
}
