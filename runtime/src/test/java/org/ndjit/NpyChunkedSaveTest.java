package org.ndjit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ndjit.ir.Node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * saveChunked writes the same file as save, block of rows by block of rows, without computing the
 * result whole: each block is its own graph with the row slice pushed down to the inputs.
 */
class NpyChunkedSaveTest {
    @TempDir
    Path tmp;

    /** The inputs of one expression; built twice from one seed, so the reference shares no computed node. */
    record Inputs(long rows, long cols, NDArray x, NDArray y, NDArray v, NDArray col, NDArray w, NDArray ints, NDArray xt, NDArray batch) {
        static Inputs of(long rows, long cols, long seed) {
            Random r = Np.random(seed);
            return new Inputs(rows, cols, r.randn(rows, cols), r.randn(rows, cols), r.randn(cols), r.randn(rows, 1), r.randn(cols, 3),
                    r.integers(-20, 20, rows, cols).astype(DType.INT32), r.randn(cols, rows), r.randn(rows, 2, cols));
        }
    }

    record Case(String name, Function<Inputs, NDArray> expr) {
        @Override public String toString() { return name; }
    }

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("elementwise with a broadcast row", in -> Np.maximum(0, in.x().mul(2).add(in.v())).sub(in.y())));
        c.add(new Case("length-1 column and row broadcasts", in -> in.x().add(in.col()).mul(in.v().reshape(1, in.cols()))));
        c.add(new Case("where, comparison and cast", in -> Np.where(in.x().gt(0), in.x(), in.y().mul(3)).astype(DType.FLOAT32)));
        c.add(new Case("int32 arithmetic to bool", in -> in.ints().mod(7).eq(3)));
        c.add(new Case("int32 floor division", in -> in.ints().floorDiv(3).add(in.ints().abs())));
        c.add(new Case("row reduction kept as a column", in -> in.x().sub(in.x().mean(1, true)).div(in.x().std(new int[] {1}, true, 0))));
        c.add(new Case("row reduction", in -> in.x().mul(in.y()).sum(1)));
        c.add(new Case("argmax over rows", in -> in.x().argmax(1)));
        c.add(new Case("column reduction broadcast over rows", in -> in.x().sub(in.x().mean(0))));
        c.add(new Case("matmul", in -> in.x().matmul(in.w()).add(1)));
        c.add(new Case("batched matmul", in -> in.batch().matmul(in.w()).tanh()));
        c.add(new Case("transposed input", in -> in.xt().transpose().mul(in.x())));
        c.add(new Case("strided view of a computed array", in -> in.x().add(1).get(":, ::2").mul(3)));
        c.add(new Case("reversed rows of a computed array", in -> in.x().add(in.y()).get("::-1").sqrt()));
        c.add(new Case("computed array flattened", in -> in.x().mul(in.y()).reshape(-1).exp()));
        c.add(new Case("computed array reshaped to wider rows", in -> in.rows() % 2 == 0
                ? in.x().sub(in.y()).reshape(in.rows() / 2, 2 * in.cols()) : in.x().sub(in.y()).reshape(1, in.rows() * in.cols())));
        c.add(new Case("transpose of a computed array", in -> in.x().add(in.y()).transpose().mul(2)));
        c.add(new Case("integer arange", in -> Np.arange(in.rows() * in.cols()).reshape(in.rows(), in.cols()).mul(3).add(in.ints())));
        c.add(new Case("float arange", in -> Np.arange(0.5, in.rows() * in.cols(), 1.0).reshape(in.rows(), in.cols()).mul(in.x())));
        c.add(new Case("mask selection of rows", in -> in.x().get(in.x().get(":, 0").gt(0)).add(1)));
        c.add(new Case("filled arrays", in -> Np.ones(in.rows(), in.cols()).add(in.x()).add(Np.zeros(DType.INT32, in.rows(), 1))));
        c.add(new Case("1-d", in -> in.v().mul(in.v()).add(in.x().get(0))));
        c.add(new Case("0-d", in -> in.x().sum()));
        c.add(new Case("empty", in -> Np.zeros(0, in.cols()).add(1)));
        return c;
    }

    private static byte[] bytesOf(Path p) throws IOException {
        return Files.readAllBytes(p);
    }

    /** The chunked file equals the whole-array file; what was materialized is returned. */
    private List<Node> assertChunkedEqualsWhole(Case c, long rows, long cols, long rowsPerChunk) throws IOException {
        NDArray chunkedExpr = c.expr().apply(Inputs.of(rows, cols, 7));
        NDArray reference = c.expr().apply(Inputs.of(rows, cols, 7));
        Path chunked = tmp.resolve("chunked.npy"), whole = tmp.resolve("whole.npy");
        List<Node> materialized = new ArrayList<>();
        new ChunkedNpyWriter((node, isWhole) -> materialized.add(node)).save(chunked, chunkedExpr.node(), rowsPerChunk);
        NpyFiles.save(whole, reference);
        assertArrayEquals(bytesOf(whole), bytesOf(chunked), c + " in blocks of " + rowsPerChunk + " rows");
        return materialized;
    }

    static List<Object[]> casesAndChunks() {
        List<Object[]> out = new ArrayList<>();
        for (Case c : cases()) for (long chunk : new long[] {1, 3, 7, 13, 100}) out.add(new Object[] {c, chunk});
        return out;
    }

    @ParameterizedTest(name = "{0}, {1} rows per chunk")
    @MethodSource("casesAndChunks")
    void writesTheSameFileAsSave(Case c, long rowsPerChunk) throws IOException {
        assertChunkedEqualsWhole(c, 13, 6, rowsPerChunk);
    }

    @Property(tries = 200)
    void writesTheSameFileAsSaveForAnyShapeAndChunkSize(@ForAll @IntRange(min = 0, max = 23) int which,
                                                       @ForAll @IntRange(min = 1, max = 25) int rows,
                                                       @ForAll @IntRange(min = 1, max = 6) int cols,
                                                       @ForAll @IntRange(min = 1, max = 30) int rowsPerChunk) throws IOException {
        Path dir = Files.createTempDirectory("npy-chunk");
        try {
            tmp = dir;
            assertChunkedEqualsWhole(cases().get(which), rows, cols, rowsPerChunk);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) Files.delete(p);
            }
            Files.delete(dir);
        }
    }

    /**
     * The evidence that the result never exists whole: every materialization is a block of at most
     * {@code rowsPerChunk} rows (no whole intermediate at all here), there are as many as blocks, and
     * the expression itself was never computed.
     */
    @Test
    void aLargeElementwiseResultIsSavedInBlocksNeverWhole() throws IOException {
        long rows = 2000, cols = 500, chunk = 256;
        Random r = Np.random(1);
        NDArray x = r.randn(rows, cols), b = r.randn(cols);
        NDArray expr = Np.maximum(0, x.mul(2).add(b)).sub(x.square().mul(0.5)).astype(DType.FLOAT32);
        List<Node> blocks = new ArrayList<>(), wholes = new ArrayList<>();
        Path out = tmp.resolve("big.npy");
        new ChunkedNpyWriter((node, whole) -> (whole ? wholes : blocks).add(node)).save(out, expr.node(), chunk);

        assertEquals(List.of(), wholes);
        assertEquals(8, blocks.size());
        for (Node block : blocks) {
            assertTrue(block.size() <= chunk * cols, "a block of " + block.size() + " elements");
            assertTrue(block.size() < expr.size());
        }
        assertEquals(rows * cols - 7 * chunk * cols, blocks.getLast().size());
        assertNull(expr.node().memo(), "the whole expression was computed");

        NDArray back = NpyFiles.load(out);
        assertArrayEquals(new long[] {rows, cols}, back.shape());
        assertEquals(DType.FLOAT32, back.dtype());
        float[] got = back.toFloatArray();
        double[] xs = x.toDoubleArray(), bs = b.toDoubleArray();
        for (int i = 0; i < got.length; i++) {
            double xv = xs[i];
            float expected = (float) (Math.max(0, xv * 2 + bs[(int) (i % cols)]) - xv * xv * 0.5);
            assertEquals(expected, got[i], i + "");
        }
        assertEquals(Files.size(out), 128 + rows * cols * 4);
    }

    @Test
    void whatCannotBePushedIsComputedWholeOnceAndOnlyThat() throws IOException {
        List<Node> wholes = new ArrayList<>();
        Random r = Np.random(2);
        NDArray x = r.randn(40, 8);
        NDArray centred = x.sub(x.mean(0));                      // mean over axis 0: computed whole once (8 elements)
        new ChunkedNpyWriter((node, whole) -> { if (whole) wholes.add(node); }).save(tmp.resolve("c.npy"), centred.node(), 5);
        assertEquals(1, wholes.size());
        assertEquals(8, wholes.getFirst().size());

        wholes.clear();
        NDArray transposed = x.add(1).transpose();                // rows of x.T read every row of x + 1
        new ChunkedNpyWriter((node, whole) -> { if (whole) wholes.add(node); }).save(tmp.resolve("t.npy"), transposed.node(), 2);
        assertEquals(1, wholes.size());
        assertEquals(320, wholes.getFirst().size());
    }

    @Test
    void theDefaultBlockSizeAndBadArguments() throws IOException {
        assertEquals(1 << 20, ChunkedNpyWriter.defaultRows(new long[] {5_000_000}));
        assertEquals(1 << 10, ChunkedNpyWriter.defaultRows(new long[] {5_000, 1 << 10}));
        assertEquals(1, ChunkedNpyWriter.defaultRows(new long[] {5, 1 << 24}));
        NDArray a = Np.arange(12).reshape(4, 3).mul(2);
        NpyFiles.saveChunked(tmp.resolve("d.npy"), a);
        assertArrayEquals(a.toLongArray(), NpyFiles.load(tmp.resolve("d.npy")).toLongArray());
        assertThrows(IllegalArgumentException.class, () -> NpyFiles.saveChunked(tmp.resolve("e.npy"), a, 0));
        NpyFiles.saveChunked(tmp.resolve("f.npy"), a, Long.MAX_VALUE);
        assertArrayEquals(bytesOf(tmp.resolve("d.npy")), bytesOf(tmp.resolve("f.npy")));
    }

    @Test
    void anAlreadyComputedArrayIsWrittenFromItsValue() throws IOException {
        NDArray a = Np.arange(10).reshape(5, 2).add(1).eval();
        List<Node> seen = new ArrayList<>();
        new ChunkedNpyWriter((node, whole) -> seen.add(node)).save(tmp.resolve("v.npy"), a.node(), 2);
        assertEquals(List.of(), seen);
        assertArrayEquals(a.toLongArray(), NpyFiles.load(tmp.resolve("v.npy")).toLongArray());
    }
}
