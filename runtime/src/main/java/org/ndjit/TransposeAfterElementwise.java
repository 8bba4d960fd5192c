package org.ndjit;

import org.ndjit.engine.Materializer;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * A matmul operand computed elementwise from transposed arrays, such as {@code (X.T * lr) @ r},
 * becomes the transpose of the same op on the arrays themselves, {@code (X * lr).T @ r}: the kernel
 * then reads and writes in the arrays' own order (a transposed read cannot use vector loads), and the
 * contraction reads the transpose in place, as it reads any view. Each element is the same op on the
 * same values, so the product's bits do not change; only operands of a matmul are rewritten, so no
 * array the user holds changes its layout. Done when the product is built, not by the optimizer:
 * the graph is then what the plan cache keys on, and its plan is reused.
 */
final class TransposeAfterElementwise {
    private TransposeAfterElementwise() {}

    /**
     * {@code VIEW(f(x, y, ...), L)} for an operand {@code f(VIEW(x, L), VIEW(y, L), ..., scalars)}
     * whose views all have the same layout L, an axis permutation of their arrays (all of one shape);
     * the operand itself otherwise, or when it is already computed.
     */
    static Node operand(Node n) {
        if (!n.op().isElementwise() || n.arity() == 0 || n.arg() != null || Materializer.known(n) != null) return n;
        Layout layout = null;
        long[] shape = null;
        for (Node s : n.srcs()) {
            if (s.ndim() == 0) continue; // a scalar broadcasts to either shape
            if (s.op() != Op.VIEW || !(s.arg() instanceof Layout l)) return n;
            if (layout == null) {
                layout = l;
                shape = s.src(0).shape();
                if (!isPermutation(l, shape)) return n;
            } else if (!l.equals(layout) || !Arrays.equals(shape, s.src(0).shape())) {
                return n;
            }
        }
        if (layout == null) return n;
        Node[] src = new Node[n.arity()];
        for (int i = 0; i < src.length; i++) src[i] = n.src(i).ndim() == 0 ? n.src(i) : n.src(i).src(0);
        return Nodes.view(Nodes.elementwise(n.op(), n.dtype(), src), layout);
    }

    /** Whether {@code l} is the C-order layout of {@code shape} with its axes reordered (every element once). */
    private static boolean isPermutation(Layout l, long[] shape) {
        if (l.offset() != 0 || l.ndim() != shape.length) return false;
        int[] perm = IntStream.range(0, l.ndim()).boxed().sorted(Comparator.comparingLong(a -> -l.stride(a))).mapToInt(Integer::intValue).toArray();
        int[] inverse = new int[perm.length];
        for (int i = 0; i < perm.length; i++) inverse[perm[i]] = i;
        return Layout.contiguous(shape).permute(inverse).equals(l);
    }
}
