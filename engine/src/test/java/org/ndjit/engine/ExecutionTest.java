package org.ndjit.engine;

import org.junit.jupiter.api.Test;
import org.ndjit.codegen.KernelSpec;
import org.ndjit.ir.Buffer;
import org.ndjit.DType;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;
import org.ndjit.optimizer.Plan;
import org.ndjit.optimizer.Step;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine on graphs built from ir nodes alone (no API): each kind of step it runs gives the
 * reference evaluator's bits (a matrix product within its rounding bound), and lowering renumbers
 * a kernel's inputs so that the same structure over other arrays is the same spec.
 */
class ExecutionTest {
    private static final SplittableRandom RNG = new SplittableRandom(7);

    private static Node randomArray(DType d, long... shape) {
        long n = 1;
        for (long s : shape) n *= s;
        Buffer b = Buffer.allocate(d, n);
        for (long i = 0; i < n; i++) {
            if (d == DType.FLOAT32) b.setFloat(i, (float) RNG.nextDouble(-2, 2));
            else b.setDouble(i, RNG.nextDouble(-2, 2));
        }
        return Nodes.buffer(b, shape);
    }

    private static Node binary(Op op, Node a, Node b) {
        return Nodes.elementwise(op, a.dtype(), a, b);
    }

    private static void assertBitIdentical(StridedArray expected, StridedArray actual) {
        assertEquals(List.of(expected.shape().length), List.of(actual.shape().length));
        assertEquals(expected.size(), actual.size());
        for (long i = 0; i < expected.size(); i++) {
            assertEquals(Double.doubleToRawLongBits(expected.getDoubleFlat(i)), Double.doubleToRawLongBits(actual.getDoubleFlat(i)), "element " + i);
        }
    }

    @Test
    void anElementwiseChainIsOneKernelWithTheReferenceBits() {
        Node a = randomArray(DType.FLOAT64, 37, 129), b = randomArray(DType.FLOAT64, 129), c = randomArray(DType.FLOAT64, 37, 129);
        Node r = binary(Op.SUB, binary(Op.MUL, a, b), Nodes.elementwise(Op.EXP, DType.FLOAT64, c));
        Plan plan = Execution.plan(r, n -> null);
        assertEquals(1, plan.kernelCount(), plan.explain());
        assertBitIdentical(ReferenceEvaluator.evaluate(r), Execution.run(r, n -> null));
    }

    @Test
    void reductionsAlongAndAcrossRowsGiveTheReferenceBits() {
        Node x = randomArray(DType.FLOAT32, 64, 1000);
        Node sq = Nodes.elementwise(Op.SQUARE, DType.FLOAT32, x);
        for (int[] axes : new int[][] {{1}, {0}, {0, 1}}) {
            Node sum = Nodes.reduce(Op.SUM, DType.FLOAT32, sq, axes), max = Nodes.reduce(Op.MAX, DType.FLOAT32, x, axes);
            assertBitIdentical(ReferenceEvaluator.evaluate(sum), Execution.run(sum, n -> null));
            assertBitIdentical(ReferenceEvaluator.evaluate(max), Execution.run(max, n -> null));
        }
    }

    @Test
    void aProductWithItsEpilogueIsOneStepWithinTheRoundingBound() {
        Node x = randomArray(DType.FLOAT64, 9, 70), w = randomArray(DType.FLOAT64, 70, 33), bias = randomArray(DType.FLOAT64, 33);
        Node r = Nodes.elementwise(Op.MAXIMUM, DType.FLOAT64, binary(Op.ADD, Nodes.matmul(DType.FLOAT64, x, w), bias),
                Nodes.view(Nodes.constant(DType.FLOAT64, 0.0), Layout.contiguous(new long[0]).broadcastTo(new long[] {9, 33})));
        Plan plan = Execution.plan(r, n -> null);
        assertEquals(1, plan.steps().size(), plan.explain());
        assertTrue(plan.steps().getFirst() instanceof Step.Contraction c && c.epilogue() != null, plan.explain());
        StridedArray expected = ReferenceEvaluator.evaluate(r), actual = Execution.run(r, n -> null);
        for (long i = 0; i < expected.size(); i++) {
            assertEquals(expected.getDoubleFlat(i), actual.getDoubleFlat(i), 70 * 0x1p-52 * 4 * 4 * 2, "element " + i);
        }
    }

