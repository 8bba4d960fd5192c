package org.ndjit.codegen.vector;

import org.junit.jupiter.api.Test;
import org.ndjit.codegen.KernelSpec;
import org.ndjit.codegen.RowKernel;
import org.ndjit.codegen.RowKernelCompiler;
import org.ndjit.codegen.Vectorization;
import org.ndjit.DType;
import org.ndjit.ir.Op;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A generated sumAcross adds each row's values to the TwoSum accumulators exactly as the scalar
 * definition adds the values row() computes for those rows, row after row: every sum and
 * compensation bit for bit, for float64 and float32 values (widened), vector and scalar loops (a
 * strided input), broadcast inputs that change from row to row, bool and index inputs, constants,
 * values over a wide range of magnitudes, NaN and inf, row counts 1, 2, the count the vector loop is
 * written out for and one more, and lengths around the vector widths.
 */
class SumAcrossTest {
    private static final DType F64 = DType.FLOAT64, F32 = DType.FLOAT32, I64 = DType.INT64, BOOL = DType.BOOL;
    private static final KernelSpec.Access UNIT = KernelSpec.Access.UNIT, BROADCAST = KernelSpec.Access.BROADCAST,
            STRIDED = KernelSpec.Access.STRIDED;

    static KernelSpec spec(List<DType> inputs, List<DType> constants, List<KernelSpec.Instr> instrs, List<KernelSpec.Access> access) {
        return new KernelSpec(inputs, constants, instrs, instrs.isEmpty() ? inputs.getFirst() : instrs.getLast().dtype(), access);
    }

    static KernelSpec.Instr instr(Op op, DType d, int... args) {
        return new KernelSpec.Instr(op, d, args);
    }

    /** The kernels, and whether each gets a vector loop where the machine has 4 or 8 double lanes. */
    static final List<KernelSpec> VECTOR = List.of(
            spec(List.of(F64), List.of(), List.of(), List.of(UNIT)), // the input itself: a plain column sum
            spec(List.of(F32, F32), List.of(), List.of(instr(Op.MUL, F32, 0, 1)), List.of(UNIT, UNIT)),
            spec(List.of(F64), List.of(), List.of(instr(Op.CAST, F32, 0)), List.of(UNIT)),
            // (a - m) * (a - m) * c, m broadcast along the row (a row's mean) and c a constant
            spec(List.of(F64, F64), List.of(F64), List.of(instr(Op.SUB, F64, 0, 1), instr(Op.MUL, F64, 3, 3), instr(Op.MUL, F64, 4, 2)),
                    List.of(UNIT, BROADCAST)),
            // where(b, a, q): a bool input along the row, a bool broadcast per row selecting between them
            spec(List.of(BOOL, F64, BOOL, F64), List.of(), List.of(instr(Op.AND, BOOL, 0, 2), instr(Op.WHERE, F64, 4, 1, 3)),
                    List.of(UNIT, UNIT, BROADCAST, BROADCAST)));
    static final List<KernelSpec> SCALAR = List.of(
            spec(List.of(F64, F64), List.of(), List.of(instr(Op.ADD, F64, 0, 1)), List.of(STRIDED, UNIT)),
            spec(List.of(F32), List.of(), List.of(), List.of(STRIDED)));

    static double value(Random rnd) {
        return rnd.nextGaussian() * Math.scalb(1.0, rnd.nextInt(120) - 60);
    }

    @Test
    void accumulatorsEqualTheScalarDefinition() {
        Random rnd = new Random(12);
        boolean vectors = Vectorization.enabled() && List.of(4, 8).contains(PanamaProvider.lanes(F64));
        for (KernelSpec spec : VECTOR) {
            if (vectors) assertTrue(VectorEmitter.applies(spec) && VectorEmitter.sums(spec), spec.key());
            check(spec, rnd);
        }
        for (KernelSpec spec : SCALAR) check(spec, rnd);
        KernelSpec indices = new KernelSpec(List.of(I64, F64), List.of(), List.of(instr(Op.CAST, F64, 0), instr(Op.MUL, F64, 2, 1)), F64,
                List.of(UNIT, UNIT), List.of(0));
        check(indices, rnd);
    }

