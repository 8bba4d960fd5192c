package org.ndjit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Row groups (a row's reductions and the elementwise work reading them, run a block of rows at a
 * time) against the reference, bit for bit: softmax, row normalization, layer norm, log-sum-exp,
 * log-softmax (the log of the row sums computed once per row, in the group), softmax times the exp
 * of a row (computed once, before the group), centring, min-max scaling, costly values kept a block
 * at a time (before the first reduction, and one computed from another) and a reduction of two
 * trailing axes, in the eleven numeric dtypes (NumPy's promotions: an integer softmax computes in
 * float16, float32 or float64 from its exp), at row lengths around the vector lanes, the 1,024-element
 * scratch block and the group's 8,192-element block of rows, row counts around the rows per block, at
 * parallelism 1, 2 and 16, with NaN at every position class of the vector loop (first, last lane of
 * the first vector, first of the second, last of the last full vector, first of the tail, last), a
 * row of NaN and infinities.
 */
class RowGroupPropertiesTest {
    /** An expression over a 2-D x (and a gain and a bias of its row length). */
    record Case(String name, UnaryOperator<NDArray> f) {}

    static final List<Case> CASES = List.of(
            new Case("softmax", x -> {
                NDArray e = x.sub(x.max(1, true)).exp();
                return e.div(e.sum(1, true));
            }),
            new Case("row normalization", x -> x.sub(x.mean(1, true)).div(x.std(1, true))),
            new Case("layer norm", x -> x.sub(x.mean(1, true)).div(x.var(1, true).add(1e-5).sqrt()).mul(gain(x)).add(bias(x))),
            new Case("log-sum-exp", x -> {
                NDArray m = x.max(1, true);
                return x.sub(m).exp().sum(1, true).log().add(m);
            }),
            new Case("log-softmax", x -> {
                NDArray shifted = x.sub(x.max(1, true)); // the log of the row sums is computed once per row, in the group
                return shifted.sub(shifted.exp().sum(1, true).log());
            }),
            new Case("softmax times exp(gain)", x -> { // exp(gain), computed once at its own shape, runs before the group
                NDArray e = x.sub(x.max(1, true)).exp();
                return e.div(e.sum(1, true)).mul(gain(x).exp());
            }),
            new Case("centring", x -> x.sub(x.mean(1, true))),
            new Case("min-max scaling", x -> x.sub(x.min(1, true)).div(x.max(1, true).sub(x.min(1, true)))),
            new Case("exponentials normalized", x -> {
                NDArray e = x.exp(); // a block value computed before the group's first reduction
                return e.div(e.sum(1, true));
            }),
            new Case("two shared costly values", x -> {
                NDArray a = x.sub(x.max(1, true)).exp(), l = a.log(); // block values, one computed from the other
                return a.div(a.sum(1, true)).add(l.div(l.sum(1, true)));
            }),
            new Case("two trailing axes", x -> x.shape()[1] % 2 != 0 ? x.sub(x.max(1, true)) // a row of odd length stays 2-D
                    : x.reshape(x.shape()[0], 2, -1).sub(x.reshape(x.shape()[0], 2, -1).sum(new int[] {1, 2}, true)).reshape(x.shape()[0], -1)));

    private static NDArray gain(NDArray x) {
        return Np.array(values(x.shape()[1], 77)).astype(x.dtype());
    }

    private static NDArray bias(NDArray x) {
        return Np.array(values(x.shape()[1], 78)).astype(x.dtype());
    }

    /** One draw: the case, the shape, the dtype, where special values go, the parallelism. */
    record Draw(int kase, int rows, int cols, DType dtype, int special, int parallelism, long seed) {
        @Override public String toString() {
            return CASES.get(kase).name() + " " + dtype + "[" + rows + "," + cols + "] special " + special + " parallelism " + parallelism;
        }
    }

    /** Row lengths around the lanes, the scratch block (1,024) and the group's block (8,192): one, a few or many rows per block. */
    private static final int[] COLS = {1, 2, 7, 8, 9, 15, 16, 17, 31, 33, 100, 1023, 1024, 1025, 2047, 4095, 4096, 4097, 8191, 8192, 8193};

    /** Every dtype but bool, whose subtraction NumPy refuses (every case subtracts). */
    private static final List<DType> NUMERIC = java.util.Arrays.stream(DType.values()).filter(d -> d != DType.BOOL).toList();

