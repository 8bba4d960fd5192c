package org.ndjit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Integer-array indexing, functional updates and the nonzero family on small examples whose answers
 * were taken from NumPy 2.4.6 (the printed Python expression is beside each one); the fixtures of
 * {@link FancyFixturesTest} and the properties of {@link FancyIndexProperties} cover them widely.
 */
class AdvancedIndexTest {
    private static final NDArray A = Np.arange(24).reshape(2, 3, 4);
    private static final NDArray M = Np.arange(12).reshape(3, 4).astype(org.ndjit.DType.FLOAT64);

    @Test
    void picksRowsAndPlacesIndexDimensionsAsNumpyDoes() {
        assertArrayEquals(new long[] {12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11},
                A.get(Np.array(new long[] {1, 0})).toLongArray()); // a[[1, 0]]
        assertArrayEquals(new long[] {9, 1, 21, 13}, A.get(":", new long[] {2, 0}, 1).toLongArray()); // a[:, [2, 0], 1]
        NDArray separated = A.get(0, ":", new long[] {1, 2}); // a[0, :, [1, 2]]: the array's dimension first
        assertArrayEquals(new long[] {2, 3}, separated.shape());
        assertArrayEquals(new long[] {1, 5, 9, 2, 6, 10}, separated.toLongArray());
        assertArrayEquals(new long[] {0, 4, 8, 15, 19, 23}, A.get(new long[] {0, 1}, ":", new long[] {0, 3}).toLongArray());
        assertArrayEquals(new long[] {2, 3, 1}, A.get("...", new long[] {-1}).shape());
    }

    @Test
    void readmeExamplesReadNaturally() {
        NDArray logp = M;
        NDArray y = Np.array(new long[] {1, 3, 0});
        assertArrayEquals(new double[] {1, 7, 8}, logp.get(Np.arange(3), y).toDoubleArray()); // logp[np.arange(n), y]
        NDArray centers = Np.array(new double[][] {{0, 0}, {10, 10}});
        NDArray labels = Np.array(new long[] {1, 0, 1});
        assertArrayEquals(new double[] {10, 10, 0, 0, 10, 10}, centers.get(labels).toDoubleArray()); // centers[labels]
    }

    @Test
    void setAndAddAtAreNumpysAssignments() {
        assertArrayEquals(new double[] {-1, 1, 2, 3, -1, 5, 6, 7, -1, 9, 10, 11}, M.set(":, 0", -1).toDoubleArray());
        NDArray repeated = M.set(new Object[] {new long[] {0, 0, 2}, new long[] {1, 1, 3}}, Np.array(new double[] {5, 6, 7}));
        assertArrayEquals(new double[] {0, 6, 2, 3, 4, 5, 6, 7, 8, 9, 10, 7}, repeated.toDoubleArray()); // last write wins
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5, 0, 0, 0, 0, 0, 0}, M.set(M.gt(5), 0.0).toDoubleArray());
        assertArrayEquals(new double[] {0, 9, 2, 9, 4, 5, 6, 7, 8, 9, 10, 9}, M.set("::2, 1::2", 9).toDoubleArray());
        assertArrayEquals(new double[] {2, 0, 1}, Np.addAt(Np.zeros(3), Np.array(new long[] {0, 0, 2}), 1.0).toDoubleArray());
        assertArrayEquals(new double[] {0, 1, 2, 3}, M.get(0).toDoubleArray()); // M itself is unchanged
    }

    @Test
    void nonzeroFamily() {
        NDArray x = Np.array(new long[][] {{0, 1}, {2, 0}});
        NDArray[] nz = Np.nonzero(x);
        assertArrayEquals(new long[] {0, 1}, nz[0].toLongArray());
        assertArrayEquals(new long[] {1, 0}, nz[1].toLongArray());
        assertArrayEquals(new long[] {0, 1, 1, 0}, Np.argwhere(x).toLongArray());
        assertArrayEquals(new long[] {1, 2}, Np.flatnonzero(x).toLongArray());
        assertEquals(2L, Np.countNonzero(x).item());
        assertArrayEquals(new long[] {1, 1}, Np.countNonzero(x, 0).toLongArray());
        assertArrayEquals(new long[] {1, 2}, x.get(Np.nonzero(x)).toLongArray()); // a[np.nonzero(a)] is a[a != 0]
    }

    @Test
    void errorsHaveNumpysWording() {
        assertEquals("index 5 is out of bounds for axis 1 with size 3",
                assertThrows(IndexOutOfBoundsException.class, () -> A.get(":", new long[] {5}).toLongArray()).getMessage());
        assertEquals("shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (3,)",
                assertThrows(IndexOutOfBoundsException.class, () -> A.get(new long[] {0, 1}, new long[] {0, 1, 2})).getMessage());
        assertEquals("shape mismatch: value array of shape (3,3,4) could not be broadcast to indexing result of shape (2,3,4)",
                assertThrows(IllegalArgumentException.class, () -> A.set(new long[] {0, 1}, Np.zeros(3, 3, 4))).getMessage());
    }

    @Test
    void aGatherReadOnlyByItsResultIsItsOwnStep() {
        NDArray x = Np.array(new double[] {1, 2, 3, 4}), idx = Np.array(new long[] {3, 0, 3});
        String plan = x.get(idx).explain();
        assertEquals(true, plan.contains("f64[3] = take (gather loop)"), plan);
        assertArrayEquals(new double[] {4, 1, 4}, x.get(idx).toDoubleArray());
    }
}
