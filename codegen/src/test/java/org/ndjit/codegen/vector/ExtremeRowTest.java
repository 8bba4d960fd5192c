package org.ndjit.codegen.vector;

import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.codegen.KernelSpec;
import org.ndjit.codegen.RowKernel;
import org.ndjit.codegen.RowKernelCompiler;
import org.ndjit.codegen.Vectorization;
import org.ndjit.ir.Op;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A generated maxRow (minRow) takes into {@code best[0]} what {@link Math#max} ({@link Math#min})
 * over the values row() computes gives, bit for bit (any NaN for a NaN): float64 and float32 values
 * (widened), broadcast inputs and constants, every row length from 0 past four vectors and long rows
 * with a tail, a NaN at each position, +-0 mixes and +-inf, and a best value already NaN, -0.0 or +0.0.
 */
class ExtremeRowTest {
    private static final DType F64 = DType.FLOAT64, F32 = DType.FLOAT32;
    private static final KernelSpec.Access UNIT = KernelSpec.Access.UNIT, BROADCAST = KernelSpec.Access.BROADCAST;

    private static KernelSpec spec(List<DType> inputs, List<DType> constants, List<KernelSpec.Instr> instrs, List<KernelSpec.Access> access) {
        return new KernelSpec(inputs, constants, instrs, instrs.getLast().dtype(), access);
    }

    private static final List<KernelSpec> SPECS = List.of(
            // a * c
            spec(List.of(F64), List.of(F64), List.of(new KernelSpec.Instr(Op.MUL, F64, new int[] {0, 1})), List.of(UNIT)),
            // a - b in float32, b broadcast
            spec(List.of(F32, F32), List.of(), List.of(new KernelSpec.Instr(Op.SUB, F32, new int[] {0, 1})), List.of(UNIT, BROADCAST)),
            // float32(a): float vectors of the double lanes
            spec(List.of(F64), List.of(), List.of(new KernelSpec.Instr(Op.CAST, F32, new int[] {0})), List.of(UNIT)));

    /** Row j's values: k chooses the pattern (0 plain, 1 + p a NaN at p, then +-0 mixes, then +-inf). */
    private static double value(Random rnd, int k, int j, int n) {
        if (k >= 1 && k <= n && j == k - 1) return Double.NaN;
        if (k == n + 1) return j % 3 == 0 ? 0.0 : -0.0;
        if (k == n + 2) return j % 2 == 0 ? -0.0 : 0.0;
        if (k == n + 3 && j == n / 2) return Double.POSITIVE_INFINITY;
        if (k == n + 3 && j == n - 1) return Double.NEGATIVE_INFINITY;
        return (rnd.nextInt(1 << 12) - (1 << 11)) / 64.0;
    }

    @Test
    void bestEqualsMathMaxOverRow() {
        Random rnd = new Random(3);
        for (KernelSpec spec : SPECS) {
            RowKernel kernel = RowKernelCompiler.compile(spec);
            assertEquals(Vectorization.enabled() && VectorEmitter.applies(spec), kernel.extremesRows(), spec.key());
            if (!kernel.extremesRows()) continue;
            int[] lengths = new int[40];
            for (int n = 0; n < 36; n++) lengths[n] = n;
            lengths[36] = 1000;
            lengths[37] = 1024;
            lengths[38] = 1031;
            lengths[39] = 77;
            for (int n : lengths) {
                for (int k = 0; k <= n + 3; k += n > 40 ? 97 : 1) {
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
                    for (double start : new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, -0.0, 0.0, Double.NaN}) {
                        for (boolean min : new boolean[] {false, true}) {
                            double expected = start;
                            for (double v : values) expected = min ? Math.min(expected, v) : Math.max(expected, v);
                            double[] best = {start};
                            if (min) kernel.minRow(in, off, stride, n, dc, new long[0], best);
                            else kernel.maxRow(in, off, stride, n, dc, new long[0], best);
                            if (Double.isNaN(expected) && Double.isNaN(best[0])) continue;
                            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(best[0]),
                                    spec.key() + (min ? " min" : " max") + " n " + n + " pattern " + k + " from " + start + ": " + best[0]);
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
    void otherKernelsHaveNoExtremeRows() {
        KernelSpec ints = spec(List.of(DType.INT64), List.of(), List.of(new KernelSpec.Instr(Op.ADD, DType.INT64, new int[] {0, 0})), List.of(UNIT));
        assertFalse(RowKernelCompiler.compile(ints).extremesRows());
        KernelSpec halves = spec(List.of(DType.FLOAT16), List.of(), List.of(new KernelSpec.Instr(Op.ADD, DType.FLOAT16, new int[] {0, 0})), List.of(UNIT));
        assertFalse(RowKernelCompiler.compile(halves).extremesRows());
    }
}
