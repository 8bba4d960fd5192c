package org.ndjit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saves after a crash (leftover temporary files), their durability (fsync) and saving through symbolic links. */
class SaveDurabilityTest {
    @TempDir
    Path tmp;

    @AfterEach
    void noTrace() {
        AtomicFileWrite.trace = null;
    }

    private List<Path> hidden() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }

    /** A child JVM that saves a slow lazy array block by block, to be killed mid-save. */
    public static final class SlowChunkedSave {
        public static void main(String[] args) throws IOException {
            long n = 50_000_000L;
            NpyFiles.saveChunked(Path.of(args[0]), Np.arange(n).reshape(n, 1).mul(2), 1);
        }
    }

    @Test
    void aTempFileLeftByAKilledSaveIsRemovedByTheNextSaveOfTheSameTarget() throws Exception {
        Path target = tmp.resolve("big.npy");
        NpyFiles.save(target, Np.arange(3));
        Process child = ChildJvm.start(SlowChunkedSave.class, tmp.resolve("child.log"), target.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try {
            while (hidden().stream().noneMatch(p -> sizeOf(p) > 4096)) {
                assertTrue(child.isAlive(), () -> "the child ended: " + log());
                assertTrue(System.nanoTime() < deadline, "no temporary file appeared");
                Thread.sleep(20);
            }
        } finally {
            child.destroyForcibly(); // SIGKILL on POSIX: the save's own cleanup cannot run
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertFalse(child.isAlive());
        assertEquals(1, hidden().size(), "the killed save left its temporary file");
        assertArrayEquals(new long[] {0, 1, 2}, NpyFiles.load(target).toLongArray(), "the old file is intact");

        NpyFiles.save(target, Np.arange(4));
        assertEquals(List.of(), hidden(), "the next save removes the dead process's temporary file");
        assertArrayEquals(new long[] {0, 1, 2, 3}, NpyFiles.load(target).toLongArray());
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private String log() {
        try {
            return Files.readString(tmp.resolve("child.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The temporary-file name a save by {@code process} would use for {@code target}. */
    private static String tempName(String target, ProcessHandle process) {
        long start = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        return "." + target + ".ndjit-" + process.pid() + "-" + Long.toHexString(start) + "-1234abcd.tmp";
    }

    @Test
    void staleTempFilesOfDeadProcessesAreRemovedButNotThoseOfLiveOnesOrOtherFiles() throws Exception {
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ProcessHandle endedHandle = ended.toHandle();
        String deadTemp = tempName("a.npz", endedHandle);
        ended.waitFor();
        String deadNpy = tempName("a.npy", endedHandle);
        Files.write(tmp.resolve(deadTemp), new byte[100]);
        Files.write(tmp.resolve(deadNpy), new byte[100]);
        String live = tempName("a.npy", ProcessHandle.current());
        Files.write(tmp.resolve(live), new byte[100]);
        String reusedPid = "." + "a.npy" + ".ndjit-" + ProcessHandle.current().pid() + "-1-99.tmp"; // our pid, another start time
        Files.write(tmp.resolve(reusedPid), new byte[100]);
        List<String> foreign = List.of(".a.npy.1234.tmp", ".a.npy.ndjit-notapid.tmp", ".b.npy.ndjit-1-1-1.tmp", "a.npy.ndjit-1-1-1.tmp");
        for (String f : foreign) Files.write(tmp.resolve(f), new byte[1]);

        NpyFiles.save(tmp.resolve("a.npy"), Np.arange(3));
        assertFalse(Files.exists(tmp.resolve(deadNpy)), "a dead process's temp file of the same target is removed");
        assertFalse(Files.exists(tmp.resolve(reusedPid)), "a temp file whose pid now belongs to a later process is removed");
        assertTrue(Files.exists(tmp.resolve(live)), "a live process's temp file stays");
        assertTrue(Files.exists(tmp.resolve(deadTemp)), "another target's temp file stays until that target is saved");
        for (String f : foreign) assertTrue(Files.exists(tmp.resolve(f)), f + " was not made by this library's scheme");

        NpyFiles.savez(tmp.resolve("a.npz"), Map.of("x", Np.arange(2)));
        assertFalse(Files.exists(tmp.resolve(deadTemp)), "savez cleans its target's leftovers too");
    }

    @Test
    void savesSyncTheFileBeforeTheRenameAndTheDirectoryAfterIt() throws IOException {
        for (int kind = 0; kind < 3; kind++) {
            List<String> steps = new ArrayList<>();
            AtomicFileWrite.trace = steps::add;
            switch (kind) {
                case 0 -> NpyFiles.save(tmp.resolve("s.npy"), Np.arange(5));
                case 1 -> NpyFiles.saveChunked(tmp.resolve("c.npy"), Np.arange(6).reshape(3, 2), 1);
                default -> NpyFiles.savez(tmp.resolve("z.npz"), Map.of("x", Np.arange(5)));
            }
            assertEquals(List.of("sync file", "rename", "sync dir"), steps, "save kind " + kind);
        }
    }

    @Test
    void savingThroughASymlinkWritesTheLinkedFileAndKeepsTheLink() throws IOException {
        Path realDir = Files.createDirectory(tmp.resolve("real"));
        Path real = realDir.resolve("data.npy");
        NpyFiles.save(real, Np.arange(2));
        Path link = Files.createSymbolicLink(tmp.resolve("link.npy"), Path.of("real", "data.npy")); // relative, as `ln -s` makes
        NpyFiles.save(link, Np.arange(5));
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertArrayEquals(new long[] {0, 1, 2, 3, 4}, NpyFiles.load(real).toLongArray(), "the linked file got the data");

        Path chain = Files.createSymbolicLink(tmp.resolve("chain.npz"), tmp.resolve("link2.npz"));
        Files.createSymbolicLink(tmp.resolve("link2.npz"), realDir.resolve("z.npz")); // dangling: np.save creates the file
        NpyFiles.savez(chain, Map.of("x", Np.arange(3)));
        assertTrue(Files.isSymbolicLink(chain) && Files.isSymbolicLink(tmp.resolve("link2.npz")));
        assertTrue(Files.isRegularFile(realDir.resolve("z.npz"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertArrayEquals(new long[] {0, 1, 2}, NpyFiles.loadz(chain).get("x").toLongArray());
        NpyFiles.saveChunked(link, Np.arange(4), 1);
        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals(new long[] {0, 1, 2, 3}, NpyFiles.load(real).toLongArray());
    }
}
