package org.ndjit;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** close(), scopes and what a closed array's readers see: an error naming it, never other data. */
class ArrayMemoryTest {
    private static double[][] rows(int n, int m, double start) {
        double[][] d = new double[n][m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) d[i][j] = start + i * m + j;
        return d;
    }

    private static double[] flat(double[][] d, double scale) {
        return Arrays.stream(d).flatMapToDouble(Arrays::stream).map(v -> v * scale).toArray();
    }

    private static long live() { return Np.memoryStats().liveBytes(); }

    private static void assertClosed(Runnable use, String what) {
        IllegalStateException e = assertThrows(IllegalStateException.class, use::run);
        assertTrue(e.getMessage().contains(what), e.getMessage());
    }

    @Test
    void aClosedArrayCannotBeReadNorUsedAndItsMemoryIsBackAtOnce() {
        NDArray x = Np.array(rows(10_000, 3, 0)); // 240 KB: pool memory (arrays up to 64 KB are Java arrays)
        NDArray a = x.mul(2).eval();
        long before = live();
        a.close();
        assertTrue(live() <= before - 240_000, "the result's block went back to the pool at once: " + before + " -> " + live());
        assertTrue(a.isClosed());
        assertClosed(a::toDoubleArray, "array float64 (10000, 3) was closed");
        assertClosed(() -> a.add(1), "array float64 (10000, 3) was closed");
        assertClosed(a::toString, "array float64 (10000, 3) was closed");
        assertArrayEquals(flat(rows(10_000, 3, 0), 1), x.toDoubleArray(), "closing a result does not touch its inputs");
    }

    @Test
    void closeIsIdempotentAndGivesTheBlockBackOnce() {
        NDArray a = Np.array(rows(500, 4, 0)).mul(3).eval();
        a.close();
        a.close();
        // Were the block in the free list twice, the next two arrays of its class would share it.
        NDArray b = Np.array(rows(500, 4, 1)), c = Np.array(rows(500, 4, 2));
        NDArray bb = b.mul(1.0).eval(), cc = c.mul(1.0).eval();
        assertArrayEquals(flat(rows(500, 4, 1), 1), bb.toDoubleArray());
        assertArrayEquals(flat(rows(500, 4, 2), 1), cc.toDoubleArray());
    }

    @Test
    void closingAnInputOrSourceArrayFailsLazyExpressionsAndViewsBuiltOnItAfterItWasComputed() {
        NDArray a = Np.array(rows(1000, 3, 0)).add(0.5).eval();
        NDArray view = a.T(), lazy = a.mul(2).sum(0), viewOfView = a.get("::2").T();
        NDArray computedView = a.T().eval(); // holds its own handle on the memory: stays readable
        a.close();
        assertClosed(view::toString, "array float64 (1000, 3) was closed");
        assertClosed(lazy::toDoubleArray, "array float64 (1000, 3) was closed");
        assertClosed(viewOfView::toDoubleArray, "array float64 (1000, 3) was closed");
        assertEquals(3.5, computedView.itemDouble(0, 1));
        assertEquals(2999.5, computedView.itemDouble(2, 999));
        computedView.close();
        assertClosed(() -> computedView.itemDouble(0, 0), "array float64 (3, 1000) was closed");
    }

    @Test
    void theSameExpressionBuiltElsewhereStillComputesAfterAnotherIsClosed() {
        NDArray x = Np.array(rows(100, 10, 0));
        NDArray a = x.mul(2), b = x.mul(2); // one node: computed once while both exist
        a.eval();
        b.eval();
        assertEquals(a.value().buffer().segment().address(), b.value().buffer().segment().address(), "computed once, shared");
        a.close();
        assertArrayEquals(flat(rows(100, 10, 0), 2), b.toDoubleArray(), "b holds its own handle on the shared memory");
        NDArray c = x.mul(3), d = x.mul(3);
        c.eval();
        c.close(); // d was not computed: its node's memo is closed, so it is computed again
        assertArrayEquals(flat(rows(100, 10, 0), 3), d.toDoubleArray());
        NDArray e = x.mul(3); // built after c was closed
        assertArrayEquals(flat(rows(100, 10, 0), 3), e.toDoubleArray());
    }

    @Test
    void computedArraysForgetTheirExpression() {
        NDArray x = Np.array(rows(10, 10, 0));
        NDArray y = x.mul(2).add(1).T();
        assertTrue(y.graph().contains("mul"), y.graph());
        y.eval();
        assertTrue(!y.graph().contains("mul") && y.graph().contains("buffer"), y.graph());
        assertEquals(2 * 12 + 1, y.itemDouble(2, 1));
        x.close();
        assertEquals(2 * 12 + 1, y.itemDouble(2, 1), "y holds its value, not x");
    }

