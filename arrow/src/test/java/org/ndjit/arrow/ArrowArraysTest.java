package org.ndjit.arrow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.complex.FixedSizeListVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ndjit.NDArray;
import org.ndjit.Np;
import org.ndjit.DType;

/** Arrow to NDArray to a fused expression to Arrow, with values, dtypes, nulls and zero copy checked. */
class ArrowArraysTest {
    private final BufferAllocator allocator = new RootAllocator();

    @AfterEach
    void allMemoryGivenBack() {
        assertEquals(0, allocator.getAllocatedMemory(), "Arrow memory still allocated after the test closed its vectors");
        allocator.close();
    }

    private Float8Vector float8(double... values) {
        Float8Vector v = new Float8Vector("x", allocator);
        v.allocateNew(values.length);
        for (int i = 0; i < values.length; i++) v.set(i, values[i]);
        v.setValueCount(values.length);
        return v;
    }

    @Test
    void float64RoundTripThroughAFusedExpression() {
        double[] x = new double[1000];
        for (int i = 0; i < x.length; i++) x[i] = i * 0.25 - 40;
        try (Float8Vector in = float8(x)) {
            NDArray a = ArrowArrays.view(in);
            assertEquals(DType.FLOAT64, a.dtype());
            assertEquals("(1000,)", a.shapeString());
            try (FieldVector out = ArrowArrays.toArrow(Np.maximum(0, a.mul(2).add(1)).sqrt(), "y", allocator)) {
                Float8Vector y = assertInstanceOf(Float8Vector.class, out);
                assertEquals(x.length, y.getValueCount());
                assertEquals(0, y.getNullCount());
                for (int i = 0; i < x.length; i++) assertEquals(Math.sqrt(Math.max(0, x[i] * 2 + 1)), y.get(i), "element " + i);
                assertEquals("y", y.getName());
            }
        }
    }

    @Test
    void theArrayReadsArrowsMemoryInPlace() {
        try (Float8Vector in = float8(1, 2, 3, 4)) {
            NDArray a = ArrowArrays.view(in);
            in.set(2, 100); // written after the view was made and before anything read it
            assertArrayEquals(new double[] {1, 2, 100, 4}, a.toDoubleArray());
            assertEquals(107.0, a.sum().itemDouble());
        }
    }

    @Test
    void resultsAreComputedIntoTheVectorsDataBuffer() {
        try (Float8Vector in = float8(1, 2, 3); FieldVector out = ArrowArrays.toArrow(ArrowArrays.view(in).mul(10), "y", allocator)) {
            Float8Vector y = (Float8Vector) out;
            NDArray back = ArrowArrays.view(y); // and the exported vector is viewed in place again
            y.set(0, -1);
            assertArrayEquals(new double[] {-1, 20, 30}, back.toDoubleArray());
        }
    }

    @Test
    void float32Int64AndInt32KeepTheirDtypes() {
        try (Float4Vector f = new Float4Vector("f", allocator); BigIntVector l = new BigIntVector("l", allocator);
             IntVector i = new IntVector("i", allocator)) {
            f.allocateNew(3);
            l.allocateNew(3);
            i.allocateNew(3);
            for (int k = 0; k < 3; k++) {
                f.set(k, k + 0.5f);
                l.set(k, (1L << 40) + k);
                i.set(k, -k);
            }
            f.setValueCount(3);
            l.setValueCount(3);
            i.setValueCount(3);
            NDArray fa = ArrowArrays.view(f), la = ArrowArrays.view(l), ia = ArrowArrays.view(i);
            assertEquals(DType.FLOAT32, fa.dtype());
            assertEquals(DType.INT64, la.dtype());
            assertEquals(DType.INT32, ia.dtype());
            try (FieldVector fo = ArrowArrays.toArrow(fa.mul(2), "f2", allocator);
                 FieldVector lo = ArrowArrays.toArrow(la.add(ia), "sum", allocator);
                 FieldVector io = ArrowArrays.toArrow(ia.mul(3), "i3", allocator)) {
                assertEquals(3.0f, ((Float4Vector) fo).get(1));
                assertEquals((1L << 40) + 2 - 2, ((BigIntVector) lo).get(2));
                assertEquals(-6, ((IntVector) io).get(2));
            }
        }
    }

    @Test
    void nullsAreRejectedWithTheirCountAndFirstIndex() {
        try (Float8Vector in = float8(1, 2, 3, 4)) {
            in.setNull(2);
            var e = assertThrows(IllegalArgumentException.class, () -> ArrowArrays.view(in));
            assertEquals("Arrow vector 'x' has 1 null of 4 values (the first at index 2); NDArrays have no nulls: "
                    + "read it with a fill value, ArrowArrays.view(vector, fill)", e.getMessage());
        }
    }

