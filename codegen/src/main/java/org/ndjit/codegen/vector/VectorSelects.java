package org.ndjit.codegen.vector;

import org.ndjit.codegen.JvmTypes;
import org.ndjit.DType;
import org.ndjit.ir.Op;
import org.objectweb.asm.MethodVisitor;

import java.util.EnumSet;
import java.util.Set;

import static org.ndjit.codegen.vector.VectorEmitter.PKG;
import static org.objectweb.asm.Opcodes.*;

/**
 * Emits the lanewise forms of the cheap elementwise ops whose scalar definitions are a choice
 * between operands or constants, or bit operations: sign, copysign, heaviside, fmax, fmin, invert
 * and the shifts. Each chooses, by blends on comparisons and tests of the same operands, exactly
 * the value the scalar definition's branches choose ({@code ir.ElementFunctions}, {@code ScalarOps}),
 * so the bits are the same on every lane; nothing is rounded.
 *
 * <p>NumPy's shifts by counts outside [0, bits) give 0 (left) and the sign (right), where the Vector
 * API's shifts take the count modulo the bits: the left shift blends 0 into lanes whose count is
 * unsigned at least the bits, and the right shift first replaces such counts by bits - 1 (which
 * shifts in the sign everywhere). Emitted inline, as {@link VectorMasks} is, so that no shared
 * helper's profile mixes the species of different kernels.
 */
final class VectorSelects {
    private static final String OPS = PKG + "VectorOperators";
    private static final String MASK = "L" + PKG + "VectorMask;";
    private static final String COMPARISON = "L" + OPS + "$Comparison;";
    private static final String VECTOR = "L" + PKG + "Vector;";
    /** The ops emitted here; the Op rows say LANEWISE, and these are their forms for every dtype of their domains but bool. */
    static final Set<Op> OPS_HERE = EnumSet.of(Op.SIGN, Op.COPYSIGN, Op.HEAVISIDE, Op.FMAX, Op.FMIN, Op.INVERT, Op.LEFT_SHIFT, Op.RIGHT_SHIFT);

    private final MethodVisitor mv;
    private final DType d;
    private final String vec, vecDesc, elem;
    private final int lanes;

    private VectorSelects(MethodVisitor mv, DType d, int lanes) {
        this.mv = mv;
        this.d = d;
        this.lanes = lanes;
        vec = VectorEmitter.vectorType(d);
        vecDesc = "L" + vec + ";";
        elem = JvmTypes.jvmDesc(d);
    }

    /** Leaves {@code op(arg...)} of dtype d, a vector of the loop's lanes, on the stack. */
    static void emit(MethodVisitor mv, Op op, DType d, int lanes, int[] arg) {
        new VectorSelects(mv, d, lanes).emit(op, arg);
    }

    private void emit(Op op, int[] arg) {
        int bits = 8 * d.itemSize();
        switch (op) {
            case SIGN -> { // 1 above 0, -1 below, 0 at +-0 (+0.0); NaN itself
                constant(0);
                blendConstant(1, () -> compareConstant(arg[0], "GT", 0));
                blendConstant(-1, () -> compareConstant(arg[0], "LT", 0));
                if (d.isFloat()) blendVector(arg[0], () -> test(arg[0], "IS_NAN"));
            }
            case COPYSIGN -> { // |a|, negated where b's sign bit is set
                mv.visitVarInsn(ALOAD, arg[0]);
                call("abs", "()");
                mv.visitInsn(DUP);
                call("neg", "()");
                test(arg[1], "IS_NEGATIVE");
                call("blend", "(" + VECTOR + MASK + ")");
            }
            case HEAVISIDE -> { // 1, 0 below 0, h0 at +-0; NaN itself
                constant(1);
                blendConstant(0, () -> compareConstant(arg[0], "LT", 0));
                blendVector(arg[1], () -> compareConstant(arg[0], "EQ", 0));
                blendVector(arg[0], () -> test(arg[0], "IS_NAN"));
            }
            case FMAX, FMIN -> {
                if (!d.isFloat()) { // Math.max and Math.min on integers
                    mv.visitVarInsn(ALOAD, arg[0]);
                    mv.visitVarInsn(ALOAD, arg[1]);
                    call(op == Op.FMAX ? "max" : "min", "(" + VECTOR + ")");
                    return;
                }
                // b, but a where a >= b (a <= b) or b is NaN
                mv.visitVarInsn(ALOAD, arg[1]);
                blendVector(arg[0], () -> {
                    compareVector(arg[0], op == Op.FMAX ? "GE" : "LE", arg[1]);
                    test(arg[1], "IS_NAN");
                    mv.visitMethodInsn(INVOKEVIRTUAL, PKG + "VectorMask", "or", "(" + MASK + ")" + MASK, false);
                });
            }
            case INVERT -> {
                mv.visitVarInsn(ALOAD, arg[0]);
                call("not", "()");
            }
            case LEFT_SHIFT -> {
                shift(arg[0], "LSHL", () -> mv.visitVarInsn(ALOAD, arg[1]));
                blendConstant(0, () -> compareConstant(arg[1], "UGE", bits));
            }
            case RIGHT_SHIFT -> shift(arg[0], "ASHR", () -> { // counts outside [0, bits) become bits - 1
                constant(bits - 1);
                blendVector(arg[1], () -> compareConstant(arg[1], "ULT", bits));
            });
            default -> throw new IllegalArgumentException(op + " has no form here");
        }
    }

