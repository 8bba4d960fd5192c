package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.ir.Reduction;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reductions of few outputs over many elements run in chunks on several threads and are merged in
 * order. Their results must be the reference's (one thread feeding every element in order) bit for
 * bit, at every parallelism, across chunk boundaries, rows and NaN positions.
 */
class ChunkedReductionTest {
    private static final int N = 42 * 4_975; // over 3 chunks, not a multiple of one, divisible by 2, 3 and 7

    private static double[] data(long seed, boolean nans) {
        java.util.Random rnd = new java.util.Random(seed);
        double[] x = new double[N];
        for (int i = 0; i < N; i++) x[i] = rnd.nextGaussian() * (1 + (i % 7)) + 1e3;
        x[Reduction.CHUNK + 5] = 1e9;            // the maximum, twice: argmax takes the first
        x[2 * Reduction.CHUNK + 5] = 1e9;
        if (nans) {
            x[2 * Reduction.CHUNK + 7] = Double.NaN; // the first NaN wins argmax and max
            x[3 * Reduction.CHUNK + 1] = Double.NaN;
        }
        return x;
    }

    private static final List<Function<NDArray, NDArray>> REDUCTIONS = List.of(
            NDArray::sum, NDArray::max, NDArray::min, NDArray::argmax, NDArray::argmin,
            x -> x.reshape(3, -1).sum(new int[] {0, 1}, false),           // chunks that span rows
            x -> x.reshape(-1, 7).sum(new int[] {0, 1}, false),           // short rows
            x -> x.gt(1e3).any(), x -> x.gt(-1e9).all(),
            x -> x.astype(DType.INT64).sum(), x -> x.astype(DType.INT32).max(),
            x -> x.astype(DType.FLOAT32).sum(), x -> x.reshape(2, -1).sum(1),
            x -> x.mean(), x -> x.reshape(-1, 1).std(0));

    @Test
    void bitIdenticalToTheReferenceAtEveryParallelism() {
        for (boolean nans : new boolean[] {false, true}) {
            // Each reduction's reference, computed once: every parallelism recomputes the same data and expressions.
            StridedArray[] references = new StridedArray[REDUCTIONS.size()];
            for (String parallelism : new String[] {"1", "2", "3", "16"}) {
                System.setProperty("ndjit.parallelism", parallelism);
                try {
                    NDArray x = Np.array(data(7, nans)); // a new buffer each time, so nothing is memoized
                    for (int r = 0; r < REDUCTIONS.size(); r++) {
                        NDArray result = REDUCTIONS.get(r).apply(x);
                        if (references[r] == null) references[r] = ReferenceEvaluator.evaluate(result.node());
                        StridedArray expected = references[r], actual = result.value();
                        for (long i = 0; i < expected.size(); i++) {
                            assertEquals(bits(expected, i), bits(actual, i),
                                    "reduction " + r + " element " + i + " at parallelism " + parallelism + (nans ? " with NaNs" : ""));
                        }
                    }
                } finally {
                    System.clearProperty("ndjit.parallelism");
                }
            }
        }
    }

    private static long bits(StridedArray a, long i) {
        return a.dtype().isFloat() ? Double.doubleToLongBits(a.getDoubleFlat(i)) : a.getLongFlat(i);
    }

    @Test
    void theChunkedSumStaysCompensated() {
        double[] x = data(3, false);
        // Cancellation: alternate signs of large values around a small true sum.
        for (int i = 0; i < N; i++) x[i] = (i % 2 == 0 ? 1e12 : -1e12) + x[i] * 1e-3;
        BigDecimal exact = BigDecimal.ZERO;
        double abs = 0;
        for (double v : x) {
            exact = exact.add(new BigDecimal(v));
            abs += Math.abs(v);
        }
        double got = Np.array(x).sum().itemDouble(), want = exact.doubleValue();
        assertTrue(Math.abs(got - want) <= 4 * Math.ulp(want) + 1e-30 * abs, got + " vs exact " + want);
    }
}
