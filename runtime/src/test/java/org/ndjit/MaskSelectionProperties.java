package org.ndjit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mask selection against the reference's {@code compress} of the unmoved graph (the elementwise
 * work computed in full, then selected): bit-identical values for masks that select nothing,
 * everything, every other element or at random, masks and arrays that are views (transposed,
 * reversed, broadcast), masks over leading axes, empty arrays, the twelve dtypes (drawn evenly),
 * and lengths over several of the selection's chunks (so that chunks are counted and copied on
 * several threads).
 */
class MaskSelectionProperties {
    private static final long[][] SHAPES = {{0}, {1}, {7}, {3, 7}, {2, 3, 5}, {3, 0}, {131_075}, {3, 70_001}};

    @Provide
    Arbitrary<Integer> choices() {
        return Arbitraries.integers().between(0, 1 << 20);
    }

    @Property(tries = 50)
    void selectionEqualsTheReference(@ForAll("choices") int c, @ForAll @IntRange(min = 0, max = 4) int maskKind,
                                     @ForAll @IntRange(min = 0, max = 3) int view, @ForAll @IntRange(min = 0, max = 3) int expr,
                                     @ForAll DType dtype) {
        Random rng = Np.random(c);
        NDArray x = IndexTestSupport.view(IndexTestSupport.drawn(SHAPES[c % SHAPES.length], dtype, rng), view);
        NDArray values = switch (expr) {
            case 0 -> x;
            case 1 -> x.mul(2);
            case 2 -> dtype.isBool() ? x.not() : x.abs().sqrt().add(x);
            default -> x.astype(DType.FLOAT32).mul(x.astype(DType.FLOAT32));
        };
        int maskRank = (c >> 8) % (x.ndim() + 1);
        long[] maskShape = java.util.Arrays.copyOf(x.shape(), maskRank);
        NDArray mask = mask(maskKind, maskShape, rng);
        assertSelects(values, mask);
    }

    /** Lengths at and around the selection's chunk of 65,536 positions, and four chunks (a range of them in the middle at parallelism 5). */
    private static final long[][] CHUNK_SHAPES = {{0}, {5}, {65_536}, {65_537}, {2, 65_537}, {196_609}, {196_609}, {3, 5, 7}};

    /**
     * Masks that are predicates, computed a chunk at a time in the selection's one pass and never
     * written whole: {@link #predicate}s over x itself or, for a mask over leading axes, another array;
     * float arrays with NaN (square roots of negative values), at parallelism 1, 2 and 5.
     */
    @Property(tries = 8, edgeCases = EdgeCasesMode.NONE)
    void selectionByAPredicateEqualsTheReference(@ForAll("choices") int c, @ForAll @IntRange(min = 0, max = 5) int kind,
                                                 @ForAll @IntRange(min = 0, max = 2) int view, @ForAll DType dtype) {
        Random rng = Np.random(c);
        NDArray x = IndexTestSupport.view(IndexTestSupport.drawn(CHUNK_SHAPES[c % CHUNK_SHAPES.length], dtype, rng), view);
        if (dtype.isFloat() && (c & 1) == 0) x = x.sqrt().eval();
        int maskRank = (c >> 4) % 3 == 0 && x.ndim() > 1 ? 1 : x.ndim();
        NDArray p = maskRank == x.ndim() ? x : IndexTestSupport.drawn(java.util.Arrays.copyOf(x.shape(), maskRank), DType.FLOAT64, rng);
        assertSelectsAtParallelism(kind == 1 ? x.mul(2) : x, predicate(kind, p, rng), new int[] {1, 2, 5}[(c >> 8) % 3]);
    }

    /** Lengths at the selection's chunk boundaries (65,536 positions), and enough chunks for five threads to have a range each. */
    private static final long[] CHUNK_LENGTHS = {65_535, 65_536, 65_537, 196_609, 5 * 65_536 + 1};

    /**
     * Float64 with NaN selected by none, all, every other and every eighth element, and a comparison,
     * at chunk boundaries, on 1, 2, 3 and 5 threads (each range of chunks writes from its first
     * position's row, then moves down after the ranges before it): bit-identical to the reference, and
     * the predicate computed once per element, in the selection's pass (none counted by a sum first).
     * Selections of two arrays ({@code (x + y)[x > 0]}, counted first, then each selected by an
     * exact-length pass) likewise.
     */
    @Test
    void everyChunkOfAPredicateSelectionLandsInPlaceAndThePredicateIsComputedOnce() {
        for (long n : CHUNK_LENGTHS) {
            for (int kind : new int[] {0, 1, 2, 3, 5}) {
                StridedArray expected = null; // the same at every parallelism: the reference runs once (it is slow on 300,000 elements)
                for (int parallelism : new int[] {1, 2, 3, 5}) {
                    // A new array each time: the same expression over the same array is the same node, computed once.
                    NDArray x = IndexTestSupport.drawn(new long[] {n}, DType.FLOAT64, Np.random(11)).sqrt().eval();
                    NDArray mask = predicate(kind, x, Np.random(kind));
                    if (expected == null) expected = expected(x, mask);
                    long computed = org.ndjit.engine.Compress.predicatePositions(), summed = Selection.SUMMED.sum();
                    System.setProperty("ndjit.parallelism", Integer.toString(parallelism));
                    try {
                        assertSelects(x, mask, expected);
                    } finally {
                        System.clearProperty("ndjit.parallelism");
                    }
                    String where = n + " positions, predicate " + kind + ", parallelism " + parallelism;
                    assertEquals(n, org.ndjit.engine.Compress.predicatePositions() - computed, where + ": positions computed");
                    assertEquals(0, Selection.SUMMED.sum() - summed, where + ": positions counted by a sum");
                    if (kind == 3 && n == CHUNK_LENGTHS[4]) {
                        NDArray y = IndexTestSupport.drawn(new long[] {n}, DType.FLOAT64, Np.random(12)).eval();
                        assertSelectsAtParallelism(x.add(y), x.gt(0), parallelism);
                    }
                }
            }
        }
    }

