package org.ndjit;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Java collections, streams and matrices in and out, and the reflected scalar operators; answers as NumPy 2.4 gives them. */
class JavaInteropTest {
    @Test
    void equalsContentComparesDtypeShapeAndValuesWhileEqualsStaysIdentity() {
        NDArray a = Np.array(1.0, Double.NaN, -0.0), same = Np.array(1.0, Double.NaN, 0.0);
        assertTrue(a.equalsContent(same), "NaN equals NaN, -0.0 equals 0.0 (as ==)");
        assertTrue(!a.equalsContent(Np.array(1.0f, Float.NaN, 0.0f)), "float32 against float64");
        assertTrue(!a.equalsContent(Np.array(1.0, Double.NaN)), "shapes differ");
        assertTrue(!a.equalsContent(Np.array(1.0, 2.0, 0.0)), "a value differs");
        assertTrue(Np.arange(6).reshape(2, 3).equalsContent(Np.arange(6).reshape(2, 3)));
        assertTrue(!Np.arange(6).reshape(2, 3).equalsContent(Np.arange(6).reshape(3, 2)));
        assertTrue(!a.equals(same), "equals is identity");
    }

    @Test
    void collectionsOfIntegersAreInt64AndAnyOtherNumberMakesFloat64() {
        NDArray ints = Np.array(List.of(1, 2L, (short) 3, BigInteger.valueOf(4)));
        assertEquals(DType.INT64, ints.dtype());
        assertArrayEquals(new long[] {1, 2, 3, 4}, ints.toLongArray());
        NDArray mixed = Np.array(List.of(1, 2.5));
        assertEquals(DType.FLOAT64, mixed.dtype());
        assertArrayEquals(new double[] {1, 2.5}, mixed.toDoubleArray());
        NDArray empty = Np.array(List.<Double>of());
        assertEquals(DType.FLOAT64, empty.dtype());
        assertArrayEquals(new long[] {0}, empty.shape());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Np.array(java.util.Arrays.asList(1.0, null)));
        assertTrue(e.getMessage().contains("element 1 is null"), e.getMessage());
        assertThrows(ArithmeticException.class, () -> Np.array(List.of(BigInteger.TWO.pow(63))));
    }

    @Test
    void streamsKeepTheirJavaType() {
        assertEquals(DType.FLOAT64, Np.array(DoubleStream.of(1, 2)).dtype());
        assertEquals(DType.INT64, Np.array(LongStream.range(0, 3)).dtype());
        NDArray i = Np.array(IntStream.rangeClosed(1, 4));
        assertEquals(DType.INT32, i.dtype());
        assertArrayEquals(new int[] {1, 2, 3, 4}, i.toIntArray());
    }

    @Test
    void matricesComeOutRowByRowAndOtherShapesAreRefused() {
        NDArray m = Np.array(new long[][] {{1, 5, 2}, {7, 0, 3}});
        assertArrayEquals(new double[][] {{1, 5, 2}, {7, 0, 3}}, m.toDoubleMatrix());
        assertArrayEquals(new long[][] {{1, 5, 2}, {7, 0, 3}}, m.toLongMatrix());
        assertArrayEquals(new int[][] {{1, 7}, {5, 0}, {2, 3}}, m.transpose().toIntMatrix());
        assertArrayEquals(new float[][] {{1.5f}}, Np.array(new double[][] {{1.5}}).toFloatMatrix());
        assertEquals(0, Np.zeros(0, 3).toDoubleMatrix().length);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Np.arange(6).reshape(1, 2, 3).toDoubleMatrix());
        assertEquals("toDoubleMatrix() needs a 2-d array, not one of shape (1, 2, 3)", e.getMessage());
    }

    @Test
    void reflectedOperatorsPutTheScalarOnTheLeftAndKeepIntegerDtypes() {
        NDArray a = Np.array(1L, 2L, 3L);
        NDArray oneMinus = a.rsub(1L);
        assertEquals(DType.INT64, oneMinus.dtype());
        assertArrayEquals(new long[] {0, -1, -2}, oneMinus.toLongArray());
        assertEquals(DType.INT32, Np.array(3, 4).rsub(1L).dtype());
        NDArray powers = a.rpow(2L);
        assertEquals(DType.INT64, powers.dtype());
        assertArrayEquals(new long[] {2, 4, 8}, powers.toLongArray());
        NDArray d = Np.array(2L, 3L, -4L);
        assertArrayEquals(new long[] {3, 2, -2}, d.rfloorDiv(7L).toLongArray());
        assertArrayEquals(new long[] {1, 1, -1}, d.rmod(7L).toLongArray());
        assertEquals(DType.FLOAT64, a.rdiv(1L).dtype());
        assertArrayEquals(new double[] {2.5, 5, 7.5}, a.rmul(2.5).toDoubleArray());
        assertArrayEquals(new long[] {11, 12, 13}, a.radd(10L).toLongArray());
        assertArrayEquals(new double[] {1.5, -0.5}, Np.array(2.0, -2.0).rmod(7.5).toDoubleArray());
        assertArrayEquals(new double[] {3.5, 2.5}, Np.array(2.0, 3.0).rfloorDiv(7.5).add(Np.array(0.5, 0.5)).toDoubleArray());
        assertArrayEquals(new double[] {0.25, 0.125}, Np.array(2.0, 3.0).rpow(0.5).toDoubleArray());
        assertArrayEquals(new double[] {8, 7}, Np.array(2.0, 3.0).rsub(10.0).toDoubleArray());
        assertArrayEquals(new double[] {12, 13}, Np.array(2.0, 3.0).radd(10.0).toDoubleArray());
        assertArrayEquals(new long[] {6, 9}, Np.array(2L, 3L).rmul(3L).toLongArray());
    }

    @Test
    void theFreeFunctionFormsEqualTheMethods() {
        NDArray m = Np.array(new long[][] {{3, 1, 2}, {9, 7, 8}});
        assertArrayEquals(new long[] {3, 4, 6, 15, 22, 30}, Np.cumsum(m, null).toLongArray());
        assertArrayEquals(m.cumprod(0).toLongArray(), Np.cumprod(m, 0).toLongArray());
        assertArrayEquals(new long[] {-2, 1, -2, 1}, Np.diff(m, 1, 1).toLongArray());
        assertArrayEquals(m.partition(1, 1).toLongArray(), Np.partition(m, 1, 1).toLongArray());
        assertArrayEquals(new long[] {3, 7}, Np.diagonal(m, 0, 0, 1).toLongArray());
        assertArrayEquals(Np.dot(m, m.transpose()).toLongArray(), m.dot(m.transpose()).toLongArray());
        assertArrayEquals(new long[] {14, 50, 50, 194}, m.dot(m.transpose()).toLongArray());
    }

    @Test
    void theTypedIndexBuilderSaysWhatTheStringFormSays() {
        NDArray m = Np.arange(12).reshape(3, 4);
        assertArrayEquals(m.get(":, 1").toLongArray(), m.get(Index.all(), Index.at(1)).toLongArray());
        assertArrayEquals(m.get("1:3, ::2").toLongArray(), m.get(Index.slice(1, 3), Index.slice(null, null, 2)).toLongArray());
        assertArrayEquals(m.get("::-1, 0").toLongArray(), m.get(Index.slice(null, null, -1L), Index.at(0)).toLongArray());
        assertArrayEquals(new long[] {3, 1, 4}, m.get(Index.all(), Index.newAxis(), Index.all()).shape());
        assertArrayEquals(m.get("..., 3").toLongArray(), m.get(Index.ellipsis(), Index.at(3)).toLongArray());
        assertArrayEquals(new long[] {5, 6}, m.get(Index.at(1), Index.slice(1, 3)).toLongArray());
    }

    @Test
    void boolScalarsWeakScalarsOnEitherSideAndArgExtremesWithKeptDims() {
        NDArray b = Np.array(true, false);
        assertArrayEquals(new boolean[] {true, false}, b.and(true).toBooleanArray());
        assertArrayEquals(new boolean[] {true, true}, b.or(true).toBooleanArray());
        // np.where with Python bools, which are weak: the array's dtype stays (NumPy 2.4: int8, float32, bool).
        NDArray c = Np.array(true, false, true), i8 = Np.array(new byte[] {1, 2, 3});
        assertEquals(DType.INT8, Np.where(c, i8, true).dtype());
        assertArrayEquals(new long[] {1, 1, 3}, Np.where(c, i8, true).toLongArray());
        assertEquals(DType.FLOAT32, Np.where(c, false, Np.array(1f, 2f, 3f)).dtype());
        assertArrayEquals(new double[] {0, 2, 0}, Np.where(c, false, Np.array(1f, 2f, 3f)).toDoubleArray());
        assertArrayEquals(new boolean[] {true, true, false}, Np.where(c, Np.array(true, false, false), true).toBooleanArray());
        assertEquals(DType.BOOL, Np.where(c, true, false).dtype());
        assertArrayEquals(new boolean[] {true, false, true}, Np.where(c, true, false).toBooleanArray());
        assertArrayEquals(new double[] {0, 0.5}, Np.minimum(0.5, Np.array(0.0, 1.0)).toDoubleArray());
        assertArrayEquals(new double[] {0, 0.5}, Np.minimum(Np.array(0.0, 1.0), 0.5).toDoubleArray());
        assertArrayEquals(new double[] {0.5, 1}, Np.maximum(Np.array(0.0, 1.0), 0.5).toDoubleArray());
        NDArray m = Np.array(new long[][] {{1, 5, 2}, {7, 0, 3}});
        NDArray max = m.argmax(true), min = m.argmin(true);
        assertArrayEquals(new long[] {1, 1}, max.shape());
        assertArrayEquals(new long[] {3}, max.toLongArray());
        assertArrayEquals(new long[] {4}, min.toLongArray());
        assertArrayEquals(new long[] {}, m.argmax(false).shape());
    }
}
