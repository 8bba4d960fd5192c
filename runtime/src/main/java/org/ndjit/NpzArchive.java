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
                for (Map.Entry<String, NDArray> e : ordered.entrySet()) writeMember(zip, e.getKey() + ".npy", e.getValue().value(), compressed);
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
                try (InputStream in = zip.getInputStream(entry)) {
                    arrays.put(name, NpyReader.read(in, source));
                } catch (ZipException | java.io.EOFException e) {
                    throw NpyHeader.problem(source, "damaged archive member: " + e.getMessage());
                }
            }
        }
        return Collections.unmodifiableMap(arrays);
    }

    private static ZipFile open(Path path) throws IOException {
        try {
            return new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw NpyHeader.problem(path.toString(), "not a valid .npz (zip) archive: " + e.getMessage());
        }
    }
}
