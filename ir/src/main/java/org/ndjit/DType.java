package org.ndjit;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The element types: NumPy's twelve real dtypes with their names and NumPy 2's promotion (NEP 50,
 * see ../shared/SEMANTICS.md 1.2 and {@link #promote}).
 *
 * <p>Each row knows its storage (the JVM primitive of its item size) and how the reference computes
 * it: integers of up to 32 bits as a {@code long} holding their value (so int8, uint8, int16, uint16 and
 * uint32 arithmetic is long arithmetic narrowed on store, which is NumPy's modular arithmetic), uint64
 * as a {@code long} holding its bits (unsigned comparison, division and conversion where they differ),
 * float16 as a short computed in float and rounded once per operation, as NumPy's loops do.
 *
 * <p>The first five rows ({@link #hasKernels}) have every compiled path. The other seven have
 * compiled loops for elementwise ops and reductions (codegen's {@code NarrowDtypes}; vector loops,
 * float16's in float lanes), and compiled concatenations and gathers (the planner's {@code NarrowDtypePlans});
 * their other ops (sorts, scans, updates, products and the other routines) run in the reference
 * evaluator, so they are correct but not fused.
 */
public enum DType {
    /** NumPy's {@code bool}: one byte per element; arithmetic promotes it to an integer. */
    BOOL("bool", 1, Kind.BOOL, false),
    /** NumPy's {@code int32}, Java's {@code int}: {@code Np.array(new int[] {1, 2})}. */
    INT32("int32", 4, Kind.INT, true),
    /** NumPy's {@code int64}, Java's {@code long}: NumPy's default integer ({@code Np.arange(5)}). */
    INT64("int64", 8, Kind.INT, true),
    /** NumPy's {@code float32}, Java's {@code float}. */
    FLOAT32("float32", 4, Kind.FLOAT, true),
    /** NumPy's {@code float64}, Java's {@code double}: NumPy's default float ({@code Np.zeros(3)}). */
    FLOAT64("float64", 8, Kind.FLOAT, true),
    /** NumPy's {@code int8}, Java's {@code byte}. */
    INT8("int8", 1, Kind.INT, true),
    /** NumPy's {@code int16}, Java's {@code short}. */
    INT16("int16", 2, Kind.INT, true),
    /** NumPy's {@code uint8} (0 to 255), image data: {@code Np.array(pixels, DType.UINT8)} reads Java bytes' bits. */
    UINT8("uint8", 1, Kind.INT, false),
    /** NumPy's {@code uint16} (0 to 65535). */
    UINT16("uint16", 2, Kind.INT, false),
    /** NumPy's {@code uint32}. */
    UINT32("uint32", 4, Kind.INT, false),
    /** NumPy's {@code uint64}, held in a {@code long}'s bits. */
    UINT64("uint64", 8, Kind.INT, false),
    /** NumPy's {@code float16} (IEEE half precision), computed in float and rounded once per operation. */
    FLOAT16("float16", 2, Kind.FLOAT, true);

    /** The three kinds NEP 50 distinguishes for weak (Java) scalars (unsigned integers are of kind INT). */
    public enum Kind {
        /** {@link DType#BOOL}. */
        BOOL,
        /** The signed and unsigned integers. */
        INT,
        /** float16, float32 and float64. */
        FLOAT
    }

    private final String numpyName;
    private final int itemSize;
    private final Kind kind;
    private final boolean signed;

    DType(String numpyName, int itemSize, Kind kind, boolean signed) {
        this.numpyName = numpyName;
        this.itemSize = itemSize;
        this.kind = kind;
        this.signed = signed;
    }

    /** Bytes per element in a buffer (bool takes one byte, as in NumPy). */
    public int itemSize() { return itemSize; }

    /** Bits per element (8 for bool). */
    public int bits() { return itemSize * 8; }

    /** Bool, integer or float: what a weak Java scalar of the same kind keeps (NEP 50). */
    public Kind kind() { return kind; }

    /** float16, float32 or float64. */
    public boolean isFloat() { return kind == Kind.FLOAT; }

    /** A signed or unsigned integer dtype. */
    public boolean isInteger() { return kind == Kind.INT; }

    /** {@link #BOOL}. */
    public boolean isBool() { return kind == Kind.BOOL; }

    /** An unsigned integer dtype (uint8 to uint64). */
    public boolean isUnsigned() { return kind == Kind.INT && !signed; }

    /**
     * Whether this dtype has every compiled path: vector loops, routines, gathers (bool, int32, int64,
     * float32, float64). The others have loops for elementwise ops and reductions, concatenations and
     * gathers (see the class comment).
     */
    public boolean hasKernels() { return ordinal() <= FLOAT64.ordinal(); }

    /** NumPy's name, e.g. {@code uint8}. */
    public String numpyName() { return numpyName; }

    /** The dtype NumPy names {@code name} (e.g. {@code "uint8"}), or null if none of these is. */
    public static DType named(String name) {
        for (DType d : values()) if (d.numpyName.equals(name)) return d;
        return null;
    }

    /**
     * A new zeroed Java array of this dtype's own element type ({@code double[]} for float64, {@code byte[]}
     * for bool and int8, {@code short[]} for float16), as a segment: C2 compiles a Vector API load or store
     * into a heap segment only when the array's type is the vector's (a double vector stored into a
     * {@code long[]} took the boxed Java path).
     */
    public MemorySegment newArraySegment(int length) {
        return switch (this) {
            case FLOAT64 -> MemorySegment.ofArray(new double[length]);
            case FLOAT32 -> MemorySegment.ofArray(new float[length]);
            case INT64, UINT64 -> MemorySegment.ofArray(new long[length]);
            case INT32, UINT32 -> MemorySegment.ofArray(new int[length]);
            case INT16, UINT16, FLOAT16 -> MemorySegment.ofArray(new short[length]);
            case BOOL, INT8, UINT8 -> MemorySegment.ofArray(new byte[length]);
        };
    }

    /** The memory layout of one element, unaligned so that any byte offset is legal. */
    public ValueLayout layout() {
        return switch (this) {
            case BOOL, INT8, UINT8 -> ValueLayout.JAVA_BYTE;
            case INT16, UINT16, FLOAT16 -> ValueLayout.JAVA_SHORT_UNALIGNED;
            case INT32, UINT32 -> ValueLayout.JAVA_INT_UNALIGNED;
            case INT64, UINT64 -> ValueLayout.JAVA_LONG_UNALIGNED;
            case FLOAT32 -> ValueLayout.JAVA_FLOAT_UNALIGNED;
            case FLOAT64 -> ValueLayout.JAVA_DOUBLE_UNALIGNED;
        };
    }

    /**
     * NumPy 2's array-with-array promotion: bool yields to anything; dtypes of one kind (and
     * signedness) give the wider; an unsigned and a signed integer give the signed one if it is wider,
     * else the signed integer of twice the unsigned one's bits (uint64 with any signed integer gives
     * float64); an integer and a float give the wider of the float and the smallest float holding the
     * integer's values (float16 for 8 bits, float32 for 16, float64 beyond: int32 + float32 is float64).
     */
    public static DType promote(DType a, DType b) {
        if (a == b || b == BOOL) return a;
        if (a == BOOL) return b;
        if (a.isFloat() && b.isFloat()) return a.itemSize >= b.itemSize ? a : b;
        if (a.isFloat() || b.isFloat()) {
            DType f = a.isFloat() ? a : b, i = a.isFloat() ? b : a;
            DType holding = i.itemSize == 1 ? FLOAT16 : i.itemSize == 2 ? FLOAT32 : FLOAT64;
            return promote(f, holding);
        }
        if (a.signed == b.signed) return a.itemSize >= b.itemSize ? a : b;
        DType s = a.signed ? a : b, u = a.signed ? b : a;
        if (s.itemSize > u.itemSize) return s;
        return switch (u.itemSize) {
            case 1 -> INT16;
            case 2 -> INT32;
            case 4 -> INT64;
            default -> FLOAT64;
        };
    }

    /**
     * The dtype NumPy's sum, prod, cumsum and cumprod accumulate this dtype in (on a 64-bit platform):
     * bool and the signed integers int64, the unsigned ones uint64; floats themselves.
     */
    public DType accumulator() {
        if (isFloat()) return this;
        return isUnsigned() ? UINT64 : INT64;
    }

    /** The value a {@code long} {@code v} has once stored in this integer dtype (its low bits; uint64: the bits themselves). */
    public long wrap(long v) {
        return switch (this) {
            case INT8 -> (byte) v;
            case INT16 -> (short) v;
            case INT32 -> (int) v;
            case UINT8 -> v & 0xFFL;
            case UINT16 -> v & 0xFFFFL;
            case UINT32 -> v & 0xFFFF_FFFFL;
            case BOOL -> v != 0 ? 1 : 0;
            default -> v;
        };
    }

    /** The float dtype NumPy's float functions (sqrt, exp, ...) compute this dtype in: float16 for bool and 8-bit integers. */
    public DType floatFor() {
        return isFloat() ? this : promote(this, FLOAT16);
    }

    @Override
    public String toString() { return numpyName; }
}
