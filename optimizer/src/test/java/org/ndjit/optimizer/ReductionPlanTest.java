package org.ndjit.optimizer;

import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ndjit.optimizer.Graphs.array;
import static org.ndjit.optimizer.Graphs.constant;
import static org.ndjit.optimizer.Graphs.keepDims;
import static org.ndjit.optimizer.Graphs.op;
import static org.ndjit.optimizer.Graphs.plan;
import static org.ndjit.optimizer.Graphs.reduce;

/** Golden plans of reductions: fused inputs, epilogues on the reduced values, passes shared by reductions over one input. */
class ReductionPlanTest {
    @Test
    void distanceFusesTheSquaresIntoTheSumAndTheSqrtIntoItsStep() {
        Node a = array(DType.FLOAT64, 100), b = array(DType.FLOAT64, 100);
        assertEquals("""
                plan: 1 kernel, 0 intermediates
                kernel 0: t0 f64[] = reduce sum axes=[0]
                  loop: i0 < 100 (i0 innermost), reducing i0
                  fuses: subtract, square
                  reads: buffer f64[100] strides (1,), buffer f64[100] strides (1,)
                  then on the reduced values: sqrt -> f64[]
                """, plan(op(Op.SQRT, reduce(Op.SUM, op(Op.SQUARE, op(Op.SUB, a, b)), 0))));
    }

    /**
     * {@code exp(x - max)} is read by the sum and the division: in the row group it is computed once
     * per block of rows, kept in a block buffer both read, and never written whole; only per-row
     * values are intermediates, and x is read from memory once.
     */
    @Test
    void rowSoftmaxComputesItsExponentialsOncePerBlockOfRows() {
        Node x = array(DType.FLOAT64, 16, 32);
        Node e = op(Op.EXP, op(Op.SUB, x, keepDims(reduce(Op.MAX, x, 1), x, 1)));
        assertEquals("""
                plan: 1 kernel, 2 intermediates
                kernel 0: blocks of rows of f64[16,32], each through 4 steps
                  t0 f64[16] = reduce maximum axes=[1]
                    loop: i0 < 16, i1 < 32 (i1 innermost), reducing i1
                    fuses: (copy)
                    reads: buffer f64[16,32] strides (32, 1)
                    materialized: a reduction
                  t1 f64[16,32] = elementwise
                    loop: i0 < 16, i1 < 32 (i1 innermost)
                    fuses: subtract, exp
                    reads: buffer f64[16,32] strides (32, 1), view of t0 f64[16,1] strides (1, 0)
                    kept one block of rows at a time, never whole: only later steps of the group read it
                  t2 f64[16] = reduce sum axes=[1]
                    loop: i0 < 16, i1 < 32 (i1 innermost), reducing i1
                    fuses: (copy)
                    reads: t1 f64[16,32] strides (32, 1)
                    materialized: a reduction
                  t3 f64[16,32] = elementwise
                    loop: i0 < 16, i1 < 32 (i1 innermost)
                    fuses: divide
                    reads: t1 f64[16,32] strides (32, 1), view of t2 f64[16,1] strides (1, 0)
                """, plan(op(Op.DIV, e, keepDims(reduce(Op.SUM, e, 1), x, 1))));
    }

    /** {@code e / e.sum(axis=1)} with {@code e = exp(x)}: the first reduction reads the block value, which the group computes before it. */
    @Test
    void aBlockValueCanPrecedeTheGroupsFirstReduction() {
        Node x = array(DType.FLOAT32, 16, 32);
        Node e = op(Op.EXP, x);
        assertEquals("""
                plan: 1 kernel, 1 intermediate
                kernel 0: blocks of rows of f32[16,32], each through 3 steps
                  t0 f32[16,32] = elementwise
                    loop: i0 < 16, i1 < 32 (i1 innermost)
                    fuses: exp
                    reads: buffer f32[16,32] strides (32, 1)
                    kept one block of rows at a time, never whole: only later steps of the group read it
                  t1 f32[16] = reduce sum axes=[1]
                    loop: i0 < 16, i1 < 32 (i1 innermost), reducing i1
                    fuses: (copy)
                    reads: t0 f32[16,32] strides (32, 1)
                    materialized: a reduction
                  t2 f32[16,32] = elementwise
                    loop: i0 < 16, i1 < 32 (i1 innermost)
                    fuses: divide
                    reads: t0 f32[16,32] strides (32, 1), view of t1 f32[16,1] strides (1, 0)
                """, plan(op(Op.DIV, e, keepDims(reduce(Op.SUM, e, 1), x, 1))));
    }

