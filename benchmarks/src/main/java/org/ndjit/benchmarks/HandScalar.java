package org.ndjit.benchmarks;

/**
 * Each pipeline as a plain Java loop, written the way a careful Java programmer would without the
 * Vector API: allocate the result, one pass per step that needs a finished value (a row's mean
 * before its deviations). The JIT may vectorize the simplest of these loops by itself.
 * Elementwise operations keep NumPy's order ({@code -0.5*x*x} is {@code (-0.5*x)*x}).
 */
final class HandScalar {
    private HandScalar() {}

    static double[] square(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = x[i] * x[i];
        return out;
    }

    static double[] chain(double[] a, double[] b, double[] c, double[] d, double[] e) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i] * b[i] + c[i] * d[i] - e[i];
        return out;
    }

    static double[] gauss(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = Math.exp(-0.5 * x[i] * x[i]) * 0.3989422804014327;
        return out;
    }

    /** {@code maximum(0, X @ W + b)}: X is n x k, W is k x m, row-major; i-k-j order so the inner loop reads W's rows. */
    static float[] layer(float[] x, float[] w, float[] b, int n, int k, int m) {
        float[] out = matmul(x, w, n, k, m);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) out[i * m + j] = Math.max(0f, out[i * m + j] + b[j]);
        }
        return out;
    }

    static float[] matmul(float[] a, float[] b, int n) {
        return matmul(a, b, n, n, n);
    }

    private static float[] matmul(float[] a, float[] b, int n, int k, int m) {
        float[] out = new float[n * m];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < k; p++) {
                float aip = a[i * k + p];
                for (int j = 0; j < m; j++) out[i * m + j] += aip * b[p * m + j];
            }
        }
        return out;
    }

    static double[] rownorm(double[] x, int rows, int cols) {
        double[] out = new double[x.length];
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            double sum = 0;
            for (int j = 0; j < cols; j++) sum += x[o + j];
            double mean = sum / cols, ss = 0;
            for (int j = 0; j < cols; j++) {
                double d = x[o + j] - mean;
                ss += d * d;
            }
            double std = Math.sqrt(ss / cols);
            for (int j = 0; j < cols; j++) out[o + j] = (x[o + j] - mean) / std;
        }
        return out;
    }

    static float[] softmax(float[] x, int rows, int cols) {
        float[] out = new float[x.length];
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            float max = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < cols; j++) max = Math.max(max, x[o + j]);
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                float e = (float) Math.exp(x[o + j] - max);
                out[o + j] = e;
                sum += e;
            }
            float s = (float) sum;
            for (int j = 0; j < cols; j++) out[o + j] /= s;
        }
        return out;
    }

    static double dist(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    static double[] transpose(double[] m, int n) {
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) out[i * n + j] = (m[i * n + j] + m[j * n + i]) * 0.5;
        }
        return out;
    }

    static double[] colsum(double[] m, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) out[j] += m[i * n + j];
        }
        return out;
    }

    static double[] mask(double[] x) {
        int count = 0;
        for (double v : x) if (v > 0) count++;
        double[] out = new double[count];
        int k = 0;
        for (double v : x) if (v > 0) out[k++] = v;
        return out;
    }
}
