package org.ndjit.benchmarks.programs;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ndjit.NDArray;
import org.ndjit.NpyFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each program's answers against the same computation in plain Java loops over its data (no Python needed). */
class ProgramTest {
    @TempDir
    static Path data;

    @BeforeAll
    static void writeData() throws IOException {
        for (Program p : Program.values()) p.writeData(Files.createDirectories(p.dataDir(data)));
    }

    private static Map<String, NDArray> run(Program p) throws IOException {
        return p.run(p.dataDir(data));
    }

    private static double[] input(Program p, String name) throws IOException {
        return NpyFiles.load(p.dataDir(data).resolve(name + ".npy")).astype(org.ndjit.DType.FLOAT64).toDoubleArray();
    }

    private static void assertClose(double[] want, double[] got, double rtol, double atol, String what) {
        assertEquals(want.length, got.length, what + ": length");
        double worst = AnswerCheck.worst(got, want, rtol, atol);
        assertTrue(worst <= 1, what + ": off by " + worst + " tolerances");
    }

    @Test
    void logisticRegressionIsGradientDescent() throws IOException {
        double[] x = input(Program.LOGREG, "X"), y = input(Program.LOGREG, "y");
        int n = LogisticRegression.ROWS, f = LogisticRegression.FEATURES;
        double[] w = new double[f];
        for (int step = 0; step < LogisticRegression.STEPS; step++) {
            double[] g = new double[f];
            for (int i = 0; i < n; i++) {
                double z = 0;
                for (int j = 0; j < f; j++) z += x[i * f + j] * w[j];
                double r = 1 / (1 + Math.exp(-z)) - y[i];
                for (int j = 0; j < f; j++) g[j] += x[i * f + j] * r;
            }
            for (int j = 0; j < f; j++) w[j] -= LogisticRegression.LEARNING_RATE * g[j] / n;
        }
        Map<String, NDArray> answers = run(Program.LOGREG);
        assertClose(w, answers.get("w").toDoubleArray(), 1e-9, 1e-12, "w");
        assertTrue(answers.get("loss").itemDouble() < 0.5 * Math.log(2), "the loss did not fall: " + answers.get("loss"));
    }

    @Test
    void kMeansConvergesToTheBlobs() throws IOException {
        Map<String, NDArray> answers = run(Program.KMEANS);
        double[] x = input(Program.KMEANS, "X"), c = answers.get("centroids").toDoubleArray();
        long[] labels = answers.get("labels").toLongArray();
        long steps = answers.get("steps").itemLong();
        assertTrue(steps > 1 && steps < KMeans.MAX_STEPS, "steps " + steps);
        for (int i = 0; i < KMeans.POINTS; i++) {   // converged: each label is the nearest final centroid
            int best = 0;
            double bestD = Double.POSITIVE_INFINITY;
            for (int j = 0; j < KMeans.K; j++) {
                double dx = x[2 * i] - c[2 * j], dy = x[2 * i + 1] - c[2 * j + 1], d = dx * dx + dy * dy;
                if (d < bestD) { bestD = d; best = j; }
            }
            assertEquals(best, labels[i], "point " + i);
        }
        boolean[] found = new boolean[KMeans.K];
        for (int j = 0; j < KMeans.K; j++) {
            for (int t = 0; t < KMeans.K; t++) {
                if (Math.hypot(c[2 * j] - KMeans.CENTERS[t][0], c[2 * j + 1] - KMeans.CENTERS[t][1]) < 0.5) found[t] = true;
            }
        }
        assertArrayEquals(new boolean[] {true, true, true, true, true}, found, "a true center has no centroid near it");
    }

