package org.ndjit.codegen;

import org.ndjit.ir.DType;

/**
 * Whether generated kernels may use the Vector API, decided once: the {@code jdk.incubator.vector}
 * module must be in the boot layer (the JVM was started with {@code --add-modules
 * jdk.incubator.vector}) and {@code -Dndjit.vector=false} must not be set. Otherwise kernels use
 * scalar loops with the same results, and the reason is printed once. Lane counts are read through
 * {@link Lanes}, a class loaded only when the module is present (the Lucene pattern: no
 * Vector API type is linked unless it is there).
 */
public final class VectorSupport {
    private static final boolean ENABLED = decide();
    private static final boolean LONG_FLOAT_CASTS = ENABLED && decideLongFloatCasts();

    private VectorSupport() {}

    public static boolean enabled() { return ENABLED; }

    /** True when a preferred float vector holds exactly two preferred double vectors' lanes (float32 exp widens in halves). */
    static boolean floatsWidenInTwo() {
        return ENABLED && Lanes.of(DType.FLOAT32) == 2 * Lanes.of(DType.FLOAT64);
    }

    /** Lanes of the preferred species for a dtype (only when {@link #enabled()}). */
    static int lanes(DType dtype) {
        return Lanes.of(dtype);
    }

    /** The largest vector's bits: the preferred species' (only when {@link #enabled()}). */
    static int maxBits() {
        return Lanes.of(DType.BOOL) * 8;
    }

    /**
     * Whether casts between int64 and the float dtypes (the Vector API's L2D, L2F, D2L, F2L) run as
     * vector instructions. C2 has them on x86 only with AVX-512 (AVX512DQ's vcvtqq2pd, vcvttpd2qq,
     * ...): with AVX2 they fall back to the Vector API's Java code, measured 10 times slower than the
     * scalar loop (6 ms against 0.5 ms per million), so they are used only on x86 with UseAVX >= 3
     * (HotSpot's flag, which the user may also lower), never elsewhere. A kernel with such a cast
     * keeps the scalar loop otherwise.
     */
    public static boolean longFloatCasts() {
        return LONG_FLOAT_CASTS;
    }

    private static boolean decideLongFloatCasts() {
        String arch = System.getProperty("os.arch", "");
        if (!arch.equals("amd64") && !arch.equals("x86_64")) return false;
        try {
            var bean = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return Integer.parseInt(bean.getVMOption("UseAVX").getValue()) >= 3;
        } catch (RuntimeException | LinkageError e) { // not HotSpot, or without the management modules
            return false;
        }
    }

    private static boolean decide() {
        String reason = null;
        if (!Boolean.parseBoolean(System.getProperty("ndjit.vector", "true"))) {
            reason = "-Dndjit.vector=false";
        } else if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            reason = "the JVM was started without --add-modules jdk.incubator.vector";
        } else if (Lanes.of(DType.FLOAT64) < 2) {
            reason = "the preferred vector species has fewer than 2 double lanes";
        }
        if (reason != null) System.err.println("ndjit: kernels use scalar loops (" + reason + ")");
        return reason == null;
    }

    /** Only this class names Vector API types; it is loaded after the module check. */
    private static final class Lanes {
        static int of(DType dtype) {
            return switch (dtype) {
                case FLOAT64 -> jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED.length();
                case FLOAT32 -> jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.length();
                case INT64 -> jdk.incubator.vector.LongVector.SPECIES_PREFERRED.length();
                case INT32 -> jdk.incubator.vector.IntVector.SPECIES_PREFERRED.length();
                case BOOL -> jdk.incubator.vector.ByteVector.SPECIES_PREFERRED.length();
            };
        }
    }
}
