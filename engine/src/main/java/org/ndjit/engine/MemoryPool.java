package org.ndjit.engine;

import org.ndjit.ir.Buffer;
import org.ndjit.DType;
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
 * comes back when its buffer is closed and no read pins it ({@link Buffer#close}: a plan's
 * intermediates when the plan ends, an array's memory when the array is closed), or when every
 * buffer over it is unreachable (a {@link Cleaner}), whichever comes first. Memory is not zeroed unless asked.
 *
 * <p>Bounded two ways: at most {@code ndjit.memoryBudget} bytes live and pooled together (default: three
 * quarters of physical memory), past which a request first frees pooled blocks, then asks for a
 * full collection (even under {@code -XX:+DisableExplicitGC}, see {@link #collectNow}) and waits up
 * to half a second for unreachable buffers to come back, then fails with an {@link OutOfMemoryError} that names
 * the request, the budget and what is live and pooled; and at most {@code ndjit.poolBytes} bytes kept
 * pooled (default: a quarter of the budget), past which freed blocks go back to the C allocator.
 * Safe from several threads; {@link #stats} is observable at any time.
 *
 * <p>A dropped result comes back only after a garbage collection, and a program that allocates little
 * on the Java heap has few: its native memory would grow toward the budget. So when the live bytes
 * have grown by {@code ndjit.collectAfter} (default 256 MB) since the last collection, the pool asks
 * for one, unless the JVM has collected since it last looked (then the blocks come back anyway)
 * ({@code System.gc()}, without waiting for it to free anything; a no-op under
 * {@code -XX:+DisableExplicitGC}), and the unreachable results' blocks return to be reused. The growth
 * allowed adapts to what the collections cost ({@link CollectionPacing}): up to four times
 * {@code ndjit.collectAfter}, and never more than the pool may keep, while they take more than 5% of
 * the program's time.
 *
 * <p>Arrays of at most {@code ndjit.heapArrayBytes} bytes (default 64 KB) are Java arrays instead,
 * outside the budget and the statistics: a result a program drops is then garbage the young
 * collection skips at no cost, where a pooled block needs a cleaner (a reference the collector must
 * process) and comes back only after a collection, so a loop of small calls grew the pool by
 * faulting in fresh blocks. Measured on {@code a*b + c*d - e} at 1,000 elements (calls dropping their
 * results): 5-50 µs per call varying with collections and page faults, against a steady ~4.5 µs.
 */
public final class MemoryPool {
    /** What the pool holds now, and has done: pool blocks, and apart from them the small arrays handed out as Java arrays. */
    public record Stats(long liveBytes, long pooledBytes, long peakLiveBytes, long allocations, long fromPool, long budget, long javaArrays,
                        long collectionsRequested) {}

    /** Declared before {@link #SHARED}, whose constructor reads it. */
    private static final long COLLECT_AFTER = Long.getLong("ndjit.collectAfter", 256L << 20);
    private static final MemoryPool SHARED = new MemoryPool(
            Long.getLong("ndjit.memoryBudget", defaultBudget()), Long.getLong("ndjit.poolBytes", defaultBudget() / 4),
            Long.getLong("ndjit.heapArrayBytes", 64 * 1024));
    private static final Cleaner CLEANER = Cleaner.create();
    /** Smallest class: one page; smaller arrays share its cost, which is small. */
    private static final long MIN_BLOCK = 4096;

    private final long budget, maxPooled, heapUpTo;
    private final CollectionPacing pacing;
    private long collectionsRequested;
    /** Bytes handed out since the last collection request, and the JVM's collection count then. */
    private long sinceCollection, collectionsSeen = -1;
    /** The fewest live bytes seen at a look since the last collection (see {@link #requestCollection}). */
    private long liveLow;
    /** Free blocks per class size, last freed on top. */
    private final Map<Long, ArrayDeque<MemorySegment>> free = new HashMap<>();
    private long live, pooled, peak, allocations, fromPool;
    /** Arrays handed out as Java arrays (not counted in the bytes and blocks above). */
    private final java.util.concurrent.atomic.LongAdder heapArrays = new java.util.concurrent.atomic.LongAdder();

    /** A pool of native blocks only (tests). */
    MemoryPool(long budget, long maxPooled) {
        this(budget, maxPooled, 0);
    }

    MemoryPool(long budget, long maxPooled, long heapUpTo) {
        if (budget <= 0 || maxPooled < 0) throw new IllegalArgumentException("memory budget " + budget + " and pool size " + maxPooled + " must be positive");
        this.budget = budget;
        this.maxPooled = maxPooled;
        this.heapUpTo = heapUpTo;
        this.pacing = new CollectionPacing(COLLECT_AFTER, Math.min(4 * COLLECT_AFTER, maxPooled));
    }

    /** The pool every materialization uses. */
    public static MemoryPool shared() { return SHARED; }

    /** A contiguous array of this shape in pool memory, zeroed only when {@code zeroed}. */
    StridedArray allocate(DType dtype, long[] shape, boolean zeroed) {
        return allocate(dtype, Layout.contiguous(shape), zeroed);
    }

    /** {@link #allocate(DType, long[], boolean)} given the contiguous layout of the shape (layouts are values: one may serve many arrays). */
    StridedArray allocate(DType dtype, Layout contiguous, boolean zeroed) {
        return new StridedArray(buffer(dtype, contiguous.size(), zeroed), contiguous);
    }

    /** A buffer of {@code length} elements in pool memory, zeroed only when {@code zeroed} (for arrays made from data). */
    public Buffer buffer(DType dtype, long length, boolean zeroed) {
        long bytes;
        try {
            bytes = Math.multiplyExact(length, (long) dtype.itemSize());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("array is too large: " + length + " elements of " + dtype);
        }
        if (bytes <= heapUpTo) {
            heapArrays.increment();
            return Buffer.owned(dtype.newArraySegment((int) length), dtype, length, new JavaArray());
        }
        long size = classSize(Math.max(bytes, 1));
        MemorySegment block = take(size, bytes);
        if (zeroed) block.asSlice(0, bytes).fill((byte) 0);
        Block owner = new Block();
        // The cleaner watches the owner, which every buffer over the block holds: it runs when all are unreachable.
        owner.cleanable = CLEANER.register(owner, () -> giveBack(block));
        return Buffer.owned(block.asSlice(0, Math.max(bytes, 1)), dtype, length, owner);
    }

    /** The owner of a Java array's memory: nothing to give back (the collector frees it), but it counts the handles over it. */
    private static final class JavaArray extends Buffer.Owner {
        @Override
        protected void release() {}
    }

    /** The owner of one block: gives it back when its last buffer is released; clean() runs once, so the cleaner cannot give it back again. */
    private static final class Block extends Buffer.Owner {
        Cleaner.Cleanable cleanable;

        @Override
        protected void release() {
            cleanable.clean();
        }
    }

    public synchronized Stats stats() {
        return new Stats(live, pooled, peak, allocations, fromPool, budget, heapArrays.sum(), collectionsRequested);
    }

    /**
     * Starts a new high-water mark at what is live now, so that a test can read the peak of one run,
     * and returns that figure: read under the same lock, since the cleaner may give back blocks
     * between a reset and a later read of the live bytes (the peak would then seem to grow by them).
     */
    synchronized long resetPeak() {
        peak = live;
        return live;
    }

    /** The class a request of {@code bytes} falls in: 2^k, 1.25, 1.5 or 1.75 times 2^k, at least a page. */
    static long classSize(long bytes) {
        if (bytes <= MIN_BLOCK) return MIN_BLOCK;
        long power = Long.highestOneBit(bytes - 1);
        long quarter = power / 4;
        return power + quarter * ((bytes - power + quarter - 1) / quarter);
    }

    private MemorySegment take(long size, long requested) {
        MemorySegment block = tryTake(size);
        if (block == null) block = takeAfterCollection(size);
        if (block == null) {
            Stats s = stats();
            throw new OutOfMemoryError("cannot allocate " + requested + " bytes for an array: the memory budget is " + s.budget()
                    + " bytes (-Dndjit.memoryBudget) and " + s.liveBytes() + " are live, " + s.pooledBytes() + " pooled");
        }
        if (collectionDue(size)) requestCollection();
        return block;
    }

    /**
     * Unreachable results return their blocks only after a collection: asks for one (see
     * {@link #collectNow}), then gives the cleaner up to half a second to bring them back.
     */
    private MemorySegment takeAfterCollection(long size) {
        collectNow();
        synchronized (this) {
            collectionsRequested++;
        }
        for (int i = 0; i < 50; i++) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return tryTake(size);
            }
            MemorySegment block = tryTake(size);
            if (block != null) return block;
        }
        return null;
    }

    /**
     * A full collection now, because the budget is reached: {@code System.gc()}, or, when
     * {@code -XX:+DisableExplicitGC} makes that a no-op, HotSpot's {@code GC.run} diagnostic command
     * (what {@code jcmd <pid> GC.run} runs), which that flag does not disable: without it, results a
     * program dropped would never come back and the request would fail although nothing is in use.
     */
    private static void collectNow() {
        if (!ExplicitGc.DISABLED) {
            System.gc();
            return;
        }
        try {
            java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcRun",
                    new Object[] {null}, new String[] {String[].class.getName()});
        } catch (javax.management.JMException | RuntimeException e) {
            System.gc(); // not HotSpot: the flag is HotSpot's too, so this is the best left
        }
    }

    /** Whether {@code System.gc()} is disabled, looked up once, when first needed (it loads the management classes). */
    private static final class ExplicitGc {
        static final boolean DISABLED = disabled();

        private static boolean disabled() {
            try {
                var hotspot = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
                return hotspot != null && Boolean.parseBoolean(hotspot.getVMOption("DisableExplicitGC").getValue());
            } catch (RuntimeException | LinkageError e) {
                return false;
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

    /** Counts {@code size} handed out; true every quarter of the growth allowed, when the pool looks at its growth. */
    private synchronized boolean collectionDue(long size) {
        sinceCollection += size;
        if (sinceCollection < pacing.allowed() / 4) return false;
        sinceCollection = 0;
        return true;
    }

    /**
     * Asks for a collection when the live bytes have grown by the growth allowed since their
     * low point after the last collection, so that dropped results' blocks come back through the
     * cleaner for the next requests. A collection the JVM made on its own since the last look starts
     * the count again from the live bytes now (a program that allocates on the heap, whose
     * collections return the blocks anyway, is never asked to pay for one). The low point follows
     * the blocks the cleaner returns after a collection, which come back while the program runs on.
     */
    private void requestCollection() {
        long collections = collectionCount();
        synchronized (this) {
            boolean collectedSince = collections != collectionsSeen;
            collectionsSeen = collections;
            liveLow = collectedSince ? live : Math.min(liveLow, live);
            if (collectedSince || live - liveLow < pacing.allowed()) return;
        }
        long start = System.nanoTime();
        System.gc();
        long end = System.nanoTime();
        long after = collectionCount(); // our own collection is not one the JVM made on its own
        synchronized (this) {
            collectionsSeen = after;
            liveLow = live;
            collectionsRequested++;
            pacing.collected(start, end);
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

    private static long defaultBudget() {
        try {
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            return os.getTotalMemorySize() / 4 * 3;
        } catch (RuntimeException | LinkageError e) {
            return 8L << 30;
        }
    }
}
