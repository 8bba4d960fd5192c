package org.ndjit.benchmarks;

/** How a pipeline is computed in one benchmark: by the library (and how), or by a hand-written loop. */
enum Variant {
    FUSED("fused", true, "true", 1),
    FUSED_ALL_CORES("fused, all cores", true, "true", 0),
    EAGER("eager", true, "false", 1),
    SCALAR("hand scalar", false, null, 1),
    VECTOR("hand vector", false, null, 1);

    final String label;
    final boolean library;
    /** The value of {@code ndjit.fusion}, for the library variants. */
    final String fusion;
    /** Threads: 1, or 0 for all available processors. */
    final int threads;

    Variant(String label, boolean library, String fusion, int threads) {
        this.label = label;
        this.library = library;
        this.fusion = fusion;
        this.threads = threads;
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
            case FUSED, FUSED_ALL_CORES, EAGER -> Data::library;
            case SCALAR -> p.scalar;
            case VECTOR -> p.vector;
        };
    }
}
