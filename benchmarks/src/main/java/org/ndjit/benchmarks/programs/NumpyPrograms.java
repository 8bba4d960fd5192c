package org.ndjit.benchmarks.programs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** Runs one program of {@code numpy_programs.py} in a fresh python3 on one thread (BLAS included). */
final class NumpyPrograms {
    private NumpyPrograms() {}

    /** Null if python3 with NumPy runs, else the reason. */
    static String probe() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import numpy").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor() == 0 ? null : "NumPy is not installed for python3 (" + out.strip().lines().reduce((a, b) -> b).orElse("") + ")";
        } catch (IOException e) {
            return "python3 was not found";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The script prints {@code MAIN <epoch µs>} at its first line, then {@code IMPORT <ns>} (import numpy), {@code FIRST} and {@code WARM}. */
    static ProgramsReport.Timing run(Path script, Program p, Path data, Path answers, double seconds, int minRuns)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("python3", script.toString(), p.id(), data.toString(), answers.toString(),
                Double.toString(seconds), Integer.toString(minRuns));
        for (String v : new String[] {"OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"}) pb.environment().put(v, "1");
        Instant launch = Instant.now();
        Map<String, String> out = ProgramsReport.run(pb, p + " in NumPy");
        return ProgramsReport.timing(out, launch, Long.parseLong(out.get("IMPORT")) / 1e6);
    }
}
