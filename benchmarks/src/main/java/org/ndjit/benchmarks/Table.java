package org.ndjit.benchmarks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The report as text: a Markdown table (readable in a terminal, pasted as is into the README) of
 * median time per call for each pipeline and variant with the ratios, the targets met or missed, the
 * checks, and the same figures as CSV.
 */
final class Table {
    private static final Set<Pipeline> WITHIN_110 = EnumSet.of(Pipeline.B1, Pipeline.B2, Pipeline.B3, Pipeline.B4, Pipeline.B7, Pipeline.B8, Pipeline.B9);
    private static final Set<Pipeline> WITHIN_150 = EnumSet.of(Pipeline.B5, Pipeline.B6, Pipeline.B10);
    private static final Set<Pipeline> EAGER_2X = EnumSet.of(Pipeline.B2, Pipeline.B3, Pipeline.B7);
    /** Issue 11's pipelines, whose time is mostly their output's memory: their calls' times must not be spread (no bimodal medians), and they also run with results closed. */
    static final Set<Pipeline> STEADY = EnumSet.of(Pipeline.B1, Pipeline.B2, Pipeline.B3, Pipeline.B8);
    private static final Set<Pipeline> MEMORY_BOUND = EnumSet.of(Pipeline.B1, Pipeline.B2, Pipeline.B7, Pipeline.B8, Pipeline.B9);

    private Table() {}

    /** One target for one pipeline: met, missed, or not measured (met null). */
    record Target(String goal, Pipeline pipeline, String figure, Boolean met) {}

    static String markdown(Measurements m) {
        StringBuilder sb = new StringBuilder();
        int cores = m.machine.cores();
        List<Variant> columns = columns(m);
        boolean server = columns.contains(Variant.FUSED_SERVER);
        sb.append("| pipeline | unit");
        for (Variant v : columns) sb.append(" | ").append(v == Variant.FUSED_ALL_CORES ? "fused, " + cores + " threads" : v.label);
        sb.append(" | NumPy | fused / hand vector | eager / fused | NumPy / fused | GB/s fused (hand vector) | IQR / median, fused | minor faults per call, fused")
          .append(server ? " (server JVM)" : "").append(" |\n");
        sb.append("|---|---|").append("--:|".repeat(columns.size() + 7)).append('\n');
        for (Pipeline p : Pipeline.values()) {
            if (!m.timings.containsKey(p)) continue;
            Double fused = m.median(p, Variant.FUSED), vector = m.median(p, Variant.VECTOR), eager = m.median(p, Variant.EAGER);
            Double numpy = m.numpy(p);
            sb.append("| ").append(p).append(' ').append(p.title).append(" | ").append(unit(p));
            for (Variant v : columns) sb.append(" | ").append(value(p, m.median(p, v)));
            sb.append(" | ").append(value(p, numpy));
            sb.append(" | ").append(ratio(fused, vector)).append(" | ").append(ratio(eager, fused)).append(" | ").append(ratio(numpy, fused));
            sb.append(" | ").append(MEMORY_BOUND.contains(p) && fused != null
                    ? num(p.bytes / fused) + (vector != null ? " (" + num(p.bytes / vector) + ")" : "") : "");
            Double spread = m.spread(p, Variant.FUSED);
            sb.append(" | ").append(spread == null ? "" : Math.round(100 * spread) + "%");
            sb.append(" | ").append(faults(m.minorFaults(p, Variant.FUSED)));
            if (server) sb.append(" (").append(faults(m.minorFaults(p, Variant.FUSED_SERVER))).append(')');
            sb.append(" |\n");
        }
        for (Pipeline p : m.compile.keySet()) {
            sb.append("| C1 compile ").append(p).append(" (").append(m.kernels.get(p)).append(m.kernels.get(p) == 1 ? " kernel" : " kernels")
              .append(") | ms per kernel | ").append(num(m.compilePerKernel(p) / 1e6)).append(" |".repeat(columns.size() + 7)).append('\n');
        }
        sb.append("\nSingle thread except the \"threads\" column; medians of per-call times, output allocation included. ")
          .append("Ratios are of times (fused / hand vector 1.00 = as fast as the hand-written Vector API loop; ")
          .append("NumPy / fused above 1 = faster than NumPy). GB/s: bytes that must move (inputs read once, output written once) / time. ")
          .append("IQR / median: the interquartile range of the fused calls' times over their median (a bimodal time shows as a large one). ")
          .append("Minor page faults: the whole process's over the measured iterations / calls (pages touched for the first time, ")
          .append("4 KB each, or 2 MB for a transparent huge page).");
        if (server) sb.append(" Server JVM: ").append(JvmSetup.SERVER.heap()).append(" instead of ").append(JvmSetup.STANDARD.heap()).append('.');
        sb.append('\n');
        return sb.toString();
    }

