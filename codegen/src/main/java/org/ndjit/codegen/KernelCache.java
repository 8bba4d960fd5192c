package org.ndjit.codegen;

import java.util.LinkedHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Compiled kernels by {@link #classKey}, least recently used first out, bounded (system
 * property {@code ndjit.kernelCacheSize}, default 1024). Each entry is a {@link FutureTask}: the
 * first thread to ask compiles outside the lock, others wait for it. A dropped class is no longer
 * referenced here and is unloaded by the garbage collector (kernels are hidden, non-strong classes).
 * An entry holds a kernel's {@link KernelTiers}: small runs of a new kernel get its scalar class
 * until its vector class is warm.
 */
public final class KernelCache {
    private static final KernelCache SHARED = new KernelCache(Integer.getInteger("ndjit.kernelCacheSize", 1024));

    private final int capacity;
    private final LinkedHashMap<KernelSpec, FutureTask<KernelTiers>> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final AtomicLong compilations = new AtomicLong();

    public KernelCache(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("kernel cache capacity must be >= 1, got " + capacity);
        this.capacity = capacity;
    }

    /** The process-wide cache materialization uses. */
    public static KernelCache shared() { return SHARED; }

    /** The compiled kernel for this spec, in its fastest form now, compiling it if no entry exists. */
    public RowKernel get(KernelSpec spec) {
        return get(spec, Long.MAX_VALUE);
    }

    /** The compiled kernel for a run of this spec over {@code elements} elements (see {@link KernelTiers}). */
    public RowKernel get(KernelSpec spec, long elements) {
        return tiers(spec, elements).forRun(elements);
    }

    /**
     * The compiled forms of this spec, compiling what a run over {@code elements} elements needs if
     * no entry exists; {@link KernelTiers#forRun} then picks the class of each run as {@link #get}
     * does. For a caller that runs one spec many times and keeps it (a cached plan): it skips the
     * look-up, and keeps the classes loaded after the cache has dropped them.
     */
    public KernelTiers tiers(KernelSpec spec, long elements) {
        FutureTask<KernelTiers> task, created = null;
        // A spec that is a key is its own class key (classKey of a key is the key), so a hit on it skips
        // classKey's vectorization check, which was a tenth of the look-up (every vector kernel's run hits so).
        synchronized (entries) { task = entries.get(spec); }
        KernelSpec key = task != null ? spec : classKey(spec);
        if (task == null) synchronized (entries) {
            task = entries.get(key);
            if (task == null) {
                created = task = new FutureTask<>(() -> compile(spec, elements));
                entries.put(key, task);
                if (entries.size() > capacity) {
                    var eldest = entries.entrySet().iterator();
                    eldest.next();
                    eldest.remove();
                }
            }
        }
        if (created != null) created.run();
        try {
            return task.get();
        } catch (ExecutionException e) {
            synchronized (entries) { entries.remove(key, task); }
            throw new IllegalStateException("kernel compilation failed for " + abbreviate(key.key() + " " + key.access()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a kernel compilation", e);
        }
    }

    /** True if a kernel for this spec is cached now. */
    public boolean contains(KernelSpec spec) {
        synchronized (entries) { return entries.containsKey(classKey(spec)); }
    }

    /** True if a kernel of this structure is cached for some inner-stride specialisation. */
    public boolean containsStructure(KernelSpec spec) {
        KernelSpec structure = spec.withStrides(new long[0]);
        synchronized (entries) {
            for (KernelSpec key : entries.keySet()) if (key.withStrides(new long[0]).equals(structure)) return true;
        }
        return false;
    }

    /**
     * What tells compiled classes apart: the structure, and for a kernel that gets a vector main loop
     * the inputs' inner-stride classes too (unit-stride and broadcast inputs are loaded differently);
     * a scalar kernel serves every stride, but for one that gathers (whether its picks stay the same
     * along a row decides how the scalar loop reads them, {@link KernelSpec#picksWholeRows}). A spec,
     * not its text: equal specs are equal keys, and a look-up builds no string.
     */
    static KernelSpec classKey(KernelSpec spec) {
        boolean byStrides = Vectorization.loops().applies(spec) || !spec.gathered().isEmpty();
        return byStrides || spec.access().isEmpty() ? spec : spec.withStrides(new long[0]);
    }

    public int size() {
        synchronized (entries) { return entries.size(); }
    }

    /** How many kernels this cache has compiled. */
    public long compilations() { return compilations.get(); }

    static String abbreviate(String key) {
        return key.length() <= 200 ? key : key.substring(0, 200) + "... (" + key.length() + " characters)";
    }

    /** Kernels whose small runs were switched to the vector class by a warm-up, and kernels whose vector class never won it. */
    public static long warmedUp() { return KernelWarmup.switched(); }

    public static long keptScalar() { return KernelWarmup.keptScalar(); }

    private KernelTiers compile(KernelSpec spec, long elements) {
        long start = System.nanoTime();
        KernelTiers kernel = KernelTiers.compile(spec, elements);
        compilations.incrementAndGet();
        Log.compilation(() -> String.format("compiled %s in %.3f ms", abbreviate(spec.key()), (System.nanoTime() - start) / 1e6));
        return kernel;
    }
}