    @Provide
    Arbitrary<Draw> draws() {
        Arbitrary<Integer> cols = Arbitraries.of(java.util.Arrays.stream(COLS).boxed().toList());
        return Combinators.combine(Arbitraries.integers().between(0, CASES.size() - 1), cols, Arbitraries.integers().between(-2, 2),
                        Arbitraries.of(NUMERIC), Arbitraries.integers().between(0, 9), Arbitraries.of(1, 2, 16), Arbitraries.longs())
                .as((kase, c, delta, dtype, special, par, seed) -> {
                    int perBlock = Math.max(1, 8192 / c);
                    int rows = Math.max(1, Math.min(perBlock * (1 + (int) Math.floorMod(seed, 3)) + delta, 100_000 / c + 1));
                    return new Draw(kase, rows, c, dtype, dtype.isFloat() ? special : 0, par, seed); // NaN and inf only where the dtype has them
                });
    }

    @Property(tries = 80, edgeCases = EdgeCasesMode.NONE)
    void rowGroupsAreBitIdenticalToTheReference(@ForAll("draws") Draw d) {
        int n = d.rows() * d.cols();
        double[] x = values(n, d.seed());
        if (d.special() > 0) place(x, d.rows(), d.cols(), d.special(), NaNPositionsTest.vl(d.dtype()));
        NDArray in = Np.array(x).reshape(d.rows(), d.cols());
        if (!d.dtype().isFloat()) in = in.mul(16).rint(); // integers of a few magnitudes (the values span 2^-6 .. 2^6)
        in = in.astype(d.dtype()).eval();
        NDArray result = CASES.get(d.kase()).f().apply(in);
        String plan = result.explain();
        assertTrue(d.cols() == 1 && d.rows() == 1 || plan.contains("blocks of rows of"), "no row group for " + d + "\n" + plan);
        System.setProperty("ndjit.parallelism", Integer.toString(d.parallelism()));
        try {
            CodegenEdgeSupport.assertMatchesReference(result, d.toString());
        } finally {
            System.clearProperty("ndjit.parallelism");
        }
    }

    /**
     * Kernels over the rows' reduced shape may keep the reduced axes ((n, 1), as the log of a
     * log-softmax's row sums); a 0-d kernel reading the one row's value (x of (1, 5)) is not one.
     */
    @org.junit.jupiter.api.Test
    void kernelsOverTheReducedShapeWithUnitAxesJoinTheGroup() {
        for (int rows : new int[] {1, 3, 1000}) {
            NDArray x = Np.array(values(rows * 5L, rows)).reshape(rows, 5).eval();
            NDArray shifted = x.sub(x.max(1, true));
            NDArray logSoftmax = shifted.sub(shifted.exp().sum(1, true).log());
            String plan = logSoftmax.explain();
            if (rows >= 1000) assertTrue(plan.contains("each through 4 steps"), plan);
            CodegenEdgeSupport.assertMatchesReference(logSoftmax, "log-softmax of " + rows + " rows");
            if (rows == 1) CodegenEdgeSupport.assertMatchesReference(x.sum(1).reshape().mul(2), "a 0-d value of the one row's sum");
        }
    }

    /** Values over several magnitudes (so that a changed order of additions changes bits), from a seed. */
    static double[] values(long n, long seed) {
        java.util.Random rnd = new java.util.Random(seed);
        double[] x = new double[(int) n];
        for (int i = 0; i < x.length; i++) x[i] = rnd.nextGaussian() * Math.scalb(1.0, rnd.nextInt(12) - 6);
        return x;
    }

    /**
     * Special values in some rows (the first, a middle and the last): NaN at one position class of
     * the vector loop for {@code special} 1 to 6; 7, a row of NaN; 8, +inf and -inf; 9, a NaN
     * after +inf and -0.0 / +0.0 mixes.
     */
    static void place(double[] x, int rows, int cols, int special, int vl) {
        int bound = cols - cols % vl;
        int[] classes = {0, vl - 1, vl, bound - 1, bound, cols - 1};
        for (int r : new int[] {0, rows / 2, rows - 1}) {
            int at = r * cols;
            switch (special) {
                case 7 -> java.util.Arrays.fill(x, at, at + cols, Double.NaN);
                case 8 -> {
                    x[at] = Double.POSITIVE_INFINITY;
                    x[at + cols - 1] = Double.NEGATIVE_INFINITY;
                }
                case 9 -> {
                    for (int j = 0; j < cols; j++) x[at + j] = j % 2 == 0 ? -0.0 : 0.0;
                    x[at] = Double.POSITIVE_INFINITY;
                    x[at + cols / 2] = Double.NaN;
                }
                default -> {
                    int p = classes[special - 1];
                    if (p >= 0 && p < cols) x[at + p] = Double.NaN;
                }
            }
        }
    }
}
