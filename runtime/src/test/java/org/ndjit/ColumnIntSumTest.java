package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.engine.KernelRunner;
import org.ndjit.ir.ReferenceEvaluator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Integer and bool sums across rows (reduced axes without the innermost one) add each row, widened to
 * long, to a row of wrapping totals held in registers (the kernels' sumAcrossLong, in the column pass):
 * the results must be the reference's bit for bit (NumPy's int64 or uint64, wrapping) for every integer
 * dtype and bool, read as they are, compared into masks or computed, at row counts around a lane's rows
 * (8) and the blocks of positions (64), column counts around the vector widths and past the tile of
 * columns (4,096), with sliced, reversed and strided rows, transposed inputs, broadcast rows and
 * columns, several reduced axes and outer kept axes of 3-D arrays, each dtype's extremes (int64 totals
 * that wrap), and column ranges on 1, 2 and 5 threads. Tiering is off ({@code ndjit.tieredBelow=0}),
 * so that small arrays too run the classes that have sumAcrossLong.
 */
class ColumnIntSumTest {
    /** Set in the Surefire executions that rerun this class in other JVMs (runtime/pom.xml): fewer sizes there, for the suite's time. */
    private static final boolean FEWER_CASES = Boolean.getBoolean("ndjit.test.fewerCases");
    private static final int[] ROWS = FEWER_CASES ? new int[] {9, 65} : new int[] {1, 7, 8, 9, 64, 65, 70};
    private static final int[] COLUMNS = FEWER_CASES ? new int[] {9, 35} : new int[] {1, 3, 8, 9, 33, 70};
    private static final DType[] DTYPES = FEWER_CASES ? new DType[] {DType.BOOL, DType.UINT8, DType.INT32, DType.UINT64}
            : new DType[] {DType.BOOL, DType.INT8, DType.UINT8, DType.INT16, DType.UINT16, DType.INT32, DType.UINT32, DType.INT64, DType.UINT64};

    /** Sums of x, shape (rows, columns). */
    private static final List<Function<NDArray, NDArray>> SUMS = List.of(
            x -> x.sum(0),
            x -> x.gt(0).sum(0),                                            // a mask of the dtype's species
            x -> x.gt(0).eval().sum(0),                                     // a bool array
            x -> x.mul(x).sum(0),                                           // computed, wrapping in the dtype
            x -> x.sum(new int[] {0}, true),                                // keepdims
            x -> x.get("1:, 1:").sum(0),                                    // rows starting one element in
            x -> x.get("::-1, ::2").sum(0),                                 // reversed rows, every other column: the scalar loop
            x -> x.add(x.get(":1")).sum(0),                                 // a row broadcast along the columns
            x -> x.add(x.get(":, :1")).sum(0),                              // a column broadcast along each row
            x -> x.reshape(1, x.shape()[0], -1).sum(new int[] {0, 1}, false));

    /** Small values, and in every third place each dtype's extremes and values that wrap when cast down. */
    static NDArray matrix(DType d, int rows, int columns, long seed) {
        java.util.Random rnd = new java.util.Random(seed);
        long[] wide = {Long.MIN_VALUE, Long.MAX_VALUE, -1, 1L << 63 | 5, 0x80, 0xFF, 0x7F, 0x8000, 0xFFFF, 0x8000_0000L, 0xFFFF_FFFFL};
        long[] x = new long[rows * columns];
        for (int i = 0; i < x.length; i++) x[i] = i % 3 == 0 ? wide[rnd.nextInt(wide.length)] : rnd.nextInt(7) - 3;
        return Np.array(x).reshape(rows, columns).astype(d).eval();
    }

