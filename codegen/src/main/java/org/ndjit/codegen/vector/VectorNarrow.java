package org.ndjit.codegen.vector;

import org.ndjit.DType;
import org.ndjit.codegen.NarrowDtypes;
import org.ndjit.codegen.NarrowOps;
import org.ndjit.ir.Op;
import org.objectweb.asm.MethodVisitor;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.IntUnaryOperator;

import static org.ndjit.codegen.vector.VectorEmitter.PKG;
import static org.objectweb.asm.Opcodes.*;

/**
 * The seven dtypes of issue 17 in the vector loops, held as the scalar loops hold them
 * ({@link NarrowDtypes}): int8, int16, uint8 and uint16 in int lanes, uint32 and uint64 in long lanes,
 * float16 in float lanes ({@link #lane}). A unit-stride input is loaded in its own species of the loop's lanes (a
 * {@code ByteVector} for uint8) and widened to the lane species with {@code convertShape}: B2I and S2I
 * sign-extend, ZERO_EXTEND_B2I, ZERO_EXTEND_S2I and ZERO_EXTEND_I2L zero-extend, as the scalar loop's
 * loads do; a result is narrowed back with I2B, I2S or L2I (Java's casts: the low bits) before it is
 * stored. Every op then runs as its lane dtype's op and is narrowed lanewise ({@link #wrap}: the shift
 * pair or mask the scalar loop's i2b, i2s and land are), so the bits are the scalar loop's.
 *
 * <p>uint64's own ops ({@link NarrowOps#differsForUint64}) have vector twins for ordering: UMAX and
 * UMIN, and the unsigned comparisons ULT, ULE, UGT, UGE (== and != are int64's); its division, remainder, right shift, power,
 * sign, abs, reciprocal and its casts to and from floats keep the scalar loop, since the Vector API
 * has no unsigned division and its float conversions are signed.
 *
 * <p>float16: JDK 25's Vector API has no float16 lanes and no float16 conversion ({@code
 * VectorOperators} has S2F, a conversion of the short's value, not of its bits as {@link
 * Float#float16ToFloat}), so {@link Float16Lanes} converts in int lanes: a float16 input is loaded as
 * a {@code ShortVector}, zero-extended to ints and made floats; every op is its float32 op rounded to
 * float16 once ({@link #wrap}), as the scalar loop's {@code floatToFloat16} then {@code float16ToFloat};
 * a result is made float16 bits and narrowed to shorts on store. A float64 to float16 cast keeps the
 * scalar loop: it rounds the double once (NarrowOps), where float lanes would round it twice. The
 * conversions are copied into the loop ({@link InlinedMethod}): about 175 bytes of bytecode per float16
 * op (18 for a float32 one), where the planner's {@code MethodSize} counts 32, so a chain of more than
 * 39 float16 ops takes the vector row method past HotSpot's 8,000 bytes and its kernel keeps the
 * scalar loop (RowKernelCompiler's fallback).
 */
final class VectorNarrow {
    private VectorNarrow() {}

    private static final String CONVERSION = "L" + PKG + "VectorOperators$Conversion;";
    private static final String BINARY = "L" + PKG + "VectorOperators$Binary;";
    private static final String ASSOCIATIVE = "L" + PKG + "VectorOperators$Associative;";
    /** float16's conversions, copied into the kernel's code (see {@link InlinedMethod} for why not called). */
    private static final InlinedMethod TO_FLOAT = InlinedMethod.of(Float16Lanes.class, "toFloat"),
            TO_HALF = InlinedMethod.of(Float16Lanes.class, "toHalf"), ROUND = InlinedMethod.of(Float16Lanes.class, "round");
    /** uint64's own ops with a lanewise twin: the unsigned ones, and == and != (int64's on the same bits). */
    private static final Set<Op> UINT64_TWINS = EnumSet.of(Op.MAXIMUM, Op.MINIMUM, Op.FMAX, Op.FMIN, Op.LT, Op.LE, Op.GT, Op.GE, Op.EQ, Op.NE);

