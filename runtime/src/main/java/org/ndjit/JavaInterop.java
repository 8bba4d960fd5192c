package org.ndjit;

import java.math.BigInteger;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Arrays from Java collections and to Java matrices: the bodies of {@code Np.array(Collection)} and
 * {@code NDArray.toDoubleMatrix()} and their kin.
 */
final class JavaInterop {
    private JavaInterop() {}

    /**
     * An array of the numbers in iteration order: int64 when every one is an integer type (Byte,
     * Short, Integer, Long, their atomic kin, BigInteger within int64), else float64, as NumPy's
     * {@code np.array([1, 2])} and {@code np.array([1, 2.5])}; an empty collection is float64, as
     * {@code np.array([])}.
     */
    static NDArray fromNumbers(Collection<? extends Number> values) {
        if (values == null) throw new IllegalArgumentException("cannot make an array from null");
        Number[] numbers = values.toArray(Number[]::new);
        boolean integers = numbers.length > 0;
        for (int i = 0; i < numbers.length; i++) {
            if (numbers[i] == null) throw new IllegalArgumentException("cannot make an array from a collection whose element " + i + " is null");
            integers &= integral(numbers[i]);
        }
        if (integers) {
            long[] longs = new long[numbers.length];
            for (int i = 0; i < longs.length; i++) longs[i] = numbers[i] instanceof BigInteger b ? b.longValueExact() : numbers[i].longValue();
            return Np.array(longs);
        }
        double[] doubles = new double[numbers.length];
        for (int i = 0; i < doubles.length; i++) doubles[i] = numbers[i].doubleValue();
        return Np.array(doubles);
    }

    private static boolean integral(Number n) {
        if (n instanceof BigInteger b) {
            if (b.bitLength() > 63) throw new ArithmeticException("Python int too large to convert to C long: " + b);
            return true;
        }
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte || n instanceof AtomicLong || n instanceof AtomicInteger;
    }

    /** The rows of a 2-d array's elements (flat, in C order, of {@code rows * cols}) as a Java matrix. */
    static Object rows(NDArray a, String method, Class<?> elementType, java.util.function.Supplier<Object> flat) {
        long[] shape = a.shape();
        if (shape.length != 2) {
            throw new IllegalArgumentException(method + "() needs a 2-d array, not one of shape " + org.ndjit.ir.Shapes.tuple(shape));
        }
        Object values = flat.get();
        int rows = (int) shape[0], cols = (int) shape[1];
        Object matrix = java.lang.reflect.Array.newInstance(values.getClass(), rows);
        for (int r = 0; r < rows; r++) {
            Object row = java.lang.reflect.Array.newInstance(elementType, cols);
            System.arraycopy(values, r * cols, row, 0, cols);
            java.lang.reflect.Array.set(matrix, r, row);
        }
        return matrix;
    }
}