    /** {@code x.lanewise(operator, count)}, the count vector pushed by {@code count}. */
    private void shift(int x, String operator, Runnable count) {
        mv.visitVarInsn(ALOAD, x);
        mv.visitFieldInsn(GETSTATIC, OPS, operator, "L" + OPS + "$Binary;");
        count.run();
        call("lanewise", "(L" + OPS + "$Binary;" + VECTOR + ")");
    }

    /** The vector on the stack, with the lanes of the constant c where the mask pushed by {@code mask} is set. */
    private void blendConstant(long c, Runnable mask) {
        push(c);
        mask.run();
        call("blend", "(" + elem + MASK + ")");
    }

    /** The vector on the stack, with the lanes of the vector in a local where the mask is set. */
    private void blendVector(int local, Runnable mask) {
        mv.visitVarInsn(ALOAD, local);
        mask.run();
        call("blend", "(" + VECTOR + MASK + ")");
    }

    /** Pushes the mask {@code x <comparison> c}. */
    private void compareConstant(int x, String comparison, long c) {
        mv.visitVarInsn(ALOAD, x);
        mv.visitFieldInsn(GETSTATIC, OPS, comparison, COMPARISON);
        push(c);
        mv.visitMethodInsn(INVOKEVIRTUAL, vec, "compare", "(" + COMPARISON + elem + ")" + MASK, false);
    }

    private void compareVector(int x, String comparison, int y) {
        mv.visitVarInsn(ALOAD, x);
        mv.visitFieldInsn(GETSTATIC, OPS, comparison, COMPARISON);
        mv.visitVarInsn(ALOAD, y);
        mv.visitMethodInsn(INVOKEVIRTUAL, vec, "compare", "(" + COMPARISON + VECTOR + ")" + MASK, false);
    }

    private void test(int x, String test) {
        String type = "L" + OPS + "$Test;";
        mv.visitVarInsn(ALOAD, x);
        mv.visitFieldInsn(GETSTATIC, OPS, test, type);
        mv.visitMethodInsn(INVOKEVIRTUAL, vec, "test", "(" + type + ")" + MASK, false);
    }

    /** The vector of the constant c in every lane. */
    private void constant(long c) {
        VectorEmitter.pushSpecies(mv, d, lanes);
        push(c);
        mv.visitMethodInsn(INVOKESTATIC, vec, "broadcast", "(" + VectorEmitter.SPECIES + elem + ")" + vecDesc, false);
    }

    /** A small integer constant as an element of d. */
    private void push(long c) {
        mv.visitLdcInsn(switch (d) {
            case FLOAT64 -> (double) c;
            case FLOAT32 -> (float) c;
            case INT64 -> c;
            default -> (int) c;
        });
    }

    private void call(String method, String params) {
        mv.visitMethodInsn(INVOKEVIRTUAL, vec, method, params + vecDesc, false);
    }
}
