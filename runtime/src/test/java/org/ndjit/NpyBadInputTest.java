package org.ndjit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of bad input gives an IOException whose message names the file and the problem (for
 * load and loadMapped alike, and for .npz members), and a failed save leaves nothing behind.
 */
class NpyBadInputTest {
    @TempDir
    Path tmp;

    /** A .npy image with this header text, padded as NumPy pads it, followed by {@code data}. */
    private static byte[] npy(String dict, int dataBytes) {
        return npy(1, dict.getBytes(StandardCharsets.ISO_8859_1), dataBytes);
    }

    private static byte[] npy(int major, byte[] dict, int dataBytes) {
        int lengthBytes = major == 1 ? 2 : 4;
        int hlen = dict.length + 1;
        int pad = 64 - (6 + 2 + lengthBytes + hlen) % 64;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
        int len = hlen + pad;
        out.write(len & 0xFF);
        out.write(len >>> 8);
        if (lengthBytes == 4) { out.write(0); out.write(0); }
        out.writeBytes(dict);
        out.writeBytes(" ".repeat(pad).getBytes(StandardCharsets.ISO_8859_1));
        out.write('\n');
        out.writeBytes(new byte[dataBytes]);
        return out.toByteArray();
    }

    private Path file(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    /** load and loadMapped both fail, with the file's name and every expected phrase in the message. */
    private static void assertBad(Path p, String... phrases) {
        for (boolean mapped : new boolean[] {false, true}) {
            IOException e = assertThrows(IOException.class, () -> {
                if (mapped) NpyFiles.loadMapped(p);
                else NpyFiles.load(p);
            }, p + " should be rejected");
            String m = e.getMessage();
            assertTrue(m.startsWith(p.toString() + ": "), () -> "message does not name the file: " + m);
            for (String phrase : phrases) assertTrue(m.contains(phrase), () -> "message \"" + m + "\" lacks \"" + phrase + "\"");
        }
    }

    private static final String GOOD = "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }";

    @Test
    void aValidFileForComparison() throws IOException {
        Path p = file("good.npy", npy(GOOD, 48));
        assertArrayEquals(new long[] {2, 3}, NpyFiles.load(p).shape());
        assertArrayEquals(new long[] {2, 3}, NpyFiles.loadMapped(p).shape());
    }

    @Test
    void truncatedData() throws IOException {
        byte[] full = npy(GOOD, 48);
        assertBad(file("short.npy", Arrays.copyOf(full, full.length - 8)), "truncated file", "shape (2, 3)", "'<f8'", "needs 48 bytes", "only 40 follow");
        assertBad(file("nodata.npy", Arrays.copyOf(full, 128)), "truncated file", "only 0 follow");
    }

    @Test
    void truncatedHeader() throws IOException {
        byte[] full = npy(GOOD, 48);
        assertBad(file("h1.npy", Arrays.copyOf(full, 60)), "truncated file", "the header declares 118 bytes", "ends after 50");
        assertBad(file("h2.npy", Arrays.copyOf(full, 9)), "truncated file", "header length");
        assertBad(file("h3.npy", Arrays.copyOf(full, 4)), "truncated file");
        assertBad(file("empty.npy", new byte[0]), "empty file");
    }

    @Test
    void wrongMagicString() throws IOException {
        assertBad(file("text.npy", "hello, world\n".repeat(20).getBytes(StandardCharsets.US_ASCII)), "not a .npy file", "b'hello, w'", "\\x93NUMPY");
        byte[] zip = Files.readAllBytes(NpyFixtures.dir().resolve("stored.npz"));
        assertBad(file("zip.npy", zip), "not a .npy file", "b'PK\\x03\\x04");
    }

    @Test
    void unsupportedFormatVersion() throws IOException {
        byte[] b = npy(GOOD, 48);
        b[6] = 4;
        assertBad(file("v4.npy", b), "unsupported .npy format version 4.0");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[1, 2, 3]                                                      | the header is not a dict",
            "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3)      | not a valid Python dict literal",
            "{'descr': '<f8' 'fortran_order': False, 'shape': (2, 3), }    | not a valid Python dict literal",
            "{'descr': <f8, 'fortran_order': False, 'shape': (2, 3), }     | not a valid Python dict literal",
            "{'descr': '<f8', 'fortran_order': Flase, 'shape': (2, 3), }   | unknown name 'Flase'",
            "descr: <f8                                                    | not a valid Python dict literal",
            "{'descr': '<f8', 'shape': (2, 3), }                           | exactly the keys 'descr', 'fortran_order' and 'shape'",
            "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), 'x': 1} | exactly the keys",
            "{'descr': '<f8', 'fortran_order': 0, 'shape': (2, 3), }       | fortran_order is not a valid bool: 0",
            "{'descr': '<f8', 'fortran_order': False, 'shape': [2, 3], }   | shape is not a tuple of non-negative integers: [2, 3]",
            "{'descr': '<f8', 'fortran_order': False, 'shape': (2, -3), }  | shape is not a tuple of non-negative integers: (2, -3)",
            "{'descr': '<f8', 'fortran_order': False, 'shape': (2.0, 3), } | shape is not a tuple of non-negative integers",
            "{'descr': '<f8', 'fortran_order': False, 'shape': (6), }      | shape is not a tuple of non-negative integers: 6",
            "{'descr': 8, 'fortran_order': False, 'shape': (2, 3), }       | descr is not a valid dtype descriptor: 8",
            "{'descr': '<f8', 'descr': '<f8', 'shape': (2, 3), }           | duplicate key 'descr'",
    })
    void headersThatAreNotAValidDict(String dict, String phrase) throws IOException {
        assertBad(file("bad.npy", npy(dict, 48)), phrase);
    }