    private static void check(KernelSpec spec, Random rnd) {
        RowKernel kernel = RowKernelCompiler.compile(spec);
        assertTrue(kernel.sumsAcross(), spec.key());
        for (int n : new int[] {0, 1, 7, 8, 9, 16, 17, 33, 250}) {
            for (int rows : new int[] {1, 2, RowKernel.ACROSS_ROWS, RowKernel.ACROSS_ROWS + 1}) {
                for (int special = 0; special < 3; special++) {
                    int inputs = spec.inputs().size(), pad = 3;
                    long[] off = new long[inputs], stride = new long[inputs], rowStride = new long[inputs];
                    MemorySegment[] in = new MemorySegment[inputs];
                    for (int i = 0; i < inputs; i++) {
                        KernelSpec.Access access = spec.access().get(i);
                        stride[i] = access == BROADCAST ? 0 : access == UNIT ? 1 : -3;
                        rowStride[i] = access == BROADCAST ? 2 : 3L * n + 5; // rows apart, and not a multiple of the vector width
                        off[i] = pad + (stride[i] < 0 ? 3L * Math.max(n - 1, 0) : 0);
                        in[i] = fill(spec, i, (int) (off[i] + rows * rowStride[i] + 3L * n + pad), special, rnd);
                    }
                    double[] dc = {value(rnd)};
                    long[] lc = {};
                    int at = 5, size = at + n + 3;
                    double[] sum = new double[size], comp = new double[size];
                    for (int j = 0; j < size; j++) {
                        sum[j] = value(rnd);
                        comp[j] = sum[j] * 0x1p-60;
                    }
                    double[] expectedSum = sum.clone(), expectedComp = comp.clone();
                    for (int k = 0; k < rows; k++) {
                        long[] rowOff = new long[inputs];
                        for (int i = 0; i < inputs; i++) rowOff[i] = off[i] + k * rowStride[i];
                        double[] values = rowValues(kernel, spec.output(), in, rowOff, stride, n, dc, lc);
                        for (int j = 0; j < n; j++) {
                            double s = expectedSum[at + j], x = values[j], t = s + x, z = t - s;
                            expectedComp[at + j] += (s - (t - z)) + (x - z);
                            expectedSum[at + j] = t;
                        }
                    }
                    kernel.sumAcross(in, off, stride, rowStride, rows, n, dc, lc, sum, comp, at);
                    for (int j = 0; j < size; j++) {
                        String where = spec.key() + " n " + n + " rows " + rows + " special " + special + " accumulator " + j;
                        assertEquals(Double.doubleToRawLongBits(expectedSum[j]), Double.doubleToRawLongBits(sum[j]), where);
                        assertEquals(Double.doubleToRawLongBits(expectedComp[j]), Double.doubleToRawLongBits(comp[j]), where);
                    }
                }
            }
        }
    }

    /** Input i's memory: values of many magnitudes, a NaN (special 1) or infinities (special 2); bools alternate irregularly. */
    private static MemorySegment fill(KernelSpec spec, int i, int size, int special, Random rnd) {
        DType d = spec.inputs().get(i);
        if (spec.isIndex(i)) return MemorySegment.NULL;
        MemorySegment m = switch (d) {
            case FLOAT32 -> MemorySegment.ofArray(new float[size]);
            case BOOL -> MemorySegment.ofArray(new byte[size]);
            default -> MemorySegment.ofArray(new double[size]);
        };
        for (int j = 0; j < size; j++) {
            double v = value(rnd);
            if (special == 1 && j == size / 2) v = Double.NaN;
            if (special == 2 && j % 97 == 5) v = j % 2 == 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            if (d == F32) m.setAtIndex(ValueLayout.JAVA_FLOAT, j, (float) v);
            else if (d == BOOL) m.set(ValueLayout.JAVA_BYTE, j, (byte) (rnd.nextInt(3) == 0 ? 0 : 1));
            else m.setAtIndex(ValueLayout.JAVA_DOUBLE, j, v);
        }
        return m;
    }

    /** The row's values as row() computes them, widened to double. */
    static double[] rowValues(RowKernel kernel, DType out, MemorySegment[] in, long[] off, long[] stride, int n, double[] dc, long[] lc) {
        MemorySegment row = out == F32 ? MemorySegment.ofArray(new float[n]) : MemorySegment.ofArray(new double[n]);
        kernel.row(in, off, stride, row, 0, n, dc, lc);
        double[] values = new double[n];
        for (int j = 0; j < n; j++) values[j] = out == F32 ? row.getAtIndex(ValueLayout.JAVA_FLOAT, j) : row.getAtIndex(ValueLayout.JAVA_DOUBLE, j);
        return values;
    }

    @Test
    void kernelsOfOtherValuesHaveNoSumAcross() {
        KernelSpec ints = spec(List.of(I64), List.of(), List.of(instr(Op.ADD, I64, 0, 0)), List.of(UNIT));
        assertFalse(RowKernelCompiler.compile(ints).sumsAcross());
        KernelSpec bools = spec(List.of(F64, F64), List.of(), List.of(instr(Op.LT, BOOL, 0, 1)), List.of(UNIT, UNIT));
        assertFalse(RowKernelCompiler.compile(bools).sumsAcross());
    }
}
