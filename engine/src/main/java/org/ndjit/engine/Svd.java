package org.ndjit.engine;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The singular value decomposition A = U diag(s) V^T of one float64 m x n matrix (row-major), by
 * one-sided Jacobi (Hestenes): plane rotations applied to pairs of A's columns until every pair is
 * orthogonal to working precision; the column norms are then the singular values and the columns,
 * normalised, U's. Chosen over bidiagonalisation + QR because it is short and accurate (small
 * singular values get small relative error, Demmel and Veselic 1992); it costs a few sweeps of
 * O(n^2 m) each, which suits the small matrices of NumPy's {@code np.linalg} calls. A wide matrix
 * (m < n) is done as its transpose. Inputs must be finite (the caller checks).
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
        double[][] w = new double[n][m], v = new double[n][n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) w[j][i] = a[i * n + j];
            v[j][j] = 1;
        }
        orthogonalizeColumns(w, v);
        double[] norms = new double[n];
        for (int j = 0; j < n; j++) norms[j] = Math.sqrt(dot(w[j], w[j]));
        Integer[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(j -> -norms[j])).toArray(Integer[]::new);
        double[] s = new double[n];
        for (int j = 0; j < n; j++) s[j] = norms[order[j]];
        if (!vectors) return new Factors(null, 0, s, null, 0);
        double[][] uColumns = new double[fullMatrices ? m : n][];
        for (int j = 0; j < n; j++) {
            if (s[j] > 0) {
                double[] c = w[order[j]];
                for (int i = 0; i < m; i++) c[i] /= s[j];
                uColumns[j] = c;
            }
        }
        complete(uColumns, m);
        double[] u = new double[m * uColumns.length];
        for (int j = 0; j < uColumns.length; j++) for (int i = 0; i < m; i++) u[i * uColumns.length + j] = uColumns[j][i];
        double[] vt = new double[n * n];
        for (int j = 0; j < n; j++) System.arraycopy(v[order[j]], 0, vt, j * n, n);
        return new Factors(u, uColumns.length, s, vt, n);
    }

    /**
     * Rotates pairs of columns of w (and the same pairs of v, which accumulates the rotations) until
     * each pair's inner product is below eps times the product of their norms.
     */
    private static void orthogonalizeColumns(double[][] w, double[][] v) {
        int n = w.length;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean rotated = false;
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    double alpha = dot(w[p], w[p]), beta = dot(w[q], w[q]), gamma = dot(w[p], w[q]);
                    if (Math.abs(gamma) <= EPS * Math.sqrt(alpha) * Math.sqrt(beta)) continue;
                    rotated = true;
                    // The rotation that zeroes the pair's inner product, its tangent the smaller root (|angle| <= pi/4).
                    double zeta = (beta - alpha) / (2 * gamma);
                    double t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.hypot(1, zeta));
                    double c = 1 / Math.sqrt(1 + t * t), sn = c * t;
                    rotate(w[p], w[q], c, sn);
                    rotate(v[p], v[q], c, sn);
                }
            }
            if (!rotated) return;
        }
    }

    private static void rotate(double[] x, double[] y, double c, double s) {
        for (int i = 0; i < x.length; i++) {
            double a = x[i], b = y[i];
            x[i] = c * a - s * b;
            y[i] = s * a + c * b;
        }
    }

    /**
     * Fills the null columns with unit vectors orthogonal to the others: for each, the standard basis
     * vector with the largest part left after projecting out the columns so far (twice, for accuracy),
     * normalised. Zero singular values and the extra columns of a full U come from here.
     */
    private static void complete(double[][] columns, int m) {
        for (int j = 0; j < columns.length; j++) {
            if (columns[j] != null) continue;
            double[] best = null;
            double bestNorm = -1;
            for (int e = 0; e < m; e++) {
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
                if (norm > bestNorm) {
                    bestNorm = norm;
                    best = x;
                }
            }
            for (int i = 0; i < m; i++) best[i] /= bestNorm;
            columns[j] = best;
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
