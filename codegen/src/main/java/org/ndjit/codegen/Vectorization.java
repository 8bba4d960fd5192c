package org.ndjit.codegen;

import org.ndjit.ir.Reduction;

/**
 * Whether kernels use the Vector API, decided once, with the reason printed when they do not (the
 * Lucene pattern). The {@code jdk.incubator.vector} module must be in the boot layer (the JVM was
 * started with {@code --add-modules jdk.incubator.vector}), {@code -Dndjit.vector=false} must not be
 * set, and the preferred double species must have at least 2 lanes. Then the provider of package
 * {@code codegen.vector}, the only code that names Vector API types, is loaded by name; otherwise
 * nothing links it and every kernel runs the scalar forms, which give the same results.
 *
 * <p>{@code -Dndjit.vectorBits=128} (or 64, 256) caps the vector loops' width below the preferred
 * species, so tests exercise other lane counts and tails on any machine.
 */
public final class Vectorization {
    /** What the vector package provides; the scalar forms otherwise. */
    public interface Provider {
        LoopEmitter loops();

        Reduction.LaneAdder laneSums();

        Reduction.Extremes extremes();

        MatmulKernel matmul();

        MaskCopy maskCopy();

        /** The copy of transposed tiles into C order, or null when kernels are better off reading them in place. */
        TileTranspose tileTranspose();

        /** One line for logs: the widths it uses. */
        String describe();
    }

    private static final Provider SCALAR = new Provider() {
        @Override public LoopEmitter loops() { return LoopEmitter.SCALAR; }
        @Override public Reduction.LaneAdder laneSums() { return Reduction.SCALAR_LANES; }
        @Override public Reduction.Extremes extremes() { return Reduction.SCALAR_EXTREMES; }
        @Override public MatmulKernel matmul() { return MatmulKernel.SCALAR; }
        @Override public MaskCopy maskCopy() { return MaskCopy.SCALAR; }
        @Override public TileTranspose tileTranspose() { return null; }
        @Override public String describe() { return "scalar loops"; }
    };
    private static final Provider CHOSEN = choose();

    private Vectorization() {}

    public static boolean enabled() { return CHOSEN != SCALAR; }

    /** The main-loop emitter of row kernels. */
    public static LoopEmitter loops() { return CHOSEN.loops(); }

    /** How float sums' 8 lanes are updated from a block of values. */
    public static Reduction.LaneAdder laneSums() { return CHOSEN.laneSums(); }

    /** How argmax and argmin find their answers in blocks of float values. */
    public static Reduction.Extremes extremes() { return CHOSEN.extremes(); }

    /** The contraction micro-kernel. */
    public static MatmulKernel matmul() { return CHOSEN.matmul(); }

    /** The copy loop of mask selections. */
    public static MaskCopy maskCopy() { return CHOSEN.maskCopy(); }

    /** The copy of transposed tiles into C order for vector loops, or null (scalar loops read them in place). */
    public static TileTranspose tileTranspose() { return CHOSEN.tileTranspose(); }

    public static String describe() { return CHOSEN.describe(); }

    private static Provider choose() {
        String reason;
        if (!Boolean.parseBoolean(System.getProperty("ndjit.vector", "true"))) {
            reason = "-Dndjit.vector=false";
        } else if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            reason = "the JVM was started without --add-modules jdk.incubator.vector";
        } else {
            try {
                return (Provider) Class.forName("org.ndjit.codegen.vector.PanamaProvider").getConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                reason = cause instanceof UnsupportedOperationException ? cause.getMessage() : "the vector provider failed to load: " + cause;
            }
        }
        Log.LOGGER.log(reason.startsWith("-D") ? System.Logger.Level.INFO : System.Logger.Level.WARNING, "kernels use scalar loops (" + reason + ")");
        return SCALAR;
    }
}
