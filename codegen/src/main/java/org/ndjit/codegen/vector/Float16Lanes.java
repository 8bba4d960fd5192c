package org.ndjit.codegen.vector;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * float16 in the vector loops, through float32 lanes: JDK 25's Vector API has no float16 lanes and no
 * conversion between float16 bits and floats, so the conversions are done here in int lanes with
 * shifts, masks and blends, giving on every lane the bits of {@link Float#float16ToFloat} and
 * {@link Float#floatToFloat16} (round to nearest even; NaN payloads, infinities and subnormals as
 * theirs). Called from generated loops: a float16 input is loaded as shorts, zero-extended to ints and
 * turned into floats ({@link #toFloat}); every op on float16 is computed in float and rounded once
 * ({@link #round}, the value of the scalar loop's {@code floatToFloat16} then {@code float16ToFloat}); a
 * result is turned into float16 bits ({@link #toHalf}) and narrowed to shorts on store. The kernels do
 * not call these methods: they copy their bytecode ({@link InlinedMethod}), so each must stay straight-line
 * code calling only the Vector API, with constants javac folds (literals, not {@code floatToRawIntBits}).
 */
public final class Float16Lanes {
    private Float16Lanes() {}

    /** Float exponent bias minus float16's (127 - 15), in place in a float's exponent field. */
    private static final int REBIAS = 112 << 23;
    /** float16's infinity exponent (31) becomes float's (255): 255 - 31 = 224. */
    private static final int INF_REBIAS = 224 << 23;
    /** The smallest float that rounds to float16 infinity: MAX_VALUE 65504 plus half an ulp (16). */
    private static final int OVERFLOW = 0x477F_F000; // 65520f
    /** The smallest normal float16, 2^-14: below it float16 values are multiples of 2^-24. */
    private static final int MIN_NORMAL = 0x3880_0000; // 0x1p-14f
    private static final int HALF = 0x3F00_0000; // 0.5f

    /** The float values of float16 bits held in the low 16 bits of int lanes (zero-extended), exactly. */
    public static FloatVector toFloat(IntVector h) {
        IntVector magnitude = h.and(0x7FFF), exponent = h.and(0x7C00);
        IntVector shifted = magnitude.lanewise(VectorOperators.LSHL, 13);
        // Normal: the exponent rebiased; infinity and NaN: exponent 255, the payload kept in its high bits.
        IntVector bits = shifted.add(REBIAS).blend(shifted.add(INF_REBIAS), exponent.compare(VectorOperators.EQ, 0x7C00));
        // Zero and subnormal: the 10-bit significand times 2^-24, exact in float.
        FloatVector small = ((FloatVector) magnitude.convert(VectorOperators.I2F, 0)).mul(0x1p-24f);
        bits = bits.blend(small.reinterpretAsInts(), exponent.compare(VectorOperators.EQ, 0));
        return bits.or(h.and(0x8000).lanewise(VectorOperators.LSHL, 16)).reinterpretAsFloats();
    }

    /** The float16 bits (in the low 16 bits of int lanes) nearest to each float, ties to even. */
    public static IntVector toHalf(FloatVector x) {
        IntVector bits = x.reinterpretAsInts();
        IntVector magnitude = bits.and(0x7FFF_FFFF);
        // Normal: drop 13 significand bits, rounding to nearest even; a carry moves into the exponent (to infinity above MAX_VALUE's half ulp, which OVERFLOW catches first).
        IntVector odd = bits.lanewise(VectorOperators.LSHR, 13).and(1);
        IntVector half = magnitude.sub(REBIAS).add(0xFFF).add(odd).lanewise(VectorOperators.ASHR, 13);
        // Subnormal: adding 0.5 rounds the magnitude to a multiple of 2^-24 (0.5's ulp), the count in the low bits.
        IntVector small = magnitude.reinterpretAsFloats().add(0.5f).reinterpretAsInts().sub(HALF);
        half = half.blend(small, magnitude.compare(VectorOperators.LT, MIN_NORMAL));
        half = half.blend(0x7C00, magnitude.compare(VectorOperators.GE, OVERFLOW));
        // NaN: Float.floatToFloat16's payload, the float's significand bits 22-13, 12-4 and 3-0 folded into 10.
        VectorMask<Integer> nan = magnitude.compare(VectorOperators.GT, 0x7F80_0000);
        IntVector payload = bits.and(0x007F_E000).lanewise(VectorOperators.LSHR, 13)
                .or(bits.and(0x1FF0).lanewise(VectorOperators.LSHR, 4)).or(bits.and(0xF)).or(0x7C00);
        half = half.blend(payload, nan);
        return half.or(bits.lanewise(VectorOperators.LSHR, 16).and(0x8000));
    }

    /**
     * Each float rounded to the nearest float16 value (ties to even), as a float: the value of
     * float16ToFloat(floatToFloat16(x)), without making float16 bits (and a NaN stays the NaN it is,
     * any NaN being any NaN). Normal: 13 significand bits dropped with rounding, a carry moving into
     * the exponent; below 2^-14, |x| + 0.5 - 0.5 rounds to a multiple of 2^-24; from 65520, infinity.
     */
    public static FloatVector round(FloatVector x) {
        IntVector bits = x.reinterpretAsInts(), magnitude = bits.and(0x7FFF_FFFF);
        IntVector normal = bits.add(bits.lanewise(VectorOperators.LSHR, 13).and(1).add(0xFFF)).and(~0x1FFF);
        FloatVector small = x.abs().add(0.5f).sub(0.5f);
        IntVector rounded = normal.blend(small.reinterpretAsInts().or(bits.and(0x8000_0000)), magnitude.compare(VectorOperators.LT, MIN_NORMAL))
                .blend(bits.and(0x8000_0000).or(0x7F80_0000), magnitude.compare(VectorOperators.GE, OVERFLOW));
        return rounded.reinterpretAsFloats().blend(x, x.test(VectorOperators.IS_NAN));
    }
}
