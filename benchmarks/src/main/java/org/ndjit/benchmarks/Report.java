package org.ndjit.benchmarks;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs the suite and prints the report: checks every hand-written variant against the library, runs
 * the JMH benchmarks of each pipeline (forked JVMs on this JVM's JDK), times kernel compilation,
 * runs the NumPy script, then prints the table and the targets and writes
 * {@code results/benchmarks-<profile>.csv}, {@code .png} and {@code .md}.
 *
 * <p>Arguments: {@code quick|long}, the results folder, the NumPy script, optionally a
 * comma-separated list of pipelines ({@code B1,B7}) or {@code all}, and optionally {@code true} to
 * run the fused variant in a server-like JVM too ({@link JvmSetup#SERVER}; off by default, so a
 * quick run stays short).
 */
public final class Report {
    /** How long a benchmark waits for another JMH run on the machine to finish. */
    private static final long LOCK_WAIT_NANOS = TimeUnit.HOURS.toNanos(1);

    private Report() {}

    public static void main(String[] args) throws Exception {
        Profile profile = Profile.valueOf((args.length > 0 ? args[0] : "quick").toUpperCase(Locale.ROOT));
        Path results = Path.of(args.length > 1 ? args[1] : "results").toAbsolutePath().normalize();
        Path script = Path.of(args.length > 2 ? args[2] : "benchmarks/numpy_bench.py").toAbsolutePath().normalize();
        Set<Pipeline> pipelines = selected(args.length > 3 ? args[3] : "all");
        boolean server = args.length > 4 && Boolean.parseBoolean(args[4]);
        Files.createDirectories(results);
        long start = System.nanoTime();
        Machine machine = Machine.describe();
        Measurements m = new Measurements(profile, machine, results);
        System.out.printf("ndjit benchmarks, %s profile, %s%n%s%nload average before: %s%n", profile.id(), machine.date(), machine.summary(), machine.loadBefore());
        System.out.printf("about %d benchmarks of %d s in %d fork(s) each, then NumPy%n%n", count(pipelines, machine.cores(), server),
                profile.warmupSeconds + profile.measureSeconds, profile.forks);

        System.out.println("checking the hand-written variants and eager mode against the library ...");
        for (Pipeline p : pipelines) {
            Verify.Outcome o = Verify.check(p);
            m.verified.put(p, o);
            System.out.printf("  %-4s %s: %s%n", p, o.ok() ? "ok" : "CHECK FAILED", o.detail());
        }
        System.gc(); // let this JVM give back the checks' memory while the forks run

        for (Pipeline p : pipelines) {
            long t = System.nanoTime();
            Map<Variant, Measurements.Stats> stats = new EnumMap<>(Variant.class);
            for (JvmSetup jvm : JvmSetup.values()) {
                List<Variant> in = variants(p, machine.cores(), server).stream().filter(v -> v.jvm == jvm).toList();
                if (in.isEmpty()) continue;
                for (RunResult r : jmh(profile, results, PipelineBench.class, "run", p, in, jvm)) {
                    stats.put(Variant.valueOf(r.getParams().getParam("variant")), stats(r));
                }
            }
            m.timings.put(p, stats);
            StringBuilder line = new StringBuilder();
            stats.forEach((v, s) -> line.append(line.isEmpty() ? "" : ", ").append(v.label).append(' ').append(Table.value(p, s.median())));
            System.out.printf("%-4s %-9s %s: %s  (%.0f s)%n", p, p.title, Table.unit(p), line, (System.nanoTime() - t) / 1e9);
        }
        for (Pipeline p : EnumSet.of(Pipeline.B2, Pipeline.B6)) {
            if (!pipelines.contains(p)) continue;
            m.kernels.put(p, CompileBench.specs(p).size());
            for (RunResult r : jmh(profile, results, CompileBench.class, "compile", p, null, JvmSetup.STANDARD)) m.compile.put(p, stats(r));
            System.out.printf("C1   compile %s: %s ms per kernel (%d of them)%n", p, Table.num(m.compilePerKernel(p) / 1e6), m.kernels.get(p));
        }

        System.out.println("\nNumPy, one thread, same data ...");
        m.numpy = NumpyRunner.run(script, results, profile.numpySeconds, pipelines);
        if (m.numpy.unavailable() != null) System.out.println("NumPy not measured: " + m.numpy.unavailable());

        String report = text(m, pipelines, server, (System.nanoTime() - start) / 60e9);
        System.out.println("\n" + report);
        Path base = results.resolve("benchmarks-" + profile.id());
        Files.writeString(Path.of(base + ".md"), report);
        Files.writeString(Path.of(base + ".csv"), Table.csv(m));
        Chart.write(m, Path.of(base + ".png"));
        System.out.println("wrote " + base + ".md, .csv and .png; JMH logs in " + results.resolve("jmh-" + profile.id()));
    }

    private static String text(Measurements m, Set<Pipeline> pipelines, boolean server, double minutes) {
        Machine machine = m.machine;
        String numpy = m.numpy.unavailable() == null ? "NumPy " + m.numpy.version() + " on one thread"
                : "NumPy not measured: " + m.numpy.unavailable();
        return "### ndjit benchmarks, " + m.profile.id() + " profile\n\n"
                + "Measured " + machine.date() + " at commit " + Machine.revision(m.results.getParent()) + " on " + machine.summary() + "; " + numpy + ".  \n"
                + "Command: `mvn -q -Pbench -DskipTests verify -Dbench.profile=" + m.profile.id() + (server ? " -Dbench.serverJvm=true" : "") + "` ("
                + String.format(Locale.ROOT, "%.0f", minutes) + " minutes; JMH " + m.profile.forks + " fork(s), "
                + m.profile.warmupSeconds + " s warm-up (B11 " + m.profile.warmupSeconds(Pipeline.B11) + " s), " + m.profile.measureSeconds + " s measured per benchmark; JVMs "
                + JvmSetup.STANDARD.heap() + (server ? ", server JVM " + JvmSetup.SERVER.heap() : "") + ").  \n"
                + "Load average (1, 5, 15 min) before: " + machine.loadBefore() + ", after: " + Machine.loadAverage()
                + (pipelines.size() < Pipeline.values().length ? ".  \nPipelines: " + pipelines : "") + ".\n\n"
                + Table.markdown(m) + "\n" + Table.targetsMarkdown(Table.targets(m)) + "\n" + Table.notes(m);
    }

    private static List<Variant> variants(Pipeline p, int cores, boolean server) {
        List<Variant> out = new ArrayList<>(List.of(Variant.values()));
        if (!p.parallel || cores < 2) out.remove(Variant.FUSED_ALL_CORES);
        if (!server) out.remove(Variant.FUSED_SERVER);
        if (!Table.STEADY.contains(p)) out.remove(Variant.FUSED_CLOSED);
        return out;
    }

    private static int count(Set<Pipeline> pipelines, int cores, boolean server) {
        int n = 0;
        for (Pipeline p : pipelines) n += variants(p, cores, server).size();
        return n + (pipelines.contains(Pipeline.B2) ? 1 : 0) + (pipelines.contains(Pipeline.B6) ? 1 : 0);
    }

    /** Runs one benchmark method for one pipeline (and the given variants) in one JVM setup; JMH's own output goes to a log file. */
    private static Collection<RunResult> jmh(Profile profile, Path results, Class<?> bench, String method, Pipeline p, List<Variant> variants,
                                             JvmSetup jvm)
            throws RunnerException, java.io.IOException {
        Path logs = Files.createDirectories(results.resolve("jmh-" + profile.id()));
        OptionsBuilder o = new OptionsBuilder();
        o.include("^" + Pattern.quote(bench.getName() + "." + method) + "$")
                .param("pipeline", p.name())
                .mode(Mode.SampleTime).timeUnit(TimeUnit.NANOSECONDS)
                .forks(profile.forks)
                .warmupIterations(profile.warmupSeconds(p)).warmupTime(TimeValue.seconds(1))
                .measurementIterations(profile.measureSeconds).measurementTime(TimeValue.seconds(1))
                .jvm(Path.of(System.getProperty("java.home"), "bin", "java").toString())
                .jvmArgs(jvm.args())
                .shouldFailOnError(true)
                .output(logs.resolve(bench.getSimpleName() + "-" + p + (jvm == JvmSetup.STANDARD ? "" : "-" + jvm.name().toLowerCase(Locale.ROOT)) + ".log").toString());
        if (variants != null) o.param("variant", variants.stream().map(Enum::name).toArray(String[]::new));
        Options options = o.build();
        long waitUntil = System.nanoTime() + LOCK_WAIT_NANOS;
        while (true) {
            try {
                return new Runner(options).run();
            } catch (RunnerException e) {
                // JMH refuses to start while another JMH run on this machine holds its lock: two runs would
                // disturb each other's figures, so wait for it (a shared machine) rather than fail.
                boolean locked = String.valueOf(e.getMessage()).contains("Unable to acquire the JMH lock");
                if (!locked || System.nanoTime() > waitUntil) {
                    throw new RunnerException(p + ": the benchmark failed, see " + options.getOutput().orElse("the JMH log"), e);
                }
                System.out.println("  another JMH run holds its lock; waiting ...");
                sleep(10_000);
            }
        }
    }

    private static void sleep(long millis) throws RunnerException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunnerException("interrupted while waiting for the JMH lock", e);
        }
    }

    private static Measurements.Stats stats(RunResult r) {
        Statistics s = r.getPrimaryResult().getStatistics();
        return new Measurements.Stats(s.getPercentile(50), s.getPercentile(25), s.getPercentile(75), s.getN(), faultsPerCall(r));
    }

    /** The process's minor page faults per call over the measured iterations ({@link FaultCounter}), or NaN if not counted. */
    private static double faultsPerCall(RunResult r) {
        var secondary = r.getSecondaryResults();
        if (!secondary.containsKey("minorFaults") || !secondary.containsKey("calls")) return Double.NaN;
        double faults = secondary.get("minorFaults").getScore(), calls = secondary.get("calls").getScore();
        return faults < 0 || calls <= 0 ? Double.NaN : faults / calls;
    }

    private static Set<Pipeline> selected(String list) {
        if (list.isBlank() || list.equals("all")) return EnumSet.allOf(Pipeline.class);
        Set<Pipeline> out = EnumSet.noneOf(Pipeline.class);
        for (String s : list.split(",")) out.add(Pipeline.valueOf(s.trim().toUpperCase(Locale.ROOT)));
        return out;
    }
}
