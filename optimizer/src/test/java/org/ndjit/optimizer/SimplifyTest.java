package org.ndjit.optimizer;

import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.ir.GraphText;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ndjit.optimizer.Graphs.array;
import static org.ndjit.optimizer.Graphs.constant;
import static org.ndjit.optimizer.Graphs.op;
import static org.ndjit.optimizer.Graphs.plan;

/** The exact rewrites, as graph text, and what they leave alone: signed zeros, broadcasts, operands that can raise. */
class SimplifyTest {
    private static String simplified(Node root) {
        return GraphText.of(Simplify.apply(root, n -> false));
    }

    @Test
    void multiplyingByOneIsRemovedFromThePlan() {
        Node x = array(DType.FLOAT64, 10);
        assertEquals("""
                plan: 1 kernel, 0 intermediates
                kernel 0: t0 f64[10] = elementwise
                  loop: i0 < 10 (i0 innermost)
                  fuses: exp
                  reads: buffer f64[10] strides (1,)
                """, plan(op(Op.EXP, op(Op.MUL, x, constant(1.0)))));
    }

    /** {@code (a // b) * 0} is not 0: the division raises where b is 0, and must still run. */
    @Test
    void anIntegerFloorDivisionTimesZeroIsKept() {
        Node a = array(DType.INT64, 5), b = array(DType.INT64, 5);
        assertEquals("""
                plan: 1 kernel, 0 intermediates
                kernel 0: t0 i64[5] = elementwise
                  loop: i0 < 5 (i0 innermost)
                  fuses: floor_divide, multiply
                  reads: buffer i64[5] strides (1,), buffer i64[5] strides (1,)
                """, plan(op(Op.MUL, op(Op.FLOOR_DIV, a, b), constant(0L))));
    }

    @Test
    void exactIdentitiesLeaveTheOperand() {
        Node x = array(DType.FLOAT64, 3);
        assertEquals("%0 = buffer f64[3]\n",
                simplified(op(Op.DIV, op(Op.SUB, op(Op.NEG, op(Op.NEG, op(Op.MUL, constant(1.0), x))), constant(0.0)), constant(1.0))));
        assertEquals("%0 = buffer f64[3]\n", simplified(op(Op.ADD, x, constant(-0.0))));
        Node i = array(DType.INT64, 3);
        assertEquals("%0 = buffer i64[3]\n", simplified(op(Op.ADD, op(Op.MUL, i, constant(1L)), constant(0L))));
    }

    /** {@code -0.0 + 0.0} is +0.0 and {@code -0.0 - -0.0} is +0.0: dropping either zero would change a sign. */
    @Test
    void zerosThatCouldChangeASignAreKept() {
        Node x = array(DType.FLOAT64, 3);
        assertEquals("""
                %0 = buffer f64[3]
                %1 = const f64[] {0.0}
                %2 = add f64[3] %0 %1
                """, simplified(op(Op.ADD, x, constant(0.0))));
        assertEquals("""
                %0 = buffer f64[3]
                %1 = const f64[] {-0.0}
                %2 = subtract f64[3] %0 %1
                """, simplified(op(Op.SUB, x, constant(-0.0))));
    }

    @Test
    void aBroadcastingIdentityIsKeptForItsShape() {
        Node x = array(DType.FLOAT64, 3);
        Node ones = Nodes.view(constant(1.0), new Layout(new long[] {2, 3}, new long[] {0, 0}, 0));
        assertEquals("""
                %0 = buffer f64[3]
                %1 = const f64[] {1.0}
                %2 = view f64[2,3] %1 {shape=(2,3) strides=(0,0) offset=0}
                %3 = multiply f64[2,3] %0 %2
                """, simplified(op(Op.MUL, x, ones)));
    }

    @Test
    void constantsFoldUnlessTheyRaise() {
        assertEquals("%0 = const f64[] {7.0}\n", simplified(op(Op.ADD, op(Op.MUL, constant(2.0), constant(3.0)), constant(1.0))));
        assertEquals("""
                %0 = const i64[] {1}
                %1 = const i64[] {0}
                %2 = floor_divide i64[] %0 %1
                """, simplified(op(Op.FLOOR_DIV, constant(1L), constant(0L))));
    }
}
