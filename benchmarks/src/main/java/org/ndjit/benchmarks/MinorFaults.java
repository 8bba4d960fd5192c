package org.ndjit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's minor page faults so far (all threads): field 10 ({@code minflt}) of
 * {@code /proc/self/stat}. A minor fault is a page the kernel maps without reading a disk: memory
 * touched for the first time, which is what fresh (not reused) output memory costs.
 */
final class MinorFaults {
    private static final Path STAT = Path.of("/proc/self/stat");

    private MinorFaults() {}

    /** The count so far, or -1 where there is no {@code /proc} (not Linux). */
    static long now() {
        try {
            return parse(Files.readString(STAT));
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Field 10 of a {@code stat} line. Field 2 is the command name in parentheses, which may itself
     * hold spaces and parentheses, so fields are counted from the last ')': field 3 comes after it.
     */
    static long parse(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + stat);
        String[] fields = stat.substring(close + 1).trim().split(" ");
        return Long.parseLong(fields[10 - 3]);
    }
}
