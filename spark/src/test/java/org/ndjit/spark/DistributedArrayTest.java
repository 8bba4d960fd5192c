package org.ndjit.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.NDArray;
import org.ndjit.Np;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ndjit.spark.SameBits.assertSame;

/** Distributed results against the single-machine library's, at 1, 2 and 7 partitions. */
class DistributedArrayTest {
    private static final JavaSparkContext SC = LocalSpark.context();

    /** 7 partitions of at least 65,536 rows each: every split here starts partitions on chunk boundaries. */
    private static final NDArray ALIGNED = Np.random(11).randn(7 * 65_536 + 1_001, 3).mul(1e3).add(0.25).eval();
    private static final NDArray SMALL = Np.random(12).randn(1_003, 5).eval();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void blocksKnowTheirRowsAndCollectToTheArray(int partitions) {
        DistributedArray x = DistributedArray.of(SC, SMALL, partitions);
        assertArrayEquals(new long[] {1_003, 5}, x.shape());
        assertEquals(DType.FLOAT64, x.dtype());
        assertEquals(partitions, x.numPartitions());
        assertEquals(0, x.rowRange(0)[0]);
        assertEquals(1_003, x.rowRange(partitions - 1)[1]);
        for (int i = 1; i < partitions; i++) assertEquals(x.rowRange(i - 1)[1], x.rowRange(i)[0]);
        assertSame(SMALL, x.collect(), "collect");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void elementwiseWorkWithBroadcastOperandsIsTheLocalResultBitForBit(int partitions) {
        NDArray mu = SMALL.mean(0), sigma = SMALL.std(0);
        DistributedArray z = DistributedArray.of(SC, SMALL, partitions).sub(mu).div(sigma).map(NDArray::tanh).mul(2.0).exp();
        assertSame(SMALL.sub(mu).div(sigma).tanh().mul(2.0).exp(), z.collect(), "exp(2 tanh((x - mu) / sigma))");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void rowWiseWorkStaysDistributedAndIsTheLocalResultBitForBit(int partitions) {
        NDArray w = Np.random(3).randn(5, 4);
        DistributedArray x = DistributedArray.of(SC, SMALL, partitions);
        assertSame(SMALL.sum(1), x.sumWithinRows(1).collect(), "sum(axis=1)");
        NDArray e = SMALL.matmul(w).sub(SMALL.matmul(w).max(1, true)).exp();
        assertSame(e.div(e.sum(1, true)), x.matmul(w).softmax(1).collect(), "softmax(x @ w)");
        assertSame(SMALL.div(SMALL.square().sum(1, true).sqrt()), x.map(b -> b.div(b.square().sum(1, true).sqrt())).collect(), "rows over their L2 norms");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void floatSumsAndMeansAreTheSingleMachinesBitForBitWhenPartitionsStartOnChunks(int partitions) {
        DistributedArray x = DistributedArray.of(SC, ALIGNED, partitions).cache();
        for (int i = 0; i < partitions; i++) assertEquals(0, x.rowRange(i)[0] % 65_536, "partition " + i + " starts on a chunk");
        assertSame(ALIGNED.sum(), x.sum(), "sum()");
        assertSame(ALIGNED.sum(0), x.sum(0), "sum(0)");
        assertSame(ALIGNED.mean(0), x.mean(0), "mean(0)");
        assertSame(ALIGNED.square().sum(0), x.square().sum(0), "sum(x**2, 0)");
        NDArray f32 = ALIGNED.astype(DType.FLOAT32);
        DistributedArray y = x.map(b -> b.astype(DType.FLOAT32));
        assertSame(f32.sum(0), y.sum(0), "float32 sum(0)");
        assertSame(f32.mean(0), y.mean(0), "float32 mean(0)");
        assertSame(f32.sum(), y.sum(), "float32 sum()");
        NDArray ints = ALIGNED.astype(DType.INT64);
        assertSame(ints.mean(0), x.map(b -> b.astype(DType.INT64)).mean(0), "int64 mean(0): a float sum too");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void integerSumsMinimaAndMaximaAreExactAtEverySplit(int partitions) {
        NDArray big = SMALL.mul(4e18).astype(DType.INT64); // sums wrap around
        DistributedArray x = DistributedArray.of(SC, big, partitions);
        assertSame(big.sum(), x.sum(), "int64 sum()");
        assertSame(big.sum(0), x.sum(0), "int64 sum(0)");
        NDArray withNan = SMALL.div(SMALL.gt(2.5).astype(DType.FLOAT64).mul(SMALL)); // NaN where x <= 2.5 is 0/0... and inf
        DistributedArray n = DistributedArray.of(SC, withNan, partitions);
        assertSame(withNan.max(0), n.max(0), "max(0) with NaN");
        assertSame(SMALL.min(0), DistributedArray.of(SC, SMALL, partitions).min(0), "min(0)");
        assertSame(big.astype(DType.INT32).max(0), DistributedArray.of(SC, big.astype(DType.INT32), partitions).max(0), "int32 max(0)");
    }

    @Test
    void sumsOfSplitsOffChunkBoundariesAreTheSingleMachinesToo() {
        NDArray big = ALIGNED.get(":200003");
        DistributedArray x = DistributedArray.of(SC, big, 7); // 28,571 rows each: chunks straddle partitions
        assertSame(big.sum(0), x.sum(0), "sum(0)");
        assertSame(big.mean(0), x.mean(0), "mean(0)");
        assertSame(big.sum(), x.sum(), "sum(): partitions start off chunks of elements");
    }

    @Test
    void shapeErrorsAreTheLibrarysAndRaisedOnTheDriver() {
        DistributedArray x = DistributedArray.of(SC, SMALL, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> x.sub(Np.ones(4)));
        assertTrue(e.getMessage().contains("operands could not be broadcast together"), e.getMessage());
        IllegalArgumentException rows = assertThrows(IllegalArgumentException.class, () -> x.map(b -> b.sum(0)));
        assertTrue(rows.getMessage().startsWith("a function of blocks must keep their rows"), rows.getMessage());
        IllegalArgumentException axis = assertThrows(IllegalArgumentException.class, () -> x.sum(1));
        assertTrue(axis.getMessage().contains("sumWithinRows"), axis.getMessage());
    }
}
