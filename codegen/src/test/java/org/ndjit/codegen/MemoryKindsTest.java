package org.ndjit.codegen;

import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.ir.Op;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The vector class's loop copies by kind of memory (see {@code LoopEmitter.RowLocals}): whatever memory
 * the operands are in (native; a Java array of their type, from its start or from an element inside it;
 * an array of another type, or at an offset that does not start an element, which must take the
 * segment copy), row() and sumRow() give the scalar class's bits, with no write outside the output row.
 */
class MemoryKindsTest {
    private static final KernelSpec.Access UNIT = KernelSpec.Access.UNIT, BROADCAST = KernelSpec.Access.BROADCAST;
    private static final int[] SIZES = {0, 1, 7, 8, 9, 31, 64, 1000, 1001};

    /** Where a test puts an operand's elements. */
    private enum Kind { NATIVE, ARRAY, ARRAY_FROM_SECOND, BYTES, BYTES_ODD }

    private static List<KernelSpec> specs() {
        List<KernelSpec> specs = new java.util.ArrayList<>();
        for (DType d : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.INT64, DType.INT32}) {
            // (a * b + c) - d with d broadcast and c a constant: unit inputs, a broadcast one and a constant
            specs.add(new KernelSpec(List.of(d, d, d), List.of(d), List.of(
                    new KernelSpec.Instr(Op.MUL, d, new int[] {0, 1}),
                    new KernelSpec.Instr(Op.ADD, d, new int[] {4, 3}),
                    new KernelSpec.Instr(Op.SUB, d, new int[] {5, 2})), d, List.of(UNIT, UNIT, BROADCAST)));
        }
        return specs;
    }

    @Test
    void everyKindOfMemoryGivesTheScalarClassBits() {
        for (KernelSpec spec : specs()) {
            RowKernel scalar = RowKernelCompiler.compileScalar(spec), vector = RowKernelCompiler.compile(spec);
            DType d = spec.output();
            Random rnd = new Random(d.ordinal());
            for (int n : SIZES) {
                double[][] values = new double[3][n];
                for (double[] v : values) for (int i = 0; i < n; i++) v[i] = d.isFloat() ? rnd.nextGaussian() * 100 : rnd.nextInt(2000) - 1000;
                for (Kind inKind : Kind.values()) {
                    for (Kind outKind : Kind.values()) {
                        byte[] expected = run(scalar, spec, values, Kind.NATIVE, Kind.NATIVE, n);
                        assertArrayEquals(expected, run(vector, spec, values, inKind, outKind, n), spec.key() + " n=" + n + " in " + inKind + " out " + outKind);
                    }
                }
            }
        }
    }

    @Test
    void theVectorClassReadsAndWritesJavaArraysAsArrays() {
        KernelSpec spec = specs().getFirst();
        assumeTrue(Vectorization.loops().applies(spec), "no vector loop on this JVM");
        String listing = RowKernelCompiler.listing(spec);
        assertTrue(listing.contains("DoubleVector.fromArray"), "no array loads in\n" + listing);
        assertTrue(listing.contains("intoArray"), "no array stores in\n" + listing);
    }

    /** The output row's bytes, with the broadcast input's one element, after row() over n elements. */
    private static byte[] run(RowKernel kernel, KernelSpec spec, double[][] values, Kind inKind, Kind outKind, int n) {
        DType d = spec.output();
        MemorySegment[] in = {
                segment(d, values[0], inKind), segment(d, values[1], inKind == Kind.ARRAY ? Kind.NATIVE : inKind),
                segment(d, new double[] {n == 0 ? 3 : values[2][0]}, Kind.NATIVE)};
        long[] off = {offset(inKind), offset(inKind == Kind.ARRAY ? Kind.NATIVE : inKind), 0};
        MemorySegment out = segment(d, new double[n + 2], outKind);
        long outOff = offset(outKind);
        kernel.row(in, off, new long[] {1, 1, 0}, out, outOff, n, new double[] {0.75}, new long[] {3});
        byte[] all = out.toArray(ValueLayout.JAVA_BYTE);
        long start = (outOff) * d.itemSize();
        for (int b = 0; b < all.length; b++) {
            if (b < start || b >= start + (long) n * d.itemSize()) assertTrue(all[b] == 0, "a byte outside the output row was written at " + b);
        }
        return java.util.Arrays.copyOfRange(all, (int) start, (int) start + n * d.itemSize());
    }

    /** Elements an operand starts at in its segment (arrays from their second element start at 1). */
    private static long offset(Kind kind) {
        return kind == Kind.ARRAY_FROM_SECOND ? 1 : 0;
    }

    /** The values (converted to d) in memory of this kind, with room for one element before them for ARRAY_FROM_SECOND. */
    private static MemorySegment segment(DType d, double[] v, Kind kind) {
        int size = d.itemSize(), lead = kind == Kind.ARRAY_FROM_SECOND ? 1 : 0;
        MemorySegment s = switch (kind) {
            case NATIVE -> Arena.ofAuto().allocate(Math.max(1, (long) v.length * size), 8);
            case ARRAY, ARRAY_FROM_SECOND -> d.newArraySegment(v.length + lead);
            case BYTES -> MemorySegment.ofArray(new byte[v.length * size]);
            case BYTES_ODD -> MemorySegment.ofArray(new byte[v.length * size + 1]).asSlice(1);
        };
        for (int i = 0; i < v.length; i++) {
            long at = (long) (i + lead) * size;
            switch (d) {
                case FLOAT64 -> s.set(ValueLayout.JAVA_DOUBLE_UNALIGNED, at, v[i]);
                case FLOAT32 -> s.set(ValueLayout.JAVA_FLOAT_UNALIGNED, at, (float) v[i]);
                case INT64 -> s.set(ValueLayout.JAVA_LONG_UNALIGNED, at, (long) v[i]);
                case INT32 -> s.set(ValueLayout.JAVA_INT_UNALIGNED, at, (int) v[i]);
                default -> throw new IllegalArgumentException(d.toString());
            }
        }
        return s;
    }
}
