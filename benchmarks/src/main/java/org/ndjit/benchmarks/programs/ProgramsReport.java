package org.ndjit.benchmarks.programs;

import org.ndjit.benchmarks.Machine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The programs benchmark: writes every {@link Program}'s data from its seed, runs each program in a
 * fresh JVM ({@link ProgramRun}, one thread) and the same program in NumPy in a fresh python3
 * (one thread), checks that the answers agree, and writes {@code results/programs.md} and
 * {@code .csv}.
 *
 * <p>Arguments: the results folder, the NumPy script, and optionally the seconds of warm runs per
 * program (at least {@value #MIN_WARM_RUNS} runs).
 */
public final class ProgramsReport {
    static final int MIN_WARM_RUNS = 10;

    /** One program's timings in one language; NumPy's import time is 0 for the library. */
    record Timing(double startMs, double importMs, double firstMs, double warmMedianMs, int warmRuns) {
        double toFirstAnswerMs() { return startMs + importMs + firstMs; }
    }

    private ProgramsReport() {}

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "results").toAbsolutePath().normalize();
        Path script = Path.of(args.length > 1 ? args[1] : "benchmarks/numpy_programs.py").toAbsolutePath().normalize();
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 5;
        Path dataRoot = results.resolve("programs-data"), javaAnswers = results.resolve("programs-answers/java");
        Path numpyAnswers = results.resolve("programs-answers/numpy");
        for (Path dir : List.of(javaAnswers, numpyAnswers)) clear(dir); // no answers of an earlier run can be compared
        Machine machine = Machine.describe();
        System.out.printf("ndjit programs benchmark, %s%n%s%nload average before: %s%n", machine.date(), machine.summary(), machine.loadBefore());
        String numpyMissing = NumpyPrograms.probe();

        Map<Program, Timing> java = new EnumMap<>(Program.class), aot = new EnumMap<>(Program.class), numpy = new EnumMap<>(Program.class);
        Path aotCaches = Files.createDirectories(results.resolve("programs-aot"));
        Map<Program, AnswerCheck.Outcome> checks = new EnumMap<>(Program.class);
        for (Program p : Program.values()) {
            Path data = Files.createDirectories(p.dataDir(dataRoot));
            p.writeData(data);
            java.put(p, runJava(p, data, javaAnswers, seconds, List.of()));
            aot.put(p, runWithAotCache(p, data, results.resolve("programs-answers/java-aot"), aotCaches.resolve(p.id() + ".aot")));
            if (numpyMissing == null) {
                numpy.put(p, NumpyPrograms.run(script, p, data, numpyAnswers, seconds, MIN_WARM_RUNS));
                checks.put(p, AnswerCheck.compare(p, javaAnswers, numpyAnswers));
            }
            System.out.printf("%-9s library: first %s ms (AOT cache: %s ms), warm %s ms%s%n", p.id(), ms(java.get(p).firstMs()), ms(aot.get(p).firstMs()), ms(java.get(p).warmMedianMs()),
                    numpy.containsKey(p) ? "; NumPy: first " + ms(numpy.get(p).firstMs()) + " ms, warm " + ms(numpy.get(p).warmMedianMs())
                            + " ms; answers " + (checks.get(p).ok() ? "agree" : "DIFFER") + " (" + checks.get(p).detail() + ")" : "");
        }
        String report = ProgramsTable.markdown(machine, Machine.revision(results.getParent()), seconds, java, aot, numpy, checks, numpyMissing);
        System.out.println("\n" + report);
        Files.writeString(results.resolve("programs.md"), report);
        Files.writeString(results.resolve("programs.csv"), ProgramsTable.csv(java, aot, numpy, checks));
        System.out.println("wrote " + results.resolve("programs.md") + " and .csv");
    }

    /** Runs one program in a fresh JVM on one thread, with the options the library needs and nothing else. */
    private static Timing runJava(Program p, Path data, Path answers, double seconds, List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Dndjit.parallelism=1"));
        command.addAll(options);
        command.addAll(List.of("-cp", options.isEmpty() ? System.getProperty("java.class.path") : jarsOnly(), ProgramRun.class.getName(),
                p.name(), data.toString(), answers.toString(), Double.toString(seconds), Integer.toString(MIN_WARM_RUNS)));
        Instant launch = Instant.now();
        Map<String, String> out = run(new ProcessBuilder(command), p + " in the JVM");
        return timing(out, launch, 0);
    }

    /**
     * The program in a fresh JVM started with the JDK's AOT cache (JEP 483, 514, 515: classes loaded and
     * linked, and method profiles, from a training run), as an application would deploy it: a training
     * run of the same program writes the cache ({@code -XX:AOTCacheOutput}, one second of warm runs),
     * then the measured run reads it ({@code -XX:AOTCache}). The library's generated kernels are hidden
     * classes, which the cache does not hold: they are generated again.
     */
    private static Timing runWithAotCache(Program p, Path data, Path answers, Path cache) throws IOException, InterruptedException {
        Files.deleteIfExists(cache);
        Files.createDirectories(answers);
        runJava(p, data, answers, 1, List.of("-XX:AOTCacheOutput=" + cache));
        if (!Files.isRegularFile(cache)) throw new IOException("the training run of " + p + " wrote no AOT cache at " + cache);
        return runJava(p, data, answers, 0, List.of("-XX:AOTCache=" + cache)); // its first run is the figure: no seconds of warm runs
    }

    /**
     * This JVM's class path with the benchmarks' class folder replaced by its jar ({@code -Dprograms.jar}):
     * the JDK writes no AOT cache for a class path with a folder in it.
     */
    private static String jarsOnly() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!Files.isDirectory(Path.of(entry))) entries.add(entry);
            else if (System.getProperty("programs.jar") != null && Files.isRegularFile(Path.of(System.getProperty("programs.jar")))) entries.add(System.getProperty("programs.jar"));
            else throw new IOException("an AOT cache needs jars only on the class path: " + entry + " is a folder and -Dprograms.jar names no jar");
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** Runs a process, returns its output lines as first word -> rest; fails with its standard error if it fails. */
    static Map<String, String> run(ProcessBuilder pb, String what) throws IOException, InterruptedException {
        Path err = Files.createTempFile("programs", ".err");
        try {
            Process process = pb.redirectError(err.toFile()).start();
            Map<String, String> out = new java.util.HashMap<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    int space = line.indexOf(' ');
                    if (space > 0) out.put(line.substring(0, space), line.substring(space + 1));
                }
            }
            if (process.waitFor() != 0) throw new IOException(what + " failed (exit " + process.exitValue() + "):\n" + Files.readString(err));
            return out;
        } finally {
            Files.deleteIfExists(err);
        }
    }

    /** The timing from a run's output lines ({@code MAIN}, {@code FIRST}, {@code WARM}) and the wall-clock time it was launched. */
    static Timing timing(Map<String, String> out, Instant launch, double importMs) {
        long mainMicros = Long.parseLong(out.get("MAIN"));
        double startMs = (mainMicros - (launch.getEpochSecond() * 1_000_000 + launch.getNano() / 1000)) / 1e3;
        long[] runs = Arrays.stream(out.get("WARM").split(" ")).mapToLong(Long::parseLong).toArray();
        return new Timing(startMs, importMs, Long.parseLong(out.get("FIRST")) / 1e6, warmMedian(runs) / 1e6, runs.length);
    }

    /**
     * The median of the later half of the runs after the first: the earlier ones still run kernels the
     * JIT has not finished compiling (on a loaded machine for seconds), which is the first run's cost,
     * not the warm one's.
     */
    static double warmMedian(long[] runs) {
        long[] later = Arrays.copyOfRange(runs, runs.length / 2, runs.length);
        Arrays.sort(later);
        int n = later.length;
        return n % 2 == 1 ? later[n / 2] : (later[n / 2 - 1] + later[n / 2]) / 2.0;
    }

    private static void clear(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) Files.delete(f);
        }
    }

    static String ms(double v) {
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f", v);
    }
}
