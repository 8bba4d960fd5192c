package org.ndjit.codegen.vector;

import org.ndjit.DType;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

import java.util.function.IntUnaryOperator;

import static org.objectweb.asm.Opcodes.*;

/**
 * The answer so far of argmaxRow (argminRow) in vector registers: per lane its best value and that
 * value's index, in a vector of the values' species and one of the integers of as many lanes (int64
 * for float64, int32 for float32: the same shape, so a mask of one species is a mask of the other).
 * A lane takes a vector's value when it is larger (smaller) or NaN and the lane holds no NaN yet:
 * each lane keeps its first NaN, or else its first largest value, as the reference's argmax takes
 * elements one after the other (SEMANTICS 1.6). Lanes start at -inf (+inf) with index -1, which a
 * value equal to it never replaces. After the loop the lanes are combined one by one into the best
 * array ({@link org.ndjit.codegen.ArgLanes#takeLane}: the first NaN, else the largest value at its
 * lowest index), which the scalar tail then continues ({@code takeNext}).
 */
final class RowArgExtremes implements RowAccumulator {
    private static final String ARG_LANES = "org/ndjit/codegen/ArgLanes";
    private static final String MASK = VectorEmitter.PKG + "VectorMask", MASK_DESC = "L" + MASK + ";";
    private static final String COMPARISON = "L" + VectorEmitter.PKG + "VectorOperators$Comparison;";
    private final MethodVisitor mv;
    private final int array, lanes, j;
    private final DType value, index;
    private final boolean min;
    private final String vec, ivec;
    private final int best, at, iota, take;

