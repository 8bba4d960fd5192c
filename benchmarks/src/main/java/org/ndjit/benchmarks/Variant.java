package org.ndjit.benchmarks;

/** How a pipeline is computed in one benchmark: by the library (and how), or by a hand-written loop. */
enum Variant {
    FUSED("fused", true, "true", 1, JvmSetup.STANDARD),
    /** Fused in a server-like JVM ({@link JvmSetup#SERVER}); run only when the report is asked for it. */
    FUSED_SERVER("fused, server JVM", true, "true", 1, JvmSetup.SERVER),
    FUSED_ALL_CORES("fused, all cores", true, "true", 0, JvmSetup.STANDARD),
    /**
     * Fused, each result closed once computed, so its memory goes back to the pool at once, as in a loop
     * that closes what it drops (or uses a scope, or {@code into}); run for the pipelines whose time is
     * mostly their output's memory ({@link Table#STEADY}). Without it a dropped result comes back only
     * after a garbage collection, and each call writes memory not in the cache.
     */
    FUSED_CLOSED("fused, results closed", true, "true", 1, JvmSetup.STANDARD),
    EAGER("eager", true, "false", 1, JvmSetup.STANDARD),
    SCALAR("hand scalar", false, null, 1, JvmSetup.STANDARD),
    VECTOR("hand vector", false, null, 1, JvmSetup.STANDARD);

    final String label;
    final boolean library;
    /** The value of {@code ndjit.fusion}, for the library variants. */
    final String fusion;
    /** Threads: 1, or 0 for all available processors. */
    final int threads;
    /** The JVM its forks run in. */
    final JvmSetup jvm;

    Variant(String label, boolean library, String fusion, int threads, JvmSetup jvm) {
        this.label = label;
        this.library = library;
        this.fusion = fusion;
        this.threads = threads;
        this.jvm = jvm;
    }

    /** Sets the library's switches for this variant (read at each materialization, so set once per fork). */
    void configure() {
        if (!library) return;
        System.setProperty("ndjit.fusion", fusion);
        int n = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        System.setProperty("ndjit.parallelism", Integer.toString(n));
    }

    /** The benchmarked operation: one call of the pipeline on the data, output allocation included. */
    Pipeline.Hand operation(Pipeline p) {
        return switch (this) {
            case FUSED, FUSED_ALL_CORES, EAGER, FUSED_SERVER -> Data::library;
            case FUSED_CLOSED -> Variant::closed;
            case SCALAR -> p.scalar;
            case VECTOR -> p.vector;
        };
    }

    /** The library's result, computed and then closed (the blackhole keeps the closed array, which it never reads). */
    private static Object closed(Data d) {
        org.ndjit.NDArray result = d.library();
        result.close();
        return result;
    }
}
