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
    // HotSpot's options and the machine's memory size (MemoryPool, PanamaProvider); java.management with it.
    requires jdk.management;
    requires org.objectweb.asm;
    requires org.objectweb.asm.util;
}
