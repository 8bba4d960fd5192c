package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;

import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reductions along rows of at most 64 elements run a batch of rows per kernel call where every
 * input's rows follow each other in memory, and a call per row otherwise (a transposed operand, a
 * broadcast column, rows picked by an index array, a row group's block of rows): the results must be
 * the reference's bit for bit at row lengths around 8 and 64, with row counts over a batch (1,024
 * elements), with NaN; and the same across rows (axis 0, short rows kept). Costs about 5 s.
 */
class ShortRowsTest {
    private static final int[] LENGTHS = {1, 7, 9, 10, 64};
    private static final int[] ROWS = {5, 260};

    /** Reductions of rows of x (rows, n), with c a (rows, 1) column and xt the same values through a transpose. */
    private record Inputs(NDArray x, NDArray xt, NDArray c, NDArray picked, NDArray ints) {}

    private static final List<Function<Inputs, NDArray>> REDUCTIONS = List.of(
            in -> in.x.sum(1), in -> in.x.max(1), in -> in.x.min(1), in -> in.x.argmax(1), in -> in.x.argmin(1),
            in -> in.x.mul(0.5).prod(1), in -> in.x.mean(1), in -> in.x.var(1),
            in -> in.xt.sum(1), in -> in.xt.max(1),                                  // rows that do not follow each other
            in -> in.x.sub(in.c).square().sum(1),                                    // a broadcast column: one call per row
            in -> in.picked.sum(1), in -> in.picked.argmax(1),                       // whole rows picked by an index array
            in -> in.x.astype(DType.FLOAT32).sum(1), in -> in.x.astype(DType.FLOAT32).max(1),
            in -> in.ints.sum(1), in -> in.ints.max(1), in -> in.ints.gt(0).any(1),
            in -> softmax(in.x.astype(DType.FLOAT32)),                               // a row group: block values, epilogues
            in -> in.x.sub(in.x.max(1, true)).sub(in.x.sub(in.x.max(1, true)).exp().sum(1, true).log()),
            in -> in.x.sub(in.x.mean(1, true)).div(in.x.std(1, true)));

    /**
     * Reductions across rows (axis 0 of x, with short rows kept): a batch of rows per kernel call where
     * the rows follow each other, a call per row otherwise (a transposed operand, a broadcast row, picked rows).
     */
    private static final List<Function<Inputs, NDArray>> ACROSS = List.of(
            in -> in.x.max(0), in -> in.x.min(0), in -> in.x.argmax(0), in -> in.x.argmin(0), in -> in.x.sum(0),
            in -> in.x.mul(0.5).prod(0), in -> in.x.astype(DType.FLOAT32).max(0), in -> in.x.astype(DType.FLOAT32).argmin(0),
            in -> in.xt.max(0), in -> in.xt.argmax(0),                               // rows that do not follow each other
            in -> in.x.sub(in.x.get("0:1")).min(0),                                  // a broadcast row: one call per row
            in -> in.picked.max(0), in -> in.picked.argmin(0),                       // whole rows picked by an index array
            in -> in.ints.sum(0), in -> in.ints.max(0), in -> in.ints.argmin(0), in -> in.ints.gt(0).any(0), in -> in.ints.lt(400).all(0),
            in -> in.x.reshape(5, -1, (int) in.x.shape()[1]).max(new int[] {0, 1}, false));   // two reduced axes

    private static NDArray softmax(NDArray x) {
        NDArray e = x.sub(x.max(1, true)).exp();
        return e.div(e.sum(1, true));
    }

    private static double[] data(long seed, int n, boolean nan) {
        java.util.Random rnd = new java.util.Random(seed);
        double[] x = new double[n];
        // Magnitudes over 2^-30 .. 2^30, so that a value added to another lane or in another order changes the bits.
        for (int i = 0; i < n; i++) x[i] = rnd.nextGaussian() * Math.scalb(1.0, rnd.nextInt(60) - 30);
        if (nan && n > 2) {
            x[n / 3] = Double.NaN;
            x[n - 1] = Double.NaN;
        }
        return x;
    }

    @Test
    void bitIdenticalToTheReference() {
        // At most 260 x 64 elements: no run is split over threads (Parallel.MIN_PART), whatever the parallelism.
        FusionRegressionTest.withParallelism("1", () -> {
            for (int n : LENGTHS) {
                for (int rows : ROWS) {
                    for (boolean nan : new boolean[] {false, true}) check(inputs(rows, n, nan), "rows " + rows + " length " + n + " nan " + nan);
                }
            }
        });
    }

    @Test
    void acrossRowsBitIdenticalToTheReference() {
        FusionRegressionTest.withParallelism("1", () -> {
            for (int n : LENGTHS) {
                for (int rows : ROWS) {
                    for (boolean nan : new boolean[] {false, true}) check(inputs(rows, n, nan), ACROSS, "across: rows " + rows + " length " + n + " nan " + nan);
                }
            }
        });
    }

    @Test
    void acrossRowsInParallelBitIdenticalToTheReference() {
        // 4 groups of 8,000 x 9 (288,000 elements, over 2 x Parallel.MIN_PART): groups split between threads.
        NDArray x = Np.array(data(5, 4 * 8000 * 9, true)).reshape(4, 8000, 9);
        FusionRegressionTest.withParallelism("2", () -> {
            for (NDArray result : List.of(x.max(1), x.argmax(1), x.sum(1), x.astype(DType.FLOAT32).min(1))) check(result, "parallel across");
        });
    }

    private static Inputs inputs(int rows, int n, boolean nan) {
        long seed = 31L * rows + n + (nan ? 7 : 0);
        NDArray x = Np.array(data(seed, rows * n, nan)).reshape(rows, n);
        NDArray xt = Np.array(data(seed, rows * n, nan)).reshape(n, rows).transpose();
        NDArray c = Np.array(data(seed + 1, rows, false)).reshape(rows, 1);
        long[] picks = new long[rows];
        for (int r = 0; r < rows; r++) picks[r] = (r * 7L + 3) % rows;
        NDArray ints = Np.arange((long) rows * n).mul(2654435761L).mod(1001).sub(500).reshape(rows, n);
        return new Inputs(x, xt, c, x.get(Np.array(picks)), ints);
    }

    private static void check(Inputs in, String where) {
        check(in, REDUCTIONS, where);
    }

    private static void check(Inputs in, List<Function<Inputs, NDArray>> reductions, String where) {
        for (int r = 0; r < reductions.size(); r++) check(reductions.get(r).apply(in), "reduction " + r + " " + where);
    }

    private static void check(NDArray result, String where) {
        StridedArray expected = ReferenceEvaluator.evaluate(result.node()), actual = result.value();
        for (long i = 0; i < expected.size(); i++) {
            assertEquals(Double.doubleToLongBits(expected.getDoubleFlat(i)), Double.doubleToLongBits(actual.getDoubleFlat(i)), where + " element " + i);
        }
    }
}