    @Test
    void mlpLossIsTheMeanNegativeLogLikelihood() throws IOException {
        Program p = Program.MLP;
        double[] x = input(p, "X"), w1 = input(p, "W1"), b1 = input(p, "b1"), w2 = input(p, "W2"), b2 = input(p, "b2"), y = input(p, "y");
        int h = Mlp.HIDDEN, k = Mlp.CLASSES;
        double loss = 0;
        double[] logits = new double[Mlp.BATCH * k];
        for (int r = 0; r < Mlp.BATCH; r++) {
            double[] hidden = new double[h];
            for (int j = 0; j < h; j++) {
                double s = b1[j];
                for (int i = 0; i < Mlp.INPUTS; i++) s += x[r * Mlp.INPUTS + i] * w1[i * h + j];
                hidden[j] = Math.max(0, s);
            }
            double max = Double.NEGATIVE_INFINITY, sum = 0;
            for (int c = 0; c < k; c++) {
                double s = b2[c];
                for (int j = 0; j < h; j++) s += hidden[j] * w2[j * k + c];
                logits[r * k + c] = s;
                max = Math.max(max, s);
            }
            for (int c = 0; c < k; c++) sum += Math.exp(logits[r * k + c] - max);
            loss -= logits[r * k + (int) y[r]] - max - Math.log(sum);
        }
        Map<String, NDArray> answers = run(p);
        assertClose(logits, answers.get("logits").astype(org.ndjit.DType.FLOAT64).toDoubleArray(), 1e-4, 1e-5, "logits");
        assertClose(new double[] {loss / Mlp.BATCH}, new double[] {answers.get("loss").itemDouble()}, 1e-5, 0, "loss");
    }

    @Test
    void columnStatisticsAndZScores() throws IOException {
        double[] t = input(Program.COLSTATS, "T");
        int n = ColumnStats.ROWS, m = ColumnStats.COLUMNS;
        double[] mean = new double[m], std = new double[m], min = new double[m], max = new double[m], z = new double[n * m];
        for (int j = 0; j < m; j++) {
            min[j] = Double.POSITIVE_INFINITY;
            max[j] = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                mean[j] += t[i * m + j] / n;
                min[j] = Math.min(min[j], t[i * m + j]);
                max[j] = Math.max(max[j], t[i * m + j]);
            }
            for (int i = 0; i < n; i++) std[j] += (t[i * m + j] - mean[j]) * (t[i * m + j] - mean[j]) / n;
            std[j] = Math.sqrt(std[j]);
            for (int i = 0; i < n; i++) z[i * m + j] = (t[i * m + j] - mean[j]) / std[j];
        }
        Map<String, NDArray> answers = run(Program.COLSTATS);
        assertClose(mean, answers.get("mean").toDoubleArray(), 1e-9, 1e-12, "mean");
        assertClose(std, answers.get("std").toDoubleArray(), 1e-9, 1e-12, "std");
        assertArrayEquals(min, answers.get("min").toDoubleArray(), "min");
        assertArrayEquals(max, answers.get("max").toDoubleArray(), "max");
        assertClose(z, answers.get("z").toDoubleArray(), 1e-9, 1e-12, "z");
    }

    @Test
    void imageBlurAndGrayOfTheRotatedCrop() throws IOException {
        float[] img = NpyFiles.load(Program.IMAGE.dataDir(data).resolve("img.npy")).toFloatArray();
        int size = ImageOps.SIZE, crop = size - 2 * ImageOps.CROP, out = crop - 2;
        float[] blur = new float[out * out * 3], gray = new float[out * out];
        for (int r = 0; r < out; r++) {
            for (int c = 0; c < out; c++) {
                for (int ch = 0; ch < 3; ch++) {
                    float s = 0;
                    boolean first = true;
                    for (int i = 0; i < 3; i++) {
                        for (int j = 0; j < 3; j++) {
                            // rotated[a, b] = crop[::-1, ::-1][b, a] = img[CROP + crop-1-b, CROP + crop-1-a]
                            int a = r + i, b = c + j;
                            float v = img[((ImageOps.CROP + crop - 1 - b) * size + ImageOps.CROP + crop - 1 - a) * 3 + ch];
                            s = first ? v : s + v;
                            first = false;
                        }
                    }
                    blur[(r * out + c) * 3 + ch] = s / 9;
                }
                int p = (r * out + c) * 3;
                gray[r * out + c] = blur[p] * 0.299f + blur[p + 1] * 0.587f + blur[p + 2] * 0.114f;
            }
        }
        Map<String, NDArray> answers = run(Program.IMAGE);
        assertArrayEquals(blur, answers.get("blur").toFloatArray(), "blur: the same float32 additions in the same order");
        assertArrayEquals(gray, answers.get("gray").toFloatArray(), "gray");
    }
}
