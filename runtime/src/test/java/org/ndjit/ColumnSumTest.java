package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.engine.KernelRunner;
import org.ndjit.ir.Reduction;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;

import java.util.List;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Float sums across rows (reduced axes without the innermost one) run through sumAcross with the
 * accumulators of a block of columns in registers: the results must be the reference's bit for bit
 * for row counts around the blocks of positions (64) and chunks, column counts around the vector
 * widths and the tile of columns, several reduced axes (whose rows do not step evenly across an
 * axis's end), broadcast inputs that change from row to row (a column's mean), transposed and
 * sliced inputs, NaN and inf, float64 and float32, at parallelism 1 and 16.
 */
class ColumnSumTest {
    /** Set in the Surefire executions that rerun this class in other JVMs (runtime/pom.xml): fewer sizes there, for the suite's time. */
    private static final boolean FEWER_CASES = Boolean.getBoolean("ndjit.test.fewerCases");
    private static final int[] ROWS = FEWER_CASES ? new int[] {1, 8, 9, 65} : new int[] {1, 2, 7, 8, 9, 63, 64, 65, 130};
    private static final int[] COLUMNS = FEWER_CASES ? new int[] {1, 9, 17, 1025} : new int[] {1, 3, 8, 9, 17, 1023, 1025, 2100};

    /** Reductions of x and y (shape (rows, columns)) over rows, in the ways the planner fuses them. */
    private static final List<BiFunction<NDArray, NDArray, NDArray>> REDUCTIONS = List.of(
            (x, y) -> x.sum(0),
            (x, y) -> x.sub(y).square().sum(0),
            (x, y) -> x.astype(DType.FLOAT32).sum(0),
            (x, y) -> x.astype(DType.FLOAT32).mul(y.astype(DType.FLOAT32)).sum(0),
            (x, y) -> x.mean(0), (x, y) -> x.var(0), (x, y) -> x.std(0),        // var: x minus each column's mean, broadcast down the rows
            (x, y) -> x.sum(0).add(x.sub(y).sum(0)),                             // a shared pass of two sums
            (x, y) -> x.get("::-1, ::2").sum(0),                                 // reversed rows, every other column
            (x, y) -> x.T().mul(y.T()).sum(1),                                   // transposed: the reduced axis is the inner one (along rows)
            (x, y) -> x.T().sum(0));                                             // columns read with a stride: the scalar loop

    private static double[] data(long seed, int n, int special) {
        java.util.Random rnd = new java.util.Random(seed);
        double[] x = new double[n];
        // Magnitudes over 2^-40 .. 2^40, so that a value added to another lane or in another order changes the bits.
        for (int i = 0; i < n; i++) x[i] = rnd.nextGaussian() * Math.scalb(1.0, rnd.nextInt(80) - 40);
        if (n == 0) return x;
        switch (special) {
            case 1 -> { x[n / 2] = Double.NaN; x[n - 1] = Double.POSITIVE_INFINITY; }
            case 2 -> { x[0] = Double.NEGATIVE_INFINITY; x[Math.min(n - 1, 8 + n / 3)] = Double.POSITIVE_INFINITY; x[n / 6] = Double.NaN; }
            default -> { }
        }
        return x;
    }

    private static void assertSame(NDArray result, String what) {
        assertSame(ReferenceEvaluator.evaluate(result.node()), result, what);
    }

    private static void assertSame(StridedArray expected, NDArray result, String what) {
        StridedArray actual = result.value();
        assertEquals(expected.size(), actual.size(), what);
        for (long i = 0; i < expected.size(); i++) {
            assertEquals(Double.doubleToLongBits(expected.getDoubleFlat(i)), Double.doubleToLongBits(actual.getDoubleFlat(i)), what + " element " + i);
        }
    }

    @Test
    void bitIdenticalToTheReference() {
        // The reference of each (shape, special, reduction), computed once: parallelism 16 recomputes the same data and expressions.
        java.util.Map<String, StridedArray> references = new java.util.HashMap<>();
        for (String parallelism : FEWER_CASES ? new String[] {"1"} : new String[] {"1", "16"}) {
            System.setProperty("ndjit.parallelism", parallelism);
            try {
                for (int rows : ROWS) {
                    for (int columns : COLUMNS) {
                        for (int special = 0; special < 3; special++) {
                            if (special > 0 && columns > 100) continue;
                            NDArray x = Np.array(data(rows * 31L + columns + special, rows * columns, special)).reshape(rows, columns);
                            NDArray y = Np.array(data(rows + 99L * columns, rows * columns, 0)).reshape(rows, columns);
                            for (int r = 0; r < REDUCTIONS.size(); r++) {
                                NDArray result = REDUCTIONS.get(r).apply(x, y);
                                StridedArray expected = references.computeIfAbsent(rows + " " + columns + " " + special + " " + r,
                                        k -> ReferenceEvaluator.evaluate(result.node()));
                                assertSame(expected, result,
                                        "reduction " + r + " shape (" + rows + ", " + columns + ") special " + special + " at parallelism " + parallelism);
                            }
                        }
                    }
                }
            } finally {
                System.clearProperty("ndjit.parallelism");
            }
        }
    }

    @Test
    void severalReducedAxesAndChunks() {
        NDArray a = Np.array(data(3, 5 * 7 * 9, 0)).reshape(5, 7, 9);
        assertSame(a.sum(new int[] {0, 1}, false), "axes (0, 1)");
        assertSame(a.sum(1), "axis 1");
        assertSame(a.astype(DType.FLOAT32).sum(new int[] {0, 1}, true), "float32 axes (0, 1)");
        NDArray b = Np.array(data(4, 2 * 70 * 3 * 33, 1)).reshape(2, 70, 3, 33);
        assertSame(b.sum(new int[] {1, 2}, false), "axes (1, 2) of 4");
        assertSame(b.sum(new int[] {0, 2}, false), "axes (0, 2) of 4");
        for (long rows : new long[] {Reduction.CHUNK - 1, Reduction.CHUNK, Reduction.CHUNK + 1, 2L * Reduction.CHUNK + 37}) {
            NDArray c = Np.array(data(rows, (int) rows * 3, 2)).reshape(rows, 3);
            assertSame(c.sum(0), rows + " rows");
            NDArray d = Np.array(data(rows + 1, (int) rows * 2, 0)).reshape(rows, 2);
            assertSame(d.get("::-1, :").sub(1.5).sum(0), rows + " rows reversed");
        }
    }

    @Test
    void emptyAndIntegerSumsStayOnTheirPaths() {
        assertSame(Np.array(new double[0]).reshape(0, 4).sum(0), "no rows");
        assertSame(Np.array(new double[0]).reshape(4, 0).sum(0), "no columns");
        assertSame(Np.arange(12).reshape(3, 4).sum(0), "int64");
        assertSame(Np.arange(12).reshape(3, 4).astype(DType.INT32).sum(0), "int32");
        assertSame(Np.arange(12).reshape(3, 4).astype(DType.FLOAT64).mul(0.5).sum(0), "arange as float64");
    }

    @Test
    void floatSumsAcrossRowsTakeTheRegisterPath() {
        long before = KernelRunner.columnSumPasses();
        NDArray x = Np.array(data(5, 64 * 100, 0)).reshape(64, 100);
        NDArray result = x.mul(2.0).sum(0);
        assertSame(result, "x * 2 summed over rows");
        assertTrue(KernelRunner.columnSumPasses() > before, "the column-sum path was not taken");
    }
}
