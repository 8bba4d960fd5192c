package org.ndjit.codegen.vector;

import org.junit.jupiter.api.Test;
import org.ndjit.codegen.KernelSpec;
import org.ndjit.codegen.RowKernel;
import org.ndjit.codegen.RowKernelCompiler;
import org.ndjit.codegen.Vectorization;
import org.ndjit.DType;
import org.ndjit.ir.Op;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A gathered input whose picks are broadcast along the row ({@code points - centers[labels]}, see
 * {@link KernelSpec#picksWholeRows}) is read from its row's position moved by the row's pick, by the
 * vector loop where one applies: its class verifies, and every row, of every length around the lane
 * counts, from a source in native memory or a Java array, at positive and negative picks, gives the
 * bytes of the class without strides, which reads the pick at every element.
 */
class WholeRowPicksTest {
    private static final int[] LENGTHS = {0, 1, 7, 8, 9, 17, 33, 64, 1001};
    private static final int ROWS = 5;

    /** {@code x - g} with g gathered (input 1, its picks input 2), x and g unit-stride, the picks broadcast. */
    private static KernelSpec spec(DType d) {
        return new KernelSpec(List.of(d, d, DType.INT64), List.of(), List.of(new KernelSpec.Instr(Op.SUB, d, new int[] {0, 1})), d,
                List.of(KernelSpec.Access.UNIT, KernelSpec.Access.UNIT, KernelSpec.Access.BROADCAST), List.of(), List.of(1));
    }

    @Test
    void wholeRowsGiveTheBytesOfThePickPerElement() {
        for (DType d : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.INT64, DType.INT32}) {
            KernelSpec spec = spec(d);
            assertTrue(spec.picksWholeRows(1) && spec.isRowPick(2));
            if (Vectorization.enabled() && d == DType.FLOAT64) assertTrue(Vectorization.loops().applies(spec), "no vector loop for " + spec.key());
            GeneratedClassTest.assertVerifies(RowKernelCompiler.generate(spec, "Kernel"), spec);
            RowKernel rows = RowKernelCompiler.compile(spec), perElement = RowKernelCompiler.compile(spec.withStrides(new long[0]));
            Random rnd = new Random(d.ordinal());
            for (int n : LENGTHS) {
                for (boolean heap : new boolean[] {false, true}) {
                    MemorySegment x = filled(d, ROWS * n, rnd, false), source = filled(d, ROWS * n, rnd, heap);
                    // From the source's middle row, its rows backwards: picks 2n, n, 0, -n, -2n (storage distances).
                    MemorySegment picks = Arena.ofAuto().allocate(8L * ROWS, 8);
                    for (int r = 0; r < ROWS; r++) picks.setAtIndex(ValueLayout.JAVA_LONG, r, (long) (2 - r) * n);
                    for (int r = 0; r < ROWS; r++) {
                        MemorySegment[] in = {x, source, picks};
                        long[] off = {(long) r * n, 2L * n, r}, stride = {1, 1, 0};
                        assertArrayEquals(row(perElement, in, off, stride, d, n), row(rows, in, off, stride, d, n),
                                d + " n=" + n + " row " + r + (heap ? " from a Java array" : " from native memory"));
                    }
                }
            }
        }
    }

    private static byte[] row(RowKernel kernel, MemorySegment[] in, long[] off, long[] stride, DType d, int n) {
        MemorySegment out = Arena.ofAuto().allocate(Math.max(1L, (long) n * d.itemSize()), 8);
        kernel.row(in, off, stride, out, 0, n, new double[0], new long[0]);
        return out.asSlice(0, (long) n * d.itemSize()).toArray(ValueLayout.JAVA_BYTE);
    }

    private static MemorySegment filled(DType d, int count, Random rnd, boolean heap) {
        MemorySegment s = heap ? d.newArraySegment(count) : Arena.ofAuto().allocate(Math.max(1L, (long) count * d.itemSize()), 8);
        for (int i = 0; i < count; i++) {
            switch (d) {
                case FLOAT64 -> s.setAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, i, rnd.nextGaussian());
                case FLOAT32 -> s.setAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, i, (float) rnd.nextGaussian());
                case INT64 -> s.setAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, i, rnd.nextLong());
                case INT32 -> s.setAtIndex(ValueLayout.JAVA_INT_UNALIGNED, i, rnd.nextInt());
                default -> throw new IllegalArgumentException(d.toString());
            }
        }
        return s;
    }
}