    /** The variants shown as columns: all but the server JVM's and the closed results', each only when this run measured it. */
    static List<Variant> columns(Measurements m) {
        List<Variant> out = new ArrayList<>(List.of(Variant.values()));
        if (!m.measured(Variant.FUSED_SERVER)) out.remove(Variant.FUSED_SERVER);
        if (!m.measured(Variant.FUSED_CLOSED)) out.remove(Variant.FUSED_CLOSED);
        return out;
    }

    /** The targets, for the pipelines this run measured. */
    static List<Target> targets(Measurements m) {
        List<Target> out = new ArrayList<>();
        Set<Pipeline> run = m.timings.keySet();
        for (Pipeline p : run) {
            Double fused = m.median(p, Variant.FUSED), vector = m.median(p, Variant.VECTOR);
            if (WITHIN_110.contains(p)) out.add(ratioTarget("fused within 1.10x of hand vector", p, fused, vector, 1.10));
            if (WITHIN_150.contains(p)) out.add(ratioTarget("fused within 1.5x of hand vector", p, fused, vector, 1.5));
        }
        for (Pipeline p : run) {
            Double fused = m.median(p, Variant.FUSED), numpy = m.numpy(p);
            out.add(new Target("fused faster than NumPy", p, fused == null || numpy == null ? "NumPy not measured"
                    : value(p, fused) + " vs " + value(p, numpy) + " " + unit(p), fused == null || numpy == null ? null : fused < numpy));
        }
        for (Pipeline p : run) {
            if (!EAGER_2X.contains(p)) continue;
            Double fused = m.median(p, Variant.FUSED), eager = m.median(p, Variant.EAGER);
            out.add(new Target("eager / fused at least 2x", p, ratio(eager, fused), fused == null || eager == null ? null : eager / fused >= 2));
        }
        for (Pipeline p : run) {
            Double spread = m.spread(p, Variant.FUSED);
            if (STEADY.contains(p) && spread != null) {
                out.add(new Target("interquartile range under 30% of the median", p, Math.round(100 * spread) + "%", spread < 0.30));
            }
        }
        Double small = m.median(Pipeline.B11, Variant.FUSED);
        if (small != null) out.add(new Target("at most 1.5 µs per call", Pipeline.B11, value(Pipeline.B11, small) + " µs", small <= 1500));
        Double mm = m.median(Pipeline.B12, Variant.FUSED);
        if (mm != null) {
            out.add(new Target("at least 120 GFLOP/s single-thread", Pipeline.B12, value(Pipeline.B12, mm) + " GFLOP/s", Pipeline.B12.flops / mm >= 120));
        }
        for (Pipeline p : m.compile.keySet()) {
            Double c = m.compilePerKernel(p);
            out.add(new Target("C1: compiling an unseen kernel under 2 ms", p, num(c / 1e6) + " ms per kernel", c < 2e6));
        }
        return out;
    }

    static String targetsMarkdown(List<Target> targets) {
        StringBuilder sb = new StringBuilder("| target | pipeline | figure | |\n|---|---|---|---|\n");
        for (Target t : targets) {
            sb.append("| ").append(t.goal()).append(" | ").append(t.pipeline()).append(" | ").append(t.figure()).append(" | ")
              .append(t.met() == null ? "not measured" : t.met() ? "met" : "**missed**").append(" |\n");
        }
        long met = targets.stream().filter(t -> Boolean.TRUE.equals(t.met())).count();
        sb.append("\n").append(met).append(" of ").append(targets.size()).append(" targets met.\n");
        return sb.toString();
    }

