package org.ndjit.spark.examples;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.ndjit.DType;
import org.ndjit.NDArray;
import org.ndjit.Np;
import org.ndjit.NpyFiles;
import org.ndjit.spark.DistributedArray;
import org.ndjit.spark.Shipped;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Logistic regression by batch gradient descent over {@code .npy} parts, on Spark and on one JVM, and
 * column statistics of the same table. Arguments (all optional): master ({@code local[2]}), rows
 * (10,000,000), iterations (10), the directory of parts (a new temporary one; parts already there are
 * reused). The table has 20 standard-normal features, a column of ones (the bias) and a 0/1 label.
 *
 * <p>Each task runs the library on its own thread ({@code -Dndjit.parallelism=1}): Spark runs one task
 * per core. The single-JVM run uses as many threads as the master has cores. Parts hold multiples of
 * 65,536 rows, so the distributed gradient and statistics are the single JVM's bit for bit (printed).
 */
public final class LogisticRegressionOnSpark {
    private static final int FEATURES = 20;
    private static final long PART_ROWS = 1 << 20;

    public static void main(String[] args) throws IOException {
        String master = args.length > 0 ? args[0] : "local[2]";
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path dir = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("ndjit-logreg");
        int cores = Integer.parseInt(master.replaceAll("local\\[(\\d+).*", "$1"));
        long bytes = rows * (FEATURES + 2) * 8;
        writeParts(dir, rows, FEATURES, DType.FLOAT64);

        System.setProperty("ndjit.parallelism", "1");
        SparkConf conf = DistributedArray.configure(new SparkConf().setMaster(master).setAppName("logistic regression")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1"));
        try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
            spark.sparkContext().setLogLevel("WARN");
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            long t0 = System.nanoTime();
            DistributedArray data = DistributedArray.fromNpyParts(sc, dir).cache();
            data.sum(0); // maps the parts and pages them in
            System.out.printf("%s: %d rows x %d columns in %d partitions, read and cached in %.2f s%n", master, rows, FEATURES + 2,
                    data.numPartitions(), (System.nanoTime() - t0) / 1e9);

            DistributedArray x = data.map(b -> b.get(":, :" + FEATURES));
            long s0 = System.nanoTime();
            NDArray mu = x.mean(0), sd = x.std(0), lo = x.min(0), hi = x.max(0);
            double statsSeconds = (System.nanoTime() - s0) / 1e9;

            NDArray w = Np.zeros(FEATURES + 1);
            double[] times = new double[iterations];
            for (int it = 0; it < iterations; it++) {
                long i0 = System.nanoTime();
                Broadcast<Shipped> shipped = sc.broadcast(new Shipped(w));
                NDArray grad = data.map(b -> gradientTerms(b, shipped.value().array())).sum(0);
                w = w.sub(grad.mul(0.5 / rows)).eval();
                shipped.destroy();
                times[it] = (System.nanoTime() - i0) / 1e9;
            }
            double spark1 = median(times);
            System.out.printf("Spark %s: column stats (mean, std, min, max) %.3f s; gradient step %.3f s median = %.2f GB/s, %.2f GB/s per core%n",
                    master, statsSeconds, spark1, bytes / spark1 / 1e9, bytes / spark1 / 1e9 / cores);
            System.out.println("w after " + iterations + " steps: " + w);

            System.setProperty("ndjit.parallelism", Integer.toString(cores));
            NDArray local = Np.concatenate(0, loadParts(dir)).eval();
            NDArray lx = local.get(":, :" + FEATURES);
            long l0 = System.nanoTime();
            NDArray lmu = lx.mean(0), lsd = lx.std(0), llo = lx.min(0), lhi = lx.max(0);
            lmu.eval(); lsd.eval(); llo.eval(); lhi.eval();
            double localStats = (System.nanoTime() - l0) / 1e9;
            NDArray lw = Np.zeros(FEATURES + 1);
            for (int it = 0; it < iterations; it++) {
                long i0 = System.nanoTime();
                lw = lw.sub(gradientTerms(local, lw).sum(0).mul(0.5 / rows)).eval();
                times[it] = (System.nanoTime() - i0) / 1e9;
            }
            double one = median(times);
            System.out.printf("one JVM, %d threads: column stats %.3f s; gradient step %.3f s median = %.2f GB/s, %.2f GB/s per core%n",
                    cores, localStats, one, bytes / one / 1e9, bytes / one / 1e9 / cores);
            System.out.println("same bits as one JVM: w " + Arrays.equals(w.toDoubleArray(), lw.toDoubleArray())
                    + ", mean " + Arrays.equals(mu.toDoubleArray(), lmu.toDoubleArray()) + ", std " + Arrays.equals(sd.toDoubleArray(), lsd.toDoubleArray())
                    + ", min/max " + (Arrays.equals(lo.toDoubleArray(), llo.toDoubleArray()) && Arrays.equals(hi.toDoubleArray(), lhi.toDoubleArray())));
        }
    }

    /** Each row's term of the gradient of the mean log-loss: {@code x * (sigmoid(x @ w) - y)}, x with its column of ones. */
    static NDArray gradientTerms(NDArray block, NDArray w) {
        NDArray x = block.get(":, :-1"), y = block.get(":, -1");
        NDArray r = x.matmul(w).neg().exp().radd(1.0).rdiv(1.0).sub(y);
        return x.mul(r.expandDims(1));
    }

    /**
     * Parts of {@link #PART_ROWS} rows (the last shorter) of {@code dtype}: {@code features} standard-normal
     * features, ones, and labels drawn from a known model, each part from its own seed; parts already there
     * with the right shape and dtype are kept.
     */
    static void writeParts(Path dir, long rows, int features, DType dtype) throws IOException {
        Files.createDirectories(dir);
        NDArray truth = Np.random(99).randn(features);
        for (long start = 0, part = 0; start < rows; start += PART_ROWS, part++) {
            Path file = dir.resolve(String.format("part-%05d.npy", part));
            long n = Math.min(PART_ROWS, rows - start);
            if (Files.exists(file) && Arrays.equals(NpyFiles.shape(file), new long[] {n, features + 2}) && NpyFiles.dtype(file) == dtype) continue;
            var rng = Np.random(1000 + part);
            NDArray x = rng.randn(n, features);
            NDArray p = x.matmul(truth).add(0.5).neg().exp().radd(1.0).rdiv(1.0);
            NDArray y = rng.rand(n).lt(p).astype(DType.FLOAT64);
            NpyFiles.save(file, Np.concatenate(1, x, Np.ones(n, 1), y.expandDims(1)).astype(dtype));
        }
    }

    private static List<NDArray> loadParts(Path dir) throws IOException {
        List<NDArray> parts = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".npy")).sorted().toList()) parts.add(NpyFiles.load(p));
        }
        return parts;
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length == 0 ? Double.NaN : s[s.length / 2];
    }
}
