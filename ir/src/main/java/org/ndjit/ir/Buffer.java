package org.ndjit.ir;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Flat storage for {@code length} elements of one dtype, off the Java heap so that it may hold more
 * than 2^31 elements. Memory is zeroed on allocation and freed by the garbage collector once the
 * buffer is unreachable. A buffer is written only while it is being produced (creation or a kernel
 * filling its output); once an array reads it, nothing writes it again.
 * Equality is identity: two buffers are the same data only if they are the same object.
 */
public final class Buffer {
    /** Alignment chosen so that vector loads of any species start on a cache line. */
    private static final long ALIGNMENT = 64;

    private final DType dtype;
    private final long length;
    private final MemorySegment segment;
    /** Null for memory this library owns; for wrapped memory, the owner's check that it may still be read. */
    private final Validity validity;

    /**
     * A check that wrapped memory may still be read, run by the engine before each materialization
     * that reads the buffer. A memory-mapped file, for one, faults (SIGBUS, which kills the JVM) when
     * the file was truncated under the mapping; its check verifies the file's length and throws an
     * exception naming the file instead. The check must be cheap (it runs per materialization) and
     * thread-safe; it cannot close the window between itself and the reads that follow.
     */
    @FunctionalInterface
    public interface Validity {
        /** Returns normally if the memory may be read; otherwise throws an unchecked exception that says why. */
        void check();
    }

    private Buffer(DType dtype, long length, MemorySegment segment, Validity validity) {
        this.dtype = dtype;
        this.length = length;
        this.segment = segment;
        this.validity = validity;
    }

    public static Buffer allocate(DType dtype, long length) {
        long bytes;
        try {
            bytes = Math.multiplyExact(length, (long) dtype.itemSize());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("array is too large: " + length + " elements of " + dtype);
        }
        MemorySegment segment = Arena.ofAuto().allocate(Math.max(bytes, 1), ALIGNMENT);
        return new Buffer(dtype, length, segment, null);
    }

    /**
     * A buffer over existing memory, such as a memory-mapped file (elements in native byte order).
     * The caller promises that nothing writes the memory while arrays read it.
     */
    public static Buffer wrap(MemorySegment segment, DType dtype, long length) {
        return wrap(segment, dtype, length, null);
    }

    /**
     * {@link #wrap(MemorySegment, DType, long)} with a check that the memory is still readable (null
     * for none), run before each materialization that reads the buffer (see {@link #checkValid}).
     */
    public static Buffer wrap(MemorySegment segment, DType dtype, long length, Validity validity) {
        long bytes;
        try {
            bytes = Math.multiplyExact(length, (long) dtype.itemSize());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("array is too large: " + length + " elements of " + dtype + " overflow a 64-bit byte count");
        }
        if (segment.byteSize() < bytes) {
            throw new IllegalArgumentException("a segment of " + segment.byteSize() + " bytes cannot hold " + length + " elements of " + dtype);
        }
        return new Buffer(dtype, length, segment, validity);
    }

    /** Runs the wrapped memory's {@link Validity} check, if it has one: throws if the memory may no longer be read. */
    public void checkValid() {
        if (validity != null) validity.check();
    }

    public DType dtype() { return dtype; }
    public long length() { return length; }
    /** The raw memory, for generated kernels and file I/O. */
    public MemorySegment segment() { return segment; }

    /** Reads a float element (float32 widened exactly to double). */
    public double getDouble(long i) {
        return switch (dtype) {
            case FLOAT64 -> segment.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, i);
            case FLOAT32 -> segment.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, i);
            case INT64 -> segment.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, i);
            case INT32 -> segment.getAtIndex(ValueLayout.JAVA_INT_UNALIGNED, i);
            case BOOL -> segment.get(ValueLayout.JAVA_BYTE, i);
        };
    }

    /** Reads an integer or bool element as a long (bool is 0 or 1). */
    public long getLong(long i) {
        return switch (dtype) {
            case INT64 -> segment.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, i);
            case INT32 -> segment.getAtIndex(ValueLayout.JAVA_INT_UNALIGNED, i);
            case BOOL -> segment.get(ValueLayout.JAVA_BYTE, i);
            case FLOAT64, FLOAT32 -> throw new IllegalStateException("getLong on a " + dtype + " buffer");
        };
    }

    public boolean getBool(long i) {
        return getLong(i) != 0;
    }

    /** Writes a float element; a float32 buffer rounds to nearest. */
    public void setDouble(long i, double v) {
        switch (dtype) {
            case FLOAT64 -> segment.setAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, i, v);
            case FLOAT32 -> segment.setAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, i, (float) v);
            default -> throw new IllegalStateException("setDouble on a " + dtype + " buffer");
        }
    }

    /** Writes a float32 element exactly (an int64 converted straight to float, never through double). */
    public void setFloat(long i, float v) {
        segment.setAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, i, v);
    }

    /** Writes an integer element; an int32 buffer keeps the low 32 bits (wraps, as NumPy does). */
    public void setLong(long i, long v) {
        switch (dtype) {
            case INT64 -> segment.setAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, i, v);
            case INT32 -> segment.setAtIndex(ValueLayout.JAVA_INT_UNALIGNED, i, (int) v);
            case BOOL -> segment.set(ValueLayout.JAVA_BYTE, i, (byte) (v != 0 ? 1 : 0));
            default -> throw new IllegalStateException("setLong on a " + dtype + " buffer");
        }
    }

    public void setBool(long i, boolean v) {
        segment.set(ValueLayout.JAVA_BYTE, i, (byte) (v ? 1 : 0));
    }
}
