package org.ndjit.codegen.vector;

import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.codegen.KernelSpec;
import org.ndjit.codegen.RowKernel;
import org.ndjit.codegen.RowKernelCompiler;
import org.ndjit.codegen.Vectorization;
import org.ndjit.ir.Buffer;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A generated sumAcrossLong adds each column's values over the rows to its total as the reference's sum over
 * axis 0 does (widened to int64, or uint64 for the unsigned dtypes, wrapping): for SumRowLongTest's kernels
 * (every integer dtype and bool, read as they are or computed, broadcast inputs that change from row to row)
 * and a strided one (the scalar loop), with 1 to 70 rows (the count the vector loop is written out for among
 * them) of 0 to 70 columns and a few longer, inputs at odd offsets and row strides, values over each dtype's
 * range and int64 totals that wrap; accumulators outside the row stay as they were.
 */
class SumAcrossLongTest {
    private static final DType F64 = DType.FLOAT64, BOOL = DType.BOOL;
    private static final int[] ROWS = {1, 2, 7, 8, 9, 33, 70};
    private static final int[] COLUMNS = {0, 1, 3, 4, 5, 7, 8, 9, 16, 17, 31, 33, 64, 65, 70, 131};

    private static List<KernelSpec> specs() {
        List<KernelSpec> specs = new ArrayList<>(SumRowLongTest.specs());
        specs.add(new KernelSpec(List.of(DType.INT16), List.of(), List.of(), DType.INT16, List.of(KernelSpec.Access.STRIDED), List.of(), List.of(),
                KernelSpec.Reduces.SUM));
        return specs;
    }

    @Test
    void totalsEqualTheReference() {
        Random rnd = new Random(17);
        boolean fewer = Boolean.getBoolean("ndjit.test.fewerCases");
        for (KernelSpec spec : specs()) {
            RowKernel kernel = RowKernelCompiler.compile(spec);
            assertTrue(kernel.sumsAcrossLong(), spec.key());
            if (VectorEmitter.applies(spec) && VectorEmitter.sumsLong(spec)) {
                assertTrue(sumAcrossLongListing(spec).contains("LongVector.fromArray"), "the totals are in registers: " + spec.key());
            }
            for (int rows : ROWS) {
                for (int n : COLUMNS) {
                    if (fewer && (rows != 8 && rows != 9 || n % 2 == 0)) continue;
                    check(spec, kernel, rows, n, rnd);
                }
            }
            for (int rows : new int[] {1, 8, 9}) check(spec, kernel, rows, 4100, rnd);
        }
    }

    /** The bytecode of the class's sumAcrossLong, as ASM prints it. */
    private static String sumAcrossLongListing(KernelSpec spec) {
        String listing = RowKernelCompiler.listing(spec);
        int start = listing.indexOf(" sumAcrossLong(");
        int end = listing.indexOf("\n  p", start);
        return listing.substring(start, end < 0 ? listing.length() : end);
    }

