package org.ndjit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * np.linalg (inv, solve, det, slogdet, cholesky, norm) and the products beside matmul (dot, vdot,
 * inner, outer, tensordot, trace, diagonal) against NumPy 2's answers. Products of small integers
 * are exact; factorisations are checked by their residuals against a bound of
 * {@code 8 n eps |A| |x|} (backward stability of LU with partial pivoting on these well-conditioned
 * matrices) and on the 2x2 cases by NumPy's own bits.
 */
class LinalgTest {
    private static final double EPS = Math.ulp(1.0);

    @Test
    void inverseDeterminantAndSolveMatchNumPy() {
        assertArrayEquals(new double[] {0.6, -0.7, -0.2, 0.4}, Np.linalg.inv(Np.array(new double[][] {{4, 7}, {2, 6}})).toDoubleArray(), 1e-15);
        assertEquals(-2.0000000000000004, Np.linalg.det(Np.array(new double[][] {{1, 2}, {3, 4}})).itemDouble());
        assertArrayEquals(new double[] {2, 3}, Np.linalg.solve(Np.array(new double[][] {{3, 1}, {1, 2}}), Np.array(9.0, 8.0)).toDoubleArray(), 1e-15);
        Linalg.SignAndLogDet s = Np.linalg.slogdet(Np.array(new double[][] {{1, 2}, {3, 4}}));
        assertEquals(-1.0, s.sign().itemDouble());
        assertEquals(0.6931471805599455, s.logabsdet().itemDouble(), 2 * EPS);
        assertArrayEquals(new double[] {2, 0, 1, 1.4142135623730951}, Np.linalg.cholesky(Np.array(new double[][] {{4, 2}, {2, 3}})).toDoubleArray(), 1e-15);
    }

    @Test
    void residualsOfRandomStacksAreWithinTheBackwardErrorBound() {
        int n = 40;
        NDArray a = Np.random(3).randn(3, n, n).add(Np.eye(n).mul(n)); // diagonally dominant: well conditioned
        NDArray b = Np.random(4).randn(3, n, 2);
        NDArray x = Np.linalg.solve(a, b);
        assertArrayEquals(new long[] {3, n, 2}, x.shape());
        double residual = a.matmul(x).sub(b).abs().max().itemDouble();
        double bound = 8 * n * EPS * a.abs().max().itemDouble() * x.abs().max().itemDouble() * n;
        assertTrue(residual <= bound, residual + " > " + bound);
        NDArray identity = a.matmul(Np.linalg.inv(a)).sub(Np.eye(n)).abs().max();
        assertTrue(identity.itemDouble() < 1e-12, "A inv(A) - I: " + identity.itemDouble());
        NDArray spd = a.matmul(a.transpose(0, 2, 1));
        NDArray l = Np.linalg.cholesky(spd);
        assertTrue(l.matmul(l.transpose(0, 2, 1)).sub(spd).abs().max().itemDouble() <= 1e-9 * spd.abs().max().itemDouble());
        assertEquals(DType.FLOAT32, Np.linalg.inv(a.astype(DType.FLOAT32)).dtype(), "float32 in, float32 out");
        NDArray huge = Np.eye(200).mul(1e10);
        assertEquals(Double.POSITIVE_INFINITY, Np.linalg.det(huge).itemDouble(), "det overflows, as NumPy's");
        assertEquals(200 * Math.log(1e10), Np.linalg.slogdet(huge).logabsdet().itemDouble(), 1e-9, "slogdet does not");
    }