    /** A shared value without a costly op ({@code x - max}, read by the sum and the division) is recomputed by each: nothing is kept. */
    @Test
    void aCheapSharedValueIsRecomputedInARowGroup() {
        Node x = array(DType.FLOAT64, 16, 32);
        Node d = op(Op.SUB, x, keepDims(reduce(Op.MAX, x, 1), x, 1));
        assertEquals("""
                plan: 1 kernel, 2 intermediates
                kernel 0: blocks of rows of f64[16,32], each through 3 steps
                  t0 f64[16] = reduce maximum axes=[1]
                    loop: i0 < 16, i1 < 32 (i1 innermost), reducing i1
                    fuses: (copy)
                    reads: buffer f64[16,32] strides (32, 1)
                    materialized: a reduction
                  t1 f64[16] = reduce sum axes=[1]
                    loop: i0 < 16, i1 < 32 (i1 innermost), reducing i1
                    fuses: subtract, square
                    reads: buffer f64[16,32] strides (32, 1), view of t0 f64[16,1] strides (1, 0)
                    materialized: a reduction
                  t2 f64[16,32] = elementwise
                    loop: i0 < 16, i1 < 32 (i1 innermost)
                    fuses: subtract, divide
                    reads: buffer f64[16,32] strides (32, 1), view of t0 f64[16,1] strides (1, 0), view of t1 f64[16,1] strides (1, 0)
                """, plan(op(Op.DIV, d, keepDims(reduce(Op.SUM, op(Op.SQUARE, d), 1), x, 1))));
    }

    /**
     * Two costly values shared in a group, one computed from the other: {@code a = exp(x - max)},
     * read by both sums and the output, and {@code log(a)}, read by the second sum and the output
     * (materialized, as two transcendentals). Each is computed once per block, {@code a} first, and
     * neither is written whole.
     */
    @Test
    void nestedCostlyValuesAreEachComputedOncePerBlock() {
        Node x = array(DType.FLOAT64, 16, 32);
        Node a = op(Op.EXP, op(Op.SUB, x, keepDims(reduce(Op.MAX, x, 1), x, 1)));
        Node l = op(Op.LOG, a);
        Node out = op(Op.ADD, op(Op.DIV, a, keepDims(reduce(Op.SUM, a, 1), x, 1)), op(Op.DIV, l, keepDims(reduce(Op.SUM, l, 1), x, 1)));
        assertEquals("""
                plan: 1 kernel, 3 intermediates
                kernel 0: blocks of rows of f64[16,32], each through 6 steps
                  t0 f64[16] = reduce maximum axes=[1]
                    loop: i0 < 16, i1 < 32 (i1 innermost), reducing i1
                    fuses: (copy)
                    reads: buffer f64[16,32] strides (32, 1)
                    materialized: a reduction
                  t1 f64[16,32] = elementwise
                    loop: i0 < 16, i1 < 32 (i1 innermost)
                    fuses: subtract, exp
                    reads: buffer f64[16,32] strides (32, 1), view of t0 f64[16,1] strides (1, 0)
                    kept one block of rows at a time, never whole: only later steps of the group read it
                  t2 f64[16] = reduce sum axes=[1]
                    loop: i0 < 16, i1 < 32 (i1 innermost), reducing i1
                    fuses: (copy)
                    reads: t1 f64[16,32] strides (32, 1)
                    materialized: a reduction
                  t3 f64[16,32] = elementwise
                    loop: i0 < 16, i1 < 32 (i1 innermost)
                    fuses: log
                    reads: t1 f64[16,32] strides (32, 1)
                    materialized: read by 2 consumers and too costly to recompute (more than 8 ops or two transcendentals)
                    kept one block of rows at a time, never whole: only later steps of the group read it
                  t4 f64[16] = reduce sum axes=[1]
                    loop: i0 < 16, i1 < 32 (i1 innermost), reducing i1
                    fuses: (copy)
                    reads: t3 f64[16,32] strides (32, 1)
                    materialized: a reduction
                  t5 f64[16,32] = elementwise
                    loop: i0 < 16, i1 < 32 (i1 innermost)
                    fuses: divide, divide, add
                    reads: t1 f64[16,32] strides (32, 1), view of t2 f64[16,1] strides (1, 0), t3 f64[16,32] strides (32, 1), view of t4 f64[16,1] strides (1, 0)
                """, plan(out));
    }

