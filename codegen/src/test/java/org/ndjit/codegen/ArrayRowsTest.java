package org.ndjit.codegen;

import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.ir.Op;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The scalar class a new kernel starts on reads and writes its rows as Java arrays ({@link ArrayRow}):
 * whatever memory the operands are in (a Java array of their type, from its start or from an element
 * inside it; native; an array of another type at an odd offset; a read-only array), however they move
 * (unit, strided, backwards, broadcast, an index), and for every dtype's loads and stores, its row()
 * gives the bits of the scalar class that reads segments, with no write outside the output row.
 */
class ArrayRowsTest {
    private static final KernelSpec.Access UNIT = KernelSpec.Access.UNIT, STRIDED = KernelSpec.Access.STRIDED,
            BROADCAST = KernelSpec.Access.BROADCAST;
    private static final int[] SIZES = {0, 1, 7, 100};

    /** Where a test puts an operand's elements. */
    private enum Kind { NATIVE, ARRAY, ARRAY_FROM_SECOND, BYTES_ODD, READ_ONLY }

    /** A spec and the strides its inputs move by (input 1 is strided: 2, or -1 from its last element). */
    private record Case(KernelSpec spec, long[] stride) {}

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (DType d : DType.values()) {
            if (d == DType.BOOL) continue;
            for (long strided : new long[] {2, -1}) {
                // (a * b + constant) - c, b strided, c broadcast
                cases.add(new Case(new KernelSpec(List.of(d, d, d), List.of(d), List.of(
                        new KernelSpec.Instr(Op.MUL, d, new int[] {0, 1}),
                        new KernelSpec.Instr(Op.ADD, d, new int[] {4, 3}),
                        new KernelSpec.Instr(Op.SUB, d, new int[] {5, 2})), d, List.of(UNIT, STRIDED, BROADCAST)), new long[] {1, strided, 0}));
            }
        }
        DType b = DType.BOOL, f = DType.FLOAT64;
        // a & (x < y), y broadcast: bools loaded (any non-zero byte is true) and stored
        cases.add(new Case(new KernelSpec(List.of(b, f, f), List.of(), List.of(
                new KernelSpec.Instr(Op.LT, b, new int[] {1, 2}),
                new KernelSpec.Instr(Op.AND, b, new int[] {0, 3})), b, List.of(UNIT, UNIT, BROADCAST)), new long[] {1, 1, 0}));
        // x + float(index): an index input reads no memory
        cases.add(new Case(new KernelSpec(List.of(f, DType.INT64), List.of(), List.of(
                new KernelSpec.Instr(Op.CAST, f, new int[] {1}),
                new KernelSpec.Instr(Op.ADD, f, new int[] {0, 2})), f, List.of(UNIT, UNIT), List.of(1)), new long[] {1, 1}));
        return cases;
    }

    @Test
    void rowsAsArraysGiveTheBitsOfRowsAsSegments() {
        for (Case c : cases()) {
            RowKernel arrays = RowKernelCompiler.compileScalar(c.spec()), segments = RowKernelCompiler.compileScalarOverSegments(c.spec());
            for (int n : SIZES) {
                for (Kind inKind : Kind.values()) {
                    for (Kind outKind : Kind.values()) {
                        if (outKind == Kind.READ_ONLY) continue;
                        long seed = n * 31L + c.spec().key().hashCode();
                        String what = c.spec().key() + " strides " + Arrays.toString(c.stride()) + " n=" + n + " in " + inKind + " out " + outKind;
                        assertArrayEquals(run(segments, c, n, inKind, outKind, seed), run(arrays, c, n, inKind, outKind, seed), what);
                    }
                }
            }
        }
    }

    /**
     * In (a * b + constant) - c the product and the sum are each read once, by the next instruction, so they stay on the
     * operand stack: row() stores only the constant, c once (or a zero for an empty row), a and b per element, and the result.
     */
    @Test
    void aValueTheNextInstructionReadsAloneStaysOnTheStack() {
        KernelSpec spec = cases().stream().filter(c -> c.spec().output() == DType.FLOAT64).findFirst().orElseThrow().spec();
        java.io.StringWriter text = new java.io.StringWriter();
        new org.objectweb.asm.ClassReader(RowKernelCompiler.generateCold(spec, "Kernel")).accept(
                new org.objectweb.asm.util.TraceClassVisitor(new java.io.PrintWriter(text)), 0);
        String row = text.toString().substring(text.toString().indexOf(" row("));
        assertEquals(6, row.split("DSTORE").length - 1, row);
    }

    /** The output row's bytes after row() over n elements, checking that no byte around it was written. */
    private static byte[] run(RowKernel kernel, Case c, int n, Kind inKind, Kind outKind, long seed) {
        Random rnd = new Random(seed);
        List<DType> inputs = c.spec().inputs();
        MemorySegment[] in = new MemorySegment[inputs.size()];
        long[] off = new long[inputs.size()];
        for (int i = 0; i < in.length; i++) {
            long stride = c.stride()[i];
            int elements = stride == 0 ? 1 : (int) (n * Math.abs(stride));
            int lead = inKind == Kind.ARRAY_FROM_SECOND ? 1 : 0;
            in[i] = segment(inputs.get(i), elements + lead, inKind == Kind.READ_ONLY ? Kind.ARRAY : inKind);
            fill(in[i], inputs.get(i), lead, elements, rnd);
            if (inKind == Kind.READ_ONLY) in[i] = in[i].asReadOnly();
            off[i] = lead + (stride < 0 ? n - 1 : 0);
        }
        DType d = c.spec().output();
        int lead = outKind == Kind.ARRAY_FROM_SECOND ? 1 : 0;
        MemorySegment out = segment(d, n + 2, outKind);
        kernel.row(in, off, c.stride(), out, lead, n, new double[] {0.75}, new long[] {3});
        byte[] all = out.toArray(ValueLayout.JAVA_BYTE);
        int start = lead * d.itemSize(), end = start + n * d.itemSize();
        for (int b = 0; b < all.length; b++) if (b < start || b >= end) assertEquals(0, all[b], "a byte outside the output row was written at " + b);
        return Arrays.copyOfRange(all, start, end);
    }

    /** Zeroed memory of this kind for {@code elements} elements of d. */
    private static MemorySegment segment(DType d, int elements, Kind kind) {
        long bytes = (long) elements * d.itemSize();
        return switch (kind) {
            case NATIVE -> Arena.ofAuto().allocate(Math.max(1, bytes), 8);
            case ARRAY, ARRAY_FROM_SECOND -> d.newArraySegment(elements);
            case BYTES_ODD -> MemorySegment.ofArray(new byte[(int) bytes + 1]).asSlice(1);
            case READ_ONLY -> throw new IllegalArgumentException("made from an ARRAY once filled");
        };
    }

    /** Random values of d from element {@code lead} on: any bits for integers and bools, floats from gaussians. */
    private static void fill(MemorySegment s, DType d, int lead, int elements, Random rnd) {
        for (int k = 0; k < elements; k++) {
            long at = (long) (k + lead) * d.itemSize();
            double g = rnd.nextGaussian() * 100;
            switch (d) {
                case FLOAT64 -> s.set(ValueLayout.JAVA_DOUBLE_UNALIGNED, at, g);
                case FLOAT32 -> s.set(ValueLayout.JAVA_FLOAT_UNALIGNED, at, (float) g);
                case FLOAT16 -> s.set(ValueLayout.JAVA_SHORT_UNALIGNED, at, Float.floatToFloat16((float) g));
                default -> {
                    for (int b = 0; b < d.itemSize(); b++) s.set(ValueLayout.JAVA_BYTE, at + b, (byte) rnd.nextInt());
                }
            }
        }
    }
}
