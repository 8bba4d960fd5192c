package org.ndjit.benchmarks;

import org.ndjit.NDArray;
import org.ndjit.Np;
import org.ndjit.Random;

/**
 * A small timing harness for integer-array indexing, updates and nonzero, beside
 * {@code benchmarks/fancy_timing.py}, which times the same NumPy expressions on the same sizes: the
 * best of 5 rounds of 10 calls after 5 warm-up calls, each call computing a new result and closing
 * it. Not a JMH suite: its figures are for ratios from one run on one machine. Run it from the
 * repository root after {@code mvn -q -o compile} with the modules' classes and ASM on the class path,
 * {@code java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -cp ... org.ndjit.benchmarks.FancyTiming}.
 */
public final class FancyTiming {
    private FancyTiming() {}

    private static void time(String name, Runnable call) {
        for (int i = 0; i < 5; i++) call.run();
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 10; i++) call.run();
            best = Math.min(best, (System.nanoTime() - t0) / 10);
        }
        System.out.printf("%-34s %10.1f us%n", name, best / 1e3);
    }

    /** A call that computes a new result and closes it (also {@link GatherTiming}'s). */
    static Runnable computes(java.util.function.Supplier<NDArray> result) {
        return () -> {
            try (NDArray r = result.get().eval()) {
                r.shape();
            }
        };
    }

    public static void main(String[] args) {
        Random rng = Np.random(0);
        int n = 1_000_000;
        NDArray x = rng.randn(n).eval(), idx = rng.integers(0, n, new long[] {n}).eval();
        time("x[idx] * 2", computes(() -> x.get(idx).mul(2)));
        NDArray centers = rng.randn(16, 32).eval(), points = rng.randn(100_000, 32).eval();
        NDArray labels = rng.integers(0, 16, new long[] {100_000}).eval();
        time("centers[labels]", computes(() -> centers.get(labels)));
        time("((points - centers[labels])**2).sum(1)", computes(() -> points.sub(centers.get(labels)).square().sum(1)));
        NDArray logp = rng.randn(100_000, 10).eval(), y = rng.integers(0, 10, new long[] {100_000}).eval();
        time("logp[np.arange(n), y].mean()", computes(() -> logp.get(Np.arange(100_000), y).mean()));
        NDArray a = rng.randn(1000, 1000).eval();
        time("b = a.copy(); b[b < 0] = 0", computes(() -> a.set(a.lt(0), 0.0)));
        time("b = a.copy(); b[:, 0] = 0", computes(() -> a.set(":, 0", 0.0)));
        NDArray rows = rng.integers(0, 1000, new long[] {1000}).eval();
        time("b = a.copy(); b[rows] = 1", computes(() -> a.set(rows, 1.0)));
        NDArray bins = idx.mod(1000).eval();
        time("np.add.at(zeros(1000), bins, 1)", computes(() -> Np.addAt(Np.zeros(1000), bins, 1.0)));
        time("np.nonzero(a > 0)", () -> {
            NDArray[] r = Np.nonzero(a.gt(0));
            for (NDArray row : r) row.eval().close();
        });
    }
}
