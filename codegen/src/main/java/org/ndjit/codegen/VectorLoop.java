package org.ndjit.codegen;

import org.ndjit.ir.DType;
import org.ndjit.ir.Op;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.IntUnaryOperator;

import static org.objectweb.asm.Opcodes.*;

/**
 * Emits the Vector API main loop of a row kernel: inputs with stride 1 are loaded a vector at a time
 * from their memory segments, broadcast inputs and constants are hoisted out of the loop as
 * broadcast vectors, and the result is stored a vector at a time; the scalar loop then finishes the
 * tail. Only kernels whose every value has one dtype and whose ops give the same bits lanewise as
 * the scalar {@link ScalarOps} code are vectorized (IEEE + - * / sqrt, Math.max/min semantics, neg,
 * abs, and exp and log through {@link VectorMath}), so compiled results stay bit-identical to the
 * reference on every path.
 */
final class VectorLoop {
    private static final String PKG = "jdk/incubator/vector/";
    private static final String SEGMENT = "Ljava/lang/foreign/MemorySegment;";
    private static final String ORDER = "Ljava/nio/ByteOrder;";
    private static final String SPECIES = "L" + PKG + "VectorSpecies;";
    private static final Set<Op> FLOAT_OPS = EnumSet.of(Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.MAXIMUM, Op.MINIMUM, Op.NEG, Op.ABS, Op.SQUARE, Op.SQRT);
    /** Functions with a bit-identical lanewise twin in {@link VectorMath}. */
    private static final Set<Op> FLOAT_FUNCTIONS = EnumSet.of(Op.EXP, Op.LOG);
    private static final Set<Op> INT_OPS = EnumSet.of(Op.ADD, Op.SUB, Op.MUL, Op.MAXIMUM, Op.MINIMUM, Op.NEG, Op.ABS, Op.SQUARE);

    private VectorLoop() {}

    /** True when this kernel, with its input strides, gets a vector main loop. */
    static boolean applies(KernelSpec spec) {
        if (!VectorSupport.enabled() || spec.access().size() != spec.inputs().size()) return false;
        DType t = spec.output();
        if (t.isBool()) return false;
        for (KernelSpec.Access a : spec.access()) if (a == KernelSpec.Access.STRIDED) return false;
        for (DType d : spec.inputs()) if (d != t) return false;
        for (DType d : spec.constants()) if (d != t) return false;
        Set<Op> allowed = t.isFloat() ? FLOAT_OPS : INT_OPS;
        for (KernelSpec.Instr i : spec.instrs()) {
            boolean vectorFunction = t.isFloat() && FLOAT_FUNCTIONS.contains(i.op()) && VectorSupport.floatsWidenInTwo();
            if (i.dtype() != t || !(allowed.contains(i.op()) || vectorFunction)) return false;
        }
        return true;
    }

