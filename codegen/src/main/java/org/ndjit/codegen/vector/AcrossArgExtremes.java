package org.ndjit.codegen.vector;

import org.ndjit.DType;
import org.ndjit.codegen.LoopEmitter;
import org.objectweb.asm.MethodVisitor;

import java.util.function.IntUnaryOperator;

import static org.objectweb.asm.Opcodes.*;

/**
 * The answers so far of elements j to j + lanes - 1 in argmaxAcross (argminAcross), in registers while
 * the rows' values are taken: part q (of a float32 vector widened in two) has its best values in a
 * vector of the preferred double species, loaded from index {@code at + j + q * doubles} of the best
 * values, and their positions in a long vector of as many lanes (a mask of one species is a mask of the
 * other) from the same index of the positions. A lane takes a row's value where it is larger (smaller)
 * or NaN and the lane holds no NaN: {@code take = (v > best | v != v) & best == best}, as the reference's
 * argmax takes elements one after the other, with the row's position ({@code position + k}, counted in a
 * local from the call's first position as the rows come, in order). Widening float32 is exact and keeps
 * the order and NaN, so the answers are the reference's.
 */
final class AcrossArgExtremes implements AcrossLoops.Accumulators {
    private static final String DV = VectorEmitter.PKG + "DoubleVector", LV = VectorEmitter.PKG + "LongVector";
    private static final String VECTOR = "L" + VectorEmitter.PKG + "Vector;", MASK = VectorEmitter.PKG + "VectorMask", MASK_DESC = "L" + MASK + ";";
    private static final String COMPARISON = "L" + VectorEmitter.PKG + "VectorOperators$Comparison;";
    private final MethodVisitor mv;
    private final LoopEmitter.Across across;
    private final int j, doubles, parts;
    private final DType value;
    private final boolean min;
    private final int[] best, index;
    /** The current row's position (a long), and the locals of a part's values and of the lanes that take them. */
    private final int row, values, take;

    AcrossArgExtremes(MethodVisitor mv, LoopEmitter.Across across, int j, int lanes, DType value, IntUnaryOperator allocate) {
        this.mv = mv;
        this.across = across;
        this.j = j;
        this.value = value;
        min = across.op() == org.ndjit.ir.Op.ARGMIN;
        doubles = PanamaProvider.lanes(DType.FLOAT64);
        parts = lanes / doubles;
        best = new int[parts];
        index = new int[parts];
        for (int q = 0; q < parts; q++) {
            best[q] = allocate.applyAsInt(1);
            index[q] = allocate.applyAsInt(1);
        }
        row = allocate.applyAsInt(2);
        values = allocate.applyAsInt(1);
        take = allocate.applyAsInt(1);
    }

    @Override
    public void load() {
        for (int q = 0; q < parts; q++) {
            VectorEmitter.TwoSums.load(mv, doubles, best[q], across.sum(), indexOf(q));
            VectorEmitter.pushSpecies(mv, DType.INT64, doubles);
            mv.visitVarInsn(ALOAD, across.comp());
            indexOf(q).run();
            mv.visitMethodInsn(INVOKESTATIC, LV, "fromArray", "(" + VectorEmitter.SPECIES + "[JI)L" + LV + ";", false);
            mv.visitVarInsn(ASTORE, index[q]);
        }
        mv.visitVarInsn(LLOAD, across.position());
        mv.visitVarInsn(LSTORE, row);
    }

    @Override
    public void add(int result) {
        String compare = "(" + COMPARISON + VECTOR + ")" + MASK_DESC, logic = "(" + MASK_DESC + ")" + MASK_DESC;
        for (int q = 0; q < parts; q++) {
            VectorEmitter.TwoSums.pushPart(mv, value, doubles, result, q);
            mv.visitVarInsn(ASTORE, values);
            comparison(values, min ? "LT" : "GT", best[q], compare);
            comparison(values, "NE", values, compare);
            mv.visitMethodInsn(INVOKEVIRTUAL, MASK, "or", logic, false);
            comparison(best[q], "EQ", best[q], compare);
            mv.visitMethodInsn(INVOKEVIRTUAL, MASK, "and", logic, false);
            mv.visitVarInsn(ASTORE, take);
            mv.visitVarInsn(ALOAD, best[q]);
            mv.visitVarInsn(ALOAD, values);
            mv.visitVarInsn(ALOAD, take);
            mv.visitMethodInsn(INVOKEVIRTUAL, DV, "blend", "(" + VECTOR + MASK_DESC + ")L" + DV + ";", false);
            mv.visitVarInsn(ASTORE, best[q]);
            mv.visitVarInsn(ALOAD, index[q]);
            mv.visitVarInsn(LLOAD, row);
            mv.visitVarInsn(ALOAD, take);
            VectorEmitter.pushSpecies(mv, DType.INT64, doubles);
            mv.visitMethodInsn(INVOKEVIRTUAL, MASK, "cast", "(" + VectorEmitter.SPECIES + ")" + MASK_DESC, false);
            mv.visitMethodInsn(INVOKEVIRTUAL, LV, "blend", "(J" + MASK_DESC + ")L" + LV + ";", false);
            mv.visitVarInsn(ASTORE, index[q]);
        }
        mv.visitVarInsn(LLOAD, row);
        mv.visitInsn(LCONST_1);
        mv.visitInsn(LADD);
        mv.visitVarInsn(LSTORE, row);
    }

    /** Pushes {@code a.compare(op, b)} of two double vectors. */
    private void comparison(int a, String op, int b, String desc) {
        mv.visitVarInsn(ALOAD, a);
        mv.visitFieldInsn(GETSTATIC, VectorEmitter.PKG + "VectorOperators", op, COMPARISON);
        mv.visitVarInsn(ALOAD, b);
        mv.visitMethodInsn(INVOKEVIRTUAL, DV, "compare", desc, false);
    }

    @Override
    public void store() {
        for (int q = 0; q < parts; q++) {
            VectorEmitter.TwoSums.store(mv, best[q], across.sum(), indexOf(q));
            mv.visitVarInsn(ALOAD, index[q]);
            mv.visitVarInsn(ALOAD, across.comp());
            indexOf(q).run();
            mv.visitMethodInsn(INVOKEVIRTUAL, LV, "intoArray", "([JI)V", false);
        }
    }

    private Runnable indexOf(int q) {
        return VectorEmitter.AcrossSums.index(mv, across, j, q * doubles);
    }
}
