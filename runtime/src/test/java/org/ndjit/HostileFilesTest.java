package org.ndjit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile and damaged files: each test builds a bad file the way an attacker or a bad disk would and
 * checks that it is rejected with an IOException naming the file, quickly and without allocating what
 * the file merely claims. (Issue "Hostile files, crashes and cancellation", defects 1, 3, 4, 5, 6.)
 */
class HostileFilesTest {
    @TempDir
    Path tmp;

    // ---------------------------------------------------------------- building files

    /** A .npy image (version 1.0, or 2.0 when the header needs it) with this header text and {@code data}. */
    static byte[] npy(String dict, byte[] data) {
        byte[] text = dict.getBytes(StandardCharsets.ISO_8859_1);
        int major = text.length + 1 + 10 + 64 <= 0xFFFF ? 1 : 2;
        int lengthBytes = major == 1 ? 2 : 4;
        int hlen = text.length + 1;
        int pad = 64 - (6 + 2 + lengthBytes + hlen) % 64;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
        int len = hlen + pad;
        for (int i = 0; i < lengthBytes; i++) out.write(len >>> (8 * i));
        out.writeBytes(text);
        out.writeBytes(" ".repeat(pad).getBytes(StandardCharsets.ISO_8859_1));
        out.write('\n');
        out.writeBytes(data);
        return out.toByteArray();
    }

