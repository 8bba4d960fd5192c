package org.ndjit;

import org.ndjit.engine.DenseLinalg;
import org.ndjit.ir.Shapes;

import java.util.Arrays;

/**
 * NumPy's {@code np.linalg}, as {@code Np.linalg}: {@link #inv}, {@link #solve}, {@link #det},
 * {@link #slogdet}, {@link #cholesky}, {@link #norm}, and from singular values ({@link SingularValues})
 * {@link #svd}, {@link #svdvals}, {@link #lstsq}, {@link #pinv} and {@link #matrixRank}. Matrices are
 * the last two axes; leading axes are a stack, each matrix done on its own. The factorisations (LU with partial pivoting,
 * Cholesky) run in float64 when called, as NumPy's LAPACK calls do; float32 inputs give float32
 * results rounded from the float64 ones (LAPACK's sgetrf would compute in float32: these are at least
 * as accurate), integers give float64. {@code norm} is built from the lazy ops and fuses.
 *
 * <pre>{@code
 * NDArray a = Np.array(new double[][] {{3, 1}, {1, 2}}), b = Np.array(9.0, 8.0);
 * Np.linalg.solve(a, b);      // [2. 3.]
 * Np.linalg.det(a);           // 5.000000000000001
 * Np.linalg.norm(b);          // 12.041594578792296
 * }</pre>
 */
public final class Linalg {
    Linalg() {}

    /**
     * What {@link #slogdet} returns: the sign (1, -1, or 0 for a singular matrix) and log|det|.
     *
     * @param sign      the determinant's sign: 1, -1, or 0 for a singular matrix (one per matrix of a stack)
     * @param logabsdet the natural log of the determinant's magnitude ({@code -inf} for a singular matrix)
     */
    public record SignAndLogDet(NDArray sign, NDArray logabsdet) {}

    /**
     * What {@link #svd} returns, NumPy's SVDResult: a = u @ (s[..., None] * vh), s descending.
     *
     * @param u  the left singular vectors as columns (null when not computed)
     * @param s  the singular values, descending
     * @param vh the right singular vectors as rows (null when not computed)
     */
    public record SVDResult(NDArray u, NDArray s, NDArray vh) {}

    /**
     * What {@link #lstsq} returns, NumPy's 4-tuple: the minimum-norm least-squares solution, the
     * squared residual norms per column of b (empty unless rank == n and m > n), a's rank and its
     * singular values.
     *
     * @param solution       x, (n,) or (n, k) as b
     * @param residuals      the squared residual norms, one per column of b; empty unless rank == n and m > n
     * @param rank           a's effective rank
     * @param singularValues a's singular values, descending
     */
    public record LstsqResult(NDArray solution, NDArray residuals, long rank, NDArray singularValues) {}

    /** NumPy's {@code np.linalg.svd(a)} (full_matrices=True): u (..., m, m), s (..., k), vh (..., n, n), k = min(m, n). */
    public SVDResult svd(NDArray a) { return SingularValues.svd(a, true, true); }

    /** NumPy's {@code np.linalg.svd(a, full_matrices)}: with false, the reduced u (..., m, k) and vh (..., k, n). */
    public SVDResult svd(NDArray a, boolean fullMatrices) { return SingularValues.svd(a, fullMatrices, true); }

    /** NumPy's {@code np.linalg.svd(a, full_matrices, compute_uv)}: with computeUV false only {@code s()} is set (u and vh are null), as {@link #svdvals}. */
    public SVDResult svd(NDArray a, boolean fullMatrices, boolean computeUV) { return SingularValues.svd(a, fullMatrices, computeUV); }

    /** NumPy's {@code np.linalg.svdvals(a)} ({@code svd(a, compute_uv=False)}): the singular values, descending. */
    public NDArray svdvals(NDArray a) { return SingularValues.svdvals(a); }

    /**
     * NumPy's {@code np.linalg.lstsq(a, b)} with NumPy 2's default rcond (eps * max(m, n)): x minimising
     * |b - a x| (the one of least norm when a is rank-deficient), for one matrix a (m, n) and b (m,) or (m, k).
     * {@code Np.linalg.lstsq(Np.array(new double[][] {{1, 0}, {0, 1}, {1, 1}}), Np.array(1.0, 2, 4)).solution()} is [1.333 2.333].
     */
    public LstsqResult lstsq(NDArray a, NDArray b) { return SingularValues.lstsq(a, b, null); }

    /** NumPy's {@code np.linalg.lstsq(a, b, rcond)}: singular values at most rcond times the largest count as zero (negative: machine epsilon; null: the default). */
    public LstsqResult lstsq(NDArray a, NDArray b, Double rcond) { return SingularValues.lstsq(a, b, rcond); }