    /** The dtype whose lanes hold {@code d}'s values: its compute dtype ({@link NarrowDtypes#compute}), {@code d} itself for the five. */
    static DType lane(DType d) {
        return NarrowDtypes.compute(d);
    }

    /** Whether {@code d} is held in another dtype's lanes (the seven of issue 17). */
    static boolean isNarrow(DType d) {
        return lane(d) != d;
    }

    /**
     * Whether op, on operands of {@code operand}, has a lanewise form giving the scalar loop's bits
     * (beside what the lane dtype's op needs): uint64's own ops only where an unsigned twin exists.
     */
    static boolean computes(Op op, DType operand) {
        return operand != DType.UINT64 || !NarrowOps.differsForUint64(op) || UINT64_TWINS.contains(op);
    }

    /**
     * Whether a cast from {@code from} to {@code to} (neither bool, at least one of the seven) gives
     * the scalar loop's bits lanewise: not uint64's casts to and from floats (unsigned conversions,
     * NarrowOps) nor float64's to float16 (rounded once from the double), and int64-lane casts to and from floats only where they are vector instructions.
     */
    static boolean casts(DType from, DType to) {
        if (from == DType.UINT64 && to.isFloat() || to == DType.UINT64 && from.isFloat()) return false;
        if (from == DType.FLOAT64 && to == DType.FLOAT16) return false;
        DType f = lane(from), t = lane(to);
        return f == t || PanamaProvider.longFloatCasts() || !VectorEmitter.longFloat(f, t);
    }

    /** The vector class of {@code d}'s elements in memory (a ByteVector for uint8; the lane class for the five). */
    static String storageVector(DType d) {
        return PKG + switch (d) {
            case INT8, UINT8 -> "ByteVector";
            case INT16, UINT16, FLOAT16 -> "ShortVector";
            case UINT32 -> "IntVector";
            case UINT64 -> "LongVector";
            default -> VectorEmitter.vectorType(d).substring(PKG.length());
        };
    }

    /** Pushes the species of {@code d}'s elements in memory with this many lanes. */
    static void pushStorageSpecies(MethodVisitor mv, DType d, int lanes) {
        mv.visitFieldInsn(GETSTATIC, storageVector(d), "SPECIES_" + lanes * 8 * d.itemSize(), VectorEmitter.SPECIES);
    }

    /** The vector of d's elements on the stack (of {@link #storageVector}) as a vector of its lane dtype: sign- or zero-extended, float16 made floats. */
    static void widen(MethodVisitor mv, DType d, int lanes, IntUnaryOperator allocate) {
        if (d == DType.FLOAT16) {
            convert(mv, "ZERO_EXTEND_S2I", storageVector(d), DType.INT32, lanes);
            TO_FLOAT.emit(mv, allocate);
            return;
        }
        String conversion = switch (d) {
            case INT8 -> "B2I";
            case UINT8 -> "ZERO_EXTEND_B2I";
            case INT16 -> "S2I";
            case UINT16 -> "ZERO_EXTEND_S2I";
            case UINT32 -> "ZERO_EXTEND_I2L";
            default -> null;
        };
        if (conversion != null) convert(mv, conversion, storageVector(d), lane(d), lanes);
    }

    /** The vector of d's lane dtype on the stack as a vector of its elements in memory (the low bits). */
    static void narrow(MethodVisitor mv, DType d, int lanes, IntUnaryOperator allocate) {
        DType from = lane(d);
        if (d == DType.FLOAT16) {
            TO_HALF.emit(mv, allocate);
            from = DType.INT32;
        }
        String conversion = switch (d) {
            case INT8, UINT8 -> "I2B";
            case INT16, UINT16, FLOAT16 -> "I2S";
            case UINT32 -> "L2I";
            default -> null;
        };
        if (conversion == null) return;
        mv.visitFieldInsn(GETSTATIC, PKG + "VectorOperators", conversion, CONVERSION);
        pushStorageSpecies(mv, d, lanes);
        mv.visitInsn(ICONST_0);
        mv.visitMethodInsn(INVOKEVIRTUAL, VectorEmitter.vectorType(from), "convertShape",
                "(" + CONVERSION + VectorEmitter.SPECIES + "I)L" + PKG + "Vector;", false);
        mv.visitTypeInsn(CHECKCAST, storageVector(d));
    }