    static byte[] float64s(double... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) b.putDouble(v);
        return b.array();
    }

    /**
     * A one-member zip archive written byte by byte, so that every field (sizes, CRC) can say what the
     * test wants; {@code body} is the member's data as stored (raw deflate when {@code deflated}).
     */
    static byte[] zip(String member, byte[] body, boolean deflated, long size, long crc) {
        byte[] name = member.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(30 + name.length + body.length + 46 + name.length + 22).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) (deflated ? 8 : 0))
                .putShort((short) 0).putShort((short) 0x21).putInt((int) crc).putInt(body.length).putInt((int) size)
                .putShort((short) name.length).putShort((short) 0).put(name).put(body);
        int central = b.position();
        b.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0).putShort((short) (deflated ? 8 : 0))
                .putShort((short) 0).putShort((short) 0x21).putInt((int) crc).putInt(body.length).putInt((int) size)
                .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putInt(0).putInt(0).put(name);
        int centralSize = b.position() - central;
        b.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 1).putShort((short) 1)
                .putInt(centralSize).putInt(central).putShort((short) 0);
        return b.array();
    }

    /** A stored member with honest size and CRC. */
    static byte[] storedZip(String member, byte[] content) {
        return zip(member, content, false, content.length, crc(content));
    }

    static long crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return c.getValue();
    }

    static byte[] deflate(byte[] content) {
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        d.setInput(content);
        d.finish();
        byte[] out = new byte[content.length + 1024];
        int n = d.deflate(out);
        d.end();
        return Arrays.copyOf(out, n);
    }

    private Path file(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    /** The call fails with an IOException whose message starts with the file's name, and returns the message. */
    static String assertRejected(Path p, Reader read) {
        IOException e = assertThrows(IOException.class, () -> read.read(p), p + " should be rejected");
        String m = e.getMessage();
        assertTrue(m != null && m.startsWith(p.toString()), () -> "message does not start with the file name: " + m);
        return m;
    }

    interface Reader {
        Object read(Path p) throws IOException;
    }

    // ---------------------------------------------------------------- defect 1: quadratic header parsing

    @Test
    void aHeaderWithALongRunOfDigitsIsRejectedAtOnce() throws IOException {
        String digits32k = "1".repeat(32 * 1024);
        String digits1m = "1".repeat((1 << 20) - 200);
        Path[] bad = {
                // the number pattern used to backtrack over the digits: 8.5 s for 32 KB
                file("digits-x.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (" + digits32k + "x,), }", new byte[0])),
                file("digits-e.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (" + digits32k + "e,), }", new byte[0])),
                // plain digits: a million-digit integer used to be converted (17.8 s)
                file("digits-1m.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (" + digits1m + ",), }", new byte[0])),
                file("float-1m.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (" + digits1m + ".5,), }", new byte[0])),
                // nesting and a huge string
                file("nested.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + ", }", new byte[0])),
                file("string.npy", npy("{'descr': '" + "x".repeat(1 << 19) + "', 'fortran_order': False, 'shape': (1,), }", new byte[0])),
                // 20,000 axes (the message used to list them all)
                file("axes.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (" + "1, ".repeat(20_000) + "), }", new byte[0])),
        };
        // CPU time, not the wall clock (ThreadCpuTime); the timeout only stops a hang
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (Path p : bad) {
                long t0 = ThreadCpuTime.now();
                String m = assertRejected(p, NpyFiles::load);
                long ms = (ThreadCpuTime.now() - t0) / 1_000_000;
                assertTrue(ms < 1000, p + " took " + ms + " ms of CPU time to reject");
                assertTrue(m.length() < 2000, "message of " + m.length() + " characters");
            }
        });
        // and in an archive member, through the same parser
        Path z = file("digits.npz", storedZip("a.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (" + digits32k + "x,), }", new byte[0])));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            long t0 = ThreadCpuTime.now();
            assertRejected(z, NpyFiles::loadz);
            long ms = (ThreadCpuTime.now() - t0) / 1_000_000;
            assertTrue(ms < 2000, z + " took " + ms + " ms of CPU time to reject");
        });
    }

    // ---------------------------------------------------------------- defect 3: npz members are trusted

    @Test
    void anNpzMemberClaimingAHugeShapeIsRejectedBeforeAllocating() throws IOException {
        Path tb = file("terabyte.npz", storedZip("a.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1099511627776,), }", new byte[0])));
        String m = assertRejected(tb, NpyFiles::loadz);
        assertTrue(m.contains("(member 'a.npy')") && m.contains("truncated"), m);
        // a claim that could be allocated (1 GiB) is refused from the archive's size field, not after filling 1 GiB
        Path gb = file("gigabyte.npz", storedZip("a.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (134217728,), }", float64s(1, 2))));
        m = assertRejected(gb, NpyFiles::loadz);
        assertTrue(m.contains("only 16 follow") && m.contains("archive"), m);
    }

    // ---------------------------------------------------------------- defect 4: no CRC check

    @Test
    void aFlippedBitInAStoredNpzMemberFailsItsCrc() throws IOException {
        byte[] content = npy("{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }", float64s(1, 5, 7));
        byte[] good = storedZip("a.npy", content);
        assertArrayEquals(new double[] {1, 5, 7}, NpyFiles.loadz(file("good.npz", good)).get("a").toDoubleArray());
        byte[] bad = good.clone();
        int five = 30 + "a.npy".length() + 128 + 8 + 6; // the second-to-last byte of 5.0: 5.0 becomes 5.25
        bad[five] ^= 0x01;
        String m = assertRejected(file("flipped.npz", bad), NpyFiles::loadz);
        assertTrue(m.contains("CRC"), m);
    }

    @Test
    void everySingleByteFlipInACompressedNpzMemberIsCaught() throws IOException {
        double[] values = new double[64];
        for (int i = 0; i < values.length; i++) values[i] = i * 0.25;
        byte[] content = npy("{'descr': '<f8', 'fortran_order': False, 'shape': (64,), }", float64s(values));
        byte[] body = deflate(content);
        byte[] good = zip("a.npy", body, true, content.length, crc(content));
        Path p = tmp.resolve("flip.npz");
        int start = 30 + "a.npy".length();
        int silent = 0;
        for (int i = start; i < start + body.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= (byte) 0xA5;
            Files.write(p, bad);
            try {
                double[] got = NpyFiles.loadz(p).get("a").toDoubleArray();
                if (!Arrays.equals(got, values)) silent++;
            } catch (IOException e) {
                assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
            }
        }
        assertEquals(0, silent, "flips that loaded other values without an error");
    }

    // ---------------------------------------------------------------- defect 5: zip bomb cost

    /** Raw deflate: {@code prefix} in a stored block, then {@code matches} copies of 258 bytes (distance 1) in a fixed-Huffman block. */
    static byte[] bomb(byte[] prefix, int matches) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(prefix.length + matches * 13 / 8 + 16);
        out.write(0); // BFINAL 0, BTYPE 00 (stored), then pad to the byte
        out.write(prefix.length);
        out.write(prefix.length >>> 8);
        out.write(~prefix.length);
        out.write(~prefix.length >>> 8);
        out.writeBytes(prefix);
        long acc = 0;
        int bits = 0;
        // BFINAL 1, BTYPE 01 (fixed Huffman), least significant bit first
        acc |= 1L; acc |= 1L << 1; bits = 3;
        // length 258 is code 285: 8 bits 11000101, written most significant bit first; distance 1 is code 0: 5 zero bits
        int code285 = Integer.reverse(0b11000101) >>> 24;
        for (int i = 0; i < matches; i++) {
            acc |= (long) code285 << bits;
            bits += 13;
            while (bits >= 8) { out.write((int) acc); acc >>>= 8; bits -= 8; }
        }
        bits += 7; // end of block: code 256 is 7 zero bits
        while (bits > 0) { out.write((int) acc); acc >>>= 8; bits -= 8; }
        return out.toByteArray();
    }

    @Test
    void trailingDataInACompressedMemberIsNotInflated() throws IOException {
        byte[] content = npy("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }", float64s(1, 2));
        int matches = (1 << 30) / 258; // 1 GiB of trailing data: about 3 s to inflate
        byte[] body = bomb(content, matches);
        long inflated = content.length + 258L * matches;
        // the archive's size field says 1 GiB more than the header needs; and a size field that lies
        Path honest = file("bomb.npz", zip("a.npy", body, true, inflated, 0));
        Path lying = file("bomb-lying.npz", zip("a.npy", body, true, content.length, crc(content)));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> { // a hang; the bound is on CPU time (ThreadCpuTime)
            for (Path p : new Path[] {honest, lying}) {
                long t0 = ThreadCpuTime.now();
                String m = assertRejected(p, NpyFiles::loadz);
                long ms = (ThreadCpuTime.now() - t0) / 1_000_000;
                assertTrue(ms < 700, p + " took " + ms + " ms of CPU time to reject: " + m);
            }
        });
    }

    // ---------------------------------------------------------------- defect 6: exception types and messages

    @Test
    void anOutOfRangeUnicodeEscapeInTheHeaderIsAnIOExceptionNamingTheFile() throws IOException {
        for (String escape : new String[] {"\\U7fffffff", "\\U00110000", "\\x-1", "\\u+fff"}) {
            Path p = file("escape.npy", npy("{'descr': '<f8" + escape + "', 'fortran_order': False, 'shape': (1,), }", float64s(1)));
            assertRejected(p, NpyFiles::load);
        }
    }

    @Test
    void loadingADirectoryNamesIt() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("a-directory.npy"));
        String m = assertRejected(dir, NpyFiles::load);
        assertTrue(m.contains("directory"), m);
        assertRejected(dir, NpyFiles::loadz);
    }

    @Test
    void savingToTheRootDirectoryIsAnIOExceptionNotANullPointer() {
        NDArray a = Np.array(new double[] {1, 2});
        Path root = Path.of("/");
        assertRejected(root, p -> { NpyFiles.save(p, a); return null; });
        assertRejected(root, p -> { NpyFiles.saveChunked(p, a.mul(2)); return null; });
        assertRejected(root, p -> { NpyFiles.savez(p, Map.of("a", a)); return null; });
    }

    @Test
    void aHugeDescrIsCutInTheMessage() throws IOException {
        Path p = file("descr.npy", npy("{'descr': '<" + "f".repeat(8000) + "', 'fortran_order': False, 'shape': (1,), }", float64s(1)));
        String m = assertRejected(p, NpyFiles::load);
        assertTrue(m.length() < 1000, "a message of " + m.length() + " characters");
        Path q = file("descr2.npy", npy("{'descr': [('" + "f".repeat(8000) + "', '<f8')], 'fortran_order': False, 'shape': (1,), }", float64s(1)));
        m = assertRejected(q, NpyFiles::load);
        assertTrue(m.length() < 1000, "a message of " + m.length() + " characters");
    }

    @Test
    void aValueErrorInAChunkedSaveReportsTheElementOfTheWholeArray() {
        long[] divisors = new long[10_000 * 2];
        Arrays.fill(divisors, 1);
        divisors[9000 * 2] = 0; // element (9000, 0)
        NDArray d = Np.array(divisors).reshape(10_000, 2);
        NDArray q = Np.array(new long[] {7, 8}).floorDiv(d);
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> NpyFiles.saveChunked(tmp.resolve("q.npy"), q, 1000));
        assertTrue(e.getMessage().contains("(9000, 0)"), e.getMessage());
    }

    @Test
    void aTrailingCommaInAnIndexIsNumpysTuple() {
        NDArray m = Np.array(new double[] {1, 2, 3, 4, 5, 6}).reshape(2, 3);
        // NumPy: m[1,] is m[1]; m[1:,] is m[1:]; m[1,2,] is m[1,2]
        assertArrayEquals(new double[] {4, 5, 6}, m.get("1,").toDoubleArray());
        assertArrayEquals(new double[] {4, 5, 6}, m.get(" 1 , ").toDoubleArray());
        assertArrayEquals(new long[] {1, 3}, m.get("1:,").shape());
        assertArrayEquals(new double[] {6}, m.get("1, 2,").reshape(1).toDoubleArray());
        // but not an empty entry elsewhere: m[,], m[1,,], m[,1] are syntax errors
        for (String bad : new String[] {",", "1,,", ",1", "1,,2"}) {
            assertThrows(IllegalArgumentException.class, () -> m.get(bad), bad);
        }
        // integers are Python's literals: m[- 1], m[0x1], m[0b1], m[+1] are m[1]; m[1_0] is m[10]; m[01] is a syntax error
        for (String one : new String[] {"- 1", "0x1", "0b1", "0o1", "+1", "--1", "0x_1"}) {
            assertArrayEquals(new double[] {4, 5, 6}, m.get(one).toDoubleArray(), one);
        }
        assertThrows(IndexOutOfBoundsException.class, () -> m.get("1_0"));
        assertArrayEquals(new double[] {1, 4}, m.get(":, 0_0").toDoubleArray());
        for (String bad : new String[] {"01", "0_2", "1__0", "1_", "_1", "0x", "1.0", "99999999999999999999"}) {
            assertThrows(IllegalArgumentException.class, () -> m.get(bad), bad);
        }
    }
}
