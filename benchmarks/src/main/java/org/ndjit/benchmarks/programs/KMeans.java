package org.ndjit.benchmarks.programs;

import org.ndjit.NDArray;
import org.ndjit.Np;
import org.ndjit.NpyFiles;
import org.ndjit.Random;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * k-means (Lloyd's algorithm) on 10,000 2-D points, k = 5, from the first k points, until no label
 * changes (at most {@link #MAX_STEPS} steps), written as NumPy's program is: the new centroids are
 * {@code np.stack([X[labels == j].mean(axis=0) for j in range(k)])}, the data's blob centres
 * {@code CENTERS[blob]}.
 */
final class KMeans {
    static final int POINTS = 10_000, K = 5, MAX_STEPS = 100;
    static final double[][] CENTERS = {{0, 0}, {5, 5}, {-5, 5}, {5, -5}, {-4, -4}};

    private KMeans() {}

    /** Five Gaussian blobs (standard deviation 1.5, so they touch) around {@link #CENTERS}, the blob of each point drawn at random. */
    static void writeData(Path dir, Random rng) throws IOException {
        NDArray blob = rng.integers(0, K, POINTS);
        NpyFiles.save(dir.resolve("X.npy"), Np.array(CENTERS).get(blob).add(rng.randn(POINTS, 2).mul(1.5)));
    }

    static Map<String, NDArray> run(Path dir) throws IOException {
        NDArray X = NpyFiles.load(dir.resolve("X.npy"));
        NDArray centroids = X.get("0:" + K);
        NDArray labels = null;
        int steps = 0;
        while (steps < MAX_STEPS) {
            NDArray distances = X.expandDims(1).sub(centroids.expandDims(0)).pow(2).sum(2);
            NDArray next = distances.argmin(1).eval();
            if (labels != null && next.eq(labels).all().itemBoolean()) break;
            labels = next;
            steps++;
            NDArray[] means = new NDArray[K];
            for (int j = 0; j < K; j++) means[j] = X.get(labels.eq(j)).mean(0);
            centroids = Np.stack(means).eval();
        }
        return Map.of("centroids", centroids, "labels", labels, "steps", Np.scalar((long) steps));
    }
}