    /** NumPy's {@code np.linalg.pinv(a)}: the pseudo-inverse (..., n, m), singular values at most 1e-15 times the largest dropped. */
    public NDArray pinv(NDArray a) { return SingularValues.pinv(a, 1e-15); }

    /** NumPy's {@code np.linalg.pinv(a, rcond)}. */
    public NDArray pinv(NDArray a, double rcond) { return SingularValues.pinv(a, rcond); }

    /** NumPy's {@code np.linalg.matrix_rank(a)}: singular values above max(m, n) * eps * the largest, per matrix (int64). */
    public NDArray matrixRank(NDArray a) { return SingularValues.matrixRank(a, null); }

    /** NumPy's {@code np.linalg.matrix_rank(a, tol)}: singular values above tol. */
    public NDArray matrixRank(NDArray a, double tol) { return SingularValues.matrixRank(a, tol); }

    /** NumPy's {@code np.linalg.inv(a)}: throws {@link LinAlgException} "Singular matrix" for an exactly singular one. */
    public NDArray inv(NDArray a) {
        Stack s = Stack.of(a);
        double[] out = new double[s.values.length];
        for (int m = 0; m < s.count; m++) {
            DenseLinalg.Lu f = DenseLinalg.lu(s.matrix(m), s.n);
            if (f.singular()) throw new LinAlgException("Singular matrix");
            System.arraycopy(DenseLinalg.inverse(f), 0, out, m * s.n * s.n, s.n * s.n);
        }
        return s.result(out, a.shape());
    }

    /**
     * NumPy's {@code np.linalg.solve(a, b)}: x with a @ x = b. b is a vector (n,) or a stack of n x k
     * right-hand sides (the same stack as a's, or one (n, k) for every matrix).
     */
    public NDArray solve(NDArray a, NDArray b) {
        Stack s = Stack.of(a);
        long[] bs = b.shape();
        boolean vector = bs.length == 1;
        if (vector && bs[0] != s.n) {
            throw new IllegalArgumentException("solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m)->(m) (size "
                    + bs[0] + " is different from " + s.n + ")");
        }
        if (!vector && (bs.length < 2 || bs[bs.length - 2] != s.n)) {
            throw new IllegalArgumentException("solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m,n)->(m,n) (size "
                    + (bs.length < 2 ? 0 : bs[bs.length - 2]) + " is different from " + s.n + ")");
        }
        int k = vector ? 1 : Math.toIntExact(bs[bs.length - 1]);
        double[] rhs = b.astype(DType.FLOAT64).toDoubleArray();
        int perMatrix = s.n * k;
        boolean shared = vector || bs.length == 2;
        if (!shared && rhs.length != (long) s.count * perMatrix) {
            throw new IllegalArgumentException("solve: the stacks of a " + Arrays.toString(a.shape()) + " and b " + Arrays.toString(bs) + " do not match");
        }
        double[] out = new double[s.count * perMatrix];
        for (int m = 0; m < s.count; m++) {
            DenseLinalg.Lu f = DenseLinalg.lu(s.matrix(m), s.n);
            if (f.singular()) throw new LinAlgException("Singular matrix");
            double[] x = DenseLinalg.solve(f, shared ? rhs : Arrays.copyOfRange(rhs, m * perMatrix, (m + 1) * perMatrix), k);
            System.arraycopy(x, 0, out, m * perMatrix, perMatrix);
        }
        long[] shape;
        if (vector) {
            shape = Arrays.copyOf(a.shape(), a.ndim() - 1);
        } else if (shared) {
            shape = Arrays.copyOf(a.shape(), a.ndim());
            shape[shape.length - 1] = k;
        } else {
            shape = bs;
        }
        return s.result(out, shape);
    }

    /** NumPy's {@code np.linalg.det(a)}: one value per matrix (0 for a singular one). */
    public NDArray det(NDArray a) {
        Stack s = Stack.of(a);
        double[] out = new double[s.count];
        for (int m = 0; m < s.count; m++) out[m] = DenseLinalg.det(DenseLinalg.lu(s.matrix(m), s.n));
        return s.result(out, Arrays.copyOf(a.shape(), a.ndim() - 2));
    }

    /** NumPy's {@code np.linalg.slogdet(a)}: the determinant's sign and the log of its magnitude, without overflow. */
    public SignAndLogDet slogdet(NDArray a) {
        Stack s = Stack.of(a);
        double[] sign = new double[s.count], log = new double[s.count];
        for (int m = 0; m < s.count; m++) {
            double[] r = DenseLinalg.signAndLogDet(DenseLinalg.lu(s.matrix(m), s.n));
            sign[m] = r[0];
            log[m] = r[1];
        }
        long[] shape = Arrays.copyOf(a.shape(), a.ndim() - 2);
        return new SignAndLogDet(s.result(sign, shape), s.result(log, shape));
    }

