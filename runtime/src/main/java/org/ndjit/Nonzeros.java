package org.ndjit;

import org.ndjit.engine.Compress;
import org.ndjit.engine.Materializer;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nonzero;
import org.ndjit.ir.Op;

import java.util.function.Supplier;

/**
 * NumPy's nonzero family: {@code nonzero}, {@code argwhere}, {@code flatnonzero}, one-argument
 * {@code where} and {@code count_nonzero}. The positions' count depends on the data, so (as for a
 * mask selection) it is computed the first time a result's node is needed, and once for all the
 * arrays nonzero returns; the positions themselves are computed when a result is read.
 */
final class Nonzeros {
    private Nonzeros() {}

    static NDArray[] nonzero(NDArray a) {
        Node x = a.node();
        Nonzero.node(mask(x), 0);
        Supplier<Node> all = positions(x);
        NDArray[] rows = new NDArray[x.ndim()];
        for (int d = 0; d < rows.length; d++) {
            int row = d;
            rows[d] = NDArray.deferred(() -> Views.index(all.get(), Index.at(row)));
        }
        return rows;
    }

    /** The positions as rows, {@code (count, ndim)}; a 0-d array counts as 1-D, then has no index columns. */
    static NDArray argwhere(NDArray a) {
        Node x = a.node();
        Supplier<Node> all = positions(x.ndim() == 0 ? Views.reshape(x, new long[] {1}) : x);
        return NDArray.deferred(() -> Views.apply(all.get(), l -> x.ndim() == 0 ? l.transpose().slice(1, 0L, 0L, 1) : l.transpose()));
    }

    static NDArray flatnonzero(NDArray a) {
        return nonzero(a.ravel())[0];
    }

    static NDArray countNonzero(NDArray a, int[] axes) {
        return new NDArray(Reductions.reduce(Op.SUM, mask(a.node()), axes, false));
    }

    private static Node mask(Node x) {
        return x.dtype() == DType.BOOL ? x : Build.binary(Op.NE, x, Scalar.of(0L));
    }

    /** The stacked positions of x's non-zero elements, built once (its count computes x != 0) when first asked for. */
    private static Supplier<Node> positions(Node x) {
        Node mask = mask(x);
        return new Supplier<>() {
            private Node node;

            @Override
            public synchronized Node get() {
                if (node == null) node = Nonzero.node(mask, Materializer.read(mask, Compress::count));
                return node;
            }
        };
    }

}
