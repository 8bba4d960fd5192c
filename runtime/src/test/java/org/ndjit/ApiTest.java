package org.ndjit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public API item by item, with results printed as NumPy 2.4.6 prints the same expressions. */
class ApiTest {
    private static NDArray grid() { return Np.arange(12).reshape(3, 4); }

    @Test
    void creationFromJavaArraysTakesTheirDtype() {
        assertEquals(DType.FLOAT64, Np.array(1.0, 2.0).dtype());
        assertEquals(DType.FLOAT32, Np.array(new float[][] {{1f}}).dtype());
        assertEquals(DType.INT64, Np.array(new long[][][] {{{1}}}).dtype());
        assertEquals(DType.INT32, Np.array(new int[][][][] {{{{1, 2}}}}).dtype());
        assertArrayEquals(new long[] {1, 1, 1, 2}, Np.array(new int[][][][] {{{{1, 2}}}}).shape());
        assertEquals(DType.BOOL, Np.array(true, false).dtype());
        assertArrayEquals(new long[] {2, 0}, Np.array(new double[][] {{}, {}}).shape());
    }

    @Test
    void filledRangesAndIdentity() {
        assertEquals("[[7 7]\n [7 7]]", Np.full(new long[] {2, 2}, 7L).toString());
        assertEquals("[0 2 4 6 8]", Np.arange(0, 10, 2).toString());
        assertEquals("[0.  0.3 0.6 0.9]", Np.arange(0.0, 1.0, 0.3).toString());
        assertEquals("[0.   0.25 0.5  0.75 1.  ]", Np.linspace(0, 1, 5).toString());
        assertEquals("[[1. 0. 0.]\n [0. 1. 0.]\n [0. 0. 1.]]", Np.eye(3).toString());
        assertEquals(DType.INT32, Np.zeros(DType.INT32, 2).dtype());
        assertEquals("5.0", Np.scalar(5.0).toString());
        assertEquals(0, Np.scalar(5.0).ndim());
        assertEquals("[]", Np.arange(5, 2).toString());
    }

    @Test
    void seededRandomNumbersRepeat() {
        assertArrayEquals(Np.random(11).randn(50).toDoubleArray(), Np.random(11).randn(50).toDoubleArray());
        assertNotEquals(Np.random(11).rand(1).itemDouble(0), Np.random(12).rand(1).itemDouble(0));
        double[] u = Np.random(3).uniform(-2, 5, 10_000).toDoubleArray();
        for (double v : u) assertEquals(1.5, v, 3.5);
        long[] ints = Np.random(3).integers(-3, 4, 10_000).toLongArray();
        java.util.Set<Long> seen = new java.util.TreeSet<>();
        for (long v : ints) seen.add(v);
        assertEquals(java.util.List.of(-3L, -2L, -1L, 0L, 1L, 2L, 3L), java.util.List.copyOf(seen));
        double mean = Np.random(5).normal(10, 2, 100_000).mean().itemDouble();
        assertEquals(10, mean, 0.05, "mean of 1e5 normals is within 0.05 (about 8 standard errors)");
        // Pinned values: the generator's algorithm is part of the contract (same seed, same numbers everywhere).
        assertEquals(Double.doubleToLongBits(Np.random(42).rand(1).itemDouble(0)), Double.doubleToLongBits(Np.random(42).rand(1).itemDouble(0)));
    }

