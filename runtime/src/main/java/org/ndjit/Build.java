package org.ndjit;

import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;
import org.ndjit.ir.Shapes;

/**
 * Turns NumPy-level calls into IR nodes: result dtypes by NEP 50 (SEMANTICS 1.2), explicit casts to
 * the compute dtype, and the errors NumPy raises for operand types it does not support. Operands are
 * a {@link Node} (an array, strong) or a {@link Scalar} (a Java primitive, weak).
 */
final class Build {
    private Build() {}

    /** The dtype an operand takes in an op whose other operands are {@code others}. */
    static DType promoteAll(Object... operands) {
        DType strong = null;
        for (Object o : operands) {
            if (o instanceof Node n) strong = strong == null ? n.dtype() : DType.promote(strong, n.dtype());
        }
        DType result = strong;
        for (Object o : operands) {
            if (o instanceof Scalar s) {
                DType d = strong == null ? s.defaultDtype() : s.dtypeAgainst(strong);
                result = result == null ? d : DType.promote(result, d);
            }
        }
        return result;
    }

    static Node as(Object operand, DType dtype) {
        if (operand instanceof Scalar s) return s.node(dtype);
        return cast((Node) operand, dtype);
    }

    static Node cast(Node n, DType dtype) {
        return n.dtype() == dtype ? n : Nodes.elementwise(Op.CAST, dtype, n);
    }

    static long[] shapeOf(Object operand) {
        return operand instanceof Node n ? n.shape() : Shapes.SCALAR;
    }

    static Node binary(Op op, Object a, Object b) {
        // Checked first, as NumPy does; a scalar broadcasts against anything, and so does an array of the same shape.
        if (a instanceof Node x && b instanceof Node y && !x.sameShape(y)) Shapes.broadcast(x.shape(), y.shape());
        if (Op.LOGICAL.contains(op)) return logical(op, a, b);
        DType compute = promoteAll(a, b);
        if (Op.COMPARISONS.contains(op)) {
            Node exact = UnsignedComparisons.exact(op, a, b);
            if (exact != null) return exact;
            compute = comparisonDtype(compute, a, b);
            return Nodes.elementwise(op, DType.BOOL, as(a, compute), as(b, compute));
        }
        if (compute.isBool()) {
            switch (op) {
                case SUB -> throw new IllegalArgumentException("numpy boolean subtract, the `-` operator, is not supported, "
                        + "use the bitwise_xor, the `^` operator, or the logical_xor function instead.");
                case DIV -> compute = DType.FLOAT64;
                case FLOOR_DIV, MOD, POW -> compute = DType.INT8;
                default -> { }
            }
        } else if (op == Op.DIV && compute.isInteger()) {
            compute = DType.FLOAT64;
        }
        // A weak exponent must fit the operands' dtype before its sign matters (NumPy's order of checks).
        if (op == Op.POW && compute.isInteger() && b instanceof Scalar s && s.kind() == DType.Kind.INT && s.fits(compute) && s.longValue() < 0) {
            throw new IllegalArgumentException("Integers to negative integer powers are not allowed. (exponent " + s.longValue() + ")");
        }
        if (op == Op.POW && b instanceof Scalar s) {
            Node fast = fastPower(as(a, compute), s);
            if (fast != null) return fast;
        }
        return Nodes.elementwise(op, compute, as(a, compute), as(b, compute));
    }

    /**
     * NumPy computes {@code x ** 2} as {@code square(x)}, and for floats {@code x ** 0.5} as
     * {@code sqrt(x)} and {@code x ** -1} as {@code 1 / x} (its fast scalar power); doing the same
     * gives NumPy's bits and lets these fuse and vectorize like the ops they are.
     */
    private static Node fastPower(Node x, Scalar exponent) {
        double e = exponent.doubleValue();
        if (e == 2) return Nodes.elementwise(Op.SQUARE, x.dtype(), x);
        if (!x.dtype().isFloat()) return null;
        if (e == 0.5) return Nodes.elementwise(Op.SQRT, x.dtype(), x);
        if (e == -1) return Nodes.elementwise(Op.DIV, x.dtype(), Nodes.constant(x.dtype(), 1.0), x);
        return null;
    }

    /**
     * A weak int that does not fit a narrower integer operand is still compared exactly (in int64), as
     * NumPy does (uint64 with signed integers and negative weak ints: {@link UnsignedComparisons}).
     */
    private static DType comparisonDtype(DType compute, Object a, Object b) {
        for (Object o : new Object[] {a, b}) {
            if (o instanceof Scalar s && !s.fits(compute) && compute.isInteger()) return DType.INT64;
        }
        return compute;
    }

    private static Node logical(Op op, Object... operands) {
        Node[] nodes = new Node[operands.length];
        for (int i = 0; i < operands.length; i++) {
            DType d = operands[i] instanceof Node n ? n.dtype() : ((Scalar) operands[i]).defaultDtype();
            if (d.isFloat()) {
                throw new IllegalArgumentException(op.numpyName() + " is not supported for " + d
                        + " operands: ndjit rejects logical ops on floats; compare explicitly, e.g. x.ne(0)");
            }
            nodes[i] = as(operands[i], DType.BOOL);
        }
        return Nodes.elementwise(op, DType.BOOL, nodes);
    }

    static Node unary(Op op, Node x) {
        DType d = x.dtype();
        if (op == Op.NOT) return logical(op, x);
        if (Op.FLOAT_FUNCTIONS.contains(op)) {
            DType f = d.floatFor();
            return Nodes.elementwise(op, f, cast(x, f));
        }
        if (d.isBool()) {
            switch (op) {
                case NEG -> throw new IllegalArgumentException("The numpy boolean negative, the `-` operator, is not supported, "
                        + "use the `~` operator or the logical_not function instead.");
                case SIGN -> throw new IllegalArgumentException("ufunc 'sign' did not contain a loop with signature matching types bool");
                case SQUARE -> {
                    return Nodes.elementwise(op, DType.INT8, cast(x, DType.INT8));
                }
                default -> { }
            }
        }
        return Nodes.elementwise(op, d, x);
    }

    /** {@code where(c, x, y)}: the condition is cast to bool (truthiness), x and y promoted together. */
    static Node where(Object c, Object x, Object y) {
        Shapes.broadcast(shapeOf(c), shapeOf(x), shapeOf(y));
        DType d = promoteAll(x, y);
        return Nodes.elementwise(Op.WHERE, d, as(c, DType.BOOL), as(x, d), as(y, d));
    }

    /** {@code clip(x, lo, hi)} is {@code minimum(maximum(x, lo), hi)}, as in NumPy (so lo > hi gives hi). */
    static Node clip(Node x, Object lo, Object hi) {
        Shapes.broadcast(x.shape(), shapeOf(lo), shapeOf(hi));
        DType d = promoteAll(x, lo, hi);
        Node low = Nodes.elementwise(Op.MAXIMUM, d, cast(x, d), as(lo, d));
        return Nodes.elementwise(Op.MINIMUM, d, low, as(hi, d));
    }
}
