package org.ndjit.engine;

/**
 * Householder QR with column pivoting (Businger and Golub: each step takes the column with the
 * largest remaining norm) of an m x n matrix, m >= n, held as n columns of length m and overwritten:
 * A P = Q R. {@link Svd} runs its Jacobi rotations on R^T instead of A: n x n instead of m x n, and
 * after pivoting R^T's columns are nearly orthogonal already, so few sweeps are needed (Drmac and
 * Veselic, "New fast and accurate Jacobi SVD algorithm", 2008).
 */
final class PivotedQr {
    /** Column k of A P is column {@code perm[k]} of A. */
    final int[] perm;
    /** The reflectors: H_k = I - 2 v v^T / |v|^2 acts on rows k.. with {@code v = reflectors[k]} (null: identity). */
    private final double[][] reflectors;
    private final double[][] r;

    PivotedQr(double[][] columns, int m) {
        int n = columns.length;
        perm = new int[n];
        reflectors = new double[n][];
        for (int j = 0; j < n; j++) perm[j] = j;
        for (int k = 0; k < n; k++) {
            int p = k;
            double best = -1;
            for (int j = k; j < n; j++) {
                double norm = tailNorm2(columns[j], k);
                if (norm > best) {
                    best = norm;
                    p = j;
                }
            }
            double[] t = columns[k];
            columns[k] = columns[p];
            columns[p] = t;
            int tp = perm[k];
            perm[k] = perm[p];
            perm[p] = tp;
            double[] x = columns[k];
            double norm = Math.sqrt(best);
            if (norm == 0) continue;
            double alpha = x[k] > 0 ? -norm : norm;
            double[] v = new double[m - k];
            for (int i = k; i < m; i++) v[i - k] = x[i];
            v[0] -= alpha;
            reflectors[k] = v;
            for (int j = k + 1; j < n; j++) reflect(v, columns[j], k);
            x[k] = alpha;
            for (int i = k + 1; i < m; i++) x[i] = 0;
        }
        r = columns;
    }

    /** R's row i, column j (zero below the diagonal). */
    double r(int i, int j) {
        return r[j][i];
    }

    /** Q y for a vector y of length m, in place: the reflectors applied last to first. */
    void applyQ(double[] y) {
        for (int k = reflectors.length - 1; k >= 0; k--) if (reflectors[k] != null) reflect(reflectors[k], y, k);
    }

    private static void reflect(double[] v, double[] y, int k) {
        double d = 0, vv = 0;
        for (int i = 0; i < v.length; i++) {
            d += v[i] * y[k + i];
            vv += v[i] * v[i];
        }
        double f = 2 * d / vv;
        for (int i = 0; i < v.length; i++) y[k + i] -= f * v[i];
    }

    private static double tailNorm2(double[] x, int from) {
        double s = 0;
        for (int i = from; i < x.length; i++) s += x[i] * x[i];
        return s;
    }
}
