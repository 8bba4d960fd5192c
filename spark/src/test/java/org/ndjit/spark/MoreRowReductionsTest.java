package org.ndjit.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ndjit.DType;
import org.ndjit.NDArray;
import org.ndjit.Np;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ndjit.spark.SameBits.assertSame;

/** var, std, argmax, argmin, prod, any, all and counts over the rows against the single-machine library's, at 1, 2 and 7 partitions. */
class MoreRowReductionsTest {
    private static final JavaSparkContext SC = LocalSpark.context();

    /** One chunk of rows, which straddles the partitions at 2 and 7 (RowSelectionsTest has whole chunks beside shared ones). */
    private static final NDArray X = Np.random(31).randn(30_003, 3).mul(1e3).add(1e4).eval();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void varianceAndStandardDeviationAreTheSingleMachinesBitForBit(int partitions) {
        DistributedArray x = DistributedArray.of(SC, X, partitions);
        assertSame(X.var(0), x.var(0), "var(0)");
        assertSame(X.std(new int[] {0}, false, 1), x.std(0, 1), "std(0, ddof=1)");
        NDArray f32 = X.astype(DType.FLOAT32);
        assertSame(f32.var(0), x.map(b -> b.astype(DType.FLOAT32)).var(0), "float32 var(0)");
        NDArray ints = X.astype(DType.INT32);
        assertSame(ints.std(0), x.map(b -> b.astype(DType.INT32)).std(0), "int32 std(0): float64");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void argmaxAndArgminTakeTheFirstNanOrTheFirstExtremeAcrossPartitions(int partitions) {
        // 1,001 rows: at 7 partitions, row 10 is in partition 0, rows 500 and 990 in partitions 3 and 6.
        double[][] rows = new double[1_001][4];
        for (int i = 0; i < rows.length; i++) rows[i] = new double[] {i % 97, -(i % 89), Math.sin(i), i};
        rows[990][0] = 96; rows[500][0] = 96;                       // ties with row 96's max: the first wins
        rows[500][2] = Double.NaN; rows[990][2] = Double.NaN;       // the first NaN wins over every value
        rows[10][3] = Double.NaN; rows[990][3] = Double.NaN;
        NDArray local = Np.array(rows);
        DistributedArray x = DistributedArray.of(SC, local, partitions);
        assertSame(local.argmax(0), x.argmax(0), "argmax(0)");
        assertSame(local.argmin(0), x.argmin(0), "argmin(0)");
        NDArray ints = local.get(":, :2").astype(DType.INT64);
        assertSame(ints.argmax(0), x.map(b -> b.get(":, :2").astype(DType.INT64)).argmax(0), "int64 argmax(0)");
        assertSame(ints.argmin(0), x.map(b -> b.get(":, :2").astype(DType.INT64)).argmin(0), "int64 argmin(0)");
        assertEquals(10, x.argmax(0).toLongArray()[3], "the first NaN");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void productsAnyAllAndCounts(int partitions) {
        NDArray ints = X.astype(DType.INT64); // products wrap around
        DistributedArray x = DistributedArray.of(SC, X, partitions);
        assertSame(ints.prod(0), x.map(b -> b.astype(DType.INT64)).prod(0), "int64 prod(0), wrapping");
        NDArray near1 = X.sub(1e4).div(1e7).add(1.0);
        double[] local = near1.prod(0).toDoubleArray(), distributed = x.sub(1e4).div(1e7).add(1.0).prod(0).toDoubleArray();
        for (int j = 0; j < local.length; j++) assertEquals(local[j], distributed[j], Math.abs(local[j]) * 1e-13, "float prod(0), column " + j);
        NDArray sparse = X.sub(1e4).gt(2_500.0);
        DistributedArray s = x.map(b -> b.sub(1e4).gt(2_500.0));
        assertSame(sparse.any(0), s.any(0), "any(0)");
        assertSame(sparse.all(0), s.all(0), "all(0)");
        NDArray withNan = X.sub(1e4).gt(0.0).astype(DType.FLOAT64).mul(Double.NaN); // NaN and 0 * NaN: NaN is non-zero
        assertSame(withNan.any(0), x.map(b -> b.sub(1e4).gt(0.0).astype(DType.FLOAT64).mul(Double.NaN)).any(0), "any(0) with NaN");
        assertSame(Np.countNonzero(sparse, 0), s.countNonzero(0), "count_nonzero(axis=0)");
        assertSame(Np.countNonzero(sparse), s.countNonzero(), "count_nonzero()");
    }

    @Test
    void badDdofAndAxesFailOnTheDriver() {
        DistributedArray x = DistributedArray.of(SC, X.get(":3"), 2);
        IllegalArgumentException ddof = assertThrows(IllegalArgumentException.class, () -> x.var(0, 3));
        assertTrue(ddof.getMessage().contains("ddof 3") && ddof.getMessage().contains("[3, 3]"), ddof.getMessage());
        IllegalArgumentException axis = assertThrows(IllegalArgumentException.class, () -> x.argmax(1));
        assertTrue(axis.getMessage().contains("argmax(1) reduces within rows"), axis.getMessage());
    }
}