    /**
     * {@code (x - mean) / std} along rows: the mean's sum and the variance's two shifted sums read x
     * in one pass, and with the per-row std and the normalization, on each block of rows in turn.
     */
    @Test
    void meanAndVarianceShareOnePassOverTheirInput() {
        Node x = array(DType.FLOAT64, 16, 32);
        Node mean = op(Op.DIV, reduce(Op.SUM, x, 1), constant(32.0));
        Node std = op(Op.SQRT, variance(x));
        assertEquals("""
                plan: 1 kernel, 4 intermediates
                kernel 0: blocks of rows of f64[16,32], each through 3 steps
                  one pass over f64[16,32], 3 reductions
                    t0 f64[16] = reduce sum axes=[1]
                      loop: i0 < 16, i1 < 32 (i1 innermost), reducing i1
                      fuses: (copy)
                      reads: buffer f64[16,32] strides (32, 1)
                      then on the reduced values: divide -> f64[16]
                      materialized: read through a view
                    t1 f64[16] = reduce sum axes=[1]
                      loop: i0 < 16, i1 < 32 (i1 innermost), reducing i1
                      fuses: subtract, multiply
                      reads: buffer f64[16,32] strides (32, 1), view f64[16,1] strides (32, 0)
                      materialized: a reduction
                    t2 f64[16] = reduce sum axes=[1]
                      loop: i0 < 16, i1 < 32 (i1 innermost), reducing i1
                      fuses: subtract
                      reads: buffer f64[16,32] strides (32, 1), view f64[16,1] strides (32, 0)
                      materialized: a reduction
                  t3 f64[16] = elementwise
                    loop: i0 < 16 (i0 innermost)
                    fuses: multiply, divide, subtract, maximum, divide, sqrt
                    reads: t1 f64[16] strides (1,), t2 f64[16] strides (1,)
                    materialized: read through a view
                  t4 f64[16,32] = elementwise
                    loop: i0 < 16, i1 < 32 (i1 innermost)
                    fuses: subtract, divide
                    reads: buffer f64[16,32] strides (32, 1), view of t0 f64[16,1] strides (1, 0), view of t3 f64[16,1] strides (1, 0)
                """, plan(op(Op.DIV, op(Op.SUB, x, keepDims(mean, x, 1)), keepDims(std, x, 1))));
    }

    @Test
    void aReductionReadTwiceKeepsItsOwnStep() {
        Node x = array(DType.FLOAT64, 16, 32);
        Node s = reduce(Op.SUM, x, 1);
        assertEquals("""
                plan: 2 kernels, 1 intermediate
                kernel 0: t0 f64[16] = reduce sum axes=[1]
                  loop: i0 < 16, i1 < 32 (i1 innermost), reducing i1
                  fuses: (copy)
                  reads: buffer f64[16,32] strides (32, 1)
                  materialized: a reduction
                kernel 1: t1 f64[16,16] = elementwise
                  loop: i0 < 16, i1 < 16 (i1 innermost)
                  fuses: sqrt, add
                  reads: t0 f64[16] strides (0, 1), view of t0 f64[16,1] strides (1, 0)
                """, plan(op(Op.ADD, op(Op.SQRT, s), keepDims(s, x, 1))));
    }

    /** Moved into the first sum's pass, the floor division could raise before work that precedes it. */
    @Test
    void aReductionThatCanRaiseDoesNotJoinAnEarlierPass() {
        Node x = array(DType.INT64, 4, 8), z = array(DType.INT64, 4, 8);
        assertEquals("""
                plan: 3 kernels, 2 intermediates
                kernel 0: t0 i64[4] = reduce sum axes=[1]
                  loop: i0 < 4, i1 < 8 (i1 innermost), reducing i1
                  fuses: (copy)
                  reads: buffer i64[4,8] strides (8, 1)
                  materialized: a reduction
                kernel 1: t1 i64[4] = reduce sum axes=[1]
                  loop: i0 < 4, i1 < 8 (i1 innermost), reducing i1
                  fuses: floor_divide
                  reads: buffer i64[4,8] strides (8, 1), buffer i64[4,8] strides (8, 1)
                  materialized: a reduction
                kernel 2: t2 i64[4] = elementwise
                  loop: i0 < 4 (i0 innermost)
                  fuses: add
                  reads: t0 i64[4] strides (1,), t1 i64[4] strides (1,)
                """, plan(op(Op.ADD, reduce(Op.SUM, x, 1), reduce(Op.SUM, op(Op.FLOOR_DIV, x, z), 1))));
    }

