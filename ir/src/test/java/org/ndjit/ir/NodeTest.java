package org.ndjit.ir;

import org.ndjit.DType;
import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NodeTest {
    private static Node vector(double... values) {
        Buffer b = Buffer.allocate(DType.FLOAT64, values.length);
        for (int i = 0; i < values.length; i++) b.setDouble(i, values[i]);
        return Nodes.buffer(b, new long[] {values.length});
    }

    @Test
    void structurallyEqualNodesAreOneObject() {
        Node x = vector(1, 2, 3);
        Node a = Nodes.elementwise(Op.ADD, DType.FLOAT64, x, Nodes.constant(DType.FLOAT64, 1.0));
        Node b = Nodes.elementwise(Op.ADD, DType.FLOAT64, x, Nodes.constant(DType.FLOAT64, 1.0));
        assertSame(a, b);
        assertNotSame(a, Nodes.elementwise(Op.ADD, DType.FLOAT64, x, Nodes.constant(DType.FLOAT64, 1.0000001)));
        assertNotSame(vector(1, 2, 3), vector(1, 2, 3), "buffers are compared by identity, not contents");
    }

    @Test
    void aNodeWithManyLiveConsumersFindsEachAgain() {
        Node x = vector(1, 2, 3);
        Node[] consumers = new Node[10_000];
        for (int i = 0; i < consumers.length; i++) consumers[i] = Nodes.elementwise(Op.ADD, DType.FLOAT64, x, Nodes.constant(DType.FLOAT64, i));
        for (int i = 0; i < consumers.length; i++) {
            assertSame(consumers[i], Nodes.elementwise(Op.ADD, DType.FLOAT64, x, Nodes.constant(DType.FLOAT64, i)), "consumer " + i);
        }
    }

    @Test
    void threadsBuildingTheSameExpressionGetOneNode() throws Exception {
        Node x = vector(1, 2, 3);
        int threads = 16, each = 2_000;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var built = new java.util.ArrayList<java.util.concurrent.Future<Node[]>>();
            for (int t = 0; t < threads; t++) {
                built.add(pool.submit(() -> {
                    start.await();
                    Node[] out = new Node[each];
                    for (int i = 0; i < each; i++) out[i] = Nodes.elementwise(Op.MUL, DType.FLOAT64, x, Nodes.constant(DType.FLOAT64, i));
                    return out;
                }));
            }
            start.countDown();
            Node[] first = built.getFirst().get();
            for (var f : built) {
                Node[] other = f.get();
                for (int i = 0; i < each; i++) assertSame(first[i], other[i], "expression " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aConsumerReplacingACollectedOneIsFoundAgain() throws InterruptedException {
        Node x = vector(1, 2);
        WeakReference<Node> first = new WeakReference<>(Nodes.elementwise(Op.NEG, DType.FLOAT64, x));
        for (int i = 0; i < 100 && first.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(first.get());
        Node second = Nodes.elementwise(Op.ABS, DType.FLOAT64, x), third = Nodes.elementwise(Op.SQRT, DType.FLOAT64, x);
        assertSame(second, Nodes.elementwise(Op.ABS, DType.FLOAT64, x));
        assertSame(third, Nodes.elementwise(Op.SQRT, DType.FLOAT64, x));
    }

    /**
     * Every call on new arrays builds its nodes anew, so what a node costs is paid per call: a node of
     * inputs of one shape is the node, its inputs' array and the weak reference its first input
     * interns it with (a separate key, copied shapes and a consumer table per input cost twice that).
     * Allocation, not time, and in whatever tier runs the loop: the JIT can only remove allocations.
     */
    @Test
    void buildingANodeOverInputsOfOneShapeAllocatesTheNodeAndLittleElse() {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        Buffer b = Buffer.allocate(DType.FLOAT64, 4);
        long[] shape = {2, 2};
        int rounds = 2_000;
        Node[] keep = new Node[rounds];
        for (int warm = 0; warm < 2; warm++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < rounds; i++) {
                Node leaf = Nodes.buffer(b, shape);
                keep[i] = Nodes.elementwise(Op.MUL, DType.FLOAT64, Nodes.elementwise(Op.NEG, DType.FLOAT64, leaf), leaf);
            }
            long perRound = (threads.getCurrentThreadAllocatedBytes() - before) / rounds;
            // A leaf (the node and its copy of the shape) and two nodes over it: about 300 bytes; 700 before.
            if (warm == 1) org.junit.jupiter.api.Assertions.assertTrue(perRound <= 400, perRound + " bytes per leaf and two nodes");
        }
        assertEquals(4, keep[rounds - 1].size());
    }

    @Test
    void constantsCompareByBits() {
        assertNotSame(Nodes.constant(DType.FLOAT64, 0.0), Nodes.constant(DType.FLOAT64, -0.0));
        assertSame(Nodes.constant(DType.FLOAT64, Double.NaN), Nodes.constant(DType.FLOAT64, Double.NaN));
        assertSame(Nodes.constant(DType.FLOAT32, 0.1), Nodes.constant(DType.FLOAT32, (double) 0.1f), "float32 constants are rounded first");
        assertEquals(-1L, Nodes.constant(DType.INT32, 0xFFFF_FFFFL).arg(), "int32 constants wrap");
    }

    @Test
    void unreachableNodesAreNotKeptByTheInternTable() throws InterruptedException {
        WeakReference<Node> ref = new WeakReference<>(Nodes.elementwise(Op.NEG, DType.FLOAT64, vector(1, 2)));
        for (int i = 0; i < 100 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(ref.get());
    }

    @Test
    void aDroppedDeepGraphIsCollectableAtOnce() throws InterruptedException {
        WeakReference<Node> leaf = buildAndDropDeepGraph();
        for (int i = 0; i < 5 && leaf.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(leaf.get(), "the intern table holds no input strongly, so a dead graph does not outlive a collection per level");
    }

    private static WeakReference<Node> buildAndDropDeepGraph() {
        Node x = vector(1, 2, 3);
        Node y = x;
        for (int i = 0; i < 16; i++) {
            y = Nodes.elementwise(Op.ADD, DType.FLOAT64, Nodes.elementwise(Op.MUL, DType.FLOAT64, y, Nodes.constant(DType.FLOAT64, 1.5)), x);
        }
        return new WeakReference<>(x);
    }

    @Test
    void viewsAreCheckedAgainstTheirSource() {
        Node x = vector(1, 2, 3);
        assertSame(x, Nodes.view(x, Layout.contiguous(new long[] {3})), "the identity view is the node itself");
        assertThrows(IllegalArgumentException.class, () -> Nodes.view(x, new Layout(new long[] {4}, new long[] {1}, 0)));
        assertThrows(IllegalArgumentException.class, () -> Nodes.view(x, new Layout(new long[] {2}, new long[] {-1}, 0)));
    }

    @Test
    void graphTextNamesSharedNodesOnce() {
        Node x = vector(1, 2);
        Node sq = Nodes.elementwise(Op.MUL, DType.FLOAT64, x, x);
        Node s = Nodes.reduce(Op.SUM, DType.FLOAT64, sq, new int[] {0});
        assertEquals("""
                %0 = buffer f64[2]
                %1 = multiply f64[2] %0 %0
                %2 = sum f64[] %1 {axes=[0]}
                """, GraphText.of(s));
    }

    @Test
    void referenceReadsAViewOfANonContiguousViewThroughACopy() {
        Node m = Nodes.view(Nodes.arange(6, new Arange(0, 1)), Layout.contiguous(new long[] {2, 3}));
        Node t = Nodes.view(m, Layout.contiguous(new long[] {2, 3}).transpose());
        Node flat = Nodes.view(t, Layout.contiguous(new long[] {6}));
        StridedArray v = ReferenceEvaluator.evaluate(flat);
        long[] got = new long[6];
        for (int i = 0; i < 6; i++) got[i] = v.getLongFlat(i);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new long[] {0, 3, 1, 4, 2, 5}, got);
    }
}
