package org.ndjit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ndjit.ir.ReferenceEvaluator;

import static org.ndjit.IndexTestSupport.assertSame;
import static org.ndjit.IndexTestSupport.ints;

/**
 * Gathers read in place by the kernels of their readers (elementwise work, reductions along rows
 * and across them, a reduction with an epilogue, a gather read twice) against the eager reference
 * of the same graph, bit for bit: every dtype, sources of random shapes with lengths 0 and 1 that
 * are arrays, transposed, reversed or column-sliced views, or computed expressions, and index arrays
 * of int64 or int32, views, ranges ({@code x[arange(n), y]}), take_along_axis's broadcast ranges and
 * arrays after a slice ({@code x[:, idx]}). Whole rows picked ({@code x[idx]} of a matrix, {@code
 * x[:, idx]} of a 3-D array) longer than a vector reach the vector loop, with its tail, from rows at
 * negative storage distances (a reversed source) and at offsets (a sliced one).
 */
class FusedGatherProperties {
    private static final long[][] SHAPES = {{0}, {1}, {9}, {3, 5}, {1, 4}, {4, 0}, {5, 1}, {2, 3, 4}, {3, 1, 2}, {40_000}, {300, 70}, {6, 33}, {3, 4, 19}};

    @Property(tries = 80)
    void fusedGathersMatchTheReference(@ForAll @IntRange(min = 0, max = 1 << 20) int c, @ForAll @IntRange(min = 0, max = 4) int view,
                                       @ForAll @IntRange(min = 0, max = 5) int index, @ForAll @IntRange(min = 0, max = 5) int reader) {
        DType dtype = IndexTestSupport.dtype(c);
        Random rng = Np.random(c);
        NDArray x = IndexTestSupport.view(IndexTestSupport.drawn(c, SHAPES, rng), view);
        NDArray g = gather(index, x, rng);
        if (g == null || reader >= 3 && reader != 4 && g.size() == 0) return; // a mean or max of nothing: an error when built, not what this compares
        NDArray result = switch (reader) {
            case 0 -> dtype.isBool() ? g.not() : g.mul(3).add(1);
            case 1 -> g.astype(DType.FLOAT64).sum(g.ndim() - 1);
            case 2 -> g.ndim() < 2 ? g.astype(DType.FLOAT64).sum() : g.astype(DType.FLOAT64).sum(0);
            case 3 -> g.astype(DType.FLOAT64).mean();
            case 4 -> Np.where(g.astype(DType.FLOAT64).gt(0), g.astype(DType.FLOAT64), g.astype(DType.FLOAT64).neg());
            default -> g.max();
        };
        assertSame(ReferenceEvaluator.evaluate(result.node()), result);
    }

    /** A gather of {@code x} of one kind (null where the kind needs more axes or elements); indices in range, negative ones too. */
    private static NDArray gather(int kind, NDArray x, Random rng) {
        long[] shape = x.shape();
        int nd = shape.length;
        return switch (kind) {
            case 0 -> x.get(ints(rng, shape[0], 7));
            case 1 -> shape[0] == 0 ? null : x.get(ints(rng, shape[0], 6).astype(DType.INT32).reshape(2, 3));
            case 2 -> nd < 2 || shape[1] == 0 ? null : x.get(Np.arange(shape[0]), ints(rng, shape[1], shape[0]));
            case 3 -> nd != 2 || shape[1] == 0 ? null : Np.takeAlongAxis(x, ints(rng, shape[1], shape[0] * 2).reshape(shape[0], 2), 1);
            case 4 -> x.get(ints(rng, shape[0], 12).slice(0, null, null, -2));
            default -> nd < 2 ? null : x.get(":", ints(rng, shape[1], 5));
        };
    }


}
