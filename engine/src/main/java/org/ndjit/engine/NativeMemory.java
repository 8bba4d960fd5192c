package org.ndjit.engine;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Native memory from the C library's allocator: not zeroed (a kernel that writes every element
 * need not pay for it) and not counted against the JDK's direct-memory limit, whose reservation
 * stalls in {@code System.gc()} when it runs out. {@link MemoryPool} is its only user and frees every
 * block it takes.
 */
final class NativeMemory {
    /** Vector loads of any species start on a cache line. */
    static final long ALIGNMENT = 64;
    private static final MethodHandle ALIGNED_ALLOC, FREE;

    static {
        Linker linker = Linker.nativeLinker();
        ALIGNED_ALLOC = linker.downcallHandle(linker.defaultLookup().find("aligned_alloc").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG));
        FREE = linker.downcallHandle(linker.defaultLookup().find("free").orElseThrow(), FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
    }

    private NativeMemory() {}

    /** {@code bytes} (a multiple of {@link #ALIGNMENT}) of uninitialized memory, or null if the C allocator has none. */
    static MemorySegment allocate(long bytes) {
        try {
            MemorySegment p = (MemorySegment) ALIGNED_ALLOC.invokeExact(ALIGNMENT, bytes);
            return p.equals(MemorySegment.NULL) ? null : p.reinterpret(bytes);
        } catch (Throwable e) {
            throw new IllegalStateException("aligned_alloc failed", e);
        }
    }

    static void free(MemorySegment block) {
        try {
            FREE.invokeExact(block);
        } catch (Throwable e) {
            throw new IllegalStateException("free failed", e);
        }
    }
}
