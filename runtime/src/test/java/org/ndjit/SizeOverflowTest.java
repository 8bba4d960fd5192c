package org.ndjit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Sizes and indices near 2^63: each is computed exactly or is an error that says what overflowed, never
 * a wrapped (empty, negative or wrong) result. Expected values and messages are NumPy 2.4's.
 */
class SizeOverflowTest {
    private static final long MAX = Long.MAX_VALUE;
    private static final long MIN = Long.MIN_VALUE;
    private static final long B = 1L << 62;

    @Test
    void arangeOfMoreThanLongMaxElementsIsAnErrorNotEmpty() {
        // np.arange(-5*10**18, 5*10**18, 1): ValueError: Maximum allowed size exceeded
        var e = assertThrows(IllegalArgumentException.class, () -> Np.arange(-5_000_000_000_000_000_000L, 5_000_000_000_000_000_000L, 1));
        assertEquals("Maximum allowed size exceeded: arange(-5000000000000000000, 5000000000000000000, 1) has 10000000000000000000 "
                + "elements, more than 9223372036854775807", e.getMessage());
        var d = assertThrows(IllegalArgumentException.class, () -> Np.arange(-5e18, 5e18, 1)); // np.arange(-5e18, 5e18, 1.0): the same
        assertEquals("Maximum allowed size exceeded: arange(-5.0E18, 5.0E18, 1.0) has 1.0E19 elements, more than 9223372036854775807", d.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Np.arange(MIN, MAX, 1));
    }

    @Test
    void arangeWhoseStepOrSpanOverflowsKeepsItsElements() {
        assertArrayEquals(new long[] {MAX}, Np.arange(MAX, 0, MIN).toLongArray());                     // NumPy [MAX]
        assertArrayEquals(new long[] {MIN, -B, 0, B}, Np.arange(MIN, MAX, B).toLongArray());            // span 2^64 - 1
        assertArrayEquals(new long[] {MAX, B - 1, -1, -B - 1}, Np.arange(MAX, MIN, -B).toLongArray());
        // exact, as Python's range(MIN, MAX, MAX); NumPy computes the length in double, (2^64-1)/(2^63-1) rounds to 2, and gives [MIN, -1]
        assertArrayEquals(new long[] {MIN, -1, MAX - 1}, Np.arange(MIN, MAX, MAX).toLongArray());
        assertEquals(0, Np.arange(0, MIN, MAX).size());
    }

    @Test
    void sliceWithStepLongMinIsTheLastRow() {
        NDArray a = Np.arange(12).reshape(4, 3);
        assertArrayEquals(new long[] {9, 10, 11}, a.get("::-9223372036854775808").toLongArray()); // a[::-2**63] is [[9 10 11]]
        assertArrayEquals(new long[] {11, 10, 9}, a.get("::-9223372036854775808, ::-1").toLongArray());
        assertArrayEquals(new long[] {1, 3}, a.get("::-9223372036854775808").shape());
    }

    @Test
    void sliceWithStepLongMaxIsTheFirstRow() {
        NDArray a = Np.arange(12).reshape(4, 3);
        assertArrayEquals(new long[] {0, 1, 2}, a.get("::9223372036854775807").toLongArray()); // a[::2**63-1] is [[0 1 2]]
        assertArrayEquals(new long[] {9, 10, 11, 6, 7, 8, 3, 4, 5, 0, 1, 2}, a.get("9223372036854775807::-1").toLongArray());
        assertArrayEquals(new long[] {0, 1, 2}, a.get("-9223372036854775808::9223372036854775807").toLongArray());
        assertArrayEquals(new long[] {2, 5, 8, 11}, a.get(":, ::-9223372036854775807").toLongArray());
    }

    @Test
    void reshapeWhoseShapeOverflowsSaysItCannotReshape() {
        // np.arange(4).reshape(2**62, 4): cannot reshape array of size 4 into shape (4611686018427387904,4)
        var e = assertThrows(IllegalArgumentException.class, () -> Np.arange(4).reshape(B, 4));
        assertEquals("cannot reshape array of size 4 into shape (4611686018427387904,4)", e.getMessage());
        var u = assertThrows(IllegalArgumentException.class, () -> Np.arange(4).reshape(B, -1));
        assertEquals("cannot reshape array of size 4 into shape (4611686018427387904,newaxis)", u.getMessage());
        var z = assertThrows(IllegalArgumentException.class, () -> Np.zeros(0).reshape(B, 4, 0));
        assertEquals("array is too large: shape (4611686018427387904, 4, 0) has more than 9223372036854775807 elements "
                + "not counting its zero-length axes", z.getMessage());
    }

    @Test
    void aShapeWithAZeroAxisIsCheckedTheSameInAnyAxisOrder() {
        // np.empty((2**62, 4, 0)) and np.empty((0, 2**62, 4)) both: array is too big
        for (long[] shape : new long[][] {{B, 4, 0}, {0, B, 4}, {B, 0, 4}}) {
            assertThrows(IllegalArgumentException.class, () -> Np.zeros(shape), () -> java.util.Arrays.toString(shape));
        }
        assertArrayEquals(new long[] {B / 8, 0}, Np.zeros(B / 8, 0).shape());
    }
}
