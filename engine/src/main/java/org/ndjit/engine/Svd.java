package org.ndjit.engine;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The singular value decomposition A = U diag(s) V^T of one float64 m x n matrix (row-major), by
 * one-sided Jacobi (Hestenes) after a pivoted QR ({@link PivotedQr}, A P = Q R): plane rotations
 * applied to pairs of columns of R^T until every pair is orthogonal to working precision; the column
 * norms are then the singular values, the normalised columns (permuted back) V's, and Q times the
 * accumulated rotations U. Chosen over bidiagonalisation + implicit QR because it is short and
 * accurate (small singular values get small relative error, Demmel and Veselic 1992). It costs the
 * QR's O(m n^2) and a few sweeps of O(n^3), in plain loops: fine for the small matrices of NumPy's
 * {@code np.linalg} calls, far slower than LAPACK's blocked code on large ones. A wide matrix ({@code m < n})
 * is done as its transpose. Inputs must be finite (the caller checks).
 */
public final class Svd {
    private Svd() {}

    private static final double EPS = Math.ulp(1.0);
    private static final int MAX_SWEEPS = 100;

    /**
     * U (m x uColumns), s (min(m, n), descending) and V^T (vtRows x n), row-major; {@code u} and
     * {@code vt} are null when only the values were asked for. With full matrices uColumns = m and
     * vtRows = n, else both are min(m, n).
     */
    public record Factors(double[] u, int uColumns, double[] s, double[] vt, int vtRows) {}

    public static Factors of(double[] a, int m, int n, boolean fullMatrices, boolean vectors) {
        if (m < n) {
            Factors t = of(transpose(a, m, n), n, m, fullMatrices, vectors);
            if (!vectors) return t;
            return new Factors(transpose(t.vt(), t.vtRows(), m), t.vtRows(), t.s(), transpose(t.u(), n, t.uColumns()), t.uColumns());
        }
        // Scaled by a power of two (exact) so that the largest magnitude is near 1: the column dot
        // products then neither overflow nor underflow for any finite input.
        double largest = 0;
        for (double x : a) largest = Math.max(largest, Math.abs(x));
        int exponent = largest == 0 ? 0 : Math.getExponent(largest);
        double[][] columns = new double[n][m];
        for (int j = 0; j < n; j++) for (int i = 0; i < m; i++) columns[j][i] = Math.scalb(a[i * n + j], -exponent);
        PivotedQr qr = new PivotedQr(columns, m);
        // X = R^T, so X V = W (orthogonal columns) gives R = V W^T and A P = Q V diag(|w|) (W/|w|)^T.
        double[][] x = new double[n][n], v = vectors ? new double[n][n] : null;
        for (int j = 0; j < n; j++) {
            for (int i = j; i < n; i++) x[j][i] = qr.r(j, i);
            if (vectors) v[j][j] = 1;
        }
        orthogonalizeColumns(x, v);
        double[] norms = new double[n];
        for (int j = 0; j < n; j++) norms[j] = Math.sqrt(dot(x[j], x[j]));
        Integer[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(j -> -norms[j])).toArray(Integer[]::new);
        double[] s = new double[n];
        for (int j = 0; j < n; j++) s[j] = Math.scalb(norms[order[j]], exponent);
        if (!vectors) return new Factors(null, 0, s, null, 0);
        double[][] right = new double[n][];
        for (int j = 0; j < n; j++) {
            double norm = norms[order[j]];
            if (norm > 0) {
                right[j] = x[order[j]];
                for (int i = 0; i < n; i++) right[j][i] /= norm;
            }
        }
        complete(right, n);
        double[] vt = new double[n * n];
        for (int j = 0; j < n; j++) for (int k = 0; k < n; k++) vt[j * n + qr.perm[k]] = right[j][k];
        int uc = fullMatrices ? m : n;
        double[] u = new double[m * uc];
        for (int j = 0; j < uc; j++) {
            double[] y = new double[m];
            if (j < n) System.arraycopy(v[order[j]], 0, y, 0, n);
            else y[j] = 1;
            qr.applyQ(y);
            for (int i = 0; i < m; i++) u[i * uc + j] = y[i];
        }
        return new Factors(u, uc, s, vt, n);
    }

    /**
     * Rotates pairs of columns of w (and the same pairs of v, which accumulates the rotations) until
     * each pair's inner product is below eps times the product of their norms (v may be null: values
     * only). With the QR first this takes a handful of sweeps; an ArithmeticException after
     * MAX_SWEEPS is the safety net NumPy's "SVD did not converge" stands for.
     */
    private static void orthogonalizeColumns(double[][] w, double[][] v) {
        int n = w.length;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean rotated = false;
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    double alpha = 0, beta = 0, gamma = 0;
                    double[] x = w[p], y = w[q];
                    for (int i = 0; i < x.length; i++) { // one pass for the three sums
                        alpha += x[i] * x[i];
                        beta += y[i] * y[i];
                        gamma += x[i] * y[i];
                    }
                    if (Math.abs(gamma) <= EPS * Math.sqrt(alpha) * Math.sqrt(beta)) continue;
                    rotated = true;
                    // The rotation that zeroes the pair's inner product, its tangent the smaller root (|angle| <= pi/4).
                    double zeta = (beta - alpha) / (2 * gamma);
                    double t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.hypot(1, zeta));
                    double c = 1 / Math.sqrt(1 + t * t), sn = c * t;
                    rotate(w[p], w[q], c, sn);
                    if (v != null) rotate(v[p], v[q], c, sn);
                }
            }
            if (!rotated) return;
        }
        throw new ArithmeticException("SVD did not converge");
    }

    private static void rotate(double[] x, double[] y, double c, double s) {
        for (int i = 0; i < x.length; i++) {
            double a = x[i], b = y[i];
            x[i] = c * a - s * b;
            y[i] = s * a + c * b;
        }
    }

    /**
     * Fills the null columns (the right singular vectors of zero singular values) with unit vectors
     * orthogonal to the others: each the standard basis vector e_i least covered by the columns so
     * far (the smallest sum over them of c_i^2, so the most of it is left) with the columns projected
     * out twice, for accuracy, and normalised.
     */
    private static void complete(double[][] columns, int m) {
        double[] covered = new double[m];
        for (double[] c : columns) if (c != null) for (int i = 0; i < m; i++) covered[i] += c[i] * c[i];
        for (int j = 0; j < columns.length; j++) {
            if (columns[j] != null) continue;
            int e = 0;
            for (int i = 1; i < m; i++) if (covered[i] < covered[e]) e = i;
            double[] x = new double[m];
            x[e] = 1;
            for (int pass = 0; pass < 2; pass++) {
                for (double[] c : columns) {
                    if (c == null) continue;
                    double d = dot(c, x);
                    for (int i = 0; i < m; i++) x[i] -= d * c[i];
                }
            }
            double norm = Math.sqrt(dot(x, x));
            for (int i = 0; i < m; i++) {
                x[i] /= norm;
                covered[i] += x[i] * x[i];
            }
            columns[j] = x;
        }
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) s += x[i] * y[i];
        return s;
    }

    /** The r x c row-major matrix x as c x r. */
    private static double[] transpose(double[] x, int r, int c) {
        double[] t = new double[x.length];
        for (int i = 0; i < r; i++) for (int j = 0; j < c; j++) t[j * r + i] = x[i * c + j];
        return t;
    }
}
