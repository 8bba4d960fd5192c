package org.ndjit.codegen.vector;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;
import org.ndjit.codegen.TileTranspose;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * {@link TileTranspose} by 4 x 4 blocks transposed in registers: four vector loads from four of the
 * tile's columns (each a run of memory), lanes moved with blends and three lane permutations, four
 * vector stores into four of its rows. 8-byte elements use 256-bit vectors (where the loops may use
 * them), 4-byte elements 128-bit ones; integer lanes, so every bit pattern moves unchanged. Where
 * rows or columns are not a multiple of 4 the rest is copied element by element.
 *
 * <p>On a Zen3 core (AVX2), {@code (M + M.T) * 0.5} over 2048 x 2048 float64 with tiles of 8 x 256
 * staged this way, then a vector loop: 10-14 ms, against 17-20 ms for the loop reading M.T element by
 * element and 10-13 ms with the transposes inside the loop (a hand-written harness, one thread).
 */
final class VectorTileTranspose implements TileTranspose {
    static final VectorTileTranspose INSTANCE = new VectorTileTranspose();

    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    // Static finals: the JIT makes Vector API calls vector instructions only where the species is a constant.
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_256;
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_128;
    /** Lane k takes lane k - 1 (lane 0 its own), lane k takes lane k + 1 (lane 3 its own), the halves swapped. */
    private static final VectorShuffle<Long> L_DOWN = VectorShuffle.fromValues(LONGS, 0, 0, 1, 2), L_UP = VectorShuffle.fromValues(LONGS, 1, 2, 3, 3),
            L_HALVES = VectorShuffle.fromValues(LONGS, 2, 3, 0, 1);
    private static final VectorShuffle<Integer> I_DOWN = VectorShuffle.fromValues(INTS, 0, 0, 1, 2), I_UP = VectorShuffle.fromValues(INTS, 1, 2, 3, 3),
            I_HALVES = VectorShuffle.fromValues(INTS, 2, 3, 0, 1);
    private static final VectorMask<Long> L_ODD = VectorMask.fromValues(LONGS, false, true, false, true), L_HIGH = VectorMask.fromValues(LONGS, false, false, true, true);
    private static final VectorMask<Integer> I_ODD = VectorMask.fromValues(INTS, false, true, false, true), I_HIGH = VectorMask.fromValues(INTS, false, false, true, true);

    private VectorTileTranspose() {}

    @Override
    public boolean stages(int item) {
        return item == 8 ? PanamaProvider.maxBits() >= 256 : item == 4;
    }

    @Override
    public void copy(int item, MemorySegment from, long first, long stride, int rows, int cols, MemorySegment to) {
        int rows4 = rows & ~3, cols4 = cols & ~3;
        if (item == 8) {
            longs(from, first, stride, rows4, cols4, to, cols);
        } else if (item == 4) {
            ints(from, first, stride, rows4, cols4, to, cols);
        } else {
            throw new IllegalArgumentException("elements of " + item + " bytes");
        }
        // The columns past the last whole block, then the rows past it.
        for (int g = 0; g < rows; g++) for (int j = g < rows4 ? cols4 : 0; j < cols; j++) copyElement(item, from, first + g + j * stride, to, (long) g * cols + j);
    }

