package org.ndjit;

import org.ndjit.ir.StridedArray;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * Writes a computed array as a {@code .npy} image: NumPy's header, then the elements in C order (or,
 * for a Fortran-order file, in C order of the transposed array, which is Fortran order of the array)
 * in the requested byte order. When Fortran order is asked for, the header says
 * {@code fortran_order: True} only if the two orders differ for this shape (at least two axes longer
 * than 1, no axis of length 0), since {@code np.save} writes {@code False} for an array that is both
 * C- and F-contiguous; the bytes are the same either way.
 */
final class NpyWriter {
    private NpyWriter() {}

    static void save(Path path, StridedArray value, ByteOrder order, boolean fortranOrder) throws IOException {
        AtomicFileWrite.write(path, out -> write(value, order, fortranOrder, out));
    }

    static void write(StridedArray value, ByteOrder order, boolean fortranOrder, OutputStream out) throws IOException {
        boolean fortran = fortranOrder && ordersDiffer(value.shape());
        NpyHeader header = NpyHeader.of(new NpyDtype(value.dtype(), order), fortran, value.shape());
        out.write(header.encode());
        NpyData.write(fortran ? new StridedArray(value.buffer(), value.layout().transpose()) : value, order, out);
    }

    private static boolean ordersDiffer(long[] shape) {
        int longer = 0;
        for (long d : shape) {
            if (d == 0) return false;
            if (d > 1) longer++;
        }
        return longer >= 2;
    }
}
