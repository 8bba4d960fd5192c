package org.ndjit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sorting, scan and order-statistics API: NumPy's error texts for the mistakes its fixtures do
 * not cover, the plans (a routine step, then everything that reads it fused), the same answer at
 * every parallelism, and the column-statistics example of the README.
 */
class OrderStatisticsApiTest {

    private static void assertMessage(String expected, Runnable call) {
        RuntimeException e = assertThrows(RuntimeException.class, call::run);
        assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + e.getMessage());
    }

    @Test
    void mistakesGetNumpysWords() {
        NDArray v = Np.array(3.0, 1.0, 2.0);
        assertMessage("axis 1 is out of bounds for array of dimension 1", () -> v.sort(1));
        assertMessage("axis -1 is out of bounds for array of dimension 0", () -> Np.scalar(1.0).argsort());
        assertMessage("kth(=3) out of bounds (3)", () -> v.partition(3));
        assertMessage("'cubic' is not a valid method. Use one of:", () -> v.quantile(0.5, null, "cubic"));
        assertMessage("Quantiles must be in the range [0, 1]", () -> v.quantile(Double.NaN));
        assertMessage("Percentiles must be in the range [0, 100]", () -> v.percentile(100.5));
        assertMessage("side must be 'left' or 'right' (got 'middle')", () -> v.searchsorted(v, "middle"));
        assertMessage("object too deep for desired array", () -> Np.searchsorted(Np.ones(2, 2), v, "left"));
        assertMessage("diff requires input that is at least one dimensional", () -> Np.scalar(1.0).diff());
        assertMessage("order must be non-negative but got -1", () -> v.diff(-1, 0));
        assertMessage("'list' argument must have no negative elements", () -> Np.bincount(Np.array(1L, -2L)));
        assertMessage("bins must be monotonically increasing or decreasing", () -> Np.digitize(v, Np.array(1.0, 3.0, 2.0)));
    }

    @Test
    void theMedianOfAnEmptySliceIsNaNAsInNumPy() {
        // np.median(np.array([])) is nan; along an axis of length 0 every position is nan; ints give float64.
        assertTrue(Double.isNaN(Np.zeros(0).median().itemDouble()));
        NDArray columns = Np.zeros(0, 3).median(0);
        assertArrayEquals(new long[] {3}, columns.shape());
        for (double d : columns.toDoubleArray()) assertTrue(Double.isNaN(d));
        assertArrayEquals(new long[] {0}, Np.zeros(0, 3).median(1).shape());
        assertEquals(DType.FLOAT64, Np.zeros(DType.INT64, 2, 0).median(1).dtype());
        assertEquals(DType.FLOAT32, Np.zeros(DType.FLOAT32, 0).median().dtype());
    }

    @Test
    void whatReadsARoutineIsFused() {
        NDArray m = Np.array(new double[][] {{0, 1, 2, 3}, {4, 5, 6, 7}, {8, 9, 10, 11}});
        String plan = m.percentile(90, 1).explain();
        assertTrue(plan.startsWith("plan: 2 kernels, 1 intermediate\nkernel 0: t0 f64[3,2] = partition (line routine)\n"), plan);
        assertTrue(plan.contains("fuses: not_equal, subtract, multiply, subtract, where"), plan);
        String scan = m.cumsum(1).div(m.sum(1, true)).explain();
        assertTrue(scan.contains("= cumsum (line routine)"), scan);
        assertTrue(scan.contains("fuses: divide"), scan);
        assertEquals("[[0.         0.16666667 0.5        1.        ]\n [0.18181818 0.40909091 0.68181818 1.        ]\n"
                + " [0.21052632 0.44736842 0.71052632 1.        ]]", m.cumsum(1).div(m.sum(1, true)).toString());
        String diff = m.diff().mul(2).explain();
        assertTrue(diff.startsWith("plan: 1 kernel, 0 intermediates"), diff);
    }

    @Test
    void rowsSortTheSameOnOneThreadAndOnSeveral() {
        NDArray x = Np.random(3).rand(64, 5000).mul(10).floor().eval(); // ties in every row
        long[] several = x.argsort(1).toLongArray();
        double[] sortedSeveral = x.sort(1).toDoubleArray(), mediansSeveral = x.median(1).toDoubleArray();
        String old = System.getProperty("ndjit.parallelism");
        System.setProperty("ndjit.parallelism", "1");
        try {
            NDArray y = x.add(0.0); // a new graph: nothing computed above is reused
            assertArrayEquals(several, y.argsort(1).toLongArray());
            assertArrayEquals(sortedSeveral, y.sort(1).toDoubleArray());
            assertArrayEquals(mediansSeveral, y.median(1).toDoubleArray());
        } finally {
            if (old == null) System.clearProperty("ndjit.parallelism");
            else System.setProperty("ndjit.parallelism", old);
        }
    }

    @Test
    void columnStatisticsReadLikeNumpy() {
        NDArray table = Np.array(new double[][] {{23, 51_000}, {35, 64_000}, {31, 58_500}, {52, 120_000}, {46, 87_000}});
        NDArray age = table.get(":, 0"), income = table.get(":, 1");
        assertEquals("35.0", age.median().toString());
        assertEquals("106800.0", income.percentile(90).toString());
        assertEquals("[ 54000. 106800.]", income.percentile(new double[] {10, 90}, null, "linear").toString());
        assertEquals("[3.5e+01 6.4e+04]", table.median(0).toString());
        Histogram ages = Np.histogram(age, 3);
        assertEquals("[2 1 2]", ages.counts().toString());
        assertEquals("[23.         32.66666667 42.33333333 52.        ]", ages.binEdges().toString());
    }
}