    private static void check(NDArray result, String what, List<String> failures) {
        try {
            SameBits.assertSameBits(ReferenceEvaluator.evaluate(result.node()), result.value(), () -> what);
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }

    @Test
    void bitIdenticalToTheReference() {
        List<String> failures = new ArrayList<>();
        withoutTiering(() -> {
            for (DType d : DTYPES) {
                for (int rows : ROWS) {
                    for (int columns : COLUMNS) {
                        String shape = d + " (" + rows + ", " + columns + ")";
                        NDArray x = matrix(d, rows, columns, 31L * rows + columns);
                        for (int r = 0; r < SUMS.size(); r++) {
                            if (rows == 1 && r == 5) continue; // no row left
                            check(SUMS.get(r).apply(x), shape + " sum " + r, failures);
                        }
                        // x's values stored column by column, read through the transpose: strided rows.
                        NDArray t = matrix(d, columns, rows, rows).T();
                        check(t.sum(0), shape + " transposed", failures);
                    }
                }
                // 3-D: several reduced axes, whose rows do not step evenly where a block's positions cross the first axis's end
                // (rows 37 to 39 left out); an outer kept axis.
                NDArray cube = matrix(d, 2 * 40, 19, 7).reshape(2, 40, 19).get(":, :37, :");
                check(cube.sum(new int[] {0, 1}, false), d + " sum over axes (0, 1)", failures);
                check(cube.sum(0), d + " sum over axis 0", failures);
                check(cube.sum(1), d + " sum over axis 1", failures);
                check(cube.gt(0).sum(1), d + " mask summed over axis 1", failures);
            }
        });
        if (!failures.isEmpty()) throw new AssertionError(failures.size() + " failures:\n  " + String.join("\n  ", failures));
    }

    @Test
    void int64TotalsWrap() {
        long[] values = new long[9 * 5];
        java.util.Arrays.fill(values, 1);
        for (int c = 0; c < 5; c++) values[5 * 4 + c] = Long.MAX_VALUE;
        withoutTiering(() -> {
            NDArray sum = Np.array(values).reshape(9, 5).sum(0);
            SameBits.assertSameBits(ReferenceEvaluator.evaluate(sum.node()), sum.value(), () -> "int64 max + 8 ones per column");
            assertEquals(Long.MIN_VALUE + 7, sum.get("2").itemLong(), "wraps as NumPy's int64 sum does");
        });
    }

    @Test
    void tilesOfColumnsOnSeveralThreads() {
        List<String> failures = new ArrayList<>();
        int columns = 4096 + 35;
        withoutTiering(() -> {
            // One thread: a whole tile and a part of one; 2 and 5 threads: column ranges that start inside a tile.
            for (String parallelism : FEWER_CASES ? new String[] {"2"} : new String[] {"1", "2", "5"}) {
                System.setProperty("ndjit.parallelism", parallelism);
                try {
                    for (DType d : List.of(DType.INT32, DType.UINT8, DType.BOOL)) {
                        String shape = d + " (65, " + columns + ") on " + parallelism + " threads";
                        NDArray x = matrix(d, 65, columns, 3);
                        check(x.sum(0), shape + " sum", failures);
                        check(x.gt(0).sum(0), shape + " mask sum", failures);
                    }
                    NDArray f = Np.arange(65L * columns).mod(3L).sub(1L).astype(DType.FLOAT64).reshape(65, columns).eval();
                    check(f.gt(0.0).sum(0), "(float64 > 0) (65, " + columns + ") on " + parallelism + " threads", failures);
                } finally {
                    System.clearProperty("ndjit.parallelism");
                }
            }
        });
        if (!failures.isEmpty()) throw new AssertionError(failures.size() + " failures:\n  " + String.join("\n  ", failures));
    }

    @Test
    void sumsTakeTheColumnPassInRegisters() {
        withoutTiering(() -> {
            NDArray ints = matrix(DType.INT32, 300, 40, 5);
            NDArray floats = ints.astype(DType.FLOAT64).eval();
            List<NDArray> sums = List.of(ints.sum(0), ints.gt(0).sum(0), floats.gt(0.0).sum(0), ints.gt(0).eval().sum(0),
                    ints.astype(DType.INT8).sum(0), ints.astype(DType.UINT64).sum(0), matrix(DType.INT32, 1000, 8, 6).sum(0));
            for (NDArray sum : sums) {
                long before = KernelRunner.registerIntSumsAcross();
                SameBits.assertSameBits(ReferenceEvaluator.evaluate(sum.node()), sum.value(), () -> "column sum");
                assertTrue(KernelRunner.registerIntSumsAcross() > before, () -> "the column pass was not taken: " + sum.explain());
            }
        });
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
