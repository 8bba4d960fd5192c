package org.ndjit;

import org.ndjit.ir.StridedArray;

import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The differential properties' comparison of a compiled result with the reference's. */
final class SameBits {
    private SameBits() {}

    /**
     * Same shape, dtype and elements bit for bit (any NaN matches any NaN: NaN payloads are not
     * specified across the reference's and the kernels' arithmetic); {@code where} names the graph.
     */
    static void assertSameBits(StridedArray expected, StridedArray actual, Supplier<String> where) {
        assertArrayEquals(expected.shape(), actual.shape(), where);
        assertEquals(expected.dtype(), actual.dtype(), where);
        for (long i = 0; i < expected.size(); i++) {
            long at = i;
            if (expected.dtype().isFloat()) {
                double e = expected.getDoubleFlat(i), a = actual.getDoubleFlat(i);
                if (Double.isNaN(e) && Double.isNaN(a)) continue;
                assertEquals(Double.doubleToLongBits(e), Double.doubleToLongBits(a), () -> "element " + at + ": expected " + e + " got " + a + " in\n" + where.get());
            } else {
                long e = expected.getLongFlat(i), a = actual.getLongFlat(i);
                assertEquals(e, a, () -> "element " + at + ": expected " + e + " got " + a + " in\n" + where.get());
            }
        }
    }
}
