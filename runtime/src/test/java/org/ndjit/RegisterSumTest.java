package org.ndjit;

import org.ndjit.engine.KernelRunner;
import org.junit.jupiter.api.Test;
import org.ndjit.codegen.Vectorization;
import org.ndjit.ir.Reduction;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;

import java.util.List;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Float sums along rows add the aligned middle of each run in vector registers (the kernel's
 * sumRow) and the unaligned head and the tail through the scratch block: the results must be the
 * reference's bit for bit at every row length around 8, blocks and chunks, with outer reduced axes
 * (positions continue across rows, so heads become unaligned), NaN and inf, float64 and float32,
 * at parallelism 1 and 16 (16 only where a run is large enough to be split).
 */
class RegisterSumTest {
    /** Set in the Surefire executions that rerun this class in other JVMs (runtime/pom.xml): fewer sizes there, for the suite's time. */
    private static final boolean FEWER_CASES = Boolean.getBoolean("ndjit.test.fewerCases");
    private static final long[] LENGTHS = {0, 1, 7, 8, 9, 15, 16, 17, 1023, 1024, 1025,
            Reduction.CHUNK - 1, Reduction.CHUNK, Reduction.CHUNK + 1, 3L * Reduction.CHUNK + 5};

    /** Reductions of x (shape (6, L)) and y (same shape, another buffer). */
    private static final List<BiFunction<NDArray, NDArray, NDArray>> REDUCTIONS = List.of(
            (x, y) -> x.sum(1),
            (x, y) -> x.sub(y).square().sum(1),
            (x, y) -> x.reshape(2, 3, -1).sum(new int[] {1, 2}, false),        // outer reduced axis: unaligned heads
            (x, y) -> x.sub(y).square().sum(),                                  // everything: chunks when long
            (x, y) -> x.astype(DType.FLOAT32).sum(1),
            (x, y) -> x.astype(DType.FLOAT32).mul(y.astype(DType.FLOAT32)).reshape(3, 2, -1).sum(new int[] {0, 2}, false),
            (x, y) -> x.astype(DType.FLOAT32).sum(),
            (x, y) -> x.mean(1), (x, y) -> x.var(1), (x, y) -> x.std(1),
            (x, y) -> x.astype(DType.FLOAT32).std(1),
            (x, y) -> x.sum(1).add(x.max(1)).add(x.sub(y).sum(1)));             // a shared pass with a max

    /** The index of mean in REDUCTIONS: it and those after it need elements. */
    private static final int FIRST_MEAN = 7;

    private static double[] data(long seed, int n, int special) {
        java.util.Random rnd = new java.util.Random(seed);
        double[] x = new double[n];
        // Magnitudes over 2^-40 .. 2^40, so that a value added to another lane or in another order changes the bits.
        for (int i = 0; i < n; i++) x[i] = rnd.nextGaussian() * Math.scalb(1.0, rnd.nextInt(80) - 40);
        if (n == 0) return x;
        switch (special) {
            case 1 -> { x[n / 2] = Double.NaN; x[n - 1] = Double.POSITIVE_INFINITY; }
            case 2 -> { x[0] = Double.NEGATIVE_INFINITY; x[Math.min(n - 1, 8 + n / 3)] = Double.POSITIVE_INFINITY; x[n / 6] = Double.NaN; }
            default -> { }
        }
        return x;
    }

    @Test
    void bitIdenticalToTheReference() {
        // The reference of each (length, special, reduction), computed once: parallelism 16 recomputes the same data and expressions.
        java.util.Map<String, StridedArray> references = new java.util.HashMap<>();
        for (String parallelism : new String[] {"1", "16"}) {
            System.setProperty("ndjit.parallelism", parallelism);
            try {
                for (long length : LENGTHS) {
                    if (FEWER_CASES && length > 1025) continue;
                    // Under 2^17 elements of work a run is not split (Parallel.MIN_PART): at parallelism 16 it would repeat parallelism 1.
                    if (!parallelism.equals("1") && 6 * length < 2 * (1 << 16)) continue;
                    for (int special = 0; special < 3; special++) {
                        // Past a chunk, special 2's NaN and infinities cover what special 1's would (test time: the reference is slow at these sizes).
                        if (special == 1 && length >= Reduction.CHUNK - 1) continue;
                        int n = (int) (6 * length);
                        NDArray x = Np.array(data(length + special, n, special)).reshape(6, length);
                        NDArray y = Np.array(data(length + 99, n, 0)).reshape(6, length);
                        for (int r = 0; r < REDUCTIONS.size(); r++) {
                            if (length == 0 && r >= FIRST_MEAN) continue; // mean and max of an empty slice are errors
                            NDArray result = REDUCTIONS.get(r).apply(x, y);
                            StridedArray expected = references.computeIfAbsent(length + " " + special + " " + r, k -> ReferenceEvaluator.evaluate(result.node()));
                            StridedArray actual = result.value();
                            for (long i = 0; i < expected.size(); i++) {
                                assertEquals(Double.doubleToLongBits(expected.getDoubleFlat(i)), Double.doubleToLongBits(actual.getDoubleFlat(i)),
                                        "reduction " + r + " length " + length + " special " + special + " element " + i + " at parallelism " + parallelism);
                            }
                        }
                    }
                }
            } finally {
                System.clearProperty("ndjit.parallelism");
            }
        }
    }

    @Test
    void vectorKernelsSumInRegisters() {
        long before = KernelRunner.registerSumPasses();
        NDArray x = Np.array(data(5, 4 * 1000, 0)).reshape(4, 1000);
        NDArray result = x.mul(2.0).sum(1);
        result.eval();
        long after = KernelRunner.registerSumPasses();
        // The double lanes the loops use: the preferred species', capped by -Dndjit.vectorBits (2 at 128 bits: no sumRow).
        int doubles = Vectorization.enabled() ? Math.min(jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED.length(), Integer.getInteger("ndjit.vectorBits", 512) / 64) : 0;
        if (java.util.Set.of(4, 8).contains(doubles)) {
            assertTrue(after > before, "the register path was not taken");
        }
        StridedArray expected = ReferenceEvaluator.evaluate(result.node());
        for (int i = 0; i < 4; i++) assertEquals(Double.doubleToLongBits(expected.getDoubleFlat(i)), Double.doubleToLongBits(result.value().getDoubleFlat(i)));
    }
}
