package org.ndjit.codegen;

import java.lang.foreign.MemorySegment;

/**
 * What a kernel's loop over Java arrays needs of a segment (see {@code LoopEmitter.RowLocals}): the
 * array under it and the index of the element at a byte position. Called by generated code, once per
 * row and operand.
 */
public final class HeapArrays {
    private HeapArrays() {}

    /**
     * The Java array under {@code segment} when it is an array of {@code type} and byte {@code position}
     * starts an element of it; else null (native memory, or a segment over another array type or at an
     * odd offset, which the loop over segments handles).
     */
    public static Object array(MemorySegment segment, long position, Class<?> type, int itemSize) {
        Object base = segment.heapBase().orElse(null);
        if (base == null || base.getClass() != type || (segment.address() + position) % itemSize != 0) return null;
        return base;
    }

    /** The index in the array under {@code segment} of the element at byte {@code position} (a heap segment's address is its byte offset in the array). */
    public static int index(MemorySegment segment, long position, int itemSize) {
        return (int) ((segment.address() + position) / itemSize);
    }
}
