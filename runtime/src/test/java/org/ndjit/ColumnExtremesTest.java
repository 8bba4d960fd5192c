package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.codegen.Vectorization;
import org.ndjit.engine.KernelRunner;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Float max and min across rows (reduced axes without the innermost one) take each row into a row
 * of best values in registers (the kernels' maxAcross and minAcross, in the column pass beside the
 * sums): the results must be the reference's bit for bit (any NaN for a NaN) for row counts around
 * a lane's rows (8) and the blocks of positions (64), column counts around the vector widths and
 * past the tile of columns (4,096), with NaN in the first, last, 8th, 9th, 64th, 65th and middle row
 * of a column, a column all NaN, +-0 mixes (Math.max puts +0.0 above -0.0), +-inf, float64 and
 * float32, fused inputs, reversed and strided rows, transposed inputs, several reduced axes, with the
 * sums of a column's statistics in one {@code Np.eval}, and column ranges on 2 and 5 threads.
 * Tiering is off ({@code ndjit.tieredBelow=0}), so that small arrays too run the classes that have
 * these methods.
 */
class ColumnExtremesTest {
    /** Set in the Surefire executions that rerun this class in other JVMs (runtime/pom.xml): fewer sizes there, for the suite's time. */
    private static final boolean FEWER_CASES = Boolean.getBoolean("ndjit.test.fewerCases");
    private static final int[] ROWS = FEWER_CASES ? new int[] {9, 65} : new int[] {1, 7, 8, 9, 64, 65, 130};
    private static final int[] COLUMNS = FEWER_CASES ? new int[] {9, 35} : new int[] {1, 3, 8, 9, 35};
    /** Kinds of column: {@link #column}. Prime to 8, so that wide arrays have each kind at every lane of a vector. */
    private static final int KINDS = 17;

    private static final List<Function<NDArray, NDArray>> REDUCTIONS = List.of(
            x -> x.max(0), x -> x.min(0),
            x -> x.mul(2.0).add(1.0).max(0),                                    // fused
            x -> x.astype(DType.FLOAT32).min(0),                                // a cast in the kernel
            x -> x.max(new int[] {0}, true).sub(x.min(0)),                      // keepdims, two members of one pass
            x -> x.get("::-1, ::2").max(0));                                    // reversed rows, every other column (the scalar loop)

    /** Column c's values over {@code rows} rows: distinct values in (-4, 4), and NaN, infinities or zeros where its kind says. */
    static double[] column(int c, int rows) {
        double[] x = NaNPositionsTest.base(rows, c);
        int last = rows - 1;
        switch (c % KINDS) {
            case 1 -> x[0] = Double.NaN;
            case 2 -> x[last] = Double.NaN;
            case 3 -> x[Math.min(last, 7)] = Double.NaN;   // the last row of lane 7's first call
            case 4 -> x[Math.min(last, 8)] = Double.NaN;   // lane 0's second row
            case 5 -> x[Math.min(last, 63)] = Double.NaN;  // the last position of the first block
            case 6 -> x[Math.min(last, 64)] = Double.NaN;  // the first of the second
            case 7 -> x[rows / 2] = Double.NaN;
            case 8 -> java.util.Arrays.fill(x, Double.NaN);
            case 9 -> { x[rows / 3] = Double.POSITIVE_INFINITY; x[last] = Double.NEGATIVE_INFINITY; }
            case 10 -> { for (int i = 0; i < rows; i++) x[i] = i % 2 == 0 ? -0.0 : 0.0; }
            case 11 -> { for (int i = 0; i < rows; i++) x[i] = i % 3 == 0 ? 0.0 : -0.0; }
            case 12 -> { java.util.Arrays.fill(x, -1.0); x[rows / 2] = -0.0; x[last] = rows > 1 ? 0.0 : -0.0; }
            case 13 -> { java.util.Arrays.fill(x, Double.NEGATIVE_INFINITY); x[last] = Double.NaN; }
            case 14 -> java.util.Arrays.fill(x, 1.5);
            case 15 -> java.util.Arrays.fill(x, -0.0);
            case 16 -> java.util.Arrays.fill(x, Double.POSITIVE_INFINITY);
            default -> { }
        }
        return x;
    }

    /** A (rows, columns) array whose column c is {@link #column}. */
    static NDArray matrix(DType d, int rows, int columns) {
        double[] flat = new double[rows * columns];
        for (int c = 0; c < columns; c++) {
            double[] x = column(c, rows);
            for (int r = 0; r < rows; r++) flat[r * columns + c] = x[r];
        }
        return NaNPositionsTest.array(d, flat).reshape(rows, columns);
    }

    /** {@link #matrix}'s values stored column by column: its transpose's transpose, whose rows are read with a stride. */
    static NDArray transposed(DType d, int rows, int columns) {
        double[] flat = new double[rows * columns];
        for (int c = 0; c < columns; c++) System.arraycopy(column(c, rows), 0, flat, c * rows, rows);
        return NaNPositionsTest.array(d, flat).reshape(columns, rows).T();
    }

