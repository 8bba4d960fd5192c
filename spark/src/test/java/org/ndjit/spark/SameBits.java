package org.ndjit.spark;

import org.ndjit.NDArray;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Same dtype, shape and elements, bit for bit (JUnit compares doubles by their bits: -0.0 is not 0.0). */
final class SameBits {
    private SameBits() {}

    static void assertSame(NDArray expected, NDArray actual, String what) {
        assertEquals(expected.dtype(), actual.dtype(), what + ": dtype");
        assertArrayEquals(expected.shape(), actual.shape(), what + ": shape");
        if (expected.dtype().isFloat()) assertArrayEquals(expected.toDoubleArray(), actual.toDoubleArray(), what);
        else if (expected.dtype().isBool()) assertArrayEquals(expected.toBooleanArray(), actual.toBooleanArray(), what);
        else assertArrayEquals(expected.astype(org.ndjit.DType.INT64).toLongArray(), actual.astype(org.ndjit.DType.INT64).toLongArray(), what);
    }
}
