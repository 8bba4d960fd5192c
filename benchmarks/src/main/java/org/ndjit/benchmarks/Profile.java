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

    String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
