package org.ndjit.engine;

import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.ir.Buffer;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ndjit.engine.ShortKernelTest.array;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The quick way through a cached one-reduction plan ({@link ShortReduction}): when it is taken, and
 * that it computes the reference's bits (float sums in lanes with compensation, products, extremes
 * with NaN, argmax and argmin, any) over every axis of 1-, 2- and 3-D loops up to the short size.
 */
class ShortReductionTest {
    /** {@code op((a * b + 1), axes)} over new arrays: a fused kernel under the reduction. */
    private static Node reduction(Op op, DType d, int[] axes, long... shape) {
        Node a = array(d, shape);
        if (d == DType.FLOAT64) for (long i = 5; i < a.size(); i += 97) ((Buffer) a.arg()).setDouble(i, Double.NaN);
        Node body = Nodes.elementwise(Op.ADD, d, Nodes.elementwise(Op.MUL, d, a, array(d, shape)), Nodes.constant(d, d.isFloat() ? 1.0 : 1L));
        DType out = op == Op.ARGMAX || op == Op.ARGMIN ? DType.INT64 : op == Op.ANY ? DType.BOOL : d;
        Node in = op == Op.ANY ? Nodes.elementwise(Op.CAST, DType.BOOL, body) : body;
        return Nodes.reduce(op, out, in, axes);
    }

    private static void assertBitIdentical(StridedArray expected, StridedArray actual, String what) {
        assertEquals(expected.size(), actual.size(), what);
        for (long i = 0; i < expected.size(); i++) {
            assertEquals(Double.doubleToRawLongBits(expected.getDoubleFlat(i)), Double.doubleToRawLongBits(actual.getDoubleFlat(i)), what + ", element " + i);
        }
    }

    /** Runs {@code root}, returning its value and how many short reductions it took (0 or 1). */
    private static long shortRuns(Node root, StridedArray[] value) {
        long before = ShortReduction.runs();
        value[0] = Execution.run(root, n -> null);
        return ShortReduction.runs() - before;
    }

