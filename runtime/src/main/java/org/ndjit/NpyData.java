package org.ndjit;

import org.ndjit.engine.MemoryPool;
import org.ndjit.ir.Buffer;
import org.ndjit.ir.Layout;
import org.ndjit.ir.OffsetIterator;
import org.ndjit.ir.StridedArray;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;

/**
 * Moves the element bytes of a {@code .npy} file between a stream and off-heap buffers, in pieces of
 * at most {@link #CHUNK} bytes, so that neither direction needs a heap array as large as the data
 * (which could exceed 2 GB) and byte swapping happens while the bytes pass through.
 *
 * <p>Values are copied as bits (a float's NaN payload and the sign of zero survive); byte order is
 * converted with {@link MemorySegment#copy(MemorySegment, ValueLayout, long, MemorySegment, ValueLayout,
 * long, long)} between layouts of different order. Bool bytes other than 0 and 1 are read as 1, since
 * the library's kernels read a bool byte as the number it holds.
 */
final class NpyData {
    private NpyData() {}

    static final int CHUNK = 1 << 20;
    /** The most one ByteBuffer view of a buffer covers (a ByteBuffer holds at most 2^31 - 1 bytes). */
    private static final int CHUNK_OF_CHANNEL = 1 << 30;

    /**
     * Reads exactly {@code header.dataBytes()} bytes from {@code in} into a new native-order buffer, then
     * checks that the stream ends there.
     */
    static Buffer read(InputStream in, NpyHeader header, String source) throws IOException {
        DType dtype = header.type().dtype();
        Buffer buffer = MemoryPool.shared().buffer(dtype, header.size(), false); // every element is read into it, or it is dropped
        return fill(buffer, in, header, source);
    }

    private static Buffer fill(Buffer buffer, InputStream in, NpyHeader header, String source) throws IOException {
        copyChunks(buffer, in, header, source);
        if (in.read() >= 0) {
            // Not counted: an archive member could inflate to gigabytes past this point.
            throw NpyHeader.problem(source, "the shape does not match the data: shape " + NpyHeader.shapeText(header.shape())
                    + " of '" + header.type().descr() + "' needs " + header.dataBytes() + " bytes of data after the "
                    + header.headerLength() + "-byte header, but more follow");
        }
        return buffer;
    }

    /** Reads {@code header.dataBytes()} bytes from {@code in} into {@code buffer}, in chunks, swapped to native order as they pass. */
    private static void copyChunks(Buffer buffer, InputStream in, NpyHeader header, String source) throws IOException {
        DType dtype = header.type().dtype();
        MemorySegment target = buffer.segment();
        long total = header.dataBytes();
        ValueLayout fileLayout = layout(dtype, header.type().order());
        ValueLayout nativeLayout = layout(dtype, ByteOrder.nativeOrder());
        byte[] chunk = new byte[(int) Math.min(CHUNK, Math.max(total, 1))];
        MemorySegment chunkSegment = MemorySegment.ofArray(chunk);
        int itemSize = dtype.itemSize();
        long done = 0;
        while (done < total) {
            int want = (int) Math.min(chunk.length, total - done);
            int got = in.readNBytes(chunk, 0, want);
            if (got < want) throw truncated(source, header, done + got);
            if (dtype == DType.BOOL) {
                for (int i = 0; i < got; i++) if (chunk[i] != 0) chunk[i] = 1;
            }
            MemorySegment.copy(chunkSegment, fileLayout, 0, target, nativeLayout, done, got / itemSize);
            done += got;
        }
    }

    /**
     * Reads a file's data, positioned after its header, into a new buffer. Native-order data (not bool,
     * whose bytes other than 0 and 1 are normalized as they pass) going to native memory is read by the
     * channel straight into the buffer, as np.load reads into its array: no chunk array to zero and
     * copy from (an 800 KB float32 file took 291 µs, median, against NumPy's 171). Other data takes
     * {@link #read(InputStream, NpyHeader, String)}.
     */
    static Buffer read(FileChannel channel, NpyHeader header, String source) throws IOException {
        Buffer buffer = MemoryPool.shared().buffer(header.type().dtype(), header.size(), false); // every element is read into it, or it is dropped
        if (streamed(header, buffer)) return fill(buffer, Channels.newInputStream(channel), header, source);
        readDirect(channel, buffer, header, source);
        if (channel.position() != channel.size()) throw mismatch(source, header, channel.size() - channel.position() + header.dataBytes());
        return buffer;
    }

    /**
     * Reads the data {@code part} describes from the channel's position on into a new buffer, as
     * {@link #read(FileChannel, NpyHeader, String)} reads a whole file's; what follows it is not read
     * (the rows of a file that {@link NpyRows} reads).
     */
    static Buffer readPart(FileChannel channel, NpyHeader part, String source) throws IOException {
        Buffer buffer = MemoryPool.shared().buffer(part.type().dtype(), part.size(), false); // every element is read into it, or it is dropped
        if (streamed(part, buffer)) copyChunks(buffer, Channels.newInputStream(channel), part, source);
        else readDirect(channel, buffer, part, source);
        return buffer;
    }

