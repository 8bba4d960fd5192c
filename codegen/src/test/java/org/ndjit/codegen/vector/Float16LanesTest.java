package org.ndjit.codegen.vector;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorSpecies;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Float16Lanes gives Float.float16ToFloat's and Float.floatToFloat16's bits on every lane, but for
 * NaNs: a NaN gives a NaN of its sign (any payload: the JDK's intrinsics, F16C's vcvtps2ph and
 * vcvtph2ps, quiet a signaling NaN where the methods' Java code keeps it, so the scalar loop's own
 * payloads depend on the JIT; see the README's rule that a NaN is any NaN). All 65,536
 * float16 bit patterns to float; to float16, every float a float16 converts to, the midpoints between
 * neighbouring float16 values (the ties) and the floats one ulp either side of them, floats around the
 * overflow and subnormal edges, NaNs with random payloads and a million random bit patterns, filling
 * the lanes of the preferred species in turn (0.5 s). A one-off run over all 2^32 floats agreed too (in a JVM whose
 * floatToFloat16 was C2's intrinsic, with the same rule for NaNs).
 */
class Float16LanesTest {
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;

    @Test
    void everyFloat16ToFloat() {
        int lanes = INTS.length();
        int[] h = new int[lanes];
        float[] out = new float[lanes];
        for (int start = 0; start < 1 << 16; start += lanes) {
            for (int l = 0; l < lanes; l++) h[l] = (start + l * 4099) & 0xFFFF; // every pattern, in a different lane than its neighbours
            Float16Lanes.toFloat(IntVector.fromArray(INTS, h, 0)).intoArray(out, 0);
            for (int l = 0; l < lanes; l++) {
                float want = Float.float16ToFloat((short) h[l]);
                String what = "float16 bits " + Integer.toHexString(h[l]);
                if (Float.isNaN(want)) assertEquals(Math.copySign(1f, want) + " NaN", Math.copySign(1f, out[l]) + (Float.isNaN(out[l]) ? " NaN" : ""), what);
                else assertEquals(Float.floatToRawIntBits(want), Float.floatToRawIntBits(out[l]), what);
            }
        }
    }

    @Test
    void floatsToFloat16AndRoundedAsFloatToFloat16() {
        SplittableRandom r = new SplittableRandom(17);
        int[] edges = {0, 0x8000_0000, Float.floatToRawIntBits(65504f), Float.floatToRawIntBits(65520f), Float.floatToRawIntBits(0x1p-14f),
                Float.floatToRawIntBits(0x1p-24f), Float.floatToRawIntBits(0x1p-25f), 0x7F80_0000, 0xFF80_0000, 0x7FC0_0000, 0x7F80_0001, 0xFFFF_FFFF, 1};
        FloatChecker check = new FloatChecker();
        for (int e : edges) for (int d = -3; d <= 3; d++) check.add(e + d);
        for (int h = 0; h < 1 << 16; h++) {
            int f = Float.floatToRawIntBits(Float.float16ToFloat((short) h));
            int next = Float.floatToRawIntBits(Float.float16ToFloat((short) (h + 1)));
            check.add(f);
            if ((h & 0x7C00) != 0x7C00 && ((h + 1) & 0x7C00) != 0x7C00 || (h & 0x7FFF) == 0x7BFF) {
                // The tie between h and h + 1 (same sign), and its neighbours; for MAX_VALUE, the tie with infinity.
                float a = Float.intBitsToFloat(f), b = (h & 0x7FFF) == 0x7BFF ? Math.copySign(65536f, a) : Float.intBitsToFloat(next);
                int tie = Float.floatToRawIntBits((a + b) / 2);
                for (int d = -1; d <= 1; d++) check.add(tie + d);
            }
        }
        for (int i = 0; i < 200; i++) check.add(0x7F80_0000 | 1 + r.nextInt(0x7F_FFFF) | (r.nextBoolean() ? 0x8000_0000 : 0));
        for (int i = 0; i < 1_000_000; i++) check.add(r.nextInt());
        check.flush();
    }

    /** Collects floats' bits and checks toHalf and round against Float's conversions a vector at a time. */
    private static final class FloatChecker {
        private final int lanes = FLOATS.length();
        private final float[] in = new float[lanes], rounded = new float[lanes];
        private final int[] half = new int[lanes];
        private int filled;

        void add(int bits) {
            in[filled++] = Float.intBitsToFloat(bits);
            if (filled == lanes) flush();
        }

        void flush() {
            FloatVector v = FloatVector.fromArray(FLOATS, in, 0);
            Float16Lanes.toHalf(v).intoArray(half, 0);
            Float16Lanes.round(v).intoArray(rounded, 0);
            for (int l = 0; l < filled; l++) {
                short want = Float.floatToFloat16(in[l]);
                String what = "float bits " + Integer.toHexString(Float.floatToRawIntBits(in[l]));
                if (Float.isNaN(in[l])) {
                    assertEquals((want & 0x8000) | 0x7C00, half[l] & 0xFC00, what + ": a NaN of its sign");
                    assertTrue((half[l] & 0x3FF) != 0 && Float.isNaN(rounded[l]), what + ": a NaN");
                    continue;
                }
                assertEquals(want & 0xFFFF, half[l], what);
                assertEquals(Float.floatToRawIntBits(Float.float16ToFloat(want)), Float.floatToRawIntBits(rounded[l]), what);
            }
            filled = 0;
        }
    }
}
