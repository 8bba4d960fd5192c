package org.ndjit.benchmarks.programs;

import org.ndjit.NDArray;
import org.ndjit.Random;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The whole programs, each written as a user writes it with the library's public API, beside the
 * same program in {@code benchmarks/numpy_programs.py}. A program reads its data from {@code .npy}
 * files (written once from a fixed seed, also for NumPy) and returns its answers, computed.
 * {@code rtol} and {@code atol} bound how far NumPy's answers may be from the library's:
 * |java - numpy| <= atol + rtol |numpy| elementwise.
 */
enum Program {
    LOGREG("logistic regression", "10,000 x 20 float64, 200 gradient steps", 1e-9, 1e-12, LogisticRegression::writeData, LogisticRegression::run),
    KMEANS("k-means", "10,000 2-D points, k = 5, to convergence", 1e-9, 1e-12, KMeans::writeData, KMeans::run),
    MLP("MLP forward + loss", "784 -> 128 -> 10, softmax cross-entropy, batch 256, float32", 1e-4, 1e-5, Mlp::writeData, Mlp::run),
    COLSTATS("column statistics", "100,000 x 8 float64: mean, std, min, max, z-score", 1e-9, 1e-12, ColumnStats::writeData, ColumnStats::run),
    IMAGE("image operations", "512 x 512 x 3 float32: crop, flips, transpose, 3x3 blur, grayscale", 1e-5, 1e-6, ImageOps::writeData, ImageOps::run);

    interface DataWriter {
        void write(Path dir, Random rng) throws IOException;
    }

    interface Body {
        Map<String, NDArray> run(Path dir) throws IOException;
    }

    final String title, data;
    final double rtol, atol;
    private final DataWriter writer;
    private final Body body;

    Program(String title, String data, double rtol, double atol, DataWriter writer, Body body) {
        this.title = title;
        this.data = data;
        this.rtol = rtol;
        this.atol = atol;
        this.writer = writer;
        this.body = body;
    }

    /** The program's name in file names and in the NumPy script. */
    String id() { return name().toLowerCase(java.util.Locale.ROOT); }

    /** Its data folder inside {@code dataRoot}. */
    Path dataDir(Path dataRoot) { return dataRoot.resolve(id()); }

    /** Writes the program's input files into {@code dir}, from the program's fixed seed. */
    void writeData(Path dir) throws IOException {
        writer.write(dir, org.ndjit.Np.random(7000 + ordinal()));
    }

    /** Runs the program on the data in {@code dir}: its answers, computed. */
    Map<String, NDArray> run(Path dir) throws IOException {
        return body.run(dir);
    }
}
