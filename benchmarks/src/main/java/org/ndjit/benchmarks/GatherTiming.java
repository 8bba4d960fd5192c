package org.ndjit.benchmarks;

import org.ndjit.NDArray;
import org.ndjit.Np;
import org.ndjit.Random;

/**
 * A small timing harness for gathers fused with their readers, against the same work with the gather
 * written out first ({@code .eval()}, its own step) and a hand-written Java loop: k-means' distance
 * {@code ((points - centers[labels])**2).sum(1)} on 100,000 x 32 float64 (whole rows picked by the
 * labels) and {@code x[idx] * 2} on 1,000,000 float64 (elements picked along the loop). The best of
 * 7 rounds of 20 calls after 30 warm-up calls; ratios from one run on one machine, not a JMH suite.
 * Run it from the repository root after {@code mvn -q -o compile} with the modules' classes and ASM on
 * the class path, {@code java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -cp ...
 * org.ndjit.benchmarks.GatherTiming}.
 */
public final class GatherTiming {
    private GatherTiming() {}

    private static double time(String name, Runnable call) {
        for (int i = 0; i < 30; i++) call.run();
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 7; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 20; i++) call.run();
            best = Math.min(best, (System.nanoTime() - t0) / 20);
        }
        System.out.printf("%-48s %10.1f us%n", name, best / 1e3);
        return best;
    }

    private static Runnable computes(java.util.function.Supplier<NDArray> result) {
        return () -> {
            try (NDArray r = result.get().eval()) {
                r.shape();
            }
        };
    }

    public static void main(String[] args) {
        Random rng = Np.random(0);
        int n = 100_000, d = 32, k = 16;
        NDArray centers = rng.randn(k, d).eval(), points = rng.randn(n, d).eval();
        NDArray labels = rng.integers(0, k, new long[] {n}).eval();
        double fused = time("((points - centers[labels])**2).sum(1) fused", computes(() -> points.sub(centers.get(labels)).square().sum(1)));
        double separate = time("  the same, centers[labels] written out first", computes(() -> {
            try (NDArray picked = centers.get(labels).eval()) {
                return points.sub(picked).square().sum(1).eval();
            }
        }));
        double[] p = points.toDoubleArray(), c = centers.toDoubleArray();
        long[] l = labels.toLongArray();
        double hand = time("  hand-written Java loop", () -> {
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                int row = i * d, center = (int) l[i] * d;
                double s = 0;
                for (int j = 0; j < d; j++) {
                    double diff = p[row + j] - c[center + j];
                    s += diff * diff;
                }
                out[i] = s;
            }
            if (out[n - 1] < 0) throw new AssertionError();
        });
        System.out.printf("  fused / written out first %.2f, fused / hand loop %.2f%n", fused / separate, fused / hand);

        int m = 1_000_000;
        NDArray x = rng.randn(m).eval(), idx = rng.integers(0, m, new long[] {m}).eval();
        double x2 = time("x[idx] * 2 fused", computes(() -> x.get(idx).mul(2)));
        double[] xs = x.toDoubleArray();
        long[] is = idx.toLongArray();
        double x2hand = time("  hand-written Java loop", () -> {
            double[] out = new double[m];
            for (int i = 0; i < m; i++) out[i] = xs[(int) is[i]] * 2;
            if (out[0] != xs[(int) is[0]] * 2) throw new AssertionError();
        });
        System.out.printf("  fused / hand loop %.2f%n", x2 / x2hand);
    }
}