    /** Layer norm: the mean and variance pass, the per-row scale, and the normalization with gain and bias run on each block of rows. */
    @Test
    void layerNormReadsItsInputInOneGroupOfRows() {
        Node x = array(DType.FLOAT64, 16, 32), gain = array(DType.FLOAT64, 32), bias = array(DType.FLOAT64, 32);
        Node mean = op(Op.DIV, reduce(Op.SUM, x, 1), constant(32.0));
        Node scale = op(Op.SQRT, op(Op.ADD, variance(x), constant(1e-5)));
        Node normal = op(Op.DIV, op(Op.SUB, x, keepDims(mean, x, 1)), keepDims(scale, x, 1));
        assertEquals("""
                plan: 1 kernel, 4 intermediates
                kernel 0: blocks of rows of f64[16,32], each through 3 steps
                  one pass over f64[16,32], 3 reductions
                    t0 f64[16] = reduce sum axes=[1]
                      loop: i0 < 16, i1 < 32 (i1 innermost), reducing i1
                      fuses: (copy)
                      reads: buffer f64[16,32] strides (32, 1)
                      then on the reduced values: divide -> f64[16]
                      materialized: read through a view
                    t1 f64[16] = reduce sum axes=[1]
                      loop: i0 < 16, i1 < 32 (i1 innermost), reducing i1
                      fuses: subtract, multiply
                      reads: buffer f64[16,32] strides (32, 1), view f64[16,1] strides (32, 0)
                      materialized: a reduction
                    t2 f64[16] = reduce sum axes=[1]
                      loop: i0 < 16, i1 < 32 (i1 innermost), reducing i1
                      fuses: subtract
                      reads: buffer f64[16,32] strides (32, 1), view f64[16,1] strides (32, 0)
                      materialized: a reduction
                  t3 f64[16] = elementwise
                    loop: i0 < 16 (i0 innermost)
                    fuses: multiply, divide, subtract, maximum, divide, add, sqrt
                    reads: t1 f64[16] strides (1,), t2 f64[16] strides (1,)
                    materialized: read through a view
                  t4 f64[16,32] = elementwise
                    loop: i0 < 16, i1 < 32 (i1 innermost)
                    fuses: subtract, divide, multiply, add
                    reads: buffer f64[16,32] strides (32, 1), view of t0 f64[16,1] strides (1, 0), view of t3 f64[16,1] strides (1, 0), buffer f64[32] strides (0, 1), buffer f64[32] strides (0, 1)
                """, plan(op(Op.ADD, op(Op.MUL, normal, gain), bias)));
    }

    /** log(sum(exp(x - max))) + max: both reductions and the per-row result in one group; nothing row-sized is written. */
    @Test
    void logSumExpIsOneGroupOfRows() {
        Node x = array(DType.FLOAT32, 16, 32);
        Node max = reduce(Op.MAX, x, 1);
        Node sum = reduce(Op.SUM, op(Op.EXP, op(Op.SUB, x, keepDims(max, x, 1))), 1);
        assertEquals("""
                plan: 1 kernel, 2 intermediates
                kernel 0: blocks of rows of f32[16,32], each through 3 steps
                  t0 f32[16] = reduce maximum axes=[1]
                    loop: i0 < 16, i1 < 32 (i1 innermost), reducing i1
                    fuses: (copy)
                    reads: buffer f32[16,32] strides (32, 1)
                    materialized: a reduction
                  t1 f32[16] = reduce sum axes=[1]
                    loop: i0 < 16, i1 < 32 (i1 innermost), reducing i1
                    fuses: subtract, exp
                    reads: buffer f32[16,32] strides (32, 1), view of t0 f32[16,1] strides (1, 0)
                    materialized: a reduction
                  t2 f32[16] = elementwise
                    loop: i0 < 16 (i0 innermost)
                    fuses: log, add
                    reads: t1 f32[16] strides (1,), t0 f32[16] strides (1,)
                """, plan(op(Op.ADD, op(Op.LOG, sum), max)));
    }

