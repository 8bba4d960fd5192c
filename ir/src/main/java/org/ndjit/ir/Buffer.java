package org.ndjit.ir;

import org.ndjit.DType;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Flat storage for {@code length} elements of one dtype, off the Java heap so that it may hold more
 * than 2^31 elements. Memory is zeroed on allocation and freed by the garbage collector once the
 * buffer is unreachable. A buffer is written only while it is being produced (creation or a kernel
 * filling its output); once an array reads it, nothing writes it again.
 * Equality is identity: two buffers are the same data only if they are the same object.
 *
 * <p><b>Lifetime.</b> A buffer is a handle that can be {@linkplain #close closed}: its memory may then
 * go back to its {@link Owner} (the engine's pool) and be handed to someone else, so nothing may read
 * it afterwards. Every read therefore holds a {@linkplain #pin pin} for its duration: pinning a closed
 * buffer throws an {@link IllegalStateException} that says why it was closed, and closing a pinned
 * buffer only marks it, the memory going back when the last pin is dropped. One atomic word holds
 * both (the closed bit and the count of pins), so a pin costs one compare-and-set. Several handles
 * may share one owner's memory ({@link #claim}); it goes back when the last of them is released.
 * Memory without an owner (wrapped memory, {@link #allocate}) is never freed by a close: closing only
 * stops reads through this handle.
 */
public final class Buffer {
    /** Alignment chosen so that vector loads of any species start on a cache line. */
    private static final long ALIGNMENT = 64;
    /** The state word: bit 0 closed, the pins counted above it. */
    private static final long CLOSED = 1, PIN = 2;
    private static final VarHandle STATE, CLAIMED, REASON;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            STATE = l.findVarHandle(Buffer.class, "state", long.class);
            CLAIMED = l.findVarHandle(Buffer.class, "claimed", boolean.class);
            REASON = l.findVarHandle(Buffer.class, "closedBecause", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final DType dtype;
    private final long length;
    private final MemorySegment segment;
    /** Null for memory this library owns; for wrapped memory, the owner's check that it may still be read. */
    private final Validity validity;
    /** Who gives the memory back once every handle over it is released; null when nobody does. */
    private final Owner owner;
    @SuppressWarnings("unused") private volatile long state;
    @SuppressWarnings("unused") private volatile boolean claimed;
    /** Why it was closed: a message, or a {@code Supplier<String>} of one (made only if a read asks). */
    private volatile Object closedBecause;
    /** {@link #hashCode}: drawn at random when made (see there). */
    private final int hash = java.util.concurrent.ThreadLocalRandom.current().nextInt();

    /**
     * The memory under one or more buffers, given back (once) when the last of them is released:
     * closed and no longer pinned. Each owner is made for one buffer ({@link #owned}); others join it
     * through {@link #claim}.
     */
    public abstract static class Owner {
        private static final VarHandle HANDLES;

        static {
            try {
                HANDLES = MethodHandles.lookup().findVarHandle(Owner.class, "handles", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        @SuppressWarnings("unused") private volatile int handles = 1;

        /** Gives the memory back: called once, when the last buffer over it is released. */
        protected abstract void release();

        private void join() { HANDLES.getAndAdd(this, 1); }

        private int handles() { return (int) HANDLES.getVolatile(this); }

        private void leave() {
            if ((int) HANDLES.getAndAdd(this, -1) == 1) release();
        }
    }

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

    private Buffer(DType dtype, long length, MemorySegment segment, Validity validity, Owner owner) {
        this.dtype = dtype;
        this.length = length;
        this.segment = segment;
        this.validity = validity;
        this.owner = owner;
    }

    public static Buffer allocate(DType dtype, long length) {
        long bytes;
        try {
            bytes = Math.multiplyExact(length, (long) dtype.itemSize());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("array is too large: " + length + " elements of " + dtype);
        }
        MemorySegment segment = Arena.ofAuto().allocate(Math.max(bytes, 1), ALIGNMENT);
        return new Buffer(dtype, length, segment, null, null);
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
        checkFits(segment, dtype, length);
        return new Buffer(dtype, length, segment, validity, null);
    }

    /** A buffer over memory that {@code owner} gives back when the buffer is released (a new owner, for this buffer only). */
    public static Buffer owned(MemorySegment segment, DType dtype, long length, Owner owner) {
        checkFits(segment, dtype, length);
        return new Buffer(dtype, length, segment, null, owner);
    }

    private static void checkFits(MemorySegment segment, DType dtype, long length) {
        long bytes;
        try {
            bytes = Math.multiplyExact(length, (long) dtype.itemSize());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("array is too large: " + length + " elements of " + dtype + " overflow a 64-bit byte count");
        }
        if (segment.byteSize() < bytes) {
            throw new IllegalArgumentException("a segment of " + segment.byteSize() + " bytes cannot hold " + length + " elements of " + dtype);
        }
    }

    /** Pins the buffer for a read unless it is closed: true if pinned (then {@link #unpin} once the read is done). */
    public boolean tryPin() {
        long s;
        do {
            s = (long) STATE.getVolatile(this);
            if ((s & CLOSED) != 0) return false;
        } while (!STATE.compareAndSet(this, s, s + PIN));
        return true;
    }

    /** Pins the buffer for a read (see {@link #tryPin}); throws if it is closed, saying why. */
    public void pin() {
        if (!tryPin()) throw closedError();
    }

    /** Ends a read begun by a successful pin; the last one after a close gives the memory back. */
    public void unpin() {
        if ((long) STATE.getAndAdd(this, -PIN) - PIN == CLOSED) released();
    }

    /**
     * Closes this handle: no pin succeeds afterwards, and its memory goes back to its owner now, or
     * when the reads in progress end. {@code why} is what later reads are told ("array float64 (3,)
     * was closed"). Idempotent: true for the call that closed it.
     */
    public boolean close(String why) {
        return closeBecause(why);
    }

    /**
     * {@link #close(String)} with the message made only if a read of the closed buffer asks for it:
     * closing is on the path of every call in a loop, reading a closed buffer is not.
     */
    public boolean close(java.util.function.Supplier<String> why) {
        return closeBecause(why);
    }

    private boolean closeBecause(Object why) {
        REASON.compareAndSet(this, null, why);
        long s;
        do {
            s = (long) STATE.getVolatile(this);
            if ((s & CLOSED) != 0) return false;
        } while (!STATE.compareAndSet(this, s, s | CLOSED));
        if (s == 0) released();
        return true;
    }

    public boolean isClosed() {
        return ((long) STATE.getVolatile(this) & CLOSED) != 0;
    }

    /** The exception a read of this closed buffer gets. */
    public IllegalStateException closedError() {
        Object why = closedBecause;
        return new IllegalStateException(why instanceof java.util.function.Supplier<?> s ? String.valueOf(s.get()) : (String) why);
    }

    /**
     * This buffer the first time it is claimed, then a new handle over the same memory for each
     * further claim, so that each holder (an array) can close its own handle while the others still
     * read: the memory goes back when every handle is released. The caller must hold a pin on this
     * buffer (which keeps the memory from being released while the new handle joins it).
     */
    public Buffer claim() {
        if (CLAIMED.compareAndSet(this, false, true)) return this;
        if (owner != null) owner.join();
        Buffer handle = new Buffer(dtype, length, segment, validity, owner);
        handle.claimed = true;
        return handle;
    }

    /**
     * Whether this handle is the only one over memory the library gave out (an array may then write
     * into it without another array seeing the change); false for wrapped memory, whose other
     * holders the library cannot know.
     */
    public boolean soleHandle() {
        return owner != null && owner.handles() == 1;
    }

    /** Runs once per handle: when it is closed and no read holds it any more. */
    private void released() {
        if (owner != null) owner.leave();
    }

    /** Runs the wrapped memory's {@link Validity} check, if it has one: throws if the memory may no longer be read. */
    public void checkValid() {
        if (validity != null) validity.check();
    }

    /**
     * A hash for equality by identity (which {@link Object#equals} is) that costs no identity hash: a
     * buffer leaf's node hashes its buffer, and nearly every buffer is new (each array wrapped, made or
     * computed), where the JVM's identity hash of a new object is a call into the VM that installs it
     * in the object's header (20-40 ns, against ~2 for a random draw; six per call of a 1,000-element
     * {@code a*b + c*d - e} on wrapped inputs).
     */
    @Override
    public int hashCode() { return hash; }

    public DType dtype() { return dtype; }
    public long length() { return length; }
    /** The raw memory, for generated kernels and file I/O. */
    public MemorySegment segment() { return segment; }

    /** Reads an element as a double: floats exactly, integers as their value (uint64 rounded to nearest, as NumPy converts it). */
    public double getDouble(long i) {
        return switch (dtype) {
            case FLOAT64 -> segment.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, i);
            case FLOAT32 -> segment.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, i);
            case FLOAT16 -> Float16.toFloat(segment.getAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, i));
            case UINT64 -> Unsigned64.toDouble(getLong(i));
            default -> getLong(i);
        };
    }

    /** Reads an integer or bool element as a long: its value (bool 0 or 1), and for uint64 its bits. */
    public long getLong(long i) {
        return switch (dtype) {
            case INT64, UINT64 -> segment.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, i);
            case INT32 -> segment.getAtIndex(ValueLayout.JAVA_INT_UNALIGNED, i);
            case UINT32 -> Integer.toUnsignedLong(segment.getAtIndex(ValueLayout.JAVA_INT_UNALIGNED, i));
            case INT16 -> segment.getAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, i);
            case UINT16 -> Short.toUnsignedLong(segment.getAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, i));
            case BOOL, INT8 -> segment.get(ValueLayout.JAVA_BYTE, i);
            case UINT8 -> Byte.toUnsignedLong(segment.get(ValueLayout.JAVA_BYTE, i));
            case FLOAT64, FLOAT32, FLOAT16 -> throw new IllegalStateException("getLong on a " + dtype + " buffer");
        };
    }

    public boolean getBool(long i) {
        return getLong(i) != 0;
    }

    /** Writes a float element; a float32 or float16 buffer rounds to nearest (once). */
    public void setDouble(long i, double v) {
        switch (dtype) {
            case FLOAT64 -> segment.setAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, i, v);
            case FLOAT32 -> segment.setAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, i, (float) v);
            case FLOAT16 -> segment.setAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, i, Float16.fromDouble(v));
            default -> throw new IllegalStateException("setDouble on a " + dtype + " buffer");
        }
    }

    /** Writes a float32 or float16 element exactly rounded from {@code v} (an int64 converted straight to float, never through double). */
    public void setFloat(long i, float v) {
        if (dtype == DType.FLOAT16) segment.setAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, i, Float.floatToFloat16(v));
        else segment.setAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, i, v);
    }

    /** Writes an integer element; a narrower buffer keeps the low bits (wraps, as NumPy does). */
    public void setLong(long i, long v) {
        switch (dtype) {
            case INT64, UINT64 -> segment.setAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, i, v);
            case INT32, UINT32 -> segment.setAtIndex(ValueLayout.JAVA_INT_UNALIGNED, i, (int) v);
            case INT16, UINT16 -> segment.setAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, i, (short) v);
            case INT8, UINT8 -> segment.set(ValueLayout.JAVA_BYTE, i, (byte) v);
            case BOOL -> segment.set(ValueLayout.JAVA_BYTE, i, (byte) (v != 0 ? 1 : 0));
            default -> throw new IllegalStateException("setLong on a " + dtype + " buffer");
        }
    }

    public void setBool(long i, boolean v) {
        segment.set(ValueLayout.JAVA_BYTE, i, (byte) (v ? 1 : 0));
    }
}
