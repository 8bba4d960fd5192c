package org.ndjit.codegen.vector;

import org.ndjit.codegen.JvmTypes;
import org.ndjit.codegen.KernelSpec;
import org.ndjit.codegen.LoopEmitter;
import org.ndjit.codegen.RowKernel;
import org.ndjit.codegen.ScalarOps;
import org.ndjit.DType;
import org.ndjit.ir.Op;
import org.objectweb.asm.MethodVisitor;

import java.nio.ByteOrder;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.IntUnaryOperator;

import static org.ndjit.codegen.vector.VectorEmitter.PKG;
import static org.ndjit.codegen.vector.VectorEmitter.SPECIES;
import static org.objectweb.asm.Opcodes.*;

/**
 * Emits the bool side of a vector loop: bools are {@code VectorMask}s of the loop's lane count, each
 * of the species of its home dtype ({@link VectorEmitter#homes}: the operands' dtype of the comparison
 * that gives it, ...); where a mask meets another species (where over values of another dtype,
 * logic with a mask of another home) it is cast, which is exact with equal lanes. Bool
 * inputs and outputs are bytes (any non-zero byte is true, as the scalar loop reads them; true is
 * stored as 1). Each method leaves its result on the stack.
 *
 * <p>With 8 or more lanes, a row's bytes for one vector are a byte vector of exactly that many lanes
 * (64 bits and up), compared with 0, and the mask is cast to its home species. There is no 32-bit
 * byte species, so 4 lanes (doubles and longs in 256-bit vectors, floats and ints in 128-bit ones)
 * read the 4 bytes as one int, broadcast to 4 int lanes of which lane k keeps byte k; a store spreads
 * the 4 mask bits to 4 bytes with a multiply. Both read or write exactly the row's bytes.
 *
 * <p>All of it is emitted inline rather than called in a shared helper: a helper's profile would mix
 * the species of every kernel that calls it, and once it did, C2 stopped intrinsifying the masks
 * (a > b to bool went from 0.3 to 5.7 ms per million doubles after a float32 kernel had run).
 */
final class VectorMasks {
    private static final String MASKS = PKG + "VectorMask";
    private static final String MASK = "L" + MASKS + ";";
    private static final String BYTES = PKG + "ByteVector";
    private static final String INTS = PKG + "IntVector";
    private static final String SEGMENT = "java/lang/foreign/MemorySegment";
    private static final String LAYOUT = "java/lang/foreign/ValueLayout";
    private static final String COMPARISON = "L" + PKG + "VectorOperators$Comparison;";
    private static final String ORDER = "Ljava/nio/ByteOrder;";
    /** Ops on two bools (or one) with a mask form; ScalarOps defines each (add_Z is or, multiply_Z and, ...). */
    private static final Set<Op> BOOL_OPS = EnumSet.of(Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE, Op.AND, Op.OR, Op.NOT,
            Op.ADD, Op.MUL, Op.MAXIMUM, Op.MINIMUM, Op.ABS, Op.FLOOR, Op.CEIL, Op.TRUNC,
            Op.LOGICAL_XOR, Op.BITWISE_AND, Op.BITWISE_OR, Op.BITWISE_XOR, Op.FMAX, Op.FMIN);
    /** The float predicates, each a {@code test} of the Vector API (IS_NEGATIVE reads the sign bit, as signbit does). */
    private static final java.util.Map<Op, String> TESTS = new java.util.EnumMap<>(java.util.Map.of(Op.ISNAN, "IS_NAN",
            Op.ISINF, "IS_INFINITE", Op.ISFINITE, "IS_FINITE", Op.SIGNBIT, "IS_NEGATIVE"));
    /** Ints are read and written little-endian: byte k of the row is bits 8k to 8k + 7. */
    private static final boolean SWAP_BYTES = ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN;

    private final MethodVisitor mv;
    /** The loop's lanes, and the local holding the native ByteOrder. */
    private final int lanes, order;
    /** With 4 lanes: the local holding int lanes {0xFF, 0xFF00, 0xFF0000, 0xFF000000}, or -1. */
    private int byteOfLane = -1;

    VectorMasks(MethodVisitor mv, int lanes, int order) {
        this.mv = mv;
        this.lanes = lanes;
        this.order = order;
    }

    /**
     * Whether bools can be held for this many lanes. Two lanes could, but C2 does not intrinsify
     * 2-lane double masks on x86 (with -XX:MaxVectorSize=16, a where over doubles measured 3 to 5
     * times slower than the scalar loop), so doubles and longs in 128-bit vectors keep it.
     */
    static boolean supports(int lanes) {
        return lanes == 4 || (lanes >= 8 && lanes <= 64 && Integer.bitCount(lanes) == 1);
    }