    /** Whether the data must pass through a chunk array: swapped, bool (normalized), or going to a Java array, which has no ByteBuffer view. */
    private static boolean streamed(NpyHeader header, Buffer buffer) {
        return header.type().swapped() || header.type().dtype() == DType.BOOL || !buffer.segment().isNative();
    }

    /** The channel reads {@code header.dataBytes()} bytes straight into the buffer's native memory. */
    private static void readDirect(FileChannel channel, Buffer buffer, NpyHeader header, String source) throws IOException {
        MemorySegment target = buffer.segment();
        long total = header.dataBytes();
        for (long done = 0; done < total; ) {
            ByteBuffer window = target.asSlice(done, Math.min(CHUNK_OF_CHANNEL, total - done)).asByteBuffer();
            while (window.hasRemaining()) {
                if (channel.read(window) < 0) throw truncated(source, header, done + window.position());
            }
            done += window.capacity();
        }
    }

    /** The error for data shorter than the shape needs. */
    static IOException truncated(String source, NpyHeader header, long available) {
        return NpyHeader.problem(source, "truncated file: shape " + NpyHeader.shapeText(header.shape()) + " of '"
                + header.type().descr() + "' needs " + header.dataBytes() + " bytes of data after the "
                + header.headerLength() + "-byte header, but only " + available + " follow");
    }

    /** The error for data of another length than the shape needs. */
    static IOException mismatch(String source, NpyHeader header, long available) {
        if (available < header.dataBytes()) return truncated(source, header, available);
        return NpyHeader.problem(source, "the shape does not match the data: shape " + NpyHeader.shapeText(header.shape())
                + " of '" + header.type().descr() + "' needs " + header.dataBytes() + " bytes of data after the "
                + header.headerLength() + "-byte header, but " + available + " follow");
    }

    /** Writes the elements of {@code value} in C order of its layout, each in {@code order}. */
    static void write(StridedArray value, ByteOrder order, OutputStream out) throws IOException {
        long count = value.size();
        if (count == 0) return;
        DType dtype = value.dtype();
        int itemSize = dtype.itemSize();
        MemorySegment source = value.buffer().segment();
        ValueLayout fileLayout = layout(dtype, order);
        byte[] chunk = new byte[(int) Math.min(CHUNK, count * itemSize)];
        MemorySegment chunkSegment = MemorySegment.ofArray(chunk);
        int perChunk = chunk.length / itemSize;
        Layout layout = value.layout();
        if (layout.isContiguous()) {
            long start = layout.offset() * itemSize;
            ValueLayout nativeLayout = layout(dtype, ByteOrder.nativeOrder());
            for (long done = 0; done < count; ) {
                int n = (int) Math.min(perChunk, count - done);
                MemorySegment.copy(source, nativeLayout, start + done * itemSize, chunkSegment, fileLayout, 0, n);
                out.write(chunk, 0, n * itemSize);
                done += n;
            }
            return;
        }
        OffsetIterator it = new OffsetIterator(layout);
        for (long done = 0; done < count; ) {
            int n = (int) Math.min(perChunk, count - done);
            gather(source, it, itemSize, chunkSegment, fileLayout, n);
            out.write(chunk, 0, n * itemSize);
            done += n;
        }
    }

    /** Copies the next {@code n} elements of a strided view into consecutive slots of {@code to}. */
    private static void gather(MemorySegment from, OffsetIterator it, int itemSize, MemorySegment to, ValueLayout toLayout, int n) {
        switch (itemSize) {
            case 1 -> {
                for (int i = 0; i < n; i++) to.set(ValueLayout.JAVA_BYTE, i, from.get(ValueLayout.JAVA_BYTE, it.next()));
            }
            case 2 -> {
                ValueLayout.OfShort t = (ValueLayout.OfShort) toLayout;
                for (int i = 0; i < n; i++) to.set(t, i * 2L, from.get(ValueLayout.JAVA_SHORT_UNALIGNED, it.next() * 2));
            }
            case 4 -> {
                ValueLayout.OfInt t = (ValueLayout.OfInt) toLayout;
                for (int i = 0; i < n; i++) to.set(t, i * 4L, from.get(ValueLayout.JAVA_INT_UNALIGNED, it.next() * 4));
            }
            default -> {
                ValueLayout.OfLong t = (ValueLayout.OfLong) toLayout;
                for (int i = 0; i < n; i++) to.set(t, i * 8L, from.get(ValueLayout.JAVA_LONG_UNALIGNED, it.next() * 8));
            }
        }
    }

    /** The element's bits as an integer layout of its size, in the given byte order (floats copy as bits). */
    static ValueLayout layout(DType dtype, ByteOrder order) {
        return switch (dtype.itemSize()) {
            case 1 -> ValueLayout.JAVA_BYTE;
            case 2 -> ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(order);
            case 4 -> ValueLayout.JAVA_INT_UNALIGNED.withOrder(order);
            case 8 -> ValueLayout.JAVA_LONG_UNALIGNED.withOrder(order);
            default -> throw new IllegalArgumentException("no layout for " + dtype);
        };
    }
}
