package org.ndjit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.ndjit.ir.StridedArray;

import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packed contraction kernel at the edges of its blocks, with operands read in place: shapes
 * around the register tile (8 rows with 512-bit vectors, 5 with 256-bit ones, else 4; 2 vectors of columns: 8, 16 or 32 floats,
 * 4, 8 or 16 doubles at 128, 256 or 512 bits), the row split (40), the rows of A packed at once (120) and the depth
 * of a block (256); operands contiguous, transposed, sliced with a step, reversed and broadcast
 * (stride 0), batched or not, all twelve dtypes (float32 and float64 run the packed kernel, the
 * others the reference evaluator, at depths up to 7), with and without a fused epilogue. Each product is within the
 * error bound of the reference ({@link MatmulTest#assertClose}; integer and bool ones equal it) and
 * has the bits of the same product of contiguous copies: packing copies values, so the layout must
 * not matter.
 */
class MatmulPanelsTest {
    @Property(tries = 40)
    void stridedOperandsGiveTheBitsOfContiguousOnes(@ForAll("rows") int n, @ForAll("depths") int depth, @ForAll("widths") int m,
                                                   @ForAll @IntRange(min = 0, max = 4) int leftForm, @ForAll @IntRange(min = 0, max = 4) int rightForm,
                                                   @ForAll("dtypes") DType d, @ForAll boolean batched, @ForAll boolean epilogue) {
        // The reference evaluator's products (every dtype but float32 and float64) have no blocks to cross: a
        // shallow depth keeps their four reference products cheap (CI time).
        int k = d == DType.FLOAT32 || d == DType.FLOAT64 ? depth : Math.min(depth, 7);
        Random rng = Np.random(((n * 1009L + k) * 1013 + m) * 31 + leftForm * 5 + rightForm);
        NDArray a = operand(rng, d, batched, n, k, leftForm), b = operand(rng, d, batched && rightForm % 2 == 1, k, m, rightForm);
        NDArray bias = values(rng, d, m).eval();
        Function<NDArray, NDArray> after = epilogue ? p -> Np.maximum(0, p.add(bias)) : p -> p;
        NDArray product = a.matmul(b);
        StridedArray got = after.apply(product).value(); // first: the product node is shared, and once computed it is no longer fused
        MatmulTest.assertClose(product, a, b, k);
        StridedArray expected = after.apply(contiguous(a).matmul(contiguous(b)).eval()).value();
        CodegenEdgeSupport.assertBitIdentical(expected, got, d + " " + product.shapeString() + ", forms " + leftForm + ", " + rightForm);
    }

    /** {@code X.T @ v} and {@code A @ B.T} read the transposes in place: one step, no copy kernel. */
    @Test
    void transposedOperandsAreNotCopied() {
        Random rng = Np.random(17);
        NDArray x = rng.randn(300, 40).astype(DType.FLOAT32).eval(), v = rng.randn(300).astype(DType.FLOAT32).eval();
        NDArray xtv = x.T().matmul(v);
        String plan = xtv.explain();
        assertFalse(plan.contains("(copy)"), plan);
        assertTrue(plan.startsWith("plan: 1 kernel, 1 intermediate\n"), plan);
        assertTrue(plan.contains("= matmul (blocked contraction) of view f32[40,300], view f32[300,1]\n"), plan);
        MatmulTest.assertClose(xtv, x.T(), v, 300);

        NDArray a = rng.randn(30, 40), b = rng.randn(50, 40);
        NDArray abt = a.matmul(b.T());
        assertEquals("plan: 1 kernel, 0 intermediates\n"
                + "kernel 0: t0 f64[30,50] = matmul (blocked contraction) of buffer f64[30,40], view f64[40,50]\n", abt.explain());
        MatmulTest.assertClose(abt, a, b.T(), 40);
    }

    /**
     * A deep product packs B a block of columns at a time (4 MB of panels: 512 float columns or 256
     * double ones at k = 2000 with 512-bit vectors): the blocks and the epilogue on each are stitched.
     */
    @Test
    void columnBlocksOfADeepProduct() {
        for (DType d : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            Random rng = Np.random(23);
            NDArray x = rng.randn(13, 2000).astype(d).eval(), w = rng.randn(600, 2000).astype(d).eval().T(), bias = rng.randn(600).astype(d).eval();
            NDArray layer = Np.maximum(0, x.matmul(w).add(bias));
            assertTrue(layer.explain().contains("then on each finished block of the product"), layer.explain());
            StridedArray fused = layer.value(); // first: the product node is shared, and once computed it is no longer fused
            MatmulTest.assertClose(x.matmul(w), x, w, 2000);
            StridedArray unfused = Np.maximum(0, x.matmul(w).eval().add(bias)).value();
            for (long i = 0; i < fused.size(); i++) assertEquals(unfused.getDoubleFlat(i), fused.getDoubleFlat(i), 0.0, d + " element " + i);
        }
    }

    /** A {@code rows x cols} operand (with a batch of 2 in front if asked) in one of five layouts; its values are made before the view. */
    static NDArray operand(Random rng, DType d, boolean batched, int rows, int cols, int form) {
        long[] lead = batched ? new long[] {2} : new long[0];
        String all = batched ? ":, " : "";
        return switch (form) {
            case 0 -> values(rng, d, shape(lead, rows, cols)).eval();
            case 1 -> {
                NDArray t = values(rng, d, shape(lead, cols, rows)).eval();
                yield batched ? t.transpose(0, 2, 1) : t.T();
            }
            case 2 -> values(rng, d, shape(lead, 2L * rows, cols + 3L)).eval().get(all + "::2, 3:");
            case 3 -> values(rng, d, shape(lead, rows, cols)).eval().get(all + "::-1, ::-1");
            default -> values(rng, d, 1, cols).eval().broadcastTo(shape(lead, rows, cols));
        };
    }

    /**
     * Random values of {@code d}: normal ones for the floats; integers -3 to 3 for the others (negative
     * ones wrap to large unsigned values, so products overflow and wrap; bool's are mostly true).
     */
    static NDArray values(Random rng, DType d, long... shape) {
        return d.isFloat() ? rng.randn(shape).astype(d) : rng.integers(-3, 4, shape).astype(d);
    }

    /** A contiguous copy of {@code x}, of its dtype and bits (adding zeros; randn makes no -0.0). */
    static NDArray contiguous(NDArray x) {
        return x.add(Np.zeros(x.dtype(), x.shape())).eval();
    }

    private static long[] shape(long[] lead, long rows, long cols) {
        long[] s = java.util.Arrays.copyOf(lead, lead.length + 2);
        s[lead.length] = rows;
        s[lead.length + 1] = cols;
        return s;
    }

    @Provide
    Arbitrary<DType> dtypes() {
        return kernelDtypesMostly();
    }

    /**
     * The twelve dtypes, float32 and float64 (the packed kernel's, the compiled path) eight times as
     * often as each of the ten whose products run in the reference evaluator.
     */
    static Arbitrary<DType> kernelDtypesMostly() {
        return Arbitraries.frequency(java.util.Arrays.stream(DType.values())
                .map(d -> Tuple.of(d == DType.FLOAT32 || d == DType.FLOAT64 ? 8 : 1, d)).toList());
    }

    @Provide
    Arbitrary<Integer> rows() {
        return Arbitraries.of(1, 3, 4, 5, 6, 7, 8, 9, 12, 23, 24, 25, 39, 40, 41, 119, 121);
    }

    @Provide
    Arbitrary<Integer> depths() {
        return Arbitraries.of(1, 2, 7, 255, 256, 257, 513);
    }

    @Provide
    Arbitrary<Integer> widths() {
        return Arbitraries.of(1, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 65);
    }
}
