package org.ndjit.benchmarks;

import jdk.incubator.vector.DoubleVector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Where and when the run happened: the reports print it with their tables. */
public record Machine(String date, String cpu, int cores, String memory, String os, String jdk, int vectorBits, String loadBefore) {

    public static Machine describe() {
        String cpu = grep("/proc/cpuinfo", "model name");
        String mem = grep("/proc/meminfo", "MemTotal");
        if (!mem.equals("?")) mem = Math.round(Long.parseLong(mem.replaceAll("\\D", "")) / 1048576.0) + " GB";
        return new Machine(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")), cpu,
                Runtime.getRuntime().availableProcessors(), mem,
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                DoubleVector.SPECIES_PREFERRED.vectorBitSize(), loadAverage());
    }

    /** The 1-, 5- and 15-minute load averages: above zero, something else was running. */
    public static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** The repository's commit, marked when the working tree has changes; "?" outside a git checkout. */
    public static String revision(Path repo) {
        try {
            Process head = new ProcessBuilder("git", "-C", repo.toString(), "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String commit = new String(head.getInputStream().readAllBytes()).strip();
            Process status = new ProcessBuilder("git", "-C", repo.toString(), "status", "--porcelain", "--untracked-files=no").redirectErrorStream(true).start();
            boolean dirty = !new String(status.getInputStream().readAllBytes()).isBlank();
            return head.waitFor() == 0 ? commit + (dirty ? " with local changes" : "") : "?";
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }

    private static String grep(String file, String key) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(key)) return line.substring(line.indexOf(':') + 1).trim();
            }
        } catch (IOException e) {
            // not Linux: unknown
        }
        return "?";
    }

    public String summary() {
        return cpu + ", " + cores + " cores, " + memory + " RAM, " + vectorBits + "-bit vectors; " + os + "; " + jdk;
    }
}
