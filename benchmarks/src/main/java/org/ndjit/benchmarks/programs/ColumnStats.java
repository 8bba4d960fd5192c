package org.ndjit.benchmarks.programs;

import org.ndjit.NDArray;
import org.ndjit.Np;
import org.ndjit.NpyFiles;
import org.ndjit.Random;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Column statistics of a 100,000 x 8 float64 table (mean, std, min, max) and the table z-scored. */
final class ColumnStats {
    static final int ROWS = 100_000, COLUMNS = 8;

    private ColumnStats() {}

    /** Normal columns of different scales and offsets (column j: mean 10 j, standard deviation j + 1). */
    static void writeData(Path dir, Random rng) throws IOException {
        NDArray scale = Np.arange(1.0, COLUMNS + 1.0, 1.0), offset = Np.arange(0.0, 10.0 * COLUMNS, 10.0);
        NpyFiles.save(dir.resolve("T.npy"), rng.randn(ROWS, COLUMNS).mul(scale).add(offset));
    }

    static Map<String, NDArray> run(Path dir) throws IOException {
        NDArray T = NpyFiles.load(dir.resolve("T.npy"));
        NDArray mean = T.mean(0), std = T.std(0);
        NDArray min = T.min(0), max = T.max(0);
        NDArray z = T.sub(mean).div(std);
        return Map.of("mean", mean.eval(), "std", std.eval(), "min", min.eval(), "max", max.eval(), "z", z.eval());
    }
}
