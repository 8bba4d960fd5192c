package org.ndjit;

import org.ndjit.engine.MemoryPool;
import org.ndjit.ir.Buffer;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a range of rows (along the first axis) of a C-order {@code .npy} file: the header, then only
 * the bytes of those rows, at their offset, into a new native-order buffer. A worker that owns rows
 * {@code [start, stop)} of a file larger than its memory reads its share and nothing else.
 */
final class NpyRows {
    private NpyRows() {}

    static NDArray read(Path path, long start, long stop) throws IOException {
        String source = path.toString();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            NpyHeader header = NpyHeader.read(Channels.newInputStream(channel), source);
            long available = channel.size() - header.headerLength();
            if (available != header.dataBytes()) throw NpyData.mismatch(source, header, available);
            long[] shape = header.shape();
            if (shape.length == 0) throw NpyHeader.problem(source, "a 0-d array has no rows to read");
            if (header.fortranOrder() && shape.length > 1) {
                throw NpyHeader.problem(source, "the rows of a Fortran-order array are not contiguous in the file; "
                        + "use NpyFiles.loadMapped(path) and slice it, or NpyFiles.load");
            }
            if (start < 0 || stop < start || stop > shape[0]) {
                throw new IndexOutOfBoundsException(source + ": rows [" + start + ", " + stop + ") are not within the "
                        + shape[0] + " rows of shape " + NpyHeader.shapeText(shape));
            }
            long[] part = shape.clone();
            part[0] = stop - start;
            NpyHeader partHeader = new NpyHeader(header.type(), false, part, header.majorVersion(), header.headerLength());
            long rowBytes = header.dataBytes() / Math.max(shape[0], 1);
            Buffer buffer = MemoryPool.shared().buffer(header.type().dtype(), partHeader.size(), false); // every element is read into it
            copy(channel, header.headerLength() + start * rowBytes, partHeader, buffer.segment(), source);
            return NpyReader.array(partHeader, buffer);
        }
    }

    /** The part's bytes from {@code offset} on into {@code target}, in chunks, swapped to native order as they pass. */
    private static void copy(FileChannel channel, long offset, NpyHeader part, MemorySegment target, String source) throws IOException {
        DType dtype = part.type().dtype();
        ValueLayout fileLayout = NpyData.layout(dtype, part.type().order());
        ValueLayout nativeLayout = NpyData.layout(dtype, ByteOrder.nativeOrder());
        long total = part.dataBytes();
        byte[] chunk = new byte[(int) Math.min(NpyData.CHUNK, Math.max(total, 1))];
        for (long done = 0; done < total; ) {
            ByteBuffer window = ByteBuffer.wrap(chunk, 0, (int) Math.min(chunk.length, total - done));
            while (window.hasRemaining()) {
                if (channel.read(window, offset + done + window.position()) < 0) throw NpyData.truncated(source, part, done + window.position());
            }
            int got = window.position();
            if (dtype == DType.BOOL) {
                for (int i = 0; i < got; i++) if (chunk[i] != 0) chunk[i] = 1;
            }
            MemorySegment.copy(MemorySegment.ofArray(chunk), fileLayout, 0, target, nativeLayout, done, got / dtype.itemSize());
            done += got;
        }
    }
}