    private static void copyElement(int item, MemorySegment from, long at, MemorySegment to, long into) {
        if (item == 8) to.setAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, into, from.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, at));
        else to.setAtIndex(ValueLayout.JAVA_INT_UNALIGNED, into, from.getAtIndex(ValueLayout.JAVA_INT_UNALIGNED, at));
    }

    /**
     * The whole 4 x 4 blocks of the tile, the loop and the block's body in one method (a body of its
     * own is over C2's inlining limit, and each call then re-checked its eight accesses). With
     * r0..r3 the block's four columns (from a, a + s, a + 2s, a + 3s): t0 = (r0[0] r1[0] r0[2] r1[2]),
     * t1 = (r0[1] r1[1] r0[3] r1[3]), t2 and t3 the same of r2, r3; the block's row 0 is
     * (t0.lo t2.lo), row 2 (t0.hi t2.hi), rows 1 and 3 the same of t1 and t3.
     */
    private static void longs(MemorySegment m, long first, long s, int rows4, int cols4, MemorySegment out, int cols) {
        for (int j = 0; j < cols4; j += 4) {
            for (int g = 0; g < rows4; g += 4) {
                long a = (first + g + j * s) * 8, d = ((long) g * cols + j) * 8, ds = cols * 8L;
                LongVector r0 = LongVector.fromMemorySegment(LONGS, m, a, ORDER), r1 = LongVector.fromMemorySegment(LONGS, m, a + s * 8, ORDER);
                LongVector r2 = LongVector.fromMemorySegment(LONGS, m, a + s * 16, ORDER), r3 = LongVector.fromMemorySegment(LONGS, m, a + s * 24, ORDER);
                LongVector t0 = r0.blend(r1.rearrange(L_DOWN), L_ODD), t1 = r0.rearrange(L_UP).blend(r1, L_ODD);
                LongVector t2 = r2.blend(r3.rearrange(L_DOWN), L_ODD), t3 = r2.rearrange(L_UP).blend(r3, L_ODD);
                LongVector u = t0.blend(t2, L_HIGH), h = t2.blend(t0, L_HIGH).rearrange(L_HALVES); // (t0.lo t2.hi), (t0.hi t2.lo)
                LongVector v = t1.blend(t3, L_HIGH), w = t3.blend(t1, L_HIGH).rearrange(L_HALVES);
                u.blend(h, L_HIGH).intoMemorySegment(out, d, ORDER);
                v.blend(w, L_HIGH).intoMemorySegment(out, d + ds, ORDER);
                h.blend(u, L_HIGH).intoMemorySegment(out, d + 2 * ds, ORDER);
                w.blend(v, L_HIGH).intoMemorySegment(out, d + 3 * ds, ORDER);
            }
        }
    }

    /** {@link #longs} for 4-byte elements, in 128-bit vectors. */
    private static void ints(MemorySegment m, long first, long s, int rows4, int cols4, MemorySegment out, int cols) {
        for (int j = 0; j < cols4; j += 4) {
            for (int g = 0; g < rows4; g += 4) {
                long a = (first + g + j * s) * 4, d = ((long) g * cols + j) * 4, ds = cols * 4L;
                IntVector r0 = IntVector.fromMemorySegment(INTS, m, a, ORDER), r1 = IntVector.fromMemorySegment(INTS, m, a + s * 4, ORDER);
                IntVector r2 = IntVector.fromMemorySegment(INTS, m, a + s * 8, ORDER), r3 = IntVector.fromMemorySegment(INTS, m, a + s * 12, ORDER);
                IntVector t0 = r0.blend(r1.rearrange(I_DOWN), I_ODD), t1 = r0.rearrange(I_UP).blend(r1, I_ODD);
                IntVector t2 = r2.blend(r3.rearrange(I_DOWN), I_ODD), t3 = r2.rearrange(I_UP).blend(r3, I_ODD);
                IntVector u = t0.blend(t2, I_HIGH), h = t2.blend(t0, I_HIGH).rearrange(I_HALVES);
                IntVector v = t1.blend(t3, I_HIGH), w = t3.blend(t1, I_HIGH).rearrange(I_HALVES);
                u.blend(h, I_HIGH).intoMemorySegment(out, d, ORDER);
                v.blend(w, I_HIGH).intoMemorySegment(out, d + ds, ORDER);
                h.blend(u, I_HIGH).intoMemorySegment(out, d + 2 * ds, ORDER);
                w.blend(v, I_HIGH).intoMemorySegment(out, d + 3 * ds, ORDER);
            }
        }
    }
}
