package org.ndjit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file all or nothing: the bytes go to a hidden temporary file in the target's directory
 * (same file system, so the final rename cannot turn into a copy), which is renamed over the target
 * only after everything was written, flushed to the device ({@code fsync}) and closed; the directory
 * is then synced too, so that after a power loss the target holds either the old or the new content,
 * never an empty or partial file. A failure at any point (an I/O error, an exception while an array
 * is being computed) deletes the temporary file and leaves whatever was at the target before untouched,
 * so a reader never sees a half-written array under the target name.
 *
 * <p><b>Symbolic links</b> are written through, as {@code np.save} (which opens the path for writing)
 * does: when the target is a link (or a chain of links), the file it points to is replaced, in that
 * file's directory, and the link stays a link. A dangling link gets its file created.
 *
 * <p><b>Crash leftovers.</b> A process killed mid-save (or a power loss) cannot delete its temporary
 * file. Temporary files are named {@code .<target name>.ndjit-<pid>-<start>-<random>.tmp}, with the
 * writing process's id and start time; each save first deletes the temporary files of the same target
 * whose process is no longer running (no process with that id, or one that started at another time).
 * Files of a live process (a concurrent save) and files not named by this scheme are never touched.
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

    /** How many links a target may go through, as POSIX's SYMLOOP_MAX on Linux. */
    private static final int MAX_LINKS = 40;

    private static final String MARK = ".ndjit-";
    private static final Pattern TEMP = Pattern.compile("\\.ndjit-(\\d+)-([0-9a-f]+)-[0-9a-f]+\\.tmp");

    /** This process's part of a temporary file's name: {@code <pid>-<start time in ms, hex>}. */
    private static final String OWNER = ProcessHandle.current().pid() + "-" + Long.toHexString(startMillis(ProcessHandle.current()).orElse(0L));

    /** Test hook: sees the durability steps ("sync file", "rename", "sync dir") in order; null when not testing. */
    static volatile java.util.function.Consumer<String> trace;

    static void write(Path target, Body body) throws IOException {
        Path absolute = throughLinks(target.toAbsolutePath());
        Path dir = absolute.getParent();
        String name = absolute.getFileName().toString();
        removeStale(dir, name);
        Path temp = dir.resolve("." + name + MARK + OWNER + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                body.writeTo(new KeepOpen(out)); // a body may close its stream (a ZipOutputStream does); the channel must stay open to sync
                out.flush();
                channel.force(true);
                step("sync file");
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            step("rename");
            syncDirectory(dir);
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

    /** The body's view of the stream: closing it only flushes. */
    private static final class KeepOpen extends java.io.FilterOutputStream {
        KeepOpen(OutputStream out) { super(out); }
        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
        @Override public void close() throws IOException { out.flush(); }
    }

    private static void step(String what) {
        java.util.function.Consumer<String> t = trace;
        if (t != null) t.accept(what);
    }

    /** The file a path names after following symbolic links (relative links resolve against the link's directory). */
    static Path throughLinks(Path path) throws IOException {
        Path p = path;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINKS) throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            p = p.getParent().resolve(Files.readSymbolicLink(p)).normalize();
        }
        return p;
    }

    /** Makes the rename durable: fsync of the directory, where the platform can open one (POSIX). */
    private static void syncDirectory(Path dir) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(dir, StandardOpenOption.READ);
        } catch (IOException | UnsupportedOperationException e) {
            return; // Windows cannot open a directory; its rename is made durable by the file system itself
        }
        try (channel) {
            channel.force(true);
        }
        step("sync dir");
    }

    /** Deletes the temporary files this scheme made for {@code name} in {@code dir} whose writing process has ended. */
    private static void removeStale(Path dir, String name) {
        String prefix = "." + name + MARK;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path p : entries) {
                Matcher m = TEMP.matcher(p.getFileName().toString().substring(prefix.length() - MARK.length()));
                if (!m.matches()) continue;
                long pid;
                long start;
                try {
                    pid = Long.parseLong(m.group(1));
                    start = Long.parseUnsignedLong(m.group(2), 16);
                } catch (NumberFormatException e) {
                    continue;
                }
                if (ownerAlive(pid, start)) continue;
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // someone else's file we may not delete, or already gone: not this save's business
                }
            }
        } catch (NoSuchFileException e) {
            // the directory does not exist: the save itself reports that
        } catch (IOException | java.io.UncheckedIOException e) {
            // cleaning up is best effort; the save goes on
        }
    }

    /** True unless the process is known to have ended: no process has that id, or the one that has it started at another time. */
    static boolean ownerAlive(long pid, long startMillis) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) return false;
        if (startMillis == 0) return true; // the owner's start time was unknown: assume it is this process
        Optional<Long> start = startMillis(handle.get());
        return start.isEmpty() || start.get() == startMillis;
    }

    private static Optional<Long> startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli);
    }
}
