/**
 * ndjit: NumPy's array model for Java, lazy and compiled. Start at {@link org.ndjit.Np} and
 * {@link org.ndjit.NDArray}.
 *
 * <p>Only {@code org.ndjit} is exported; the graph, optimizer, code generator and engine packages are
 * internal. The Vector API is a static dependency: start the JVM with
 * {@code --add-modules jdk.incubator.vector} for the vector loops; without it every kernel runs its
 * scalar loop (same results). A {@code requires} would resolve the incubator module by itself on the
 * module path, but would also make the library fail to start on a runtime image or a later JDK without
 * that module, where the scalar loops still work.
 */
module org.ndjit {
    exports org.ndjit;

    requires static jdk.incubator.vector;
    // The collectors' counts (MemoryPool's pacing of collections) and the platform MBean server.
    requires java.management;
    // com.sun.management: HotSpot's options (UseAVX, UseFMA, DisableExplicitGC) and the machine's memory size,
    // each read in a try that falls back (no AVX-512 or FMA assumed, System.gc(), an 8 GB budget) when the
    // module is absent. Static, so a runtime image without it still runs the library; where the module is
    // present it is resolved anyway, by service binding (it provides java.management's
    // PlatformMBeanProvider), so nothing changes on a full JDK: the application in src/it runs both ways.
    requires static jdk.management;
    requires org.objectweb.asm;
    requires org.objectweb.asm.tree;
    requires org.objectweb.asm.util;
}
