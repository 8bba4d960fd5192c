package org.ndjit.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ndjit.NDArray;
import org.ndjit.Np;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ndjit.spark.SameBits.assertSame;

/** Row filters, element masks and where against the single-machine library's {@code x.get(mask)}, at 1, 2 and 7 partitions. */
class RowSelectionsTest {
    private static final JavaSparkContext SC = LocalSpark.context();

    /**
     * More than two chunks of rows: kept rows start partitions off chunk boundaries, so chunks straddle
     * them; at 2 partitions (split at row 65,536) the second holds the end of a chunk, a whole chunk and the last.
     */
    private static final NDArray X = Np.random(21).randn(150_001, 3).mul(1e3).add(0.25).eval();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void keptRowsAndTheirReductionsAreTheSingleMachinesBitForBit(int partitions) {
        NDArray local = X.get(X.get(":, 0").gt(-2_000.0));
        DistributedArray kept = DistributedArray.of(SC, X, partitions).filterRows(b -> b.get(":, 0").gt(-2_000.0));
        assertArrayEquals(local.shape(), kept.shape());
        assertEquals(partitions, kept.numPartitions());
        assertEquals(local.shape()[0], kept.rowRange(partitions - 1)[1]);
        assertSame(local, kept.collect(), "x[x[:, 0] > -2000]");
        assertSame(local.sum(0), kept.sum(0), "sum(0) of the kept rows");
        assertSame(local.sum(), kept.sum(), "sum() of the kept rows");
        assertSame(local.mean(0), kept.mean(0), "mean(0)");
        assertSame(local.var(0), kept.var(0), "var(0)");
        assertSame(local.std(new int[] {0}, false, 1), kept.std(0, 1), "std(0, ddof=1)");
        assertSame(local.argmax(0), kept.argmax(0), "argmax(0)");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void elementMasksAndWhereAreTheSingleMachines(int partitions) {
        DistributedArray x = DistributedArray.of(SC, X, partitions);
        NDArray elements = X.get(X.gt(0.0));
        DistributedArray selected = x.select(b -> b.gt(0.0));
        assertArrayEquals(elements.shape(), selected.shape());
        assertSame(elements, selected.collect(), "x[x > 0], in C order");
        assertSame(elements.sum(0), selected.sum(0), "x[x > 0].sum(0)");
        assertSame(elements.var(0), selected.var(0), "x[x > 0].var(0): 1-d blocks");
        assertSame(elements.argmin(0), selected.argmin(0), "x[x > 0].argmin(0): 0-d answers per block");
        assertSame(X.get(X.gt(0.0)).astype(org.ndjit.DType.FLOAT32).sum(), selected.map(b -> b.astype(org.ndjit.DType.FLOAT32)).sum(), "float32 sum()");
        assertSame(Np.countNonzero(elements), selected.countNonzero(), "count_nonzero(x[x > 0])");
        NDArray masked = Np.where(X.gt(0.0), X, 0.0);
        assertSame(masked.sum(0), x.where(b -> b.gt(0.0), 0.0).sum(0), "where(x > 0, x, 0).sum(0)");
    }

    @Test
    void aFilterThatKeepsNothingGivesTheLibrarysEmptyResults() {
        DistributedArray none = DistributedArray.of(SC, X, 3).filterRows(b -> b.get(":, 0").gt(1e9));
        assertArrayEquals(new long[] {0, 3}, none.shape());
        NDArray empty = X.get(X.get(":, 0").gt(1e9));
        assertSame(empty.sum(0), none.sum(0), "sum(0) of no rows");
        assertSame(empty.any(0), none.any(0), "any(0) of no rows");
        assertThrows(IllegalArgumentException.class, () -> none.argmax(0));
    }

    @Test
    void badMasksFailOnTheDriverWithTheirShapes() {
        DistributedArray x = DistributedArray.of(SC, X, 2);
        IllegalArgumentException notBool = assertThrows(IllegalArgumentException.class, () -> x.select(b -> b.get(":, 0")));
        assertTrue(notBool.getMessage().contains("a mask must be bool"), notBool.getMessage());
        IllegalArgumentException perElement = assertThrows(IllegalArgumentException.class, () -> x.filterRows(b -> b.gt(0.0)));
        assertTrue(perElement.getMessage().contains("filterRows needs one bool per row"), perElement.getMessage());
        Exception wrongShape = assertThrows(Exception.class, () -> x.select(b -> b.get(":, :2").gt(0.0)));
        assertTrue(wrongShape.getMessage().contains("boolean index did not match"), wrongShape.getMessage());
    }
}
