package org.ndjit.codegen.vector;

import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.codegen.KernelSpec;
import org.ndjit.codegen.RowKernel;
import org.ndjit.codegen.RowKernelCompiler;
import org.ndjit.codegen.Vectorization;
import org.ndjit.ir.Op;
import org.ndjit.ir.Reduction;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A generated argmaxRow (argminRow) finds the element the reference's definition finds
 * ({@link Reduction#SCALAR_EXTREMES}: the first NaN, else the first largest or smallest value) over
 * the values row() computes: its index exactly and its value bit for bit, for float64 and float32
 * values (widened), broadcast inputs and constants, every row length from 1 past two vectors of 8 and
 * long rows with a tail, a NaN at each position, two NaNs, +-0 mixes (equal: the first wins), ties across
 * lanes, rows all equal, all -inf and all +inf (the lanes' starting values).
 */
class ArgExtremeRowTest {
    private static final DType F64 = DType.FLOAT64, F32 = DType.FLOAT32;
    private static final KernelSpec.Access UNIT = KernelSpec.Access.UNIT, BROADCAST = KernelSpec.Access.BROADCAST;

    private static KernelSpec spec(List<DType> inputs, List<DType> constants, List<KernelSpec.Instr> instrs, List<KernelSpec.Access> access) {
        return new KernelSpec(inputs, constants, instrs, instrs.getLast().dtype(), access);
    }

    private static final List<KernelSpec> SPECS = List.of(
            spec(List.of(F64), List.of(F64), List.of(new KernelSpec.Instr(Op.MUL, F64, new int[] {0, 1})), List.of(UNIT)),
            spec(List.of(F32, F32), List.of(), List.of(new KernelSpec.Instr(Op.SUB, F32, new int[] {0, 1})), List.of(UNIT, BROADCAST)),
            spec(List.of(F64), List.of(), List.of(new KernelSpec.Instr(Op.CAST, F32, new int[] {0})), List.of(UNIT)));

    /** Pattern k's value j: 0 plain, 1 + p a NaN at p, then two NaNs, +-0 mixes, few distinct values (ties), all equal, all -inf, all +inf, +-inf. */
    private static double value(Random rnd, int k, int j, int n) {
        if (k >= 1 && k <= n) return j == k - 1 ? Double.NaN : plain(rnd);
        return switch (k - n) {
            case 1 -> j == n / 2 || j == n - 1 ? Double.NaN : plain(rnd);
            case 2 -> j % 3 == 0 ? 0.0 : -0.0;
            case 3 -> j % 2 == 0 ? -0.0 : 0.0;
            case 4 -> rnd.nextInt(3);
            case 5 -> 1.5;
            case 6 -> Double.NEGATIVE_INFINITY;
            case 7 -> Double.POSITIVE_INFINITY;
            case 8 -> j == n / 2 ? Double.POSITIVE_INFINITY : j == n - 1 ? Double.NEGATIVE_INFINITY : plain(rnd);
            default -> plain(rnd);
        };
    }

    private static double plain(Random rnd) {
        return (rnd.nextInt(1 << 12) - (1 << 11)) / 64.0;
    }

    @Test
    void answerIsTheReferencesFirstExtreme() {
        Random rnd = new Random(4);
        for (KernelSpec spec : SPECS) {
            RowKernel kernel = RowKernelCompiler.compile(spec);
            assertEquals(Vectorization.enabled() && VectorEmitter.applies(spec), kernel.argExtremesRows(), spec.key());
            if (!kernel.argExtremesRows()) continue;
            int[] lengths = new int[24];
            for (int n = 1; n <= 20; n++) lengths[n - 1] = n;
            lengths[20] = 33;
            lengths[21] = 77;
            lengths[22] = 1024;
            lengths[23] = 1031;
            for (int n : lengths) {
                for (int k = 0; k <= n + 8; k += n > 40 && k < n ? 97 : 1) {
                    int inputs = spec.inputs().size();
                    MemorySegment[] in = new MemorySegment[inputs];
                    long[] off = new long[inputs], stride = new long[inputs];
                    for (int i = 0; i < inputs; i++) {
                        DType d = spec.inputs().get(i);
                        boolean broadcast = spec.access().get(i) == BROADCAST;
                        in[i] = d == F32 ? MemorySegment.ofArray(new float[n + 1]) : MemorySegment.ofArray(new double[n + 1]);
                        off[i] = broadcast ? 0 : 1;
                        stride[i] = broadcast ? 0 : 1;
                        for (int j = 0; j < n; j++) {
                            double v = broadcast ? 0.25 : value(rnd, k, j, n);
                            if (d == F32) in[i].setAtIndex(ValueLayout.JAVA_FLOAT, j + off[i], (float) v);
                            else in[i].setAtIndex(ValueLayout.JAVA_DOUBLE, j + off[i], v);
                        }
                    }
                    double[] dc = {k % 2 == 0 ? 1.5 : -0.0}; // -0.0 * a: zeros of both signs
                    double[] values = values(kernel, spec.output(), in, off, stride, n, dc);
                    for (boolean max : new boolean[] {true, false}) {
                        int expected = Reduction.SCALAR_EXTREMES.first(values, n, max);
                        double[] best = {Double.NaN, 12345};
                        if (max) kernel.argmaxRow(in, off, stride, n, dc, new long[0], best);
                        else kernel.argminRow(in, off, stride, n, dc, new long[0], best);
                        String where = spec.key() + (max ? " argmax" : " argmin") + " n " + n + " pattern " + k;
                        assertEquals(expected, best[1], where);
                        if (!Double.isNaN(values[expected]) || !Double.isNaN(best[0])) {
                            assertEquals(Double.doubleToRawLongBits(values[expected]), Double.doubleToRawLongBits(best[0]), where + ": value " + best[0]);
                        }
                    }
                }
            }
        }
    }

    /** The values row() computes, widened. */
    private static double[] values(RowKernel kernel, DType out, MemorySegment[] in, long[] off, long[] stride, int n, double[] dc) {
        MemorySegment row = out == F32 ? MemorySegment.ofArray(new float[n]) : MemorySegment.ofArray(new double[n]);
        kernel.row(in, off, stride, row, 0, n, dc, new long[0]);
        double[] values = new double[n];
        for (int j = 0; j < n; j++) values[j] = out == F32 ? row.getAtIndex(ValueLayout.JAVA_FLOAT, j) : row.getAtIndex(ValueLayout.JAVA_DOUBLE, j);
        return values;
    }

    @Test
    void otherKernelsHaveNoArgExtremeRows() {
        KernelSpec ints = spec(List.of(DType.INT64), List.of(), List.of(new KernelSpec.Instr(Op.ADD, DType.INT64, new int[] {0, 0})), List.of(UNIT));
        assertFalse(RowKernelCompiler.compile(ints).argExtremesRows());
    }
}
