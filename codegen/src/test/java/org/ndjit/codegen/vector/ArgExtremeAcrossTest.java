package org.ndjit.codegen.vector;

import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.codegen.KernelSpec;
import org.ndjit.codegen.RowKernel;
import org.ndjit.codegen.RowKernelCompiler;
import org.ndjit.codegen.Vectorization;
import org.ndjit.ir.Buffer;
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
 * A generated argmaxAcross (argminAcross) finds each column's first NaN, or else its first largest (smallest)
 * value, with its position, as the reference's {@link Reduction} takes the rows one after the other: for
 * SumAcrossTest's kernels (float64 and float32 values, vector and scalar loops, broadcast inputs that change
 * from row to row, bool inputs), rows given in one call or two (the second continuing from the first's
 * answers and positions), row counts around the count the vector loop is written out for, lengths around
 * the vector widths, with ties everywhere (few distinct values, +0.0 beside -0.0), a NaN at one and at many
 * positions, infinities and columns all -inf or +inf (the starting values).
 */
class ArgExtremeAcrossTest {
    private static final DType F32 = DType.FLOAT32, BOOL = DType.BOOL;
    /** Rows of the first call and of the second (0: one call). */
    private static final int[][] CALLS = {{1, 0}, {8, 0}, {9, 0}, {8, 8}, {3, 9}, {17, 8}};

    @Test
    void answersEqualTheReference() {
        Random rnd = new Random(19);
        for (KernelSpec spec : SumAcrossTest.VECTOR) check(spec, rnd);
        for (KernelSpec spec : SumAcrossTest.SCALAR) check(spec, rnd);
    }