    /** {@code rows} rows of {@code n} columns, each input at an offset of 1 to 7 elements and rows 1 to 9 elements further apart than their length. */
    private static void check(KernelSpec spec, RowKernel kernel, int rows, int n, Random rnd) {
        int inputs = spec.inputs().size();
        MemorySegment[] in = new MemorySegment[inputs];
        long[] off = new long[inputs], stride = new long[inputs], rowStride = new long[inputs];
        Node[] slots = new Node[inputs + spec.constants().size() + spec.instrs().size()];
        for (int i = 0; i < inputs; i++) {
            DType d = spec.inputs().get(i);
            KernelSpec.Access access = spec.access().get(i);
            stride[i] = access == KernelSpec.Access.BROADCAST ? 0 : access == KernelSpec.Access.UNIT ? 1 : 3;
            long rowLength = access == KernelSpec.Access.BROADCAST ? 1 : stride[i] * n;
            rowStride[i] = rowLength + 1 + rnd.nextInt(9);
            off[i] = 1 + rnd.nextInt(7);
            Buffer memory = Buffer.allocate(d, off[i] + rows * rowStride[i]), logical = Buffer.allocate(d, (long) rows * n);
            for (long e = 0; e < memory.length(); e++) {
                long v = SumRowLongTest.value(rnd, (int) e);
                if (d == F64) memory.setDouble(e, (double) v * 0x1p-60);
                else memory.setLong(e, v);
            }
            for (int k = 0; k < rows; k++) {
                for (int j = 0; j < n; j++) {
                    long at = off[i] + k * rowStride[i] + j * stride[i];
                    if (d == F64) logical.setDouble((long) k * n + j, memory.getDouble(at));
                    else logical.setLong((long) k * n + j, memory.getLong(at));
                }
            }
            in[i] = memory.segment();
            slots[i] = Nodes.buffer(logical, new long[] {rows, n});
        }
        double[] dc = new double[spec.constants().size()];
        long[] lc = new long[spec.constants().size()];
        for (int c = 0; c < lc.length; c++) {
            DType d = spec.constants().get(c);
            if (d != F64) lc[c] = d == BOOL ? 1 : 3;
            slots[inputs + c] = d == F64 ? Nodes.constant(d, 0.0) : d == BOOL ? Nodes.constant(d, true) : Nodes.constant(d, 3L);
        }
        int base = inputs + lc.length;
        for (int k = 0; k < spec.instrs().size(); k++) {
            KernelSpec.Instr instr = spec.instrs().get(k);
            Node[] args = java.util.Arrays.stream(instr.args()).mapToObj(a -> slots[a]).toArray(Node[]::new);
            slots[base + k] = Nodes.elementwise(instr.op(), instr.dtype(), args);
        }
        DType out = spec.output();
        DType sumType = out == DType.UINT8 || out == DType.UINT16 || out == DType.UINT32 || out == DType.UINT64 ? DType.UINT64 : DType.INT64;
        StridedArray reference = ReferenceEvaluator.evaluate(Nodes.reduce(Op.SUM, sumType, slots[spec.resultSlot()], new int[] {0}));
        int at = 3, size = at + n + 2;
        long[] totals = new long[size];
        for (int j = 0; j < size; j++) totals[j] = rnd.nextLong();
        long[] expected = totals.clone();
        for (int j = 0; j < n; j++) expected[at + j] += reference.getLongFlat(j);
        kernel.sumAcrossLong(in, off, stride, rowStride, rows, n, dc, lc, totals, at);
        for (int j = 0; j < size; j++) assertEquals(expected[j], totals[j], spec.key() + " rows " + rows + " n " + n + " accumulator " + j);
    }

    @Test
    void int64TotalsWrap() {
        KernelSpec spec = new KernelSpec(List.of(DType.INT64), List.of(), List.of(), DType.INT64, List.of(KernelSpec.Access.UNIT), List.of(), List.of(),
                KernelSpec.Reduces.SUM);
        RowKernel kernel = RowKernelCompiler.compile(spec);
        int n = 13, rows = 8;
        Buffer b = Buffer.allocate(DType.INT64, (long) rows * n);
        for (int j = 0; j < n; j++) b.setLong(j, Long.MAX_VALUE);
        for (long e = n; e < (long) rows * n; e++) b.setLong(e, 1);
        long[] totals = new long[n];
        java.util.Arrays.fill(totals, 1);
        kernel.sumAcrossLong(new MemorySegment[] {b.segment()}, new long[] {0}, new long[] {1}, new long[] {n}, rows, n, new double[0], new long[0], totals, 0);
        for (int j = 0; j < n; j++) assertEquals(Long.MIN_VALUE + rows - 1, totals[j], "1 + int64 max + 7 ones wraps, column " + j);
    }

    @Test
    void onlyIntegerAndBoolSumsHaveIt() {
        KernelSpec ints = new KernelSpec(List.of(DType.INT32), List.of(), List.of(), DType.INT32, List.of(KernelSpec.Access.UNIT), List.of(), List.of(),
                KernelSpec.Reduces.SUM);
        assertTrue(RowKernelCompiler.compile(ints).sumsAcrossLong());
        if (Vectorization.enabled()) assertTrue(VectorEmitter.applies(ints), "int32 rows have a vector loop");
        for (KernelSpec.Reduces r : List.of(KernelSpec.Reduces.NONE, KernelSpec.Reduces.EXTREMES, KernelSpec.Reduces.ARG_EXTREMES)) {
            KernelSpec other = new KernelSpec(ints.inputs(), ints.constants(), ints.instrs(), ints.output(), ints.access(), List.of(), List.of(), r);
            assertFalse(RowKernelCompiler.compile(other).sumsAcrossLong(), r + " asks for no sums");
        }
        KernelSpec floats = new KernelSpec(List.of(F64), List.of(), List.of(), F64, List.of(KernelSpec.Access.UNIT), List.of(), List.of(), KernelSpec.Reduces.SUM);
        assertFalse(RowKernelCompiler.compile(floats).sumsAcrossLong(), "float sums have sumAcross");
    }
}
