package org.ndjit;

import org.ndjit.engine.MemoryPool;
import org.ndjit.ir.Buffer;
import org.ndjit.ir.OffsetIterator;
import org.ndjit.ir.Shapes;
import org.ndjit.ir.StridedArray;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/** Copies between nested Java arrays (1-D to 4-D, any primitive element type) and buffers. */
final class JavaArrays {
    private JavaArrays() {}

    /** The shape of a nested primitive array, rejecting ragged nesting with NumPy's wording. */
    static long[] shapeOf(Object nested) {
        List<Long> dims = new ArrayList<>();
        Object level = nested;
        while (level != null && level.getClass().isArray()) {
            int n = Array.getLength(level);
            dims.add((long) n);
            if (!level.getClass().getComponentType().isArray() || n == 0) break;
            level = Array.get(level, 0);
        }
        long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
        checkRectangular(nested, shape, 0);
        return shape;
    }

    private static void checkRectangular(Object level, long[] shape, int depth) {
        if (level == null) throw new IllegalArgumentException("a nested Java array contains null at depth " + depth);
        if (Array.getLength(level) != shape[depth]) {
            throw new IllegalArgumentException("setting an array element with a sequence. The requested array has an inhomogeneous shape after "
                    + depth + " dimensions. The detected shape was " + Shapes.tuple(java.util.Arrays.copyOf(shape, depth))
                    + " + inhomogeneous part.");
        }
        if (depth + 1 < shape.length) {
            for (int i = 0; i < shape[depth]; i++) checkRectangular(Array.get(level, i), shape, depth + 1);
        }
    }

    /** Copies the elements of a nested primitive array, in C order, into a new buffer. */
    static Buffer copy(Object nested, DType dtype, long[] shape) {
        Buffer buffer = MemoryPool.shared().buffer(dtype, Shapes.size(shape), false); // fill() writes every element
        long[] next = {0};
        fill(nested, shape.length, buffer, next);
        return buffer;
    }

    private static void fill(Object level, int depth, Buffer out, long[] next) {
        if (depth > 1) {
            for (int i = 0, n = Array.getLength(level); i < n; i++) fill(Array.get(level, i), depth - 1, out, next);
            return;
        }
        switch (level) {
            case double[] a -> { for (double v : a) out.setDouble(next[0]++, v); }
            case float[] a -> { for (float v : a) out.setDouble(next[0]++, v); }
            case long[] a -> { for (long v : a) out.setLong(next[0]++, v); }
            case int[] a -> { for (int v : a) out.setLong(next[0]++, v); }
            case short[] a -> { for (short v : a) out.setLong(next[0]++, v); }
            case byte[] a -> { for (byte v : a) out.setLong(next[0]++, v); }
            case boolean[] a -> { for (boolean v : a) out.setBool(next[0]++, v); }
            default -> throw new IllegalArgumentException("unsupported Java array element type: " + level.getClass().getComponentType());
        }
    }

    /** The element type of a nested primitive array (its innermost component). */
    static DType dtypeOf(Object nested) {
        Class<?> c = nested.getClass();
        while (c.isArray()) c = c.getComponentType();
        if (c == double.class) return DType.FLOAT64;
        if (c == float.class) return DType.FLOAT32;
        if (c == long.class) return DType.INT64;
        if (c == int.class) return DType.INT32;
        if (c == boolean.class) return DType.BOOL;
        if (c == short.class) return DType.INT16;
        if (c == byte.class) return DType.INT8;
        throw new IllegalArgumentException("unsupported Java array element type: " + c);
    }

    /** The elements in C order as a new Java array of the given primitive type. */
    static Object flat(StridedArray a, Class<?> elementType) {
        long size = a.size();
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("array of " + size + " elements is too large for a Java array (at most 2^31 - 9)");
        }
        int n = (int) size;
        Object out = Array.newInstance(elementType, n);
        if (n == 0) return out;
        Buffer b = a.buffer();
        OffsetIterator it = new OffsetIterator(a.layout());
        boolean isFloat = a.dtype().isFloat();
        for (int i = 0; i < n; i++) {
            long at = it.next();
            if (elementType == double.class) ((double[]) out)[i] = b.getDouble(at);
            else if (elementType == float.class) ((float[]) out)[i] = (float) b.getDouble(at);
            else if (elementType == long.class) ((long[]) out)[i] = isFloat ? (long) b.getDouble(at) : b.getLong(at);
            else if (elementType == int.class) ((int[]) out)[i] = isFloat ? (int) b.getDouble(at) : (int) b.getLong(at);
            else if (elementType == short.class) ((short[]) out)[i] = isFloat ? (short) b.getDouble(at) : (short) b.getLong(at);
            else if (elementType == byte.class) ((byte[]) out)[i] = isFloat ? (byte) b.getDouble(at) : (byte) b.getLong(at);
            else ((boolean[]) out)[i] = isFloat ? b.getDouble(at) != 0 : b.getLong(at) != 0;
        }
        return out;
    }

    /** Copies a bool array's elements, in C order, into {@code out} (of its size). */
    static void copyInto(StridedArray a, boolean[] out) {
        Buffer b = a.buffer();
        OffsetIterator it = new OffsetIterator(a.layout());
        for (int i = 0; i < out.length; i++) out[i] = b.getBool(it.next());
    }

    /**
     * The elements as nested Java arrays of the dtype's natural type (double[][] for a 2-D float64, say):
     * an unsigned dtype gives the signed Java type of its width holding its bits (byte[] for uint8, the
     * Java convention for image bytes), float16 gives float[] (exact).
     */
    static Object nested(StridedArray a) {
        Class<?> element = switch (a.dtype()) {
            case FLOAT64 -> double.class;
            case FLOAT32, FLOAT16 -> float.class;
            case INT64, UINT64 -> long.class;
            case INT32, UINT32 -> int.class;
            case INT16, UINT16 -> short.class;
            case INT8, UINT8 -> byte.class;
            case BOOL -> boolean.class;
        };
        Object flat = flat(a, element);
        long[] shape = a.shape();
        if (shape.length <= 1) return flat;
        return split(flat, shape, 0, new int[] {0});
    }

    private static Object split(Object flat, long[] shape, int depth, int[] pos) {
        if (depth == shape.length - 1) {
            Object row = Array.newInstance(flat.getClass().getComponentType(), (int) shape[depth]);
            System.arraycopy(flat, pos[0], row, 0, (int) shape[depth]);
            pos[0] += (int) shape[depth];
            return row;
        }
        Object[] rows = new Object[(int) shape[depth]];
        for (int i = 0; i < rows.length; i++) rows[i] = split(flat, shape, depth + 1, pos);
        Class<?> rowType = rowType(flat.getClass().getComponentType(), shape.length - depth - 1);
        Object out = Array.newInstance(rowType, rows.length);
        for (int i = 0; i < rows.length; i++) Array.set(out, i, rows[i]);
        return out;
    }

    private static Class<?> rowType(Class<?> element, int rank) {
        Class<?> c = element;
        for (int i = 0; i < rank; i++) c = c.arrayType();
        return c;
    }
}
