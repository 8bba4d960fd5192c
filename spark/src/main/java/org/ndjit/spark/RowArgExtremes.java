package org.ndjit.spark;

import org.ndjit.NDArray;
import org.ndjit.Np;

import java.util.Arrays;
import java.util.List;

/**
 * argmax and argmin over the rows of a {@link DistributedArray}, as global row indices (int64). Each
 * block computes its local answer (NumPy's: the first NaN, else the first occurrence of the extreme) in
 * one plan of the library, its expression fused into the reduction (one pass over the block, nothing of
 * its size written), then the values there by applying the block's function to those rows alone (at most
 * one row per column: the library's {@code Np.eval(argmax, max)} would compute the shared expression into
 * memory first, and a gather from the lazy expression computes all of it); the driver goes through the blocks in partition order
 * and moves to a later block's answer only when it is NaN or strictly beyond the current value (and the
 * current value is not NaN), so ties and NaN resolve as on one machine, at every split.
 */
final class RowArgExtremes {
    private RowArgExtremes() {}

    static NDArray arg(DistributedArray a, boolean min) {
        if (a.ranges().rows() == 0) return min ? a.probe().argmin(0) : a.probe().argmax(0); // the library's error for no rows
        BlockFunction f = a.function();
        List<Shipped[]> parts = a.source().filter(b -> b.rows() > 0).map(b -> BlockFailure.run(b, () -> {
            NDArray values = DistributedArray.checkedRows(b.array(), f);
            NDArray at = (min ? values.argmin(0) : values.argmax(0)).eval();
            return new Shipped[] {new Shipped(at.add(b.rowStart()).eval()), new Shipped(valuesAt(b.array(), f, at))};
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

    /**
     * {@code f(block)[at[j], j]} for every column j (of the flattened trailing shape), from {@code f} of
     * the distinct rows {@code at} names: the function works row by row, so a row's values do not depend
     * on the rows beside it.
     */
    private static NDArray valuesAt(NDArray block, BlockFunction f, NDArray at) {
        long[] local = at.reshape(-1).toLongArray();
        long[] rows = Arrays.stream(local).distinct().sorted().toArray();
        long[] position = new long[local.length];
        for (int j = 0; j < local.length; j++) position[j] = Arrays.binarySearch(rows, local[j]);
        NDArray picked = DistributedArray.checkedRows(block.get(Np.array(rows)), f).reshape(rows.length, local.length);
        return picked.get(Np.array(position), Np.arange(local.length)).reshape(at.shape()).eval();
    }
}
