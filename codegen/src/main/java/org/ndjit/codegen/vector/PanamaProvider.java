package org.ndjit.codegen.vector;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import org.ndjit.codegen.KernelSpec;
import org.ndjit.codegen.LoopEmitter;
import org.ndjit.codegen.MaskCopy;
import org.ndjit.codegen.MatmulKernel;
import org.ndjit.codegen.TileTranspose;
import org.ndjit.codegen.Vectorization;
import org.ndjit.DType;
import org.ndjit.ir.Reduction;
import org.objectweb.asm.MethodVisitor;

/**
 * The only entry into the vector package, loaded by name by {@link Vectorization} after it has
 * checked that the module is there: the vector main loops of row kernels, float sums' lanes in
 * vector registers, and the blocked matmul kernel. Also the machine facts the emitters read: lanes
 * per dtype (the preferred species, or fewer under {@code -Dndjit.vectorBits}) and whether
 * int64-float casts are vector instructions.
 */
public final class PanamaProvider implements Vectorization.Provider {
    private static final int BITS = Integer.getInteger("ndjit.vectorBits", Integer.MAX_VALUE);
    private static final boolean LONG_FLOAT_CASTS = decideLongFloatCasts();
    private static final boolean FMA = "true".equals(vmOption("UseFMA"));

    private static final LoopEmitter LOOPS = new LoopEmitter() {
        @Override public boolean applies(KernelSpec spec) { return VectorEmitter.applies(spec); }
        @Override public boolean sums(KernelSpec spec) { return VectorEmitter.sums(spec); }
        @Override public boolean sumsLong(KernelSpec spec) { return VectorEmitter.sumsLong(spec); }
        @Override public int lanes(KernelSpec spec) { return VectorEmitter.applies(spec) ? VectorEmitter.lanes(spec) : 1; }
        @Override public void emit(MethodVisitor mv, KernelSpec spec, RowLocals l) { VectorEmitter.emit(mv, spec, l); }
    };

    private final MaskCopy maskCopy;

    /** Fails (Vectorization then keeps the scalar forms, saying why) when vectors are too narrow to pay. */
    public PanamaProvider() {
        if (preferredLanes(DType.FLOAT64) < 2) throw new UnsupportedOperationException("the preferred vector species has fewer than 2 double lanes");
        if (lanes(DType.FLOAT64) < 1) throw new UnsupportedOperationException("-Dndjit.vectorBits=" + BITS + " is narrower than one double");
        maskCopy = LONG_FLOAT_CASTS || lanes(DType.INT64) == 4 ? new VectorMaskCopy(LONG_FLOAT_CASTS) : MaskCopy.SCALAR;
    }

    @Override public LoopEmitter loops() { return LOOPS; }
    @Override public Reduction.LaneAdder laneSums() { return VectorLanes.INSTANCE; }
    @Override public Reduction.Extremes extremes() { return VectorExtremes.INSTANCE; }
    @Override public MatmulKernel matmul() { return VectorMatmul.INSTANCE; }

    /**
     * compress is an instruction with AVX-512 (like the int64-float casts); with four 64-bit lanes
     * (AVX2) C2 makes it a permutation, faster than the scalar loop for 8-byte elements (see
     * {@link VectorMaskCopy}); elsewhere the Vector API's Java code could be slower than the scalar loop.
     */
    @Override public MaskCopy maskCopy() { return maskCopy; }

    @Override public TileTranspose tileTranspose() { return VectorTileTranspose.INSTANCE; }

    @Override
    public String describe() {
        return "Vector API, " + lanes(DType.FLOAT64) * 64 + "-bit loops" + (LONG_FLOAT_CASTS ? ", int64-float casts" : "");
    }

    /** Lanes of a dtype in the vector loops: its preferred species', capped by {@code -Dndjit.vectorBits}. */
    static int lanes(DType dtype) {
        return Math.min(preferredLanes(dtype), Math.max(0, BITS / (8 * dtype.itemSize())));
    }

    /** Lanes of a dtype's preferred species (the one {@link VectorMath} computes in). */
    static int preferredLanes(DType dtype) {
        return switch (dtype) {
            case FLOAT64 -> DoubleVector.SPECIES_PREFERRED.length();
            case FLOAT32 -> FloatVector.SPECIES_PREFERRED.length();
            case INT64 -> LongVector.SPECIES_PREFERRED.length();
            case INT32 -> IntVector.SPECIES_PREFERRED.length();
            case BOOL -> ByteVector.SPECIES_PREFERRED.length();
            default -> throw new IllegalArgumentException("no vector loops for " + dtype);
        };
    }

    /** The largest vector's bits the loops use. */
    static int maxBits() {
        return lanes(DType.BOOL) * 8;
    }

    /** True when a preferred float vector holds exactly two preferred double vectors' lanes ({@link VectorMath} widens float32 in halves). */
    static boolean floatsWidenInTwo() {
        return preferredLanes(DType.FLOAT32) == 2 * preferredLanes(DType.FLOAT64);
    }

    /**
     * Whether casts between int64 and the float dtypes (the Vector API's L2D, L2F, D2L, F2L) run as
     * vector instructions. C2 has them on x86 only with AVX-512 (AVX512DQ's vcvtqq2pd, vcvttpd2qq,
     * ...): with AVX2 they fall back to the Vector API's Java code, measured 10 times slower than the
     * scalar loop (6 ms against 0.5 ms per million), so they are used only on x86 with UseAVX >= 3
     * (HotSpot's flag, which the user may also lower), never elsewhere. A kernel with such a cast
     * keeps the scalar loop otherwise.
     */
    static boolean longFloatCasts() {
        return LONG_FLOAT_CASTS;
    }

    private static boolean decideLongFloatCasts() {
        String arch = System.getProperty("os.arch", "");
        if (!arch.equals("amd64") && !arch.equals("x86_64")) return false;
        String avx = vmOption("UseAVX");
        return avx != null && Integer.parseInt(avx) >= 3;
    }

    /**
     * Whether fma is an instruction of this machine that HotSpot uses (its flag UseFMA): then the
     * Vector API's fma is one vector instruction; otherwise it would be Math.fma's slow software
     * form, lane by lane.
     */
    static boolean fmaInstructions() {
        return FMA;
    }

    /** A HotSpot option's value, or null when it cannot be read (not HotSpot, or without the management modules). */
    private static String vmOption(String name) {
        try {
            var bean = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return bean.getVMOption(name).getValue();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }
}