    private static void check(KernelSpec spec, Random rnd) {
        RowKernel kernel = RowKernelCompiler.compile(spec);
        assertTrue(kernel.argExtremesAcross(), spec.key());
        for (int n : new int[] {0, 1, 4, 7, 8, 9, 33}) {
            for (int[] calls : CALLS) {
                for (int special = 0; special < 6; special++) {
                    int rows = calls[0] + calls[1], inputs = spec.inputs().size(), pad = 3;
                    long[] off = new long[inputs], stride = new long[inputs], rowStride = new long[inputs];
                    MemorySegment[] in = new MemorySegment[inputs];
                    for (int i = 0; i < inputs; i++) {
                        KernelSpec.Access access = spec.access().get(i);
                        stride[i] = access == KernelSpec.Access.BROADCAST ? 0 : access == KernelSpec.Access.UNIT ? 1 : -3;
                        rowStride[i] = access == KernelSpec.Access.BROADCAST ? 2 : 3L * n + 5;
                        off[i] = pad + (stride[i] < 0 ? 3L * Math.max(n - 1, 0) : 0);
                        in[i] = fill(spec.inputs().get(i), (int) (off[i] + rows * rowStride[i] + 3L * n + pad), special, rnd);
                    }
                    double[] dc = {special == 3 ? -0.0 : 1.0};
                    long[] lc = {};
                    int at = 5, size = at + n + 3;
                    for (boolean max : new boolean[] {true, false}) {
                        Reduction reference = new Reduction(max ? Op.ARGMAX : Op.ARGMIN, spec.output(), Math.max(n, 1));
                        for (int k = 0; k < rows; k++) {
                            long[] rowOff = new long[inputs];
                            for (int i = 0; i < inputs; i++) rowOff[i] = off[i] + k * rowStride[i];
                            reference.acceptFloatsAcross(0, SumAcrossTest.rowValues(kernel, spec.output(), in, rowOff, stride, n, dc, lc), n, k);
                        }
                        Buffer expected = Buffer.allocate(DType.INT64, Math.max(n, 1));
                        reference.store(expected);
                        double[] best = new double[size];
                        long[] index = new long[size];
                        java.util.Arrays.fill(best, max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
                        best[0] = 7.5;
                        index[size - 1] = 99;
                        take(kernel, max, in, off, stride, rowStride, calls[0], n, dc, lc, best, index, 0, at);
                        if (calls[1] > 0) {
                            long[] second = off.clone();
                            for (int i = 0; i < inputs; i++) second[i] += calls[0] * rowStride[i];
                            take(kernel, max, in, second, stride, rowStride, calls[1], n, dc, lc, best, index, calls[0], at);
                        }
                        String where = spec.key() + (max ? " argmax" : " argmin") + " n " + n + " rows " + calls[0] + "+" + calls[1] + " special " + special;
                        for (int j = 0; j < n; j++) assertEquals(expected.getLong(j), index[at + j], where + " column " + j);
                        assertEquals(7.5, best[0], where + ": outside the row");
                        assertEquals(99, index[size - 1], where + ": outside the row");
                    }
                }
            }
        }
    }

    private static void take(RowKernel kernel, boolean max, MemorySegment[] in, long[] off, long[] stride, long[] rowStride, int rows, int n,
                             double[] dc, long[] lc, double[] best, long[] index, long position, int at) {
        if (max) kernel.argmaxAcross(in, off, stride, rowStride, rows, n, dc, lc, best, index, position, at);
        else kernel.argminAcross(in, off, stride, rowStride, rows, n, dc, lc, best, index, position, at);
    }

    /**
     * An input's memory: special 0 few distinct values (ties), 1 a NaN, 2 infinities among them, 3 only +0.0, -0.0 and -1.0,
     * 4 a NaN every 13 elements, 5 only -inf and +inf; bools alternate irregularly.
     */
    private static MemorySegment fill(DType d, int size, int special, Random rnd) {
        MemorySegment m = switch (d) {
            case FLOAT32 -> MemorySegment.ofArray(new float[size]);
            case BOOL -> MemorySegment.ofArray(new byte[size]);
            default -> MemorySegment.ofArray(new double[size]);
        };
        for (int j = 0; j < size; j++) {
            double v = rnd.nextInt(4) - 1.5;
            if (special == 1 && j == size / 2) v = Double.NaN;
            if (special == 2 && j % 7 == 5) v = j % 2 == 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            if (special == 3) v = switch (rnd.nextInt(5)) { case 0 -> -1.0; case 1, 2 -> 0.0; default -> -0.0; };
            if (special == 4 && j % 13 == 3) v = Double.NaN;
            if (special == 5) v = rnd.nextInt(3) == 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            if (d == F32) m.setAtIndex(ValueLayout.JAVA_FLOAT, j, (float) v);
            else if (d == BOOL) m.set(ValueLayout.JAVA_BYTE, j, (byte) (rnd.nextInt(3) == 0 ? 0 : 1));
            else m.setAtIndex(ValueLayout.JAVA_DOUBLE, j, v);
        }
        return m;
    }

    @Test
    void onlyFloatArgExtremesHaveIt() {
        KernelSpec f64 = new KernelSpec(List.of(DType.FLOAT64), List.of(), List.of(), DType.FLOAT64, List.of(KernelSpec.Access.UNIT), List.of(), List.of(),
                KernelSpec.Reduces.ARG_EXTREMES);
        assertTrue(RowKernelCompiler.compile(f64).argExtremesAcross());
        if (Vectorization.enabled() && VectorEmitter.sums(f64)) {
            assertTrue(RowKernelCompiler.listing(f64).contains("LongVector.blend"), "positions in registers");
        }
        for (KernelSpec.Reduces r : List.of(KernelSpec.Reduces.NONE, KernelSpec.Reduces.SUM, KernelSpec.Reduces.EXTREMES)) {
            KernelSpec other = new KernelSpec(f64.inputs(), f64.constants(), f64.instrs(), f64.output(), f64.access(), List.of(), List.of(), r);
            assertFalse(RowKernelCompiler.compile(other).argExtremesAcross(), r + " asks for no arg extremes");
        }
        KernelSpec ints = new KernelSpec(List.of(DType.INT32), List.of(), List.of(), DType.INT32, List.of(KernelSpec.Access.UNIT), List.of(), List.of(),
                KernelSpec.Reduces.ARG_EXTREMES);
        assertFalse(RowKernelCompiler.compile(ints).argExtremesAcross(), "integer argmax keeps the scratch path");
    }
}
