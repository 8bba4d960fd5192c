package org.ndjit;

import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;

/**
 * A Java primitive used as an operand: NEP 50's "weak" scalar. It takes the array operand's dtype
 * where its kind allows (int32 + 10 stays int32, float32 * 0.5 stays float32) and only its kind
 * counts in promotion (int32 + 0.5 is float64). A 0-d array, by contrast, is strong.
 */
record Scalar(DType.Kind kind, double doubleValue, long longValue, boolean boolValue) {
    static Scalar of(double v) { return new Scalar(DType.Kind.FLOAT, v, 0, false); }
    static Scalar of(long v) { return new Scalar(DType.Kind.INT, v, v, false); }
    static Scalar of(boolean v) { return new Scalar(DType.Kind.BOOL, v ? 1 : 0, v ? 1 : 0, v); }

    /** The dtype NumPy gives this scalar on its own (Python's int is int64, float is float64). */
    DType defaultDtype() {
        return switch (kind) {
            case BOOL -> DType.BOOL;
            case INT -> DType.INT64;
            case FLOAT -> DType.FLOAT64;
        };
    }

    /** The dtype this scalar takes against an array of {@code other} (NEP 50's weak-scalar table). */
    DType dtypeAgainst(DType other) {
        return switch (kind) {
            case BOOL -> other;
            case INT -> other.isBool() ? DType.INT64 : other;
            case FLOAT -> other.isFloat() ? other : DType.FLOAT64;
        };
    }

    /** True when the value is exactly representable in {@code dtype} (a weak int that fits int32 or uint8, say; uint64: not negative). */
    boolean fits(DType dtype) {
        if (kind != DType.Kind.INT || !dtype.isInteger()) return true;
        return dtype == DType.UINT64 ? longValue >= 0 : dtype.wrap(longValue) == longValue;
    }

    /** A constant node holding this value converted to {@code dtype}. */
    Node node(DType dtype) {
        return switch (dtype.kind()) {
            case FLOAT -> Nodes.constant(dtype, kind == DType.Kind.INT ? (double) longValue : doubleValue);
            case INT -> {
                if (!fits(dtype)) throw new IllegalArgumentException("Python integer " + longValue + " out of bounds for " + dtype);
                yield Nodes.constant(dtype, kind == DType.Kind.FLOAT ? (dtype == DType.UINT64 ? org.ndjit.ir.Unsigned64.fromDouble(doubleValue) : (long) doubleValue) : longValue);
            }
            case BOOL -> Nodes.constant(dtype, boolValue || doubleValue != 0);
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case BOOL -> boolValue ? "True" : "False";
            case INT -> Long.toString(longValue);
            case FLOAT -> Double.toString(doubleValue);
        };
    }
}