    @Test
    void loweringRenumbersInputsSoEqualStructuresShareOneSpec() {
        Node a = randomArray(DType.FLOAT64, 8), b = randomArray(DType.FLOAT64, 8), c = randomArray(DType.FLOAT64, 8), d = randomArray(DType.FLOAT64, 8);
        KernelSpec first = Lower.kernel(Execution.plan(binary(Op.ADD, a, binary(Op.MUL, b, a)), n -> null).kernels().getFirst());
        KernelSpec second = Lower.kernel(Execution.plan(binary(Op.ADD, c, binary(Op.MUL, d, c)), n -> null).kernels().getFirst());
        assertNotSame(first, second);
        assertEquals(first.key(), second.key());
        assertEquals(2, first.inputs().size());
    }

    /** A plan's intermediates go back to the pool when it ends: running the same plan again reuses them. */
    @Test
    void intermediatesAreReleasedWhenThePlanEnds() {
        Node x = randomArray(DType.FLOAT64, 300, 500);
        Node shared = Nodes.elementwise(Op.EXP, DType.FLOAT64, Nodes.elementwise(Op.SIN, DType.FLOAT64, Nodes.elementwise(Op.LOG, DType.FLOAT64, x)));
        Node r = binary(Op.ADD, Nodes.reduce(Op.SUM, DType.FLOAT64, shared, new int[] {1}), Nodes.reduce(Op.MAX, DType.FLOAT64, shared, new int[] {1}));
        assertTrue(Execution.plan(r, n -> null).explain().contains("too costly to recompute"), Execution.plan(r, n -> null).explain());
        StridedArray first = Execution.run(r, n -> null);
        long reused = MemoryPool.shared().stats().fromPool();
        StridedArray second = Execution.run(r, n -> null);
        // The 1.2 MB shared intermediate comes from the pool again (the 2.4 KB reductions are heap arrays).
        assertTrue(MemoryPool.shared().stats().fromPool() >= reused + 1, MemoryPool.shared().stats().toString());
        assertBitIdentical(first, second);
        assertBitIdentical(ReferenceEvaluator.evaluate(r), second);
    }

    /**
     * A one-step plan (a reduction under its epilogue, as a small sum's plan is) runs without a release
     * schedule; the reduction's values, 800 KB of pool memory, still go back when the plan ends.
     */
    @Test
    void aOneStepPlansIntermediateIsReleasedWhenThePlanEnds() {
        Node x = randomArray(DType.FLOAT64, 100_000, 2);
        Node r = Nodes.elementwise(Op.SQRT, DType.FLOAT64, Nodes.reduce(Op.SUM, DType.FLOAT64, x, new int[] {1}));
        List<Step> steps = Execution.plan(r, n -> null).steps();
        assertTrue(steps.size() == 1 && steps.getFirst() instanceof Step.ReduceThen, steps.toString());
        Execution.run(r, n -> null);
        long reused = MemoryPool.shared().stats().fromPool();
        StridedArray second = Execution.run(r, n -> null);
        // The epilogue's output is the result, kept; the reduction's came back and is taken again.
        assertTrue(MemoryPool.shared().stats().fromPool() >= reused + 1, MemoryPool.shared().stats().toString());
        assertBitIdentical(ReferenceEvaluator.evaluate(r), second);
    }

