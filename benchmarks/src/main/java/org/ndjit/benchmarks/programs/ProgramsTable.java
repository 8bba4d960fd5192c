package org.ndjit.benchmarks.programs;

import org.ndjit.benchmarks.Machine;

import java.util.Locale;
import java.util.Map;

import static org.ndjit.benchmarks.programs.ProgramsReport.ms;

/** The programs benchmark as a Markdown table (with how it was measured) and as CSV. */
final class ProgramsTable {
    private ProgramsTable() {}

    static String markdown(Machine machine, String commit, double seconds, Map<Program, ProgramsReport.Timing> java,
                           Map<Program, ProgramsReport.Timing> aot, Map<Program, ProgramsReport.Timing> numpy, Map<Program, AnswerCheck.Outcome> checks, String numpyMissing) {
        StringBuilder sb = new StringBuilder("### ndjit programs benchmark\n\n");
        sb.append("Measured ").append(machine.date()).append(" at commit ").append(commit).append(" on ").append(machine.summary()).append(".  \n")
          .append("Command: `mvn -q -Pprograms -DskipTests verify`; each program in a fresh JVM and a fresh python3, one thread each ")
          .append("(`-Dndjit.parallelism=1`; `OPENBLAS_NUM_THREADS=1`), warm runs for ").append(ms(seconds)).append(" s and at least ")
          .append(ProgramsReport.MIN_WARM_RUNS).append(".  \n")
          .append("Load average (1, 5, 15 min) before: ").append(machine.loadBefore()).append(", after: ").append(Machine.loadAverage()).append(".")
          .append(numpyMissing == null ? "" : "  \nNumPy not measured: " + numpyMissing + ".").append("\n\n");
        sb.append("| program | data | JVM start | first run | first run, AOT cache | warm | NumPy: python start + import | first run | warm ")
          .append("| first run NumPy / library (AOT cache) | warm NumPy / library | to first answer NumPy / library | answers |\n");
        sb.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n");
        for (Program p : Program.values()) {
            ProgramsReport.Timing j = java.get(p), a = aot.get(p), n = numpy.get(p);
            if (j == null) continue;
            AnswerCheck.Outcome c = checks.get(p);
            sb.append("| ").append(p.title).append(" | ").append(p.data)
              .append(" | ").append(ms(j.startMs())).append(" | ").append(ms(j.firstMs())).append(" | ").append(ms(a.firstMs())).append(" | ").append(ms(j.warmMedianMs()))
              .append(" | ").append(n == null ? "" : ms(n.startMs()) + " + " + ms(n.importMs()))
              .append(" | ").append(n == null ? "" : ms(n.firstMs())).append(" | ").append(n == null ? "" : ms(n.warmMedianMs()))
              .append(" | ").append(n == null ? "" : ratio(n.firstMs(), j.firstMs()) + " (" + ratio(n.firstMs(), a.firstMs()) + ")")
              .append(" | ").append(n == null ? "" : ratio(n.warmMedianMs(), j.warmMedianMs()))
              .append(" | ").append(n == null ? "" : ratio(n.toFirstAnswerMs(), j.toFirstAnswerMs()))
              .append(" | ").append(c == null ? "not checked" : (c.ok() ? "agree" : "**differ**") + " (" + c.detail() + ")").append(" |\n");
        }
        sb.append("\nTimes in ms. JVM start: from launching `java` to the first line of `main`; python start: from launching `python3` ")
          .append("to the script's first line, then `import numpy`. First run: from the program's first line (loading its `.npy` files) ")
          .append("to its answers computed, in the fresh process (the library's classes load and its kernels compile in it). ")
          .append("AOT cache: the same in a JVM started with `-XX:AOTCache` from a training run of the program (`-XX:AOTCacheOutput`, ")
          .append("JDK 25: classes loaded and linked, method profiles; the kernels are generated again). ")
          .append("Warm: median of the later half of the runs after the first, in the same process (the earlier half includes the JIT's ")
          .append("warm-up). To first answer: start (+ import) + first run. ")
          .append("Ratios above 1: the library is faster. Answers: the largest |library - NumPy| / (atol + rtol |NumPy|) per answer, ")
          .append("agree when at most 1; tolerances per program:");
        for (Program p : Program.values()) sb.append(' ').append(p.id()).append(" rtol ").append(p.rtol).append(" atol ").append(p.atol).append(';');
        sb.setLength(sb.length() - 1);
        sb.append(".\n");
        return sb.toString();
    }

    static String csv(Map<Program, ProgramsReport.Timing> java, Map<Program, ProgramsReport.Timing> aot, Map<Program, ProgramsReport.Timing> numpy,
                      Map<Program, AnswerCheck.Outcome> checks) {
        StringBuilder sb = new StringBuilder("program,implementation,start_ms,import_ms,first_run_ms,warm_median_ms,warm_runs,answers_agree\n");
        for (Program p : Program.values()) {
            AnswerCheck.Outcome c = checks.get(p);
            String agree = c == null ? "" : Boolean.toString(c.ok());
            row(sb, p, "ndjit", java.get(p), agree);
            row(sb, p, "ndjit-aot-cache", aot.get(p), agree);
            row(sb, p, "numpy", numpy.get(p), agree);
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, Program p, String implementation, ProgramsReport.Timing t, String agree) {
        if (t == null) return;
        sb.append(String.join(",", p.id(), implementation, f(t.startMs()), f(t.importMs()), f(t.firstMs()), f(t.warmMedianMs()),
                Integer.toString(t.warmRuns()), agree)).append('\n');
    }

    private static String f(double v) { return String.format(Locale.ROOT, "%.3f", v); }

    private static String ratio(double a, double b) { return String.format(Locale.ROOT, "%.2fx", a / b); }
}
