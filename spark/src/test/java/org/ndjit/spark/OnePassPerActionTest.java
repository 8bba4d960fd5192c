package org.ndjit.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ndjit.NDArray;
import org.ndjit.Np;

import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ndjit.spark.SameBits.assertSame;

/**
 * Each action reads each block of its source once (one job, one pass per block), counted by an
 * accumulator in the source's blocks; arrays kept in executor memory are read there until unpersisted.
 */
class OnePassPerActionTest {
    private static final JavaSparkContext SC = LocalSpark.context();
    /** One chunk of rows, which straddles the partitions at 2 and 7. */
    private static final NDArray X = Np.random(41).randn(20_001, 3).mul(1e3).add(1e4).eval();

    private final LongAccumulator reads = SC.sc().longAccumulator("blocks read");

    /** {@code X} in {@code partitions} blocks, each counted in {@link #reads} when a task reads it. */
    private DistributedArray counted(int partitions) {
        DistributedArray x = DistributedArray.of(SC, X, partitions);
        LongAccumulator counter = reads;
        return DistributedArray.over(SC, x.source().map(b -> {
            counter.add(1);
            return b;
        }), x.ranges(), X.dtype(), X.shape(), x.firstRow(), null);
    }

    /** {@code action}'s result, after checking that it read {@code blocks} blocks. */
    private <T> T reading(long blocks, String what, Supplier<T> action) {
        reads.reset();
        T result = action.get();
        assertEquals(blocks, reads.value(), what + ": blocks read");
        return result;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void varAndStdReadEachBlockOnceAndAreTheSingleMachinesBitForBit(int partitions) {
        DistributedArray x = counted(partitions).mul(0.5);
        NDArray local = X.mul(0.5);
        assertSame(local.var(0), reading(partitions, "var(0)", () -> x.var(0)), "var(0)");
        assertSame(local.std(new int[] {0}, false, 1), reading(partitions, "std(0, 1)", () -> x.std(0, 1)), "std(0, ddof=1)");
    }

    @Test
    void everyOtherActionReadsEachBlockOnce() {
        int partitions = 7;
        DistributedArray x = counted(partitions).mul(0.5);
        NDArray local = X.mul(0.5);
        assertSame(local.sum(0), reading(partitions, "sum(0)", () -> x.sum(0)), "sum(0)");
        assertSame(local.sum(), reading(partitions, "sum()", () -> x.sum()), "sum()");
        assertSame(local.mean(0), reading(partitions, "mean(0)", () -> x.mean(0)), "mean(0)");
        assertSame(local.argmax(0), reading(partitions, "argmax(0)", () -> x.argmax(0)), "argmax(0)");
        assertSame(local.argmin(0), reading(partitions, "argmin(0)", () -> x.argmin(0)), "argmin(0)");
        assertSame(local.max(0), reading(partitions, "max(0)", () -> x.max(0)), "max(0)");
        assertSame(local.gt(5e3).all(0), reading(partitions, "all(0)", () -> x.map(b -> b.gt(5e3)).all(0)), "all(0)");
        assertSame(local, reading(partitions, "collect()", x::collect), "collect()");
    }

    @Test
    void aFilterReadsEachBlockOnceAndItsActionsReadTheKeptRowsUntilUnpersisted() {
        int partitions = 7; // RowSelectionsTest checks the kept rows' values at 1, 2 and 7
        NDArray local = X.get(X.get(":, 1").gt(1e4));
        int persistedBefore = SC.getPersistentRDDs().size();
        DistributedArray kept = reading(partitions, "filterRows", () -> counted(partitions).filterRows(b -> b.get(":, 1").gt(1e4)));
        assertEquals(persistedBefore + 1, SC.getPersistentRDDs().size(), "the kept rows are persisted");
        assertSame(local.var(0), reading(0, "var(0) of the kept rows", () -> kept.var(0)), "var(0) of the kept rows");
        assertSame(local.argmax(0), reading(0, "argmax(0) of the kept rows", () -> kept.argmax(0)), "argmax(0) of the kept rows");
        DistributedArray doubled = kept.mul(2.0);
        doubled.unpersist(); // releases the blocks it reads, which are kept's
        assertEquals(persistedBefore, SC.getPersistentRDDs().size(), "unpersisted");
        assertSame(local.mul(2.0).sum(0), reading(partitions, "sum(0) after unpersist: the filter again", () -> doubled.sum(0)), "sum(0) after unpersist");
    }

    @Test
    void aCachedArrayIsComputedOnceAndReadFromMemoryUntilUnpersisted() {
        int persistedBefore = SC.getPersistentRDDs().size();
        DistributedArray cached = counted(7).map(NDArray::sqrt).cache();
        NDArray local = X.sqrt();
        assertSame(local.var(0), reading(7, "var(0), computing the cache", () -> cached.var(0)), "var(0) of the cached array");
        assertSame(local.var(0), reading(0, "var(0) from the cache", () -> cached.var(0)), "var(0) from the cache");
        cached.unpersist();
        assertEquals(persistedBefore, SC.getPersistentRDDs().size(), "unpersisted");
        assertSame(local.argmin(0), reading(7, "argmin(0) after unpersist", () -> cached.argmin(0)), "argmin(0) after unpersist");
        DistributedArray.of(SC, X, 2).unpersist(); // nothing kept: nothing to do
    }
}
