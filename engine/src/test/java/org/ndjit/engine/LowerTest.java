package org.ndjit.engine;

import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.codegen.KernelSpec.Reduces;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;
import org.ndjit.optimizer.Step;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ndjit.engine.ShortKernelTest.array;

/** A lowered spec asks for the reduction entry points of its step's reduction and no others (see {@link Reduces}). */
class LowerTest {
    /** The reduces of the one kernel the plan of {@code op(exp(a * b), axis 1)} has, or of exp(a * b) for null. */
    private static Reduces loweredFor(Op op) {
        DType d = DType.FLOAT64;
        Node body = Nodes.elementwise(Op.EXP, d, Nodes.elementwise(Op.MUL, d, array(d, 40, 30), array(d, 40, 30)));
        Node root = op == null ? body : Nodes.reduce(op, op == Op.ARGMAX || op == Op.ARGMIN ? DType.INT64 : d, body, new int[] {1});
        List<Step.Kernel> kernels = Execution.plan(root, n -> null).kernels();
        assertEquals(1, kernels.size(), "one fused kernel for " + op);
        return Lower.kernel(kernels.getFirst()).reduces();
    }

    @Test
    void theSpecServesItsStepsReduction() {
        assertEquals(Reduces.NONE, loweredFor(null));
        assertEquals(Reduces.SUM, loweredFor(Op.SUM));
        assertEquals(Reduces.EXTREMES, loweredFor(Op.MAX));
        assertEquals(Reduces.EXTREMES, loweredFor(Op.MIN));
        assertEquals(Reduces.ARG_EXTREMES, loweredFor(Op.ARGMAX));
        assertEquals(Reduces.ARG_EXTREMES, loweredFor(Op.ARGMIN));
        assertEquals(Reduces.NONE, loweredFor(Op.PROD), "a product reduces a scratch block");
    }

    /** An integer or bool sum's spec leaves out the widening cast to int64 or uint64 its step ends with: the reduction widens the values. */
    @Test
    void anIntegerSumsValuesStayInTheirDtype() {
        for (DType d : List.of(DType.BOOL, DType.INT8, DType.UINT8, DType.INT32, DType.UINT32)) {
            DType sum = d == DType.UINT8 || d == DType.UINT32 ? DType.UINT64 : DType.INT64;
            Node root = Nodes.reduce(Op.SUM, sum, Nodes.elementwise(Op.CAST, sum, array(d, 40, 30)), new int[] {1});
            List<Step.Kernel> kernels = Execution.plan(root, n -> null).kernels();
            assertEquals(d, Lower.kernel(kernels.getFirst()).output(), d + " sum");
            assertEquals(0, Lower.kernel(kernels.getFirst()).instrs().size(), d + " read as it is");
        }
        Node max = Nodes.reduce(Op.MAX, DType.INT64, Nodes.elementwise(Op.CAST, DType.INT64, array(DType.INT8, 40, 30)), new int[] {1});
        assertEquals(DType.INT64, Lower.kernel(Execution.plan(max, n -> null).kernels().getFirst()).output(), "a max keeps its cast");
    }
}
