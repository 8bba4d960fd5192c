package org.ndjit.codegen;

import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.codegen.KernelSpec.Reduces;
import org.ndjit.ir.Op;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A class has the reduction entry points its spec's {@link Reduces} asks for and no others (each
 * costs generation, verification and definition time whether it runs or not), in its vector and
 * its scalar form; specs that differ only there are different cache keys.
 */
class ReducesEntriesTest {
    /** exp(x * y + c) over float64 or float32 inputs, unit stride. */
    private static KernelSpec spec(DType d, Reduces reduces) {
        List<KernelSpec.Instr> instrs = List.of(
                new KernelSpec.Instr(Op.MUL, d, new int[] {0, 1}),
                new KernelSpec.Instr(Op.ADD, d, new int[] {3, 2}),
                new KernelSpec.Instr(Op.EXP, d, new int[] {4}));
        return new KernelSpec(List.of(d, d), List.of(d), instrs, d, List.of(KernelSpec.Access.UNIT, KernelSpec.Access.UNIT),
                              List.of(), List.of(), reduces);
    }

    /** sumsRows, extremesRows, argExtremesRows, sumsAcross, extremesAcross. */
    private static List<Boolean> entries(RowKernel k) {
        return List.of(k.sumsRows(), k.extremesRows(), k.argExtremesRows(), k.sumsAcross(), k.extremesAcross());
    }

    @Test
    void theVectorClassHasTheEntriesItsSpecAsksFor() {
        for (DType d : List.of(DType.FLOAT64, DType.FLOAT32)) {
            assumeTrue(Vectorization.loops().applies(spec(d, Reduces.NONE)) && Vectorization.loops().sums(spec(d, Reduces.NONE)),
                       "no vector loop with sums on this JVM");
            KernelCache cache = new KernelCache(8);
            assertEquals(List.of(false, false, false, false, false), entries(cache.get(spec(d, Reduces.NONE))), d + " elementwise");
            assertEquals(List.of(true, false, false, true, false), entries(cache.get(spec(d, Reduces.SUM))), d + " sum");
            assertEquals(List.of(false, true, false, false, true), entries(cache.get(spec(d, Reduces.EXTREMES))), d + " max/min");
            assertEquals(List.of(false, false, true, false, false), entries(cache.get(spec(d, Reduces.ARG_EXTREMES))), d + " argmax/argmin");
            assertEquals(List.of(true, true, true, true, true), entries(cache.get(spec(d, Reduces.EVERY))), d + " every");
            assertEquals(5, cache.size(), "five keys, five classes");
        }
    }

    @Test
    void theScalarClassHasTheMethodsAcrossRowsItsSpecAsksFor() {
        KernelSpec sum = spec(DType.FLOAT64, Reduces.SUM), none = spec(DType.FLOAT64, Reduces.NONE), max = spec(DType.FLOAT64, Reduces.EXTREMES);
        assertEquals(List.of(false, false, false, true, false), entries(RowKernelCompiler.compileScalarOverSegments(sum)));
        assertEquals(List.of(false, false, false, false, false), entries(RowKernelCompiler.compileScalarOverSegments(none)));
        assertEquals(List.of(false, false, false, false, true), entries(RowKernelCompiler.compileScalarOverSegments(max)));
        assertNotEquals(sum, none, "the entries are part of the key");
        assertNotEquals(sum.key(), none.key(), "and of its text");
    }

    @Test
    void integerClassesHaveTheirSumsOnlyWhereAskedFor() {
        KernelSpec sum = new KernelSpec(List.of(DType.INT32), List.of(), List.of(), DType.INT32, List.of(KernelSpec.Access.UNIT), List.of(), List.of(), Reduces.SUM);
        KernelSpec none = new KernelSpec(sum.inputs(), sum.constants(), sum.instrs(), sum.output(), sum.access(), List.of(), List.of(), Reduces.NONE);
        assertEquals(List.of(false, true), List.of(RowKernelCompiler.compileScalarOverSegments(sum).sumsRowsLong(),
                RowKernelCompiler.compileScalarOverSegments(sum).sumsAcrossLong()), "the scalar class: sumAcrossLong alone");
        assertEquals(List.of(false, false), List.of(RowKernelCompiler.compileScalarOverSegments(none).sumsRowsLong(),
                RowKernelCompiler.compileScalarOverSegments(none).sumsAcrossLong()), "no sums asked for");
        assertEquals(false, RowKernelCompiler.compile(none).sumsAcrossLong(), "no sums asked for, the vector class");
        assertEquals(true, RowKernelCompiler.compile(sum).sumsAcrossLong(), "the vector class");
    }
}
