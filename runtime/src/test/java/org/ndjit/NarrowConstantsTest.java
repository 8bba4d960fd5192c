package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.ir.ReferenceEvaluator;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Constants of the seven dtypes of issue 17 at the edges of their ranges (uint32 above 2^31, uint64
 * above 2^63, int8 and int16 negatives, float16 values that round), as {@code Np.full} makes them
 * (NumPy's values, from np.full) and as compiled kernels read them: in elementwise work, where, and
 * broadcast views of a constant concatenated with computed parts, bit for bit the reference's.
 */
class NarrowConstantsTest {
    /** np.full(2, value, dtype) for the values NumPy defines the cast of. */
    @Test
    void fullCastsTheValueAsNumPyDoes() {
        assertArrayEquals(new long[] {-3446744073709551616L, -3446744073709551616L}, Np.full(new long[] {2}, 1.5e19, DType.UINT64).toLongArray()); // 15000000000000000000
        assertArrayEquals(new long[] {3_000_000_000L, 3_000_000_000L}, Np.full(new long[] {2}, 3e9, DType.UINT32).toLongArray());
        assertArrayEquals(new long[] {-100, -100}, Np.full(new long[] {2}, -100.0, DType.INT8).toLongArray());
        assertArrayEquals(new long[] {4464, 4464}, Np.full(new long[] {2}, 70000.0, DType.INT16).toLongArray());
        assertEquals((short) 11878, Float.floatToFloat16(Np.full(new long[] {2}, 0.1, DType.FLOAT16).toFloatArray()[0]));
        assertEquals(65504f, Np.full(new long[] {2}, 65519.0, DType.FLOAT16).toFloatArray()[0]);
    }

    @Test
    void compiledKernelsReadThemAsTheReferenceDoes() {
        List<NDArray> results = new ArrayList<>();
        for (Object[] edge : new Object[][] {{DType.UINT64, -2L}, {DType.UINT64, Long.MIN_VALUE}, {DType.UINT32, 0xFFFF_FFFEL},
                {DType.UINT32, 1L << 31}, {DType.INT8, -128L}, {DType.INT8, -1L}, {DType.INT16, -32768L}, {DType.UINT16, 65535L},
                {DType.UINT8, 255L}, {DType.FLOAT16, 0.1}, {DType.FLOAT16, -65504.0}, {DType.FLOAT16, 6e-8}}) {
            DType d = (DType) edge[0];
            NDArray c = edge[1] instanceof Long l ? Np.full(new long[] {}, l).astype(d) : Np.full(new long[] {}, (Double) edge[1], d);
            NDArray x = Np.arange(7).astype(d).eval();
            NDArray row = c.reshape(1).broadcastTo(3);
            results.add(x.add(c));
            results.add(Np.where(x.gt(c), c, x));
            results.add(Np.concatenate(0, row.slice(0, 0L, 1L, 1), x.max(0, true).broadcastTo(2), row, x.mul(c), row.slice(0, 0L, 1L, 1)));
        }
        for (NDArray r : results) SameBits.assertSameBits(ReferenceEvaluator.evaluate(r.node()), r.value(), r::graph);
    }
}
