package org.ndjit.optimizer;

import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;
import org.ndjit.ir.Topo;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Rewrites that are exact in IEEE and wrapping integer arithmetic, applied bottom-up in one pass:
 * {@code x*1}, {@code x/1} and {@code x-0} become {@code x}; {@code x+0} becomes {@code x} for
 * integers, and for floats only when the zero is -0.0 (since {@code -0.0 + 0.0} is +0.0);
 * {@code -(-x)} becomes {@code x}; an elementwise op on 0-d constants becomes its constant value.
 * No rewrite changes NaN, the sign of zero or rounding, and none drops an operand that can raise
 * ({@code (a // b) * 0} stays as it is). Chains of views are already one view when built.
 */
public final class Simplify {
    private Simplify() {}

    /** The simplified graph's root ({@code root} itself when nothing applies). */
    public static Node apply(Node root, Predicate<Node> available) {
        Map<Node, Node> rewritten = new IdentityHashMap<>();
        for (Node n : Topo.order(root, m -> m != root && available.test(m))) {
            Node[] src = new Node[n.arity()];
            for (int i = 0; i < src.length; i++) src[i] = rewritten.getOrDefault(n.src(i), n.src(i));
            Node m = n.arity() == 0 || (n != root && available.test(n)) ? n : Nodes.withSrcs(n, src);
            rewritten.put(n, m.op().isElementwise() ? rewrite(m) : m);
        }
        return rewritten.get(root);
    }

    private static Node rewrite(Node n) {
        Node folded = fold(n);
        if (folded != null) return folded;
        return switch (n.op()) {
            case MUL -> isConstant(n.src(1), 1) ? keep(n, n.src(0)) : isConstant(n.src(0), 1) ? keep(n, n.src(1)) : n;
            case DIV -> isConstant(n.src(1), 1) ? keep(n, n.src(0)) : n;
            case SUB -> isZero(n.src(1), false) ? keep(n, n.src(0)) : n;
            case ADD -> isZero(n.src(1), true) ? keep(n, n.src(0)) : isZero(n.src(0), true) ? keep(n, n.src(1)) : n;
            case NEG -> n.src(0).op() == Op.NEG ? keep(n, n.src(0).src(0)) : n;
            default -> n;
        };
    }

    /** {@code x} in place of {@code n} when it has n's dtype and shape (dropping a broadcast would change the shape). */
    private static Node keep(Node n, Node x) {
        return x.dtype() == n.dtype() && Arrays.equals(x.shape(), n.shape()) ? x : n;
    }

    /** An elementwise op whose inputs are all 0-d constants, evaluated now; null if it raises or does not apply. */
    private static Node fold(Node n) {
        if (n.ndim() != 0) return null;
        for (Node s : n.srcs()) if (s.op() != Op.CONST) return null;
        try {
            StridedArray v = ReferenceEvaluator.evaluate(n);
            Object value = switch (n.dtype().kind()) {
                case FLOAT -> v.getDoubleFlat(0);
                case INT -> v.getLongFlat(0);
                case BOOL -> v.getBoolFlat(0);
            };
            return Nodes.constant(n.dtype(), value);
        } catch (ArithmeticException raises) {
            return null;
        }
    }

    private static Object constantValue(Node n) {
        Node c = n.op() == Op.VIEW && n.src(0).op() == Op.CONST ? n.src(0) : n;
        return c.op() == Op.CONST ? c.arg() : null;
    }

    private static boolean isConstant(Node n, long one) {
        Object v = constantValue(n);
        return v instanceof Double d ? d == one : v instanceof Long l && l == one;
    }

    /** A zero that may be dropped: any integer zero; for floats -0.0 in an add, +0.0 in a subtract. */
    private static boolean isZero(Node n, boolean forAdd) {
        Object v = constantValue(n);
        if (v instanceof Long l) return l == 0;
        return v instanceof Double d && Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits(forAdd ? -0.0 : 0.0);
    }
}