    /**
     * Results dropped in a loop come back to the pool though the loop allocates almost nothing on the
     * heap: the pool asks for a collection every 256 MB it hands out, so live memory stays bounded and
     * most results reuse a block (the loop grew to gigabytes before its first collection).
     */
    @Test
    void droppedResultsInALoopAreReusedAndLiveMemoryStaysBounded() {
        Node x = randomArray(DType.FLOAT64, 1_000_000);
        MemoryPool.Stats before = MemoryPool.shared().stats();
        for (int i = 0; i < 200; i++) {
            Node fresh = Nodes.buffer(((Buffer) x.arg()), x.shape()); // a new leaf each time: nothing is memoised
            Execution.run(Nodes.elementwise(Op.SQUARE, DType.FLOAT64, fresh), n -> null);
        }
        MemoryPool.Stats after = MemoryPool.shared().stats();
        assertTrue(after.fromPool() - before.fromPool() >= 100, after.toString());
        // The growth, not the absolute figure: blocks earlier tests dropped may still be live. The pool lets live
        // bytes grow by up to 4 x 256 MB between the collections it asks for while they are costly (CollectionPacing,
        // whose state earlier tests set); unbounded, the 200 results would hold 1.68 GB.
        assertTrue(after.liveBytes() - before.liveBytes() < (1L << 30) + (64L << 20), "200 dropped 8 MB results: " + before + " then " + after);
    }

    /** Runs {@code r} with every op its own step (eager planning), so each is a full-size intermediate. */
    private static StridedArray runEagerly(Node r) {
        System.setProperty("ndjit.fusion", "false");
        try {
            return Execution.run(r, n -> null);
        } finally {
            System.clearProperty("ndjit.fusion");
        }
    }

    /**
     * Each intermediate goes back to the pool after its last reader, not when the plan ends: a chain
     * of eight full-size steps has at most its input and its output live at a time (plus the result).
     */
    @Test
    void aChainOfIntermediatesHoldsTwoOrThreeAtATime() {
        Node x = randomArray(DType.FLOAT64, 1000, 1000);
        Node r = x;
        for (Op op : new Op[] {Op.SIN, Op.EXP, Op.COS, Op.SQUARE, Op.TANH, Op.NEG, Op.EXP, Op.SIN}) r = Nodes.elementwise(op, DType.FLOAT64, r);
        System.setProperty("ndjit.fusion", "false");
        try {
            assertEquals(8, Execution.plan(r, n -> null).kernelCount(), Execution.plan(r, n -> null).explain());
        } finally {
            System.clearProperty("ndjit.fusion");
        }
        long block = MemoryPool.classSize(8_000_000);
        long before = MemoryPool.shared().resetPeak();
        StridedArray result = runEagerly(r);
        long peak = MemoryPool.shared().stats().peakLiveBytes() - before;
        assertTrue(peak <= 3 * block, "peak " + peak + " bytes over " + before + " live: more than three 8 MB blocks");
        assertBitIdentical(ReferenceEvaluator.evaluate(r), result);
    }

    /**
     * Values that share a buffer through views keep it until the last reader of any of them, and the
     * buffer of a result that is a view of an intermediate is never released: a later run that reuses
     * released blocks leaves both results intact.
     */
    @Test
    void buffersSharedThroughViewsLiveUntilTheirLastReaderAndTheResultsForever() {
        Node x = randomArray(DType.FLOAT64, 300, 400);
        Node t = Nodes.elementwise(Op.EXP, DType.FLOAT64, x);
        Node tT = Nodes.view(t, Layout.contiguous(t.shape()).transpose());
        Node u = Nodes.elementwise(Op.SIN, DType.FLOAT64, tT);
        Node late = binary(Op.ADD, Nodes.elementwise(Op.COS, DType.FLOAT64, u), tT); // reads the view of t after u's step
        Node viewResult = Nodes.view(Nodes.elementwise(Op.TANH, DType.FLOAT64, late), Layout.contiguous(late.shape()).transpose());
        StridedArray first = runEagerly(late), second = runEagerly(viewResult);
        StridedArray third = runEagerly(Nodes.elementwise(Op.SQUARE, DType.FLOAT64, late)); // reuses the released blocks
        assertBitIdentical(ReferenceEvaluator.evaluate(late), first);
        assertBitIdentical(ReferenceEvaluator.evaluate(viewResult), second);
        assertBitIdentical(ReferenceEvaluator.evaluate(Nodes.elementwise(Op.SQUARE, DType.FLOAT64, late)), third);
    }
}
