package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.codegen.Vectorization;
import org.ndjit.engine.KernelRunner;
import org.ndjit.ir.Reduction;
import org.ndjit.ir.ReferenceEvaluator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Float max and min along rows take each run's values in vector registers (the kernel's maxRow and
 * minRow, four vector accumulators combined lane by lane at the end), and argmax and argmin too
 * (argmaxRow and argminRow: each lane's first NaN or first extreme and its index): the results must be the
 * reference's bit for bit (any NaN for a NaN) for rows just past the short-row limit and around the
 * vector length, the 1,024-element blocks and the chunks, with NaN at every position class of the
 * vector loop (NaNPositionsTest's patterns), +-0 mixes (whose sign the order of Math.max fixes),
 * +-inf and all-equal rows, float64 and float32, alone, fused, beside a sum in one pass, over an
 * outer reduced axis, and hot (C2-compiled). Tiering is off ({@code ndjit.tieredBelow=0}), so that
 * small arrays too run the vector class, which has these methods.
 */
class RegisterExtremesTest {
    /** Set in the Surefire executions that rerun this class in other JVMs (runtime/pom.xml): fewer sizes there, for the suite's time. */
    private static final boolean FEWER_CASES = Boolean.getBoolean("ndjit.test.fewerCases");
    /** The longest rows of chunksOfLongRowsAndHotLoops. */
    private static final int MAX_LENGTH = FEWER_CASES ? 1025 : Integer.MAX_VALUE;
    private static final int[] LENGTHS = FEWER_CASES ? new int[] {65, 67, 72, 1025} : new int[] {65, 66, 67, 71, 72, 73, 100, 1023, 1024, 1025, 2 * 1024 + 7};

    /** Reductions along rows of x (shape (rows, n), rows even), each against the reference. */
    private static final List<Function<NDArray, NDArray>> REDUCTIONS = List.of(
            x -> x.max(1), x -> x.min(1),
            x -> x.mul(2.0).sub(0.5).max(1),                                      // fused
            x -> x.max(new int[] {1}, true).add(x.min(1).reshape(-1, 1)),          // keepdims, two members
            x -> x.sum(1).add(x.max(1)).add(x.min(1)),                             // beside a sum in one pass
            x -> x.reshape(x.shape()[0] / 2, 2, -1).max(new int[] {1, 2}, false),  // an outer reduced axis
            x -> x.reshape(x.shape()[0] / 2, 2, -1).min(new int[] {1, 2}, false),
            x -> x.max(), x -> x.min(),
            x -> x.argmax(1),                                                     // argmaxRow
            x -> x.mul(2.0).sub(0.5).argmin(1),                                   // argminRow, fused
            x -> x.argmin(1).add(x.argmax(1)).astype(DType.FLOAT64).add(x.max(1)));  // beside a max in one pass

    /** Each pattern of NaNPositionsTest for rows of n, and rows all equal, with +-inf, and of +0 then -0. */
    private static double[][] rowsOf(DType d, int n) {
        List<double[]> rows = new ArrayList<>();
        // The patterns need a tail: for a multiple of the vector length, those of n + 1 cut to n (the tail's NaNs fall off).
        int vl = NaNPositionsTest.vl(d), m = n % vl == 0 ? n + 1 : n;
        for (NaNPositionsTest.Pattern p : NaNPositionsTest.patterns(vl, m, n)) rows.add(java.util.Arrays.copyOf(p.row(), n));
        double[] equal = new double[n], infinities = NaNPositionsTest.base(n, 7), zeros = new double[n];
        java.util.Arrays.fill(equal, 1.5);
        infinities[n / 3] = Double.POSITIVE_INFINITY;
        infinities[n - 1] = Double.NEGATIVE_INFINITY;
        for (int i = n / 2; i < n; i++) zeros[i] = -0.0;
        rows.add(equal);
        rows.add(infinities);
        rows.add(zeros);
        if (rows.size() % 2 == 1) rows.add(NaNPositionsTest.base(n, 8));
        return rows.toArray(double[][]::new);
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
            for (DType d : List.of(DType.FLOAT64, DType.FLOAT32)) {
                for (int n : LENGTHS) {
                    double[][] rows = rowsOf(d, n);
                    for (int r = 0; r < REDUCTIONS.size(); r++) {
                        // Rows from a wider buffer (they do not coalesce into one), and contiguous ones.
                        check(REDUCTIONS.get(r).apply(NaNPositionsTest.rows(d, rows)), d + " n=" + n + " reduction " + r + " strided rows", failures);
                        check(REDUCTIONS.get(r).apply(contiguous(d, rows)), d + " n=" + n + " reduction " + r, failures);
                    }
                    if (d == DType.FLOAT64) check(contiguous(d, rows).astype(DType.FLOAT32).max(1), "float64 as float32 n=" + n, failures);
                }
            }
        });
        if (!failures.isEmpty()) throw new AssertionError(failures.size() + " failures:\n  " + String.join("\n  ", failures));
    }

    @Test
    void chunksOfLongRowsAndHotLoops() {
        List<String> failures = new ArrayList<>();
        int n = Math.min(MAX_LENGTH, 2 * Reduction.CHUNK + 13);
        double[] x = NaNPositionsTest.base(2 * n, 3);
        x[n + n / 2 + 1] = Double.NaN; // row 1, in its second chunk (rows of more than two chunks)
        x[5] = -0.0;
        for (DType d : List.of(DType.FLOAT64, DType.FLOAT32)) {
            check(NaNPositionsTest.array(d, x).reshape(2, n).max(1), d + " two rows of " + n, failures);
            check(NaNPositionsTest.array(d, x).reshape(2, n).min(1), d + " min of two rows of " + n, failures);
            check(NaNPositionsTest.array(d, x).reshape(2, n).argmax(1), d + " argmax of two rows of " + n, failures);
            check(NaNPositionsTest.array(d, x).reshape(2, n).argmin(1), d + " argmin of two rows of " + n, failures);
        }
        // 3,000 rows of 4 vectors and 67 more per call, eight times: maxRow and minRow compiled by C2 (fewer in the other JVMs).
        int rows = FEWER_CASES ? 300 : 3000;
        for (DType d : List.of(DType.FLOAT64, DType.FLOAT32)) {
            int length = 4 * NaNPositionsTest.vl(d) + 67;
            double[][] patterns = rowsOf(d, length), all = new double[rows][];
            for (int i = 0; i < rows; i++) all[i] = patterns[i % patterns.length];
            for (int round = 0; round < (FEWER_CASES ? 3 : 8); round++) {
                check(NaNPositionsTest.rows(d, all).max(1), d + " hot max round " + round, failures);
                check(NaNPositionsTest.rows(d, all).min(1), d + " hot min round " + round, failures);
                check(NaNPositionsTest.rows(d, all).argmax(1), d + " hot argmax round " + round, failures);
            }
        }
        if (!failures.isEmpty()) throw new AssertionError(failures.size() + " failures:\n  " + String.join("\n  ", failures));
    }

    @Test
    void vectorKernelsTakeExtremesInRegisters() {
        long before = KernelRunner.registerExtremePasses();
        List<String> failures = new ArrayList<>();
        NDArray x = NaNPositionsTest.array(DType.FLOAT64, NaNPositionsTest.base(16 * 8192, 11)).reshape(16, 8192); // past the tiering limit
        check(x.mul(3.0).max(1), "max of (16, 8192)", failures);
        check(x.mul(3.0).min(1), "min of (16, 8192)", failures);
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
        if (Vectorization.enabled()) assertTrue(KernelRunner.registerExtremePasses() >= before + 2, "the register path was not taken");
        long args = KernelRunner.registerArgExtremePasses();
        check(x.mul(3.0).argmax(1), "argmax of (16, 8192)", failures);
        check(x.mul(3.0).argmin(1), "argmin of (16, 8192)", failures);
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
        if (Vectorization.enabled()) assertTrue(KernelRunner.registerArgExtremePasses() >= args + 2, "the register path of argmax was not taken");
    }

    private static NDArray contiguous(DType d, double[][] rows) {
        int n = rows[0].length;
        double[] flat = new double[rows.length * n];
        for (int i = 0; i < rows.length; i++) System.arraycopy(rows[i], 0, flat, i * n, n);
        return NaNPositionsTest.array(d, flat).reshape(rows.length, n);
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
