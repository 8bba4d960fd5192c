package org.ndjit.optimizer;

import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.ir.Node;
import org.ndjit.ir.Op;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ndjit.optimizer.Graphs.array;
import static org.ndjit.optimizer.Graphs.constant;
import static org.ndjit.optimizer.Graphs.op;
import static org.ndjit.optimizer.Graphs.reduce;

/** Golden plans of several results planned together ({@code Np.eval}): what they share is computed once. */
class SeveralResultsPlanTest {
    private static String plan(Node... results) {
        return Planner.plan(List.of(results), n -> false, true, Graphs.ROOMY).explain();
    }

    @Test
    void aCheapValueTwoResultsReadIsWrittenOnceInsteadOfRecomputedInEach() {
        Node a = array(DType.FLOAT64, 100), b = array(DType.FLOAT64, 100);
        Node sum = op(Op.ADD, a, b);
        assertEquals("""
                plan: 3 kernels, 1 intermediate
                kernel 0: t0 f64[100] = elementwise
                  loop: i0 < 100 (i0 innermost)
                  fuses: add
                  reads: buffer f64[100] strides (1,), buffer f64[100] strides (1,)
                  materialized: read by several of the results
                kernel 1: t1 f64[100] = elementwise
                  loop: i0 < 100 (i0 innermost)
                  fuses: multiply
                  reads: t0 f64[100] strides (1,)
                kernel 2: t2 f64[100] = elementwise
                  loop: i0 < 100 (i0 innermost)
                  fuses: sqrt
                  reads: t0 f64[100] strides (1,)
                results: t1 t2
                """, plan(op(Op.MUL, sum, constant(2.0)), op(Op.SQRT, sum)));
    }

    @Test
    void reductionsOfOneInputThatTwoResultsAreShareOnePass() {
        Node x = array(DType.FLOAT64, 100, 4);
        assertEquals("""
                plan: 1 kernel, 0 intermediates
                kernel 0: one pass over f64[100,4], 2 reductions
                  t0 f64[4] = reduce sum axes=[0]
                    loop: i0 < 100, i1 < 4 (i1 innermost), reducing i0
                    fuses: (copy)
                    reads: buffer f64[100,4] strides (4, 1)
                  t1 f64[4] = reduce maximum axes=[0]
                    loop: i0 < 100, i1 < 4 (i1 innermost), reducing i0
                    fuses: (copy)
                    reads: buffer f64[100,4] strides (4, 1)
                results: t0 t1
                """, plan(reduce(Op.SUM, x, 0), reduce(Op.MAX, x, 0)));
    }

    @Test
    void aResultAnotherReadsIsComputedOnceAndRead() {
        Node x = array(DType.FLOAT64, 100);
        Node mean = op(Op.DIV, reduce(Op.SUM, x, 0), constant(100.0));
        Node centred = op(Op.SUB, x, mean);
        String plan = plan(mean, centred);
        assertEquals(1, plan.lines().filter(l -> l.contains("= reduce sum")).count(), plan);
    }
}
