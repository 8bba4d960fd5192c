package org.ndjit;

import org.ndjit.engine.Svd;

import java.util.Arrays;

/**
 * What {@code Np.linalg} computes from singular values ({@link Svd}, float64, when called): svd,
 * svdvals, lstsq, pinv, matrixRank and the matrix 2-norms and nuclear norm. Stacks of matrices are
 * done one matrix at a time (lstsq takes one matrix, as NumPy's); float32 inputs give float32
 * results rounded from float64, integers float64, as the rest of {@link Linalg}.
 */
final class SingularValues {
    private SingularValues() {}

    static Linalg.SVDResult svd(NDArray a, boolean fullMatrices, boolean computeUV) {
        if (!computeUV) return new Linalg.SVDResult(null, svdvals(a), null);
        Matrices x = Matrices.of(a, "SVD did not converge");
        int k = Math.min(x.m, x.n), uc = fullMatrices ? x.m : k, vr = fullMatrices ? x.n : k;
        double[] u = new double[x.count * x.m * uc], s = new double[x.count * k], vt = new double[x.count * vr * x.n];
        for (int i = 0; i < x.count; i++) {
            Svd.Factors f = decompose(x.matrix(i), x.m, x.n, fullMatrices, true, "SVD did not converge");
            System.arraycopy(f.u(), 0, u, i * x.m * uc, x.m * uc);
            System.arraycopy(f.s(), 0, s, i * k, k);
            System.arraycopy(f.vt(), 0, vt, i * vr * x.n, vr * x.n);
        }
        return new Linalg.SVDResult(x.result(u, x.m, uc), x.result(s, k), x.result(vt, vr, x.n));
    }

    static NDArray svdvals(NDArray a) {
        Matrices x = Matrices.of(a, "SVD did not converge");
        return x.result(values(x), Math.min(x.m, x.n));
    }

    /** Every matrix's singular values, descending, one matrix after another. */
    private static double[] values(Matrices x) {
        int k = Math.min(x.m, x.n);
        double[] s = new double[x.count * k];
        for (int i = 0; i < x.count; i++) System.arraycopy(decompose(x.matrix(i), x.m, x.n, false, false, "SVD did not converge").s(), 0, s, i * k, k);
        return s;
    }

    /**
     * NumPy's lstsq through the SVD, as LAPACK's gelsd: singular values at most rcond times the
     * largest count as zero; x = V diag(1/s) U^T b over the others (the minimum-norm solution).
     */
    static Linalg.LstsqResult lstsq(NDArray a, NDArray b, Double rcond) {
        boolean vector = b.ndim() == 1;
        NDArray b2 = vector ? b.expandDims(1) : b;
        for (NDArray o : new NDArray[] {a, b2}) {
            if (o.ndim() != 2) throw new LinAlgException(o.ndim() + "-dimensional array given. Array must be two-dimensional");
        }
        if (a.shape()[0] != b2.shape()[0]) throw new LinAlgException("Incompatible dimensions");
        DType type = a.dtype() == DType.FLOAT32 && b.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        Matrices x = Matrices.of(a, "SVD did not converge in Linear Least Squares");
        Matrices rhs = Matrices.of(b2, "SVD did not converge in Linear Least Squares");
        int m = x.m, n = x.n, k = rhs.n, r = Math.min(m, n);
        double cut = (rcond == null ? epsilon(type) * Math.max(m, n) : rcond < 0 ? epsilon(type) : rcond);
        Svd.Factors f = decompose(x.values, m, n, false, true, "SVD did not converge in Linear Least Squares");
        int rank = 0;
        while (rank < r && f.s()[rank] > cut * f.s()[0]) rank++;
        double[] solution = new double[n * k];
        for (int j = 0; j < rank; j++) {
            for (int c = 0; c < k; c++) {
                double d = 0;
                for (int i = 0; i < m; i++) d += f.u()[i * r + j] * rhs.values[i * k + c];
                d /= f.s()[j];
                for (int i = 0; i < n; i++) solution[i * k + c] += f.vt()[j * n + i] * d;
            }
        }
        NDArray residuals;
        if (rank == n && m > n) {
            double[] sums = new double[k];
            for (int i = 0; i < m; i++) {
                for (int c = 0; c < k; c++) {
                    double e = -rhs.values[i * k + c];
                    for (int j = 0; j < n; j++) e += x.values[i * n + j] * solution[j * k + c];
                    sums[c] += e * e;
                }
            }
            residuals = Np.array(sums);
        } else {
            residuals = Np.array(new double[0]);
        }
        NDArray solved = Np.array(solution).reshape(n, k);
        return new Linalg.LstsqResult((vector ? solved.reshape(n) : solved).astype(type), residuals.astype(type), rank,
                Np.array(f.s()).astype(type));
    }

