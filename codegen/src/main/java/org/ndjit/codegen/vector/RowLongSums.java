package org.ndjit.codegen.vector;

import org.ndjit.DType;
import org.objectweb.asm.MethodVisitor;

import java.util.function.IntUnaryOperator;

import static org.objectweb.asm.Opcodes.*;

/**
 * The total of sumRowLong in registers: integer values widened to long lanes of the loop's long species
 * and added there, or, for bools, each vector's mask counted ({@code trueCount}) into an int. After the
 * loop the long lanes and the count are added to {@code total[0]}. Long addition wraps, which is
 * associative and commutative, so any grouping of the values gives the reference's bits.
 *
 * <p>Values held in int lanes (int32, and int8, int16, uint8 and uint16, already sign- or zero-extended
 * as their dtype reads: {@link VectorNarrow}) are widened with {@code convertShape(I2L)} part by part, a
 * vector of L int lanes being L / longLanes long vectors, each with its own accumulator; values in
 * long lanes (int64, uint32 zero-extended, uint64's bits) are added as they are.
 */
final class RowLongSums implements RowAccumulator {
    private static final String LV = VectorEmitter.PKG + "LongVector", LV_DESC = "L" + LV + ";";
    private final MethodVisitor mv;
    private final int array;
    private final DType value;
    /** The long species' lanes; parts of a vector of values (1 for long lanes and bools). */
    private final int longs, parts;
    /** One long vector per part, or for bools the local of the int count. */
    private final int[] accumulators;

    RowLongSums(MethodVisitor mv, int array, int lanes, DType value, IntUnaryOperator allocate) {
        this.mv = mv;
        this.array = array;
        this.value = value;
        longs = PanamaProvider.lanes(DType.INT64);
        parts = value.isBool() || VectorNarrow.lane(value) == DType.INT64 ? 1 : lanes / longs;
        accumulators = new int[parts];
        for (int p = 0; p < parts; p++) {
            accumulators[p] = allocate.applyAsInt(1);
            if (value.isBool()) {
                mv.visitInsn(ICONST_0);
                mv.visitVarInsn(ISTORE, accumulators[p]);
            } else {
                VectorEmitter.pushSpecies(mv, DType.INT64, longs);
                mv.visitMethodInsn(INVOKESTATIC, LV, "zero", "(" + VectorEmitter.SPECIES + ")" + LV_DESC, false);
                mv.visitVarInsn(ASTORE, accumulators[p]);
            }
        }
    }

    /** Adds the vector of values (a mask, for bools) in {@code result}. */
    @Override
    public void add(int result) {
        if (value.isBool()) {
            mv.visitVarInsn(ILOAD, accumulators[0]);
            mv.visitVarInsn(ALOAD, result);
            mv.visitMethodInsn(INVOKEVIRTUAL, VectorEmitter.PKG + "VectorMask", "trueCount", "()I", false);
            mv.visitInsn(IADD);
            mv.visitVarInsn(ISTORE, accumulators[0]);
            return;
        }
        boolean intLanes = VectorNarrow.lane(value) == DType.INT32;
        for (int q = 0; q < parts; q++) {
            mv.visitVarInsn(ALOAD, accumulators[q]);
            mv.visitVarInsn(ALOAD, result);
            if (intLanes) {
                mv.visitFieldInsn(GETSTATIC, VectorEmitter.PKG + "VectorOperators", "I2L", "L" + VectorEmitter.PKG + "VectorOperators$Conversion;");
                VectorEmitter.pushSpecies(mv, DType.INT64, longs);
                mv.visitLdcInsn(q);
                mv.visitMethodInsn(INVOKEVIRTUAL, VectorEmitter.vectorType(DType.INT32), "convertShape",
                        "(L" + VectorEmitter.PKG + "VectorOperators$Conversion;" + VectorEmitter.SPECIES + "I)L" + VectorEmitter.PKG + "Vector;", false);
            }
            mv.visitMethodInsn(INVOKEVIRTUAL, LV, "add", "(L" + VectorEmitter.PKG + "Vector;)" + LV_DESC, false);
            mv.visitVarInsn(ASTORE, accumulators[q]);
        }
    }

    /** {@code total[0] +=} the accumulators' lanes (or the count), for the scalar tail and the caller. */
    @Override
    public void store() {
        mv.visitVarInsn(ALOAD, array);
        mv.visitInsn(ICONST_0);
        mv.visitInsn(DUP2);
        mv.visitInsn(LALOAD);
        if (value.isBool()) {
            mv.visitVarInsn(ILOAD, accumulators[0]);
            mv.visitInsn(I2L);
        } else {
            mv.visitVarInsn(ALOAD, accumulators[0]);
            for (int q = 1; q < parts; q++) {
                mv.visitVarInsn(ALOAD, accumulators[q]);
                mv.visitMethodInsn(INVOKEVIRTUAL, LV, "add", "(L" + VectorEmitter.PKG + "Vector;)" + LV_DESC, false);
            }
            mv.visitFieldInsn(GETSTATIC, VectorEmitter.PKG + "VectorOperators", "ADD", "L" + VectorEmitter.PKG + "VectorOperators$Associative;");
            mv.visitMethodInsn(INVOKEVIRTUAL, LV, "reduceLanes", "(L" + VectorEmitter.PKG + "VectorOperators$Associative;)J", false);
        }
        mv.visitInsn(LADD);
        mv.visitInsn(LASTORE);
    }
}
