package org.ndjit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.ndjit.ir.DType;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The blocked contraction kernel against the reference (which accumulates in double). Tolerance per
 * element: {@code (k + 2) * eps * sum_p |a_ip * b_pj|}, the error bound of a length-k dot product
 * accumulated with fused multiply-adds in the element type (eps of float32 or float64).
 */
class MatmulTest {
    private static void assertClose(NDArray product, NDArray a, NDArray b, long k) {
        StridedArray expected = ReferenceEvaluator.evaluate(product.node());
        StridedArray bound = ReferenceEvaluator.evaluate(a.abs().matmul(b.abs()).node());
        StridedArray actual = product.value();
        double eps = product.dtype() == DType.FLOAT32 ? 0x1p-23 : 0x1p-52;
        assertEquals(expected.size(), actual.size());
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
    void denseLayerPlan() {
        Random rng = Np.random(5);
        NDArray x = rng.randn(64, 32).astype(DType.FLOAT32), w = rng.randn(32, 16).astype(DType.FLOAT32).eval(), bias = rng.randn(16).astype(DType.FLOAT32);
        NDArray out = Np.maximum(0, x.eval().matmul(w).add(bias.eval()));
        assertTrue(out.explain().contains("= matmul (blocked contraction)"), out.explain());
        assertClose(x.matmul(w), x, w, 32);
    }
}
