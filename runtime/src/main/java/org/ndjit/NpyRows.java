package org.ndjit;

import java.io.IOException;
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
            channel.position(header.headerLength() + start * rowBytes);
            return NpyReader.array(partHeader, NpyData.readPart(channel, partHeader, source));
        }
    }
}