    /**
     * {@code shifted - log(sum(exp(shifted), 1, keepdims))}, a log-softmax: the log of the row sums
     * is computed once per row, in the group, and read broadcast, not once per element of the rows.
     */
    @Test
    void logSoftmaxTakesTheLogOncePerRow() {
        Node x = array(DType.FLOAT32, 256, 10);
        Node shifted = op(Op.SUB, x, keepDims(reduce(Op.MAX, x, 1), x, 1));
        Node logSum = op(Op.LOG, keepDims(reduce(Op.SUM, op(Op.EXP, shifted), 1), x, 1));
        assertEquals("""
                plan: 1 kernel, 3 intermediates
                kernel 0: blocks of rows of f32[256,10], each through 4 steps
                  t0 f32[256] = reduce maximum axes=[1]
                    loop: i0 < 256, i1 < 10 (i1 innermost), reducing i1
                    fuses: (copy)
                    reads: buffer f32[256,10] strides (10, 1)
                    materialized: a reduction
                  t1 f32[256] = reduce sum axes=[1]
                    loop: i0 < 256, i1 < 10 (i1 innermost), reducing i1
                    fuses: subtract, exp
                    reads: buffer f32[256,10] strides (10, 1), view of t0 f32[256,1] strides (1, 0)
                    materialized: a reduction
                  t2 f32[256,1] = elementwise
                    loop: i0 < 256, i1 < 1 (i1 innermost)
                    fuses: log
                    reads: view of t1 f32[256,1] strides (1, 1)
                    materialized: a costly function of fewer elements than a loop reading it (computed once, not per element it is broadcast to)
                  t3 f32[256,10] = elementwise
                    loop: i0 < 256, i1 < 10 (i1 innermost)
                    fuses: subtract, subtract
                    reads: buffer f32[256,10] strides (10, 1), view of t0 f32[256,1] strides (1, 0), t2 f32[256,1] strides (1, 0)
                """, plan(op(Op.SUB, shifted, logSum)));
    }

    /**
     * {@code x * exp(b)}: the exponentials of b are computed once, not once per row of x, when that
     * saves at least 1,024 of them; for a small x they stay fused (a kernel of their own costs more).
     */
    @Test
    void aCostlyFunctionIsComputedOnceWhereItIsBroadcastToManyMoreElements() {
        Node b = array(DType.FLOAT64, 64);
        assertEquals("""
                plan: 2 kernels, 1 intermediate
                kernel 0: t0 f64[64] = elementwise
                  loop: i0 < 64 (i0 innermost)
                  fuses: exp
                  reads: buffer f64[64] strides (1,)
                  materialized: a costly function of fewer elements than a loop reading it (computed once, not per element it is broadcast to)
                kernel 1: t1 f64[32,64] = elementwise
                  loop: i0 < 32, i1 < 64 (i1 innermost)
                  fuses: multiply
                  reads: buffer f64[32,64] strides (64, 1), t0 f64[64] strides (0, 1)
                """, plan(op(Op.MUL, array(DType.FLOAT64, 32, 64), op(Op.EXP, b))));
        assertEquals("""
                plan: 1 kernel, 0 intermediates
                kernel 0: t0 f64[16,64] = elementwise
                  loop: i0 < 16, i1 < 64 (i1 innermost)
                  fuses: exp, multiply
                  reads: buffer f64[16,64] strides (64, 1), buffer f64[64] strides (0, 1)
                """, plan(op(Op.MUL, array(DType.FLOAT64, 16, 64), op(Op.EXP, b))));
    }

    /**
     * {@code softmax(x) * exp(g)}: the exponentials of g, computed once at their own shape, run
     * before the row group, which they would otherwise have split (x read twice).
     */
    @Test
    void aCostlyValueComputedOnceRunsBeforeTheRowGroupThatReadsIt() {
        Node x = array(DType.FLOAT64, 512, 64), g = array(DType.FLOAT64, 64);
        Node e = op(Op.EXP, op(Op.SUB, x, keepDims(reduce(Op.MAX, x, 1), x, 1)));
        String plan = plan(op(Op.MUL, op(Op.DIV, e, keepDims(reduce(Op.SUM, e, 1), x, 1)), op(Op.EXP, g)));
        assertEquals("""
                plan: 2 kernels, 3 intermediates
                kernel 0: t0 f64[64] = elementwise
                kernel 1: blocks of rows of f64[512,64], each through 4 steps
                """, plan.lines().filter(l -> l.startsWith("plan") || l.startsWith("kernel")).map(l -> l + "\n").reduce("", String::concat), plan);
    }

