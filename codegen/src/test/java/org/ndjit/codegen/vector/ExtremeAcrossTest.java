package org.ndjit.codegen.vector;

import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.codegen.KernelSpec;
import org.ndjit.codegen.RowKernel;
import org.ndjit.codegen.RowKernelCompiler;
import org.ndjit.ir.Op;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A generated maxAcross (minAcross) takes each row's values into the best values exactly as
 * {@code best[at + j] = Math.max(best[at + j], value)} over the values row() computes, row after
 * row: bit for bit but for NaN payloads, for SumAcrossTest's kernels (float64 and float32 values,
 * vector and scalar loops, broadcast inputs that change from row to row, bool and index inputs), with
 * NaN at one and at many positions (every lane and the tail), +-0 (Math.max puts +0.0 above -0.0),
 * +-inf and NaN or -0.0 already in the accumulators; row counts 1, the count the vector loop is
 * written out for and one more (the general loop), and lengths around the vector widths.
 */
class ExtremeAcrossTest {
    private static final DType F32 = DType.FLOAT32, BOOL = DType.BOOL;

    @Test
    void bestValuesEqualTheScalarDefinition() {
        Random rnd = new Random(13);
        for (KernelSpec spec : SumAcrossTest.VECTOR) check(spec, rnd);
        for (KernelSpec spec : SumAcrossTest.SCALAR) check(spec, rnd);
        KernelSpec indices = new KernelSpec(List.of(DType.INT64, DType.FLOAT64), List.of(), List.of(SumAcrossTest.instr(Op.CAST, DType.FLOAT64, 0),
                SumAcrossTest.instr(Op.MUL, DType.FLOAT64, 2, 1)), DType.FLOAT64, List.of(KernelSpec.Access.UNIT, KernelSpec.Access.UNIT), List.of(0));
        check(indices, rnd);
    }

    private static void check(KernelSpec spec, Random rnd) {
        RowKernel kernel = RowKernelCompiler.compile(spec);
        assertTrue(kernel.extremesAcross(), spec.key());
        for (int n : new int[] {0, 1, 4, 7, 8, 9, 33}) {
            for (int rows : new int[] {1, RowKernel.ACROSS_ROWS, RowKernel.ACROSS_ROWS + 1}) {
                for (int special = 0; special < 5; special++) {
                    int inputs = spec.inputs().size(), pad = 3;
                    long[] off = new long[inputs], stride = new long[inputs], rowStride = new long[inputs];
                    MemorySegment[] in = new MemorySegment[inputs];
                    for (int i = 0; i < inputs; i++) {
                        KernelSpec.Access access = spec.access().get(i);
                        stride[i] = access == KernelSpec.Access.BROADCAST ? 0 : access == KernelSpec.Access.UNIT ? 1 : -3;
                        rowStride[i] = access == KernelSpec.Access.BROADCAST ? 2 : 3L * n + 5;
                        off[i] = pad + (stride[i] < 0 ? 3L * Math.max(n - 1, 0) : 0);
                        in[i] = fill(spec, i, (int) (off[i] + rows * rowStride[i] + 3L * n + pad), special, rnd);
                    }
                    double[] dc = {special == 3 ? -0.0 : SumAcrossTest.value(rnd)};
                    long[] lc = {};
                    int at = 5, size = at + n + 3;
                    for (boolean min : new boolean[] {false, true}) {
                        double[] best = new double[size];
                        for (int j = 0; j < size; j++) best[j] = j % 11 == 4 ? Double.NaN : special == 3 ? (j % 2 == 0 ? -0.0 : 0.0) : SumAcrossTest.value(rnd);
                        double[] expected = best.clone();
                        for (int k = 0; k < rows; k++) {
                            long[] rowOff = new long[inputs];
                            for (int i = 0; i < inputs; i++) rowOff[i] = off[i] + k * rowStride[i];
                            double[] values = SumAcrossTest.rowValues(kernel, spec.output(), in, rowOff, stride, n, dc, lc);
                            for (int j = 0; j < n; j++) expected[at + j] = min ? Math.min(expected[at + j], values[j]) : Math.max(expected[at + j], values[j]);
                        }
                        if (min) kernel.minAcross(in, off, stride, rowStride, rows, n, dc, lc, best, at);
                        else kernel.maxAcross(in, off, stride, rowStride, rows, n, dc, lc, best, at);
                        for (int j = 0; j < size; j++) {
                            String where = spec.key() + (min ? " min" : " max") + " n " + n + " rows " + rows + " special " + special + " accumulator " + j;
                            if (Double.isNaN(expected[j]) && Double.isNaN(best[j])) continue;
                            assertEquals(Double.doubleToRawLongBits(expected[j]), Double.doubleToRawLongBits(best[j]), where + ": " + expected[j] + " got " + best[j]);
                        }
                    }
                }
            }
        }
    }

    /**
     * Input i's memory: values of many magnitudes; special 1 a NaN, 2 infinities, 3 only +0.0, -0.0 and -1.0,
     * 4 a NaN every 13 elements (every lane and the tail, from row to row); bools alternate irregularly.
     */
    private static MemorySegment fill(KernelSpec spec, int i, int size, int special, Random rnd) {
        DType d = spec.inputs().get(i);
        if (spec.isIndex(i)) return MemorySegment.NULL;
        MemorySegment m = switch (d) {
            case FLOAT32 -> MemorySegment.ofArray(new float[size]);
            case BOOL -> MemorySegment.ofArray(new byte[size]);
            default -> MemorySegment.ofArray(new double[size]);
        };
        for (int j = 0; j < size; j++) {
            double v = SumAcrossTest.value(rnd);
            if (special == 1 && j == size / 2) v = Double.NaN;
            if (special == 2 && j % 7 == 5) v = j % 2 == 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            if (special == 3) v = switch (rnd.nextInt(5)) { case 0 -> -1.0; case 1, 2 -> 0.0; default -> -0.0; };
            if (special == 4 && j % 13 == 3) v = Double.NaN;
            if (d == F32) m.setAtIndex(ValueLayout.JAVA_FLOAT, j, (float) v);
            else if (d == BOOL) m.set(ValueLayout.JAVA_BYTE, j, (byte) (rnd.nextInt(3) == 0 ? 0 : 1));
            else m.setAtIndex(ValueLayout.JAVA_DOUBLE, j, v);
        }
        return m;
    }

    @Test
    void kernelsOfOtherValuesHaveNoExtremesAcross() {
        KernelSpec ints = SumAcrossTest.spec(List.of(DType.INT64), List.of(), List.of(SumAcrossTest.instr(Op.ADD, DType.INT64, 0, 0)),
                List.of(KernelSpec.Access.UNIT));
        assertFalse(RowKernelCompiler.compile(ints).extremesAcross());
        KernelSpec halves = SumAcrossTest.spec(List.of(DType.FLOAT16), List.of(), List.of(), List.of(KernelSpec.Access.UNIT));
        assertFalse(RowKernelCompiler.compile(halves).extremesAcross());
    }
}
