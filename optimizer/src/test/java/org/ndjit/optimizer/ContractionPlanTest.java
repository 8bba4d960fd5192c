package org.ndjit.optimizer;

import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.ir.Node;
import org.ndjit.ir.Op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.ndjit.optimizer.Graphs.array;
import static org.ndjit.optimizer.Graphs.constant;
import static org.ndjit.optimizer.Graphs.keepDims;
import static org.ndjit.optimizer.Graphs.matmul;
import static org.ndjit.optimizer.Graphs.op;
import static org.ndjit.optimizer.Graphs.plan;
import static org.ndjit.optimizer.Graphs.reduce;
import static org.ndjit.optimizer.Graphs.transpose;

/** Golden plans of matrix products: the blocked contraction, with the elementwise work that finishes each block. */
class ContractionPlanTest {
    @Test
    void biasAndActivationRunOnEachFinishedBlockOfTheProduct() {
        Node x = array(DType.FLOAT64, 8, 5), w = array(DType.FLOAT64, 5, 6), b = array(DType.FLOAT64, 6);
        assertEquals("""
                plan: 1 kernel, 0 intermediates
                kernel 0: t0 f64[8,6] = matmul (blocked contraction) of buffer f64[8,5], buffer f64[5,6]
                  then on each finished block of the product: add, maximum reading buffer f64[6]
                """, plan(op(Op.MAXIMUM, op(Op.ADD, matmul(x, w), b), constant(0.0))));
    }

    /** The row sums need the whole product, so it is written and both kernels read it. */
    @Test
    void aProductReadByTwoKernelsHasNoEpilogue() {
        Node x = array(DType.FLOAT64, 8, 5), w = array(DType.FLOAT64, 5, 6);
        Node p = matmul(x, w);
        assertEquals("""
                plan: 2 kernels, 2 intermediates
                kernel 0: t0 f64[8,6] = matmul (blocked contraction) of buffer f64[8,5], buffer f64[5,6]
                  materialized: a matrix product (contraction kernel)
                kernel 1: blocks of rows of f64[8,6], each through 2 steps
                  t1 f64[8] = reduce sum axes=[1]
                    loop: i0 < 8, i1 < 6 (i1 innermost), reducing i1
                    fuses: (copy)
                    reads: t0 f64[8,6] strides (6, 1)
                    materialized: a reduction
                  t2 f64[8,6] = elementwise
                    loop: i0 < 8, i1 < 6 (i1 innermost)
                    fuses: tanh, subtract
                    reads: t0 f64[8,6] strides (6, 1), view of t1 f64[8,1] strides (1, 0)
                """, plan(op(Op.SUB, op(Op.TANH, p), keepDims(reduce(Op.SUM, p, 1), p, 1))));
    }

    /**
     * An epilogue's blocks run as the product's blocks finish (and may write over them), so a kernel
     * that reads the product through a view (here its transpose) runs after the whole product.
     */
    @Test
    void aKernelReadingAViewOfTheProductIsNoEpilogue() {
        Node x = array(DType.FLOAT64, 6, 5), w = array(DType.FLOAT64, 5, 6);
        Node p = matmul(x, w);
        String text = plan(op(Op.ADD, op(Op.TANH, p), transpose(p)));
        assertEquals("plan: 2 kernels, 1 intermediate", text.lines().findFirst().orElseThrow(), text);
        assertFalse(text.contains("on each finished block"), text);
    }

    @Test
    void anIntegerProductRunsInTheReference() {
        Node x = array(DType.INT64, 8, 5), w = array(DType.INT64, 5, 6);
        assertEquals("""
                plan: 2 kernels, 1 intermediate
                kernel 0: t0 i64[8,6] = matmul (reference)
                  materialized: a matrix product (integer and bool products run in the reference)
                kernel 1: t1 i64[8,6] = elementwise
                  loop: i0 < 8, i1 < 6 (i1 innermost)
                  fuses: add
                  reads: t0 i64[8,6] strides (6, 1)
                """, plan(op(Op.ADD, matmul(x, w), constant(1L))));
    }
}