    /** {@code x - x.mean(axis=1, keepdims=True)}. */
    @Test
    void centringRowsIsOneGroupOfRows() {
        Node x = array(DType.FLOAT64, 16, 32);
        Node mean = op(Op.DIV, reduce(Op.SUM, x, 1), constant(32.0));
        assertEquals("""
                plan: 1 kernel, 1 intermediate
                kernel 0: blocks of rows of f64[16,32], each through 2 steps
                  t0 f64[16] = reduce sum axes=[1]
                    loop: i0 < 16, i1 < 32 (i1 innermost), reducing i1
                    fuses: (copy)
                    reads: buffer f64[16,32] strides (32, 1)
                    then on the reduced values: divide -> f64[16]
                    materialized: read through a view
                  t1 f64[16,32] = elementwise
                    loop: i0 < 16, i1 < 32 (i1 innermost)
                    fuses: subtract
                    reads: buffer f64[16,32] strides (32, 1), view of t0 f64[16,1] strides (1, 0)
                """, plan(op(Op.SUB, x, keepDims(mean, x, 1))));
    }

    /** Read in reverse row order, a row's reduced value is needed by another row: no group. */
    @Test
    void aReducedValueReadByAnotherRowEndsTheGroup() {
        Node x = array(DType.FLOAT64, 16, 32);
        Node max = reduce(Op.MAX, x, 1);
        Node reversed = Nodes.view(max, Layout.contiguous(max.shape()).slice(0, null, null, -1).expandDims(1));
        assertEquals("""
                plan: 2 kernels, 1 intermediate
                kernel 0: t0 f64[16] = reduce maximum axes=[1]
                  loop: i0 < 16, i1 < 32 (i1 innermost), reducing i1
                  fuses: (copy)
                  reads: buffer f64[16,32] strides (32, 1)
                  materialized: a reduction
                kernel 1: t1 f64[16,32] = elementwise
                  loop: i0 < 16, i1 < 32 (i1 innermost)
                  fuses: subtract
                  reads: buffer f64[16,32] strides (32, 1), view of t0 f64[16,1] strides (-1, 0)
                """, plan(op(Op.SUB, x, reversed)));
    }

    /** Column sums (axis 0) have no rows of their own: no group. */
    @Test
    void aReductionOfLeadingAxesStartsNoGroup() {
        Node x = array(DType.FLOAT64, 16, 32);
        Node mean = op(Op.DIV, reduce(Op.SUM, x, 0), constant(16.0));
        assertEquals("""
                plan: 2 kernels, 1 intermediate
                kernel 0: t0 f64[32] = reduce sum axes=[0]
                  loop: i0 < 16, i1 < 32 (i1 innermost), reducing i0
                  fuses: (copy)
                  reads: buffer f64[16,32] strides (32, 1)
                  materialized: a reduction
                kernel 1: t1 f64[16,32] = elementwise
                  loop: i0 < 16, i1 < 32 (i1 innermost)
                  fuses: divide, subtract
                  reads: buffer f64[16,32] strides (32, 1), t0 f64[32] strides (0, 1)
                """, plan(op(Op.SUB, x, mean)));
    }

    /** A reduction over no axes (the API makes them, e.g. for a variance over a view) has no rows to reduce: no group. */
    @Test
    void aReductionOverNoAxesStartsNoGroup() {
        Node x = array(DType.FLOAT64, 1);
        Node s = reduce(Op.SUM, x);
        assertEquals("""
                plan: 2 kernels, 1 intermediate
                kernel 0: t0 f64[1] = reduce sum axes=[]
                  loop: i0 < 1 (i0 innermost), reducing
                  fuses: (copy)
                  reads: buffer f64[1] strides (1,)
                  materialized: a reduction
                kernel 1: t1 f64[1] = elementwise
                  loop: i0 < 1 (i0 innermost)
                  fuses: sqrt, subtract
                  reads: buffer f64[1] strides (1,), t0 f64[1] strides (1,)
                """, plan(op(Op.SUB, x, op(Op.SQRT, s))));
    }

    /** The API's one-pass variance along axis 1: sums of x shifted by each row's first element, ddof 0. */
    private static Node variance(Node x) {
        double n = x.dim(1);
        Node d = op(Op.SUB, x, Nodes.view(x, Layout.contiguous(x.shape()).slice(1, 0L, 1L, 1)));
        Node s1 = reduce(Op.SUM, d, 1), s2 = reduce(Op.SUM, op(Op.MUL, d, d), 1);
        Node centred = op(Op.SUB, s2, op(Op.DIV, op(Op.MUL, s1, s1), constant(n)));
        return op(Op.DIV, op(Op.MAXIMUM, centred, constant(0.0)), constant(n));
    }
}
