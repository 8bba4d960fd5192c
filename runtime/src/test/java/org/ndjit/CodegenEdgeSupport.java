package org.ndjit;

import org.ndjit.codegen.ClassFileMethods;
import org.ndjit.codegen.KernelSpec;
import org.ndjit.engine.Lower;
import org.ndjit.codegen.RowKernelCompiler;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;
import org.ndjit.optimizer.Plan;
import org.ndjit.optimizer.Step;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Helpers shared by the codegen edge-case tests of the runtime module. */
final class CodegenEdgeSupport {
    /** HotSpot does not JIT-compile methods with more bytecode than this (HugeMethodLimit, DontCompileHugeMethods). */
    static final int HUGE_METHOD_LIMIT = 8000;

    private CodegenEdgeSupport() {}

    /**
     * The compiled result (the public path: plan, fused kernels, cache) equals the eager reference
     * bit for bit. Any NaN equals any NaN; +0.0 and -0.0 differ.
     */
    static StridedArray assertMatchesReference(NDArray x, String what) {
        StridedArray expected = ReferenceEvaluator.evaluate(x.node());
        StridedArray actual = x.value();
        assertBitIdentical(expected, actual, what);
        return actual;
    }

    /** {@link #assertMatchesReference}, its failure added to {@code failures} instead of thrown: for tests that report every case that fails. */
    static void matchesReference(NDArray result, String what, List<String> failures) {
        try {
            assertMatchesReference(result, what);
        } catch (AssertionError | RuntimeException e) {
            failures.add(String.valueOf(e));
        }
    }

    /** Fails with every failure {@link #matchesReference} collected, if any. */
    static void assertNone(List<String> failures) {
        if (!failures.isEmpty()) throw new AssertionError(failures.size() + " failures:\n  " + String.join("\n  ", failures));
    }

    /** Same shape, dtype and bits (any NaN equals any NaN; +0.0 and -0.0 differ). */
    static void assertBitIdentical(StridedArray expected, StridedArray actual, String what) {
        assertArrayEquals(expected.shape(), actual.shape(), () -> what + ": shape");
        assertEquals(expected.dtype(), actual.dtype(), () -> what + ": dtype");
        long n = expected.size();
        if (expected.layout().isContiguous() && actual.layout().isContiguous()) {
            long item = expected.dtype().itemSize();
            long e0 = expected.layout().offset() * item, a0 = actual.layout().offset() * item;
            if (MemorySegment.mismatch(expected.buffer().segment(), e0, e0 + n * item, actual.buffer().segment(), a0, a0 + n * item) == -1) return;
        }
        for (long i = 0; i < n; i++) {
            if (expected.dtype().isFloat()) {
                double e = expected.getDoubleFlat(i), a = actual.getDoubleFlat(i);
                if (Double.isNaN(e) && Double.isNaN(a)) continue;
                if (Double.doubleToRawLongBits(e) != Double.doubleToRawLongBits(a)) {
                    fail(what + ": element " + i + " of " + n + ": reference " + e + ", compiled " + a);
                }
            } else if (expected.getLongFlat(i) != actual.getLongFlat(i)) {
                fail(what + ": element " + i + " of " + n + ": reference " + expected.getLongFlat(i) + ", compiled " + actual.getLongFlat(i));
            }
        }
    }

    /** Every loop kernel of a plan (see {@link Plan#kernels()}). */
    static List<Step.Kernel> kernels(Plan plan) {
        return plan.kernels();
    }

    /**
     * The row() code length of every class the runtime may generate for this kernel: the access-free
     * spec of Lower.kernel (scalar loop), and the specs for all-unit-stride and all-broadcast inputs
     * (vector main loop plus scalar tail, when the kernel is vectorizable), which are the largest.
     */
    static int[] rowCodeLengths(Step.Kernel k) {
        KernelSpec spec = Lower.kernel(k);
        int n = spec.inputs().size();
        long[] unit = new long[n], broadcast = new long[n];
        Arrays.fill(unit, 1);
        return new int[] {
            rowCodeLength(RowKernelCompiler.generate(spec, "Kernel")),
            rowCodeLength(RowKernelCompiler.generate(spec.withStrides(unit), "Kernel")),
            rowCodeLength(RowKernelCompiler.generate(spec.withStrides(broadcast), "Kernel")),
        };
    }

    /** code_length of the row method. */
    static int rowCodeLength(byte[] classFile) {
        return ClassFileMethods.row(classFile).length();
    }
}
