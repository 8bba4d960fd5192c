package org.ndjit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A memory-mapped input whose file shrinks: reading past the new end faults (SIGBUS), which kills the JVM,
 * so each materialization checks the file's length first. The hazardous part runs in a child JVM.
 */
class MappedFileShrinkTest {
    @TempDir
    Path tmp;

    /** Child: maps the file, shrinks it in a way given by args[1], reads it again in a way given by args[2]; prints the outcome. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            Path file = Path.of(args[0]);
            NDArray a = NpyFiles.loadMapped(file);
            NDArray t = a.reshape(1000, 1000).transpose(); // a view, as a Fortran-order file is
            System.out.println("before: " + a.sum().toDoubleArray()[0] + " " + t.get(3L, 2L).toDoubleArray()[0]);
            switch (args[1]) {
                case "truncate" -> { try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) { f.setLength(128); } }
                case "rewrite" -> Files.write(file, new byte[4096]); // in place: same file, truncated, then shorter content
                default -> throw new IllegalArgumentException(args[1]);
            }
            try {
                Object r = switch (args[2]) {
                    case "sum" -> a.mul(2).sum().toDoubleArray()[0];
                    case "view" -> t.add(1).max().toDoubleArray()[0];
                    case "save" -> { NpyFiles.save(file.resolveSibling("copy.npy"), a); yield "saved"; }
                    case "chunked" -> { NpyFiles.saveChunked(file.resolveSibling("copy.npy"), a.reshape(1000, 1000), 10); yield "saved"; }
                    default -> throw new IllegalArgumentException(args[2]);
                };
                System.out.println("READ WITHOUT ERROR: " + r);
            } catch (UncheckedIOException e) {
                System.out.println("CAUGHT: " + e.getMessage());
            }
        }
    }

    private String runChild(String shrink, String read) throws Exception {
        Path file = tmp.resolve("mapped-" + shrink + "-" + read + ".npy");
        NpyFiles.save(file, Np.arange(1_000_000).astype(org.ndjit.DType.FLOAT64));
        Path log = tmp.resolve(shrink + "-" + read + ".log");
        Process p = ChildJvm.start(Child.class, log, file.toString(), shrink, read);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child hung");
        String out = Files.readString(log);
        assertEquals(0, p.exitValue(), "the child JVM died (134 is SIGBUS):\n" + out);
        assertTrue(out.contains("CAUGHT: " + file.toAbsolutePath() + ": the memory-mapped file changed size from 8000128 to "), out);
        return out;
    }

    @Test
    void aTruncatedMappedFileIsAnExceptionNamingTheFileNotASigbus() throws Exception {
        runChild("truncate", "sum");
    }

    @Test
    void aMappedFileRewrittenShorterInPlaceIsAnExceptionForViewsSavesAndChunkedSaves() throws Exception {
        runChild("rewrite", "view");
        runChild("truncate", "save");
        runChild("rewrite", "chunked");
    }

    @Test
    void aMappedFileReplacedByRenameOrDeletedStillReadsItsOldData() throws IOException {
        Path file = tmp.resolve("m.npy");
        NpyFiles.save(file, Np.arange(10));
        NDArray a = NpyFiles.loadMapped(file);
        NpyFiles.save(file, Np.arange(3)); // a new file renamed over the name: the mapping keeps the old one
        assertEquals(45L, a.sum().toLongArray()[0]);
        Files.delete(file);
        assertEquals(90L, a.mul(2).sum().toLongArray()[0]);
    }
}
