package org.ndjit.engine;

import org.junit.jupiter.api.Test;
import org.ndjit.ir.Buffer;
import org.ndjit.DType;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The quick way through a cached one-kernel plan ({@link ShortKernel}): when it is taken, and that it computes the general path's bits. */
class ShortKernelTest {
    private static final Random RNG = new Random(17);

    /** A new array of random values (float: in [-2, 2); integer: in [-9, 9]). */
    static Node array(DType d, long... shape) {
        long n = 1;
        for (long s : shape) n *= s;
        Buffer b = Buffer.allocate(d, n);
        for (long i = 0; i < n; i++) {
            switch (d) {
                case FLOAT64 -> b.setDouble(i, RNG.nextDouble(-2, 2));
                case FLOAT32 -> b.setFloat(i, (float) RNG.nextDouble(-2, 2));
                default -> b.setLong(i, RNG.nextInt(-9, 10));
            }
        }
        return Nodes.buffer(b, shape);
    }

    /** {@code a*b + c*x - 3} over new arrays of one shape. */
    private static Node chain(DType d, long... shape) {
        Node ab = Nodes.elementwise(Op.MUL, d, array(d, shape), array(d, shape));
        Node cx = Nodes.elementwise(Op.MUL, d, array(d, shape), array(d, shape));
        return Nodes.elementwise(Op.SUB, d, Nodes.elementwise(Op.ADD, d, ab, cx), Nodes.constant(d, d.isFloat() ? 3.0 : 3L));
    }

    private static void assertBitIdentical(StridedArray expected, StridedArray actual) {
        assertEquals(expected.size(), actual.size());
        for (long i = 0; i < expected.size(); i++) {
            assertEquals(Double.doubleToRawLongBits(expected.getDoubleFlat(i)), Double.doubleToRawLongBits(actual.getDoubleFlat(i)), "element " + i);
        }
    }

    /** Runs {@code root}, returning its value and how many short runs it took (0 or 1). */
    private static long shortRuns(Node root, StridedArray[] value) {
        long before = ShortKernel.runs();
        value[0] = Execution.run(root, n -> null);
        return ShortKernel.runs() - before;
    }

