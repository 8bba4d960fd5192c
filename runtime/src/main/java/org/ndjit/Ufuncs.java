package org.ndjit;

import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;
import org.ndjit.ir.Shapes;

/**
 * NumPy's further elementwise functions (issue 16) as nodes, with NumPy's operand rules: the float
 * functions of two operands compute in the operands' common float dtype (integers in float64, bools
 * in float32 for NumPy's float16); the predicates test integers and bools as float64 (never NaN or
 * infinite, their sign kept); the bit operations take integers and bools only; and round, degrees,
 * radians, reciprocal and nan_to_num are compositions of existing ops with NumPy's own bits.
 */
final class Ufuncs {
    private Ufuncs() {}

    /** isnan, isinf, isfinite or signbit. */
    static Node predicate(Op op, Node x) {
        return Nodes.elementwise(op, DType.BOOL, x.dtype().isFloat() ? x : Build.cast(x, DType.FLOAT64));
    }

    /** arctan2, hypot, copysign or heaviside: float results whatever the operands. */
    static Node floatBinary(Op op, Object a, Object b) {
        Shapes.broadcast(Build.shapeOf(a), Build.shapeOf(b));
        DType d = floating(Build.promoteAll(a, b));
        return Nodes.elementwise(op, d, Build.as(a, d), Build.as(b, d));
    }

    /** bitwise_and, bitwise_or, bitwise_xor, left_shift, right_shift: integers and bools (shifts: bools as int8, as NumPy). */
    static Node integral(Op op, Object a, Object b) {
        Shapes.broadcast(Build.shapeOf(a), Build.shapeOf(b));
        DType d = Build.promoteAll(a, b);
        if (d.isFloat()) throw unsupported(op);
        if (d.isBool() && !op.domain().dtypes().contains(DType.BOOL)) d = DType.INT8;
        return Nodes.elementwise(op, d, Build.as(a, d), Build.as(b, d));
    }

    /** NumPy's invert ({@code ~}): bitwise not of integers, logical not of bools. */
    static Node invert(Node x) {
        if (x.dtype().isFloat()) throw unsupported(Op.INVERT);
        return Nodes.elementwise(x.dtype().isBool() ? Op.NOT : Op.INVERT, x.dtype(), x);
    }

    /** 1 / x: float division for floats (NumPy's loop is 1.0 / x); integer division for integers, bools as int8 (as NumPy). */
    static Node reciprocal(Node x) {
        if (x.dtype().isFloat()) return Nodes.elementwise(Op.DIV, x.dtype(), Nodes.constant(x.dtype(), 1.0), x);
        DType d = x.dtype().isBool() ? DType.INT8 : x.dtype();
        return Nodes.elementwise(Op.RECIPROCAL, d, Build.cast(x, d));
    }

    /**
     * NumPy's round (PyArray_Round): rint for decimals 0; otherwise with f = 10^|decimals| (its
     * power_of_ten, a weak float), rint(x * f) / f, or rint(x / f) * f for negative decimals.
     * Integers are themselves for decimals >= 0 and go through float64 and back otherwise; bools
     * only round to 0 decimals (NumPy cannot cast the product back to bool).
     */
    static Node round(Node x, int decimals) {
        DType d = x.dtype();
        if (d.isInteger() && decimals >= 0) return x;
        if (decimals == 0) return Build.unary(Op.RINT, x);
        if (d.isBool()) {
            throw new IllegalArgumentException("Cannot cast ufunc '" + (decimals > 0 ? "multiply" : "divide")
                    + "' output from dtype('float64') to dtype('bool') with casting rule 'same_kind'");
        }
        Scalar f = Scalar.of(powerOfTen(Math.abs(decimals)));
        Node in = d.isFloat() ? x : Build.cast(x, DType.FLOAT64);
        Node scaled = Build.binary(decimals > 0 ? Op.MUL : Op.DIV, in, f);
        Node rounded = Build.binary(decimals > 0 ? Op.DIV : Op.MUL, Build.unary(Op.RINT, scaled), f);
        return Build.cast(rounded, d);
    }

    /** NumPy's power_of_ten: a table to 10^8, then repeated multiplication by 10 (its bits for large n). */
    static double powerOfTen(int n) {
        if (n < 9) return new double[] {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8}[n];
        double r = 1e9;
        for (int i = 9; i < n; i++) r *= 10.0;
        return r;
    }

    /** x * (180 / pi) (degrees) or x * (pi / 180) (radians), the constant computed in the result dtype as NumPy's npy_degreesf does. */
    static Node scaleAngle(Node x, boolean toDegrees) {
        DType d = floating(x.dtype());
        double c = d == DType.FLOAT32 ? (toDegrees ? 180f / (float) Math.PI : (float) Math.PI / 180f)
                : (toDegrees ? 180.0 / Math.PI : Math.PI / 180.0);
        return Nodes.elementwise(Op.MUL, d, Build.cast(x, d), Nodes.constant(d, c));
    }

    /**
     * nan_to_num: NaN to {@code nan}, +inf to {@code posinf} and -inf to {@code neginf} (null: the
     * dtype's largest and smallest finite values); integers and bools are themselves.
     */
    static Node nanToNum(Node x, double nan, Double posinf, Double neginf) {
        DType d = x.dtype();
        if (!d.isFloat()) return x;
        double big = d == DType.FLOAT32 ? Float.MAX_VALUE : Double.MAX_VALUE;
        Node out = Build.where(predicate(Op.ISNAN, x), Scalar.of(nan), x);
        out = Build.where(Build.binary(Op.EQ, x, Scalar.of(Double.POSITIVE_INFINITY)), Scalar.of(posinf == null ? big : posinf), out);
        return Build.where(Build.binary(Op.EQ, x, Scalar.of(Double.NEGATIVE_INFINITY)), Scalar.of(neginf == null ? -big : neginf), out);
    }

    private static DType floating(DType d) {
        return d.floatFor();
    }

    private static IllegalArgumentException unsupported(Op op) {
        return new IllegalArgumentException("ufunc '" + op.numpyName() + "' not supported for the input types, and the inputs "
                + "could not be safely coerced to any supported types according to the casting rule ''safe''");
    }
}