    /**
     * A predicate over p (never an array): 0 none, 1 all, 2 every other, 3 a comparison (false at NaN), 4 a comparison
     * with a row broadcast along p, 5 every eighth (a selection of less than a quarter: copied to memory of its size).
     */
    private static NDArray predicate(int kind, NDArray p, Random rng) {
        long[] shape = p.shape();
        return switch (kind) {
            case 0 -> p.lt(p);
            case 1 -> p.le(p).or(p.ne(p));
            case 2 -> Np.arange(org.ndjit.ir.Shapes.size(shape)).mod(2).eq(0).reshape(shape).eval().and(p.eq(p).or(p.ne(p)));
            case 3 -> p.dtype().isBool() ? p.not() : p.gt(0);
            case 5 -> Np.arange(org.ndjit.ir.Shapes.size(shape)).mod(8).eq(0).reshape(shape).eval().and(p.eq(p).or(p.ne(p)));
            default -> p.astype(DType.FLOAT64).gt(rng.rand(shape[shape.length - 1]).mul(2).sub(1).eval());
        };
    }

    private static void assertSelectsAtParallelism(NDArray values, NDArray mask, int parallelism) {
        System.setProperty("ndjit.parallelism", Integer.toString(parallelism));
        try {
            assertSelects(values, mask);
        } finally {
            System.clearProperty("ndjit.parallelism");
        }
    }

    /** A mask of the shape: none, all, every other (in C order), random, or a row broadcast down the leading axis. */
    private static NDArray mask(int kind, long[] shape, Random rng) {
        return switch (kind) {
            case 0 -> Np.zeros(DType.BOOL, shape);
            case 1 -> Np.ones(DType.BOOL, shape);
            case 2 -> Np.arange(Math.max(1, org.ndjit.ir.Shapes.size(shape))).mod(2).eq(0).get(":" + org.ndjit.ir.Shapes.size(shape)).reshape(shape);
            case 3 -> rng.rand(shape).gt(0.5).eval();
            default -> shape.length < 1 ? Np.scalar(true)
                    : rng.rand(shape[shape.length - 1]).gt(0.3).eval().broadcastTo(shape);
        };
    }

    private static void assertSelects(NDArray values, NDArray mask) {
        assertSelects(values, mask, expected(values, mask));
    }

    /** The reference's {@code compress} of the unmoved graph. */
    private static StridedArray expected(NDArray values, NDArray mask) {
        Node m = mask.node();
        long count = 0;
        StridedArray mv = ReferenceEvaluator.evaluate(m);
        for (long i = 0; i < mv.size(); i++) count += mv.getBoolFlat(i) ? 1 : 0;
        return ReferenceEvaluator.evaluate(Nodes.compress(values.node(), m, count));
    }

    private static void assertSelects(NDArray values, NDArray mask, StridedArray expected) {
        NDArray selected = values.get(mask);
        assertArrayEquals(expected.shape(), selected.shape());
        StridedArray actual = selected.value();
        assertEquals(expected.dtype(), actual.dtype());
        for (long i = 0; i < expected.size(); i++) {
            long at = i;
            if (expected.dtype().isFloat()) {
                double e = expected.getDoubleFlat(i), a = actual.getDoubleFlat(i);
                assertEquals(Double.doubleToLongBits(e), Double.doubleToLongBits(a), () -> "element " + at + " of\n" + selected.graph());
            } else {
                assertEquals(expected.getLongFlat(i), actual.getLongFlat(i), () -> "element " + at + " of\n" + selected.graph());
            }
        }
    }

    @Test
    void selectingRowsOfAMatrixKeepsTheRows() {
        NDArray a = Np.arange(12).reshape(3, 4);
        assertEquals("[[ 0  1  2  3]\n [ 8  9 10 11]]", a.get(Np.array(true, false, true)).toString());
        assertEquals("[[ 0  4  8]\n [ 2  6 10]]", a.T().get(Np.array(true, false, true, false)).toString());
    }

    @Test
    void aZeroDimensionalMaskAddsAnAxis() {
        NDArray a = Np.arange(6).reshape(2, 3);
        assertArrayEquals(new long[] {1, 2, 3}, a.get(Np.scalar(true)).shape());
        assertArrayEquals(new long[] {0, 2, 3}, a.get(Np.scalar(false)).shape());
    }

    @Test
    void theMultiplyRunsOnTheSelectedElementsOnly() {
        NDArray x = Np.array(-1.0, 2.0, -3.0, 4.0, 5.0);
        NDArray r = x.mul(2).get(x.gt(0));
        String plan = r.explain(); // a short mask is written, then selected by, when r is computed
        assertEquals("[ 4.  8. 10.]", r.toString());
        assertTrue(plan.contains("f64[3] = compress (selection loop)"), plan);
        assertTrue(plan.contains("t1 f64[3] = elementwise\n  loop: i0 < 3 (i0 innermost)\n  fuses: multiply\n"), plan);
        assertTrue(!plan.contains("f64[5] = elementwise"), plan);
    }

    @Test
    void aValueErrorAtAnUnselectedElementIsStillRaised() {
        // NumPy computes a // b in full before selecting, so the division by zero at index 1 raises.
        NDArray a = Np.array(4L, 5L, 6L), b = Np.array(2L, 0L, 3L);
        NDArray r = a.floorDiv(b).get(Np.array(true, false, true));
        assertThrows(ArithmeticException.class, r::eval);
    }
}