    /** Whether an op giving a bool from operands of this dtype has a mask form. */
    static boolean computes(Op op, DType operand) {
        return operand.isBool() ? BOOL_OPS.contains(op) : Op.COMPARISONS.contains(op) || (operand.isFloat() && TESTS.containsKey(op));
    }

    /** Before the loop: what loading bools needs (with 4 lanes, the byte selector). */
    void prologue(IntUnaryOperator allocate) {
        if (lanes != 4) return;
        byteOfLane = allocate.applyAsInt(1);
        intSpecies();
        mv.visitLdcInsn(0xFF);
        mv.visitMethodInsn(INVOKESTATIC, INTS, "broadcast", "(" + SPECIES + "I)L" + INTS + ";", false);
        mv.visitFieldInsn(GETSTATIC, PKG + "VectorOperators", "LSHL", "L" + PKG + "VectorOperators$Binary;");
        intSpecies();
        mv.visitMethodInsn(INVOKESTATIC, INTS, "zero", "(" + SPECIES + ")L" + INTS + ";", false);
        mv.visitIntInsn(BIPUSH, 8);
        mv.visitMethodInsn(INVOKEVIRTUAL, INTS, "addIndex", "(I)L" + INTS + ";", false); // {0, 8, 16, 24}
        mv.visitMethodInsn(INVOKEVIRTUAL, INTS, "lanewise", "(L" + PKG + "VectorOperators$Binary;L" + PKG + "Vector;)L" + INTS + ";", false);
        mv.visitVarInsn(ASTORE, byteOfLane);
    }

    /** The bool input at a byte position, in every lane. */
    void broadcastInput(int segment, int position, DType home) {
        VectorEmitter.pushSpecies(mv, home, lanes);
        mv.visitVarInsn(ALOAD, segment);
        mv.visitFieldInsn(GETSTATIC, LAYOUT, JvmTypes.layoutField(DType.BOOL), JvmTypes.layoutDesc(DType.BOOL));
        mv.visitVarInsn(LLOAD, position);
        mv.visitMethodInsn(INVOKEINTERFACE, SEGMENT, "get", "(" + JvmTypes.layoutDesc(DType.BOOL) + "J)B", true);
        // (b | -b) >>> 31 is 1 exactly when b != 0.
        mv.visitInsn(DUP);
        mv.visitInsn(INEG);
        mv.visitInsn(IOR);
        mv.visitIntInsn(BIPUSH, 31);
        mv.visitInsn(IUSHR);
        mv.visitMethodInsn(INVOKEINTERFACE, PKG + "VectorSpecies", "maskAll", "(Z)" + MASK, true);
    }

    /** A bool constant (0 or 1 in an int local) in every lane. */
    void broadcastConstant(int local, DType home) {
        VectorEmitter.pushSpecies(mv, home, lanes);
        mv.visitVarInsn(ILOAD, local);
        mv.visitMethodInsn(INVOKEINTERFACE, PKG + "VectorSpecies", "maskAll", "(Z)" + MASK, true);
    }

