package org.ndjit;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Creation, conversion to Java arrays and printing of the dtypes of issue 17. The printed texts are
 * NumPy 2.4.6's {@code str()} of the same arrays.
 */
class SmallDtypesTest {
    @Test
    void unsignedFromJavaArraysOfTheSameWidthTakeTheBits() {
        NDArray u8 = Np.array(new byte[] {(byte) 250, 3, 7}, DType.UINT8);
        assertEquals("[250   3   7]", u8.toString());
        assertArrayEquals(new long[] {250, 3, 7}, u8.toLongArray());
        assertArrayEquals(new byte[] {(byte) 250, 3, 7}, u8.toByteArray());
        NDArray u64 = Np.array(new long[] {0, -1}, DType.UINT64);
        assertEquals("[                   0 18446744073709551615]", u64.toString());
        assertEquals("18446744073709551615", u64.max().toString());
        assertEquals(1.8446744073709552e19, u64.astype(DType.FLOAT64).toDoubleArray()[1]);
        assertEquals("[[-128    5]\n [ 127   -1]]", Np.array(new byte[][] {{-128, 5}, {127, -1}}, DType.INT8).toString());
        assertEquals(DType.INT16, Np.array(new short[] {1, 2}).dtype());
        // Other dtypes: NumPy's cast of the Java values.
        assertArrayEquals(new long[] {255, 44}, Np.array(new int[] {-1, 300}, DType.UINT8).toLongArray());
    }

    @Test
    void arangeWithADtypeWrapsAfterAStartThatFits() {
        assertArrayEquals(new long[] {250, 251, 252, 253, 254, 255, 0, 1, 2, 3}, Np.arange(250, 260, 1, DType.UINT8).toLongArray());
        assertEquals("Python integer -3 out of bounds for uint8",
                assertThrows(IllegalArgumentException.class, () -> Np.arange(-3, 3, 1, DType.UINT8)).getMessage());
    }

    /** NumPy's float fill (values from NumPy 2.4.6): start + i * (second - first) in float32, not each value rounded. */
    @Test
    void floatRangesWithADtypeAreNumpysFill() {
        assertArrayEquals(new float[] {2048, 2048, 2048}, Np.arange(2048, 2051, 1, DType.FLOAT16).toFloatArray());
        assertArrayEquals(new float[] {16777216, 16777218, 16777220, 16777222, 16777224}, Np.arange(16777217, 16777222, 1, DType.FLOAT32).toFloatArray());
        assertArrayEquals(new float[] {0, 1, 2, 3}, Np.arange(0, 4, 1, DType.FLOAT16).toFloatArray());
        float inf = Float.POSITIVE_INFINITY, nan = Float.NaN;
        assertArrayEquals(new float[] {inf, inf, nan, nan}, Np.arange(69511, 69511 + 35 * 4, 35, DType.FLOAT16).toFloatArray());
        assertArrayEquals(new boolean[] {false, true}, Np.arange(0, 4, 2, DType.BOOL).toBooleanArray());
        assertEquals("arange() is only supported for booleans when the result has at most length 2.",
                assertThrows(IllegalArgumentException.class, () -> Np.arange(0, 3, 1, DType.BOOL)).getMessage());
    }

    @Test
    void float16ValuesRoundOnceAndPrintTheirShortestDigits() {
        NDArray h = Np.full(new long[] {3}, 0.1, DType.FLOAT16);
        assertEquals(0.0999755859375, h.toDoubleArray()[0]);
        assertEquals("[0.09997559 0.09997559 0.09997559]", h.astype(DType.FLOAT32).toString());
        assertEquals("[0.1 0.1 0.1]", h.toString()); // NumPy's str(): float16's own shortest digits (NarrowDtypeFixturesTest has more)
    }

    /** NumPy 2.4's answers: np.loadtxt(..., dtype=...) parses each field into the dtype, out-of-range integers are errors. */
    @Test
    void loadtxtReadsTheNewDtypes(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path p = dir.resolve("x.txt");
        Files.writeString(p, "1 2\n3 255\n");
        NDArray u8 = Np.loadtxt(p, TextOptions.defaults().dtype(DType.UINT8));
        assertEquals(DType.UINT8, u8.dtype());
        assertEquals("[[  1   2]\n [  3 255]]", u8.toString());
        Files.writeString(p, "18446744073709551615 1\n");
        assertEquals("[18446744073709551615                    1]", Np.loadtxt(p, TextOptions.defaults().dtype(DType.UINT64)).toString());
        Files.writeString(p, "0.1 65519 -1.5\n");
        assertEquals("[ 1.00e-01  6.55e+04 -1.50e+00]", Np.loadtxt(p, TextOptions.defaults().dtype(DType.FLOAT16)).toString());
        Files.writeString(p, "-1 2\n");
        assertEquals("[-1  2]", Np.loadtxt(p, TextOptions.defaults().dtype(DType.INT8)).toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Np.loadtxt(p, TextOptions.defaults().dtype(DType.UINT8)));
        assertEquals("could not convert string '-1' to uint8 at row 0, column 1.", e.getMessage());
        Files.writeString(p, "1 300\n");
        e = assertThrows(IllegalArgumentException.class, () -> Np.loadtxt(p, TextOptions.defaults().dtype(DType.INT8)));
        assertEquals("could not convert string '300' to int8 at row 0, column 2.", e.getMessage());
    }
}
