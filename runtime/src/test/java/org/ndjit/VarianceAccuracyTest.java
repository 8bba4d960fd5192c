package org.ndjit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one-pass variance (sums shifted by each slice's first element K) against the exact variance
 * of the same doubles, computed in BigDecimal. Stated bound, relative to the exact variance:
 * {@code (8 + 4 R) * eps} with {@code R = (mean - K)^2 / var}, the cancellation the final
 * subtraction suffers (R is about 1 for typical data and at most n when K is an outlier). The
 * shift is what makes data with a large mean accurate: the textbook {@code E[x^2] - E[x]^2} loses
 * every digit on the first case below.
 */
class VarianceAccuracyTest {
    private static final MathContext EXACT = MathContext.DECIMAL128;

    /** Checks var over the last axis of a C-order (rows x n) float64 array against the exact value, row by row. */
    private static void assertAccurate(double[][] rows, NDArray var) {
        double[] got = var.toDoubleArray();
        for (int r = 0; r < rows.length; r++) {
            double[] x = rows[r];
            BigDecimal sum = BigDecimal.ZERO;
            for (double v : x) sum = sum.add(new BigDecimal(v));
            BigDecimal mean = sum.divide(BigDecimal.valueOf(x.length), EXACT), ss = BigDecimal.ZERO;
            for (double v : x) ss = ss.add(new BigDecimal(v).subtract(mean).pow(2));
            double exact = ss.divide(BigDecimal.valueOf(x.length), EXACT).doubleValue();
            double shift = mean.subtract(new BigDecimal(x[0])).doubleValue();
            // The last term covers the 34-digit rounding of the BigDecimal mean itself.
            double bound = (exact == 0 ? 0 : (8 + 4 * shift * shift / exact) * Math.ulp(1.0) * exact) + 1e-30 * (1 + mean.doubleValue() * mean.doubleValue());
            int row = r;
            assertTrue(Math.abs(got[r] - exact) <= bound, () -> "row " + row + ": " + got[row] + " vs exact " + exact + " (bound " + bound + ")");
        }
    }

    private static NDArray array(double[][] rows) {
        return Np.array(rows);
    }

    @Test
    void largeMeanSmallSpread() {
        java.util.Random rnd = new java.util.Random(1);
        double[][] rows = new double[8][5000];
        for (double[] row : rows) for (int i = 0; i < row.length; i++) row[i] = 1e8 + rnd.nextGaussian();
        assertAccurate(rows, array(rows).var(1));
    }

    @Test
    void anOutlierFirstElementStaysWithinTheStatedBound() {
        java.util.Random rnd = new java.util.Random(2);
        double[][] rows = new double[4][3000];
        for (double[] row : rows) {
            for (int i = 0; i < row.length; i++) row[i] = rnd.nextGaussian();
            row[0] = 1e4;
        }
        assertAccurate(rows, array(rows).var(1));
    }

    @Test
    void rowsLongerThanABlockAndOfEveryLengthUpToOne() {
        java.util.Random rnd = new java.util.Random(3);
        for (int n : new int[] {1, 2, 3, 7, 8, 9, 1023, 1024, 1025, 4099}) {
            double[][] rows = new double[3][n];
            for (double[] row : rows) for (int i = 0; i < n; i++) row[i] = 3 + 1e-3 * rnd.nextGaussian();
            assertAccurate(rows, array(rows).var(1));
        }
    }

    @Test
    void constantRowsHaveZeroVarianceNotRoundingNoise() {
        NDArray x = Np.full(new long[] {5, 1001}, 0.1);
        for (double v : x.var(1).toDoubleArray()) assertEquals(0.0, v);
        for (double v : x.std(0).toDoubleArray()) assertEquals(0.0, v);
    }

    @Test
    void overAnOuterAxisAndOfAnExpressionTheSameAsOfTheStoredTranspose() {
        java.util.Random rnd = new java.util.Random(4);
        double[][] rows = new double[6][700];
        for (double[] row : rows) for (int i = 0; i < row.length; i++) row[i] = 50 + rnd.nextGaussian();
        NDArray x = array(rows);
        assertAccurate(rows, x.T().var(0));
        // An expression: its first elements are computed alone (a rebuilt expression), not by materializing it.
        NDArray expr = x.mul(2).sub(100);
        assertTrue(expr.var(1).explain().startsWith("plan: 1 kernel, 2 intermediates\nkernel 0: blocks of rows of f64[6,700], each through 2 steps\n"),
                expr.var(1).explain());
        double[][] doubled = new double[6][700];
        for (int r = 0; r < 6; r++) for (int i = 0; i < 700; i++) doubled[r][i] = rows[r][i] * 2 - 100;
        assertAccurate(doubled, expr.var(1));
    }

    @Test
    void nanAndInfinityPropagate() {
        NDArray x = Np.array(new double[][] {{1, Double.NaN, 3}, {1, Double.POSITIVE_INFINITY, 3}, {Double.NEGATIVE_INFINITY, 2, 3}});
        for (double v : x.var(1).toDoubleArray()) assertTrue(Double.isNaN(v), "var " + v);
    }

    @Test
    void float32AndIntegerInputs() {
        NDArray f = Np.array(new float[][] {{1e4f, 1e4f + 1, 1e4f + 2, 1e4f + 3}});
        assertEquals(DType.FLOAT32, f.var(1).dtype());
        assertEquals(1.25f, f.var(1).toFloatArray()[0]);
        NDArray i = Np.array(new long[] {1_000_000_001L, 1_000_000_002L, 1_000_000_003L});
        assertEquals(2.0 / 3, i.var().itemDouble(), 1e-15);
    }

    /**
     * float16 is computed in float32 and rounded once: in float16 the shifted sum's square overflowed
     * (s1 = 159 * -4 = -636, s1^2 = 404,496 > 65,504) and the variance came out 0. NumPy: 0.09937
     * (std 0.3152); exact 0.099375. Also through a reversed view, where the shift is another element.
     */
    @Test
    void float16VarianceDoesNotOverflowItsShiftedSums() {
        double[] values = new double[160];
        java.util.Arrays.fill(values, -2.0);
        values[0] = 2.0;
        NDArray x = Np.array(values).astype(DType.FLOAT16).eval();
        assertEquals(0.099375, x.var().itemDouble(), 1e-4);
        assertEquals(0.099375, x.get("::-1").var().itemDouble(), 1e-4);
        assertEquals(0.3152, x.std().itemDouble(), 2e-4);
        assertEquals(DType.FLOAT16, x.var().dtype());
    }
}
