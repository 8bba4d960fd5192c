package org.ndjit.spark;

import org.ndjit.DType;
import org.ndjit.NDArray;
import org.ndjit.Np;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * An array as bytes on a stream, for Spark's serializers: its dtype, its shape, then its elements'
 * native-order bytes in C order, moved a whole buffer at a time (the array is computed into one
 * native segment, which passes through a 1 MiB staging array to the stream), never element by element.
 * Read back, the bytes become an array over new native memory ({@link Np#wrap}), freed when unreachable.
 */
final class ArrayBytes {
    private ArrayBytes() {}

    private static final int STAGING = 1 << 20;

    static void write(NDArray array, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream); // unbuffered: writes go straight to the stream
        long[] shape = array.shape();
        out.writeUTF(array.dtype().name());
        out.writeInt(shape.length);
        for (long d : shape) out.writeLong(d);
        long bytes = array.size() * array.dtype().itemSize();
        if (bytes == 0) return;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment data = array.into(arena.allocate(bytes, 64));
            byte[] staging = new byte[(int) Math.min(STAGING, bytes)];
            for (long done = 0; done < bytes; ) {
                int n = (int) Math.min(staging.length, bytes - done);
                MemorySegment.copy(data, ValueLayout.JAVA_BYTE, done, staging, 0, n);
                out.write(staging, 0, n);
                done += n;
            }
        }
    }

    static NDArray read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        DType dtype = DType.valueOf(in.readUTF());
        long[] shape = new long[in.readInt()];
        long size = 1;
        for (int i = 0; i < shape.length; i++) size = Math.multiplyExact(size, shape[i] = in.readLong());
        long bytes = Math.multiplyExact(size, dtype.itemSize());
        MemorySegment data = Arena.ofAuto().allocate(bytes, 64);
        byte[] staging = new byte[(int) Math.min(STAGING, Math.max(bytes, 1))];
        for (long done = 0; done < bytes; ) {
            int n = in.readNBytes(staging, 0, (int) Math.min(staging.length, bytes - done));
            if (n == 0) throw new EOFException("an array of shape " + java.util.Arrays.toString(shape) + " ended after " + done + " of its " + bytes + " bytes");
            MemorySegment.copy(staging, 0, data, ValueLayout.JAVA_BYTE, done, n);
            done += n;
        }
        return Np.wrap(data, dtype, shape);
    }
}