    @Test
    void aShapeTooLargeForALong() throws IOException {
        assertBad(file("huge.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (99999999999999999999,), }", 0)),
                "shape is not a tuple of non-negative integers");
        assertBad(file("huge2.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296, 4294967296), }", 0)),
                "has more than 2^63 elements");
        assertBad(file("huge3.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296, 536870912), }", 0)),
                "too large", "2^63 bytes");
    }

    @Test
    void aShapeWhoseSizeDoesNotMatchTheData() throws IOException {
        assertBad(file("long.npy", npy(GOOD, 56)), "the shape does not match the data", "needs 48 bytes", "but 56 follow");
        assertBad(file("shortshape.npy", npy("{'descr': '<i4', 'fortran_order': False, 'shape': (5,), }", 48)),
                "shape (5,) of '<i4' needs 20 bytes", "but 48 follow");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "complex    | '<c16' (complex)",
            "object     | '|O' (Python objects)",
            "unicode    | '<U2' (unicode strings)",
            "bytes      | '|S2' (byte strings)",
            "structured | structured (record) dtypes are not supported",
            "datetime   | '<M8[D]' (datetime64)",
    })
    void dtypesTheLibraryDoesNotHaveAsNumpyWroteThem(String kind, String phrase) throws IOException {
        Path p = tmp.resolve("unsupported_" + kind + ".npy");
        Files.copy(NpyFixtures.dir().resolve(p.getFileName().toString()), p);
        assertBad(p, "unsupported dtype", phrase, "supported: " + NpyDtype.SUPPORTED);
    }

    @Test
    void aVersion3HeaderMustBeUtf8() throws IOException {
        byte[] dict = (GOOD.substring(0, GOOD.length() - 1) + "}").getBytes(StandardCharsets.ISO_8859_1);
        byte[] bad = Arrays.copyOf(dict, dict.length + 1);
        bad[bad.length - 1] = (byte) 0xFF;
        assertBad(file("v3.npy", npy(3, bad, 48)), "not valid UTF-8");
        assertArrayEquals(new long[] {2, 3}, NpyFiles.load(file("v3ok.npy", npy(3, dict, 48))).shape());
    }

    @Test
    void aMissingFileIsNoSuchFile() {
        Path p = tmp.resolve("absent.npy");
        assertEquals(p.toString(), assertThrows(NoSuchFileException.class, () -> NpyFiles.load(p)).getMessage());
        assertEquals(p.toString(), assertThrows(NoSuchFileException.class, () -> NpyFiles.loadMapped(p)).getMessage());
        assertThrows(NoSuchFileException.class, () -> NpyFiles.loadz(tmp.resolve("absent.npz")));
    }

    @Test
    void loadMappedRejectsNonNativeByteOrderAndSaysWhatToUseInstead() {
        Path p = NpyFixtures.dir().resolve("f8_be_c_2x3.npy");
        IOException e = assertThrows(IOException.class, () -> NpyFiles.loadMapped(p));
        assertTrue(e.getMessage().startsWith(p + ": cannot map '>f8' data"), e.getMessage());
        assertTrue(e.getMessage().contains("use NpyFiles.load"), e.getMessage());
    }

    // ---- .npz ----

    private Path zip(String name, Map<String, byte[]> members) throws IOException {
        Path p = tmp.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                z.putNextEntry(new ZipEntry(m.getKey()));
                z.write(m.getValue());
                z.closeEntry();
            }
        }
        return p;
    }

    private static void assertBadNpz(Path p, String... phrases) {
        IOException e = assertThrows(IOException.class, () -> NpyFiles.loadz(p));
        String m = e.getMessage();
        assertTrue(m.startsWith(p.toString()), () -> "message does not name the file: " + m);
        for (String phrase : phrases) assertTrue(m.contains(phrase), () -> "message \"" + m + "\" lacks \"" + phrase + "\"");
    }

    @Test
    void badArchiveMembersAreNamed() throws IOException {
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("ok.npy", npy(GOOD, 48));
        members.put("cut.npy", Arrays.copyOf(npy(GOOD, 48), 150));
        assertBadNpz(zip("cut.npz", members), "(member 'cut.npy')", "truncated file", "only 22 follow");
        members.remove("cut.npy");
        members.put("long.npy", npy(GOOD, 50));
        assertBadNpz(zip("long.npz", members), "(member 'long.npy')", "the shape does not match the data", "but 50 follow");
        members.remove("long.npy");
        members.put("c.npy", Files.readAllBytes(NpyFixtures.dir().resolve("unsupported_complex.npy")));
        assertBadNpz(zip("complex.npz", members), "(member 'c.npy')", "'<c16' (complex)");
        members.remove("c.npy");
        members.put("notes.txt", "hello".getBytes(StandardCharsets.US_ASCII));
        assertBadNpz(zip("txt.npz", members), "(member 'notes.txt')", "not an array");
    }

    @Test
    void notAZipArchive() throws IOException {
        assertBadNpz(file("x.npz", npy(GOOD, 48)), "not a valid .npz (zip) archive");
        byte[] real = Files.readAllBytes(NpyFixtures.dir().resolve("compressed.npz"));
        assertBadNpz(file("cut.npz", Arrays.copyOf(real, real.length / 2)), "not a valid .npz (zip) archive");
    }

    @Test
    void aCorruptedCompressedMemberIsNamed() throws IOException {
        byte[] real = Files.readAllBytes(NpyFixtures.dir().resolve("compressed.npz"));
        byte[] broken = real.clone();
        for (int i = 60; i < 90; i++) broken[i] ^= 0x5A; // inside the first member's deflate data
        assertBadNpz(file("corrupt.npz", broken), "(member 'weights.npy')");
    }

    // ---- Failed saves leave nothing behind. ----

    private List<Path> filesIn(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aSaveThatFailsWhileComputingLeavesTheOldFileAndNoTemporary() throws IOException {
        Path out = tmp.resolve("result.npy");
        NpyFiles.save(out, Np.array(7L, 8L));
        byte[] before = Files.readAllBytes(out);
        NDArray failing = Np.arange(1, 100).floorDiv(Np.arange(-50, 49)); // division by zero at index 50
        assertThrows(ArithmeticException.class, () -> NpyFiles.save(out, failing));
        assertThrows(ArithmeticException.class, () -> NpyFiles.saveChunked(out, failing.reshape(9, 11), 2));
        Map<String, NDArray> m = new LinkedHashMap<>();
        m.put("good", Np.array(1.0));
        m.put("bad", failing);
        assertThrows(ArithmeticException.class, () -> NpyFiles.savez(out, m));
        assertArrayEquals(before, Files.readAllBytes(out));
        assertEquals(List.of(out), filesIn(tmp));
        Path fresh = tmp.resolve("fresh.npy");
        assertThrows(ArithmeticException.class, () -> NpyFiles.saveChunked(fresh, failing.reshape(9, 11), 2));
        assertFalse(Files.exists(fresh));
        assertEquals(List.of(out), filesIn(tmp));
    }

    @Test
    void aSaveThatFailsOnIoLeavesNoTemporary() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("target-is-a-dir.npy"));
        Files.writeString(dir.resolve("inside"), "x");
        assertThrows(IOException.class, () -> NpyFiles.save(dir, Np.array(1.0)));
        assertEquals(List.of(dir), filesIn(tmp));
        assertThrows(NoSuchFileException.class, () -> NpyFiles.save(tmp.resolve("no/such/dir/x.npy"), Np.array(1.0)));
        assertThrows(IOException.class, () -> NpyFiles.save(dir, Np.array(1.0), ByteOrder.BIG_ENDIAN, true));
        assertEquals(List.of(dir), filesIn(tmp));
    }
}
