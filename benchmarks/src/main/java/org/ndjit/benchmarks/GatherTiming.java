package org.ndjit.benchmarks;

import org.ndjit.NDArray;
import org.ndjit.Np;
import org.ndjit.Random;

import static org.ndjit.benchmarks.FancyTiming.computes;

/**
 * A small timing harness for gathers fused with their readers, against the same work with the gather
 * written out first ({@code .eval()}, its own step) and a hand-written Java loop: k-means' distance
 * {@code ((points - centers[labels])**2).sum(1)} on 100,000 x 32 float64 (whole rows picked by the
 * labels), the difference alone, {@code x[idx] * 2} on 1,000,000 float64 (elements picked along the
 * loop), and integer-array updates of computed arrays (written in place, see Gathers). The best of 9 rounds of 20 calls after 30 warm-up calls, the variants' rounds in turn; ratios
 * from one run on one machine, not a JMH suite.
 * Run it from the repository root after {@code mvn -q -o compile} with the modules' classes and ASM on
 * the class path, {@code java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -cp ...
 * org.ndjit.benchmarks.GatherTiming}.
 */
public final class GatherTiming {
    private GatherTiming() {}

    /**
     * The best time per call of each variant, in nanoseconds, printed: rounds of the variants in turn, so
     * that the load of a shared machine drifts over all of them alike.
     */
    private static double[] time(String[] names, Runnable... calls) {
        for (Runnable call : calls) for (int i = 0; i < 30; i++) call.run();
        double[] best = new double[calls.length];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        for (int round = 0; round < 9; round++) {
            for (int v = 0; v < calls.length; v++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < 20; i++) calls[v].run();
                best[v] = Math.min(best[v], (System.nanoTime() - t0) / 20.0);
            }
        }
        for (int v = 0; v < calls.length; v++) System.out.printf("%-52s %10.1f us%n", names[v], best[v] / 1e3);
        return best;
    }

    public static void main(String[] args) {
        Random rng = Np.random(0);
        int n = 100_000, d = 32, k = 16;
        NDArray centers = rng.randn(k, d).eval(), points = rng.randn(n, d).eval();
        NDArray labels = rng.integers(0, k, new long[] {n}).eval();
        double[] p = points.toDoubleArray(), c = centers.toDoubleArray();
        long[] l = labels.toLongArray();
        double[] t = time(new String[] {"((points - centers[labels])**2).sum(1) fused", "  centers[labels] written out first",
                "  hand-written Java loop", "points - centers[labels] fused", "  centers[labels] written out first"},
                computes(() -> points.sub(centers.get(labels)).square().sum(1)),
                computes(() -> {
                    try (NDArray picked = centers.get(labels).eval()) {
                        return points.sub(picked).square().sum(1).eval();
                    }
                }),
                () -> {
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
                },
                computes(() -> points.sub(centers.get(labels))),
                computes(() -> {
                    try (NDArray picked = centers.get(labels).eval()) {
                        return points.sub(picked).eval();
                    }
                }));
        System.out.printf("  distances: fused / written out first %.2f, fused / hand loop %.2f; difference: fused / written out first %.2f%n",
                t[0] / t[1], t[0] / t[2], t[3] / t[4]);

        int m = 1_000_000;
        NDArray x = rng.randn(m).eval(), idx = rng.integers(0, m, new long[] {m}).eval();
        double[] xs = x.toDoubleArray();
        long[] is = idx.toLongArray();
        double[] u = time(new String[] {"x[idx] * 2 fused", "  hand-written Java loop"}, computes(() -> x.get(idx).mul(2)), () -> {
            double[] out = new double[m];
            for (int i = 0; i < m; i++) out[i] = xs[(int) is[i]] * 2;
            if (out[0] != xs[(int) is[0]] * 2) throw new AssertionError();
        });
        System.out.printf("  fused / hand loop %.2f%n", u[0] / u[1]);

        NDArray a = rng.randn(1000, 1000).eval(), rows = rng.integers(0, 1000, new long[] {1000}).eval();
        time(new String[] {"b = a * 2; b[rows] = 1; b[rows[::2]] = 2 (1000 x 1000)", "np.add.at(x * 0, idx, 1)"},
                computes(() -> a.mul(2).set(rows, 1.0).set(rows.slice(0, null, null, 2), 2.0)),
                computes(() -> Np.addAt(x.mul(0), idx, 1.0)));
    }
}