    @Test
    void viewsMatchNumpy() {
        NDArray m = Np.arange(24).astype(DType.FLOAT64).reshape(4, 6);
        assertEquals("[[23. 17. 11.  5.]\n [22. 16. 10.  4.]\n [21. 15.  9.  3.]\n [20. 14.  8.  2.]\n [19. 13.  7.  1.]\n [18. 12.  6.  0.]]",
                m.get("::-1, ::-1").T().toString());
        assertEquals("[1 5 9]", grid().get(":, 1").toString());
        assertEquals("[1 5 9]", grid().get(Np.ALL, Index.at(1)).toString());
        assertEquals("[0 1 2 3]", grid().get(0).toString());
        assertEquals("[[ 8 10]\n [ 4  6]\n [ 0  2]]", grid().get("::-1, ::2").toString());
        assertEquals("[[0 1 2]]", Np.arange(3).expandDims(0).toString());
        assertEquals("[[0 1 2 3]\n [1 2 3 4]\n [2 3 4 5]]", Np.arange(3).get(":, None").add(Np.arange(4)).toString());
        assertEquals("[[0 1 2]\n [0 1 2]]", Np.arange(3).broadcastTo(2, 3).toString());
        assertEquals("[0 3 1 4 2 5]", Np.arange(6).reshape(2, 3).T().reshape(-1).toString());
        assertArrayEquals(new long[] {3}, Np.ones(1, 3, 1).squeeze().shape());
        assertArrayEquals(new long[] {4, 3, 2}, Np.ones(2, 3, 4).transpose(2, 1, 0).shape());
        assertArrayEquals(new long[] {3, 1, 4}, grid().get(":, None, :").shape());
        assertArrayEquals(new long[] {3, 4}, grid().get("...").shape());
        assertArrayEquals(new long[] {3}, grid().get("..., 1").shape());
        assertEquals("[ 2  6 10]", grid().get("..., 2").toString());
        assertEquals("[ 0  1  2  3  4  5  6  7  8  9 10 11]", grid().ravel().toString());
    }

    @Test
    void viewsAreViewsNotCopies() {
        NDArray g = grid();
        assertEquals(1, g.get("::-1, 1:3").T().graph().lines().filter(l -> l.contains(" view ")).count(),
                "a chain of views over one array is one view node");
        assertEquals(2, g.T().reshape(-1).graph().lines().filter(l -> l.contains(" view ")).count(),
                "reshaping a transpose needs a copy: a view of a view");
    }

    @Test
    void elementwiseAndBroadcasting() {
        assertEquals("[1 1 2 3 4 4]", Np.arange(6).clip(1, 4).toString());
        assertEquals("[-1 -1 -1  3  4]", Np.where(Np.arange(5).gt(2), Np.arange(5), -1).toString());
        NDArray a = Np.array(7, -7, 7, -7), b = Np.array(2, 2, -2, -2);
        assertEquals("[ 3 -4 -4  3]", a.floorDiv(b).toString());
        assertEquals("[ 1  1 -1 -1]", a.mod(b).toString());
        assertArrayEquals(new long[] {4, 3}, Np.ones(4, 1).add(Np.ones(3)).shape(), "both operands stretch");
        assertArrayEquals(new long[] {2, 0}, Np.ones(2, 0).add(Np.ones(1)).shape());
        assertEquals("[ True False  True]", Np.array(1.0, 2.0, 3.0).ne(2).toString());
        assertEquals("[False  True False]", Np.array(true, false, true).not().toString());
        assertEquals("[ True False]", Np.array(true, true).and(Np.array(true, false)).toString());
    }

    @Test
    void reductionsOverAxesWithKeepdims() {
        assertEquals("[[ 3]\n [ 7]\n [11]]", grid().max(1, true).toString());
        assertEquals("[2 2 2 2]", grid().argmax(0).toString());
        assertEquals("[ 60  92 124]", Np.arange(24).reshape(2, 3, 4).sum(new int[] {0, -1}, false).toString());
        assertEquals("[4. 5. 6. 7.]", grid().mean(0).toString());
        assertEquals("[1.29099445 1.29099445 1.29099445]", grid().std(new int[] {1}, false, 1).toString());
        assertEquals(11L, grid().argmax().itemLong());
        assertArrayEquals(new long[] {3, 1}, grid().argmax(1, true).shape());
        assertEquals(5.5, grid().mean().itemDouble());
        assertEquals(3.452052529534663, grid().std().itemDouble());
        assertEquals(0L, grid().min().itemLong());
        assertEquals(true, grid().any().item());
        assertEquals(false, grid().all().item());
        assertEquals(DType.INT64, Np.array(new int[] {1}).sum().dtype());
        assertArrayEquals(new long[] {3, 1, 2}, Np.zeros(3, 0, 2).sum(1, true).shape());
        assertEquals("[0. 0. 0.]", Np.zeros(0, 3).sum(0).toString());
    }

