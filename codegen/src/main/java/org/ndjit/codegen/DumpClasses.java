package org.ndjit.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A debugging aid: with {@code -Dndjit.dumpClasses=DIR} every generated kernel class is written to DIR as
 * {@code Kernel-N.class} (N counts classes in definition order), for {@code javap -c -p} when a JIT log
 * (deoptimization, inlining) names a bytecode index of a hidden kernel class.
 */
final class DumpClasses {
    private static final String DIR = System.getProperty("ndjit.dumpClasses");
    private static final AtomicInteger COUNT = new AtomicInteger();

    private DumpClasses() {}

    static void write(byte[] bytes) {
        if (DIR == null) return;
        try {
            Path dir = Files.createDirectories(Path.of(DIR));
            Files.write(dir.resolve("Kernel-" + COUNT.incrementAndGet() + ".class"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("could not dump a kernel class into " + DIR, e);
        }
    }
}
