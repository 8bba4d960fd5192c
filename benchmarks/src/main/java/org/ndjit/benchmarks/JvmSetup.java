package org.ndjit.benchmarks;

/**
 * The JVM a benchmark fork runs in. Both have the options the library needs and the same
 * native-memory limit; they differ in the heap. The standard one starts small and has room for the
 * largest pipeline's inputs and outputs. The server one is set up the way servers run: a large heap,
 * fixed and touched at start, so collections are rare and a cost that only shows between rare
 * collections (results of the library waiting in native memory for the collection that frees them)
 * is in its figures.
 */
enum JvmSetup {
    STANDARD("-Xms1g", "-Xmx3g"),
    SERVER("-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch");

    private static final String[] COMMON = {
        "--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-XX:MaxDirectMemorySize=3g",
    };

    private final String[] heap;

    JvmSetup(String... heap) { this.heap = heap; }

    String[] args() {
        String[] out = java.util.Arrays.copyOf(COMMON, COMMON.length + heap.length);
        System.arraycopy(heap, 0, out, COMMON.length, heap.length);
        return out;
    }

    /** The heap options, as the report states them. */
    String heap() { return String.join(" ", heap); }
}
