package org.ndjit;

import org.ndjit.engine.Materializer;
import org.ndjit.ir.Buffer;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Shapes;
import org.ndjit.ir.StridedArray;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Writes results into memory the caller owns ({@link NDArray#into}, NumPy's {@code out=}): checks
 * the destination's size and dtype, then lets the engine write the elements there in C order.
 */
final class CallerMemory {
    /** A thread that owns no memory: a segment it cannot access is confined to its owner thread. */
    private static final Thread ANOTHER_THREAD = new Thread(() -> { });

    private CallerMemory() {}

    /** The result's bytes, in its dtype, into a segment of exactly that many bytes. */
    static void into(Node n, MemorySegment out) {
        if (out == null) throw new IllegalArgumentException("out is null");
        long bytes = Math.multiplyExact(n.size(), (long) n.dtype().itemSize());
        if (out.isReadOnly()) throw new IllegalArgumentException("out is a read-only segment; the result " + describe(n) + " needs " + bytes + " writable bytes");
        if (out.byteSize() != bytes) {
            throw new IllegalArgumentException("out has " + out.byteSize() + " bytes, the result " + describe(n) + " needs " + bytes);
        }
        if (!out.isAccessibleBy(ANOTHER_THREAD)) {
            // Confined to the calling thread (Arena.ofConfined): kernels split over the pool's threads cannot write it.
            try (Arena shared = Arena.ofShared()) {
                MemorySegment staging = shared.allocate(Math.max(bytes, 1)).asSlice(0, bytes);
                into(n, staging);
                out.copyFrom(staging);
            }
            return;
        }
        Materializer.materializeInto(n, new StridedArray(Buffer.wrap(out, n.dtype(), n.size()), Layout.contiguous(n.shape())));
    }

    /**
     * The result converted to {@code dtype} (the Java array's element type) into a heap segment of
     * {@code length} elements: the conversion is one more op of the last kernel, so it still writes
     * straight into the array.
     */
    static void into(Node n, MemorySegment heap, DType dtype, long length, String javaType) {
        Node converted = converted(n, dtype, javaType);
        requireElements(n, length);
        Materializer.materializeInto(converted, new StridedArray(Buffer.wrap(heap, dtype, length), Layout.contiguous(n.shape())));
    }

    /** Checks a boolean[] destination's size (its elements are copied, see NDArray#into(boolean[])). */
    static void checkLength(Node n, long length) {
        converted(n, DType.BOOL, "boolean[]");
        requireElements(n, length);
    }

    private static void requireElements(Node n, long length) {
        if (length != n.size()) {
            throw new IllegalArgumentException("out has " + length + " elements, the result " + describe(n) + " needs " + n.size());
        }
    }

    /**
     * {@code n} cast to {@code dtype} under NumPy's {@code copyto} rule, casting='same_kind': bool to
     * anything, integers to integers or floats, floats to floats (narrowing within a kind rounds or
     * wraps, as astype does); never floats to integers or anything but bool to bool.
     */
    private static Node converted(Node n, DType dtype, String javaType) {
        DType from = n.dtype();
        if (from == dtype) return n;
        boolean sameKind = from.isBool() || (from.isInteger() && !dtype.isBool()) || (from.isFloat() && dtype.isFloat());
        if (!sameKind) {
            throw new IllegalArgumentException("cannot write the " + describe(n) + " result into a " + javaType + " (" + dtype
                    + "): NumPy's casting rule 'same_kind' does not cast " + from + " to " + dtype + "; convert it first with astype(DType."
                    + dtype.name() + ")");
        }
        return Build.cast(n, dtype);
    }

    private static String describe(Node n) {
        return Shapes.tuple(n.shape()) + " " + n.dtype();
    }
}