    @Test
    void aRepeatedSmallExpressionTakesTheShortPathWithTheGeneralPathsBits() {
        StridedArray[] v = new StridedArray[1];
        for (DType d : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.INT64, DType.INT32}) {
            for (long n : new long[] {1, 7, 1000, KernelRunner.SHORT}) {
                Node first = chain(d, n), second = chain(d, n);
                shortRuns(first, v); // plans the structure, or finds it cached by an earlier size
                assertBitIdentical(ReferenceEvaluator.evaluate(first), v[0]);
                assertEquals(1, shortRuns(second, v), d + " n=" + n);
                assertBitIdentical(ReferenceEvaluator.evaluate(second), v[0]);
            }
        }
    }

    @Test
    void reshapesAndSlicesOfRowsAreReadInPlace() {
        StridedArray[] v = new StridedArray[1];
        DType d = DType.FLOAT64;
        Layout reshape = new Layout(new long[] {20, 30}, new long[] {30, 1}, 0), lastRows = new Layout(new long[] {10, 30}, new long[] {30, 1}, 300);
        for (Layout view : new Layout[] {reshape, lastRows}) {
            Node first = Nodes.elementwise(Op.MUL, d, Nodes.view(array(d, 600), view), array(d, view.shape()));
            Node second = Nodes.elementwise(Op.MUL, d, Nodes.view(array(d, 600), view), array(d, view.shape()));
            shortRuns(first, v);
            assertEquals(1, shortRuns(second, v), "a view " + view);
            assertBitIdentical(ReferenceEvaluator.evaluate(second), v[0]);
        }
    }

    @Test
    void largerOutputsAndBroadcastOrStridedInputsTakeTheGeneralPath() {
        StridedArray[] v = new StridedArray[1];
        DType d = DType.FLOAT64;
        long large = KernelRunner.SHORT + 1;
        shortRuns(chain(d, large), v);
        Node big = chain(d, large);
        assertEquals(0, shortRuns(big, v));
        assertBitIdentical(ReferenceEvaluator.evaluate(big), v[0]);

        for (int round = 0; round < 2; round++) { // the second round finds the plan cached
            Node broadcast = Nodes.elementwise(Op.ADD, d, array(d, 8), array(d, 3, 8));
            assertEquals(0, shortRuns(broadcast, v));
            assertBitIdentical(ReferenceEvaluator.evaluate(broadcast), v[0]);

            Node transposed = Nodes.view(array(d, 4, 6), new Layout(new long[] {6, 4}, new long[] {1, 6}, 0));
            Node strided = Nodes.elementwise(Op.MUL, d, transposed, array(d, 6, 4));
            assertEquals(0, shortRuns(strided, v));
            assertBitIdentical(ReferenceEvaluator.evaluate(strided), v[0]);
        }
    }

    @Test
    void shortRunsOfOnePlanShareTheirResultsLayout() {
        StridedArray[] first = new StridedArray[1], second = new StridedArray[1];
        shortRuns(chain(DType.FLOAT64, 3, 5), first);
        assertEquals(1, shortRuns(chain(DType.FLOAT64, 3, 5), first));
        assertEquals(1, shortRuns(chain(DType.FLOAT64, 3, 5), second));
        assertSame(first[0].layout(), second[0].layout(), "made once per plan: every graph of its key has the output's shape");
        assertEquals(Layout.contiguous(new long[] {3, 5}), second[0].layout());
    }

    @Test
    void aShortRunOverMoreInputsThanItFirstMakesRoomForUnpinsEachOne() {
        int inputs = 12; // a run's pins start with room for 8
        AtomicInteger released = new AtomicInteger();
        StridedArray[] v = new StridedArray[1];
        for (int round = 0; round < 2; round++) { // the first plans the structure, the second takes the short path
            Buffer[] buffers = new Buffer[inputs];
            Node sum = null;
            for (int i = 0; i < inputs; i++) {
                buffers[i] = Buffer.owned(java.lang.foreign.Arena.ofAuto().allocate(8 * 4, 8), DType.FLOAT64, 4, new Buffer.Owner() {
                    @Override protected void release() { released.incrementAndGet(); }
                });
                for (int k = 0; k < 4; k++) buffers[i].setDouble(k, i + k);
                Node leaf = Nodes.buffer(buffers[i], new long[] {4});
                sum = sum == null ? leaf : Nodes.elementwise(Op.ADD, DType.FLOAT64, sum, leaf);
            }
            assertEquals(round, shortRuns(sum, v));
            assertBitIdentical(ReferenceEvaluator.evaluate(sum), v[0]);
            released.set(0);
            for (Buffer b : buffers) b.close("closed by the test");
            assertEquals(inputs, released.get(), "a buffer still pinned by the run is not released when closed");
        }
    }

    @Test
    void anIntegerDivisionByZeroIsReportedAsByTheGeneralPath() {
        String[] messages = new String[2];
        for (int round = 0; round < 2; round++) {
            Buffer zeros = Buffer.allocate(DType.INT64, 5);
            Node q = Nodes.elementwise(Op.FLOOR_DIV, DType.INT64, array(DType.INT64, 5), Nodes.buffer(zeros, new long[] {5}));
            messages[round] = assertThrows(ArithmeticException.class, () -> Execution.run(q, n -> null)).getMessage();
        }
        assertEquals(messages[0], messages[1]);
    }

    @Test
    void aClosedInputIsAnErrorSayingSo() {
        StridedArray[] v = new StridedArray[1];
        shortRuns(chain(DType.FLOAT64, 64), v); // the structure's plan is cached
        Node closed = chain(DType.FLOAT64, 64);
        Buffer first = (Buffer) closed.src(0).src(0).src(0).arg(); // a of a*b
        first.close("array float64 (64,) was closed");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Execution.run(closed, n -> null));
        assertEquals("array float64 (64,) was closed", e.getMessage());
    }
}
