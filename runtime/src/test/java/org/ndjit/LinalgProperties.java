package org.ndjit;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ndjit.ir.ReferenceEvaluator;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ndjit.IndexTestSupport.assertSame;

/**
 * Differential properties of issue 16's linear algebra (NumPy's values: {@link LinalgFixturesTest}).
 *
 * <p>The products and norms are lazy graphs: dot, vdot, inner, outer, tensordot (both forms), trace,
 * diagonal and the summed norms, compiled, must equal the eager reference of their graph bit for
 * bit. Operands hold small integers in every dtype (and come through transposed and reversed
 * views), so each sum is exact whatever order the kernels add in (float16's too: every sum here is
 * below 2048 in magnitude; the integer dtypes' products wrap as NumPy's do, in both).
 *
 * <p>inv, solve, det, slogdet and cholesky factor when called, so their property is what the exact
 * answer satisfies, on A = Q1 diag(s) Q2^T with orthogonal Q1, Q2 and s graded from 1 to 10^-d
 * (condition number kappa = 10^d, d up to 10), n up to 8, stacks of one or two. With eps float64's
 * epsilon and c = 8 (LU's backward error 3 n rho eps with pivot growth rho below 2 on these
 * matrices, plus the rounding of b = A x and of the check's own products):
 * <ul>
 * <li>solve(A, A x) is within {@code c n kappa eps |x|} of x (normwise forward error of a backward-stable solve);
 * <li>inv(A) A is within {@code c n kappa eps} of I (max element);
 * <li>|det A| is within {@code c n^2 eps s_1 (s_1 ... s_{n-1})} of s_1 ... s_n (see LinalgFixturesTest);
 *     slogdet's sign times exp(logabsdet) is det, and logabsdet is within {@code c n^2 kappa eps} of sum(log s);
 * <li>for d up to 6 (A A^T has condition kappa^2, and Cholesky succeeds only while kappa^2 n eps < 1):
 *     cholesky(A A^T) is lower triangular with a positive diagonal and L L^T is within
 *     {@code c n eps |A A^T|_max} of A A^T (Cholesky's backward error, independent of kappa);
 * <li>a matrix with a negative eigenvalue raises "Matrix is not positive definite", and a matrix with
 *     a zero column "Singular matrix", as NumPy.
 * </ul>
 */
class LinalgProperties {
    private static final double EPS = Math.ulp(1.0);
    private static final DType[] DTYPES = DType.values();

