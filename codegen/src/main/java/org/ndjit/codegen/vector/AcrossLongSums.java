package org.ndjit.codegen.vector;

import org.ndjit.DType;
import org.ndjit.codegen.LoopEmitter;
import org.objectweb.asm.MethodVisitor;

import java.util.function.IntUnaryOperator;

import static org.objectweb.asm.Opcodes.*;

/**
 * The totals of elements j to j + lanes - 1 in sumAcrossLong, in long vectors of the loop's long species
 * while the rows' values are added: part q goes to the vector loaded from index {@code at + j + q * longs}
 * of the totals. Values in int lanes are widened part by part with {@code convertShape(I2L)} as in
 * {@link RowLongSums}; values in long lanes are added as they are. A bool's mask is cast to the narrowest
 * integer species of as many lanes (long when there are as many long lanes; bytes, or ints for fewer than
 * 8 lanes), turned into lanes of -1 and 0 ({@code toVector}), widened part by part, and subtracted: one
 * for each true value, with no blend. Long addition wraps, so the totals are the reference's bits.
 */
final class AcrossLongSums implements AcrossLoops.Accumulators {
    private static final String LV = VectorEmitter.PKG + "LongVector", LV_DESC = "L" + LV + ";", VECTOR = "L" + VectorEmitter.PKG + "Vector;";
    private static final String CONVERSION = "L" + VectorEmitter.PKG + "VectorOperators$Conversion;";
    private final MethodVisitor mv;
    private final LoopEmitter.Across across;
    private final int j, longs, parts;
    private final DType value;
    /** Where the values are widened from: their int lanes, a bool's mask's integer species (null: long lanes already). */
    private final DType widenedFrom;
    private final int lanes;
    private final int[] totals;
    /** A bool's mask as lanes of -1 and 0 (unused for integers). */
    private final int maskLanes;

    AcrossLongSums(MethodVisitor mv, LoopEmitter.Across across, int j, int lanes, DType value, IntUnaryOperator allocate) {
        this.mv = mv;
        this.across = across;
        this.j = j;
        this.lanes = lanes;
        this.value = value;
        longs = PanamaProvider.lanes(DType.INT64);
        parts = lanes / longs;
        widenedFrom = value.isBool() ? (lanes == longs ? null : lanes >= 8 ? DType.BOOL : DType.INT32)
                : VectorNarrow.lane(value) == DType.INT32 ? DType.INT32 : null;
        totals = new int[parts];
        for (int q = 0; q < parts; q++) totals[q] = allocate.applyAsInt(1);
        maskLanes = value.isBool() ? allocate.applyAsInt(1) : -1;
    }

    @Override
    public void load() {
        for (int q = 0; q < parts; q++) {
            VectorEmitter.pushSpecies(mv, DType.INT64, longs);
            mv.visitVarInsn(ALOAD, across.sum());
            VectorEmitter.AcrossSums.index(mv, across, j, q * longs).run();
            mv.visitMethodInsn(INVOKESTATIC, LV, "fromArray", "(" + VectorEmitter.SPECIES + "[JI)" + LV_DESC, false);
            mv.visitVarInsn(ASTORE, totals[q]);
        }
    }

    @Override
    public void add(int result) {
        int source = result;
        if (value.isBool()) {
            // The mask as lanes of -1 (true) and 0 of the integer species it is widened from (long lanes: the long species).
            mv.visitVarInsn(ALOAD, result);
            VectorEmitter.pushSpecies(mv, widenedFrom == null ? DType.INT64 : widenedFrom, lanes);
            mv.visitMethodInsn(INVOKEVIRTUAL, VectorEmitter.PKG + "VectorMask", "cast",
                    "(" + VectorEmitter.SPECIES + ")L" + VectorEmitter.PKG + "VectorMask;", false);
            mv.visitMethodInsn(INVOKEVIRTUAL, VectorEmitter.PKG + "VectorMask", "toVector", "()" + VECTOR, false);
            mv.visitVarInsn(ASTORE, maskLanes);
            source = maskLanes;
        }
        for (int q = 0; q < parts; q++) {
            mv.visitVarInsn(ALOAD, totals[q]);
            mv.visitVarInsn(ALOAD, source);
            if (widenedFrom != null) {
                mv.visitFieldInsn(GETSTATIC, VectorEmitter.PKG + "VectorOperators", widenedFrom == DType.BOOL ? "B2L" : "I2L", CONVERSION);
                VectorEmitter.pushSpecies(mv, DType.INT64, longs);
                mv.visitLdcInsn(q);
                mv.visitMethodInsn(INVOKEVIRTUAL, VectorEmitter.PKG + "Vector", "convertShape", "(" + CONVERSION + VectorEmitter.SPECIES + "I)" + VECTOR, false);
            }
            mv.visitMethodInsn(INVOKEVIRTUAL, LV, value.isBool() ? "sub" : "add", "(" + VECTOR + ")" + LV_DESC, false);
            mv.visitVarInsn(ASTORE, totals[q]);
        }
    }

    @Override
    public void store() {
        for (int q = 0; q < parts; q++) {
            mv.visitVarInsn(ALOAD, totals[q]);
            mv.visitVarInsn(ALOAD, across.sum());
            VectorEmitter.AcrossSums.index(mv, across, j, q * longs).run();
            mv.visitMethodInsn(INVOKEVIRTUAL, LV, "intoArray", "([JI)V", false);
        }
    }
}
