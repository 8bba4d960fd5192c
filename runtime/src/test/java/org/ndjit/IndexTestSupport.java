package org.ndjit;

import org.ndjit.ir.StridedArray;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the indexing properties share: random index arrays and a bit-for-bit comparison with the reference's value. */
final class IndexTestSupport {
    private IndexTestSupport() {}

    /** The dtype a property's choice {@code c} draws (from its fifth bit up): every dtype in turn. */
    static DType dtype(int c) {
        return DType.values()[(c >> 4) % DType.values().length];
    }

    /**
     * The array a property's choice {@code c} draws, evaluated: shape {@code shapes[c % shapes.length]},
     * {@link #dtype}, values -2 to 2 in halves (cast to the dtype) from {@code rng}.
     */
    static NDArray drawn(int c, long[][] shapes, Random rng) {
        return drawn(shapes[c % shapes.length], dtype(c), rng);
    }

    /** An evaluated array of the shape and dtype: values -2 to 2 in halves (cast to the dtype) from {@code rng}. */
    static NDArray drawn(long[] shape, DType dtype, Random rng) {
        return rng.integers(-4, 5, shape).astype(DType.FLOAT64).mul(0.5).astype(dtype).eval();
    }

    /**
     * {@code x} as an input of one kind: 0 itself, 1 transposed, 2 reversed along axis 0 (negative
     * strides), 3 computed ({@code x + x}, {@code ~x} for bools), 4 its last axis from element 1 (a
     * view at an offset whose rows are not one after the other). A 0-d array is its own reversal and slice.
     */
    static NDArray view(NDArray x, int kind) {
        return switch (kind) {
            case 0 -> x;
            case 1 -> x.T();
            case 2 -> x.ndim() > 0 ? x.slice(0, null, null, -1) : x;
            case 3 -> x.dtype().isBool() ? x.not() : x.add(x);
            default -> x.ndim() > 0 ? x.slice(x.ndim() - 1, 1L, null, 1) : x;
        };
    }

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
