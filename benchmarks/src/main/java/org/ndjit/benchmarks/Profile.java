package org.ndjit.benchmarks;

/** How long and how tightly to measure: JMH forks and iterations, and NumPy's time per pipeline. */
enum Profile {
    /** About 10 minutes on 2 cores: one fork per benchmark, 2 s of warm-up, 3 s measured. */
    QUICK(1, 2, 3, 2.0),
    /** About 40 minutes on 2 cores: two forks per benchmark, 5 s of warm-up, 10 s measured. */
    LONG(2, 5, 10, 8.0);

    final int forks, warmupSeconds, measureSeconds;
    final double numpySeconds;

    Profile(int forks, int warmupSeconds, int measureSeconds, double numpySeconds) {
        this.forks = forks;
        this.warmupSeconds = warmupSeconds;
        this.measureSeconds = measureSeconds;
        this.numpySeconds = numpySeconds;
    }

    /**
     * Seconds of warm-up for one pipeline's benchmarks: the profile's, and at least {@value #PER_CALL_WARMUP_SECONDS}
     * for B11, whose steady state is what it measures (per-call overhead) and comes late. Each of its calls
     * allocates its 8 KB result on the Java heap, and until the young generation has been used once every
     * 4 KB of it is a page touched for the first time: on a fresh 2-core KVM guest ~10 µs a page, so a
     * -Xms1g JVM's first pass over its ~600 MB eden makes every call 20-30 µs, for 1.5-4 s (the hand loops'
     * calls too); the library's per-call code is also still being compiled for the first second or two.
     */
    int warmupSeconds(Pipeline p) {
        return p == Pipeline.B11 ? Math.max(warmupSeconds, PER_CALL_WARMUP_SECONDS) : warmupSeconds;
    }

    private static final int PER_CALL_WARMUP_SECONDS = 8;

    String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
