package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;

import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Review findings turned into tests (matmul epilogues, shared passes, chunked reductions, the
 * one-pass variance, value-error order): fused results equal eager mode or the reference bit for
 * bit, and errors are the reference's, at several parallelisms.
 */
class FusionRegressionTest {
    static double[][] mat(long seed, int n, int m) {
        java.util.Random r = new java.util.Random(seed);
        double[][] a = new double[n][m];
        for (double[] row : a) for (int j = 0; j < m; j++) row[j] = r.nextGaussian();
        return a;
    }
    static double[] vec(long seed, int n) {
        java.util.Random r = new java.util.Random(seed);
        double[] a = new double[n];
        for (int j = 0; j < n; j++) a[j] = r.nextGaussian();
        return a;
    }

    /** Runs the supplier fused and eager (fresh arrays each time) and compares bits. */
    static void fusedEqualsEager(Supplier<NDArray> build, String what) {
        StridedArray fused = build.get().value();
        System.setProperty("ndjit.fusion", "false");
        StridedArray eager;
        try { eager = build.get().value(); } finally { System.clearProperty("ndjit.fusion"); }
        CodegenEdgeSupport.assertBitIdentical(eager, fused, what);
    }

    static void matchesReference(NDArray x, String what) {
        CodegenEdgeSupport.assertMatchesReference(x, what);
    }

    /**
     * {@link #matchesReference(NDArray, String)} with the reference taken from {@code references} under {@code what}
     * (computed there the first time): for tests that build the same data and expressions again at each parallelism,
     * which the failure message names.
     */
    static void matchesReference(java.util.Map<String, StridedArray> references, String what, NDArray x) {
        StridedArray expected = references.computeIfAbsent(what, k -> ReferenceEvaluator.evaluate(x.node()));
        CodegenEdgeSupport.assertBitIdentical(expected, x.value(), what + " at parallelism " + System.getProperty("ndjit.parallelism"));
    }

    static void withParallelism(String p, Runnable r) {
        System.setProperty("ndjit.parallelism", p);
        try { r.run(); } finally { System.clearProperty("ndjit.parallelism"); }
    }

    // ---- matmul epilogues ----

    /** The product's only consumer node is cheap and recomputed in two kernels: the reduction and the epilogue. */
    @Test
    void epilogueWhenProductAlsoReadByAReductionThroughACheapNode() {
        Supplier<NDArray> build = () -> {
            NDArray x = Np.array(mat(1, 8, 5)), w = Np.array(mat(2, 5, 6)), b = Np.array(vec(3, 6));
            NDArray u = x.matmul(w).add(b);
            return Np.maximum(0, u).sub(u.sum(1, true));
        };
        fusedEqualsEager(build, "relu(u) - u.sum(1)");
    }

    @Test
    void epilogueBatchBroadcast() {
        withParallelism("16", () -> {
            Supplier<NDArray> build = () -> {
                NDArray x = Np.array(mat(1, 2 * 3 * 67, 50)).reshape(2, 3, 67, 50), w = Np.array(mat(2, 50, 70));
                NDArray b = Np.array(mat(3, 3, 70)).reshape(3, 1, 70);
                return Np.maximum(0, x.matmul(w).add(b)).mul(Np.array(vec(4, 67)).reshape(67, 1));
            };
            fusedEqualsEager(build, "batched epilogue");
        });
    }

    @Test
    void epilogueOneD() {
        Supplier<NDArray> v = () -> Np.array(vec(1, 9)).matmul(Np.array(mat(2, 9, 6))).add(Np.array(vec(3, 6))).tanh();
        fusedEqualsEager(v, "1-D @ 2-D epilogue");
        Supplier<NDArray> v2 = () -> Np.array(mat(2, 6, 9)).matmul(Np.array(vec(1, 9))).add(Np.array(vec(3, 6))).tanh();
        fusedEqualsEager(v2, "2-D @ 1-D epilogue");
    }

