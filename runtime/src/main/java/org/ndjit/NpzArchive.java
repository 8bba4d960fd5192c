package org.ndjit;

import org.ndjit.ir.StridedArray;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * {@code .npz} archives as {@code np.savez} and {@code np.savez_compressed} write them: a zip file with
 * one member {@code <name>.npy} per array, stored or deflate-compressed (zip64 when a member passes
 * 4 GB, which {@code java.util.zip} does by itself). Members are read in archive order, which is the
 * order they were written in; every member must be a {@code .npy} image, as NumPy writes no others.
 */
final class NpzArchive {
    private NpzArchive() {}

    static void write(Path path, Map<String, NDArray> arrays, boolean compressed) throws IOException {
        Map<String, NDArray> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, NDArray> e : arrays.entrySet()) {
            if (e.getKey() == null || e.getKey().isEmpty()) throw new IllegalArgumentException("an .npz member needs a non-empty name");
            if (e.getValue() == null) throw new IllegalArgumentException("the array named '" + e.getKey() + "' is null");
            ordered.put(e.getKey(), e.getValue());
        }
        AtomicFileWrite.write(path, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, NDArray> e : ordered.entrySet()) {
                    e.getValue().read(v -> {
                        writeMember(zip, e.getKey() + ".npy", v, compressed);
                        return null;
                    });
                }
            }
        });
    }

    private static void writeMember(ZipOutputStream zip, String member, StridedArray value, boolean compressed) throws IOException {
        ZipEntry entry = new ZipEntry(member);
        if (compressed) {
            entry.setMethod(ZipEntry.DEFLATED);
        } else {
            // A stored member's size and CRC go in its local header, before its data: one pass to compute them.
            Crc crc = new Crc();
            NpyWriter.write(value, ByteOrder.nativeOrder(), false, crc);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(crc.size);
            entry.setCompressedSize(crc.size);
            entry.setCrc(crc.crc.getValue());
        }
        zip.putNextEntry(entry);
        NpyWriter.write(value, ByteOrder.nativeOrder(), false, zip);
        zip.closeEntry();
    }

    /** Counts and checksums what is written to it, keeping nothing. */
    private static final class Crc extends OutputStream {
        final CRC32 crc = new CRC32();
        long size;

        @Override public void write(int b) {
            crc.update(b);
            size++;
        }

        @Override public void write(byte[] b, int off, int len) {
            crc.update(b, off, len);
            size += len;
        }
    }

    static Map<String, NDArray> read(Path path) throws IOException {
        Map<String, NDArray> arrays = new LinkedHashMap<>();
        try (ZipFile zip = open(path)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) continue;
                String member = entry.getName();
                String source = path + " (member '" + member + "')";
                if (!member.endsWith(".npy")) throw NpyHeader.problem(source, "not an array: .npz members must be .npy files");
                String name = member.substring(0, member.length() - 4);
                if (arrays.containsKey(name)) throw NpyHeader.problem(source, "the archive holds two members named '" + member + "'");
                try (InputStream raw = zip.getInputStream(entry)) {
                    arrays.put(name, readMember(new Member(raw, entry, source), entry, source));
                } catch (ZipException | java.io.EOFException e) {
                    throw NpyHeader.problem(source, "damaged archive member: " + e.getMessage());
                }
            }
        }
        return Collections.unmodifiableMap(arrays);
    }

    /**
     * One member's array. The archive's size field is checked against the header before anything is
     * allocated (a member cannot make the reader allocate more than it holds), the data is read through
     * {@link Member}, which stops at the first byte past the declared size and checks the CRC-32.
     */
    private static NDArray readMember(Member in, ZipEntry entry, String source) throws IOException {
        NpyHeader header = NpyHeader.read(in, source);
        long size = entry.getSize();
        if (size >= 0 && size - header.headerLength() != header.dataBytes()) {
            IOException e = NpyData.mismatch(source, header, Math.max(0, size - header.headerLength()));
            throw NpyHeader.problem(source, e.getMessage().substring(source.length() + 2) + " (by the archive's size for the member)");
        }
        NDArray array = NpyReader.array(header, NpyData.read(in, header, source));
        in.finish();
        return array;
    }

    /**
     * A member's bytes as the archive gives them, counted and checksummed: reading past the size the
     * archive declares fails at the first extra byte (a deflated member may inflate to far more than its
     * size field says, and nothing past it is inflated), and the end of the member checks the CRC-32, as
     * Python's zipfile does ("Bad CRC-32").
     */
    private static final class Member extends InputStream {
        private final InputStream in;
        private final long size, expectedCrc;
        private final String source;
        private final CRC32 crc = new CRC32();
        private long count;
        private boolean checked;

        Member(InputStream in, ZipEntry entry, String source) {
            this.in = in;
            this.size = entry.getSize();
            this.expectedCrc = entry.getCrc();
            this.source = source;
        }

        @Override public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            if (size >= 0 && count >= size) {
                finish();
                return -1;
            }
            int want = size >= 0 ? (int) Math.min(len, size - count) : len;
            int n = in.read(b, off, want);
            if (n < 0) {
                finish();
                return -1;
            }
            crc.update(b, off, n);
            count += n;
            return n;
        }

        /** At the member's end: nothing may follow the declared size, and the CRC-32 must match. */
        void finish() throws IOException {
            if (checked) return;
            checked = true;
            if (size >= 0 && count == size && in.read() >= 0) {
                throw NpyHeader.problem(source, "damaged archive member: its data goes on past the " + size + " bytes the archive declares");
            }
            if (size >= 0 && count < size) {
                throw NpyHeader.problem(source, "damaged archive member: it ends after " + count + " of the " + size + " bytes the archive declares");
            }
            if (expectedCrc >= 0 && crc.getValue() != expectedCrc) {
                throw NpyHeader.problem(source, String.format("damaged archive member: Bad CRC-32 (the data's is %08x, the archive says %08x)",
                        crc.getValue(), expectedCrc));
            }
        }

        @Override public void close() throws IOException {
            in.close();
        }
    }

    private static ZipFile open(Path path) throws IOException {
        try {
            return new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw NpyHeader.problem(path.toString(), "not a valid .npz (zip) archive: " + e.getMessage());
        }
    }
}
