package org.ndjit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * Runs that mix the two kinds of array memory: a large operand or result in native memory with small
 * operands held in Java arrays (the pool's arrays of up to 64 KB), as views at offsets and reversed.
 * The vector loop's copies by kind of memory cover all-array runs and array outputs; these take the
 * general copy, and must give the plain Java loop's results.
 */
class MixedMemoryKindsTest {
    private static final int ROWS = 300, COLS = 301;

    @Test
    void aSmallBroadcastRowInAJavaArrayAndALargeNativeMatrix() {
        double[][] x = new double[ROWS][COLS];
        double[] b = new double[COLS + 2];
        java.util.Random rnd = new java.util.Random(5);
        for (double[] row : x) for (int j = 0; j < COLS; j++) row[j] = rnd.nextGaussian();
        for (int j = 0; j < b.length; j++) b[j] = rnd.nextGaussian();
        NDArray bias = Np.array(b).get("2:");                        // a view at an offset into a 2.4 KB Java array
        NDArray result = Np.array(x).add(bias).mul(2.0).maximum(0.0); // 722 KB: native memory
        double[] expected = new double[ROWS * COLS];
        for (int i = 0; i < ROWS; i++) for (int j = 0; j < COLS; j++) expected[i * COLS + j] = Math.max((x[i][j] + b[j + 2]) * 2.0, 0.0);
        assertArrayEquals(expected, result.toDoubleArray());
        double[] rowSums = new double[ROWS];
        NDArray sums = Np.array(x).sub(bias.get("::-1")).sum(1);     // a reversed view, summed along rows
        for (int i = 0; i < ROWS; i++) for (int j = 0; j < COLS; j++) rowSums[i] += x[i][j] - b[COLS + 1 - j];
        assertArrayEquals(rowSums, sums.toDoubleArray(), 1e-10); // 301 terms of about 1.4: a plain sum is within 301 * 2^-52 * 30 of either order
    }

    @Test
    void twoSmallJavaArraysMakingALargeNativeOuterProduct() {
        double[] a = new double[400], c = new double[500];
        for (int i = 0; i < a.length; i++) a[i] = i * 0.25 - 7;
        for (int j = 0; j < c.length; j++) c[j] = 3 - j * 0.125;
        NDArray outer = Np.array(a).reshape(400, 1).mul(Np.array(c)).add(1.0); // 1.6 MB: native memory
        double[] expected = new double[a.length * c.length];
        for (int i = 0; i < a.length; i++) for (int j = 0; j < c.length; j++) expected[i * c.length + j] = a[i] * c[j] + 1.0;
        assertArrayEquals(expected, outer.toDoubleArray());
    }
}
