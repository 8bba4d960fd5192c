package org.ndjit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How einsum's forms are built: contractions are the library's matmul of views (nodes are interned,
 * so the same node as the direct call means the same plan and kernel), and the other forms are
 * multiplies and sums that fuse into one kernel with no intermediate.
 */
class EinsumPlanTest {
    private final NDArray a = Np.random(1).randn(30, 20), b = Np.random(2).randn(20, 10), v = Np.random(3).randn(20);

    @Test
    void contractionsAreTheMatmulNode() {
        assertSame(a.matmul(b).node(), Np.einsum("ij,jk->ik", a, b).node());
        assertSame(a.matmul(b).node(), Np.einsum("ij,jk", a, b).node());
        NDArray stackA = a.reshape(3, 10, 20), stackB = Np.random(4).randn(3, 20, 10);
        assertSame(stackA.matmul(stackB).node(), Np.einsum("bij,bjk->bik", stackA, stackB).node());
        assertTrue(Np.einsum("ij,j->i", a, v).explain().contains("matmul"), "a matrix-vector product goes through matmul");
    }

    @Test
    void otherFormsFuseIntoOneKernel() {
        for (String s : new String[] {"ij,ij->i", "ij,ij->", "i,j->ij", "ii", "ij->j"}) {
            NDArray[] operands = s.equals("ii") ? new NDArray[] {a.get(":20")}
                    : s.equals("i,j->ij") ? new NDArray[] {v, v}
                    : s.equals("ij->j") ? new NDArray[] {a} : new NDArray[] {a, a};
            String plan = Np.einsum(s, operands).explain();
            assertTrue(plan.startsWith("plan: 1 kernel, 0 intermediates"), s + ":\n" + plan);
        }
        assertSame(a.T().node(), Np.einsum("ij->ji", a).node(), "a transpose builds no kernel");
    }
}
