package org.ndjit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plans over the seven dtypes of issue 17: their elementwise work is fused into compiled kernels, not left to the reference. */
class NarrowDtypeKernelsTest {
    @Test
    void aUint8ImageNormalizedToFloat32IsOneKernel() {
        NDArray img = Np.array(new byte[] {0, 1, (byte) 128, (byte) 255}, DType.UINT8);
        NDArray normalized = img.astype(DType.FLOAT32).div(255).mul(2).sub(1);
        String plan = normalized.explain();
        assertFalse(plan.contains("reference"), plan);
        assertArrayEquals(new float[] {-1f, (float) (1 / 255.0 * 2 - 1), (float) (128 / 255.0 * 2 - 1), 1f}, normalized.toFloatArray(), 1e-6f);
    }

    @Test
    void everyNarrowDtypeChainCompiles() {
        for (DType d : new DType[] {DType.INT8, DType.INT16, DType.UINT8, DType.UINT16, DType.UINT32, DType.UINT64, DType.FLOAT16}) {
            NDArray x = Np.arange(6).astype(d).eval();
            NDArray y = x.mul(x).add(x).maximum(x.sub(1));
            String plan = y.explain();
            assertFalse(plan.contains("reference"), d + ":\n" + plan);
            assertTrue(plan.contains("kernel"), d + ":\n" + plan);
        }
    }

    @Test
    void uint64KernelsCompareDivideAndConvertAsUnsigned() {
        NDArray big = Np.array(new long[] {-1L, Long.MIN_VALUE, 5}, DType.UINT64);
        NDArray small = Np.array(new long[] {1, 1, 7}, DType.UINT64);
        assertArrayEquals(new boolean[] {true, true, false}, big.gt(small).toBooleanArray());
        assertArrayEquals(new long[] {-1L, Long.MIN_VALUE, 7}, big.maximum(small).toLongArray());
        assertArrayEquals(new long[] {Long.divideUnsigned(-1L, 3), Long.divideUnsigned(Long.MIN_VALUE, 3), 1}, big.floorDiv(3).toLongArray());
        assertArrayEquals(new double[] {0x1p64, 0x1p63, 5}, big.astype(DType.FLOAT64).toDoubleArray());
    }

    @Test
    void largeReductionsOfNarrowDtypesSplitIntoChunksAndThreadsGiveTheReferenceBits() {
        java.util.Random rng = new java.util.Random(17);
        long[][] shapes = {{140_001}, {200, 700}}; // chunks of a long reduction on threads; along rows and across rows
        for (DType d : new DType[] {DType.INT8, DType.INT16, DType.UINT8, DType.UINT16, DType.UINT32, DType.UINT64, DType.FLOAT16}) {
            for (long[] shape : shapes) {
                NDArray x = NarrowDtypeProperties.leaf(rng, d, shape);
                int last = shape.length - 1;
                for (NDArray r : new NDArray[] {x.sum(), x.sum(0, false), x.sum(last, false), x.max(last, false), x.argmin(0, false),
                        x.mean(last, false), x.mul(x).add(1).sum(last, false)}) {
                    NarrowDtypeProperties.assertSameAsReference(r);
                }
            }
        }
    }
}
