package org.ndjit.codegen;

import org.ndjit.DType;
import org.objectweb.asm.MethodVisitor;

import static org.objectweb.asm.Opcodes.*;

/**
 * How generated code holds the seven dtypes issue 17 added (int8, int16, uint8 to uint64, float16):
 * each is computed in the JVM type of one of the five original dtypes ({@link #compute}) and narrowed
 * back to its own values after every op and on store, which gives the reference's values (it computes
 * them in a long narrowed on store, and float16 in float rounded once per op):
 * <ul>
 *   <li>int8, int16, uint8, uint16: an int holding the value (int8 and int16 sign-extended, the
 *       unsigned ones zero-extended); an op's result keeps its low bits, which is NumPy's modular
 *       arithmetic, and a signed compare of two values is the unsigned compare they need;</li>
 *   <li>uint32: a long holding the value (so signed long compares and division are exact);</li>
 *   <li>uint64: a long holding the bits; the ops where unsigned differs are {@link NarrowOps}'s;</li>
 *   <li>float16: a float holding the value (exact), rounded to float16 after each op.</li>
 * </ul>
 * The vector loops hold them the same way, in their compute dtype's lanes (package {@code codegen.vector}'s
 * {@code VectorNarrow}).
 */
public final class NarrowDtypes {
    private NarrowDtypes() {}

    private static final String FLOAT = "java/lang/Float";

    /** Whether {@code d} is one of the seven computed in another dtype's JVM type. */
    static boolean isNarrow(DType d) {
        return compute(d) != d;
    }

    /** The original dtype whose JVM type holds {@code d}'s values in generated code ({@code d} itself for the five). */
    public static DType compute(DType d) {
        return switch (d) {
            case INT8, INT16, UINT8, UINT16 -> DType.INT32;
            case UINT32, UINT64 -> DType.INT64;
            case FLOAT16 -> DType.FLOAT32;
            default -> d;
        };
    }

    /** Narrows the computed value on the stack (of {@code compute(d)}'s JVM type) to a value of {@code d}: nothing for the five. */
    static void wrap(MethodVisitor mv, DType d) {
        switch (d) {
            case INT8 -> mv.visitInsn(I2B);
            case INT16 -> mv.visitInsn(I2S);
            case UINT8 -> mask(mv, 0xFF);
            case UINT16 -> mask(mv, 0xFFFF);
            case UINT32 -> {
                mv.visitLdcInsn(0xFFFF_FFFFL);
                mv.visitInsn(LAND);
            }
            case FLOAT16 -> {
                mv.visitMethodInsn(INVOKESTATIC, FLOAT, "floatToFloat16", "(F)S", false);
                mv.visitMethodInsn(INVOKESTATIC, FLOAT, "float16ToFloat", "(S)F", false);
            }
            default -> { }
        }
    }

    /** Turns an element just read from memory (of {@link JvmTypes#memoryDesc}) into its computed value. */
    public static void afterLoad(MethodVisitor mv, DType d) {
        switch (d) {
            case UINT8 -> mask(mv, 0xFF);
            case UINT16 -> mask(mv, 0xFFFF);
            case UINT32 -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "toUnsignedLong", "(I)J", false);
            case FLOAT16 -> mv.visitMethodInsn(INVOKESTATIC, FLOAT, "float16ToFloat", "(S)F", false);
            default -> { }
        }
    }

    /** Turns a computed value into the element memory holds (of {@link JvmTypes#memoryDesc}), before it is written. */
    static void beforeStore(MethodVisitor mv, DType d) {
        switch (d) {
            case INT8, UINT8 -> mv.visitInsn(I2B);
            case INT16, UINT16 -> mv.visitInsn(I2S);
            case UINT32 -> mv.visitInsn(L2I);
            case FLOAT16 -> mv.visitMethodInsn(INVOKESTATIC, FLOAT, "floatToFloat16", "(F)S", false);
            default -> { }
        }
    }

    /**
     * Turns a kernel constant, read from the double ({@code dc}) or long ({@code lc}) argument array,
     * into its computed value: float16 rounds the double once ({@link org.ndjit.ir.Float16#fromDouble},
     * as the reference's constant buffer does), the integers keep their low bits.
     */
    static void constant(MethodVisitor mv, DType d) {
        switch (d) {
            case INT8, INT16, UINT8, UINT16 -> {
                mv.visitInsn(L2I);
                wrap(mv, d);
            }
            case UINT32 -> wrap(mv, d);
            case FLOAT16 -> {
                mv.visitMethodInsn(INVOKESTATIC, "org/ndjit/ir/Float16", "fromDouble", "(D)S", false);
                mv.visitMethodInsn(INVOKESTATIC, FLOAT, "float16ToFloat", "(S)F", false);
            }
            default -> { }
        }
    }

    private static void mask(MethodVisitor mv, int mask) {
        mv.visitLdcInsn(mask);
        mv.visitInsn(IAND);
    }
}
