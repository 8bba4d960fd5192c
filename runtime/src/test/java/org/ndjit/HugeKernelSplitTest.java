package org.ndjit;

import org.ndjit.engine.Execution;
import org.junit.jupiter.api.Test;
import org.ndjit.ir.StridedArray;
import org.ndjit.optimizer.Plan;
import org.ndjit.optimizer.Step;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SEMANTICS 3.2: a fused kernel's generated method must stay under HotSpot's 8,000-byte JIT limit
 * (a larger one silently runs interpreted) and far under the 64 KB class-file limit. Long chains
 * must be split by the planner into kernels that each fit, and still compute the reference's bits.
 * Sizes are measured from the class files RowKernelCompiler writes for each kernel of the plan, in
 * every variant the runtime can ask for (scalar, and vector loop with unit-stride or broadcast inputs).
 */
class HugeKernelSplitTest {
    private static final String TOO_LARGE = "the kernel would be too large for one JIT-compiled method";

    /** A random chain of {@code ops} elementwise ops on x that keeps values finite (so the comparison means something). */
    static NDArray randomChain(NDArray x, int ops, long seed) {
        java.util.Random rng = new java.util.Random(seed);
        NDArray t = x, negX = x.neg();
        int done = 1;
        while (done < ops) {
            switch (rng.nextInt(10)) {
                case 0 -> { t = t.add(x); done++; }
                case 1 -> { t = t.mul(0.75); done++; }
                case 2 -> { t = t.sub(1.25); done++; }
                case 3 -> { t = t.maximum(negX); done++; }
                case 4 -> { t = t.abs(); done++; }
                case 5 -> { t = t.neg(); done++; }
                case 6 -> { t = t.minimum(4.0); done++; }
                case 7 -> { t = t.div(1.5); done++; }
                case 8 -> { t = t.abs().sqrt(); done += 2; }
                default -> { t = t.mul(x).minimum(3.0); done += 2; }
            }
        }
        return t;
    }

    /** Asserts that every kernel of the plan is within the op budget and its generated methods under the JIT limit. */
    static Plan assertSplitAndSmall(NDArray r, String what) {
        return assertSplitAndSmall(r, what, Integer.MAX_VALUE);
    }

    /**
     * As {@link #assertSplitAndSmall(NDArray, String)}, writing the classes of at most about {@code measured}
     * kernels: the largest by ops, by inputs and by constants (a method's size grows with each), and an
     * even spread of the rest. Writing the three classes of each of the 100,000-op chain's 1,355 kernels
     * took half of its 21 s.
     */
    static Plan assertSplitAndSmall(NDArray r, String what, int measured) {
        Plan plan = Execution.plan(r.node(), n -> null);
        List<Step.Kernel> all = CodegenEdgeSupport.kernels(plan);
        assertTrue(!all.isEmpty(), what + ": the plan has no kernel to measure (was the array computed already?)");
        List<String> over = new ArrayList<>();
        int largest = 0;
        List<Step.Kernel> chosen = chosen(all, measured);
        for (Step.Kernel k : chosen) {
            int[] lengths = CodegenEdgeSupport.rowCodeLengths(k);
            largest = Math.max(largest, Arrays.stream(lengths).max().orElseThrow());
            if (Arrays.stream(lengths).anyMatch(l -> l >= CodegenEdgeSupport.HUGE_METHOD_LIMIT)) {
                over.add("kernel with " + k.body().size() + " ops, " + k.inputs().size() + " inputs, " + k.constants().size()
                        + " constants: row() is " + Arrays.toString(lengths) + " bytes (scalar, unit-stride, broadcast)");
                if (over.size() > 5) break;
            }
        }
        System.out.println("HugeKernelSplitTest " + what + ": " + all.size() + " kernels (" + chosen.size() + " measured), largest row() " + largest + " bytes");
        assertTrue(over.isEmpty(), what + ": generated methods at or over HotSpot's 8000-byte JIT limit:\n  " + String.join("\n  ", over));
        return plan;
    }

    /** Every kernel when there are at most {@code measured}; otherwise the largest by each measure and a spread of the rest. */
    private static List<Step.Kernel> chosen(List<Step.Kernel> all, int measured) {
        if (all.size() <= measured) return all;
        java.util.LinkedHashSet<Step.Kernel> chosen = new java.util.LinkedHashSet<>();
        int each = measured / 4;
        for (java.util.function.ToIntFunction<Step.Kernel> size : List.<java.util.function.ToIntFunction<Step.Kernel>>of(
                k -> k.body().size(), k -> k.inputs().size(), k -> k.constants().size())) {
            all.stream().sorted(java.util.Comparator.comparingInt(size).reversed()).limit(each).forEach(chosen::add);
        }
        for (int i = 0; i < all.size(); i += Math.max(1, all.size() / each)) chosen.add(all.get(i));
        return new ArrayList<>(chosen);
    }

