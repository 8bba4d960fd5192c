package org.ndjit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SVD's factors on random matrices (tall, wide, square, empty, stacked, rank-deficient, graded
 * over 12 orders of magnitude, zero): singular vectors are unique only up to sign (and within a
 * repeated singular value), so the checks are what any correct SVD satisfies. With n = max(m, n) and
 * eps the dtype's epsilon: U and V have orthonormal columns to {@code 8 n eps} and
 * {@code U diag(s) V^T} reconstructs A to {@code 16 n eps s_max} (a backward-stable SVD is exact for
 * a matrix within {@code p(n) eps |A|_2} of A, and the check's own matmul adds {@code k eps s_max});
 * s is descending and non-negative. Against NumPy's values: {@link Linalg2FixturesTest}.
 */
class SvdPropertiesTest {

    @Property(tries = 150)
    void factorsReconstructAndAreOrthonormal(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int kind) {
        Random r = new Random(seed);
        int m = r.nextInt(9), n = r.nextInt(9), stack = 1 + r.nextInt(2);
        double[] v = new double[stack * m * n];
        for (int i = 0; i < v.length; i++) v[i] = r.nextGaussian();
        NDArray a = Np.array(v).reshape(stack, m, n);
        a = switch (kind) {
            case 1 -> Np.random(seed).randn(stack, m, 1).matmul(Np.random(seed + 1).randn(stack, 1, n)); // rank 1
            case 2 -> a.mul(Np.array(powersOfTen(n)));                                                  // graded columns
            case 3 -> Np.zeros(stack, m, n);
            case 4 -> a.astype(DType.FLOAT32);
            default -> a;
        };
        checkFactors(a.eval());
    }

    /** The checks of the class comment on a's reduced and full SVD. */
    static void checkFactors(NDArray a) {
        if (a.ndim() < 2) return;
        int d = a.ndim();
        long m = a.shape()[d - 2], n = a.shape()[d - 1], k = Math.min(m, n);
        double eps = a.dtype() == DType.FLOAT32 ? Math.ulp(1.0f) : Math.ulp(1.0);
        double sMax = k == 0 ? 0 : Np.linalg.svdvals(a).max().itemDouble();
        for (boolean full : new boolean[] {false, true}) {
            Linalg.SVDResult f = Np.linalg.svd(a, full);
            long uc = full ? m : k, vr = full ? n : k;
            assertEquals(m, f.u().shape()[d - 2]);
            assertEquals(uc, f.u().shape()[d - 1]);
            assertEquals(vr, f.vh().shape()[d - 2]);
            assertEquals(n, f.vh().shape()[d - 1]);
            assertOrthonormal(f.u().swapaxes(-1, -2).matmul(f.u()), 8 * Math.max(m, n) * eps, "U^T U");
            assertOrthonormal(f.vh().matmul(f.vh().swapaxes(-1, -2)), 8 * Math.max(m, n) * eps, "V^T V");
            NDArray u = f.u().get("..., :" + k), vh = f.vh().get("..., :" + k + ", :");
            NDArray rebuilt = u.matmul(f.s().expandDims(d - 2).swapaxes(-1, -2).mul(vh));
            if (a.size() > 0) {
                double error = rebuilt.sub(a).abs().max().itemDouble(), bound = 16 * Math.max(m, n) * eps * sMax;
                assertTrue(error <= bound, "|U S V^T - A| = " + error + " > " + bound + " for " + a.shapeString());
            }
            double[] s = f.s().astype(DType.FLOAT64).toDoubleArray();
            for (int i = 0; i < s.length; i++) {
                assertTrue(s[i] >= 0, "s >= 0");
                if (i % k != 0) assertTrue(s[i] <= s[i - 1], "s descending");
            }
        }
    }

    private static void assertOrthonormal(NDArray gram, double tol, String what) {
        if (gram.size() == 0) return;
        long k = gram.shape()[gram.ndim() - 1];
        double error = gram.sub(Np.eye((int) k)).abs().max().itemDouble();
        assertTrue(error <= tol, what + " - I = " + error + " > " + tol);
    }

    private static double[] powersOfTen(int n) {
        double[] p = new double[n];
        for (int i = 0; i < n; i++) p[i] = Math.pow(10, -12.0 * i / Math.max(1, n - 1));
        return p;
    }

    @Test
    void smallCasesHaveKnownAnswers() {
        Linalg.SVDResult f = Np.linalg.svd(Np.array(new double[][] {{3, 0}, {4, 5}}));
        assertArrayEquals(new double[] {Math.sqrt(45), Math.sqrt(5)}, f.s().toDoubleArray(), 8 * Math.ulp(7.0));
        for (double scale : new double[] {1e300, 1e-300}) {
            double[] big = Np.linalg.svdvals(Np.array(new double[][] {{3, 0}, {4, 5}}).mul(scale)).toDoubleArray();
            assertEquals(Math.sqrt(45) * scale, big[0], 8 * Math.ulp(Math.sqrt(45) * scale), "no overflow or underflow at scale " + scale);
            assertEquals(Math.sqrt(5) * scale, big[1], 8 * Math.ulp(Math.sqrt(45) * scale), "no overflow or underflow at scale " + scale);
        }
        Linalg.SVDResult valuesOnly = Np.linalg.svd(Np.array(new double[][] {{3, 0}, {4, 5}}), true, false);
        assertEquals(null, valuesOnly.u(), "compute_uv=False: no vectors");
        assertArrayEquals(f.s().toDoubleArray(), valuesOnly.s().toDoubleArray());
        assertEquals(2L, Np.linalg.matrixRank(Np.array(new double[][] {{1, 2, 3}, {2, 4, 6.5}, {3, 6, 9.5}})).itemLong());
        Linalg.LstsqResult l = Np.linalg.lstsq(Np.array(new double[][] {{1, 0}, {0, 1}, {1, 1}}), Np.array(1.0, 2, 4));
        assertArrayEquals(new double[] {4.0 / 3, 7.0 / 3}, l.solution().toDoubleArray(), 1e-15);
        assertArrayEquals(new double[] {1.0 / 3}, l.residuals().toDoubleArray(), 1e-15);
        NDArray p = Np.linalg.pinv(Np.array(new double[][] {{1, 2}, {3, 4}, {5, 6}}));
        NDArray a = Np.array(new double[][] {{1, 2}, {3, 4}, {5, 6}});
        assertTrue(a.matmul(p).matmul(a).sub(a).abs().max().itemDouble() < 1e-13, "A pinv(A) A = A");
    }
}
