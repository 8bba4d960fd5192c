package org.ndjit.engine;

/**
 * Dense linear algebra on one square float64 matrix held row-major in a Java array: LU with partial
 * pivoting (LAPACK's getrf: the largest magnitude in the column becomes the pivot) and Cholesky,
 * and what they give (solve, inverse, determinant). Small matrices are what these serve (the stacks
 * of NumPy's {@code np.linalg} calls); each matrix is factored in O(n^3) by plain loops.
 */
public final class DenseLinalg {
    private DenseLinalg() {}

    /** A factorisation P A = L U in place: {@code lu} holds L below the diagonal (unit diagonal) and U on and above it. */
    public record Lu(double[] lu, int[] pivot, int n, boolean swapsOdd, boolean singular) {}

    /** Factors the n x n matrix {@code a} (copied). Singular means an exact zero pivot, as LAPACK reports it. */
    public static Lu lu(double[] a, int n) {
        double[] m = a.clone();
        int[] pivot = new int[n];
        boolean odd = false, singular = false;
        for (int k = 0; k < n; k++) {
            int p = k;
            double best = Math.abs(m[k * n + k]);
            for (int i = k + 1; i < n; i++) {
                double v = Math.abs(m[i * n + k]);
                if (v > best) {
                    best = v;
                    p = i;
                }
            }
            pivot[k] = p;
            if (p != k) {
                odd = !odd;
                for (int j = 0; j < n; j++) {
                    double t = m[k * n + j];
                    m[k * n + j] = m[p * n + j];
                    m[p * n + j] = t;
                }
            }
            double d = m[k * n + k];
            if (d == 0 || Double.isNaN(d)) {
                singular |= d == 0;
                continue;
            }
            for (int i = k + 1; i < n; i++) {
                double f = m[i * n + k] / d;
                m[i * n + k] = f;
                if (f == 0) continue;
                for (int j = k + 1; j < n; j++) m[i * n + j] -= f * m[k * n + j];
            }
        }
        return new Lu(m, pivot, n, odd, singular);
    }

    /** Solves A X = B for the n x k right-hand sides b (row-major), from A's factorisation. */
    public static double[] solve(Lu f, double[] b, int k) {
        int n = f.n();
        double[] x = b.clone();
        for (int i = 0; i < n; i++) {
            int p = f.pivot()[i];
            if (p != i) {
                for (int c = 0; c < k; c++) {
                    double t = x[i * k + c];
                    x[i * k + c] = x[p * k + c];
                    x[p * k + c] = t;
                }
            }
        }
        double[] lu = f.lu();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double l = lu[i * n + j];
                if (l != 0) for (int c = 0; c < k; c++) x[i * k + c] -= l * x[j * k + c];
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int j = i + 1; j < n; j++) {
                double u = lu[i * n + j];
                if (u != 0) for (int c = 0; c < k; c++) x[i * k + c] -= u * x[j * k + c];
            }
            double d = lu[i * n + i];
            for (int c = 0; c < k; c++) x[i * k + c] /= d;
        }
        return x;
    }

    /** The identity's columns solved for: A's inverse. */
    public static double[] inverse(Lu f) {
        int n = f.n();
        double[] eye = new double[n * n];
        for (int i = 0; i < n; i++) eye[i * n + i] = 1;
        return solve(f, eye, n);
    }

    /** (sign, log|det|) from the factorisation: the sign 0 and log -inf for a singular matrix, as NumPy's slogdet. */
    public static double[] signAndLogDet(Lu f) {
        int n = f.n();
        double sign = f.swapsOdd() ? -1 : 1, log = 0;
        for (int i = 0; i < n; i++) {
            double d = f.lu()[i * n + i];
            if (d == 0) return new double[] {0, Double.NEGATIVE_INFINITY};
            if (d < 0) sign = -sign;
            log += Math.log(Math.abs(d));
        }
        return new double[] {sign, log};
    }

    /**
     * The determinant as NumPy computes it: sign * exp(log|det|) from {@link #signAndLogDet}, not the
     * product of U's diagonal (so det([[1, 2], [3, 4]]) is NumPy's -2.0000000000000004; 0 when singular).
     */
    public static double det(Lu f) {
        double[] s = signAndLogDet(f);
        return s[0] * Math.exp(s[1]);
    }

    /** The lower-triangular L with A = L L^T, or null when A is not positive definite. Reads A's lower triangle only, as LAPACK's potrf. */
    public static double[] cholesky(double[] a, int n) {
        double[] l = new double[n * n];
        for (int j = 0; j < n; j++) {
            double s = a[j * n + j];
            for (int k = 0; k < j; k++) s -= l[j * n + k] * l[j * n + k];
            if (!(s > 0)) return null;
            double d = Math.sqrt(s);
            l[j * n + j] = d;
            for (int i = j + 1; i < n; i++) {
                double t = a[i * n + j];
                for (int k = 0; k < j; k++) t -= l[i * n + k] * l[j * n + k];
                l[i * n + j] = t / d;
            }
        }
        return l;
    }
}
