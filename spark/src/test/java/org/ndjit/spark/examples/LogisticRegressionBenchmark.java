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
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The logistic-regression step (one gradient pass over the data and the update) on {@code .npy} parts of
 * float64, on Spark at {@code local[1]} and {@code local[2]} and in one JVM at 1 and 2 threads, in GB/s of
 * data per core. Arguments (all optional): rows (10^8), steps timed per run (3, after one untimed; 0
 * only writes the parts),
 * the directory of parts ({@code /tmp/ndjit-logreg-<rows>}; parts already there are reused).
 *
 * <p>The data are {@link LogisticRegressionOnSpark}'s table with 10 features: 10 features, ones and the
 * label in float64, 96 bytes per row (9.6 GB for 10^8 rows, which stays in the page cache of a 23 GB
 * machine; 20 features would be 17.6 GB and would not). Not float32: the library's plan for this
 * gradient over a whole float32 part of 2^20 rows runs about 10 times slower than over float64 (measured
 * while writing this; in 65,536-row pieces it does not), which would measure that, not the distribution.
 * Written by the library, without Python. Both sides map the parts
 * ({@code NpyFiles.loadMapped}: no copy, the page cache is the memory) and run the same expression
 * ({@link LogisticRegressionOnSpark#gradientTerms} summed over the rows): Spark as one task per part
 * and core, each task's library on one thread; the single JVM streams the parts one after the other,
 * the library splitting each part's work over its threads, and adds the parts' gradients.
 */
public final class LogisticRegressionBenchmark {
    private static final int FEATURES = 10;

    public static void main(String[] args) throws IOException {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 100_000_000L;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = args.length > 2 ? Path.of(args[2]) : Path.of(System.getProperty("java.io.tmpdir"), "ndjit-logreg-" + rows);
        long t0 = System.nanoTime();
        LogisticRegressionOnSpark.writeParts(dir, rows, FEATURES, DType.FLOAT64);
        List<Path> parts;
        try (var files = Files.list(dir)) {
            parts = files.filter(f -> f.toString().endsWith(".npy")).sorted().toList();
        }
        long bytes = 0;
        for (Path p : parts) bytes += Files.size(p);
        System.out.printf("%d rows x " + (FEATURES + 2) + " float64 in %d parts (%.2f GB) ready in %.1f s; load average %.2f%n", rows, parts.size(), bytes / 1e9,
                (System.nanoTime() - t0) / 1e9, load());
        if (steps == 0) return;
        for (int cores : new int[] {1, 2}) {
            report("Spark local[" + cores + "]", cores, bytes, spark(cores, dir, rows, steps));
            report("one JVM, " + cores + " thread(s)", cores, bytes, singleJvm(cores, parts, rows, steps));
        }
    }

    private static double[] spark(int cores, Path dir, long rows, int steps) throws IOException {
        System.setProperty("ndjit.parallelism", "1");
        SparkConf conf = DistributedArray.configure(new SparkConf().setMaster("local[" + cores + "]").setAppName("logistic regression benchmark")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1"));
        try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
            spark.sparkContext().setLogLevel("WARN");
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            DistributedArray data = DistributedArray.fromNpyParts(sc, dir);
            NDArray w = Np.zeros(FEATURES + 1);
            double[] times = new double[steps + 1];
            for (int it = 0; it <= steps; it++) {
                long i0 = System.nanoTime();
                Broadcast<Shipped> shipped = sc.broadcast(new Shipped(w));
                NDArray grad = data.map(b -> LogisticRegressionOnSpark.gradientTerms(b, shipped.value().array())).sum(0);
                w = w.sub(grad.mul(0.5 / rows)).eval();
                shipped.destroy();
                times[it] = (System.nanoTime() - i0) / 1e9;
            }
            System.out.println("  w[:3] after " + (steps + 1) + " steps: " + w.get(":3"));
            return Arrays.copyOfRange(times, 1, times.length);
        }
    }

    private static double[] singleJvm(int threads, List<Path> parts, long rows, int steps) throws IOException {
        System.setProperty("ndjit.parallelism", Integer.toString(threads));
        NDArray w = Np.zeros(FEATURES + 1);
        double[] times = new double[steps + 1];
        for (int it = 0; it <= steps; it++) {
            long i0 = System.nanoTime();
            NDArray grad = Np.zeros(FEATURES + 1);
            for (Path p : parts) grad = grad.add(LogisticRegressionOnSpark.gradientTerms(NpyFiles.loadMapped(p), w).sum(0)).eval();
            w = w.sub(grad.mul(0.5 / rows)).eval();
            times[it] = (System.nanoTime() - i0) / 1e9;
        }
        System.out.println("  w[:3] after " + (steps + 1) + " steps: " + w.get(":3"));
        return Arrays.copyOfRange(times, 1, times.length);
    }

    private static void report(String what, int cores, long bytes, double[] times) {
        double min = Arrays.stream(times).min().orElse(Double.NaN);
        System.out.printf("%s: step %.3f s (min of %d; all %s) = %.2f GB/s, %.2f GB/s per core; load average %.2f%n", what, min, times.length,
                Arrays.toString(Arrays.stream(times).map(t -> Math.round(t * 1000) / 1000.0).toArray()), bytes / min / 1e9, bytes / min / 1e9 / cores, load());
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
