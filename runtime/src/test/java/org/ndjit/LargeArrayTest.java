package org.ndjit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SEMANTICS 3.5 and 3.6: sizes, strides and offsets are longs end to end; buffers hold more than 2^31 elements. */
class LargeArrayTest {
    private static final long N = (1L << 31) + 17;

    @Test
    void materializesABoolArrayOfMoreThan2To31ElementsAndReadsItsEnd() {
        NDArray positions = Np.zeros(DType.BOOL, N);
        NDArray flags = positions.not();
        flags.eval();
        assertEquals(N, flags.size());
        assertTrue(flags.itemBoolean(N - 1));
        assertTrue(flags.itemBoolean(-1));
        NDArray tail = flags.get((N - 5) + ":");
        assertEquals(5, tail.size());
        assertEquals("[ True  True  True  True  True]", tail.toString());
        NDArray reversed = flags.get("::-1").get((1L << 31) + ":");
        assertEquals(17, reversed.size());
        assertTrue(reversed.all().itemBoolean());
        assertFalse(positions.get(":-3:-1").any().itemBoolean());
        assertThrows(IllegalArgumentException.class, flags::toBooleanArray, "a Java array cannot hold it");
    }
}
