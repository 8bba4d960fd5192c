package org.ndjit.engine;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Native memory straight from the C library and the kernel: not zeroed by the JVM (a kernel that
 * writes every element need not pay for it) and not counted against the JDK's direct-memory limit,
 * whose reservation stalls in {@code System.gc()} when it runs out. {@link MemoryPool} is its only
 * user and frees every block it takes.
 *
 * <p>Blocks of {@value #HUGE} bytes or more are their own 2 MB-aligned anonymous mappings advised
 * for transparent huge pages (Linux's {@code madvise(MADV_HUGEPAGE)}): a fresh 80 MB result then
 * faults in 40 pages instead of 20,000. Smaller blocks, and all blocks with {@code -Dndjit.hugePages=false},
 * come from {@code aligned_alloc}.
 */
final class NativeMemory {
    /** Vector loads of any species start on a cache line. */
    static final long ALIGNMENT = 64;
    /** Blocks at least this large are huge-page mappings (where the OS has them). */
    static final long HUGE = 4L << 20;
    private static final long HUGE_PAGE = 2L << 20;
    private static final int PROT_READ_WRITE = 0x3, MAP_PRIVATE_ANONYMOUS = 0x22, MADV_HUGEPAGE = 14;
    private static final boolean MAPPINGS = System.getProperty("os.name", "").equals("Linux")
            && Boolean.parseBoolean(System.getProperty("ndjit.hugePages", "true"));
    private static final MethodHandle ALIGNED_ALLOC, FREE, MMAP, MUNMAP, MADVISE;

    static {
        Linker linker = Linker.nativeLinker();
        SymbolLookup libc = linker.defaultLookup();
        ALIGNED_ALLOC = linker.downcallHandle(libc.find("aligned_alloc").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG));
        FREE = linker.downcallHandle(libc.find("free").orElseThrow(), FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
        if (MAPPINGS) {
            MMAP = linker.downcallHandle(libc.find("mmap").orElseThrow(), FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS,
                    ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG));
            MUNMAP = linker.downcallHandle(libc.find("munmap").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
            MADVISE = linker.downcallHandle(libc.find("madvise").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));
        } else {
            MMAP = MUNMAP = MADVISE = null;
        }
    }

    private NativeMemory() {}

    /** {@code bytes} (a multiple of {@link #ALIGNMENT}) of uninitialized memory, or null if the system has none. */
    static MemorySegment allocate(long bytes) {
        try {
            if (MAPPINGS && bytes >= HUGE) return mapHuge(bytes);
            MemorySegment p = (MemorySegment) ALIGNED_ALLOC.invokeExact(ALIGNMENT, bytes);
            return p.equals(MemorySegment.NULL) ? null : p.reinterpret(bytes);
        } catch (Throwable e) {
            throw new IllegalStateException("native allocation of " + bytes + " bytes failed", e);
        }
    }

    static void free(MemorySegment block) {
        try {
            if (MAPPINGS && block.byteSize() >= HUGE) {
                int ignored = (int) MUNMAP.invokeExact(block, block.byteSize());
            } else {
                FREE.invokeExact(block);
            }
        } catch (Throwable e) {
            throw new IllegalStateException("freeing " + block.byteSize() + " native bytes failed", e);
        }
    }

    /** A mapping of exactly {@code bytes} starting on a 2 MB boundary, advised for huge pages; null if none. */
    private static MemorySegment mapHuge(long bytes) throws Throwable {
        long span = bytes + HUGE_PAGE;
        MemorySegment p = (MemorySegment) MMAP.invokeExact(MemorySegment.NULL, span, PROT_READ_WRITE, MAP_PRIVATE_ANONYMOUS, -1, 0L);
        if (p.address() == -1L) return null;
        long start = (p.address() + HUGE_PAGE - 1) & -HUGE_PAGE, end = start + bytes;
        if (start > p.address()) { int ignored = (int) MUNMAP.invokeExact(p, start - p.address()); }
        long tail = p.address() + span - end;
        if (tail > 0) { int ignored = (int) MUNMAP.invokeExact(MemorySegment.ofAddress(end), tail); }
        MemorySegment block = MemorySegment.ofAddress(start).reinterpret(bytes);
        int ignored = (int) MADVISE.invokeExact(block, bytes, MADV_HUGEPAGE); // only advice: without huge pages the mapping still works
        return block;
    }
}
