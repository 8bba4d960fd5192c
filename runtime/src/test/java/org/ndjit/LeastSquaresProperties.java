package org.ndjit;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * lstsq, pinv and matrixRank (NumPy's values: {@link Linalg2FixturesTest}; the SVD itself:
 * {@link SvdPropertiesTest}) on random m x n matrices of a chosen rank r (a product of m x r and
 * r x n Gaussian factors, whose nonzero singular values are far above the rank cut-off). With eps
 * float64's epsilon, p = max(m, n), s_1 the largest singular value and c = 16 (the SVD's backward
 * error 8 p eps |A|, as in SvdPropertiesTest, and the check's own products):
 * <ul>
 * <li>matrixRank is r, and lstsq's rank is r;
 * <li>the residual of lstsq's x is orthogonal to A's columns: {@code |A^T (b - A x)| <= c p eps s_1 (|b| + s_1 |x|) sqrt(n)},
 *     the normal equations up to the backward error (x is the exact answer for A and b moved by that much);
 * <li>pinv is A's Moore-Penrose inverse: {@code A pinv(A) A = A} within {@code c p eps s_1 kappa} and
 *     {@code pinv(A) A pinv(A) = pinv(A)} within {@code c p eps kappa |pinv(A)|}, kappa = s_1 / s_r: the
 *     products round at the size of {@code |A| |pinv(A)| |A| = s_1 kappa}, and pinv's own error grows with
 *     kappa too (NumPy's pinv of seed -525's 6 x 5 matrix of rank 5, kappa 1.0e4, leaves 1.04e-12, four times
 *     {@code c p eps s_1}; over 13,796 random cases NumPy stays within 0.13 of the bound with kappa).
 * </ul>
 */
class LeastSquaresProperties {
    private static final double EPS = Math.ulp(1.0), C = 16;

    /** A clean-clone run's case: rank 5, s_5 = 1.2e-3; A pinv(A) A - A = 1.23e-12 (NumPy's pinv: 1.04e-12). */
    @Example
    void anIllConditionedFullRankCase() {
        lstsqPinvAndRankSatisfyTheirDefinitions(-525, 6, 5);
    }

    @Property(tries = 80)
    void lstsqPinvAndRankSatisfyTheirDefinitions(@ForAll long seed, @ForAll @IntRange(min = 1, max = 7) int m, @ForAll @IntRange(min = 1, max = 7) int n) {
        Random r = new Random(seed);
        int rank = r.nextInt(Math.min(m, n) + 1);
        NDArray a = Np.random(seed).randn(m, rank).matmul(Np.random(seed + 1).randn(rank, n)).eval();
        NDArray b = Np.random(seed + 2).randn(m).eval();
        double p = Math.max(m, n);
        double[] s = Np.linalg.svdvals(a).toDoubleArray();
        double s1 = s[0], kappa = rank == 0 ? 1 : s1 / s[rank - 1];

        assertEquals(rank, Np.linalg.matrixRank(a).itemLong(), "matrix_rank");
        Linalg.LstsqResult l = Np.linalg.lstsq(a, b);
        assertEquals(rank, l.rank(), "lstsq's rank");
        NDArray x = l.solution();
        double normal = a.T().matmul(b.sub(a.matmul(x))).abs().max().itemDouble();
        double bound = C * p * EPS * s1 * (Np.linalg.norm(b).itemDouble() + s1 * Np.linalg.norm(x).itemDouble()) * Math.sqrt(n);
        assertTrue(normal <= bound + Double.MIN_NORMAL, "A^T r = " + normal + " > " + bound + " (rank " + rank + ")");

        NDArray pinv = Np.linalg.pinv(a);
        double back = a.matmul(pinv).matmul(a).sub(a).abs().max().itemDouble();
        assertTrue(back <= C * p * EPS * s1 * kappa + Double.MIN_NORMAL, "A pinv(A) A - A = " + back + " (kappa " + kappa + ")");
        double pinvMax = pinv.abs().max().itemDouble();
        double again = pinv.matmul(a).matmul(pinv).sub(pinv).abs().max().itemDouble();
        assertTrue(again <= C * p * EPS * kappa * pinvMax + Double.MIN_NORMAL, "pinv(A) A pinv(A) - pinv(A) = " + again);
    }
}
