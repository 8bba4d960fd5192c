package org.ndjit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ndjit.ir.ReferenceEvaluator;

import static org.ndjit.IndexTestSupport.assertSame;
import static org.ndjit.IndexTestSupport.ints;

/**
 * Integer-array indexing, updates and the nonzero family computed by the engine (its gather and
 * scatter routines, the planner's kernels around them) against the eager reference of the same
 * graph: bit-identical values, for random shapes with lengths 0 and 1, every dtype, sources that
 * are views (transposed, reversed, sliced) or computed expressions (which an update writes into,
 * with no copy), index arrays that are views, indexes
 * of every kind (one array, several broadcast, arrays among slices, separated arrays, a mask among
 * arrays) and elementwise work before and after; some sizes are large enough to run in parallel.
 */
class FancyIndexProperties {
    private static final long[][] SHAPES = {{0}, {1}, {7}, {3, 5}, {1, 4}, {4, 0}, {2, 3, 4}, {3, 1, 2}, {70_001}, {600, 300}};

    @Property(tries = 80)
    void engineMatchesTheReference(@ForAll @IntRange(min = 0, max = 1 << 20) int c, @ForAll @IntRange(min = 0, max = 4) int view,
                                   @ForAll @IntRange(min = 0, max = 6) int index, @ForAll @IntRange(min = 0, max = 5) int op) {
        DType dtype = IndexTestSupport.dtype(c);
        Random rng = Np.random(c);
        NDArray x = IndexTestSupport.view(IndexTestSupport.drawn(c, SHAPES, rng), view);
        Object[] idx = index(index, x.shape(), rng);
        if (idx == null) return;
        NDArray result = switch (op) {
            case 0 -> x.get(idx);
            case 1 -> dtype.isBool() ? x.get(idx).not() : x.get(idx).mul(3).add(1);
            case 2 -> x.set(idx, x.get(idx).astype(DType.FLOAT64).mul(-1));
            case 3 -> x.set(idx, 2);
            case 4 -> dtype.isBool() ? x.set(idx, true) : Np.addAt(x, idx, x.get(idx));
            default -> Np.argwhere(x.get(idx));
        };
        assertSame(ReferenceEvaluator.evaluate(result.node()), result);
    }

    /** An index for an array of this shape: arrays with repeats and negative values, in bounds; null where the kind needs more axes. */
    private static Object[] index(int kind, long[] shape, Random rng) {
        int nd = shape.length;
        long cell = 1;
        for (int d = 1; d < nd; d++) cell *= shape[d];
        if (kind > 1 && org.ndjit.ir.Shapes.size(shape) == 0) return null;
        return switch (kind) {
            case 0 -> new Object[] {ints(rng, shape[0], 5)};
            case 1 -> new Object[] {ints(rng, shape[0], 300_000 / Math.max(1, cell))};
            case 2 -> nd < 2 ? null : new Object[] {ints(rng, shape[0], 3).reshape(3, 1), ints(rng, shape[1], 4)};
            case 3 -> nd < 2 ? null : new Object[] {"::-1", ints(rng, shape[1], 6).reshape(2, 3).T()};
            case 4 -> nd < 3 ? null : new Object[] {ints(rng, shape[0], 2), ":", ints(rng, shape[2], 2)};
            case 5 -> nd < 2 ? null : new Object[] {rng.rand(shape[0]).gt(0.5), ints(rng, shape[1], 1)};
            default -> new Object[] {"...", ints(rng, shape[nd - 1], 4), Index.NEW_AXIS};
        };
    }


}
