package org.ndjit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ndjit.ir.ReferenceEvaluator;

import java.util.ArrayList;
import java.util.List;

import static org.ndjit.IndexTestSupport.assertSame;
import static org.ndjit.IndexTestSupport.ints;

/**
 * The functions of issue 15 that the other differential properties do not build (the audit of its
 * evidence list): swapaxes, zerosLike / onesLike / fullLike, meshgrid, broadcastArrays, split, take
 * (with an axis and flat), flatnonzero, countNonzero, one-argument where, and the random functions
 * whose results are lazy selections (choice, permutation and shuffle of an array's rows), each
 * compiled against the eager reference of its graph, bit for bit: every dtype, shapes with 0- and
 * 1-long axes, inputs read through reversed and transposed views or computed, results read by
 * elementwise work.
 */
class CoverageGapProperties {
    private static final long[][] SHAPES = {{0}, {1}, {6}, {3, 4}, {1, 5}, {4, 0}, {2, 3, 4}, {3, 1, 2}, {5000}, {70, 30}};

    @Property(tries = 120)
    void rearrangingTakingAndCountingMatchTheReference(@ForAll @IntRange(min = 0, max = 1 << 20) int c,
                                                       @ForAll @IntRange(min = 0, max = 3) int view,
                                                       @ForAll @IntRange(min = 0, max = 13) int function) {
        long[] shape = SHAPES[c % SHAPES.length];
        DType dtype = DType.values()[(c >> 4) % DType.values().length];
        Random rng = Np.random(c);
        NDArray x = rng.integers(-3, 4, shape).astype(DType.FLOAT64).mul(0.5).astype(dtype).eval();
        x = switch (view) {
            case 0 -> x;
            case 1 -> x.slice(0, null, null, -1);
            case 2 -> x.T();
            default -> dtype.isBool() ? x.not() : x.add(x);
        };
        int nd = x.ndim(), axis = (c >> 8) % nd;
        long len = x.shape()[axis];
        List<NDArray> results = new ArrayList<>();
        switch (function) {
            case 0 -> results.add(nd < 2 ? Np.swapaxes(x, 0, -1) : Np.swapaxes(x, 0, nd - 1).add(x.swapaxes(0, nd - 1)));
            case 1 -> {
                results.add(Np.zerosLike(x));
                results.add(Np.onesLike(x).add(x));
                results.add(Np.fullLike(x, 2.5));
            }
            case 2 -> results.addAll(Np.meshgrid(x.ravel(), x.ravel().slice(0, null, null, 2)));
            case 3 -> results.addAll(Np.meshgrid("ij", x.ravel(), Np.arange(3).astype(dtype)));
            case 4 -> results.addAll(Np.broadcastArrays(x, x.sum(axis, true).astype(dtype)));
            case 5 -> {
                if (len % 2 == 0) results.addAll(Np.split(x, 2, axis));
                results.addAll(Np.split(x, new long[] {1, len / 2 + 1}, axis));
            }
            case 6 -> {
                if (len == 0 && x.size() > 0) return; // NumPy's "cannot do a non-empty take from an empty axes." (FancyFixturesTest)
                results.add(x.take(ints(rng, len, 5), axis));
            }
            case 7 -> {
                if (x.size() == 0) return;
                results.add(x.take(ints(rng, x.size(), 7).reshape(7, 1)).astype(DType.FLOAT64).mul(2));
            }
            case 8 -> results.add(Np.flatnonzero(x));
            case 9 -> {
                results.add(Np.countNonzero(x));
                results.add(Np.countNonzero(x, axis));
            }
            case 10 -> results.addAll(List.of(Np.where(x)));
            case 11 -> {
                if (len == 0 || x.ndim() == 0 || x.shape()[0] == 0) return; // choice(x) picks x's rows: none to pick from
                results.add(rng.choice(x, 4).astype(DType.FLOAT64).add(1));
                results.add(rng.choice(len, false, null, Math.min(len, 3)));
            }
            case 12 -> results.add(rng.permutation(x));
            default -> results.add(rng.shuffle(x).astype(DType.FLOAT64).neg());
        }
        for (NDArray r : results) assertSame(ReferenceEvaluator.evaluate(r.node()), r);
    }


}
