package org.ndjit.engine;

import org.ndjit.ir.Buffer;
import org.ndjit.ir.DType;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Shapes;
import org.ndjit.ir.StridedArray;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The memory of the arrays the engine computes. Blocks come in size classes (four per power of two,
 * so at most a quarter is unused) and are reused, most recently freed first while they are likely
 * still in cache and mapped, instead of being faulted in page by page for every result. A block
 * comes back when its buffer is unreachable (a {@link Cleaner}), and at once for a plan's
 * intermediates ({@link #release}). Memory is not zeroed unless asked.
 *
 * <p>Bounded two ways: at most {@code ndjit.memoryBudget} bytes live and pooled together (default: three
 * quarters of physical memory), past which a request first frees pooled blocks, then waits once for
 * the collector to return unreachable buffers, then fails with an {@link OutOfMemoryError} that names
 * the request, the budget and what is live and pooled; and at most {@code ndjit.poolBytes} bytes kept
 * pooled (default: a quarter of the budget), past which freed blocks go back to the C allocator.
 * Safe from several threads; {@link #stats} is observable at any time.
 *
 * <p>A dropped result comes back only after a garbage collection, and a program that allocates little
 * on the Java heap has few: its native memory would grow toward the budget. So after every
 * {@code ndjit.collectAfter} bytes handed out (default 256 MB) the pool asks for a collection, unless
 * the JVM has collected since the last time (then the blocks come back anyway)
 * ({@code System.gc()}, without waiting for it to free anything; a no-op under
 * {@code -XX:+DisableExplicitGC}), and the unreachable results' blocks return to be reused.
 */
public final class MemoryPool {
    /** What the pool holds now, and has done. */
    public record Stats(long liveBytes, long pooledBytes, long peakLiveBytes, long allocations, long fromPool, long budget) {}

    private static final MemoryPool SHARED = new MemoryPool(
            Long.getLong("ndjit.memoryBudget", defaultBudget()), Long.getLong("ndjit.poolBytes", defaultBudget() / 4));
    private static final Cleaner CLEANER = Cleaner.create();
    /** Smallest class: one page; smaller arrays share its cost, which is small. */
    private static final long MIN_BLOCK = 4096;

    private static final long COLLECT_AFTER = Long.getLong("ndjit.collectAfter", 256L << 20);

    private final long budget, maxPooled;
    /** Bytes handed out since the last collection request, and the JVM's collection count then. */
    private long sinceCollection, collectionsSeen = -1;
    /** Free blocks per class size, last freed on top. */
    private final Map<Long, ArrayDeque<MemorySegment>> free = new HashMap<>();
    private long live, pooled, peak, allocations, fromPool;

    MemoryPool(long budget, long maxPooled) {
        if (budget <= 0 || maxPooled < 0) throw new IllegalArgumentException("memory budget " + budget + " and pool size " + maxPooled + " must be positive");
        this.budget = budget;
        this.maxPooled = maxPooled;
    }

    /** The pool every materialization uses. */
    public static MemoryPool shared() { return SHARED; }

    /** A contiguous array of this shape in pool memory, zeroed only when {@code zeroed}. */
    StridedArray allocate(DType dtype, long[] shape, boolean zeroed) {
        long length = Shapes.size(shape);
        long bytes;
        try {
            bytes = Math.multiplyExact(length, (long) dtype.itemSize());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("array is too large: " + length + " elements of " + dtype);
        }
        long size = classSize(Math.max(bytes, 1));
        MemorySegment block = take(size, bytes);
        if (zeroed) block.asSlice(0, bytes).fill((byte) 0);
        Buffer buffer = Buffer.wrap(block.asSlice(0, Math.max(bytes, 1)), dtype, length);
        OWNERS.put(buffer, CLEANER.register(buffer, () -> giveBack(block))); // runs once: at release() or when collected
        return new StridedArray(buffer, Layout.contiguous(shape));
    }

    /**
     * Returns a buffer this pool allocated to it now, when nothing can read it any more (a plan's
     * intermediate after its last reader). Buffers it did not allocate are ignored.
     */
    void release(Buffer buffer) {
        Cleaner.Cleanable owner = OWNERS.remove(buffer);
        if (owner != null) owner.clean();
    }

    public synchronized Stats stats() {
        return new Stats(live, pooled, peak, allocations, fromPool, budget);
    }

    /** Starts a new high-water mark at what is live now, so that a test can read the peak of one run. */
    synchronized void resetPeak() {
        peak = live;
    }

    /** The class a request of {@code bytes} falls in: 2^k, 1.25, 1.5 or 1.75 times 2^k, at least a page. */
    static long classSize(long bytes) {
        if (bytes <= MIN_BLOCK) return MIN_BLOCK;
        long power = Long.highestOneBit(bytes - 1);
        long quarter = power / 4;
        return power + quarter * ((bytes - power + quarter - 1) / quarter);
    }

    private MemorySegment take(long size, long requested) {
        for (boolean collected = false; ; collected = true) {
            MemorySegment block = tryTake(size);
            if (block != null) {
                if (collectionDue(size)) requestCollection();
                return block;
            }
            if (collected) {
                Stats s = stats();
                throw new OutOfMemoryError("cannot allocate " + requested + " bytes for an array: the memory budget is " + s.budget()
                        + " bytes (-Dndjit.memoryBudget) and " + s.liveBytes() + " are live, " + s.pooledBytes() + " pooled");
            }
            // Unreachable results return their blocks only after a collection: ask for one, once.
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A pooled block of this class, else a new one within the budget (pooled blocks freed to make room), else null. */
    private synchronized MemorySegment tryTake(long size) {
        ArrayDeque<MemorySegment> blocks = free.get(size);
        MemorySegment block;
        if (blocks != null && !blocks.isEmpty()) {
            block = blocks.pop();
            pooled -= size;
            fromPool++;
        } else {
            if (live + pooled + size > budget) trim(live + pooled + size - budget);
            block = live + size <= budget ? NativeMemory.allocate(size) : null;
            if (block == null) return null;
        }
        allocations++;
        live += size;
        peak = Math.max(peak, live);
        return block;
    }

    /** Counts {@code size} handed out; true when {@code ndjit.collectAfter} bytes have been since the last request. */
    private synchronized boolean collectionDue(long size) {
        sinceCollection += size;
        if (sinceCollection < COLLECT_AFTER) return false;
        sinceCollection = 0;
        return true;
    }

    /**
     * Asks for a collection, so that dropped results' blocks come back through the cleaner for the
     * next requests, unless the JVM has collected on its own since the last time (a program that
     * allocates on the heap, whose collections return the blocks anyway, is never asked to pay for one).
     */
    private void requestCollection() {
        long collections = collectionCount();
        synchronized (this) {
            boolean collectedSince = collections != collectionsSeen;
            collectionsSeen = collections;
            if (collectedSince) return;
        }
        System.gc();
        long after = collectionCount(); // our own collection is not one the JVM made on its own
        synchronized (this) {
            collectionsSeen = after;
        }
    }

    private static long collectionCount() {
        long collections = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) collections += Math.max(0, gc.getCollectionCount());
        return collections;
    }

    /** Frees pooled blocks, largest classes first, until {@code bytes} are freed or none are left. */
    private void trim(long bytes) {
        while (bytes > 0 && pooled > 0) {
            long largest = free.entrySet().stream().filter(e -> !e.getValue().isEmpty()).mapToLong(Map.Entry::getKey).max().orElse(0);
            MemorySegment block = free.get(largest).removeLast();
            NativeMemory.free(block);
            pooled -= largest;
            bytes -= largest;
        }
    }

    private synchronized void giveBack(MemorySegment block) {
        long size = block.byteSize();
        live -= size;
        if (pooled + size > maxPooled) trim(pooled + size - maxPooled);
        if (pooled + size > maxPooled) {
            NativeMemory.free(block);
            return;
        }
        free.computeIfAbsent(size, k -> new ArrayDeque<>()).push(block);
        pooled += size;
    }

    /** The cleanable of each live buffer, for early release; weak, so an unreachable buffer's entry goes with it. */
    private static final Map<Buffer, Cleaner.Cleanable> OWNERS = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static long defaultBudget() {
        try {
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            return os.getTotalMemorySize() / 4 * 3;
        } catch (RuntimeException | LinkageError e) {
            return 8L << 30;
        }
    }
}