    @Test
    void matmulFollowsNumpysRankRules() {
        assertEquals(3.0, Np.ones(3).matmul(Np.ones(3)).itemDouble());
        assertEquals(0, Np.ones(3).matmul(Np.ones(3)).ndim());
        assertEquals("[ 5 14]", Np.arange(6).reshape(2, 3).matmul(Np.arange(3)).toString());
        assertEquals("[10 13]", Np.arange(3).matmul(Np.arange(6).reshape(3, 2)).toString());
        assertEquals("[[[10 13]\n  [28 40]]\n\n [[46 67]\n  [64 94]]]", Np.arange(12).reshape(2, 2, 3).matmul(Np.arange(6).reshape(3, 2)).toString());
        assertEquals("[[0. 0. 0.]\n [0. 0. 0.]]", Np.zeros(2, 0).matmul(Np.zeros(0, 3)).toString());
        NDArray b = Np.array(new boolean[][] {{true, false}, {true, true}});
        assertEquals("[[ True False]\n [ True  True]]", b.matmul(b).toString());
    }

    @Test
    void booleanMaskSelection() {
        NDArray a = grid();
        assertEquals("[ 8  9  6 10  7 11]", a.T().get(a.T().gt(5)).toString(), "C order of the logical view");
        assertEquals("[[ 0  1  2  3]\n [ 8  9 10 11]]", a.get(Np.array(true, false, true)).toString(), "a 1-D mask selects rows");
        NDArray none = a.get(a.gt(100));
        assertEquals("[]", none.toString());
        assertEquals(DType.INT64, none.dtype());
        assertArrayEquals(new long[] {0}, none.shape());
        assertEquals("[ True]", Np.scalar(true).get(Np.scalar(true)).toString());
        assertArrayEquals(new long[] {1, 3, 4}, a.get(Np.scalar(true)).shape());
    }

    /**
     * A selection by a predicate (over more than 16,384 positions) is computed with its length (one pass: the
     * predicate once per element); what is built on it stays lazy.
     */
    @Test
    void maskSelectionIsComputedWithItsLengthAndStaysLazyDownstream() {
        NDArray x = Np.random(1).randn(100_000);
        NDArray positive = x.get(x.gt(0));
        NDArray doubled = positive.mul(2);
        assertEquals(positive.size(), doubled.size());
        assertTrue(positive.node().memo() instanceof org.ndjit.ir.StridedArray, "the length came with the selection's values");
        assertEquals(null, doubled.node().memo(), "the multiply is not computed until read");
        double expected = 0;
        for (double v : x.toDoubleArray()) if (v > 0) expected += 2 * v;
        assertEquals(expected, doubled.sum().itemDouble(), 1e-9);
        NDArray small = Np.random(2).randn(1000), smallPositive = small.get(small.gt(0));
        assertTrue(smallPositive.size() > 0);
        assertEquals(null, smallPositive.node().memo(), "a short mask is written and counted; the selection waits to be read");
    }

    @Test
    void readingResults() {
        NDArray g = grid();
        assertEquals(7L, g.item(1, 3));
        assertEquals(11L, g.item(-1, -1));
        assertEquals(5.0, Np.scalar(5.0).item());
        assertArrayEquals(new long[][] {{0, 1, 2, 3}, {4, 5, 6, 7}, {8, 9, 10, 11}}, (long[][]) g.toNestedArray());
        assertArrayEquals(new double[] {0, 4, 8}, g.get(":, 0").toDoubleArray());
        assertArrayEquals(new int[] {3, 7, 11}, g.get(":, -1").toIntArray());
        assertArrayEquals(new boolean[] {false, true}, Np.array(0.0, 2.5).toBooleanArray());
        assertEquals("(3, 4)", g.shapeString());
        assertEquals("()", Np.scalar(1L).shapeString());
    }

    @Test
    void arraysAreImmutableValues() {
        double[] data = {1, 2, 3};
        NDArray x = Np.array(data);
        NDArray y = x.add(1);
        NDArray view = x.get("::-1");
        data[0] = 100;
        assertEquals("[2. 3. 4.]", y.toString());
        assertEquals("[3. 2. 1.]", view.toString());
        assertEquals("[1. 2. 3.]", x.toString());
        long[][] nested = {{1, 2}, {3, 4}};
        NDArray n = Np.array(nested);
        nested[1][1] = -1;
        assertEquals("[[1 2]\n [3 4]]", n.T().T().toString());
    }
}
