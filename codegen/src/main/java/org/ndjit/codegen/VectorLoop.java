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
 * tail. Only kernels whose values have one dtype T, besides bools, and whose ops give the same bits
 * lanewise as the scalar {@link ScalarOps} code are vectorized (IEEE + - * / sqrt, Math.max/min
 * semantics, neg, abs, and exp, log, sin, cos and tanh through {@link VectorMath}), so compiled results stay
 * bit-identical to the reference on every path.
 *
 * <p>Bools are held as {@code VectorMask}s of T's species ({@link MaskCode}): comparisons of two T
 * values (Java's operators lanewise: false with NaN but for !=, signed for integers), logic, where
 * (a blend, which copies bits as the ternary does) and casts between T and bool. A kernel of bools
 * only uses the byte species. Bool inputs and outputs are bytes.
 */
final class VectorLoop {
    static final String PKG = "jdk/incubator/vector/";
    static final String SPECIES = "L" + PKG + "VectorSpecies;";
    private static final String SEGMENT = "Ljava/lang/foreign/MemorySegment;";
    private static final String ORDER = "Ljava/nio/ByteOrder;";
    private static final Set<Op> FLOAT_OPS = EnumSet.of(Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.MAXIMUM, Op.MINIMUM, Op.NEG, Op.ABS, Op.SQUARE, Op.SQRT);
    /** Functions with a bit-identical lanewise twin in {@link VectorMath}. */
    private static final Set<Op> FLOAT_FUNCTIONS = EnumSet.of(Op.EXP, Op.LOG, Op.SIN, Op.COS, Op.TANH);
    private static final Set<Op> INT_OPS = EnumSet.of(Op.ADD, Op.SUB, Op.MUL, Op.MAXIMUM, Op.MINIMUM, Op.NEG, Op.ABS, Op.SQUARE);

    private VectorLoop() {}

    /** True when this kernel, with its input strides, gets a vector main loop. */
    static boolean applies(KernelSpec spec) {
        if (!VectorSupport.enabled() || spec.access().size() != spec.inputs().size()) return false;
        if (spec.access().contains(KernelSpec.Access.STRIDED)) return false;
        DType t = carrier(spec);
        if (t == null || (hasBool(spec) && !MaskCode.supports(VectorSupport.lanes(t)))) return false;
        for (KernelSpec.Instr i : spec.instrs()) {
            DType first = spec.slotType(i.args()[0]);
            boolean ok = switch (i.op()) {
                case CAST -> first.isBool() != i.dtype().isBool();
                case WHERE -> first.isBool();
                default -> i.dtype().isBool() ? MaskCode.computes(i.op(), first)
                        : (t.isFloat() ? FLOAT_OPS : INT_OPS).contains(i.op())
                          || (t.isFloat() && FLOAT_FUNCTIONS.contains(i.op()) && VectorSupport.floatsWidenInTwo());
            };
            if (!ok) return false;
        }
        return true;
    }

    /** The kernel's one dtype besides bool (bool if it has no other), or null if it has two (it casts). */
    static DType carrier(KernelSpec spec) {
        DType t = spec.output();
        for (int s = 0; s <= spec.resultSlot(); s++) {
            DType d = spec.slotType(s);
            if (d == t || d.isBool()) continue;
            if (!t.isBool()) return null;
            t = d;
        }
        return t;
    }

    private static boolean hasBool(KernelSpec spec) {
        for (int s = 0; s <= spec.resultSlot(); s++) if (spec.slotType(s).isBool()) return true;
        return spec.output().isBool();
    }

    /**
     * Emits the loop from {@code j = 0} to the last full vector; on exit {@code j} is that bound and the
     * byte positions of the strided inputs and the output have been advanced to it.
     */
    static void emit(MethodVisitor mv, KernelSpec spec, int[] segment, int[] position, int[] step, int[] slotLocal,
                     int outLocal, int outPos, int nLocal, int j, IntUnaryOperator allocate) {
        DType t = carrier(spec);
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
        MaskCode masks = new MaskCode(mv, vec, lanes, order);
        for (int i = 0; i < inputs; i++) {
            if (spec.inputs().get(i).isBool() && spec.access().get(i) == KernelSpec.Access.UNIT) {
                masks.prologue(allocate);
                break;
            }
        }

        // One local per slot holding its vector (or mask, for a bool).
        int[] vectorLocal = new int[base + spec.instrs().size()];
        for (int s = 0; s < base; s++) {
            vectorLocal[s] = allocate.applyAsInt(1);
            DType d = spec.slotType(s);
            boolean input = s < inputs;
            if (input && spec.access().get(s) != KernelSpec.Access.BROADCAST) continue;
            if (d.isBool() && input) {
                masks.broadcastInput(segment[s], position[s]);
            } else if (d.isBool()) {
                masks.broadcastConstant(slotLocal[s]);
            } else {
                pushSpecies(mv, vec);
                if (input) {
                    mv.visitVarInsn(ALOAD, segment[s]);
                    mv.visitFieldInsn(GETSTATIC, "java/lang/foreign/ValueLayout", JvmTypes.layoutField(t), JvmTypes.layoutDesc(t));
                    mv.visitVarInsn(LLOAD, position[s]);
                    mv.visitMethodInsn(INVOKEINTERFACE, "java/lang/foreign/MemorySegment", "get", "(" + JvmTypes.layoutDesc(t) + "J)" + JvmTypes.jvmDesc(t), true);
                } else {
                    mv.visitVarInsn(JvmTypes.loadOp(t), slotLocal[s]);
                }
                mv.visitMethodInsn(INVOKESTATIC, vec, "broadcast", "(" + SPECIES + JvmTypes.jvmDesc(t) + ")" + vecDesc, false);
            }
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
            DType d = spec.inputs().get(i);
            if (d.isBool()) {
                masks.load(segment[i], position[i], j);
            } else {
                pushSpecies(mv, vec);
                mv.visitVarInsn(ALOAD, segment[i]);
                byteOffset(mv, position[i], j, d);
                mv.visitVarInsn(ALOAD, order);
                mv.visitMethodInsn(INVOKESTATIC, vec, "fromMemorySegment", "(" + SPECIES + SEGMENT + "J" + ORDER + ")" + vecDesc, false);
            }
            mv.visitVarInsn(ASTORE, vectorLocal[i]);
        }
        for (int k = 0; k < spec.instrs().size(); k++) {
            KernelSpec.Instr instr = spec.instrs().get(k);
            int[] arg = new int[instr.args().length];
            for (int a = 0; a < arg.length; a++) arg[a] = vectorLocal[instr.args()[a]];
            boolean fromBool = spec.slotType(instr.args()[0]).isBool();
            if (instr.dtype().isBool() || fromBool) masks.instruction(instr.op(), fromBool, instr.dtype().isBool(), arg);
            else arithmetic(mv, instr.op(), vec, arg);
            mv.visitVarInsn(ASTORE, vectorLocal[base + k]);
        }
        DType out = spec.output();
        if (out.isBool()) {
            masks.store(vectorLocal[spec.resultSlot()], outLocal, outPos, j);
        } else {
            mv.visitVarInsn(ALOAD, vectorLocal[spec.resultSlot()]);
            mv.visitVarInsn(ALOAD, outLocal);
            byteOffset(mv, outPos, j, out);
            mv.visitVarInsn(ALOAD, order);
            mv.visitMethodInsn(INVOKEVIRTUAL, vec, "intoMemorySegment", "(" + SEGMENT + "J" + ORDER + ")V", false);
        }
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
        byteOffset(mv, outPos, j, out);
        mv.visitVarInsn(LSTORE, outPos);
    }

    /** An op on T vectors; the operands' locals are {@code arg}. */
    private static void arithmetic(MethodVisitor mv, Op op, String vec, int[] arg) {
        String vecDesc = "L" + vec + ";";
        mv.visitVarInsn(ALOAD, arg[0]);
        switch (op) {
            case NEG, ABS -> mv.visitMethodInsn(INVOKEVIRTUAL, vec, op == Op.NEG ? "neg" : "abs", "()" + vecDesc, false);
            case SQRT -> {
                mv.visitFieldInsn(GETSTATIC, PKG + "VectorOperators", "SQRT", "L" + PKG + "VectorOperators$Unary;");
                mv.visitMethodInsn(INVOKEVIRTUAL, vec, "lanewise", "(L" + PKG + "VectorOperators$Unary;)" + vecDesc, false);
            }
            case EXP, LOG, SIN, COS, TANH -> mv.visitMethodInsn(INVOKESTATIC, "org/ndjit/codegen/VectorMath", op.numpyName(),
                    "(" + vecDesc + ")" + vecDesc, false);
            case SQUARE -> {
                mv.visitVarInsn(ALOAD, arg[0]);
                mv.visitMethodInsn(INVOKEVIRTUAL, vec, "mul", "(L" + PKG + "Vector;)" + vecDesc, false);
            }
            default -> {
                mv.visitVarInsn(ALOAD, arg[1]);
                mv.visitMethodInsn(INVOKEVIRTUAL, vec, binaryMethod(op), "(L" + PKG + "Vector;)" + vecDesc, false);
            }
        }
    }

    /** position + j * itemSize, the byte offset of element j of a unit-stride input or of the output. */
    static void byteOffset(MethodVisitor mv, int position, int j, DType d) {
        mv.visitVarInsn(ILOAD, j);
        mv.visitInsn(I2L);
        if (d.itemSize() > 1) {
            mv.visitLdcInsn((long) d.itemSize());
            mv.visitInsn(LMUL);
        }
        mv.visitVarInsn(LLOAD, position);
        mv.visitInsn(LADD);
    }

    static void pushSpecies(MethodVisitor mv, String vec) {
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
            case BOOL -> "ByteVector";
        };
    }
}
