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

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A generated sumRowLong adds the row's integer or bool values to {@code total[0]} as the reference's
 * sum of them does (NumPy's: widened to int64, or uint64 for the unsigned dtypes, wrapping): for every
 * integer dtype and bool, read as they are or computed (wrapping int8 products, comparisons giving masks
 * of other species, casts between int and long lanes), with broadcast inputs and constants, rows of 0 to
 * 70 elements and a few long ones starting at offsets that are not multiples of the lanes, values over
 * each dtype's whole range, and int64 sums that wrap.
 */
class SumRowLongTest {
    private static final DType I8 = DType.INT8, I16 = DType.INT16, I32 = DType.INT32, I64 = DType.INT64, U8 = DType.UINT8,
            U16 = DType.UINT16, U32 = DType.UINT32, U64 = DType.UINT64, BOOL = DType.BOOL, F64 = DType.FLOAT64;
    private static final KernelSpec.Access UNIT = KernelSpec.Access.UNIT, BROADCAST = KernelSpec.Access.BROADCAST;

    private static KernelSpec spec(List<DType> inputs, List<DType> constants, List<KernelSpec.Instr> instrs, List<KernelSpec.Access> access) {
        DType out = instrs.isEmpty() ? inputs.getFirst() : instrs.getLast().dtype();
        return new KernelSpec(inputs, constants, instrs, out, access, List.of(), List.of(), KernelSpec.Reduces.SUM);
    }

    private static KernelSpec.Instr instr(Op op, DType d, int... args) {
        return new KernelSpec.Instr(op, d, args);
    }

    /** Each dtype read as it is (the kernel of {@code x.sum()}), then computed values. */
    static List<KernelSpec> specs() {
        List<KernelSpec> specs = new ArrayList<>();
        for (DType d : List.of(I8, I16, I32, I64, U8, U16, U32, U64, BOOL)) specs.add(spec(List.of(d), List.of(), List.of(), List.of(UNIT)));
        // a * 3 in int8 and uint8 (wrapping), int32, uint32, int64
        for (DType d : List.of(I8, U8, I32, U32, I64)) specs.add(spec(List.of(d), List.of(d), List.of(instr(Op.MUL, d, 0, 1)), List.of(UNIT)));
        // a + b in int16 with b broadcast
        specs.add(spec(List.of(I16, I16), List.of(), List.of(instr(Op.ADD, I16, 0, 1)), List.of(UNIT, BROADCAST)));
        // a > 0.0 over float64 (masks of the double species), a > c over int32 and uint64
        specs.add(spec(List.of(F64), List.of(F64), List.of(instr(Op.GT, BOOL, 0, 1)), List.of(UNIT)));
        specs.add(spec(List.of(I32), List.of(I32), List.of(instr(Op.GT, BOOL, 0, 1)), List.of(UNIT)));
        specs.add(spec(List.of(U64), List.of(U64), List.of(instr(Op.GT, BOOL, 0, 1)), List.of(UNIT)));
        // a & b of bools, b broadcast: a kernel of bools only (byte lanes)
        specs.add(spec(List.of(BOOL, BOOL), List.of(), List.of(instr(Op.AND, BOOL, 0, 1)), List.of(UNIT, BROADCAST)));
        // int32 widened to int64, and int64 narrowed to int32 (int lanes as few as the long lanes)
        specs.add(spec(List.of(I32), List.of(), List.of(instr(Op.CAST, I64, 0)), List.of(UNIT)));
        specs.add(spec(List.of(I64), List.of(), List.of(instr(Op.CAST, I32, 0)), List.of(UNIT)));
        // uint8 * int32 broadcast: int8-sized loads beside int lanes
        specs.add(spec(List.of(U8, I32), List.of(), List.of(instr(Op.CAST, I32, 0), instr(Op.MUL, I32, 2, 1)), List.of(UNIT, BROADCAST)));
        return specs;
    }

    static long value(Random rnd, int j) {
        return switch (rnd.nextInt(8)) {
            case 0 -> Long.MAX_VALUE;
            case 1 -> Long.MIN_VALUE;
            case 2 -> -1;
            case 3 -> j % 5;
            default -> rnd.nextLong() >> rnd.nextInt(64);
        };
    }

    @Test
    void totalsEqualTheReference() {
        Random rnd = new Random(13);
        int[] longRows = {1000, 4099, 65_536 + 3};
        for (KernelSpec spec : specs()) {
            RowKernel kernel = RowKernelCompiler.compile(spec);
            boolean sums = VectorEmitter.applies(spec) && VectorEmitter.sumsLong(spec);
            assertEquals(sums, kernel.sumsRowsLong(), spec.key());
            if (VectorEmitter.applies(spec)) assertTrue(sums, "where the vector loop applies, so does sumRowLong: " + spec.key());
            // int8 values are held in int lanes, loaded in byte vectors of as many lanes: none of 4 bytes in 128-bit loops.
            if (Vectorization.enabled() && Integer.getInteger("ndjit.vectorBits", 512) >= 256 && spec.instrs().isEmpty()) {
                assertTrue(sums, "an array's own values are summed in registers: " + spec.key());
            }
            if (!sums) continue;
            for (int n = 0; n < 70 + longRows.length; n++) {
                int length = n < 70 ? n : longRows[n - 70];
                check(spec, kernel, length, rnd);
            }
        }
    }

    /** One row of {@code n} elements, each input at an offset of 1 to 7 elements into its segment. */
    private static void check(KernelSpec spec, RowKernel kernel, int n, Random rnd) {
        int inputs = spec.inputs().size();
        MemorySegment[] in = new MemorySegment[inputs];
        long[] off = new long[inputs], stride = new long[inputs];
        Node[] slots = new Node[inputs + spec.constants().size() + spec.instrs().size()];
        for (int i = 0; i < inputs; i++) {
            DType d = spec.inputs().get(i);
            boolean broadcast = spec.access().get(i) == BROADCAST;
            int pad = 1 + rnd.nextInt(7), stored = broadcast ? 1 : n;
            Buffer memory = Buffer.allocate(d, pad + stored), logical = Buffer.allocate(d, n);
            for (int j = 0; j < stored; j++) {
                long v = value(rnd, j);
                if (d == F64) memory.setDouble(pad + j, (double) v * 0x1p-60);
                else memory.setLong(pad + j, v);
            }
            for (int j = 0; j < n; j++) {
                if (d == F64) logical.setDouble(j, memory.getDouble(pad + (broadcast ? 0 : j)));
                else logical.setLong(j, memory.getLong(pad + (broadcast ? 0 : j)));
            }
            in[i] = memory.segment();
            off[i] = pad;
            stride[i] = broadcast ? 0 : 1;
            slots[i] = Nodes.buffer(logical, new long[] {n});
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
        Node values = slots[spec.resultSlot()];
        DType sumType = out == U8 || out == U16 || out == U32 || out == U64 ? U64 : I64;
        long reference = ReferenceEvaluator.evaluate(Nodes.reduce(Op.SUM, sumType, values, new int[] {0})).getLongFlat(0);
        long start = rnd.nextLong();
        long[] total = {start};
        kernel.sumRowLong(in, off, stride, n, dc, lc, total);
        assertEquals(start + reference, total[0], spec.key() + " n " + n);
    }

    @Test
    void int64SumsWrap() {
        KernelSpec spec = spec(List.of(I64), List.of(), List.of(), List.of(UNIT));
        RowKernel kernel = RowKernelCompiler.compile(spec);
        if (!kernel.sumsRowsLong()) return;
        for (int n : new int[] {1, 9, 64, 1001}) {
            Buffer b = Buffer.allocate(I64, n + 1);
            b.setLong(1, Long.MAX_VALUE);
            for (int j = 2; j <= n; j++) b.setLong(j, 1);
            long[] total = {1};
            kernel.sumRowLong(new MemorySegment[] {b.segment()}, new long[] {1}, new long[] {1}, n, new double[0], new long[0], total);
            assertEquals(Long.MIN_VALUE + n - 1, total[0], "int64 max + " + n + " ones wraps");
        }
    }

    @Test
    void otherKernelsHaveNoSumRowLong() {
        KernelSpec strided = spec(List.of(I32), List.of(), List.of(), List.of(KernelSpec.Access.STRIDED));
        assertFalse(RowKernelCompiler.compile(strided).sumsRowsLong(), "a strided input has no vector loop");
        KernelSpec floats = spec(List.of(F64), List.of(), List.of(), List.of(UNIT));
        assertFalse(RowKernelCompiler.compile(floats).sumsRowsLong(), "float sums have sumRow");
        KernelSpec ints = spec(List.of(I32), List.of(), List.of(), List.of(UNIT));
        for (KernelSpec.Reduces r : List.of(KernelSpec.Reduces.NONE, KernelSpec.Reduces.EXTREMES, KernelSpec.Reduces.ARG_EXTREMES)) {
            KernelSpec other = new KernelSpec(ints.inputs(), ints.constants(), ints.instrs(), ints.output(), ints.access(), List.of(), List.of(), r);
            assertFalse(RowKernelCompiler.compile(other).sumsRowsLong(), r + " asks for no sums");
        }
    }
}
