package org.ndjit.ir;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The element types, with NumPy's names and NEP 50 promotion (see ../shared/SEMANTICS.md 1.2).
 * The library has no int8 or float16: where NumPy would produce them from bool, it produces
 * int32 or float32 (a documented divergence).
 */
public enum DType {
    BOOL("bool", 1, Kind.BOOL),
    INT32("int32", 4, Kind.INT),
    INT64("int64", 8, Kind.INT),
    FLOAT32("float32", 4, Kind.FLOAT),
    FLOAT64("float64", 8, Kind.FLOAT);

    /** The three kinds NEP 50 distinguishes for weak (Java) scalars. */
    public enum Kind { BOOL, INT, FLOAT }

    private final String numpyName;
    private final int itemSize;
    private final Kind kind;

    DType(String numpyName, int itemSize, Kind kind) {
        this.numpyName = numpyName;
        this.itemSize = itemSize;
        this.kind = kind;
    }

    /** Bytes per element in a buffer (bool takes one byte, as in NumPy). */
    public int itemSize() { return itemSize; }

    public Kind kind() { return kind; }

    public boolean isFloat() { return kind == Kind.FLOAT; }

    public boolean isInteger() { return kind == Kind.INT; }

    public boolean isBool() { return kind == Kind.BOOL; }

    /** The memory layout of one element, unaligned so that any byte offset is legal. */
    /**
     * A new zeroed Java array of this dtype's own element type ({@code double[]} for float64, {@code byte[]}
     * for bool), as a segment: C2 compiles a Vector API load or store into a heap segment only when the
     * array's type is the vector's (a double vector stored into a {@code long[]} took the boxed Java path).
     */
    public MemorySegment newArraySegment(int length) {
        return switch (this) {
            case FLOAT64 -> MemorySegment.ofArray(new double[length]);
            case FLOAT32 -> MemorySegment.ofArray(new float[length]);
            case INT64 -> MemorySegment.ofArray(new long[length]);
            case INT32 -> MemorySegment.ofArray(new int[length]);
            case BOOL -> MemorySegment.ofArray(new byte[length]);
        };
    }

    public ValueLayout layout() {
        return switch (this) {
            case BOOL -> ValueLayout.JAVA_BYTE;
            case INT32 -> ValueLayout.JAVA_INT_UNALIGNED;
            case INT64 -> ValueLayout.JAVA_LONG_UNALIGNED;
            case FLOAT32 -> ValueLayout.JAVA_FLOAT_UNALIGNED;
            case FLOAT64 -> ValueLayout.JAVA_DOUBLE_UNALIGNED;
        };
    }

    /** NumPy's array-with-array promotion (the table in SEMANTICS 1.2): i32+f32 and i64+f32 give f64. */
    public static DType promote(DType a, DType b) {
        if (a == b) return a;
        if (a.ordinal() > b.ordinal()) { DType t = a; a = b; b = t; }
        if (a == BOOL) return b;
        if (a.isInteger() && b == FLOAT32) return FLOAT64;
        return b;
    }

    @Override
    public String toString() { return numpyName; }
}
