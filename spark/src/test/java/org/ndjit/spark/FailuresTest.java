package org.ndjit.spark;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.NDArray;
import org.ndjit.Np;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ndjit.spark.SameBits.assertSame;

/** An error in one block fails the job naming its rows; a task that fails once is retried with the same result. */
class FailuresTest {
    private static final JavaSparkContext SC = LocalSpark.context();

    @Test
    void integerDivisionByZeroInOneBlockNamesTheBlocksRows() {
        NDArray x = Np.arange(700).reshape(100, 7); // row 60 holds 420..426: x - 423 is 0 at row 60 only
        DistributedArray q = DistributedArray.of(SC, x, 7).map(b -> b.floorDiv(b.sub(423)));
        Exception e = assertThrows(Exception.class, q::sum);
        String m = e.getMessage();
        assertTrue(m.contains("org.ndjit.spark.BlockFailure: rows [57, 71) (partition 4)"), m);
        assertTrue(m.contains("division by zero"), m);
    }

    @Test
    void anErrorInTheFirstRowFailsVarNamingThatRow() {
        NDArray x = Np.arange(700).reshape(100, 7); // row 0 holds 0..6: x // x divides by zero there only
        DistributedArray q = DistributedArray.of(SC, x, 3).map(b -> b.floorDiv(b));
        Exception e = assertThrows(Exception.class, () -> q.var(0));
        String m = e.getMessage();
        assertTrue(m.contains("row 0, by which var shifts every block") && m.contains("division by zero"), m);
    }

    @Test
    void aTaskThatFailsOnceIsRetriedAndGivesTheSameResult() {
        NDArray x = Np.random(5).randn(2_000, 6).eval();
        DistributedArray flaky = DistributedArray.of(SC, x, 2).map(b -> {
            TaskContext task = TaskContext.get(); // null on the driver, which applies the function to an empty block
            if (task != null && task.partitionId() == 1 && task.attemptNumber() == 0) throw new IllegalStateException("injected failure, first attempt");
            return b;
        });
        DistributedArray steady = DistributedArray.of(SC, x, 2);
        assertSame(steady.exp().sum(0), flaky.exp().sum(0), "retried sum(exp(x), 0)");
        assertSame(x.exp().astype(DType.FLOAT32), flaky.exp().map(b -> b.astype(DType.FLOAT32)).collect(), "retried collect");
    }
}
