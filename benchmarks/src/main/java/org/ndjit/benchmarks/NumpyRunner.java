package org.ndjit.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs {@code numpy_bench.py} with python3 on the same data: writes every pipeline's inputs to a
 * temporary folder (raw values and a manifest), runs the script on one thread, reads its results and
 * deletes the folder. When python3 or NumPy is missing, says so instead.
 */
final class NumpyRunner {
    /** NumPy's median seconds per call and the sum of |result| (to check it computed the same thing). */
    record Timing(double seconds, long samples, double absSum) {}

    /** The timings, or why there are none ({@code unavailable} non-null). */
    record Results(String version, Map<Pipeline, Timing> timings, String unavailable) {}

    private NumpyRunner() {}

    static Results run(Path script, Path work, double seconds, java.util.Set<Pipeline> pipelines) {
        String missing = probe();
        if (missing != null) return new Results(null, Map.of(), missing);
        Path dir = null;
        try {
            Files.createDirectories(work);
            dir = Files.createTempDirectory(work, "numpy-data");
            StringBuilder manifest = new StringBuilder();
            for (Pipeline p : pipelines) manifest.append(Data.of(p, false, true).write(dir));
            Files.writeString(dir.resolve("manifest.txt"), manifest);
            return parse(python(script.toString(), dir.resolve("manifest.txt").toString(), Double.toString(seconds)));
        } catch (IOException | InterruptedException e) {
            return new Results(null, Map.of(), "the NumPy script failed: " + e.getMessage());
        } finally {
            if (dir != null) delete(dir);
        }
    }

    /** Null if python3 with NumPy runs, else the reason. */
    private static String probe() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import numpy").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) return "NumPy is not installed for python3 (" + out.strip().lines().reduce((a, b) -> b).orElse("") + ")";
            return null;
        } catch (IOException e) {
            return "python3 was not found";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String python(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "python3";
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        for (String v : new String[] {"OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"}) pb.environment().put(v, "1");
        Process p = pb.start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) out.append(line).append('\n');
        }
        if (p.waitFor() != 0) throw new IOException("python3 exited with " + p.exitValue());
        return out.toString();
    }

    private static Results parse(String out) {
        String version = null;
        Map<Pipeline, Timing> timings = new EnumMap<>(Pipeline.class);
        for (String line : out.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f[0].equals("NUMPY")) version = f[1];
            if (f[0].equals("RESULT")) {
                timings.put(Pipeline.valueOf(f[1]), new Timing(Double.parseDouble(f[2]), Long.parseLong(f[3]), Double.parseDouble(f[4])));
            }
        }
        return new Results(version, timings, null);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
