package org.ndjit.codegen.vector;

import org.ndjit.codegen.*;

import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.ir.Op;
import org.ndjit.ir.Reduction;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A generated sumRow adds the row's values to the 8 TwoSum lanes exactly as
 * {@link Reduction#SCALAR_LANES} adds the values row() computes: every lane's sum and compensation
 * bit for bit, for float64 and float32 values (widened), any lane count, with broadcast inputs and
 * constants, values over a wide range of magnitudes (so any change of lane or order shows), NaN and inf.
 */
class SumRowTest {
    private static final DType F64 = DType.FLOAT64, F32 = DType.FLOAT32;
    private static final KernelSpec.Access UNIT = KernelSpec.Access.UNIT, BROADCAST = KernelSpec.Access.BROADCAST;

    private static KernelSpec spec(List<DType> inputs, List<DType> constants, List<KernelSpec.Instr> instrs, List<KernelSpec.Access> access) {
        return new KernelSpec(inputs, constants, instrs, instrs.getLast().dtype(), access);
    }

    private static final List<KernelSpec> SPECS = List.of(
            // (a - b) * (a - b)
            spec(List.of(F64, F64), List.of(), List.of(new KernelSpec.Instr(Op.SUB, F64, new int[] {0, 1}),
                    new KernelSpec.Instr(Op.MUL, F64, new int[] {2, 2})), List.of(UNIT, UNIT)),
            // a * b in float32: float vectors of twice the double lanes, widened in two parts
            spec(List.of(F32, F32), List.of(), List.of(new KernelSpec.Instr(Op.MUL, F32, new int[] {0, 1})), List.of(UNIT, UNIT)),
            // float32(a): float vectors of the double lanes, widened in one part
            spec(List.of(F64), List.of(), List.of(new KernelSpec.Instr(Op.CAST, F32, new int[] {0})), List.of(UNIT)),
            // (a + b) * c with b broadcast and c a constant
            spec(List.of(F64, F64), List.of(F64), List.of(new KernelSpec.Instr(Op.ADD, F64, new int[] {0, 1}),
                    new KernelSpec.Instr(Op.MUL, F64, new int[] {3, 2})), List.of(UNIT, BROADCAST)));

    private static double value(Random rnd) {
        return rnd.nextGaussian() * Math.scalb(1.0, rnd.nextInt(120) - 60);
    }

    @Test
    void lanesEqualTheScalarDefinition() {
        Random rnd = new Random(11);
        for (KernelSpec spec : SPECS) {
            RowKernel kernel = RowKernelCompiler.compile(spec);
            boolean sums = VectorEmitter.applies(spec) && VectorEmitter.sums(spec);
            assertEquals(sums, kernel.sumsRows(), spec.key());
            if (Vectorization.enabled() && List.of(4, 8).contains(PanamaProvider.lanes(F64))) assertTrue(sums, spec.key());
            if (!sums) continue;
            for (int n : new int[] {0, 8, 16, 24, 40, 64, 1000, 1024, 1031}) {
                for (int special = 0; special < 3; special++) {
                    int inputs = spec.inputs().size(), pad = 3;
                    MemorySegment[] in = new MemorySegment[inputs];
                    long[] off = new long[inputs], stride = new long[inputs];
                    for (int i = 0; i < inputs; i++) {
                        DType d = spec.inputs().get(i);
                        in[i] = d == F32 ? MemorySegment.ofArray(new float[n + pad]) : MemorySegment.ofArray(new double[n + pad]);
                        off[i] = i == 0 ? pad : 1;
                        stride[i] = spec.access().get(i) == BROADCAST ? 0 : 1;
                        for (int j = 0; j < n + pad; j++) {
                            double v = value(rnd);
                            if (special == 1 && j == pad + n / 2) v = Double.NaN;
                            if (special == 2 && j % 97 == 5) v = j % 2 == 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                            if (d == F32) in[i].setAtIndex(ValueLayout.JAVA_FLOAT, j, (float) v);
                            else in[i].setAtIndex(ValueLayout.JAVA_DOUBLE, j, v);
                        }
                    }
                    double[] dc = {value(rnd)};
                    long[] lc = {};
                    double[] lanes = new double[16];
                    for (int l = 0; l < 8; l++) {
                        lanes[l] = value(rnd);
                        lanes[8 + l] = lanes[l] * 0x1p-60;
                    }
                    double[] expected = expected(kernel, spec.output(), in, off, stride, n, dc, lc, lanes);
                    kernel.sumRow(in, off, stride, n, dc, lc, lanes);
                    for (int l = 0; l < 16; l++) {
                        assertEquals(Double.doubleToRawLongBits(expected[l]), Double.doubleToRawLongBits(lanes[l]),
                                spec.key() + " n " + n + " special " + special + " lane entry " + l);
                    }
                }
            }
        }
    }

    /** The lanes after adding row()'s values with the scalar definition (lanes[l], lanes[8 + l] is lane l). */
    private static double[] expected(RowKernel kernel, DType out, MemorySegment[] in, long[] off, long[] stride, int n,
                                     double[] dc, long[] lc, double[] lanes) {
        MemorySegment row = out == F32 ? MemorySegment.ofArray(new float[n]) : MemorySegment.ofArray(new double[n]);
        kernel.row(in, off, stride, row, 0, n, dc, lc);
        double[] values = new double[n];
        for (int j = 0; j < n; j++) {
            values[j] = out == F32 ? row.getAtIndex(ValueLayout.JAVA_FLOAT, j) : row.getAtIndex(ValueLayout.JAVA_DOUBLE, j);
        }
        double[] sum = java.util.Arrays.copyOf(lanes, 8), comp = java.util.Arrays.copyOfRange(lanes, 8, 16);
        Reduction.SCALAR_LANES.add(sum, comp, 0, 1, values, 0, n / 8);
        for (int j = n / 8 * 8; j < n; j++) {
            int l = j & 7;
            double s = sum[l], x = values[j], t = s + x, z = t - s;
            comp[l] += (s - (t - z)) + (x - z);
            sum[l] = t;
        }
        double[] all = new double[16];
        System.arraycopy(sum, 0, all, 0, 8);
        System.arraycopy(comp, 0, all, 8, 8);
        return all;
    }

    @Test
    void otherKernelsHaveNoSumRow() {
        KernelSpec ints = spec(List.of(DType.INT64), List.of(), List.of(new KernelSpec.Instr(Op.ADD, DType.INT64, new int[] {0, 0})), List.of(UNIT));
        assertFalse(RowKernelCompiler.compile(ints).sumsRows());
        KernelSpec strided = spec(List.of(F64), List.of(), List.of(new KernelSpec.Instr(Op.ADD, F64, new int[] {0, 0})), List.of(KernelSpec.Access.STRIDED));
        assertFalse(RowKernelCompiler.compile(strided).sumsRows());
    }
}
