package org.ndjit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The NumPy walkthrough, with NumPy's printed results (NumPy 2.4.6). */
class WalkthroughTest {
    @Test
    void shapes() {
        assertEquals("(5,)", Np.array(new long[] {1, 2, 3, 4, 5}).shapeString());
        assertEquals("(3, 3)", Np.array(new long[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}).shapeString());
        assertEquals("(10, 28, 28)", Np.zeros(10, 28, 28).shapeString());
    }

    @Test
    void scalarAndBroadcastAddition() {
        assertEquals("[11 12 13 14 15]", Np.array(new long[] {1, 2, 3, 4, 5}).add(10).toString());
        NDArray m = Np.array(new long[][] {{1, 2, 3}, {4, 5, 6}});
        assertEquals("[[11 22 33]\n [14 25 36]]", m.add(Np.array(new long[] {10, 20, 30})).toString());
    }

    @Test
    void denseLayer() {
        Random rng = Np.random(7);
        NDArray x = rng.randn(5, 3), w = rng.randn(3, 4), b = rng.randn(4);
        NDArray out = Np.maximum(0, x.matmul(w).add(b));
        assertArrayEquals(new long[] {5, 4}, out.shape());
        double[] xs = x.toDoubleArray(), ws = w.toDoubleArray(), bs = b.toDoubleArray(), got = out.toDoubleArray();
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 4; j++) {
                double z = bs[j];
                for (int k = 0; k < 3; k++) z += xs[i * 3 + k] * ws[k * 4 + j];
                assertEquals(Math.max(0, z), got[i * 4 + j], 1e-12);
            }
        }
    }

    @Test
    void squaresOfAMillion() {
        long[] sq = Np.arange(1_000_000).pow(2).toLongArray();
        assertEquals(1_000_000, sq.length);
        assertEquals(999_999L * 999_999L, sq[999_999]);
        assertEquals(12345L * 12345L, sq[12345]);
    }
}