    @Test
    void epilogueDtypes() {
        Supplier<NDArray> v = () -> Np.array(mat(1, 9, 5)).astype(DType.FLOAT32).matmul(Np.array(mat(2, 5, 7)).astype(DType.FLOAT32)).add(Np.array(vec(3, 7))).gt(0.1);
        fusedEqualsEager(v, "f32 product, bool epilogue");
        Supplier<NDArray> v2 = () -> Np.array(mat(1, 9, 5)).astype(DType.FLOAT32).matmul(Np.array(mat(2, 5, 7)).astype(DType.FLOAT32)).add(Np.array(vec(3, 7)));
        fusedEqualsEager(v2, "f32 product, f64 epilogue");
        Supplier<NDArray> v3 = () -> Np.array(new double[0]).reshape(9, 0).matmul(Np.array(new double[0]).reshape(0, 7)).add(Np.array(vec(3, 7))).exp();
        fusedEqualsEager(v3, "k = 0");
    }

    /** Silent-overwrite variant: another kernel after the epilogue reads the product. */
    @Test
    void epilogueProductReadByALaterKernel() {
        Supplier<NDArray> build = () -> {
            NDArray x = Np.array(mat(1, 6, 5)), w = Np.array(mat(2, 5, 6)), b = Np.array(vec(3, 6));
            NDArray u = x.matmul(w).add(b);
            return Np.maximum(0, u).T().add(u);
        };
        fusedEqualsEager(build, "relu(u).T + u");
    }

    /**
     * An epilogue that would read the product through a view (its transpose, a broadcast column):
     * its blocks run as the product's blocks finish, in place, so it would read elements not yet
     * final or already overwritten. Such a kernel stays a kernel of its own, after the product.
     */
    @Test
    void epilogueReadingAViewOfTheProduct() {
        Supplier<NDArray> transposed = () -> {
            NDArray p = Np.array(mat(1, 6, 5)).matmul(Np.array(mat(2, 5, 6)));
            return p.tanh().add(p.T());
        };
        fusedEqualsEager(transposed, "tanh(p) + p.T");
        Supplier<NDArray> column = () -> {
            NDArray p = Np.array(mat(3, 40, 9)).matmul(Np.array(mat(4, 9, 700)));
            return p.sub(p.get(":, :1"));
        };
        withParallelism("4", () -> fusedEqualsEager(column, "p - p[:, :1]"));
    }

    // ---- var ----
    @Test
    void varVariants() {
        java.util.Map<String, StridedArray> references = new java.util.HashMap<>(); // one reference per case, not per parallelism
        for (String par : new String[] {"1", "16"}) withParallelism(par, () -> {
            matchesReference(references, "var ddof 1", Np.array(mat(1, 7, 9)).var(new int[] {0}, false, 1));
            matchesReference(references, "var all keepdims ddof 3", Np.array(mat(1, 7, 9)).var(new int[] {0, 1}, true, 3));
            matchesReference(references, "int var", Np.array(new long[] {3, 5, 9, 1, 2}).var());
            matchesReference(references, "int32 std", Np.array(new int[][] {{3, 5, 9}, {1, 2, 7}}).std(1));
            matchesReference(references, "f32 var", Np.array(mat(1, 7, 9)).astype(DType.FLOAT32).var(1));
            matchesReference(references, "1 element", Np.array(new double[] {4.5}).var());
            matchesReference(references, "0-d", Np.array(new double[] {4.5}).reshape().var());
            matchesReference(references, "bool var", Np.array(new boolean[] {true, false, true}).var());
            NDArray a = Np.array(mat(2, 7, 9)), b = Np.array(vec(3, 9)), c = Np.array(mat(4, 7, 1));
            matchesReference(references, "broadcast expr var 0", a.add(b).mul(c).var(0));
            matchesReference(references, "broadcast expr var 1", Np.array(mat(2, 7, 9)).add(Np.array(vec(3, 9))).mul(Np.array(mat(4, 7, 1))).var(1));
            matchesReference(references, "outer-product expr var", Np.array(vec(3, 9)).add(Np.array(mat(4, 7, 1))).var(new int[] {0, 1}, false, 0));
            matchesReference(references, "3d var axes 0,2", Np.array(mat(5, 3, 12)).reshape(3, 4, 3).exp().add(Np.array(vec(6, 3))).var(new int[] {0, 2}, true, 1));
            matchesReference(references, "transposed expr var", Np.array(mat(5, 3, 12)).T().sub(1.5).var(0));
            NDArray deep = Np.array(mat(8, 5, 11));
            NDArray e = deep;
            for (int i = 0; i < 80; i++) e = e.mul(1.0001).add(Np.array(vec(i, 11)));
            matchesReference(references, "deep expression (budget fallback)", e.var(0));
            matchesReference(references, "chunked var", Np.array(mat(9, 3, 70000)).var(1));
            matchesReference(references, "chunked var of expression", Np.array(vec(10, 300000)).sub(Np.array(vec(11, 300000))).var());
            matchesReference(references, "across-rows var", Np.array(mat(9, 300000, 2)).var(0));
        });
    }

