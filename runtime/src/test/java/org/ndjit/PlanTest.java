package org.ndjit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the planner fuses, read from explain() (the plan text is the optimizer's golden output). */
class PlanTest {
    private static final Random RNG = Np.random(1);

    /** The plan text without the cache-status lines, which depend on what ran before. */
    private static String plan(NDArray x) {
        return x.explain().lines().filter(l -> !l.startsWith("  compiled kernel:")).map(l -> l + "\n").reduce("", String::concat);
    }

    private static String firstLine(NDArray x) {
        return x.explain().lines().findFirst().orElseThrow();
    }

    @Test
    void chainOfElementwiseOpsIsOneKernel() {
        NDArray a = RNG.rand(100), b = RNG.rand(100), c = RNG.rand(100), d = RNG.rand(100), e = RNG.rand(100);
        NDArray r = a.mul(b).add(c.mul(d)).sub(e);
        assertEquals("""
                plan: 1 kernel, 0 intermediates
                kernel 0: t0 f64[100] = elementwise
                  loop: i0 < 100 (i0 innermost)
                  fuses: multiply, multiply, add, subtract
                  reads: buffer f64[100] strides (1,), buffer f64[100] strides (1,), buffer f64[100] strides (1,), buffer f64[100] strides (1,), buffer f64[100] strides (1,)
                """, plan(r));
    }

    @Test
    void gaussianIsOneKernelWithConstantsAsArguments() {
        NDArray x = RNG.randn(50);
        assertEquals("plan: 1 kernel, 0 intermediates", firstLine(x.mul(-0.5).mul(x).exp().mul(0.3989422804014327)));
    }

    @Test
    void symmetricPartReadsTheTransposeInPlace() {
        NDArray m = RNG.rand(8, 8);
        NDArray r = m.add(m.T()).mul(0.5);
        assertEquals("plan: 1 kernel, 0 intermediates", firstLine(r));
        assertTrue(r.explain().contains("reads: buffer f64[8,8] strides (8, 1), view f64[8,8] strides (1, 8)"), r.explain());
    }

    @Test
    void transposedInputsWalkedInColumnBandsGiveTheReferenceBits() {
        NDArray m = RNG.randn(150, 150).eval();
        NDArray r = m.add(m.T()).mul(0.5).sub(m.T().get("::-1"));
        org.ndjit.ir.StridedArray expected = org.ndjit.ir.ReferenceEvaluator.evaluate(r.node());
        double[] got = r.toDoubleArray();
        for (int i = 0; i < got.length; i++) assertEquals(expected.getDoubleFlat(i), got[i], 0.0, "element " + i);
    }

    @Test
    void distanceFusesTheSquaresIntoTheSum() {
        NDArray a = RNG.rand(1000), b = RNG.rand(1000);
        NDArray r = a.sub(b).pow(2).sum().sqrt();
        assertEquals("""
                plan: 1 kernel, 0 intermediates
                kernel 0: t0 f64[] = reduce sum axes=[0]
                  loop: i0 < 1000 (i0 innermost), reducing i0
                  fuses: subtract, square
                  reads: buffer f64[1000] strides (1,), buffer f64[1000] strides (1,)
                  then on the reduced values: sqrt -> f64[]
                """, plan(r));
        double expected = 0;
        double[] x = a.toDoubleArray(), y = b.toDoubleArray();
        for (int i = 0; i < x.length; i++) expected += (x[i] - y[i]) * (x[i] - y[i]);
        assertEquals(Math.sqrt(expected), r.itemDouble(), 1e-12);
    }

    /** The exponentials are computed once, a block of rows at a time, and never written whole. */
    @Test
    void softmaxMaterializesOneValuePerRowAndReadsXInOneGroupOfRows() {
        NDArray x = RNG.randn(16, 32).astype(DType.FLOAT32);
        NDArray e = x.sub(x.max(1, true)).exp();
        NDArray softmax = e.div(e.sum(1, true));
        String plan = softmax.explain();
        assertTrue(plan.startsWith("plan: 1 kernel, 2 intermediates\nkernel 0: blocks of rows of f32[16,32], each through 4 steps\n"), plan);
        List<String> outputs = plan.lines().filter(l -> l.startsWith("  t") && l.contains(" = ")).toList();
        assertEquals(4, outputs.size(), plan);
        assertTrue(outputs.get(1).contains("f32[16,32] = elementwise") && plan.contains("kept one block of rows at a time, never whole"), plan);
        for (String line : List.of(outputs.get(0), outputs.get(2))) {
            assertTrue(line.contains("f32[16] = reduce"), "intermediate larger than one value per row: " + line + "\n" + plan);
        }
        double[] v = softmax.sum(1).toDoubleArray();
        for (double s : v) assertEquals(1.0, s, 1e-6);
    }

    @Test
    void rowNormalizationMaterializesOneValuePerRowAndReadsXInOneGroupOfRows() {
        NDArray x = RNG.randn(16, 32);
        NDArray r = x.sub(x.mean(1, true)).div(x.std(1, true));
        String plan = r.explain();
        assertTrue(plan.startsWith("plan: 1 kernel, 4 intermediates\nkernel 0: blocks of rows of f64[16,32], each through 3 steps\n"
                + "  one pass over f64[16,32], 3 reductions\n"), "mean and variance share the pass over x, the normalization follows on each block\n" + plan);
        List<String> outputs = plan.lines().filter(l -> l.matches(" +t\\d+ .*= .*")).toList();
        for (String line : outputs.subList(0, outputs.size() - 1)) assertTrue(line.contains("f64[16] = "), "intermediate too large: " + line + "\n" + plan);
    }

    @Test
    void explainSaysWhetherTheKernelIsCompiledAlready() {
        NDArray x = RNG.rand(10);
        NDArray r = x.tanh().mul(x.sin()).sub(x.cos().sqrt().tanh());
        assertTrue(r.explain().contains("compiled kernel: not yet compiled"), r.explain());
        r.eval();
        NDArray y = RNG.rand(12);
        assertTrue(y.tanh().mul(y.sin()).sub(y.cos().sqrt().tanh()).explain().contains("compiled kernel: in the cache"),
                "same structure, new data and size: the compiled class is reused");
    }

    @Test
    void aReductionReadsAnAlreadyComputedInputInsteadOfRecomputingIt() {
        NDArray s = Np.arange(20).reshape(4, 5).astype(DType.FLOAT64);
        s.eval();
        assertEquals("[30. 34. 38. 42. 46.]", s.sum(0).toString());
        // A computed array forgets its expression: it is a buffer leaf over its value, read as any input.
        assertTrue(plan(s.sum(0)).contains("reads: buffer f64[4,5]") && !plan(s.sum(0)).contains("arange"), plan(s.sum(0)));
        NDArray t = Np.arange(20).reshape(4, 5).astype(DType.FLOAT64);
        NDArray sumBefore = t.sum(0); // built before t was computed: it reads t's node, whose value is memoised
        t.eval();
        assertTrue(plan(sumBefore).contains("reads: computed array f64[4,5]"), plan(sumBefore));
    }

    @Test
    void explainCanListTheGeneratedBytecode() {
        NDArray x = RNG.rand(10);
        String listing = x.mul(x).add(1.0).abs().explain(true);
        assertTrue(listing.contains("public row(") && listing.contains("DMUL") && listing.contains("INVOKESTATIC org/ndjit/codegen/ScalarOps.absolute_D (D)D"), listing);
    }

    @Test
    void resultsAreBitIdenticalAtEveryParallelism() {
        NDArray x = Np.random(8).randn(600, 1000);
        java.util.List<double[]> results = new java.util.ArrayList<>();
        for (String p : new String[] {"1", "2", "16"}) {
            System.setProperty("ndjit.parallelism", p);
            try {
                NDArray fresh = x.mul(1.5).sub(x.T().T().mul(x)).exp().add(Np.random(9).rand(1000));
                results.add(org.ndjit.ir.ReferenceEvaluator.contiguous(fresh.value()).buffer().segment().toArray(java.lang.foreign.ValueLayout.JAVA_DOUBLE));
                results.add(fresh.sum(0).toDoubleArray());
            } finally {
                System.clearProperty("ndjit.parallelism");
            }
        }
        for (int i = 2; i < results.size(); i++) org.junit.jupiter.api.Assertions.assertArrayEquals(results.get(i % 2), results.get(i));
    }

    @Test
    void eagerModeMakesEveryOpItsOwnKernel() {
        NDArray a = RNG.rand(100), b = RNG.rand(100), c = RNG.rand(100);
        NDArray r = a.mul(b).add(c);
        System.setProperty("ndjit.fusion", "false");
        try {
            assertEquals("plan: 2 kernels, 1 intermediate", firstLine(r));
        } finally {
            System.clearProperty("ndjit.fusion");
        }
        assertEquals("plan: 1 kernel, 0 intermediates", firstLine(r));
    }

    @Test
    void exactAlgebraicIdentitiesAreRemoved() {
        NDArray x = RNG.rand(10);
        NDArray same = x.mul(1.0).neg().neg().sub(0.0).div(1.0);
        assertTrue(!plan(same).contains("multiply") && !plan(same).contains("negative"), plan(same));
        assertEquals(java.util.Arrays.toString(x.toDoubleArray()), java.util.Arrays.toString(same.toDoubleArray()));
        NDArray i = Np.arange(5);
        assertTrue(!plan(i.add(0).mul(1)).contains("fuses: add"), plan(i.add(0).mul(1)));
    }

    @Test
    void rewritesThatWouldChangeSignedZeroOrHideErrorsAreNotMade() {
        NDArray negativeZero = Np.array(-0.0, 1.0);
        NDArray plusZero = negativeZero.add(0.0);
        assertTrue(plan(plusZero).contains("fuses: add"), "x + 0.0 is not x for x = -0.0");
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(plusZero.itemDouble(0)));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(negativeZero.sub(0.0).itemDouble(0)));
        NDArray a = Np.array(1L, 2L), zero = Np.array(0L, 0L);
        org.junit.jupiter.api.Assertions.assertThrows(ArithmeticException.class, () -> a.floorDiv(zero).mul(0).eval(),
                "(a // 0) * 0 still raises");
        org.junit.jupiter.api.Assertions.assertThrows(ArithmeticException.class, () -> Np.scalar(1L).floorDiv(Np.scalar(0L)).eval(),
                "a constant division by zero is not folded away");
        assertEquals(6.0, Np.scalar(2.0).mul(3.0).itemDouble());
        assertTrue(plan(Np.scalar(2.0).mul(3.0).add(1.0)).contains("const"), "constants fold: " + plan(Np.scalar(2.0).mul(3.0).add(1.0)));
    }

    @Test
    void aCostlySharedNodeIsMaterializedWithItsReason() {
        NDArray x = RNG.rand(64);
        NDArray shared = x.exp().sin();
        String plan = shared.add(shared.sum()).explain();
        assertTrue(plan.contains("materialized: read by 2 consumers and too costly to recompute"), plan);
    }

    /**
     * A concatenation whose part is a reduction computed into its region: explain() named the part's
     * output among its inputs and broadcast it to the reduction's loop, which threw "operands could not
     * be broadcast" (found by the Spark module's chunked sums); computing the array worked.
     */
    @Test
    void explainingAConcatenationOfReductionsDoesNotThrow() {
        NDArray g = Np.arange(39).reshape(13, 3).astype(DType.FLOAT64).eval();
        NDArray r = Np.concatenate(0, g.get("0:8").reshape(2, 4, 3).sum(1), g.get("8:").sum(0, true));
        String plan = r.explain();
        assertTrue(plan.contains("concatenate along axis 0"), plan);
        assertArrayEquals(new double[] {18, 22, 26, 66, 70, 74, 150, 155, 160}, r.toDoubleArray());
    }
}
