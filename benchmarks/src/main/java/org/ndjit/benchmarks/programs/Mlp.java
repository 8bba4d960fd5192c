package org.ndjit.benchmarks.programs;

import org.ndjit.NDArray;
import org.ndjit.Np;
import org.ndjit.NpyFiles;
import org.ndjit.Random;
import org.ndjit.DType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A 2-layer perceptron's forward pass, 784 -> 128 (relu) -> 10, and the softmax cross-entropy of a
 * batch of 256, float32, written as NumPy's program is: the labels' log-probabilities are
 * {@code logp[np.arange(n), y]}.
 */
final class Mlp {
    static final int BATCH = 256, INPUTS = 784, HIDDEN = 128, CLASSES = 10;

    private Mlp() {}

    static void writeData(Path dir, Random rng) throws IOException {
        NpyFiles.save(dir.resolve("X.npy"), rng.randn(BATCH, INPUTS).astype(DType.FLOAT32));
        NpyFiles.save(dir.resolve("W1.npy"), rng.randn(INPUTS, HIDDEN).mul(Math.sqrt(2.0 / INPUTS)).astype(DType.FLOAT32));
        NpyFiles.save(dir.resolve("b1.npy"), rng.randn(HIDDEN).mul(0.01).astype(DType.FLOAT32));
        NpyFiles.save(dir.resolve("W2.npy"), rng.randn(HIDDEN, CLASSES).mul(Math.sqrt(2.0 / HIDDEN)).astype(DType.FLOAT32));
        NpyFiles.save(dir.resolve("b2.npy"), rng.randn(CLASSES).mul(0.01).astype(DType.FLOAT32));
        NpyFiles.save(dir.resolve("y.npy"), rng.integers(0, CLASSES, BATCH));
    }

    static Map<String, NDArray> run(Path dir) throws IOException {
        NDArray X = NpyFiles.load(dir.resolve("X.npy")), y = NpyFiles.load(dir.resolve("y.npy"));
        NDArray W1 = NpyFiles.load(dir.resolve("W1.npy")), b1 = NpyFiles.load(dir.resolve("b1.npy"));
        NDArray W2 = NpyFiles.load(dir.resolve("W2.npy")), b2 = NpyFiles.load(dir.resolve("b2.npy"));
        NDArray hidden = Np.maximum(0, X.matmul(W1).add(b1));
        NDArray logits = hidden.matmul(W2).add(b2);
        NDArray shifted = logits.sub(logits.max(1, true));
        NDArray logp = shifted.sub(shifted.exp().sum(1, true).log());
        NDArray loss = logp.get(Np.arange(y.size()), y).mean().neg();
        return Map.of("logits", logits.eval(), "loss", loss.eval());
    }
}
