package org.ndjit.ir;

import org.ndjit.DType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The concatenation node: its checks, its regions and its reference value. */
class ConcatenationTest {
    private static Node longs(long[] shape, long first) {
        Buffer b = Buffer.allocate(DType.INT64, Shapes.size(shape));
        for (long i = 0; i < b.length(); i++) b.setLong(i, first + i);
        return Nodes.buffer(b, shape);
    }

    @Test
    void partsAreLaidEndToEndAlongTheAxisInTheReference() {
        Node a = longs(new long[] {2, 2}, 0), b = longs(new long[] {2, 3}, 10);
        Node reversed = Nodes.view(b, Layout.contiguous(b.shape()).slice(1, null, null, -1));
        Node c = Nodes.concatenate(-1, a, reversed);
        assertArrayEquals(new long[] {2, 5}, c.shape());
        assertArrayEquals(new long[] {0, 2, 5}, Concatenation.starts(c));
        assertEquals(new Layout(new long[] {2, 3}, new long[] {5, 1}, 2), Concatenation.region(c, Layout.contiguous(c.shape()), 1));
        StridedArray v = ReferenceEvaluator.evaluate(c);
        long[] got = new long[10];
        for (int i = 0; i < 10; i++) got[i] = v.getLongFlat(i);
        assertArrayEquals(new long[] {0, 1, 12, 11, 10, 2, 3, 15, 14, 13}, got);
    }

    @Test
    void onePartIsItselfAndMismatchesAreNamed() {
        Node a = longs(new long[] {2, 3}, 0);
        assertSame(a, Nodes.concatenate(0, a));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Nodes.concatenate(0, a, longs(new long[] {2, 4}, 0)));
        assertEquals("all the input array dimensions except for the concatenation axis must match exactly, but along dimension 1, "
                + "the array at index 0 has size 3 and the array at index 1 has size 4", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Nodes.concatenate(0, a, Nodes.elementwise(Op.CAST, DType.FLOAT64, a)));
    }
}