    @Property(tries = 120)
    void productsAndNormsMatchTheReference(@ForAll @IntRange(min = 0, max = 1 << 20) int seed,
                                           @ForAll @IntRange(min = 0, max = 2) int view,
                                           @ForAll @IntRange(min = 0, max = 9) int function) {
        java.util.Random r = new java.util.Random(seed);
        DType dtype = DTYPES[r.nextInt(DTYPES.length)];
        int m = r.nextInt(5), k = r.nextInt(5), n = 1 + r.nextInt(4), batch = 1 + r.nextInt(3);
        NDArray a3 = operand(r, dtype, view, batch, m, k), b2 = operand(r, dtype, view, k, n), v = operand(r, dtype, view, k);
        List<NDArray> results = new ArrayList<>();
        switch (function) {
            case 0 -> {
                results.add(Np.dot(a3.get(0), b2));
                results.add(Np.dot(a3, b2));
                results.add(Np.dot(a3, v));
                results.add(Np.dot(v, v));
            }
            case 1 -> results.add(Np.dot(a3, operand(r, dtype, view, 2, k, n)));
            case 2 -> {
                results.add(Np.vdot(a3, a3));
                results.add(Np.inner(a3, v));
                results.add(Np.inner(a3, b2.T()));
            }
            case 3 -> {
                results.add(Np.outer(v, a3));
                results.add(Np.outer(v, v).add(Np.outer(v, v).T()));
            }
            case 4 -> {
                results.add(Np.tensordot(a3, b2, 1));
                results.add(Np.tensordot(a3, a3, 3));
                results.add(Np.tensordot(b2, v, 0));
            }
            case 5 -> results.add(Np.tensordot(a3, operand(r, dtype, view, k, batch), new int[] {0, -1}, new int[] {1, 0}));
            case 6 -> {
                long offset = r.nextInt(7) - 3;
                results.add(Np.trace(a3, offset, 1, 2));
                results.add(Np.trace(a3, offset, 2, 0));
                results.add(Np.diagonal(a3, offset, 0, 2).mul(2));
            }
            case 7 -> {
                for (double ord : new double[] {0, 1, 2, 3, -1, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                    if (k > 0 || !Double.isInfinite(ord)) results.add(Np.linalg.norm(v, ord)); // NumPy: no maximum of nothing either
                }
            }
            case 8 -> {
                NDArray matrix = a3.get(0);
                for (double ord : new double[] {1, -1, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                    if (matrix.size() > 0) results.add(Np.linalg.norm(matrix, ord));
                }
                results.add(Np.linalg.norm(matrix, "fro"));
                results.add(Np.linalg.norm(a3));
            }
            default -> {
                for (double ord : new double[] {0, 1, 2, Double.POSITIVE_INFINITY}) {
                    if (a3.shape()[2] > 0 || ord != Double.POSITIVE_INFINITY) results.add(Np.linalg.norm(a3, ord, 2));
                }
            }
        }
        for (NDArray result : results) assertSame(ReferenceEvaluator.evaluate(result.node()), result);
    }

    /** Small integers (unsigned: 0..5) of the dtype, read directly, through a reversed view or computed. */
    private static NDArray operand(java.util.Random r, DType dtype, int view, long... shape) {
        int size = (int) org.ndjit.ir.Shapes.size(shape);
        long[] values = new long[size];
        for (int i = 0; i < size; i++) values[i] = dtype.isUnsigned() ? r.nextInt(6) : r.nextInt(11) - 5;
        NDArray x = Np.array(values).astype(dtype).reshape(shape).eval();
        return switch (view) {
            case 0 -> x;
            case 1 -> shape.length == 0 ? x : x.slice(shape.length - 1, null, null, -1);
            default -> dtype.isBool() ? x.not().not() : x.add(x).sub(x); // NumPy has no bool subtraction
        };
    }

    /** The case a CI run failed under the bound of twice c n kappa eps (see below). */
    @Example
    void anInverseAtKappaTenToTheTenAsCiMetIt() {
        factorisationsSatisfyTheirDefinitions(100285, 10);
    }

    @Property(tries = 80)
    void factorisationsSatisfyTheirDefinitions(@ForAll long seed, @ForAll @IntRange(min = 0, max = 10) int decades) {
        java.util.Random r = new java.util.Random(seed);
        int n = 1 + r.nextInt(8), stack = 1 + r.nextInt(2);
        double kappa = Math.pow(10, decades);
        NDArray a = graded(seed, stack, n, decades);
        double c = 8;

        NDArray x = Np.random(seed + 2).randn(stack, n, 2);
        NDArray solved = Np.linalg.solve(a, a.matmul(x));
        assertArrayEquals(new long[] {stack, n, 2}, solved.shape());
        double error = solved.sub(x).abs().max().itemDouble(), xNorm = x.abs().max().itemDouble() * Math.sqrt(2 * n);
        assertTrue(error <= c * n * kappa * EPS * xNorm, "solve: " + error + " > " + c * n * kappa * EPS * xNorm + " at kappa " + kappa);

        // Eight times the bound: inv(A) A - I carries the inverse's error (c n kappa eps, as solve's) and the product's
        // rounding magnified by kappa again, with a heavy tail: over 20,000 such random matrices NumPy's own (LAPACK) inv
        // exceeded 2 c n kappa eps 3 times, by up to 5.5x. CI met 2.03e-4 against 2 c n kappa eps = 1.78e-4 (seed 100285,
        // n = 5, kappa = 1e10; NumPy's inv leaves 1.27e-4 on the same matrix): pinned below.
        NDArray identity = Np.linalg.inv(a).matmul(a).sub(Np.eye(n)).abs().max();
        assertTrue(identity.itemDouble() <= 8 * c * n * kappa * EPS, "inv(A) A - I: " + identity.itemDouble() + " at kappa " + kappa);

        double[] det = Np.linalg.det(a).toDoubleArray(), s = Np.linalg.svdvals(a).toDoubleArray();
        Linalg.SignAndLogDet sl = Np.linalg.slogdet(a);
        double[] sign = sl.sign().toDoubleArray(), log = sl.logabsdet().toDoubleArray();
        for (int m = 0; m < stack; m++) {
            double product = 1, adjugate = 1, logs = 0;
            for (int i = 0; i < n; i++) {
                product *= s[m * n + i];
                logs += Math.log(s[m * n + i]);
                if (i < n - 1) adjugate *= s[m * n + i];
            }
            double tol = c * n * n * EPS * s[m * n] * adjugate;
            assertEquals(product, Math.abs(det[m]), tol, "|det| against the product of the singular values");
            assertEquals(det[m], sign[m] * Math.exp(log[m]), 4 * n * EPS * Math.abs(det[m]), "slogdet against det");
            assertEquals(logs, log[m], c * n * n * kappa * EPS, "logabsdet against sum(log s)");
        }

        NDArray zeroColumn = a.mul(Np.arange(n).gt(0).astype(DType.FLOAT64));
        assertEquals("Singular matrix", assertThrows(LinAlgException.class, () -> Np.linalg.inv(zeroColumn)).getMessage());
        assertEquals("Singular matrix", assertThrows(LinAlgException.class, () -> Np.linalg.solve(zeroColumn, x)).getMessage());
        assertTrue(Np.linalg.det(zeroColumn).abs().max().itemDouble() == 0, "a zero column: det exactly 0");

        if (decades > 6) return; // Cholesky of A A^T (condition kappa^2) succeeds only while kappa^2 n eps < 1
        NDArray spd = a.matmul(a.swapaxes(-1, -2));
        NDArray l = Np.linalg.cholesky(spd);
        NDArray above = Np.arange(n).expandDims(1).lt(Np.arange(n)).astype(DType.FLOAT64);
        assertEquals(0.0, l.mul(above).abs().max().itemDouble(), "cholesky is lower triangular");
        assertTrue(Np.diagonal(l, 0, 1, 2).min().itemDouble() > 0, "with a positive diagonal");
        double rebuilt = l.matmul(l.swapaxes(-1, -2)).sub(spd).abs().max().itemDouble(), bound = c * n * EPS * spd.abs().max().itemDouble();
        assertTrue(rebuilt <= bound, "L L^T - A: " + rebuilt + " > " + bound);

        NDArray indefinite = spd.sub(Np.eye(n).mul(spd.abs().max().itemDouble() * 2));
        assertEquals("Matrix is not positive definite", assertThrows(LinAlgException.class, () -> Np.linalg.cholesky(indefinite)).getMessage());
    }

    /** A stack of Q1 diag(10^(-d i / (n - 1))) Q2^T, Q1 and Q2 orthogonal (from the SVD of random matrices). */
    private static NDArray graded(long seed, int stack, int n, int decades) {
        NDArray q1 = Np.linalg.svd(Np.random(seed).randn(stack, n, n)).u(), q2 = Np.linalg.svd(Np.random(seed + 1).randn(stack, n, n)).u();
        double[] s = new double[n];
        for (int i = 0; i < n; i++) s[i] = Math.pow(10, -decades * (n == 1 ? 0.0 : (double) i / (n - 1)));
        return q1.mul(Np.array(s)).matmul(q2.swapaxes(-1, -2)).eval();
    }
}
