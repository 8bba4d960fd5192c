package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.ir.ReferenceEvaluator;

import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * max, min, argmax, argmin, any and all of integer and bool arrays take each block's answer (its
 * first extreme, first nonzero or first zero, found with vectors where the Vector API is present)
 * instead of every element, and loop over outputs without a choice per element across rows: results
 * must be the reference's, element by element, for every integer dtype and bool, rows of lengths
 * around the vector widths and the scratch block, many ties, each dtype's extremes (uint64's values
 * past 2^63 order above the rest), rows of zeros only and of no zeros, over either axis and over
 * everything. (Merging chunks is unchanged: ChunkedReductionTest.)
 */
class IntegerReductionsTest {
    private static final int[] LENGTHS = {1, 3, 4, 5, 9, 1023, 1025};
    private static final DType[] DTYPES = {DType.BOOL, DType.INT8, DType.UINT8, DType.INT16, DType.UINT16,
            DType.INT32, DType.UINT32, DType.INT64, DType.UINT64};

    private static final List<Function<NDArray, NDArray>> REDUCTIONS = List.of(
            x -> x.max(1), x -> x.min(1), x -> x.argmax(1), x -> x.argmin(1), x -> x.any(1), x -> x.all(1),
            x -> x.max(0), x -> x.min(0), x -> x.argmax(0), x -> x.argmin(0), x -> x.any(0), x -> x.all(0), x -> x.sum(0),
            NDArray::max, NDArray::min, NDArray::argmax, NDArray::argmin, NDArray::any, NDArray::all);

    /**
     * Small values (ties everywhere) and per case: the widest values (cast down, each dtype's own
     * extremes and wrapped values), zeros only, no zeros, or one nonzero late.
     */
    private static long[] data(long seed, int n, int special) {
        java.util.Random rnd = new java.util.Random(seed);
        long[] x = new long[n];
        for (int i = 0; i < n; i++) x[i] = rnd.nextInt(7) - 3;
        long[] wide = {Long.MIN_VALUE, Long.MAX_VALUE, -1, 1L << 63 | 5, 0x80, 0xFF, 0x7F, 0x8000, 0xFFFF, 0x8000_0000L, 0xFFFF_FFFFL};
        switch (special) {
            case 1 -> { for (int i = 0; i < n; i += 3) x[i] = wide[rnd.nextInt(wide.length)]; }
            case 2 -> java.util.Arrays.fill(x, 0);
            case 3 -> { for (int i = 0; i < n; i++) if (x[i] == 0) x[i] = 2; }
            case 4 -> { java.util.Arrays.fill(x, 0); x[n - 1] = -1; }
            default -> { }
        }
        return x;
    }

    @Test
    void resultsEqualTheReference() {
        for (int length : LENGTHS) {
            for (int special = 0; special < 5; special++) check(3, length, special);
        }
    }

    /**
     * any, all, and a bool max, min, argmax or argmin stop when their result is decided (any found
     * true, ...), in rows and in chunks merged from several threads, where a chunk after the one that
     * decided is skipped: results must still be the reference's wherever the deciding element is
     * (first, in a later chunk, last, nowhere), and an early one must stop the run.
     */
    @Test
    void decidedReductionsStopAndEqualTheReference() {
        int n = 3 * (int) org.ndjit.ir.Reduction.CHUNK + 9; // divisible by 3
        long[] positions = {0, org.ndjit.ir.Reduction.CHUNK + 3, 2L * org.ndjit.ir.Reduction.CHUNK + 7, n - 1, -1};
        List<Function<NDArray, NDArray>> reductions = List.of(NDArray::any, NDArray::all, NDArray::max, NDArray::min, NDArray::argmax,
                NDArray::argmin, x -> x.reshape(-1, 3).any(0), x -> x.reshape(3, -1).all(1), x -> x.reshape(3, -1).argmax(1),
                x -> x.astype(DType.INT8).any(), x -> x.astype(DType.INT8).all());
        for (String parallelism : new String[] {"1", "3"}) {
            FusionRegressionTest.withParallelism(parallelism, () -> {
                for (long at : positions) {
                    for (boolean ones : new boolean[] {false, true}) {
                        boolean[] values = new boolean[n];
                        java.util.Arrays.fill(values, ones);
                        if (at >= 0) values[(int) at] = !ones;
                        NDArray x = Np.array(values);
                        for (int r = 0; r < reductions.size(); r++) {
                            NDArray result = reductions.get(r).apply(x);
                            int which = r;
                            SameBits.assertSameBits(ReferenceEvaluator.evaluate(result.node()), result.value(),
                                    () -> "reduction " + which + " with " + !ones + " at " + at + " at parallelism " + parallelism);
                        }
                    }
                }
            });
        }
        long before = org.ndjit.engine.KernelRunner.decidedEarly();
        boolean[] early = new boolean[n];
        early[3] = true;
        assertTrue(Np.array(early).any().itemBoolean());
        assertTrue(org.ndjit.engine.KernelRunner.decidedEarly() > before, "any stopped at its first true");
    }

    private static void check(int rows, int length, int special) {
        NDArray wide = Np.array(data(length * 7L + rows * 3L + special, rows * length, special)).reshape(rows, length);
        for (DType dtype : DTYPES) {
            NDArray x = wide.astype(dtype).eval();
            for (int r = 0; r < REDUCTIONS.size(); r++) {
                NDArray result = REDUCTIONS.get(r).apply(x);
                int which = r;
                SameBits.assertSameBits(ReferenceEvaluator.evaluate(result.node()), result.value(),
                        () -> "reduction " + which + " of " + dtype + " shape (" + rows + ", " + length + ") special " + special);
            }
        }
    }
}
