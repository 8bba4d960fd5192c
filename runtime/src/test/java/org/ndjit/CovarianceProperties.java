package org.ndjit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ndjit.ir.ReferenceEvaluator;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ndjit.IndexTestSupport.assertSame;

/**
 * {@code Np.cov} and {@code Np.corrcoef} (NumPy's values: {@link Linalg2FixturesTest}) on random
 * tables: variables in rows or columns, a second table y, every ddof and bias, data of every dtype
 * (NumPy computes in float64 whatever the data's: float16 too). The observations are small integers and their count a power of two, so every mean,
 * centred value, product and sum is exact: the compiled result must equal the eager reference of its
 * graph and NumPy's definition evaluated here, {@code sum((x_i - mean_i)(x_j - mean_j)) * (1 / (N - ddof))}
 * (NumPy multiplies by the reciprocal), bit for bit; corrcoef is that divided by the standard deviations of row and column, in NumPy's
 * order, clipped to [-1, 1]. With one observation and variables in columns, a y of several columns
 * is one row, which NumPy does not transpose: it raises, as here.
 */
class CovarianceProperties {

    @Property(tries = 100)
    void covAndCorrcoefMatchTheReferenceAndTheDefinition(@ForAll long seed, @ForAll boolean rowvar, @ForAll @IntRange(min = 0, max = 3) int ddofForm) {
        Random r = new Random(seed);
        int vars = 1 + r.nextInt(4), extra = r.nextInt(3), n = 1 << r.nextInt(6);
        DType dtype = DType.values()[r.nextInt(DType.values().length)];
        double[][] rows = new double[vars + extra][n];
        for (double[] row : rows) {
            for (int k = 0; k < n; k++) row[k] = dtype.isBool() ? r.nextInt(2) : dtype.isUnsigned() ? r.nextInt(17) : r.nextInt(17) - 8;
        }
        NDArray m = table(rows, 0, vars, rowvar, dtype), y = extra == 0 ? null : table(rows, vars, vars + extra, rowvar, dtype);
        boolean bias = ddofForm == 1;
        Integer ddof = ddofForm >= 2 ? ddofForm - 2 : null;
        int divisor = n - (ddof != null ? ddof : bias ? 0 : 1);
        if (divisor <= 0) return; // NumPy warns and divides by zero: not this property's subject

        if (!rowvar && n == 1 && extra > 1) {
            // NumPy transposes y only when it has more than one row: a (1, extra) y is one variable of `extra`
            // observations, which cannot join m's variables of one observation.
            String message = assertThrows(IllegalArgumentException.class, () -> Np.cov(m, y, false, bias, ddof)).getMessage();
            assertTrue(message.startsWith("all the input array dimensions except for the concatenation axis must match exactly"), message);
            return;
        }
        NDArray cov = Np.cov(m, y, rowvar, bias, ddof), corr = Np.corrcoef(m, y, rowvar);
        assertSame(ReferenceEvaluator.evaluate(cov.node()), cov);
        assertSame(ReferenceEvaluator.evaluate(corr.node()), corr);
        int k = rows.length;
        double[] c = new double[k * k], rho = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) c[i * k + j] = centredDot(rows[i], rows[j]) * (1.0 / divisor);
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double unbiased = centredDot(rows[i], rows[j]) * (1.0 / (n - 1));
                double si = Math.sqrt(centredDot(rows[i], rows[i]) * (1.0 / (n - 1))), sj = Math.sqrt(centredDot(rows[j], rows[j]) * (1.0 / (n - 1)));
                rho[i * k + j] = k == 1 ? unbiased / unbiased : Math.max(-1, Math.min(1, unbiased / si / sj)); // NumPy: c / c for one variable
            }
        }
        assertEquals(DType.FLOAT64, cov.dtype());
        assertArrayEquals(k == 1 ? new long[0] : new long[] {k, k}, cov.shape());
        assertArrayEquals(c, cov.toDoubleArray(), 0, "cov against its definition");
        if (n > 1) assertArrayEquals(rho, corr.toDoubleArray(), 0, "corrcoef against its definition");
    }

    private static double centredDot(double[] a, double[] b) {
        double ma = 0, mb = 0, s = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        for (int i = 0; i < a.length; i++) s += (a[i] - ma) * (b[i] - mb);
        return s;
    }

    /** Rows from..to of the table as variables: rows of the array (rowvar) or its columns; one variable and rowvar: a vector. */
    private static NDArray table(double[][] rows, int from, int to, boolean rowvar, DType dtype) {
        double[][] part = java.util.Arrays.copyOfRange(rows, from, to);
        NDArray a = Np.array(part).astype(dtype);
        if (rowvar && part.length == 1) return a.reshape(part[0].length);
        return rowvar ? a : a.T();
    }
}
