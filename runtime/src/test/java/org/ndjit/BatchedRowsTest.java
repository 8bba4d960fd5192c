package org.ndjit;

import org.ndjit.engine.KernelRunner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.ndjit.CodegenEdgeSupport.assertNone;
import static org.ndjit.CodegenEdgeSupport.matchesReference;
import static org.ndjit.TailsAndStridesTest.values;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Elementwise loops over short rows (at most 64 elements) with a broadcast row or column run a batch
 * of rows per kernel call, the broadcast operand's values staged in a block of the batch's shape
 * (BatchedRows): results equal the reference bit for bit at row lengths 1 to 65 (65 runs a call per
 * row), row counts inside one batch and over several (1,024 elements a batch), a row, a column and a
 * scalar broadcast together, mixed dtypes, comparisons, NaN, infinities and signed zeros, an output
 * that is a region of a wider array (not batched), and rows split over two threads.
 */
class BatchedRowsTest {
    private static final int[] LENGTHS = {1, 7, 8, 64, 65};

    /**
     * Row counts for rows of n elements: inside one batch, and two full batches and part of a third
     * (a batch is the rows of KernelRunner.BLOCK, 1,024, elements), so no case runs more elements than that
     * needs: each kernel is new and runs its vector class cold (3,000 rows at every length took 18 s).
     */
    private static int[] rowCounts(int n) {
        int batch = Math.max(1, 1024 / n);
        return new int[] {2, 2 * batch + batch / 2 + 1};
    }

    @Test
    void batchedRowsEqualTheReference() {
        List<String> failures = new ArrayList<>();
        long before = KernelRunner.batchedRowLoops();
        for (DType d : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.FLOAT16, DType.INT32, DType.INT8, DType.UINT16, DType.BOOL}) {
            for (int n : LENGTHS) {
                for (int rows : rowCounts(n)) {
                    NDArray x = values(d, rows * n, 17L * n + rows).reshape(rows, n);
                    NDArray row = values(d, n, n + 1L).reshape(1, n), column = values(d, rows, rows + 2L).reshape(rows, 1);
                    String where = d + " (" + rows + ", " + n + ")";
                    matchesReference(x.add(row), where + " + row", failures);
                    matchesReference(x.mul(column), where + " * column", failures);
                    matchesReference(x.maximum(row).sub(column.astype(DType.FLOAT32)), where + " max(row) - float32 column", failures);
                    matchesReference(row.add(column), where + " row + column", failures);
                    matchesReference(x.gt(row).and(column.ne(0L)), where + " comparisons", failures);
                }
            }
        }
        assertTrue(KernelRunner.batchedRowLoops() > before, "no loop ran batched");
        NDArray wide = Np.zeros(DType.FLOAT64, 300, 12);
        NDArray x = values(DType.FLOAT64, 300 * 8, 5).reshape(300, 8), row = values(DType.FLOAT64, 8, 6);
        matchesReference(wide.set(":, 2:10", x.sub(row)), "into a region of a wider array", failures);
        FusionRegressionTest.withParallelism("2", () -> {
            // 40,000 x 8 elements: over 2 x Parallel.MIN_PART, so rows are split between threads.
            NDArray big = values(DType.FLOAT64, 40_000 * 8, 7).reshape(40_000, 8);
            matchesReference(big.sub(big.get("3:4")).div(big.get(":, 5:6")), "(40000, 8) on two threads", failures);
        });
        assertNone(failures);
    }


}