    /** The bools of a unit-stride input at element j. */
    void load(int segment, int position, int j, DType home) {
        if (lanes == 4) {
            intSpecies();
            mv.visitVarInsn(ALOAD, segment);
            mv.visitFieldInsn(GETSTATIC, LAYOUT, JvmTypes.layoutField(DType.INT32), JvmTypes.layoutDesc(DType.INT32));
            VectorEmitter.byteOffset(mv, position, j, DType.BOOL);
            mv.visitMethodInsn(INVOKEINTERFACE, SEGMENT, "get", "(" + JvmTypes.layoutDesc(DType.INT32) + "J)I", true);
            if (SWAP_BYTES) mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "reverseBytes", "(I)I", false);
            mv.visitMethodInsn(INVOKESTATIC, INTS, "broadcast", "(" + SPECIES + "I)L" + INTS + ";", false);
            mv.visitVarInsn(ALOAD, byteOfLane);
            mv.visitMethodInsn(INVOKEVIRTUAL, INTS, "and", "(L" + PKG + "Vector;)L" + INTS + ";", false);
            compareWithZero(INTS);
        } else {
            byteSpecies();
            mv.visitVarInsn(ALOAD, segment);
            VectorEmitter.byteOffset(mv, position, j, DType.BOOL);
            mv.visitVarInsn(ALOAD, order);
            mv.visitMethodInsn(INVOKESTATIC, BYTES, "fromMemorySegment", "(" + SPECIES + "L" + SEGMENT + ";J" + ORDER + ")L" + BYTES + ";", false);
            compareWithZero(BYTES);
        }
        if (!home.isBool()) { // a kernel of bools only computes in the byte species already
            VectorEmitter.pushSpecies(mv, home, lanes);
            mv.visitMethodInsn(INVOKEVIRTUAL, MASKS, "cast", "(" + SPECIES + ")" + MASK, false);
        }
    }

    /** Stores the mask in a local as the output's bytes at element j. */
    void store(int mask, DType home, int out, int outPos, int j) {
        if (lanes == 4) {
            mv.visitVarInsn(ALOAD, out);
            mv.visitFieldInsn(GETSTATIC, LAYOUT, JvmTypes.layoutField(DType.INT32), JvmTypes.layoutDesc(DType.INT32));
            VectorEmitter.byteOffset(mv, outPos, j, DType.BOOL);
            mv.visitVarInsn(ALOAD, mask);
            mv.visitMethodInsn(INVOKEVIRTUAL, MASKS, "toLong", "()J", false);
            mv.visitInsn(L2I);
            // Times 2^0 + 2^7 + 2^14 + 2^21 moves bit k to bit 8k; the 16 products fall on distinct
            // bits, so nothing carries into the 4 bits kept.
            mv.visitLdcInsn(0x204081);
            mv.visitInsn(IMUL);
            mv.visitLdcInsn(0x01010101);
            mv.visitInsn(IAND);
            if (SWAP_BYTES) mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "reverseBytes", "(I)I", false);
            mv.visitMethodInsn(INVOKEINTERFACE, SEGMENT, "set", "(" + JvmTypes.layoutDesc(DType.INT32) + "JI)V", true);
        } else {
            byteSpecies();
            mv.visitMethodInsn(INVOKESTATIC, BYTES, "zero", "(" + SPECIES + ")L" + BYTES + ";", false);
            mv.visitInsn(LCONST_1);
            mv.visitVarInsn(ALOAD, mask);
            if (!home.isBool()) {
                byteSpecies();
                mv.visitMethodInsn(INVOKEVIRTUAL, MASKS, "cast", "(" + SPECIES + ")" + MASK, false);
            }
            mv.visitMethodInsn(INVOKEVIRTUAL, BYTES, "blend", "(J" + MASK + ")L" + BYTES + ";", false);
            mv.visitVarInsn(ALOAD, out);
            VectorEmitter.byteOffset(mv, outPos, j, DType.BOOL);
            mv.visitVarInsn(ALOAD, order);
            mv.visitMethodInsn(INVOKEVIRTUAL, BYTES, "intoMemorySegment", "(L" + SEGMENT + ";J" + ORDER + ")V", false);
        }
    }

    /**
     * An instruction reading or giving bools; {@code arg} are its operands' locals and {@code argHome}
     * their homes; {@code home} is the result's (its dtype, for a value). Bool ops follow ScalarOps'
     * definitions: a < b is !a & b, a <= b is !a | b, and so on.
     */
    void instruction(Op op, boolean fromBool, boolean toBool, int[] arg, DType[] argHome, DType home) {
        switch (op) {
            case WHERE -> {
                if (toBool) { // b ^ ((b ^ a) & c): a where c is set, else b; each operand loaded once
                    loadMask(arg[2], argHome[2], home);
                    mv.visitInsn(DUP);
                    loadMask(arg[1], argHome[1], home);
                    maskCall("xor", "(" + MASK + ")");
                    loadMask(arg[0], argHome[0], home);
                    maskCall("and", "(" + MASK + ")");
                    maskCall("xor", "(" + MASK + ")");
                } else { // b.blend(a, c) takes a's lanes where c is set: the ternary's bits
                    String vec = VectorEmitter.vectorType(home);
                    mv.visitVarInsn(ALOAD, arg[2]);
                    mv.visitVarInsn(ALOAD, arg[1]);
                    loadMask(arg[0], argHome[0], home);
                    mv.visitMethodInsn(INVOKEVIRTUAL, vec, "blend", "(L" + PKG + "Vector;" + MASK + ")L" + vec + ";", false);
                }
            }
            case CAST -> {
                if (toBool) { // x != 0, so NaN is true and -0.0 false, as the scalar cast
                    mv.visitVarInsn(ALOAD, arg[0]);
                    compareWithZero(VectorEmitter.vectorType(argHome[0]));
                } else { // 1 where set, else 0 (+0.0 for floats)
                    String vec = VectorEmitter.vectorType(home);
                    VectorEmitter.pushSpecies(mv, home, lanes);
                    mv.visitMethodInsn(INVOKESTATIC, vec, "zero", "(" + SPECIES + ")L" + vec + ";", false);
                    mv.visitInsn(LCONST_1);
                    loadMask(arg[0], argHome[0], home);
                    mv.visitMethodInsn(INVOKEVIRTUAL, vec, "blend", "(J" + MASK + ")L" + vec + ";", false);
                }
            }
            default -> {
                if (fromBool) logic(op, arg, argHome, home);
                else if (TESTS.containsKey(op)) test(op, arg[0], VectorEmitter.vectorType(argHome[0]));
                else compare(VectorNarrow.comparison(op, argHome[0]), arg, VectorEmitter.vectorType(argHome[0]));
            }
        }
    }

    /** The mask in a local, of species {@code from}, as a mask of species {@code to} (the same lanes). */
    private void loadMask(int local, DType from, DType to) {
        mv.visitVarInsn(ALOAD, local);
        if (from != to) {
            VectorEmitter.pushSpecies(mv, to, lanes);
            mv.visitMethodInsn(INVOKEVIRTUAL, MASKS, "cast", "(" + SPECIES + ")" + MASK, false);
        }
    }

    /** A comparison of two T vectors, by its VectorOperators name (as Op names it: EQ, NE, LT, ...; ULT... for uint64). */
    private void compare(String comparison, int[] arg, String vec) {
        mv.visitVarInsn(ALOAD, arg[0]);
        mv.visitFieldInsn(GETSTATIC, PKG + "VectorOperators", comparison, COMPARISON);
        mv.visitVarInsn(ALOAD, arg[1]);
        mv.visitMethodInsn(INVOKEVIRTUAL, vec, "compare", "(" + COMPARISON + "L" + PKG + "Vector;)" + MASK, false);
    }

    /** A predicate of a T vector of floats: {@code x.test(IS_NAN)} and so on. */
    private void test(Op op, int arg, String vec) {
        String type = "L" + PKG + "VectorOperators$Test;";
        mv.visitVarInsn(ALOAD, arg);
        mv.visitFieldInsn(GETSTATIC, PKG + "VectorOperators", TESTS.get(op), type);
        mv.visitMethodInsn(INVOKEVIRTUAL, vec, "test", "(" + type + ")" + MASK, false);
    }

    private void logic(Op op, int[] arg, DType[] argHome, DType home) {
        // Both operands in the result's species (the first operand's).
        switch (op) {
            case ABS, FLOOR, CEIL, TRUNC -> loadMask(arg[0], argHome[0], home); // the identity on bools
            case NOT -> {
                loadMask(arg[0], argHome[0], home);
                maskCall("not", "()");
            }
            case AND, MUL, MINIMUM, BITWISE_AND, FMIN -> call2("and", 0, 1, arg, argHome, home);
            case OR, ADD, MAXIMUM, BITWISE_OR, FMAX -> call2("or", 0, 1, arg, argHome, home);
            case EQ -> call2("eq", 0, 1, arg, argHome, home);
            case NE, LOGICAL_XOR, BITWISE_XOR -> call2("xor", 0, 1, arg, argHome, home);
            case GT -> call2("andNot", 0, 1, arg, argHome, home);
            case LT -> call2("andNot", 1, 0, arg, argHome, home);
            case GE -> { // a | !b = !(!a & b)
                call2("andNot", 1, 0, arg, argHome, home);
                maskCall("not", "()");
            }
            case LE -> { // !a | b = !(a & !b)
                call2("andNot", 0, 1, arg, argHome, home);
                maskCall("not", "()");
            }
            default -> throw new IllegalArgumentException(op + " has no mask form");
        }
    }

    /** The vector on the stack, of class {@code owner}, compared != 0 lanewise. */
    private void compareWithZero(String owner) {
        mv.visitFieldInsn(GETSTATIC, PKG + "VectorOperators", "NE", COMPARISON);
        mv.visitInsn(LCONST_0);
        mv.visitMethodInsn(INVOKEVIRTUAL, owner, "compare", "(" + COMPARISON + "J)" + MASK, false);
    }

    /** arg[a].method(arg[b]) for two mask locals, both in the species of {@code home}. */
    private void call2(String method, int a, int b, int[] arg, DType[] argHome, DType home) {
        loadMask(arg[a], argHome[a], home);
        loadMask(arg[b], argHome[b], home);
        maskCall(method, "(" + MASK + ")");
    }

    private void maskCall(String method, String params) {
        mv.visitMethodInsn(INVOKEVIRTUAL, MASKS, method, params + MASK, false);
    }

    /** The byte species with as many lanes as the loop's. */
    private void byteSpecies() {
        mv.visitFieldInsn(GETSTATIC, BYTES, "SPECIES_" + 8 * lanes, SPECIES);
    }

    private void intSpecies() {
        mv.visitFieldInsn(GETSTATIC, INTS, "SPECIES_128", SPECIES);
    }
}