    /** The checks and the plans: what each row computed and how. */
    static String notes(Measurements m) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Pipeline, Verify.Outcome> e : m.verified.entrySet()) {
            Verify.Outcome o = e.getValue();
            Pipeline p = e.getKey();
            Boolean numpy = m.numpyAgrees(p);
            sb.append("- ").append(p).append(' ').append(p.title).append(" `").append(p.numpy).append("`: ")
              .append(o.ok() ? "checked" : "**CHECK FAILED**").append(" (").append(o.detail())
              .append(numpy == null ? "" : numpy ? "; NumPy's result agrees" : "; **NumPy's result differs**").append("); ")
              .append(planSummary(o.plan())).append('\n');
        }
        return sb.toString();
    }

    /** The plan's first line and what the reference evaluator computes in it. */
    static String planSummary(String plan) {
        String first = plan.lines().findFirst().orElse("");
        StringBuilder ref = new StringBuilder();
        plan.lines().filter(l -> l.endsWith("(reference)")).forEach(l -> ref.append(ref.isEmpty() ? "" : ", ")
                .append(l.substring(l.indexOf("= ") + 2, l.length() - " (reference)".length())));
        return first + (ref.isEmpty() ? "" : " (" + ref + " by the reference evaluator)");
    }

    static String csv(Measurements m) {
        StringBuilder sb = new StringBuilder("profile,pipeline,title,variant,threads,jvm,median_ns,p25_ns,p75_ns,samples,value,unit,gb_per_s,minor_faults_per_call\n");
        for (Pipeline p : Pipeline.values()) {
            for (Map.Entry<Variant, Measurements.Stats> e : m.timings.getOrDefault(p, Map.of()).entrySet()) {
                Variant v = e.getKey();
                int threads = v.threads == 0 ? m.machine.cores() : v.threads;
                row(sb, m.profile, p, p.title, v.label, threads, v.jvm, e.getValue(), unit(p), value(p, e.getValue().median()), gbs(p, e.getValue().median()));
            }
            NumpyRunner.Timing t = m.numpy.timings().get(p);
            if (t != null) {
                double ns = t.seconds() * 1e9;
                row(sb, m.profile, p, p.title, "numpy", 1, null, new Measurements.Stats(ns, Double.NaN, Double.NaN, t.samples(), Double.NaN),
                        unit(p), value(p, ns), gbs(p, ns));
            }
        }
        for (Pipeline p : m.compile.keySet()) {
            Measurements.Stats s = m.compile.get(p);
            int k = m.kernels.get(p);
            row(sb, m.profile, p, "compile (C1), " + k + " kernels", "fused", 1, JvmSetup.STANDARD, s, "ms per kernel", num(s.median() / k / 1e6), "");
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, Profile profile, Pipeline p, String title, String variant, int threads, JvmSetup jvm,
                            Measurements.Stats s, String unit, String value, String gbs) {
        sb.append(String.join(",", profile.id(), p.name(), quote(title), quote(variant), Integer.toString(threads),
                jvm == null ? "" : quote(jvm.heap()), plain(s.median()), plain(s.p25()), plain(s.p75()), Long.toString(s.samples()), value,
                quote(unit), gbs, Double.isNaN(s.minorFaultsPerCall()) ? "" : num(s.minorFaultsPerCall()))).append('\n');
    }

    private static String quote(String s) { return "\"" + s.replace("\"", "\"\"") + "\""; }

    private static String plain(double v) { return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.1f", v); }

    private static String gbs(Pipeline p, double ns) { return MEMORY_BOUND.contains(p) ? num(p.bytes / ns) : ""; }

    private static Target ratioTarget(String goal, Pipeline p, Double fused, Double vector, double limit) {
        return new Target(goal, p, ratio(fused, vector), fused == null || vector == null ? null : fused / vector <= limit);
    }

    static String unit(Pipeline p) {
        return p.flops > 0 ? "GFLOP/s" : p.inMicroseconds() ? "µs" : "ms";
    }

    /** A time in the pipeline's unit (GFLOP/s for matmul); blank if not measured. */
    static String value(Pipeline p, Double ns) {
        if (ns == null) return "";
        return num(p.flops > 0 ? p.flops / ns : p.inMicroseconds() ? ns / 1e3 : ns / 1e6);
    }

    private static String faults(Double perCall) { return perCall == null ? "" : num(perCall); }

    private static String ratio(Double a, Double b) {
        return a == null || b == null ? "" : String.format(Locale.ROOT, "%.2fx", a / b);
    }

    /** Three significant digits. */
    static String num(double v) {
        double a = Math.abs(v);
        String f = a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, f, v);
    }
}
