package org.ndjit.demo;

import org.ndjit.NDArray;
import org.ndjit.Np;
import org.ndjit.Random;

/**
 * The README's walkthrough: NumPy's introductory examples in Java, each printed as NumPy prints it.
 * Run with {@code mvn -q install -DskipTests && mvn -q -pl runtime exec:exec}.
 */
public final class Demo {
    private Demo() {}

    public static void main(String[] args) {
        NDArray v = Np.array(new long[] {1, 2, 3, 4, 5});
        show("v = np.array([1, 2, 3, 4, 5]); v.shape", v.shapeString());
        NDArray m = Np.array(new long[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
        show("m = np.array([[1,2,3],[4,5,6],[7,8,9]]); m.shape", m.shapeString());
        show("np.zeros((10, 28, 28)).shape", Np.zeros(10, 28, 28).shapeString());
        show("np.array([1, 2, 3, 4, 5]) + 10", v.add(10));
        show("np.array([[1,2,3],[4,5,6]]) + np.array([10,20,30])",
                Np.array(new long[][] {{1, 2, 3}, {4, 5, 6}}).add(Np.array(new long[] {10, 20, 30})));

        Random rng = Np.random(42);
        NDArray x = rng.randn(5, 3), w = rng.randn(3, 4), b = rng.randn(4);
        NDArray z = x.matmul(w).add(b);
        NDArray out = Np.maximum(0, z);
        show("X = randn(5,3); W = randn(3,4); b = randn(4); Z = X @ W + b; out = np.maximum(0, Z); shapes",
                x.shapeString() + " " + w.shapeString() + " " + out.shapeString());
        show("out", out);

        show("x = np.arange(1_000_000); x ** 2", Np.arange(1_000_000).pow(2));
        show("np.zeros((3,4))", Np.zeros(3, 4));
        show("np.ones((3,4))", Np.ones(3, 4));
        show("np.arange(0, 10, 2)", Np.arange(0, 10, 2));
        show("np.linspace(0, 1, 5)", Np.linspace(0, 1, 5));

        NDArray a = Np.arange(12);
        show("a = np.arange(12); a.reshape(3, 4)", a.reshape(3, 4));
        show("a.reshape(2, 2, 3)", a.reshape(2, 2, 3));
        show("a.mean()", a.mean());
        show("a.std()", a.std());
        show("a.min(), a.max()", "(" + a.min() + ", " + a.max() + ")");
        show("a.reshape(3,4).sum(axis=0)", a.reshape(3, 4).sum(0));
        show("a.reshape(3,4).sum(axis=1)", a.reshape(3, 4).sum(1));

        NDArray mm = rng.randn(5, 3);
        show("M = randn(5,3); M", mm);
        show("M[0]", mm.get(0));
        show("M[:, 1]", mm.get(":, 1"));
        show("M[M > 0]", mm.get(mm.gt(0)));

        // Fusion at work: what materializing each of these will do.
        NDArray p = rng.rand(1000), q = rng.rand(1000), r = rng.rand(1000), s = rng.rand(1000), t = rng.rand(1000);
        show("explain(a*b + c*d - e)", p.mul(q).add(r.mul(s)).sub(t).explain());
        NDArray logits = rng.randn(4096, 1024).astype(org.ndjit.DType.FLOAT32).eval();
        NDArray e = logits.sub(logits.max(1, true)).exp();
        show("explain(softmax over rows: e = exp(X - X.max(axis=1, keepdims=True)); e / e.sum(axis=1, keepdims=True))",
                e.div(e.sum(1, true)).explain());
    }

    private static void show(String numpy, Object result) {
        System.out.println(">>> " + numpy);
        System.out.println(result);
    }
}