    private static void check(NDArray result, String what, List<String> failures) {
        check(ReferenceEvaluator.evaluate(result.node()), result, what, failures);
    }

    private static void check(StridedArray expected, NDArray result, String what, List<String> failures) {
        try {
            SameBits.assertSameBits(expected, result.value(), () -> what);
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }

    /** The column statistics in one {@code Np.eval}: the mean, deviation, min and max of each column. */
    private static void statistics(NDArray x, String what, List<String> failures) {
        NDArray[] stats = {x.mean(0), x.std(0), x.min(0), x.max(0)};
        List<StridedArray> expected = new ArrayList<>();
        for (NDArray s : stats) expected.add(ReferenceEvaluator.evaluate(s.node()));
        Np.eval(stats);
        for (int k = 0; k < stats.length; k++) check(expected.get(k), stats[k], what + " statistic " + k, failures);
    }

    @Test
    void bitIdenticalToTheReference() {
        List<String> failures = new ArrayList<>();
        withoutTiering(() -> {
            for (DType d : List.of(DType.FLOAT64, DType.FLOAT32)) {
                for (int rows : ROWS) {
                    for (int columns : COLUMNS) {
                        String shape = d + " (" + rows + ", " + columns + ")";
                        for (int r = 0; r < REDUCTIONS.size(); r++) check(REDUCTIONS.get(r).apply(matrix(d, rows, columns)), shape + " reduction " + r, failures);
                        statistics(matrix(d, rows, columns), shape, failures);
                        check(transposed(d, rows, columns).max(0), shape + " transposed max", failures);
                        check(transposed(d, rows, columns).mul(0.5).min(0), shape + " transposed min", failures);
                    }
                }
                // Several reduced axes, whose rows do not step evenly where a block's positions cross the first axis's end (rows 37 to 39 left out).
                NDArray cube = matrix(d, 2 * 40, 19).reshape(2, 40, 19).get(":, :37, :");
                check(cube.max(new int[] {0, 1}, false), d + " max over axes (0, 1)", failures);
                check(cube.min(new int[] {0, 1}, false), d + " min over axes (0, 1)", failures);
            }
        });
        if (!failures.isEmpty()) throw new AssertionError(failures.size() + " failures:\n  " + String.join("\n  ", failures));
    }

    @Test
    void tilesOfColumnsOnSeveralThreads() {
        List<String> failures = new ArrayList<>();
        int columns = 4096 + 35;
        withoutTiering(() -> {
            // One thread: a whole tile and a part of one; 2 and 5 threads (4 parts): column ranges that start inside a tile.
            for (String parallelism : FEWER_CASES ? new String[] {"2"} : new String[] {"1", "2", "5"}) {
                System.setProperty("ndjit.parallelism", parallelism);
                try {
                    for (DType d : List.of(DType.FLOAT64, DType.FLOAT32)) {
                        String shape = d + " (65, " + columns + ") on " + parallelism + " threads";
                        check(matrix(d, 65, columns).max(0), shape + " max", failures);
                        check(matrix(d, 65, columns).mul(-1.0).min(0), shape + " min", failures);
                        if (d == DType.FLOAT64) statistics(matrix(d, 65, columns), shape, failures);
                    }
                } finally {
                    System.clearProperty("ndjit.parallelism");
                }
            }
        });
        if (!failures.isEmpty()) throw new AssertionError(failures.size() + " failures:\n  " + String.join("\n  ", failures));
    }

    @Test
    void columnStatisticsTakeOnePassInRegisters() {
        List<String> failures = new ArrayList<>();
        withoutTiering(() -> {
            long passes = KernelRunner.columnSumPasses(), extremes = KernelRunner.columnExtremePasses();
            check(matrix(DType.FLOAT64, 300, 40).mul(3.0).max(0), "max of (300, 40)", failures);
            assertEquals(extremes + 1, KernelRunner.columnExtremePasses(), "the max did not take the column pass");
            NDArray x = matrix(DType.FLOAT64, 1000, 8);
            passes = KernelRunner.columnSumPasses();
            extremes = KernelRunner.columnExtremePasses();
            statistics(x, "(1000, 8)", failures);
            // The planner puts the five reductions (the mean's sum, the shifted deviation's two, the min and the max) in one pass over x.
            assertEquals(passes + 1, KernelRunner.columnSumPasses(), "column passes of the statistics");
            assertEquals(extremes + 1, KernelRunner.columnExtremePasses(), "column passes with a max or min");
        });
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    private static void withoutTiering(Runnable run) {
        String before = System.getProperty("ndjit.tieredBelow");
        System.setProperty("ndjit.tieredBelow", "0");
        try {
            run.run();
        } finally {
            if (before == null) System.clearProperty("ndjit.tieredBelow");
            else System.setProperty("ndjit.tieredBelow", before);
        }
    }
}
