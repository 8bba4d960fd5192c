package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.codegen.Vectorization;
import org.ndjit.engine.KernelRunner;
import org.ndjit.ir.Reduction;
import org.ndjit.ir.ReferenceEvaluator;

import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Integer and bool sums along rows add whole runs in long lanes held in vector registers (the kernel's
 * sumRowLong): results must be the reference's bit for bit (NumPy's int64 or uint64, wrapping) for every
 * integer dtype and bool, read as they are, compared into masks or computed, at row lengths around the
 * vector widths, the scratch block and a chunk, over rows, everything and an outer reduced axis, from
 * row offsets that are not multiples of the lanes, with strided inputs (the scratch path) and broadcast
 * ones, each dtype's extremes (int64 sums that wrap), at parallelism 1 and 16.
 */
class RegisterIntSumTest {
    /** Set in the Surefire executions that rerun this class in other JVMs (runtime/pom.xml): fewer sizes there, for the suite's time. */
    private static final boolean FEWER_CASES = Boolean.getBoolean("ndjit.test.fewerCases");
    private static final long[] LENGTHS = {0, 1, 3, 4, 7, 8, 9, 16, 17, 31, 33, 65, 1023, 1025, Reduction.CHUNK + 3};
    private static final DType[] DTYPES = {DType.BOOL, DType.INT8, DType.UINT8, DType.INT16, DType.UINT16,
            DType.INT32, DType.UINT32, DType.INT64, DType.UINT64};

    /** Sums of x, shape (4, L). */
    private static final List<Function<NDArray, NDArray>> SUMS = List.of(
            x -> x.sum(1),
            NDArray::sum,
            x -> x.reshape(2, 2, -1).sum(new int[] {1, 2}, false),          // outer reduced axis: runs continue across rows
            x -> x.gt(0).sum(1),
            x -> x.gt(0).sum(),
            x -> x.mul(x).sum(1),                                           // computed, wrapping in the dtype
            x -> x.get(":, 1:").sum(1),                                     // rows starting one element in
            x -> x.get(":, ::2").sum(1),                                    // strided: the scratch path
            x -> x.add(x.get(":, :1")).sum(1));                             // a column broadcast along rows

    /** Small values, and in every third place each dtype's extremes and values that wrap when cast down. */
    private static long[] data(long seed, int n) {
        java.util.Random rnd = new java.util.Random(seed);
        long[] wide = {Long.MIN_VALUE, Long.MAX_VALUE, -1, 1L << 63 | 5, 0x80, 0xFF, 0x7F, 0x8000, 0xFFFF, 0x8000_0000L, 0xFFFF_FFFFL};
        long[] x = new long[n];
        for (int i = 0; i < n; i++) x[i] = i % 3 == 0 ? wide[rnd.nextInt(wide.length)] : rnd.nextInt(7) - 3;
        return x;
    }

    @Test
    void bitIdenticalToTheReference() {
        for (String parallelism : new String[] {"1", "16"}) {
            FusionRegressionTest.withParallelism(parallelism, () -> {
                for (long length : LENGTHS) {
                    if (FEWER_CASES && !java.util.Set.of(0L, 7L, 9L, 33L, 1025L).contains(length)) continue;
                    // Under 2^17 elements of work a run is not split (Parallel.MIN_PART): at parallelism 16 it would repeat parallelism 1.
                    if (!parallelism.equals("1") && 4 * length < 2 * (1 << 16)) continue;
                    NDArray wide = Np.array(data(length, (int) (4 * length))).reshape(4, length);
                    for (DType dtype : DTYPES) {
                        NDArray x = wide.astype(dtype).eval();
                        for (int r = 0; r < SUMS.size(); r++) {
                            if (length == 0 && r == SUMS.size() - 1) continue; // no column to broadcast
                            NDArray result = SUMS.get(r).apply(x);
                            int which = r;
                            SameBits.assertSameBits(ReferenceEvaluator.evaluate(result.node()), result.value(),
                                    () -> "sum " + which + " of " + dtype + " length " + length + " at parallelism " + parallelism);
                        }
                    }
                }
            });
        }
    }

    @Test
    void int64SumsWrap() {
        long[] values = new long[1001];
        java.util.Arrays.fill(values, 1);
        values[17] = Long.MAX_VALUE;
        NDArray x = Np.array(values);
        SameBits.assertSameBits(ReferenceEvaluator.evaluate(x.sum().node()), x.sum().value(), () -> "int64 max + 1000 ones");
        assertTrue(x.sum().itemLong() == Long.MIN_VALUE + 999, "wraps as NumPy's int64 sum does");
    }

    @Test
    void vectorKernelsSumInRegisters() {
        NDArray ints = Np.array(data(5, 4 * 1000)).reshape(4, 1000).astype(DType.INT32).eval();
        // int8 values are held in int lanes, and loaded in byte vectors of as many lanes: none of 4 bytes (128-bit loops).
        boolean bytes = Integer.getInteger("ndjit.vectorBits", 512) >= 256;
        List<NDArray> sums = bytes ? List.of(ints.sum(1), ints.gt(0).sum(), ints.gt(0).eval().sum(1), ints.astype(DType.INT8).sum())
                                   : List.of(ints.sum(1), ints.gt(0).sum(), ints.gt(0).eval().sum(1));
        for (NDArray sum : sums) {
            long before = KernelRunner.registerIntSumPasses();
            SameBits.assertSameBits(ReferenceEvaluator.evaluate(sum.node()), sum.value(), () -> "register sum");
            if (Vectorization.enabled()) assertTrue(KernelRunner.registerIntSumPasses() > before, "the register path was not taken: " + sum.explain());
        }
    }
}
