package org.ndjit.optimizer;

import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.ir.Node;
import org.ndjit.ir.Op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ndjit.optimizer.Graphs.array;
import static org.ndjit.optimizer.Graphs.op;
import static org.ndjit.optimizer.Graphs.plan;

/** Golden plans where fusing more would be wrong: a kernel over the size budget, a value error an empty kernel would skip. */
class LimitsPlanTest {
    /** Ten ops under a budget of four: three pieces of three ops, cut at even intervals, and the rest. */
    @Test
    void aKernelOverTheBudgetIsCutAtEvenIntervalsWithItsReason() {
        Node x = array(DType.FLOAT64, 10), chain = x;
        for (int i = 0; i < 10; i++) chain = op(Op.ADD, chain, x);
        assertEquals("""
                plan: 4 kernels, 3 intermediates
                kernel 0: t0 f64[10] = elementwise
                  loop: i0 < 10 (i0 innermost)
                  fuses: add, add, add
                  reads: buffer f64[10] strides (1,)
                  materialized: the kernel would be too large for one JIT-compiled method
                kernel 1: t1 f64[10] = elementwise
                  loop: i0 < 10 (i0 innermost)
                  fuses: add, add, add
                  reads: t0 f64[10] strides (1,), buffer f64[10] strides (1,)
                  materialized: the kernel would be too large for one JIT-compiled method
                kernel 2: t2 f64[10] = elementwise
                  loop: i0 < 10 (i0 innermost)
                  fuses: add, add, add
                  reads: t1 f64[10] strides (1,), buffer f64[10] strides (1,)
                  materialized: the kernel would be too large for one JIT-compiled method
                kernel 3: t3 f64[10] = elementwise
                  loop: i0 < 10 (i0 innermost)
                  fuses: add
                  reads: t2 f64[10] strides (1,), buffer f64[10] strides (1,)
                """, plan(chain, new Graphs.OpsBudget(4)));
    }

    /** {@code (a // b) + empty}: fused, the division would sit in a loop of no elements and never raise. */
    @Test
    void anOpThatCanRaiseIsNotFusedIntoAnEmptyKernel() {
        Node a = array(DType.INT64, 1), b = array(DType.INT64, 1), empty = array(DType.INT64, 0);
        assertEquals("""
                plan: 2 kernels, 1 intermediate
                kernel 0: t0 i64[1] = elementwise
                  loop: i0 < 1 (i0 innermost)
                  fuses: floor_divide
                  reads: buffer i64[1] strides (1,), buffer i64[1] strides (1,)
                  materialized: it can raise a value error and the empty kernel reading it would not compute it
                kernel 1: t1 i64[0] = elementwise
                  loop: i0 < 0 (i0 innermost)
                  fuses: add
                  reads: t0 i64[1] strides (0,), buffer i64[0] strides (1,)
                """, plan(op(Op.ADD, op(Op.FLOOR_DIV, a, b), empty)));
    }
}
