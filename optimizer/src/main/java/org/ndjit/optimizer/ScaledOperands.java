package org.ndjit.optimizer;

import org.ndjit.DType;
import org.ndjit.ir.Node;
import org.ndjit.ir.Op;

import java.util.List;

/**
 * A matrix multiplied by a constant, read as the matrix of a float matrix-vector product: the
 * {@code (lr * X.T) @ g} of a gradient step (Python reads {@code lr * X.T @ g} that way). Written
 * out, {@code lr * X.T} is a full-size array made only to be read once; instead the product's kernel
 * multiplies each element of the matrix by the constant as it loads it (see
 * {@code MatmulKernel#matrixVector}), the same rounding as the elementwise multiply, so the bits are
 * those of the plan that writes it. Only matrix-vector products read a scaled matrix: the packed
 * path of a full product does not, so it is materialized for those as before.
 */
public final class ScaledOperands {
    private ScaledOperands() {}

    /**
     * Which operand of {@code mul} is the constant (0 or 1), when {@code mul} is a float multiply of
     * an array by a 0-d constant of its dtype (the array has the multiply's dtype and shape, so
     * nothing is cast or broadcast but the constant); -1 otherwise.
     */
    public static int constantAt(Node mul) {
        if (mul.op() != Op.MUL || (mul.dtype() != DType.FLOAT32 && mul.dtype() != DType.FLOAT64)) return -1;
        for (int c = 0; c < 2; c++) {
            Node constant = mul.src(c), matrix = mul.src(1 - c);
            if (Planner.isConstant(constant) && constant.dtype() == mul.dtype() && !Planner.isConstant(matrix)
                    && matrix.dtype() == mul.dtype() && matrix.sameShape(mul)) return c;
        }
        return -1;
    }

    /** The constant's value, for a {@code mul} that {@link #constantAt} accepts. */
    public static double scale(Node mul) {
        Node c = mul.src(constantAt(mul));
        return ((Number) (c.op() == Op.VIEW ? c.src(0) : c).arg()).doubleValue();
    }

    /**
     * The array a contraction reads under {@code operand} when that is a scaled matrix (the multiply,
     * or a view of it, as the product's matrix): the multiply's array operand; null otherwise.
     */
    public static Node matrixUnder(Node product, Node operand) {
        Node mul = operand.op() == Op.VIEW ? operand.src(0) : operand;
        if (!readsAsMatrix(product, operand)) return null;
        int c = constantAt(mul);
        return c < 0 ? null : mul.src(1 - c);
    }

    /**
     * Whether every reader of the scaled matrix {@code mul} (directly, or through views read only
     * that way) is a float matrix-vector product reading it as its matrix, so it need not be written.
     */
    static boolean onlyReadAsMatrix(Node mul, List<Node> users, java.util.function.Function<Node, List<Node>> consumers) {
        if (users.isEmpty() || constantAt(mul) < 0) return false;
        for (Node u : users) {
            if (u.op() == Op.VIEW) {
                List<Node> viewUsers = consumers.apply(u);
                if (viewUsers.isEmpty()) return false;
                for (Node v : viewUsers) if (!readsAsMatrix(v, u)) return false;
            } else if (!readsAsMatrix(u, mul)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code product} is a float matrix-vector product (one row or one column) whose matrix
     * operand is {@code operand}: the left one of {@code A @ v}, the right one of {@code u @ B}.
     */
    private static boolean readsAsMatrix(Node product, Node operand) {
        if (product.op() != Op.MATMUL || !product.dtype().isFloat()) return false;
        int r = product.ndim();
        long n = product.dim(r - 2), m = product.dim(r - 1);
        int matrix = m == 1 ? 0 : n == 1 ? 1 : -1;
        return matrix >= 0 && product.src(matrix) == operand && product.src(1 - matrix) != operand;
    }
}