    static String message(Runnable r) {
        try { r.run(); } catch (ArithmeticException e) { return e.getMessage(); }
        return "no error";
    }

    /** Two value errors: the reference meets the elementwise one first; the shared pass moves the other reduction ahead of it. */
    @Test
    void valueErrorOrderWithSharedPass() {
        Supplier<NDArray> build = () -> {
            long[][] xs = new long[4][8], zs = new long[4][8], ws = new long[4][8];
            for (int i = 0; i < 4; i++) for (int j = 0; j < 8; j++) { xs[i][j] = 10 * i + j + 1; zs[i][j] = 3; ws[i][j] = 2; }
            zs[0][5] = 0;
            ws[0][1] = 0;
            NDArray x = Np.array(xs), z = Np.array(zs), w = Np.array(ws);
            NDArray s1 = x.sum(1);
            NDArray t = x.floorDiv(z).T().sum(0);
            NDArray s2 = x.floorDiv(w).sum(1);
            return s1.add(t).add(s2);
        };
        String ref = message(() -> ReferenceEvaluator.evaluate(build.get().node()));
        System.setProperty("ndjit.fusion", "false");
        String eager;
        try { eager = message(() -> build.get().eval()); } finally { System.clearProperty("ndjit.fusion"); }
        String fused = message(() -> build.get().eval());
        assertEquals(ref, eager, "eager");
        assertEquals(ref, fused, "fused");
    }

    @Test
    void chunkedEdgeCases() {
        int n = 5 * 65536 + 5;
        java.util.Map<String, StridedArray> references = new java.util.HashMap<>(); // one reference per case, not per parallelism
        for (String par : new String[] {"1", "3", "16"}) withParallelism(par, () -> {
            java.util.function.Supplier<double[]> data = () -> {
                double[] x = vec(21, n);
                x[65536 - 1] = 1e9; x[65536] = 1e9; x[3 * 65536 + 2] = 1e9;   // ties across a chunk boundary
                x[100] = -1e9; x[2 * 65536] = -1e9;
                return x;
            };
            java.util.List<java.util.function.Function<NDArray, NDArray>> fs = java.util.List.of(
                    NDArray::argmax, NDArray::argmin, NDArray::max, NDArray::min, NDArray::sum,
                    x -> x.astype(DType.INT32).argmax(), x -> x.astype(DType.INT64).argmin(),
                    x -> x.gt(1e8).argmax(), x -> x.lt(-1e8).argmin(), x -> x.gt(1e8).any(), x -> x.lt(1e10).all(),
                    x -> x.gt(0).sum(), x -> x.astype(DType.INT32).sum(), x -> x.astype(DType.INT32).min(),
                    x -> x.astype(DType.FLOAT32).sum(), x -> x.astype(DType.FLOAT32).argmax(),
                    x -> x.reshape(-1, 1).sum(new int[] {0, 1}, true),
                    x -> x.get("1:").reshape(-1, 4).T().sum(1),       // 4 outputs, strided view
                    x -> x.get("1:").reshape(2, -1, 2).sum(new int[] {0, 2}, false),   // kept middle axis
                    x -> x.get("1:").reshape(2, -1, 2).argmax(1),
                    x -> x.get("::-1").sum(), x -> x.get("::-1").argmax(),
                    x -> x.sub(x.mean()).div(x.std()),
                    x -> x.get("1:").reshape(2, -1).var(new int[] {1}, true, 1),
                    x -> x.mul(0).argmax(), x -> x.mul(0).argmin());
            for (int f = 0; f < fs.size(); f++) {
                matchesReference(references, "chunk f" + f, fs.get(f).apply(Np.array(data.get())));
            }
            double[] nan = data.get();
            nan[2 * 65536 + 9] = Double.NaN; nan[4 * 65536 + 1] = Double.NaN;
            matchesReference(references, "nan argmax", Np.array(nan).argmax());
            matchesReference(references, "nan argmin", Np.array(nan.clone()).argmin());
            matchesReference(references, "nan max", Np.array(nan.clone()).max());
            matchesReference(references, "nan sum", Np.array(nan.clone()).sum());
            double[] inf = data.get();
            inf[3] = Double.POSITIVE_INFINITY; inf[4 * 65536 + 1] = Double.NEGATIVE_INFINITY;
            matchesReference(references, "inf sum", Np.array(inf).sum());
            double[] zeros = new double[n];
            java.util.Arrays.fill(zeros, -0.0);
            matchesReference(references, "-0 sum", Np.array(zeros).sum());
            matchesReference(references, "-0 max", Np.array(zeros.clone()).max());
            matchesReference(references, "-0 across", Np.array(zeros.clone()).reshape(-1, 1).sum(0));
        });
    }