    /**
     * Emits the loop from {@code j = 0} to the last full vector; on exit {@code j} is that bound and the
     * byte positions of the strided inputs and the output have been advanced to it.
     */
    static void emit(MethodVisitor mv, KernelSpec spec, int[] segment, int[] position, int[] step, int[] slotLocal,
                     int outLocal, int outPos, int nLocal, int j, IntUnaryOperator allocate) {
        DType t = spec.output();
        String vec = PKG + vectorClass(t), vecDesc = "L" + vec + ";";
        int lanes = VectorSupport.lanes(t);
        int inputs = spec.inputs().size(), base = inputs + spec.constants().size();
        int order = allocate.applyAsInt(1), bound = allocate.applyAsInt(1);
        mv.visitMethodInsn(INVOKESTATIC, "java/nio/ByteOrder", "nativeOrder", "()" + ORDER, false);
        mv.visitVarInsn(ASTORE, order);
        mv.visitVarInsn(ILOAD, nLocal);
        mv.visitLdcInsn(-lanes);
        mv.visitInsn(IAND);
        mv.visitVarInsn(ISTORE, bound);

        int[] vectorLocal = new int[base + spec.instrs().size()];
        for (int s = 0; s < base; s++) {
            vectorLocal[s] = allocate.applyAsInt(1);
            boolean hoisted = s >= inputs || spec.access().get(s) == KernelSpec.Access.BROADCAST;
            if (!hoisted) continue;
            pushSpecies(mv, vec);
            if (s < inputs) {
                mv.visitVarInsn(ALOAD, segment[s]);
                mv.visitFieldInsn(GETSTATIC, "java/lang/foreign/ValueLayout", JvmTypes.layoutField(t), JvmTypes.layoutDesc(t));
                mv.visitVarInsn(LLOAD, position[s]);
                mv.visitMethodInsn(INVOKEINTERFACE, "java/lang/foreign/MemorySegment", "get", "(" + JvmTypes.layoutDesc(t) + "J)" + JvmTypes.jvmDesc(t), true);
            } else {
                mv.visitVarInsn(JvmTypes.loadOp(t), slotLocal[s]);
            }
            mv.visitMethodInsn(INVOKESTATIC, vec, "broadcast", "(" + SPECIES + JvmTypes.jvmDesc(t) + ")" + vecDesc, false);
            mv.visitVarInsn(ASTORE, vectorLocal[s]);
        }
        for (int k = 0; k < spec.instrs().size(); k++) vectorLocal[base + k] = allocate.applyAsInt(1);

        Label loop = new Label(), done = new Label();
        mv.visitLabel(loop);
        mv.visitVarInsn(ILOAD, j);
        mv.visitVarInsn(ILOAD, bound);
        mv.visitJumpInsn(IF_ICMPGE, done);
        for (int i = 0; i < inputs; i++) {
            if (spec.access().get(i) != KernelSpec.Access.UNIT) continue;
            pushSpecies(mv, vec);
            mv.visitVarInsn(ALOAD, segment[i]);
            byteOffset(mv, position[i], j, t);
            mv.visitVarInsn(ALOAD, order);
            mv.visitMethodInsn(INVOKESTATIC, vec, "fromMemorySegment", "(" + SPECIES + SEGMENT + "J" + ORDER + ")" + vecDesc, false);
            mv.visitVarInsn(ASTORE, vectorLocal[i]);
        }
        for (int k = 0; k < spec.instrs().size(); k++) {
            KernelSpec.Instr instr = spec.instrs().get(k);
            mv.visitVarInsn(ALOAD, vectorLocal[instr.args()[0]]);
            switch (instr.op()) {
                case NEG, ABS -> mv.visitMethodInsn(INVOKEVIRTUAL, vec, instr.op() == Op.NEG ? "neg" : "abs", "()" + vecDesc, false);
                case SQRT -> {
                    mv.visitFieldInsn(GETSTATIC, PKG + "VectorOperators", "SQRT", "L" + PKG + "VectorOperators$Unary;");
                    mv.visitMethodInsn(INVOKEVIRTUAL, vec, "lanewise", "(L" + PKG + "VectorOperators$Unary;)" + vecDesc, false);
                }
                case EXP, LOG -> mv.visitMethodInsn(INVOKESTATIC, "org/ndjit/codegen/VectorMath", instr.op() == Op.EXP ? "exp" : "log",
                        "(" + vecDesc + ")" + vecDesc, false);
                case SQUARE -> {
                    mv.visitVarInsn(ALOAD, vectorLocal[instr.args()[0]]);
                    mv.visitMethodInsn(INVOKEVIRTUAL, vec, "mul", "(L" + PKG + "Vector;)" + vecDesc, false);
                }
                default -> {
                    mv.visitVarInsn(ALOAD, vectorLocal[instr.args()[1]]);
                    mv.visitMethodInsn(INVOKEVIRTUAL, vec, binaryMethod(instr.op()), "(L" + PKG + "Vector;)" + vecDesc, false);
                }
            }
            mv.visitVarInsn(ASTORE, vectorLocal[base + k]);
        }
        mv.visitVarInsn(ALOAD, vectorLocal[spec.resultSlot()]);
        mv.visitVarInsn(ALOAD, outLocal);
        mv.visitVarInsn(ILOAD, j);
        mv.visitInsn(I2L);
        mv.visitLdcInsn((long) t.itemSize());
        mv.visitInsn(LMUL);
        mv.visitVarInsn(LLOAD, outPos);
        mv.visitInsn(LADD);
        mv.visitVarInsn(ALOAD, order);
        mv.visitMethodInsn(INVOKEVIRTUAL, vec, "intoMemorySegment", "(" + SEGMENT + "J" + ORDER + ")V", false);
        mv.visitIincInsn(j, lanes);
        mv.visitJumpInsn(GOTO, loop);
        mv.visitLabel(done);

        // Hand over to the scalar tail: advance byte positions by j elements.
        for (int i = 0; i < inputs; i++) {
            mv.visitVarInsn(LLOAD, position[i]);
            mv.visitVarInsn(LLOAD, step[i]);
            mv.visitVarInsn(ILOAD, j);
            mv.visitInsn(I2L);
            mv.visitInsn(LMUL);
            mv.visitInsn(LADD);
            mv.visitVarInsn(LSTORE, position[i]);
        }
        mv.visitVarInsn(LLOAD, outPos);
        mv.visitVarInsn(ILOAD, j);
        mv.visitInsn(I2L);
        mv.visitLdcInsn((long) t.itemSize());
        mv.visitInsn(LMUL);
        mv.visitInsn(LADD);
        mv.visitVarInsn(LSTORE, outPos);
    }

    /** position + j * itemSize, the byte offset of element j of a unit-stride input. */
    private static void byteOffset(MethodVisitor mv, int position, int j, DType t) {
        mv.visitVarInsn(ILOAD, j);
        mv.visitInsn(I2L);
        mv.visitLdcInsn((long) t.itemSize());
        mv.visitInsn(LMUL);
        mv.visitVarInsn(LLOAD, position);
        mv.visitInsn(LADD);
    }

    private static void pushSpecies(MethodVisitor mv, String vec) {
        mv.visitFieldInsn(GETSTATIC, vec, "SPECIES_PREFERRED", SPECIES);
    }

    private static String binaryMethod(Op op) {
        return switch (op) {
            case ADD -> "add";
            case SUB -> "sub";
            case MUL -> "mul";
            case DIV -> "div";
            case MAXIMUM -> "max";
            case MINIMUM -> "min";
            default -> throw new IllegalArgumentException(op + " has no vector form");
        };
    }

    private static String vectorClass(DType t) {
        return switch (t) {
            case FLOAT64 -> "DoubleVector";
            case FLOAT32 -> "FloatVector";
            case INT64 -> "LongVector";
            case INT32 -> "IntVector";
            case BOOL -> throw new IllegalArgumentException("bool kernels are not vectorized");
        };
    }
}
