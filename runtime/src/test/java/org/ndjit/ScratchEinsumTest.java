package org.ndjit;
import org.junit.jupiter.api.Test;
class ScratchEinsumTest {
    @Test
    void show() {
        NDArray a = Np.random(1).randn(300, 200), b = Np.random(2).randn(200, 100), v = Np.random(3).randn(200);
        System.out.println("=== matmul\n" + Np.einsum("ij,jk->ik", a, b).explain());
        System.out.println("same node: " + (Np.einsum("ij,jk->ik", a, b).node() == a.matmul(b).node()));
        System.out.println("=== transposed out\n" + Np.einsum("ij,jk->ki", a, b).explain());
        System.out.println("=== rowdots\n" + Np.einsum("ij,ij->i", a, a).explain());
        System.out.println("=== matvec\n" + Np.einsum("ij,j->i", a, v).explain());
        System.out.println("=== trace\n" + Np.einsum("ii", a.get(":200")).explain());
        System.out.println("=== batch\n" + Np.einsum("bij,bjk->bik", a.reshape(3, 100, 200), b.reshape(1,200,100).broadcastTo(3,200,100)).explain());
        System.out.println("=== three\n" + Np.einsum("ij,jk,kl->il", a, b, b.T()).explain());
    }
}