    @Test
    void nullsReadWithAFillValue() {
        try (Float8Vector in = float8(1, 2, 3, 4); BigIntVector l = new BigIntVector("l", allocator)) {
            in.setNull(1);
            assertArrayEquals(new double[] {1, Double.NaN, 3, 4}, ArrowArrays.view(in, Double.NaN).toDoubleArray());
            l.allocateNew(3);
            l.set(0, 7);
            l.setNull(1);
            l.set(2, 9);
            l.setValueCount(3);
            NDArray filled = ArrowArrays.view(l, -1L);
            assertEquals(DType.INT64, filled.dtype());
            assertArrayEquals(new long[] {7, -1, 9}, filled.toLongArray());
            assertEquals(DType.FLOAT64, ArrowArrays.view(l, 0.5).dtype()); // np.where(valid, int64, 0.5)
        }
    }

    @Test
    void bitVectorsAreUnpackedToBool() {
        try (BitVector b = new BitVector("b", allocator)) {
            b.allocateNew(10);
            for (int i = 0; i < 10; i++) b.set(i, i % 3 == 0 ? 1 : 0);
            b.setValueCount(10);
            NDArray a = ArrowArrays.view(b);
            assertEquals(DType.BOOL, a.dtype());
            assertEquals(4, a.astype(DType.INT64).sum().itemLong());
            b.setNull(3);
            assertThrows(IllegalArgumentException.class, () -> ArrowArrays.view(b));
            assertArrayEquals(new boolean[] {true, false, false, true, false, false, true, false, false, true},
                    ArrowArrays.view(b, true).toBooleanArray());
            assertArrayEquals(new boolean[] {true, false, false, false, false, false, true, false, false, true},
                    ArrowArrays.view(b, false).toBooleanArray());
            try (FieldVector out = ArrowArrays.toArrow(a.not(), "nb", allocator)) {
                BitVector nb = assertInstanceOf(BitVector.class, out);
                assertEquals(0, nb.get(0));
                assertEquals(1, nb.get(1));
                assertEquals(0, nb.getNullCount());
            }
        }
    }

    @Test
    void fixedSizeListsAreRowsOfA2dArray() {
        try (FixedSizeListVector lists = FixedSizeListVector.empty("m", 4, allocator)) {
            Float8Vector values = (Float8Vector) lists.addOrGetVector(FieldType.notNullable(new ArrowType.FloatingPoint(
                    org.apache.arrow.vector.types.FloatingPointPrecision.DOUBLE))).getVector();
            lists.setInitialCapacity(3);
            lists.allocateNew();
            for (int r = 0; r < 3; r++) {
                lists.setNotNull(r);
                for (int c = 0; c < 4; c++) values.setSafe(r * 4 + c, r * 10 + c);
            }
            values.setValueCount(12);
            lists.setValueCount(3);
            NDArray m = ArrowArrays.view(lists);
            assertEquals("(3, 4)", m.shapeString());
            assertArrayEquals(new double[] {6, 46, 86}, m.sum(1).toDoubleArray());
            try (FieldVector out = ArrowArrays.toArrow(m.sub(m.mean(0)), "centered", allocator)) {
                FixedSizeListVector centered = assertInstanceOf(FixedSizeListVector.class, out);
                assertEquals(3, centered.getValueCount());
                assertEquals(4, centered.getListSize());
                assertEquals(java.util.List.of(-10.0, -10.0, -10.0, -10.0), centered.getObject(0));
                assertEquals(java.util.List.of(10.0, 10.0, 10.0, 10.0), centered.getObject(2));
            }
        }
    }

    @Test
    void unsupportedVectorsAndArraysAreNamed() {
        try (SmallIntVector s = new SmallIntVector("s", allocator)) {
            s.allocateNew(1);
            s.setValueCount(1);
            var e = assertThrows(IllegalArgumentException.class, () -> ArrowArrays.view(s));
            assertTrue(e.getMessage().startsWith("no NDArray view of an Arrow SmallIntVector ('s', Int(16, true))"), e.getMessage());
        }
        var e = assertThrows(IllegalArgumentException.class, () -> ArrowArrays.toArrow(Np.zeros(2, 2, 2), "z", allocator));
        assertTrue(e.getMessage().startsWith("no Arrow vector for an array of shape (2, 2, 2) and dtype float64"), e.getMessage());
    }

    @Test
    void emptyVectors() {
        try (Float8Vector in = float8()) {
            NDArray a = ArrowArrays.view(in);
            assertEquals("(0,)", a.shapeString());
            try (FieldVector out = ArrowArrays.toArrow(a.add(1), "e", allocator)) {
                assertEquals(0, out.getValueCount());
            }
        }
    }
}