    /** NumPy's {@code np.linalg.cholesky(a)}: lower-triangular L with a = L @ L.T (a's lower triangle is read). */
    public NDArray cholesky(NDArray a) {
        Stack s = Stack.of(a);
        double[] out = new double[s.values.length];
        for (int m = 0; m < s.count; m++) {
            double[] l = DenseLinalg.cholesky(s.matrix(m), s.n);
            if (l == null) throw new LinAlgException("Matrix is not positive definite");
            System.arraycopy(l, 0, out, m * s.n * s.n, s.n * s.n);
        }
        return s.result(out, a.shape());
    }

    /** NumPy's {@code np.linalg.norm(x)}: the 2-norm of all elements (Frobenius for a matrix), as a lazy expression. */
    public NDArray norm(NDArray x) {
        NDArray f = floats(x).ravel();
        return f.mul(f).sum().sqrt();
    }

    /**
     * NumPy's {@code np.linalg.norm(x, ord)}: for a vector, inf (max |x|), -inf (min |x|), 0 (count of
     * non-zeros), 1, 2 or any p (sum(|x|^p)^(1/p)); for a matrix, 1 / -1 (max / min column sum of |x|)
     * and inf / -inf (max / min row sum), 2 / -2 (largest / smallest singular value, computed when called).
     */
    public NDArray norm(NDArray x, double ord) {
        if (x.ndim() == 1) return norm(x, ord, 0);
        if (x.ndim() != 2) throw new IllegalArgumentException("Improper number of dimensions to norm.");
        NDArray a = floats(x).abs();
        if (ord == 1) return a.sum(0).max();
        if (ord == -1) return a.sum(0).min();
        if (ord == Double.POSITIVE_INFINITY) return a.sum(1).max();
        if (ord == Double.NEGATIVE_INFINITY) return a.sum(1).min();
        if (ord == 2 || ord == -2) return SingularValues.matrixNorm(x, ord == 2 ? "2" : "-2");
        throw new IllegalArgumentException("Invalid norm order for matrices.");
    }

    /** NumPy's {@code np.linalg.norm(x, ord, axis)}: vector norms along one axis. */
    public NDArray norm(NDArray x, double ord, int axis) {
        NDArray a = floats(x).abs();
        if (ord == Double.POSITIVE_INFINITY) return a.max(axis);
        if (ord == Double.NEGATIVE_INFINITY) return a.min(axis);
        if (ord == 0) return a.ne(0.0).astype(a.dtype()).sum(axis);
        if (ord == 1) return a.sum(axis);
        if (ord == 2) return a.mul(a).sum(axis).sqrt();
        return a.pow(ord).sum(axis).pow(1 / ord);
    }

    /** NumPy's {@code np.linalg.norm(x, "fro")} (lazy) or {@code "nuc"} (the sum of the singular values, computed when called). */
    public NDArray norm(NDArray x, String ord) {
        if (x.ndim() == 1) throw new IllegalArgumentException("Invalid norm order '" + ord + "' for vectors");
        if (!ord.equals("fro") && !ord.equals("nuc")) throw new IllegalArgumentException("Invalid norm order for matrices.");
        if (x.ndim() != 2) throw new IllegalArgumentException("Improper number of dimensions to norm.");
        return ord.equals("fro") ? norm(x) : SingularValues.matrixNorm(x, "nuc");
    }

    private static NDArray floats(NDArray x) {
        return x.dtype().isFloat() ? x : x.astype(DType.FLOAT64);
    }

    /** A stack of square matrices read into float64, row-major, one after another. */
    private record Stack(double[] values, int n, int count, DType resultType) {
        static Stack of(NDArray a) {
            long[] shape = a.shape();
            if (shape.length < 2) {
                throw new LinAlgException(shape.length + "-dimensional array given. Array must be at least two-dimensional");
            }
            if (shape[shape.length - 1] != shape[shape.length - 2]) throw new LinAlgException("Last 2 dimensions of the array must be square");
            int n = Math.toIntExact(shape[shape.length - 1]);
            double[] values = a.astype(DType.FLOAT64).toDoubleArray();
            int count = Math.toIntExact(Shapes.size(Arrays.copyOf(shape, shape.length - 2))); // matrices of size 0 still count (det 1)
            return new Stack(values, n, count, a.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64);
        }

        double[] matrix(int m) {
            return Arrays.copyOfRange(values, m * n * n, (m + 1) * n * n);
        }

        NDArray result(double[] out, long[] shape) {
            NDArray r = Np.array(out).reshape(shape);
            return resultType == DType.FLOAT32 ? r.astype(DType.FLOAT32) : r;
        }
    }
}
