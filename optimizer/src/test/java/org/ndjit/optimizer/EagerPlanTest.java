package org.ndjit.optimizer;

import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.ir.Node;
import org.ndjit.ir.Op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ndjit.optimizer.Graphs.array;
import static org.ndjit.optimizer.Graphs.constant;
import static org.ndjit.optimizer.Graphs.eager;
import static org.ndjit.optimizer.Graphs.op;
import static org.ndjit.optimizer.Graphs.reduce;

/** Golden plans with fusion off (eager mode, the benchmarks' baseline): one kernel per op, nothing simplified or joined. */
class EagerPlanTest {
    @Test
    void everyElementwiseOpIsItsOwnKernel() {
        Node a = array(DType.FLOAT64, 100), b = array(DType.FLOAT64, 100), c = array(DType.FLOAT64, 100);
        assertEquals("""
                plan: 2 kernels, 1 intermediate
                kernel 0: t0 f64[100] = elementwise
                  loop: i0 < 100 (i0 innermost)
                  fuses: multiply
                  reads: buffer f64[100] strides (1,), buffer f64[100] strides (1,)
                  materialized: fusion is off (eager mode)
                kernel 1: t1 f64[100] = elementwise
                  loop: i0 < 100 (i0 innermost)
                  fuses: add
                  reads: t0 f64[100] strides (1,), buffer f64[100] strides (1,)
                """, eager(op(Op.ADD, op(Op.MUL, a, b), c)));
    }

    @Test
    void aReductionNeitherFusesItsInputNorTakesAnEpilogue() {
        Node a = array(DType.FLOAT64, 100), b = array(DType.FLOAT64, 100);
        assertEquals("""
                plan: 4 kernels, 3 intermediates
                kernel 0: t0 f64[100] = elementwise
                  loop: i0 < 100 (i0 innermost)
                  fuses: subtract
                  reads: buffer f64[100] strides (1,), buffer f64[100] strides (1,)
                  materialized: fusion is off (eager mode)
                kernel 1: t1 f64[100] = elementwise
                  loop: i0 < 100 (i0 innermost)
                  fuses: square
                  reads: t0 f64[100] strides (1,)
                  materialized: fusion is off (eager mode)
                kernel 2: t2 f64[] = reduce sum axes=[0]
                  loop: i0 < 100 (i0 innermost), reducing i0
                  fuses: (copy)
                  reads: t1 f64[100] strides (1,)
                  materialized: a reduction
                kernel 3: t3 f64[] = elementwise
                  loop: one element
                  fuses: sqrt
                  reads: t2 f64[]
                """, eager(op(Op.SQRT, reduce(Op.SUM, op(Op.SQUARE, op(Op.SUB, a, b)), 0))));
    }

    @Test
    void identitiesAreKept() {
        Node x = array(DType.FLOAT64, 100);
        assertEquals("""
                plan: 2 kernels, 1 intermediate
                kernel 0: t0 f64[100] = elementwise
                  loop: i0 < 100 (i0 innermost)
                  fuses: multiply
                  reads: buffer f64[100] strides (1,)
                  materialized: fusion is off (eager mode)
                kernel 1: t1 f64[100] = elementwise
                  loop: i0 < 100 (i0 innermost)
                  fuses: exp
                  reads: t0 f64[100] strides (1,)
                """, eager(op(Op.EXP, op(Op.MUL, x, constant(1.0)))));
    }
}