    private static void convert(MethodVisitor mv, String conversion, String fromVector, DType to, int lanes) {
        mv.visitFieldInsn(GETSTATIC, PKG + "VectorOperators", conversion, CONVERSION);
        VectorEmitter.pushSpecies(mv, to, lanes);
        mv.visitInsn(ICONST_0);
        mv.visitMethodInsn(INVOKEVIRTUAL, fromVector, "convertShape", "(" + CONVERSION + VectorEmitter.SPECIES + "I)L" + PKG + "Vector;", false);
        mv.visitTypeInsn(CHECKCAST, VectorEmitter.vectorType(to));
    }

    /**
     * Narrows the lane vector on the stack to values of {@code d}, lanewise as {@link NarrowDtypes#wrap}:
     * int8 and int16 shifted left and arithmetically back (i2b, i2s), the unsigned ones masked, float16
     * rounded ({@link Float16Lanes#round}).
     */
    static void wrap(MethodVisitor mv, DType d, IntUnaryOperator allocate) {
        String vec = VectorEmitter.vectorType(lane(d)), self = "L" + vec + ";";
        switch (d) {
            case INT8, INT16 -> {
                int shift = d == DType.INT8 ? 24 : 16;
                for (String op : new String[] {"LSHL", "ASHR"}) {
                    mv.visitFieldInsn(GETSTATIC, PKG + "VectorOperators", op, BINARY);
                    mv.visitLdcInsn(shift);
                    mv.visitMethodInsn(INVOKEVIRTUAL, vec, "lanewise", "(" + BINARY + "I)" + self, false);
                }
            }
            case UINT8, UINT16 -> {
                mv.visitLdcInsn(d == DType.UINT8 ? 0xFF : 0xFFFF);
                mv.visitMethodInsn(INVOKEVIRTUAL, vec, "and", "(I)" + self, false);
            }
            case UINT32 -> {
                mv.visitLdcInsn(0xFFFF_FFFFL);
                mv.visitMethodInsn(INVOKEVIRTUAL, vec, "and", "(J)" + self, false);
            }
            case FLOAT16 -> ROUND.emit(mv, allocate);
            default -> { }
        }
    }

    /** Whether {@code op} on uint64 operands is emitted here ({@link #unsigned}) rather than as the int64 op. */
    static boolean unsignedOrdering(Op op, DType operand) {
        return operand == DType.UINT64 && (op == Op.MAXIMUM || op == Op.MINIMUM || op == Op.FMAX || op == Op.FMIN);
    }

    /** {@code a UMAX b} or {@code a UMIN b} of two uint64 (long) vectors in locals: Long.compareUnsigned's choice. */
    static void unsigned(MethodVisitor mv, Op op, int[] arg) {
        String vec = VectorEmitter.vectorType(DType.INT64);
        mv.visitVarInsn(ALOAD, arg[0]);
        mv.visitFieldInsn(GETSTATIC, PKG + "VectorOperators", op == Op.MAXIMUM || op == Op.FMAX ? "UMAX" : "UMIN", ASSOCIATIVE);
        mv.visitVarInsn(ALOAD, arg[1]);
        mv.visitMethodInsn(INVOKEVIRTUAL, vec, "lanewise", "(" + BINARY + "L" + PKG + "Vector;)L" + vec + ";", false);
    }

    /** The name of the VectorOperators comparison of {@code op} on operands of {@code operand}: unsigned for uint64. */
    static String comparison(Op op, DType operand) {
        boolean ordering = op == Op.LT || op == Op.LE || op == Op.GT || op == Op.GE;
        return operand == DType.UINT64 && ordering ? "U" + op.name() : op.name();
    }
}
