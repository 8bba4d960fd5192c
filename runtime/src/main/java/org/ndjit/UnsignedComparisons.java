package org.ndjit;

import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;

/**
 * NumPy 2's exact comparisons of uint64 with signed integers, where promotion would give float64
 * and round (NumPy has loops of their own for them, {@code qQ->?} and {@code Qq->?}; a narrower signed
 * integer compares as int64), and with a negative weak int, which no uint64 equals. Built from ops
 * that compile: {@code u < s} is {@code s >= 0 & u < uint64(s)}, {@code u > s} is
 * {@code s < 0 | u > uint64(s)}, and so on, exact because a non-negative signed value converts to
 * uint64 unchanged.
 */
final class UnsignedComparisons {
    private UnsignedComparisons() {}

    /** The comparison {@code a op b} when it is one of these (the operands promote to float64, or a uint64 meets a negative weak int); null otherwise. */
    static Node exact(Op op, Object a, Object b) {
        boolean leftUnsigned = isUint64(a);
        if (!leftUnsigned && !isUint64(b)) return null;
        Node u = (Node) (leftUnsigned ? a : b);
        Object other = leftUnsigned ? b : a;
        Op asLeft = leftUnsigned ? op : mirrored(op); // u asLeft other
        boolean trueWhenNegative = asLeft == Op.GT || asLeft == Op.GE || asLeft == Op.NE;
        if (other instanceof Scalar s && s.kind() == DType.Kind.INT && s.longValue() < 0) {
            // Every uint64 is above a negative int: u >= 0 is all true, u < 0 all false, in u's shape.
            return Nodes.elementwise(trueWhenNegative ? Op.GE : Op.LT, DType.BOOL, u, Build.as(Scalar.of(0L), DType.UINT64));
        }
        if (!(other instanceof Node s) || !s.dtype().isInteger() || s.dtype().isUnsigned()) return null;
        Node compared = Nodes.elementwise(asLeft, DType.BOOL, u, Build.cast(s, DType.UINT64));
        Node negative = Nodes.elementwise(Op.LT, DType.BOOL, s, Build.as(Scalar.of(0L), s.dtype()));
        return trueWhenNegative ? Nodes.elementwise(Op.OR, DType.BOOL, negative, compared)
                                : Nodes.elementwise(Op.AND, DType.BOOL, Nodes.elementwise(Op.NOT, DType.BOOL, negative), compared);
    }

    private static boolean isUint64(Object o) {
        return o instanceof Node n && n.dtype() == DType.UINT64;
    }

    /** The comparison with its operands swapped: {@code a < b} is {@code b > a}. */
    private static Op mirrored(Op op) {
        return switch (op) {
            case LT -> Op.GT;
            case GT -> Op.LT;
            case LE -> Op.GE;
            case GE -> Op.LE;
            default -> op;
        };
    }
}
