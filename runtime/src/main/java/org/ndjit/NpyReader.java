package org.ndjit;

import org.ndjit.ir.Buffer;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Turns {@code .npy} data into arrays: copied into an off-heap buffer ({@link #load}, {@link #read}),
 * or mapped from the file without a copy ({@link #map}). A Fortran-order file becomes a view, never a
 * copy: its data is the C-order array of the reversed shape, and the array is that array transposed.
 */
final class NpyReader {
    private NpyReader() {}

    static NDArray load(Path path) throws IOException {
        String source = path.toString();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            NpyHeader header = NpyHeader.read(Channels.newInputStream(channel), source);
            checkLength(channel.size(), header, source);
            return array(header, NpyData.read(channel, header, source));
        }
    }

    /** An array from a stream positioned at the start of a {@code .npy} image (an archive member). */
    static NDArray read(InputStream in, String source) throws IOException {
        NpyHeader header = NpyHeader.read(in, source);
        return array(header, NpyData.read(in, header, source));
    }

    /**
     * Maps the data read-only. Only native byte order (and bool) data can be mapped: the library's
     * kernels read native-order values, and converting would mean a copy, which is what {@link #load}
     * is for, so other files are rejected with a message that says so.
     */
    static NDArray map(Path path) throws IOException {
        String source = path.toString();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            NpyHeader header = NpyHeader.read(Channels.newInputStream(channel), source);
            checkLength(channel.size(), header, source);
            if (header.type().swapped()) {
                throw NpyHeader.problem(source, "cannot map '" + header.type().descr() + "' data: memory mapping needs the machine's "
                        + "native byte order (" + java.nio.ByteOrder.nativeOrder() + "); use NpyFiles.load, which converts while it copies");
            }
            long bytes = header.dataBytes();
            Buffer buffer;
            if (bytes == 0) {
                buffer = Buffer.allocate(header.type().dtype(), 0);
            } else {
                MemorySegment segment = channel.map(FileChannel.MapMode.READ_ONLY, header.headerLength(), bytes, Arena.ofAuto());
                buffer = Buffer.wrap(segment, header.type().dtype(), header.size(),
                        new MappedFileCheck(path.toAbsolutePath(), Files.readAttributes(path, BasicFileAttributes.class).fileKey(), channel.size()));
            }
            return array(header, buffer);
        }
    }

    /**
     * The {@link Buffer.Validity} of a mapped file: the file must still have the length it had when it was
     * mapped, or reading the mapping past the new end would fault (SIGBUS) and kill the JVM. One {@code stat}
     * of the path per materialization that reads the file. A file replaced under the name (as {@link
     * NpyFiles#save} does, by rename) or deleted is fine: the mapping keeps the old file, which nobody can
     * truncate through the name any more; that is told by the file key (device and inode on POSIX).
     */
    record MappedFileCheck(Path path, Object fileKey, long length) implements Buffer.Validity {
        @Override
        public void check() {
            BasicFileAttributes now;
            try {
                now = Files.readAttributes(path, BasicFileAttributes.class);
            } catch (java.nio.file.NoSuchFileException e) {
                return; // deleted: the mapping still holds the old data
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(path + ": cannot check the memory-mapped file before reading it: " + e.getMessage(), e);
            }
            if (fileKey != null && !fileKey.equals(now.fileKey())) return; // another file under the name now
            if (now.size() != length) {
                String message = path + ": the memory-mapped file changed size from " + length + " to " + now.size()
                        + " bytes since it was loaded with NpyFiles.loadMapped; a mapped file must not be truncated or rewritten "
                        + "in place while arrays read it (replace it with NpyFiles.save, which renames a new file over it, or load it again)";
                throw new java.io.UncheckedIOException(message, new IOException(message));
            }
        }
    }

    private static void checkLength(long fileSize, NpyHeader header, String source) throws IOException {
        long available = fileSize - header.headerLength();
        if (available != header.dataBytes()) throw NpyData.mismatch(source, header, available);
    }

    /** The array over a buffer holding the file's data in file order. */
    static NDArray array(NpyHeader header, Buffer buffer) {
        long[] shape = header.shape();
        if (!header.fortranOrder() || shape.length < 2) return NDArray.owning(Nodes.buffer(buffer, shape), buffer, true);
        long[] reversed = new long[shape.length];
        for (int i = 0; i < shape.length; i++) reversed[i] = shape[shape.length - 1 - i];
        Node data = Nodes.buffer(buffer, reversed);
        return NDArray.owning(Nodes.view(data, Layout.contiguous(reversed).transpose()), buffer, true);
    }
}
