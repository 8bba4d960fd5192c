package org.ndjit.benchmarks.programs;

import org.ndjit.NDArray;
import org.ndjit.Np;
import org.ndjit.NpyFiles;
import org.ndjit.Random;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Logistic regression by batch gradient descent: 10,000 x 20 float64, 200 steps, the weights computed at each step. */
final class LogisticRegression {
    static final int ROWS = 10_000, FEATURES = 20, STEPS = 200;
    static final double LEARNING_RATE = 0.5;

    private LogisticRegression() {}

    /** X standard normal; y = 1 where X @ w_true + noise > 0. */
    static void writeData(Path dir, Random rng) throws IOException {
        NDArray x = rng.randn(ROWS, FEATURES);
        NDArray trueW = rng.randn(FEATURES);
        NDArray noise = rng.randn(ROWS);
        NpyFiles.save(dir.resolve("X.npy"), x);
        NpyFiles.save(dir.resolve("y.npy"), x.matmul(trueW).add(noise.mul(0.5)).gt(0).astype(org.ndjit.DType.FLOAT64));
    }

    static Map<String, NDArray> run(Path dir) throws IOException {
        NDArray X = NpyFiles.load(dir.resolve("X.npy"));
        NDArray y = NpyFiles.load(dir.resolve("y.npy"));
        long n = X.shape()[0];
        NDArray w = Np.zeros(X.shape()[1]);
        for (int step = 0; step < STEPS; step++) {
            NDArray p = sigmoid(X.matmul(w));
            w = w.sub(X.T().mul(LEARNING_RATE).matmul(p.sub(y)).div(n)).eval();   // w - lr * X.T @ (p - y) / n
        }
        NDArray p = sigmoid(X.matmul(w));
        NDArray loss = y.mul(p.log()).add(y.rsub(1).mul(p.rsub(1).log())).mean().neg();
        return Map.of("w", w, "loss", loss.eval());
    }

    private static NDArray sigmoid(NDArray z) {
        return z.neg().exp().add(1).rdiv(1);
    }
}