    /** NumPy's pinv: V diag(1/s) U^T, singular values at most rcond times the largest dropped. */
    static NDArray pinv(NDArray a, double rcond) {
        Matrices x = Matrices.of(a, null);
        long[] shape = a.shape().clone();
        shape[shape.length - 2] = x.n;
        shape[shape.length - 1] = x.m;
        if (x.m == 0 || x.n == 0) return Np.zeros(x.resultType, shape);
        double[] out = new double[x.values.length];
        int k = Math.min(x.m, x.n);
        for (int i = 0; i < x.count; i++) {
            double[] p = new double[x.n * x.m];
            double[] matrix = x.matrix(i);
            if (Arrays.stream(matrix).allMatch(Double::isFinite)) {
                Svd.Factors f = decompose(matrix, x.m, x.n, false, true, "SVD did not converge");
                for (int j = 0; j < k && f.s()[j] > rcond * f.s()[0]; j++) {
                    for (int r = 0; r < x.n; r++) {
                        double v = f.vt()[j * x.n + r] / f.s()[j];
                        for (int c = 0; c < x.m; c++) p[r * x.m + c] += v * f.u()[c * k + j];
                    }
                }
            } else {
                Arrays.fill(p, Double.NaN);
            }
            System.arraycopy(p, 0, out, i * p.length, p.length);
        }
        return x.result(out, x.n, x.m);
    }

    /** NumPy's matrix_rank: singular values above tol (default max(m, n) eps times the largest) counted; a vector has rank 1 unless all zero. */
    static NDArray matrixRank(NDArray a, Double tol) {
        if (a.ndim() < 2) return a.ne(0L).any().astype(DType.INT64);
        Matrices x = Matrices.of(a, "SVD did not converge");
        int k = Math.min(x.m, x.n);
        double[] s = values(x);
        long[] ranks = new long[x.count];
        for (int i = 0; i < x.count; i++) {
            double limit = tol != null ? tol : (k == 0 ? 0 : s[i * k]) * Math.max(x.m, x.n) * epsilon(x.resultType);
            for (int j = 0; j < k; j++) if (s[i * k + j] > limit) ranks[i]++;
        }
        return Np.array(ranks).reshape(Arrays.copyOf(a.shape(), a.ndim() - 2));
    }

    /** The matrix norms from singular values: ord 2 (the largest), -2 (the smallest), nuclear (their sum). */
    static NDArray matrixNorm(NDArray a, String which) {
        Matrices x = Matrices.of(a, "SVD did not converge");
        double[] s = values(x);
        int k = Math.min(x.m, x.n);
        if (k == 0 && which.equals("-2")) throw new IllegalArgumentException("zero-size array to reduction operation minimum which has no identity");
        double v = switch (which) {
            case "2" -> k == 0 ? 0 : s[0];
            case "-2" -> s[k - 1];
            default -> Arrays.stream(s).sum();
        };
        return x.result(new double[] {v});
    }

    /** {@link Svd#of}, its failure to converge as NumPy's LinAlgError text. */
    private static Svd.Factors decompose(double[] a, int m, int n, boolean full, boolean vectors, String failure) {
        try {
            return Svd.of(a, m, n, full, vectors);
        } catch (ArithmeticException e) {
            throw new LinAlgException(failure);
        }
    }

    private static double epsilon(DType type) {
        return type == DType.FLOAT32 ? Math.ulp(1.0f) : Math.ulp(1.0);
    }

    /** A stack of m x n matrices read into float64, row-major, one after another. */
    private record Matrices(double[] values, int m, int n, int count, long[] stack, DType resultType) {
        /** {@code notFinite}: the LinAlgError text for NaN or inf in the input (null: allowed). */
        static Matrices of(NDArray a, String notFinite) {
            long[] shape = a.shape();
            if (shape.length < 2) throw new LinAlgException(shape.length + "-dimensional array given. Array must be at least two-dimensional");
            int m = Math.toIntExact(shape[shape.length - 2]), n = Math.toIntExact(shape[shape.length - 1]);
            double[] values = a.astype(DType.FLOAT64).toDoubleArray();
            if (notFinite != null && !Arrays.stream(values).allMatch(Double::isFinite)) throw new LinAlgException(notFinite);
            long[] stack = Arrays.copyOf(shape, shape.length - 2);
            long count = Arrays.stream(stack).reduce(1, (p, d) -> p * d);
            return new Matrices(values, m, n, Math.toIntExact(count), stack, a.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64);
        }

        double[] matrix(int i) {
            return Arrays.copyOfRange(values, i * m * n, (i + 1) * m * n);
        }

        /** out as an array of the stack's leading shape followed by {@code last}, in the result dtype. */
        NDArray result(double[] out, long... last) {
            long[] shape = Arrays.copyOf(stack, stack.length + last.length);
            System.arraycopy(last, 0, shape, stack.length, last.length);
            NDArray r = Np.array(out).reshape(shape);
            return resultType == DType.FLOAT32 ? r.astype(DType.FLOAT32) : r;
        }
    }
}