    @Test
    void aScopeReleasesWhatWasMadeAndComputedInItExceptWhatItKeeps() {
        NDArray outside = Np.array(rows(200, 50, 0));
        long before = live(); // the cleaner may lower it meanwhile, never raise it
        NDArray made, temp, kept, lazy;
        try (Scope s = Np.scope()) {
            // Counted in blocks handed out, which only this thread changes: the live bytes may fall meanwhile,
            // when a collection lets the cleaner give back blocks that earlier tests dropped.
            long blocks = Np.memoryStats().allocations();
            made = Np.array(rows(200, 50, 1));
            temp = made.mul(outside).eval();
            assertEquals(blocks + 2, Np.memoryStats().allocations(), "made and temp in pool memory");
            lazy = outside.add(1); // never computed in the scope: holds nothing, so it outlives it
            kept = s.keep(temp.add(made).sum(1));
        }
        assertTrue(live() <= before + 4096, "the scope gave back all but the kept result's block: " + before + " -> " + live());
        assertClosed(made::toDoubleArray, "array float64 (200, 50) was released when its scope closed");
        assertClosed(temp::toDoubleArray, "was released when its scope closed");
        assertEquals(200, kept.toDoubleArray().length);
        double expected = 0;
        for (int j = 0; j < 50; j++) expected += (1 + j) * (double) j + (1 + j);
        assertEquals(expected, kept.itemDouble(0));
        assertEquals(2.0, lazy.itemDouble(0, 1));
        assertTrue(!outside.isClosed());
    }

    @Test
    void nestedScopesKeepIntoTheEnclosingOne() {
        NDArray inner, keptInner, outerOnly;
        try (Scope outer = Np.scope()) {
            outerOnly = Np.array(new double[] {1, 2, 3});
            try (Scope s = Np.scope()) {
                inner = outerOnly.mul(2).eval();
                keptInner = s.keep(inner.add(1));
            }
            assertTrue(inner.isClosed());
            assertArrayEquals(new double[] {3, 5, 7}, keptInner.toDoubleArray(), "kept into the outer scope");
            assertTrue(!outerOnly.isClosed());
        }
        assertTrue(keptInner.isClosed() && outerOnly.isClosed(), "the outer scope released what the inner one kept");
        assertThrows(IllegalStateException.class, keptInner::toDoubleArray);
    }

    @Test
    void anExceptionInsideAScopeStillReleasesItsArrays() {
        AtomicReference<NDArray> leaked = new AtomicReference<>();
        long before = live();
        assertThrows(IllegalArgumentException.class, () -> {
            try (Scope s = Np.scope()) {
                leaked.set(Np.array(rows(300, 30, 0)).mul(2).eval());
                throw new IllegalArgumentException("the caller's own failure");
            }
        });
        assertTrue(leaked.get().isClosed());
        assertTrue(live() <= before, before + " -> " + live());
        Scope closed = Np.scope();
        closed.close();
        assertThrows(IllegalStateException.class, () -> closed.keep(Np.scalar(1.0)));
    }

    @Test
    void aScopeIsClosedInnermostFirstOnItsOwnThread() throws Exception {
        Scope outer = Np.scope();
        Scope inner = Np.scope();
        assertThrows(IllegalStateException.class, outer::close);
        Thread other = new Thread(() -> assertThrows(IllegalStateException.class, inner::close));
        other.start();
        other.join();
        inner.close();
        outer.close();
        outer.close(); // idempotent
        NDArray free = Np.array(new double[] {1}).add(1).eval();
        assertTrue(!free.isClosed(), "no scope is open any more");
    }

    @Test
    void wrappedMemoryIsOnlyMarkedClosed() {
        var segment = java.lang.foreign.Arena.ofAuto().allocate(8 * 4, 8);
        for (int i = 0; i < 4; i++) segment.setAtIndex(java.lang.foreign.ValueLayout.JAVA_DOUBLE, i, i);
        NDArray w = Np.wrap(segment, org.ndjit.DType.FLOAT64, 4);
        NDArray sum = w.mul(2);
        w.close();
        assertClosed(sum::toDoubleArray, "array float64 (4,) was closed");
        assertEquals(3.0, segment.getAtIndex(java.lang.foreign.ValueLayout.JAVA_DOUBLE, 3), "the caller's memory is untouched");
        assertNotEquals(null, Np.wrap(segment, org.ndjit.DType.FLOAT64, 4).toString());
    }
}