    private static NDArray data(long seed, long... shape) {
        return Np.random(seed).uniform(-2, 2, shape);
    }

    @Test
    void aFiveThousandOpChainIsSplitIntoSmallKernelsAndMatchesTheReference() {
        NDArray r = randomChain(data(1, 3, 37), 5_000, 11);
        Plan plan = assertSplitAndSmall(r, "5,000-op chain");
        assertTrue(plan.kernelCount() >= 5_000 / 200, plan.explain().lines().findFirst().orElseThrow());
        String explain = r.explain();
        assertTrue(explain.contains(TOO_LARGE), "explain() names the reason for the cuts");
        for (Step.Kernel k : CodegenEdgeSupport.kernels(plan)) {
            assertTrue(org.ndjit.codegen.MethodSize.fits(k.body().size(), k.inputs().size(), k.constants().size()),
                    "kernel with " + k.body().size() + " ops, " + k.inputs().size() + " inputs");
        }
        StridedArray v = CodegenEdgeSupport.assertMatchesReference(r, "5,000-op chain");
        long finite = 0;
        for (long i = 0; i < v.size(); i++) if (Double.isFinite(v.getDoubleFlat(i))) finite++;
        assertTrue(finite > v.size() / 2, "the chain keeps most values finite, so the comparison is meaningful");
    }

    @Test
    void aHundredThousandOpChainIsSplitIntoSmallKernelsAndMatchesTheReference() {
        NDArray r = randomChain(data(2, 41), 100_000, 12);
        Plan plan = assertSplitAndSmall(r, "100,000-op chain", 120);
        assertTrue(plan.kernelCount() >= 100_000 / 200);
        for (Step.Kernel k : CodegenEdgeSupport.kernels(plan)) {
            assertTrue(org.ndjit.codegen.MethodSize.fits(k.body().size(), k.inputs().size(), k.constants().size()),
                    "kernel with " + k.body().size() + " ops, " + k.inputs().size() + " inputs");
        }
        assertTrue(r.explain().startsWith("plan: "), "explain() of a 100,000-op chain works");
        CodegenEdgeSupport.assertMatchesReference(r, "100,000-op chain");
    }

    @Test
    void aTwentyThousandOpChainEndingInAReductionMatchesTheReference() {
        NDArray r = randomChain(data(3, 5, 19), 20_000, 13).sum(1).sqrt();
        assertSplitAndSmall(r, "20,000-op chain + sum + sqrt", 120);
        CodegenEdgeSupport.assertMatchesReference(r, "20,000-op chain + sum + sqrt");
    }

    /**
     * A chain reading 64 different arrays: each unit-stride input costs its set-up, a scalar load, a
     * vector load and position updates, in both loops, so the planner must count inputs as well as
     * ops to keep every generated method under the limit (it once let 199 ops over 64 inputs through
     * as one 12 KB method).
     */
    @Test
    void aChainReadingSixtyFourArraysStaysUnderTheJitLimit() {
        NDArray[] a = new NDArray[64];
        for (int i = 0; i < a.length; i++) a[i] = data(100 + i, 3, 37);
        NDArray t = a[0];
        for (int i = 1; i < 200; i++) {
            NDArray b = a[i % a.length];
            t = switch (i % 5) {
                case 0 -> t.add(b);
                case 1 -> t.mul(b);
                case 2 -> t.sub(b);
                case 3 -> t.maximum(b);
                default -> t.minimum(b);
            };
        }
        NDArray r = t;
        assertSplitAndSmall(r, "199 ops over 64 arrays");
        CodegenEdgeSupport.assertMatchesReference(r, "199 ops over 64 arrays");
    }

    @Test
    void aFiveThousandOpChainOverSixtyFourArraysAndConstantsStaysUnderTheJitLimit() {
        NDArray[] a = new NDArray[64];
        for (int i = 0; i < a.length; i++) a[i] = data(200 + i, 3, 37).astype(DType.FLOAT32);
        NDArray t = a[0];
        for (int i = 1; i < 5_000; i++) {
            NDArray b = a[(i * 7) % a.length];
            t = switch (i % 6) {
                case 0 -> t.add(b);
                case 1 -> t.mul(0.5 + i % 13);
                case 2 -> t.sub(b);
                case 3 -> t.maximum(b);
                case 4 -> t.minimum(b.add(i % 17));
                default -> t.div(2.0);
            };
        }
        NDArray r = t;
        assertSplitAndSmall(r, "5,000 ops over 64 float32 arrays and 30 constants");
        CodegenEdgeSupport.assertMatchesReference(r, "5,000 ops over 64 float32 arrays and 30 constants");
    }
}
