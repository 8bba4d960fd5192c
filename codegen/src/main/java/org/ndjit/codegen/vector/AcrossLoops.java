package org.ndjit.codegen.vector;

import org.ndjit.codegen.LoopEmitter;
import org.ndjit.codegen.RowKernel;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;

import static org.objectweb.asm.Opcodes.*;

/**
 * The vector loops of sumAcross, sumAcrossLong, maxAcross and minAcross: for each vector of elements j, its
 * accumulators are loaded, every row's values are added in row order (or taken into a max or min),
 * and the accumulators are stored. With
 * {@link RowKernel#ACROSS_ROWS} rows the body is written once per row (C2 compiles a short loop of
 * rows inside the loop of elements poorly: it took about 1.7 times as long on a 4096 x 4096 column
 * sum); any other count of rows runs a loop of rows.
 */
final class AcrossLoops {
    private final MethodVisitor mv;
    private final LoopEmitter.Across across;
    private final int[] position;
    private final int j, bound, lanes;
    private final IntUnaryOperator allocate;

    /** The accumulators of elements j.. in registers: a float sum's ({@code VectorEmitter.AcrossSums}), an integer sum's ({@link AcrossLongSums}), a max's or min's ({@link AcrossExtremes}). */
    interface Accumulators {
        /** Emits the loads of the accumulators of elements j... */
        void load();

        /** Emits the code that takes the vector of one row's values in local {@code result}. */
        void add(int result);

        /** Emits the stores of the accumulators back to their array. */
        void store();
    }

    AcrossLoops(MethodVisitor mv, LoopEmitter.Across across, int[] position, int j, int bound, int lanes, IntUnaryOperator allocate) {
        this.mv = mv;
        this.across = across;
        this.position = position;
        this.j = j;
        this.bound = bound;
        this.lanes = lanes;
        this.allocate = allocate;
    }

    /** Emits both loops; {@code body} computes one row's vector into the local {@code result}; both end at {@code done}. */
    void emit(Consumer<int[]> body, Accumulators sums, int result, Label done) {
        Label general = new Label();
        mv.visitVarInsn(ILOAD, across.rows());
        mv.visitLdcInsn(RowKernel.ACROSS_ROWS);
        mv.visitJumpInsn(IF_ICMPNE, general);
        int[][] rowPosition = new int[RowKernel.ACROSS_ROWS][];
        for (int k = 0; k < rowPosition.length; k++) {
            rowPosition[k] = new int[position.length];
            for (int i = 0; i < position.length; i++) {
                rowPosition[k][i] = allocate.applyAsInt(2);
                mv.visitVarInsn(LLOAD, k == 0 ? position[i] : rowPosition[k - 1][i]);
                if (k > 0) {
                    mv.visitVarInsn(LLOAD, across.rowStep()[i]);
                    mv.visitInsn(LADD);
                }
                mv.visitVarInsn(LSTORE, rowPosition[k][i]);
            }
        }
        Label unrolled = new Label();
        mv.visitLabel(unrolled);
        exitAtBound(done);
        sums.load();
        for (int[] row : rowPosition) {
            body.accept(row);
            sums.add(result);
        }
        sums.store();
        next(unrolled);

        mv.visitLabel(general);
        int[] rowPosition0 = new int[position.length];
        for (int i = 0; i < position.length; i++) rowPosition0[i] = allocate.applyAsInt(2);
        int row = allocate.applyAsInt(1);
        Label loop = new Label(), rows = new Label(), rowsDone = new Label();
        mv.visitLabel(loop);
        exitAtBound(done);
        sums.load();
        for (int i = 0; i < position.length; i++) {
            mv.visitVarInsn(LLOAD, position[i]);
            mv.visitVarInsn(LSTORE, rowPosition0[i]);
        }
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, row);
        mv.visitLabel(rows);
        mv.visitVarInsn(ILOAD, row);
        mv.visitVarInsn(ILOAD, across.rows());
        mv.visitJumpInsn(IF_ICMPGE, rowsDone);
        body.accept(rowPosition0);
        sums.add(result);
        for (int i = 0; i < position.length; i++) {
            mv.visitVarInsn(LLOAD, rowPosition0[i]);
            mv.visitVarInsn(LLOAD, across.rowStep()[i]);
            mv.visitInsn(LADD);
            mv.visitVarInsn(LSTORE, rowPosition0[i]);
        }
        mv.visitIincInsn(row, 1);
        mv.visitJumpInsn(GOTO, rows);
        mv.visitLabel(rowsDone);
        sums.store();
        next(loop);
    }

    private void exitAtBound(Label done) {
        mv.visitVarInsn(ILOAD, j);
        mv.visitVarInsn(ILOAD, bound);
        mv.visitJumpInsn(IF_ICMPGE, done);
    }

    private void next(Label loop) {
        mv.visitIincInsn(j, lanes);
        mv.visitJumpInsn(GOTO, loop);
    }
}
