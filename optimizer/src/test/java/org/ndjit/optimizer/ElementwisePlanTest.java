package org.ndjit.optimizer;

import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.ir.Node;
import org.ndjit.ir.Op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ndjit.optimizer.Graphs.array;
import static org.ndjit.optimizer.Graphs.constant;
import static org.ndjit.optimizer.Graphs.op;
import static org.ndjit.optimizer.Graphs.plan;
import static org.ndjit.optimizer.Graphs.reduce;
import static org.ndjit.optimizer.Graphs.transpose;

/** Golden plans of elementwise regions: what one loop kernel fuses, what it reads in place, what it must materialize. */
class ElementwisePlanTest {
    @Test
    void aChainOfElementwiseOpsIsOneKernelWithNoIntermediates() {
        Node a = array(DType.FLOAT64, 100), b = array(DType.FLOAT64, 100), c = array(DType.FLOAT64, 100),
             d = array(DType.FLOAT64, 100), e = array(DType.FLOAT64, 100);
        assertEquals("""
                plan: 1 kernel, 0 intermediates
                kernel 0: t0 f64[100] = elementwise
                  loop: i0 < 100 (i0 innermost)
                  fuses: multiply, multiply, add, subtract
                  reads: buffer f64[100] strides (1,), buffer f64[100] strides (1,), buffer f64[100] strides (1,), buffer f64[100] strides (1,), buffer f64[100] strides (1,)
                """, plan(op(Op.SUB, op(Op.ADD, op(Op.MUL, a, b), op(Op.MUL, c, d)), e)));
    }

    @Test
    void aTransposeIsReadInPlaceThroughItsStrides() {
        Node m = array(DType.FLOAT64, 8, 8);
        assertEquals("""
                plan: 1 kernel, 0 intermediates
                kernel 0: t0 f64[8,8] = elementwise
                  loop: i0 < 8, i1 < 8 (i1 innermost)
                  fuses: add, multiply
                  reads: buffer f64[8,8] strides (8, 1), view f64[8,8] strides (1, 8)
                """, plan(op(Op.MUL, op(Op.ADD, m, transpose(m)), constant(0.5))));
    }

    @Test
    void aComputedValueReadThroughAViewIsMaterialized() {
        Node m = array(DType.FLOAT64, 8, 8);
        assertEquals("""
                plan: 2 kernels, 1 intermediate
                kernel 0: t0 f64[8,8] = elementwise
                  loop: i0 < 8, i1 < 8 (i1 innermost)
                  fuses: add
                  reads: buffer f64[8,8] strides (8, 1)
                  materialized: read through a view
                kernel 1: t1 f64[8,8] = elementwise
                  loop: i0 < 8, i1 < 8 (i1 innermost)
                  fuses: multiply
                  reads: view of t0 f64[8,8] strides (1, 8)
                """, plan(op(Op.MUL, transpose(op(Op.ADD, m, constant(1.0))), constant(2.0))));
    }

    @Test
    void aSharedValueWithTwoTranscendentalsIsMaterializedWithItsReason() {
        Node x = array(DType.FLOAT64, 10);
        Node shared = op(Op.SIN, op(Op.EXP, x));
        assertEquals("""
                plan: 3 kernels, 2 intermediates
                kernel 0: t0 f64[10] = elementwise
                  loop: i0 < 10 (i0 innermost)
                  fuses: exp, sin
                  reads: buffer f64[10] strides (1,)
                  materialized: read by 2 consumers and too costly to recompute (more than 8 ops or two transcendentals)
                kernel 1: t1 f64[] = reduce sum axes=[0]
                  loop: i0 < 10 (i0 innermost), reducing i0
                  fuses: (copy)
                  reads: t0 f64[10] strides (1,)
                  materialized: a reduction
                kernel 2: t2 f64[10] = elementwise
                  loop: i0 < 10 (i0 innermost)
                  fuses: add
                  reads: t0 f64[10] strides (1,), t1 f64[] strides (0,)
                """, plan(op(Op.ADD, shared, reduce(Op.SUM, shared, 0))));
    }

    @Test
    void aValueThatAlreadyExistsIsReadInsteadOfRecomputed() {
        Node x = array(DType.FLOAT64, 10);
        Node computed = op(Op.EXP, x);
        assertEquals("""
                plan: 1 kernel, 0 intermediates
                kernel 0: t0 f64[] = reduce sum axes=[0]
                  loop: i0 < 10 (i0 innermost), reducing i0
                  fuses: (copy)
                  reads: computed array f64[10] strides (1,)
                """, plan(reduce(Op.SUM, computed, 0), n -> n == computed));
    }

    /** The copy a reshape of a transposed array needs reads the transposed view of the computed array, not itself. */
    @Test
    void aCopyForAReshapeNamesTheArrayItCopies() {
        Node computed = op(Op.EXP, array(DType.FLOAT64, 3, 4));
        Node flat = org.ndjit.ir.Nodes.view(transpose(computed), org.ndjit.ir.Layout.contiguous(new long[] {12}));
        String text = plan(op(Op.ADD, flat, constant(1.0)), n -> n == computed);
        assertTrue(text.contains("reads: view of computed array f64[4,3] strides (1, 4)"), text);
    }
}