    @Test
    void normsMatchNumPy() {
        NDArray x = Np.array(3.0, -4, 0, 1);
        assertEquals(5.0990195135927845, Np.linalg.norm(x).itemDouble());
        double[] ords = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, 1, 2, 3, 0.5};
        double[] expected = {4.0, 0.0, 3.0, 8.0, 5.0990195135927845, 4.514357435474001, 22.392304845413257};
        for (int i = 0; i < ords.length; i++) assertEquals(expected[i], Np.linalg.norm(x, ords[i]).itemDouble(), 4 * EPS * expected[i], "ord " + ords[i]);
        NDArray m = Np.array(new double[][] {{1, -2}, {3, 4}});
        assertEquals(5.477225575051661, Np.linalg.norm(m, "fro").itemDouble());
        assertEquals(6.0, Np.linalg.norm(m, 1).itemDouble());
        assertEquals(4.0, Np.linalg.norm(m, -1).itemDouble());
        assertEquals(7.0, Np.linalg.norm(m, Double.POSITIVE_INFINITY).itemDouble());
        assertEquals(3.0, Np.linalg.norm(m, Double.NEGATIVE_INFINITY).itemDouble());
    }

    @Test
    void productsMatchNumPy() {
        NDArray a = Np.arange(0.0, 24.0, 1.0).reshape(2, 3, 4), b = Np.arange(0.0, 12.0, 1.0).reshape(4, 3);
        assertEquals("[[[ 42.  48.  54.]\n  [114. 136. 158.]\n  [186. 224. 262.]]\n\n [[258. 312. 366.]\n  [330. 400. 470.]\n  [402. 488. 574.]]]",
                Np.dot(a, b).toString());
        assertArrayEquals(new double[] {1012, 1078, 2596, 2806},
                Np.tensordot(a, Np.arange(0.0, 24.0, 1.0).reshape(3, 4, 2), new int[] {1, 2}, new int[] {0, 1}).toDoubleArray());
        NDArray c = Np.arange(0.0, 6.0, 1.0).reshape(2, 3);
        assertArrayEquals(new double[] {5, 14, 14, 50}, Np.inner(c, c).toDoubleArray());
        assertArrayEquals(new long[] {3, 4, 5, 6, 8, 10}, Np.outer(Np.array(1L, 2), Np.array(3L, 4, 5)).toLongArray());
        assertEquals(14.0, Np.vdot(Np.arange(0.0, 4.0, 1.0).reshape(2, 2), Np.arange(0.0, 4.0, 1.0)).itemDouble());
        assertEquals(12L, Np.trace(Np.arange(9).reshape(3, 3)).itemLong());
        assertArrayEquals(new long[] {1, 6, 11}, Np.arange(12).reshape(3, 4).diagonal(1, 0, 1).toLongArray());
        assertArrayEquals(new long[] {4, 9}, Np.arange(12).reshape(3, 4).diagonal(-1, 0, 1).toLongArray());
        assertArrayEquals(new long[] {2, 1}, Np.arange(24).reshape(2, 3, 4).diagonal(3, 1, 2).shape());
        assertArrayEquals(new long[] {2, 0}, Np.arange(24).reshape(2, 3, 4).diagonal(4, 1, 2).shape(), "past the end: empty");
        assertEquals(8.0, Np.dot(Np.array(1.0, 2), Np.array(2.0, 3)).itemDouble());
    }

    @Test
    void badInputGetsNumPysMessages() {
        assertEquals("Singular matrix", assertThrows(LinAlgException.class, () -> Np.linalg.inv(Np.array(new double[][] {{1, 2}, {2, 4}}))).getMessage());
        assertEquals("Last 2 dimensions of the array must be square", assertThrows(LinAlgException.class, () -> Np.linalg.inv(Np.ones(2, 3))).getMessage());
        assertEquals("1-dimensional array given. Array must be at least two-dimensional",
                assertThrows(LinAlgException.class, () -> Np.linalg.det(Np.ones(3))).getMessage());
        assertEquals("Matrix is not positive definite",
                assertThrows(LinAlgException.class, () -> Np.linalg.cholesky(Np.array(new double[][] {{1, 2}, {2, 1}}))).getMessage());
        assertEquals("solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m)->(m) (size 2 is different from 3)",
                assertThrows(IllegalArgumentException.class, () -> Np.linalg.solve(Np.eye(3), Np.ones(2))).getMessage());
        assertEquals("shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)",
                assertThrows(IllegalArgumentException.class, () -> Np.dot(Np.ones(2, 3), Np.ones(2, 3))).getMessage());
        assertEquals(0.0, Np.linalg.det(Np.array(new double[][] {{1, 2}, {2, 4}})).itemDouble(), "a singular matrix's det is 0");
    }
}