    @Test
    void aRepeatedSmallReductionTakesTheShortPathWithTheReferencesBits() {
        StridedArray[] v = new StridedArray[1];
        // (4, 2, 1) and (5, 4, 1): an axis of one element last, which the loop walks past to the one of 2 (4)
        long[][] shapes = {{1}, {7}, {1000}, {KernelRunner.SHORT}, {3, 333}, {64, 5}, {4, 6, 9}, {4, 2, 1}, {5, 4, 1}};
        for (DType d : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.INT64, DType.INT32}) {
            for (Op op : new Op[] {Op.SUM, Op.PROD, Op.MAX, Op.MIN, Op.ARGMAX, Op.ARGMIN, Op.ANY}) {
                for (long[] shape : shapes) {
                    for (int axis = -1; axis < shape.length; axis++) {
                        if ((op == Op.ARGMAX || op == Op.ARGMIN) && axis < 0 && shape.length > 1) continue; // one axis only
                        int[] axes = axis >= 0 ? new int[] {axis} : java.util.stream.IntStream.range(0, shape.length).toArray();
                        String what = op + " " + d + " " + java.util.Arrays.toString(shape) + " over " + java.util.Arrays.toString(axes);
                        Node first = reduction(op, d, axes, shape), second = reduction(op, d, axes, shape);
                        shortRuns(first, v); // plans the structure, or finds it cached
                        assertBitIdentical(ReferenceEvaluator.evaluate(first), v[0], what);
                        assertEquals(1, shortRuns(second, v), what + ": short runs");
                        assertBitIdentical(ReferenceEvaluator.evaluate(second), v[0], what);
                    }
                }
            }
        }
    }

    @Test
    void reshapesAndSlicesOfRowsAreReadInPlace() {
        StridedArray[] v = new StridedArray[1];
        DType d = DType.FLOAT64;
        Layout reshape = new Layout(new long[] {20, 30}, new long[] {30, 1}, 0), lastRows = new Layout(new long[] {10, 30}, new long[] {30, 1}, 300);
        for (Layout view : new Layout[] {reshape, lastRows}) {
            for (int axis = 0; axis < 2; axis++) {
                String what = "sum over axis " + axis + " of a view " + view;
                Node first = Nodes.reduce(Op.SUM, d, Nodes.view(array(d, 600), view), new int[] {axis});
                Node second = Nodes.reduce(Op.SUM, d, Nodes.view(array(d, 600), view), new int[] {axis});
                shortRuns(first, v);
                assertEquals(1, shortRuns(second, v), what + ": short runs");
                assertBitIdentical(ReferenceEvaluator.evaluate(second), v[0], what);
            }
        }
    }

    @Test
    void aMeanRunsItsSumAndItsDivisionTheQuickWay() {
        StridedArray[] v = new StridedArray[1];
        for (DType d : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
            for (int a = 0; a < 2; a++) {
                int axis = a;
                String what = "mean " + d + " over axis " + axis;
                java.util.function.Supplier<Node> mean = () -> {
                    Node sum = reduction(Op.SUM, d, new int[] {axis}, 30, 40);
                    return Nodes.elementwise(Op.DIV, d, sum, Nodes.constant(d, axis == 0 ? 30.0 : 40.0));
                };
                Node first = mean.get(), second = mean.get();
                shortRuns(first, v);
                assertBitIdentical(ReferenceEvaluator.evaluate(first), v[0], what);
                long epilogues = ShortKernel.runs();
                assertEquals(1, shortRuns(second, v), what + ": short runs");
                assertEquals(1, ShortKernel.runs() - epilogues, what + ": the division, a short kernel on the sums");
                assertBitIdentical(ReferenceEvaluator.evaluate(second), v[0], what);
            }
        }
    }

    @Test
    void largerLoopsAndBroadcastOrStridedInputsTakeTheGeneralPath() {
        StridedArray[] v = new StridedArray[1];
        DType d = DType.FLOAT64;
        for (int round = 0; round < 2; round++) { // the second round finds the plans cached
            Node large = reduction(Op.SUM, d, new int[] {0}, KernelRunner.SHORT + 1);
            assertEquals(0, shortRuns(large, v));
            assertBitIdentical(ReferenceEvaluator.evaluate(large), v[0], "large");

            Node broadcast = Nodes.reduce(Op.SUM, d, Nodes.elementwise(Op.ADD, d, array(d, 8), array(d, 3, 8)), new int[] {1});
            assertEquals(0, shortRuns(broadcast, v));
            assertBitIdentical(ReferenceEvaluator.evaluate(broadcast), v[0], "broadcast");

            Node transposed = Nodes.view(array(d, 4, 6), new Layout(new long[] {6, 4}, new long[] {1, 6}, 0));
            Node strided = Nodes.reduce(Op.MAX, d, Nodes.elementwise(Op.MUL, d, transposed, array(d, 6, 4)), new int[] {1});
            assertEquals(0, shortRuns(strided, v));
            assertBitIdentical(ReferenceEvaluator.evaluate(strided), v[0], "strided");
        }
    }

    @Test
    void anIntegerDivisionByZeroIsReportedAsByTheGeneralPath() {
        String[] messages = new String[2];
        for (int round = 0; round < 2; round++) {
            Buffer zeros = Buffer.allocate(DType.INT64, 5);
            Node q = Nodes.reduce(Op.SUM, DType.INT64, Nodes.elementwise(Op.FLOOR_DIV, DType.INT64, array(DType.INT64, 5), Nodes.buffer(zeros, new long[] {5})), new int[] {0});
            messages[round] = assertThrows(ArithmeticException.class, () -> Execution.run(q, n -> null)).getMessage();
        }
        assertEquals(messages[0], messages[1]);
    }

    @Test
    void aClosedInputIsAnErrorSayingSo() {
        StridedArray[] v = new StridedArray[1];
        shortRuns(reduction(Op.SUM, DType.FLOAT64, new int[] {0}, 64), v); // the structure's plan is cached
        Node closed = reduction(Op.SUM, DType.FLOAT64, new int[] {0}, 64);
        Buffer first = (Buffer) closed.src(0).src(0).src(0).arg(); // a of a*b
        first.close("array float64 (64,) was closed");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Execution.run(closed, n -> null));
        assertEquals("array float64 (64,) was closed", e.getMessage());
    }
}
