package org.ndjit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ranges ({@code arange}, and {@code linspace} and {@code eye} built on one) are computed by the
 * kernels that read them, from their loop positions: no intermediate, NumPy's values exactly (the
 * expected bits below are NumPy 2.4's, printed with {@code float.hex}), and the reference's bits
 * through views (reversed, transposed, broadcast, reshaped) on the vector and scalar paths.
 */
class RangeLeafTest {

    @Test
    void theSumOfARangeReadsNoMemory() {
        NDArray r = Np.arange(1000).sum();
        assertEquals("""
                plan: 1 kernel, 0 intermediates
                kernel 0: t0 i64[] = reduce sum axes=[0]
                  loop: i0 < 1000 (i0 innermost), reducing i0
                  fuses: (copy)
                  reads: arange i64[1000] strides (1,)
                """, plan(r));
        assertEquals(499_500L, r.item());
        assertEquals("plan: 1 kernel, 0 intermediates", Np.arange(100_003).astype(DType.FLOAT64).sum().explain().lines().findFirst().orElseThrow());
        assertEquals(100_003L * 100_002 / 2, Np.arange(100_003).astype(DType.FLOAT64).sum().itemDouble(), 0.0);
        assertEquals("plan: 1 kernel, 0 intermediates", Np.linspace(0, 1, 101).mul(Np.eye(101)).sum().explain().lines().findFirst().orElseThrow());
    }

    @Test
    void floatRangesAreNumpysElements() {
        assertBits(new double[] {0x1.999999999999ap-4, 0x1.999999999999ap-2, 0x1.6666666666667p-1, 0x1.0000000000001p+0,
                0x1.4cccccccccccep+0, 0x1.999999999999bp+0, 0x1.e666666666668p+0}, Np.arange(0.1, 2.0, 0.3));
        assertBits(new double[] {-0.0, 0.5}, Np.arange(-0.0, 1, 0.5));
        assertBits(new double[] {0x1.1c37937e08000p+53, 0x1.1c37937e08002p+53, 0x1.1c37937e08004p+53, 0x1.1c37937e08006p+53},
                Np.arange(1e16, 1e16 + 10, 3.0));
        assertBits(new double[] {5, 4, 3, 2, 1}, Np.arange(5, -0.0, -1.0));
    }

    @Test
    void linspaceIsNumpysFormula() {
        assertBits(new double[] {0, 0x0.00000000001fap-1022, 0x0.00000000003f4p-1022, 0x0.00000000005eep-1022, 0x0.00000000007e8p-1022},
                Np.linspace(0, 1e-320, 5));
        assertBits(new double[] {0x1.999999999999ap-4, 0x1.999999999999ap-3, 0x1.3333333333333p-2, 0x1.999999999999ap-2,
                0x1.0000000000000p-1, 0x1.3333333333333p-1, 0x1.6666666666666p-1}, Np.linspace(0.1, 0.7, 7));
        assertBits(new double[] {0x1.999999999999ap-4, 0x1.7c57c57c57c58p-3, 0x1.15f15f15f15f2p-2, 0x1.6db6db6db6db6p-2,
                0x1.c57c57c57c57cp-2, 0x1.0ea0ea0ea0ea1p-1, 0x1.3a83a83a83a83p-1}, Np.linspace(0.1, 0.7, 7, false));
        assertBits(new double[] {0, 0.5, 1}, Np.linspace(-0.0, 1, 3));
        assertBits(new double[] {2}, Np.linspace(2, 3, 1));
        assertBits(new double[] {2}, Np.linspace(2, 3, 1, false));
        assertBits(new double[] {Double.NaN}, Np.linspace(0, Double.POSITIVE_INFINITY, 1));
        assertBits(new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}, Np.linspace(0, Double.POSITIVE_INFINITY, 3));
        assertBits(new double[0], Np.linspace(0, 1, 0));
    }

    @Test
    void eyeHasOnesOnTheDiagonal() {
        assertEquals("[[1. 0. 0. 0. 0.]\n [0. 1. 0. 0. 0.]\n [0. 0. 1. 0. 0.]]", Np.eye(3, 5).toString());
        assertEquals("[[1. 0.]\n [0. 1.]\n [0. 0.]\n [0. 0.]\n [0. 0.]]", Np.eye(5, 2).toString());
        assertArrayEquals(new long[] {0, 4}, Np.eye(0, 4).shape());
    }

    /**
     * A range cast to one of the twelve dtypes (int64 to the narrow integers wraps, as NumPy's astype and
     * arange with a dtype do) through a view (reversed, transposed, broadcast) in an expression, against
     * the reference's range written out.
     */
    @Property(tries = 60)
    void rangesThroughViewsEqualTheReference(@ForAll @IntRange(min = 0, max = 4_000) int n, @ForAll @IntRange(min = -50, max = 50) int start,
                                             @ForAll @IntRange(min = -3, max = 3) int step, @ForAll @IntRange(min = 0, max = 5) int form,
                                             @ForAll DType dtype) {
        long s = step == 0 ? 1 : step;
        NDArray a = Np.arange(start, start + s * n, s).astype(dtype);
        NDArray r = switch (form) {
            case 0 -> a.mul(3).add(1);
            case 1 -> a.get("::-1").mul(0.5);
            case 2 -> n % 4 == 0 ? a.reshape(4, -1).T().add(a.reshape(4, -1).T()) : a.sub(7);
            case 3 -> a.broadcastTo(3, n).add(Np.arange(3).astype(dtype).reshape(3, 1)).astype(DType.FLOAT32);
            case 4 -> Np.arange(0.25, 0.25 + 0.75 * n, 0.75).sub(a).sum().reshape(1);
            default -> Np.linspace(-1, 3, n).gt(a.mul(1e-3));
        };
        String plan = r.explain(); // before r is computed: a computed array is a buffer leaf
        assertTrue(!plan.contains("arange (reference)"), plan);
        CodegenEdgeSupport.assertMatchesReference(r, dtype + " form " + form);
    }

    private static void assertBits(double[] expected, NDArray actual) {
        double[] got = actual.toDoubleArray();
        assertEquals(expected.length, got.length);
        for (int i = 0; i < got.length; i++) {
            assertEquals(Double.doubleToLongBits(expected[i]), Double.doubleToLongBits(got[i]), "element " + i + ": " + expected[i] + " vs " + got[i]);
        }
    }

    private static String plan(NDArray x) {
        return x.explain().lines().filter(l -> !l.startsWith("  compiled kernel:")).map(l -> l + "\n").reduce("", String::concat);
    }
}
