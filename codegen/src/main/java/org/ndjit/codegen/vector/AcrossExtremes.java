package org.ndjit.codegen.vector;

import org.ndjit.DType;
import org.ndjit.codegen.LoopEmitter;
import org.objectweb.asm.MethodVisitor;

import java.util.function.IntUnaryOperator;

import static org.objectweb.asm.Opcodes.*;

/**
 * The best values so far of elements j to j + lanes - 1 in maxAcross (minAcross), in registers of
 * the preferred double species while the rows' values are taken: part q (of a float32 vector
 * widened in two) goes to the vector loaded from index {@code at + j + q * doubles} of the best
 * values' array, with the lanewise {@code max} ({@code min}) the Vector API defines as
 * {@link Math#max} ({@link Math#min}). Widening float32 is exact and keeps the order, NaN and the
 * sign of zero, so this is the reduction's definition bit for bit but for which NaN's payload is kept.
 */
final class AcrossExtremes implements AcrossLoops.Accumulators {
    private final MethodVisitor mv;
    private final LoopEmitter.Across across;
    private final int j, doubles, parts;
    private final DType value;
    private final int[] best;

    AcrossExtremes(MethodVisitor mv, LoopEmitter.Across across, int j, int lanes, DType value, IntUnaryOperator allocate) {
        this.mv = mv;
        this.across = across;
        this.j = j;
        this.value = value;
        doubles = PanamaProvider.lanes(DType.FLOAT64);
        parts = lanes / doubles;
        best = new int[parts];
        for (int q = 0; q < parts; q++) best[q] = allocate.applyAsInt(1);
    }

    @Override
    public void load() {
        for (int q = 0; q < parts; q++) VectorEmitter.TwoSums.load(mv, doubles, best[q], across.sum(), VectorEmitter.AcrossSums.index(mv, across, j, q * doubles));
    }

    @Override
    public void add(int result) {
        String dv = VectorEmitter.TwoSums.DV;
        for (int q = 0; q < parts; q++) {
            mv.visitVarInsn(ALOAD, best[q]);
            VectorEmitter.TwoSums.pushPart(mv, value, doubles, result, q);
            mv.visitMethodInsn(INVOKEVIRTUAL, dv, across.op() == org.ndjit.ir.Op.MIN ? "min" : "max", VectorEmitter.TwoSums.BINARY, false);
            mv.visitVarInsn(ASTORE, best[q]);
        }
    }

    @Override
    public void store() {
        for (int q = 0; q < parts; q++) VectorEmitter.TwoSums.store(mv, best[q], across.sum(), VectorEmitter.AcrossSums.index(mv, across, j, q * doubles));
    }
}