    @Test
    void acrossRowsColumnSplit() {
        java.util.Map<String, StridedArray> references = new java.util.HashMap<>(); // one reference per case, not per parallelism
        for (String par : new String[] {"1", "3", "16"}) withParallelism(par, () -> {
            matchesReference(references, "across 5 cols", Np.array(mat(30, 70000, 5)).sum(0));
            matchesReference(references, "size-1 reduced axis", Np.array(mat(31, 2, 70000)).reshape(2, 1, 70000).sum(new int[] {1}, false));
            matchesReference(references, "across argmax", Np.array(mat(32, 3000, 300)).argmax(0));
            matchesReference(references, "across var", Np.array(mat(33, 3000, 300)).var(0));
            matchesReference(references, "across 2 axes", Np.array(mat(34, 2, 3000 * 40)).reshape(2, 3000, 40).sum(new int[] {0, 1}, true));
        });
    }

    static void sameMessageAsReference(Supplier<NDArray> build, String what) {
        String ref = message(() -> ReferenceEvaluator.evaluate(build.get().node()));
        for (String par : new String[] {"1", "16"}) withParallelism(par, () -> {
            String fused = message(() -> build.get().eval());
            assertEquals(ref, fused, what + " par " + par);
        });
    }

    @Test
    void varValueErrors() {
        long[][] a = new long[3][6], b = new long[3][6];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 6; j++) { a[i][j] = 7 * i + j; b[i][j] = 2 + j; }
        b[0][3] = 0; b[1][0] = 0;
        sameMessageAsReference(() -> Np.array(a).floorDiv(Np.array(b)).var(1), "var axis 1");
        sameMessageAsReference(() -> Np.array(a).floorDiv(Np.array(b)).var(0), "var axis 0");
        sameMessageAsReference(() -> Np.array(a).floorDiv(Np.array(b)).std(new int[] {0, 1}, true, 1), "std all");
        sameMessageAsReference(() -> Np.array(a).sum(1).floorDiv(Np.array(b).sum(1).mul(0)).add(Np.array(a).max(1)), "reduce-then epilogue raising in a pass");
        sameMessageAsReference(() -> Np.array(a).sum(1).floorDiv(0).add(Np.array(a).floorDiv(Np.array(b)).sum(1)), "two raising members");
    }

    @Test
    void epilogueStridedInputs() {
        withParallelism("16", () -> {
            Supplier<NDArray> build = () -> {
                NDArray x = Np.array(mat(1, 130, 40)), w = Np.array(mat(2, 40, 90)), y = Np.array(mat(3, 90, 130));
                return x.matmul(w).add(y.T()).mul(Np.array(mat(4, 130, 180)).get(":, ::2")).sin();
            };
            fusedEqualsEager(build, "strided epilogue inputs");
            Supplier<NDArray> b2 = () -> Np.array(mat(1, 3 * 33, 40)).astype(DType.FLOAT32).reshape(3, 33, 40)
                    .matmul(Np.array(mat(2, 40, 17)).astype(DType.FLOAT32)).mul(Np.array(vec(5, 3)).astype(DType.FLOAT32).reshape(3, 1, 1)).gt(0).astype(DType.FLOAT32);
            fusedEqualsEager(b2, "f32 batched where");
        });
    }

    @Test
    void boolVectorLoops() {
        for (int n : new int[] {1, 7, 8, 17, 33, 64, 131}) {
            double[] xs = vec(n, n), ys = vec(n + 1, n);
            boolean[] bs = new boolean[n];
            for (int i = 0; i < n; i++) bs[i] = (i * 7 % 3) == 0;
            xs[0] = Double.NaN; if (n > 3) { xs[2] = -0.0; ys[2] = 0.0; }
            java.util.List<Supplier<NDArray>> es = java.util.List.of(
                () -> Np.array(xs).gt(Np.array(ys)).and(Np.array(bs)),
                () -> Np.where(Np.array(bs).get("::-1"), Np.array(xs), Np.array(ys)),
                () -> Np.array(xs).astype(DType.BOOL).or(Np.array(bs).not()),
                () -> Np.array(xs).astype(DType.FLOAT32).le(0.5).astype(DType.INT32).add(Np.array(bs).astype(DType.INT32)),
                () -> Np.where(Np.array(xs).ne(Np.array(xs)), 1.0, Np.array(ys).sin()),
                () -> Np.array(bs).astype(DType.FLOAT32).mul(Np.array(xs).astype(DType.FLOAT32)).tanh(),
                () -> Np.where(Np.array(bs), Np.array(xs).astype(DType.INT64), Np.array(ys).astype(DType.INT32)).eq(0),
                () -> Np.array(xs).eq(Np.array(ys)).ne(Np.array(bs).get("::-1")),
                () -> Np.array(bs).astype(DType.INT64).sub(Np.array(xs).ge(0).astype(DType.INT64)).astype(DType.BOOL),
                () -> Np.array(xs).cos().astype(DType.FLOAT32).gt(Np.array(ys).astype(DType.FLOAT32)).and(Np.array(new boolean[] {true})));
            for (int e = 0; e < es.size(); e++) matchesReference(es.get(e).get(), "bool expr " + e + " n " + n);
        }
    }

    @Test
    void sharedPassMixes() {
        for (String par : new String[] {"1", "3", "16"}) withParallelism(par, () -> {
            Supplier<NDArray> b1 = () -> {
                NDArray x = Np.array(mat(40, 2, 140000)), y = Np.array(mat(41, 140000, 2));
                return x.sum(1).add(x.get(":, ::-1").argmax(1)).add(y.T().max(1)).add(x.mul(1e-6).add(1).prod(1)).add(x.gt(0).sum(1));
            };
            String plan = b1.get().explain();
            assertTrue(plan.contains("one pass"), plan);
            matchesReference(b1.get(), "mixed pass with prod " + par);
            Supplier<NDArray> b2 = () -> {
                NDArray x = Np.array(mat(40, 2, 140000)), y = Np.array(mat(41, 140000, 2));
                return x.sum(1).add(x.get(":, ::-1").argmax(1)).add(y.T().min(1)).add(x.astype(DType.FLOAT32).sum(1)).add(x.lt(0).all(1));
            };
            matchesReference(b2.get(), "mixed chunked pass " + par);
            Supplier<NDArray> b3 = () -> {
                NDArray x = Np.array(mat(42, 70000, 3));
                return x.sum(0).add(x.argmin(0)).add(x.std(0)).add(x.get("::-1").max(0)).add(x.mean(new int[] {0}, true).reshape(3));
            };
            matchesReference(b3.get(), "across rows pass " + par);
            matchesReference(Np.array(mat(43, 6, 20)).reshape(2, 3, 4, 5).var(new int[] {-1, 0}, true, 1), "var unsorted negative axes");
            matchesReference(Np.array(mat(43, 6, 20)).reshape(2, 3, 4, 5).std(new int[] {2, 0}, false, 0), "std unsorted");
        });
    }

    @Test
    void eagerVar() {
        System.setProperty("ndjit.fusion", "false");
        try {
            matchesReference(Np.array(mat(1, 7, 9)).var(new int[] {0}, false, 1), "eager var");
            matchesReference(Np.array(mat(2, 7, 9)).add(Np.array(vec(3, 9))).std(1, true), "eager std expr");
            matchesReference(Np.array(new long[] {1, 2, 3, 4}).var(), "eager int var");
            matchesReference(Np.array(vec(10, 300000)).var(), "eager chunked var");
        } finally { System.clearProperty("ndjit.fusion"); }
    }

    /** A dense layer followed by a layer norm: the common pattern that hits the epilogue planning bug. */
    @Test
    void denseThenLayerNorm() {
        Supplier<NDArray> build = () -> {
            NDArray x = Np.array(mat(1, 16, 8)), w = Np.array(mat(2, 8, 12)), b = Np.array(vec(3, 12));
            NDArray h = x.matmul(w).add(b);
            return h.sub(h.mean(1, true)).div(h.std(1, true));
        };
        fusedEqualsEager(build, "layer norm of a dense layer");
    }

    /** Softmax over the logits of a dense layer: X @ W + b is cheap, so it is recomputed by the max and the output kernel. */
    @Test
    void denseThenSoftmax() {
        Supplier<NDArray> build = () -> {
            NDArray x = Np.array(mat(1, 16, 8)), w = Np.array(mat(2, 8, 12)), b = Np.array(vec(3, 12));
            NDArray z = x.matmul(w).add(b);
            NDArray e = z.sub(z.max(1, true)).exp();
            return e.div(e.sum(1, true));
        };
        fusedEqualsEager(build, "softmax of a dense layer");
    }

    @Test
    void zeroDAndEmpty() {
        Supplier<NDArray> z = () -> { NDArray x = Np.array(new double[] {-0.0}).reshape(); return x.sum().add(x.max()).add(x.argmax()).add(x.mean()).add(x.var()); };
        matchesReference(z.get(), "0-d shared");
        Supplier<NDArray> e = () -> { NDArray x = Np.array(new double[0]).reshape(0, 3); return x.sum(0).add(x.max(1).sum()).add(x.any(0)); };
        matchesReference(e.get(), "empty");
        Supplier<NDArray> e2 = () -> { NDArray x = Np.array(new double[0]).reshape(3, 0); return x.sum(1).add(x.prod(1)).add(x.all(1)); };
        matchesReference(e2.get(), "empty rows");
    }

    /** A reduce-then-epilogue member raises in its epilogue; another member raises in its reduce kernel. */
    @Test
    void sharedPassFallbackRunsEpiloguesTooLate() {
        long[][] a = new long[3][6], b = new long[3][6];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 6; j++) { a[i][j] = 7 * i + j; b[i][j] = 2 + j; }
        b[0][3] = 0;
        Supplier<NDArray> build = () -> Np.array(a).sum(1).floorDiv(0).add(Np.array(a).floorDiv(Np.array(b)).sum(1));
        String ref = message(() -> ReferenceEvaluator.evaluate(build.get().node()));
        System.setProperty("ndjit.fusion", "false");
        String eager;
        try { eager = message(() -> build.get().eval()); } finally { System.clearProperty("ndjit.fusion"); }
        String fused = message(() -> build.get().eval());
        assertEquals(ref, eager, "eager");
        assertEquals(ref, fused, "fused");
    }
}
