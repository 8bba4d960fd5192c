package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.engine.KernelRunner;
import org.ndjit.ir.ReferenceEvaluator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Float argmax and argmin across rows (a reduced axis that is not the innermost one) keep each column's best
 * value and its position in registers (the kernels' argmaxAcross and argminAcross, in the column pass), the rows
 * in order of position: the results must be the reference's (the first NaN, or else the first largest or
 * smallest value) for row counts around a lane's rows (8) and the blocks of positions (64), column counts around
 * the vector widths and past the tile of columns (4,096), with ColumnExtremesTest's columns (NaN in the first,
 * last, 8th, 9th, 64th, 65th and middle row, a column all NaN, +-0 mixes, +-inf, constant columns: ties
 * everywhere), float64 and float32, fused inputs, reversed and strided rows, transposed inputs, 3-D arrays over
 * axis 0 and 1, keepdims, and column ranges on 1, 2 and 5 threads. Tiering is off ({@code ndjit.tieredBelow=0}),
 * so that small arrays too run the classes that have these methods.
 */
class ColumnArgExtremesTest {
    /** Set in the Surefire executions that rerun this class in other JVMs (runtime/pom.xml): fewer sizes there, for the suite's time. */
    private static final boolean FEWER_CASES = Boolean.getBoolean("ndjit.test.fewerCases");
    private static final int[] ROWS = FEWER_CASES ? new int[] {9, 65} : new int[] {1, 7, 8, 9, 16, 64, 65, 130};
    private static final int[] COLUMNS = FEWER_CASES ? new int[] {9, 35} : new int[] {1, 3, 8, 9, 35, 70};

    private static final List<Function<NDArray, NDArray>> REDUCTIONS = List.of(
            x -> x.argmax(0), x -> x.argmin(0),
            x -> x.mul(2.0).add(1.0).argmax(0),                                 // fused
            x -> x.astype(DType.FLOAT32).argmin(0),                             // a cast in the kernel
            x -> x.argmax(0, true),                                             // keepdims
            x -> x.get("::-1, ::2").argmax(0),                                  // reversed rows, every other column (the scalar loop)
            x -> x.get("1:").argmin(0));                                        // rows starting one row in

    private static void check(NDArray result, String what, List<String> failures) {
        try {
            SameBits.assertSameBits(ReferenceEvaluator.evaluate(result.node()), result.value(), () -> what);
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }

    @Test
    void sameAsTheReference() {
        List<String> failures = new ArrayList<>();
        withoutTiering(() -> {
            for (DType d : List.of(DType.FLOAT64, DType.FLOAT32)) {
                for (int rows : ROWS) {
                    for (int columns : COLUMNS) {
                        String shape = d + " (" + rows + ", " + columns + ")";
                        for (int r = 0; r < REDUCTIONS.size(); r++) {
                            if (rows == 1 && r == REDUCTIONS.size() - 1) continue; // no row left
                            check(REDUCTIONS.get(r).apply(ColumnExtremesTest.matrix(d, rows, columns)), shape + " reduction " + r, failures);
                        }
                        check(ColumnExtremesTest.transposed(d, rows, columns).argmax(0), shape + " transposed argmax", failures);
                        check(ColumnExtremesTest.transposed(d, rows, columns).mul(0.5).argmin(0), shape + " transposed argmin", failures);
                    }
                }
                NDArray cube = ColumnExtremesTest.matrix(d, 2 * 40, 19).reshape(2, 40, 19);
                check(cube.argmax(0), d + " argmax over axis 0 of (2, 40, 19)", failures);
                check(cube.argmin(1), d + " argmin over axis 1 of (2, 40, 19)", failures);
                check(cube.get(":, :37, :").argmax(1), d + " argmax over axis 1 of (2, 37, 19), sliced", failures);
            }
        });
        if (!failures.isEmpty()) throw new AssertionError(failures.size() + " failures:\n  " + String.join("\n  ", failures));
    }

    @Test
    void tilesOfColumnsOnSeveralThreads() {
        List<String> failures = new ArrayList<>();
        int columns = 4096 + 35;
        withoutTiering(() -> {
            for (String parallelism : FEWER_CASES ? new String[] {"2"} : new String[] {"1", "2", "5"}) {
                System.setProperty("ndjit.parallelism", parallelism);
                try {
                    for (DType d : List.of(DType.FLOAT64, DType.FLOAT32)) {
                        String shape = d + " (65, " + columns + ") on " + parallelism + " threads";
                        check(ColumnExtremesTest.matrix(d, 65, columns).argmax(0), shape + " argmax", failures);
                        check(ColumnExtremesTest.matrix(d, 65, columns).mul(-1.0).argmin(0), shape + " argmin", failures);
                    }
                } finally {
                    System.clearProperty("ndjit.parallelism");
                }
            }
        });
        if (!failures.isEmpty()) throw new AssertionError(failures.size() + " failures:\n  " + String.join("\n  ", failures));
    }

    @Test
    void argExtremesTakeTheColumnPass() {
        withoutTiering(() -> {
            for (NDArray arg : List.of(ColumnExtremesTest.matrix(DType.FLOAT64, 300, 40).argmax(0), ColumnExtremesTest.matrix(DType.FLOAT32, 300, 40).argmin(0),
                    ColumnExtremesTest.matrix(DType.FLOAT64, 1000, 8).argmax(0))) {
                long before = KernelRunner.columnArgExtremePasses();
                SameBits.assertSameBits(ReferenceEvaluator.evaluate(arg.node()), arg.value(), () -> "column argmax");
                assertTrue(KernelRunner.columnArgExtremePasses() > before, () -> "the column pass was not taken: " + arg.explain());
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
