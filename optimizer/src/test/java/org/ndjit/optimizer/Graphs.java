package org.ndjit.optimizer;

import org.ndjit.ir.Buffer;
import org.ndjit.DType;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;
import org.ndjit.ir.Shapes;

import java.util.function.Predicate;

/**
 * Test graphs built straight from ir's factories, and their plans as text. There is no NumPy
 * promotion here: operands already have the compute dtype, as the API would have cast them.
 */
final class Graphs {
    /** A budget no test graph reaches. */
    static final KernelBudget ROOMY = new OpsBudget(1_000);

    private Graphs() {}

    /** A budget counting only ops: a kernel fits with at most {@code maxOps}, and is cut into pieces of about that many. */
    record OpsBudget(int maxOps) implements KernelBudget {
        @Override public boolean fits(int ops, int inputs, int constants) { return ops <= maxOps; }
        @Override public int pieces(int ops, int inputs, int constants) { return (ops + maxOps - 1) / maxOps; }
    }

    /** A new array leaf (its own zeroed buffer) of this dtype and shape. */
    static Node array(DType dtype, long... shape) {
        return Nodes.buffer(Buffer.allocate(dtype, Shapes.size(shape)), shape);
    }

    static Node constant(double value) {
        return Nodes.constant(DType.FLOAT64, value);
    }

    static Node constant(long value) {
        return Nodes.constant(DType.INT64, value);
    }

    /** An elementwise op computing in its first operand's dtype (bool for comparisons). */
    static Node op(Op op, Node... src) {
        return Nodes.elementwise(op, op.result() == Op.Result.BOOL ? DType.BOOL : src[0].dtype(), src);
    }

    static Node reduce(Op op, Node x, int... axes) {
        return Nodes.reduce(op, x.dtype(), x, axes);
    }

    /** A reduction's result with its reduced axes back as length 1 (NumPy's keepdims): a view of it. */
    static Node keepDims(Node reduced, Node x, int... axes) {
        return Nodes.view(reduced, Layout.contiguous(reduced.shape()).reshape(Shapes.keepDims(x.shape(), axes)));
    }

    static Node transpose(Node x) {
        return Nodes.view(x, Layout.contiguous(x.shape()).transpose());
    }

    static Node matmul(Node a, Node b) {
        return Nodes.matmul(a.dtype(), a, b);
    }

    /** The fused plan of {@code root}, nothing computed yet, with a budget no test graph reaches. */
    static String plan(Node root) {
        return plan(root, ROOMY);
    }

    static String plan(Node root, KernelBudget budget) {
        return Planner.plan(root, n -> false, true, budget).explain();
    }

    /** The fused plan when the nodes {@code available} holds for already have values. */
    static String plan(Node root, Predicate<Node> available) {
        return Planner.plan(root, available, true, ROOMY).explain();
    }

    /** The eager-mode plan (fusion off). */
    static String eager(Node root) {
        return Planner.plan(root, n -> false, false, ROOMY).explain();
    }
}