    RowArgExtremes(MethodVisitor mv, int array, int lanes, DType value, boolean min, int j, IntUnaryOperator allocate) {
        this.mv = mv;
        this.array = array;
        this.lanes = lanes;
        this.value = value;
        this.min = min;
        this.j = j;
        index = value == DType.FLOAT32 ? DType.INT32 : DType.INT64;
        vec = VectorEmitter.vectorType(value);
        ivec = VectorEmitter.vectorType(index);
        best = allocate.applyAsInt(1);
        at = allocate.applyAsInt(1);
        iota = allocate.applyAsInt(1);
        take = allocate.applyAsInt(1);
        VectorEmitter.pushSpecies(mv, value, lanes);
        if (value == DType.FLOAT32) {
            mv.visitLdcInsn(min ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY);
            mv.visitMethodInsn(INVOKESTATIC, vec, "broadcast", "(" + VectorEmitter.SPECIES + "F)L" + vec + ";", false);
        } else {
            mv.visitLdcInsn(min ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
            mv.visitMethodInsn(INVOKESTATIC, vec, "broadcast", "(" + VectorEmitter.SPECIES + "D)L" + vec + ";", false);
        }
        mv.visitVarInsn(ASTORE, best);
        broadcastIndex(() -> {
            if (index == DType.INT32) mv.visitInsn(ICONST_M1);
            else mv.visitLdcInsn(-1L);
        });
        mv.visitVarInsn(ASTORE, at);
        VectorEmitter.pushSpecies(mv, index, lanes);
        mv.visitMethodInsn(INVOKESTATIC, ivec, "zero", "(" + VectorEmitter.SPECIES + ")L" + ivec + ";", false);
        mv.visitInsn(ICONST_1);
        mv.visitMethodInsn(INVOKEVIRTUAL, ivec, "addIndex", "(I)L" + ivec + ";", false);
        mv.visitVarInsn(ASTORE, iota);
    }

    /** Pushes the index vector of every lane {@code value} (pushed as an int or long by {@code push}). */
    private void broadcastIndex(Runnable push) {
        VectorEmitter.pushSpecies(mv, index, lanes);
        push.run();
        mv.visitMethodInsn(INVOKESTATIC, ivec, "broadcast", "(" + VectorEmitter.SPECIES + (index == DType.INT32 ? "I" : "J") + ")L" + ivec + ";", false);
    }

    /** {@code take = (v > best | v != v) & best == best}; best and its indices take the lanes of v and of j + lane where it is set. */
    @Override
    public void add(int result) {
        String compare = "(" + COMPARISON + "L" + VectorEmitter.PKG + "Vector;)" + MASK_DESC, logic = "(" + MASK_DESC + ")" + MASK_DESC;
        comparison(result, min ? "LT" : "GT", best, compare);
        comparison(result, "NE", result, compare);
        mv.visitMethodInsn(INVOKEVIRTUAL, MASK, "or", logic, false);
        comparison(best, "EQ", best, compare);
        mv.visitMethodInsn(INVOKEVIRTUAL, MASK, "and", logic, false);
        mv.visitVarInsn(ASTORE, take);
        String blend = "(L" + VectorEmitter.PKG + "Vector;" + MASK_DESC + ")";
        mv.visitVarInsn(ALOAD, best);
        mv.visitVarInsn(ALOAD, result);
        mv.visitVarInsn(ALOAD, take);
        mv.visitMethodInsn(INVOKEVIRTUAL, vec, "blend", blend + "L" + vec + ";", false);
        mv.visitVarInsn(ASTORE, best);
        mv.visitVarInsn(ALOAD, at);
        mv.visitVarInsn(ALOAD, iota);
        broadcastIndex(() -> {
            mv.visitVarInsn(ILOAD, j);
            if (index == DType.INT64) mv.visitInsn(I2L);
        });
        mv.visitMethodInsn(INVOKEVIRTUAL, ivec, "add", "(L" + VectorEmitter.PKG + "Vector;)L" + ivec + ";", false);
        mv.visitVarInsn(ALOAD, take);
        VectorEmitter.pushSpecies(mv, index, lanes);
        mv.visitMethodInsn(INVOKEVIRTUAL, MASK, "cast", "(" + VectorEmitter.SPECIES + ")" + MASK_DESC, false);
        mv.visitMethodInsn(INVOKEVIRTUAL, ivec, "blend", blend + "L" + ivec + ";", false);
        mv.visitVarInsn(ASTORE, at);
    }

    /** Pushes {@code a.compare(op, b)}. */
    private void comparison(int a, String op, int b, String desc) {
        mv.visitVarInsn(ALOAD, a);
        mv.visitFieldInsn(GETSTATIC, VectorEmitter.PKG + "VectorOperators", op, COMPARISON);
        mv.visitVarInsn(ALOAD, b);
        mv.visitMethodInsn(INVOKEVIRTUAL, vec, "compare", desc, false);
    }

    /** {@code best[1] = -1} (none yet), then, when the loop ran, each lane through {@code ArgLanes.takeLane}. */
    @Override
    public void store() {
        mv.visitVarInsn(ALOAD, array);
        mv.visitInsn(ICONST_1);
        mv.visitLdcInsn(-1.0);
        mv.visitInsn(DASTORE);
        Label none = new Label();
        mv.visitVarInsn(ILOAD, j);
        mv.visitJumpInsn(IFLE, none);
        String lane = value == DType.FLOAT32 ? "F" : "D";
        for (int l = 0; l < lanes; l++) {
            mv.visitVarInsn(ALOAD, array);
            mv.visitVarInsn(ALOAD, best);
            mv.visitLdcInsn(l);
            mv.visitMethodInsn(INVOKEVIRTUAL, vec, "lane", "(I)" + lane, false);
            if (value == DType.FLOAT32) mv.visitInsn(F2D);
            mv.visitVarInsn(ALOAD, at);
            mv.visitLdcInsn(l);
            mv.visitMethodInsn(INVOKEVIRTUAL, ivec, "lane", "(I)" + (index == DType.INT32 ? "I" : "J"), false);
            if (index == DType.INT32) mv.visitInsn(I2L);
            mv.visitLdcInsn(l);
            mv.visitInsn(min ? ICONST_0 : ICONST_1);
            mv.visitMethodInsn(INVOKESTATIC, ARG_LANES, "takeLane", "([DDJIZ)V", false);
        }
        mv.visitLabel(none);
    }
}
