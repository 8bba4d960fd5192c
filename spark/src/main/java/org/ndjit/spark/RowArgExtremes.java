package org.ndjit.spark;

import org.ndjit.NDArray;
import org.ndjit.Np;

import java.util.List;

/**
 * argmax and argmin over the rows of a {@link DistributedArray}, as global row indices (int64). Each
 * block computes its values once, then its local answer (NumPy's: the first NaN, else the first
 * occurrence of the extreme) and the value there; the driver goes through the blocks in partition order
 * and moves to a later block's answer only when it is NaN or strictly beyond the current value (and the
 * current value is not NaN), so ties and NaN resolve as on one machine, at every split.
 */
final class RowArgExtremes {
    private RowArgExtremes() {}

    static NDArray arg(DistributedArray a, boolean min) {
        if (a.ranges().rows() == 0) return min ? a.probe().argmin(0) : a.probe().argmax(0); // the library's error for no rows
        BlockFunction f = a.function();
        List<Shipped[]> parts = a.source().filter(b -> b.rows() > 0).map(b -> BlockFailure.run(b, () -> {
            NDArray values = DistributedArray.checkedRows(b.array(), f).eval();
            NDArray at = min ? values.argmin(0) : values.argmax(0), extreme = min ? values.min(0) : values.max(0);
            return new Shipped[] {new Shipped(at.add(b.rowStart()).eval()), new Shipped(extreme.eval())};
        })).collect();
        NDArray index = parts.get(0)[0].array(), best = parts.get(0)[1].array();
        for (Shipped[] part : parts.subList(1, parts.size())) {
            NDArray value = part[1].array();
            NDArray beyond = min ? value.lt(best) : value.gt(best);
            NDArray moves = best.eq(best).and(value.ne(value).or(beyond)); // NaN is the only value not equal to itself
            index = Np.where(moves, part[0].array(), index).eval();
            best = Np.where(moves, value, best).eval();
        }
        return index;
    }
}
