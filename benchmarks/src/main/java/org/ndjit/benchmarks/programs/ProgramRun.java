package org.ndjit.benchmarks.programs;

import org.ndjit.NDArray;
import org.ndjit.NpyFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One program in a fresh JVM (started by {@link ProgramsReport}): notes the wall-clock time main
 * starts (the parent subtracts its launch time: the JVM's start), times the first run from the
 * program's first line, then repeats it warm, and writes the first run's answers as {@code .npy}
 * files. Prints {@code MAIN <epoch µs>}, {@code FIRST <ns>}, {@code WARM <ns> ...}.
 *
 * <p>Arguments: the program, its data folder, the answers folder, the seconds of warm runs and the
 * least number of them.
 */
public final class ProgramRun {
    private ProgramRun() {}

    public static void main(String[] args) throws Exception {
        Instant main = Instant.now();
        Program program = Program.valueOf(args[0]);
        Path data = Path.of(args[1]), answersDir = Path.of(args[2]);
        double seconds = Double.parseDouble(args[3]);
        int minRuns = Integer.parseInt(args[4]);

        long t = System.nanoTime();
        Map<String, NDArray> answers = program.run(data);
        long first = System.nanoTime() - t;

        List<Long> warm = new ArrayList<>();
        long until = System.nanoTime() + (long) (seconds * 1e9);
        while (warm.size() < minRuns || System.nanoTime() < until) {
            t = System.nanoTime();
            program.run(data);
            warm.add(System.nanoTime() - t);
        }

        Files.createDirectories(answersDir);
        for (Map.Entry<String, NDArray> a : answers.entrySet()) {
            NpyFiles.save(answersDir.resolve(program.id() + "_" + a.getKey() + ".npy"), a.getValue());
        }
        System.out.println("MAIN " + (main.getEpochSecond() * 1_000_000 + main.getNano() / 1000));
        System.out.println("FIRST " + first);
        StringBuilder line = new StringBuilder("WARM");
        for (long w : warm) line.append(' ').append(w);
        System.out.println(line);
    }
}
