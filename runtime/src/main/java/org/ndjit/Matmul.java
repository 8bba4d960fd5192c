package org.ndjit;

import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;

/**
 * NumPy's matmul rules on top of the rank >= 2 MATMUL node: a 1-D left operand is a row (1, k) and
 * a 1-D right operand a column (k, 1), and the added axis is removed from the result; 0-d operands
 * are rejected with NumPy's message. An operand computed from transposed arrays is built as the
 * transpose of the op ({@link TransposeAfterElementwise}).
 */
final class Matmul {
    private Matmul() {}

    static Node build(Node a, Node b) {
        for (int i = 0; i < 2; i++) {
            Node n = i == 0 ? a : b;
            if (n.ndim() == 0) {
                throw new IllegalArgumentException("matmul: Input operand " + i + " does not have enough dimensions (has 0, "
                        + "gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)");
            }
        }
        DType d = DType.promote(a.dtype(), b.dtype());
        Node left = a.ndim() == 1 ? Views.reshape(a, new long[] {1, a.dim(0)}) : TransposeAfterElementwise.operand(a);
        Node right = b.ndim() == 1 ? Views.reshape(b, new long[] {b.dim(0), 1}) : TransposeAfterElementwise.operand(b);
        Node product = Nodes.matmul(d, Build.cast(left, d), Build.cast(right, d));
        int r = product.ndim();
        if (b.ndim() == 1) product = Views.apply(product, l -> l.squeeze(r - 1));
        if (a.ndim() == 1) product = Views.apply(product, l -> l.squeeze(l.ndim() - 2 + (b.ndim() == 1 ? 1 : 0)));
        return product;
    }
}
