package org.ndjit.arrow;

import java.lang.foreign.MemorySegment;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.FixedWidthVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.complex.FixedSizeListVector;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.ndjit.NDArray;
import org.ndjit.DType;

/** {@link ArrowArrays#toArrow}: NDArrays computed into new Arrow vectors. */
final class ArrowExport {
    private ArrowExport() {}

    static FieldVector toArrow(NDArray array, String name, BufferAllocator allocator) {
        DType dtype = array.dtype();
        if (array.ndim() == 1 && dtype == DType.BOOL) return bits(array, name, allocator);
        if (array.ndim() == 1) {
            FieldVector vector = newVector(array, name, allocator);
            try {
                fill(array, (FixedWidthVector) vector, Math.toIntExact(array.size()));
                return vector;
            } catch (RuntimeException e) {
                vector.close();
                throw e;
            }
        }
        if (array.ndim() == 2 && dtype != DType.BOOL) return rows(array, name, allocator);
        throw unsupported(array);
    }

    /** Arrow's memory at {@code address}, {@code bytes} long, readable and writable from any thread. */
    static MemorySegment segment(long address, long bytes) {
        return bytes == 0 ? MemorySegment.ofArray(new byte[0]) : MemorySegment.ofAddress(address).reinterpret(bytes);
    }

    private static FieldVector newVector(NDArray array, String name, BufferAllocator allocator) {
        return switch (array.dtype()) {
            case FLOAT64 -> new Float8Vector(name, allocator);
            case FLOAT32 -> new Float4Vector(name, allocator);
            case INT64 -> new BigIntVector(name, allocator);
            case INT32 -> new IntVector(name, allocator);
            default -> throw unsupported(array);
        };
    }

    /** Computes {@code array} into the data buffer of {@code vector}, which gets {@code n} values, all valid. */
    private static void fill(NDArray array, FixedWidthVector vector, int n) {
        vector.allocateNew(n);
        ArrowBuf data = vector.getDataBuffer();
        array.into(segment(data.memoryAddress(), (long) n * array.dtype().itemSize()));
        setAllValid(vector.getValidityBuffer(), n);
        vector.setValueCount(n);
    }

    private static FieldVector rows(NDArray array, String name, BufferAllocator allocator) {
        long[] shape = array.shape();
        int rows = Math.toIntExact(shape[0]), width = Math.toIntExact(shape[1]);
        FixedSizeListVector lists = FixedSizeListVector.empty(name, width, allocator);
        try {
            var values = (FixedWidthVector) lists.addOrGetVector(FieldType.notNullable(arrowType(array))).getVector();
            lists.setInitialCapacity(rows);
            lists.allocateNew();
            fill(array, values, Math.multiplyExact(rows, width));
            setAllValid(lists.getValidityBuffer(), rows);
            lists.setValueCount(rows);
            return lists;
        } catch (RuntimeException e) {
            lists.close();
            throw e;
        }
    }

    private static ArrowType arrowType(NDArray array) {
        return switch (array.dtype()) {
            case FLOAT64 -> new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
            case FLOAT32 -> new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE);
            case INT64 -> new ArrowType.Int(64, true);
            case INT32 -> new ArrowType.Int(32, true);
            default -> throw unsupported(array);
        };
    }

    private static FieldVector bits(NDArray array, String name, BufferAllocator allocator) {
        boolean[] values = array.toBooleanArray();
        BitVector vector = new BitVector(name, allocator);
        vector.allocateNew(values.length);
        for (int i = 0; i < values.length; i++) vector.set(i, values[i] ? 1 : 0);
        vector.setValueCount(values.length);
        return vector;
    }

    private static IllegalArgumentException unsupported(NDArray array) {
        return new IllegalArgumentException("no Arrow vector for an array of shape " + array.shapeString() + " and dtype " + array.dtype()
                + ": 1-d arrays of float64, float32, int64, int32 and bool, and 2-d arrays of the four numeric dtypes, are exported");
    }

    private static void setAllValid(ArrowBuf validity, int n) {
        for (int i = 0; i < n / 8; i++) validity.setByte(i, 0xFF);
        for (int i = n / 8 * 8; i < n; i++) validity.setByte(i / 8, validity.getByte(i / 8) | (1 << (i % 8)));
    }
}
