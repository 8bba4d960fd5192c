package org.ndjit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file all or nothing: the bytes go to a hidden temporary file in the target's directory
 * (same file system, so the final rename cannot turn into a copy), which is renamed over the target
 * only after everything was written and closed. A failure at any point (an I/O error, an exception
 * while an array is being computed) deletes the temporary file and leaves whatever was at the target
 * before untouched, so a reader never sees a half-written array under the target name.
 *
 * <p>Replacing a file that an array still maps ({@link NpyFiles#loadMapped}) is safe on POSIX systems:
 * the rename gives the name to the new file and the mapping keeps reading the old one.
 */
final class AtomicFileWrite {
    private AtomicFileWrite() {}

    /** What to write; it may throw, and then nothing appears at the target. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    static void write(Path target, Body body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        String name = absolute.getFileName().toString();
        Path temp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        boolean moved = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 1 << 16)) {
                body.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException suppressed) {
                    // the original failure is the one to report
                }
            }
        }
    }
}
