package org.ndjit;

import org.ndjit.ir.DType;
import org.ndjit.ir.StridedArray;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the indexing properties share: random index arrays and a bit-for-bit comparison with the reference's value. */
final class IndexTestSupport {
    private IndexTestSupport() {}

    /** {@code n} random indices into an axis of length {@code len} (none when it is empty), negative ones included. */
    static NDArray ints(Random rng, long len, long n) {
        if (len == 0) return Np.zeros(DType.INT64, 0);
        return rng.integers(-len, len, new long[] {n}).eval();
    }

    /** The array equals the reference's value: shape, dtype, and every element's bits. */
    static void assertSame(StridedArray expected, NDArray actual) {
        assertArrayEquals(expected.shape(), actual.shape());
        StridedArray got = actual.value();
        assertEquals(expected.dtype(), got.dtype());
        for (long i = 0; i < expected.size(); i++) {
            long at = i;
            if (expected.dtype().isFloat()) {
                assertEquals(Double.doubleToLongBits(expected.getDoubleFlat(i)), Double.doubleToLongBits(got.getDoubleFlat(i)), () -> "element " + at);
            } else {
                assertEquals(expected.getLongFlat(i), got.getLongFlat(i), () -> "element " + at);
            }
        }
    }
}
