package org.ndjit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The blocked contraction kernel against the reference (which accumulates in double). Tolerance per
 * element: {@code (k + 2) * eps * sum_p |a_ip * b_pj|}, the error bound of a length-k dot product
 * accumulated with fused multiply-adds in the element type (eps of float32 or float64). Integer and
 * bool products are exact: every element equal (NumPy's integer matmul adds in the element type,
 * wrapping, which is the reference's long sum narrowed on store).
 */
class MatmulTest {
    static void assertClose(NDArray product, NDArray a, NDArray b, long k) {
        StridedArray expected = ReferenceEvaluator.evaluate(product.node());
        StridedArray actual = product.value();
        assertEquals(expected.size(), actual.size());
        if (!product.dtype().isFloat()) {
            CodegenEdgeSupport.assertBitIdentical(expected, actual, "an exact " + product.dtype() + " product");
            return;
        }
        StridedArray bound = ReferenceEvaluator.evaluate(a.abs().matmul(b.abs()).node());
        // float16's epsilon: a float16 product made either way (in float32 as NumPy's, in double as the reference's) is half a
        // float16 ulp (at most 2^-11 of the bound) from its sum, so (k + 2) 2^-10 covers both roundings and k float32 additions.
        double eps = switch (product.dtype()) {
            case FLOAT16 -> 0x1p-10;
            case FLOAT32 -> 0x1p-23;
            default -> 0x1p-52;
        };
        for (long i = 0; i < expected.size(); i++) {
            double e = expected.getDoubleFlat(i), got = actual.getDoubleFlat(i), tol = (k + 2) * eps * bound.getDoubleFlat(i);
            assertTrue(Math.abs(e - got) <= tol, "element " + i + ": " + got + " vs " + e + " (tolerance " + tol + ")");
        }
    }

    @Property(tries = 60)
    void blockedKernelMatchesReference(@ForAll @IntRange(min = 0, max = 37) int n, @ForAll @IntRange(min = 0, max = 300) int k,
                                       @ForAll @IntRange(min = 0, max = 41) int m, @ForAll boolean f32, @ForAll boolean transposed) {
        Random rng = Np.random(n * 1000L + k * 10L + m);
        DType d = f32 ? DType.FLOAT32 : DType.FLOAT64;
        NDArray a = rng.randn(n, k).astype(d), b = transposed ? rng.randn(m, k).astype(d).T() : rng.randn(k, m).astype(d);
        assertClose(a.matmul(b), a, b, k);
    }

    @Test
    void batchedAndVectorOperands() {
        Random rng = Np.random(3);
        NDArray a = rng.randn(3, 1, 5, 70), b = rng.randn(4, 70, 9);
        NDArray p = a.matmul(b);
        assertEquals("(3, 4, 5, 9)", p.shapeString());
        assertClose(p, a, b, 70);
        NDArray v = rng.randn(70);
        assertClose(a.matmul(v), a, v, 70);
        assertClose(v.matmul(b), v, b, 70);
    }

    @Test
    void denseLayerIsOneStepThatWritesOnlyItsOutput() {
        Random rng = Np.random(5);
        NDArray x = rng.randn(64, 32).astype(DType.FLOAT32).eval(), w = rng.randn(32, 16).astype(DType.FLOAT32).eval();
        NDArray bias = rng.randn(16).astype(DType.FLOAT32).eval();
        NDArray out = Np.maximum(0, x.matmul(w).add(bias));
        String plan = out.explain();
        assertTrue(plan.startsWith("plan: 1 kernel, 0 intermediates\n"), plan);
        assertTrue(plan.contains("= matmul (blocked contraction) of buffer f32[64,32], buffer f32[32,16]\n"
                + "  then on each finished block of the product: add, maximum reading buffer f32[16]\n"), plan);
        assertClose(x.matmul(w), x, w, 32);
    }

    /** The product read by something else besides the epilogue, or through a view, is materialized as before. */
    @Test
    void aProductWithOtherReadersIsNotAnEpilogueTarget() {
        Random rng = Np.random(6);
        NDArray x = rng.randn(8, 5).eval(), w = rng.randn(5, 8).eval();
        NDArray p = x.matmul(w);
        assertTrue(p.add(1).add(p.sum()).explain().contains("materialized: a matrix product"));
        assertTrue(p.T().add(1).explain().contains("materialized: a matrix product"));
    }

    /**
     * The fused epilogue gives the bits of the same product materialized first and the epilogue run
     * after it: across the row groups of 4, the column blocks of 512 and the k blocks of 256 of the
     * vector kernel, with a bias, a residual read through a transpose, a batch, and a bool result
     * (a new dtype: written to its own array).
     */
    @Property(tries = 40)
    void epilogueOnFinishedBlocksEqualsTheUnfusedResult(@ForAll @IntRange(min = 0, max = 13) int n, @ForAll("depths") int k,
                                                      @ForAll("widths") int m, @ForAll boolean f32, @ForAll @IntRange(min = 0, max = 3) int kind) {
        Random rng = Np.random(n * 7919L + k * 31L + m);
        DType d = f32 ? DType.FLOAT32 : DType.FLOAT64;
        NDArray x = rng.randn(2, n, k).astype(d).eval(), w = rng.randn(k, m).astype(d).eval();
        NDArray bias = rng.randn(m).astype(d).eval(), residual = rng.randn(m, n).astype(d).eval().T();
        java.util.function.Function<NDArray, NDArray> epilogue = switch (kind) {
            case 0 -> p -> Np.maximum(0, p.add(bias));
            case 1 -> p -> p.mul(0.5).add(residual).tanh();
            case 2 -> p -> p.gt(bias);
            default -> p -> p.add(bias).exp().sub(1);
        };
        NDArray fused = epilogue.apply(x.matmul(w));
        if (n * m * k > 0) assertTrue(fused.explain().contains("then on each finished block of the product"), fused.explain());
        StridedArray got = fused.value();
        // The product node is shared (hash-consed): materializing it now leaves the fused result as it was.
        StridedArray expected = epilogue.apply(x.matmul(w).eval()).value();
        assertEquals(expected.size(), got.size());
        for (long i = 0; i < got.size(); i++) {
            long g = Double.doubleToRawLongBits(got.getDoubleFlat(i)), e = Double.doubleToRawLongBits(expected.getDoubleFlat(i));
            assertEquals(e, g, "element " + i);
        }
    }

    /** Rows are split over threads in groups of 4, each computed as on one thread: the same bits at every parallelism. */
    @Test
    void bitIdenticalAtEveryParallelism() {
        double[] expected = null;
        for (String parallelism : new String[] {"1", "2", "3", "16"}) {
            System.setProperty("ndjit.parallelism", parallelism);
            try {
                Random rng = Np.random(11); // new arrays each time: nothing is memoized
                NDArray x = rng.randn(203, 300), w = rng.randn(300, 70), bias = rng.randn(70);
                double[] got = Np.maximum(0, x.matmul(w).add(bias)).toDoubleArray();
                if (expected == null) expected = got;
                else org.junit.jupiter.api.Assertions.assertArrayEquals(expected, got, "parallelism " + parallelism);
            } finally {
                System.clearProperty("ndjit.parallelism");
            }
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Integer> depths() {
        return net.jqwik.api.Arbitraries.of(0, 1, 7, 255, 256, 257, 600);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Integer> widths() {
        return net.jqwik.api.Arbitraries.of(0, 1, 3, 8, 17, 511, 512, 530);
    }
}
