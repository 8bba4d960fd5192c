package org.ndjit.codegen;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The compiled forms of one kernel, and which one a run gets. A Vector API loop is slow until C2
 * compiles it: the interpreter and C1 box every vector (a new kernel's first call on 1,000 elements
 * took 1 to 36 ms, median 6.4, against about 1 ms for the scalar loop). So a kernel that gets a
 * vector loop is first compiled with its scalar loop alone, which small runs use: a cold class written
 * for the interpreter, row() alone over Java arrays ({@link RowKernelCompiler#compileScalar}). After
 * 16 small runs ({@code WARM_AFTER_RUNS}: a kernel run a few times is not worth the work),
 * {@link KernelWarmup} replaces it with the scalar class over segments ({@link #scalarClass}),
 * compiles the vector class and runs it off the caller's thread until it beats
 * the scalar class; from then on every run gets the vector class. A large run (at least
 * {@code ndjit.tieredBelow} elements, default 65,536, read at each lookup; 0 turns tiering off) gets the
 * scalar class too and counts as the small runs its elements would make, so its warm-up is queued after
 * as much work; the engine takes the vector class between the calls of a run as soon as it is ready
 * ({@link #latest}). Large runs wait for one warm-up at most: when it ends without a switch and without
 * measuring the vector class compiled and slower, or cannot be queued, they take the vector class. A
 * large run used to get the vector class at once, counting on its long loops being compiled on the
 * stack; in fresh JVMs on 2 loaded cores the first {@code exp(a*b + c).sum()} over 10^6 float64 took
 * 5.1-5.4 s so and 1.8-2.5 s on the scalar class, the column statistics program's first run 4.6-8.5 s
 * and 2.4-4.0 s. Both classes compute the same bits, so which one ran cannot be seen in a result.
 */
public final class KernelTiers {
    private static final long DEFAULT_TIERED_BELOW = 1 << 16;
    /** Small runs before a warm-up is queued: with 2, the demo took 1.84 s against 1.61 s (background compilations on 2 cores). */
    private static final int WARM_AFTER_RUNS = 16;

    private final KernelSpec spec;
    /** The scalar-only class; null when the kernel has no vector loop or tiering was off when it was first compiled. */
    private volatile RowKernel scalar;
    /** Whether {@link #scalar} is the class over segments (see {@link #scalarClass}). */
    private boolean scalarOverSegments;
    /** The class with the vector loop (the only class when {@link #scalar} is null), once compiled. */
    private volatile RowKernel vector;
    /** True once every run should get {@link #vector}. */
    private volatile boolean vectorReady;
    private final AtomicInteger smallRuns = new AtomicInteger();
    /** The small run at which the next warm-up is queued: doubled each time one ends without a switch. */
    private volatile int warmAt = WARM_AFTER_RUNS;
    private final AtomicBoolean warming = new AtomicBoolean();
    /** Set when a warm-up ended without a switch but did not measure the vector class compiled and slower: large runs take it. */
    private volatile boolean largeRunsTakeVector;
    /** Bits of the {@link Entry} points runs have called (see {@link #used}). */
    private final AtomicInteger entriesUsed = new AtomicInteger();

    /** A {@link RowKernel} entry point a run calls. */
    public enum Entry { ROW, SUM_ROW, SUM_ROW_LONG, MAX_ROW, MIN_ROW, ARGMAX_ROW, ARGMIN_ROW, SUM_ACROSS, SUM_ACROSS_LONG, MAX_ACROSS, MIN_ACROSS, ARGMAX_ACROSS, ARGMIN_ACROSS }

    private KernelTiers(KernelSpec spec, RowKernel scalar, boolean scalarOverSegments, RowKernel vector) {
        this.spec = spec;
        this.scalar = scalar;
        this.scalarOverSegments = scalarOverSegments;
        this.vector = vector;
        this.vectorReady = vector != null;
    }

    /**
     * Compiles what the first run of {@code spec} over {@code elements} elements needs; {@link Long#MAX_VALUE}
     * elements, a look-up without a size ({@link KernelCache#get(KernelSpec)}), asks for the fastest form: the
     * vector class alone, ready at once, with no warm-up queued.
     */
    static KernelTiers compile(KernelSpec spec, long elements) {
        long below = tieredBelow();
        if (!Vectorization.loops().applies(spec) || below == 0 || elements == Long.MAX_VALUE) {
            return new KernelTiers(spec, null, false, RowKernelCompiler.compile(spec));
        }
        return new KernelTiers(spec, RowKernelCompiler.compileScalar(spec), false, null);
    }

    /** The class a run over {@code elements} elements uses. */
    public RowKernel forRun(long elements) {
        if (vectorReady) return vector;
        long below = tieredBelow();
        boolean large = elements >= below;
        if (below == 0 || large && largeRunsTakeVector) return vectorNow();
        // A large run counts as the small runs its elements would make: its warm-up is queued after about as much work.
        int runs = large ? (int) Math.min(elements / below, WARM_AFTER_RUNS) : 1;
        if (smallRuns.addAndGet(runs) >= warmAt && !warmupPending() && large) return vectorNow();
        return scalar;
    }

    /** The vector class, from now on for every run. */
    private RowKernel vectorNow() {
        RowKernel v = vectorClass();
        vectorReady = true;
        return v;
    }

    /** Whether this kernel's warm-up is queued or running, queueing it if not; false when the queue is full (a later run asks again). */
    private boolean warmupPending() {
        if (!warming.compareAndSet(false, true)) return true;
        if (KernelWarmup.submit(this)) return true;
        warming.set(false);
        return false;
    }

    /**
     * The class a run that started on {@code current} should call next: the vector class once it is ready (a
     * large run started on the scalar class takes it between calls), else {@code current}. Never the other way.
     */
    public RowKernel latest(RowKernel current) {
        return vectorReady ? vector : current;
    }

    KernelSpec spec() { return spec; }

    /**
     * Notes that a run calls this entry point (called per row: a read of one int once noted). A warm-up
     * runs only the entry points runs have called: running the others too (sumRow and sumAcross of a
     * kernel only ever used elementwise) took most of its time, in the Vector API's slow paths until
     * the JIT compiled them, and on 2 cores that time was taken from the callers' threads.
     */
    public void used(Entry entry) {
        int bit = 1 << entry.ordinal();
        if ((entriesUsed.get() & bit) == 0) entriesUsed.getAndUpdate(u -> u | bit);
    }

    /** Whether a run has called this entry point. */
    boolean wasUsed(Entry entry) {
        return (entriesUsed.get() & 1 << entry.ordinal()) != 0;
    }

    /**
     * The scalar class, as small runs get it from now on; a warm-up asks for it first. A kernel queued for a warm-up
     * has had {@link #WARM_AFTER_RUNS} small runs and is no longer cold, so its first scalar class, whose rows are
     * Java arrays for the interpreter's sake ({@link RowKernelCompiler#compileScalar}), gives way to one over
     * segments, which C2 compiles with no copies of native rows: compiled, a 12-op float64 row of 1,000 elements of
     * native memory took 4.6-4.9 µs through copies, 2.8-2.9 µs over the segments (Java arrays: 2.3-3.7 and 2.7 µs).
     */
    synchronized RowKernel scalarClass() {
        if (!scalarOverSegments) {
            scalar = RowKernelCompiler.compileScalarOverSegments(spec);
            scalarOverSegments = true;
        }
        return scalar;
    }

    /** The vector class, compiled on first request (by the warm-up thread, or by a large run that cannot wait). */
    synchronized RowKernel vectorClass() {
        if (vector == null) vector = RowKernelCompiler.compile(spec);
        return vector;
    }

    /**
     * A warm-up ended with the scalar class still faster. On a loaded machine that is often because
     * the JIT had not compiled the vector class yet (the warm-up thread runs at low priority, within a
     * time budget), so a later run asks again, after twice as many small runs as this time; unless the
     * warm-up measured the vector class {@code settled} (compiled, and still slower), when small runs
     * keep the scalar class, and so do large runs (otherwise they take the vector class: they wait for one warm-up at most).
     */
    void warmupLost(boolean settled) {
        warmAt = settled ? Integer.MAX_VALUE : (int) Math.min(Integer.MAX_VALUE, 2L * Math.max(smallRuns.get(), WARM_AFTER_RUNS));
        if (!settled) largeRunsTakeVector = true;
        warming.set(false);
    }

    /** From now on every run gets the vector class. */
    void useVector() {
        vectorReady = true;
    }

    /** True when runs get the vector class (or the kernel has no other). */
    boolean vectorReady() { return vectorReady; }

    private static long tieredBelow() {
        return Long.getLong("ndjit.tieredBelow", DEFAULT_TIERED_BELOW);
    }
}
