package org.ndjit.codegen.vector;

import org.ndjit.DType;
import org.objectweb.asm.MethodVisitor;

import java.util.function.IntUnaryOperator;

import static org.objectweb.asm.Opcodes.*;

/**
 * The largest (or smallest) value so far of maxRow (minRow) in vector registers: four vectors of the
 * values' species, taking the loop's vectors in turn (independent chains of max, whose latency is
 * several cycles: with two, a float64 max along rows of 4,096 took 13.2-13.4 ms against 11.8-12.2 ms
 * through the scratch block, AVX2, one thread, on a loaded machine), with the lanewise {@code max} or {@code min} the
 * Vector API defines as {@link Math#max} and {@link Math#min}. After the loop the four are combined
 * lanewise and their lanes taken one by one into {@code best[0]} with Math.max itself. Max and min give the same value whatever the order they
 * take values in (NaN wins, +0.0 is above -0.0), so this is the reduction's definition bit for bit,
 * but for which NaN's payload is kept, which nothing specifies. Lanes are read with {@code lane(i)}
 * rather than {@code reduceLanes(MAX)}, whose sign of zero and NaN handling the JDK's intrinsics
 * implement on their own.
 */
final class RowExtremes implements RowAccumulator {
    private static final int ACCUMULATORS = 4;
    private final MethodVisitor mv;
    private final int array, lanes;
    private final DType value;
    private final boolean min;
    private final String vec;
    /** The accumulators' locals: the next vector of values goes to the first, which then moves to the end. */
    private final int[] accumulators;

    RowExtremes(MethodVisitor mv, int array, int lanes, DType value, boolean min, IntUnaryOperator allocate) {
        this.mv = mv;
        this.array = array;
        this.lanes = lanes;
        this.value = value;
        this.min = min;
        vec = VectorEmitter.vectorType(value);
        accumulators = new int[ACCUMULATORS];
        for (int a = 0; a < ACCUMULATORS; a++) accumulators[a] = allocate.applyAsInt(1);
        for (int local : accumulators) {
            VectorEmitter.pushSpecies(mv, value, lanes);
            if (value == DType.FLOAT32) {
                mv.visitLdcInsn(min ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY);
                mv.visitMethodInsn(INVOKESTATIC, vec, "broadcast", "(" + VectorEmitter.SPECIES + "F)L" + vec + ";", false);
            } else {
                mv.visitLdcInsn(min ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
                mv.visitMethodInsn(INVOKESTATIC, vec, "broadcast", "(" + VectorEmitter.SPECIES + "D)L" + vec + ";", false);
            }
            mv.visitVarInsn(ASTORE, local);
        }
    }

    /** {@code a[0].max(values)} becomes the last accumulator, the others move down one: each takes every fourth vector. */
    @Override
    public void add(int result) {
        mv.visitVarInsn(ALOAD, accumulators[0]);
        mv.visitVarInsn(ALOAD, result);
        mv.visitMethodInsn(INVOKEVIRTUAL, vec, min ? "min" : "max", "(L" + VectorEmitter.PKG + "Vector;)L" + vec + ";", false);
        for (int a = 1; a < ACCUMULATORS; a++) {
            mv.visitVarInsn(ALOAD, accumulators[a]);
            mv.visitVarInsn(ASTORE, accumulators[a - 1]);
        }
        mv.visitVarInsn(ASTORE, accumulators[ACCUMULATORS - 1]);
    }

    /** The accumulators combined lanewise, then {@code best[0] = Math.max(best[0], lane)} for each lane (widened from float32). */
    @Override
    public void store() {
        String binary = "(L" + VectorEmitter.PKG + "Vector;)L" + vec + ";";
        for (int a = 1; a < ACCUMULATORS; a++) {
            mv.visitVarInsn(ALOAD, accumulators[0]);
            mv.visitVarInsn(ALOAD, accumulators[a]);
            mv.visitMethodInsn(INVOKEVIRTUAL, vec, min ? "min" : "max", binary, false);
            mv.visitVarInsn(ASTORE, accumulators[0]);
        }
        String math = min ? "min" : "max", lane = value == DType.FLOAT32 ? "F" : "D";
        mv.visitVarInsn(ALOAD, array);
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ALOAD, array);
        mv.visitInsn(ICONST_0);
        mv.visitInsn(DALOAD);
        for (int i = 0; i < lanes; i++) {
            mv.visitVarInsn(ALOAD, accumulators[0]);
            mv.visitLdcInsn(i);
            mv.visitMethodInsn(INVOKEVIRTUAL, vec, "lane", "(I)" + lane, false);
            if (value == DType.FLOAT32) mv.visitInsn(F2D);
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", math, "(DD)D", false);
        }
        mv.visitInsn(DASTORE);
    }
}
