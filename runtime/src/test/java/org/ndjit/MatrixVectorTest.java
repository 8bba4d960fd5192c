package org.ndjit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.ndjit.ir.StridedArray;

import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Products with one column ({@code A @ v}) or one row ({@code u @ B}), which run the kernel's
 * matrix-vector path instead of the packed one: the matrix in the five layouts of
 * {@link MatmulPanelsTest} (contiguous, transposed: its rows adjacent, the vector loads' case;
 * sliced with a step, reversed, broadcast), batched or not, the vector a strided view, both float
 * dtypes, with and without a fused epilogue; output counts around 4 vectors of every lane count
 * (the rows done at once) and the split of 64, depths around vector widths. Each product is within
 * the reference's error bound and has exactly the bits of fused multiply-adds in the order of the
 * depth from +0.0, which are the packed kernel's: the same product as one column of a two-column
 * one (packed) has the same bits. Also the build-time rewrite of an operand computed from
 * transposes ({@link TransposeAfterElementwise}).
 */
class MatrixVectorTest {
    @Property(tries = 80)
    void oneColumnOrRowHasTheBitsOfOrderedFusedMultiplyAdds(@ForAll("outputs") int outputs, @ForAll("depths") int k,
                                                           @ForAll @IntRange(min = 0, max = 4) int matrixForm, @ForAll @IntRange(min = 0, max = 3) int vectorForm,
                                                           @ForAll boolean row, @ForAll boolean f32, @ForAll boolean batched, @ForAll boolean epilogue) {
        Random rng = Np.random(((outputs * 1009L + k) * 31 + matrixForm * 5 + vectorForm) * 2 + (row ? 1 : 0));
        DType d = f32 ? DType.FLOAT32 : DType.FLOAT64;
        NDArray matrix = row ? MatmulPanelsTest.operand(rng, d, batched, k, outputs, matrixForm) : MatmulPanelsTest.operand(rng, d, batched, outputs, k, matrixForm);
        NDArray pair = row ? MatmulPanelsTest.operand(rng, d, false, 2, k, vectorForm) : MatmulPanelsTest.operand(rng, d, false, k, 2, vectorForm);
        NDArray vector = pair.get(row ? "0:1, :" : ":, 0:1");
        NDArray product = row ? vector.matmul(matrix) : matrix.matmul(vector);
        NDArray bias = rng.randn(row ? outputs : 1).astype(d).eval();
        Function<NDArray, NDArray> after = epilogue ? p -> Np.maximum(0, p.add(bias)) : p -> p;
        double[] got = after.apply(product).toDoubleArray(); // first: the product node is shared, and once computed it is no longer fused
        MatmulTest.assertClose(product, row ? vector : matrix, row ? matrix : vector, k);

        double[] m = matrix.add(0).toDoubleArray(), v = vector.add(0).toDoubleArray(), ordered = new double[got.length];
        int batches = batched ? 2 : 1;
        for (int b = 0; b < batches; b++) {
            for (int o = 0; o < outputs; o++) {
                double sum = 0d;
                float fsum = 0f;
                for (int p = 0; p < k; p++) {
                    double e = m[b * outputs * k + (row ? p * outputs + o : o * k + p)];
                    if (f32) fsum = Math.fma((float) e, (float) v[p], fsum);
                    else sum = Math.fma(e, v[p], sum);
                }
                ordered[b * outputs + o] = f32 ? fsum : sum;
            }
        }
        double[] expected = after.apply(Np.array(ordered).astype(d).reshape(product.shape())).toDoubleArray();
        assertBits(expected, got, product.shapeString() + ", forms " + matrixForm + ", " + vectorForm);
        if (outputs > 1) { // then the two-column (two-row) product is packed
            NDArray packed = (row ? pair.matmul(matrix) : matrix.matmul(pair)).eval();
            NDArray slice = batched ? packed.get(row ? ":, 0:1, :" : ":, :, 0:1") : packed.get(row ? "0:1, :" : ":, 0:1");
            assertBits(after.apply(slice).toDoubleArray(), got, "the packed product, " + product.shapeString());
        }
    }

    /** 1-D operands, the programs' forms: {@code X @ w}, {@code X.T @ r} (X's rows read as adjacent outputs) and {@code r @ X}. */
    @Test
    void vectorOperandsOfTheProgramsForms() {
        for (DType d : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            Random rng = Np.random(29);
            NDArray x = rng.randn(1000, 20).astype(d).eval(), w = rng.randn(20).astype(d).eval(), r = rng.randn(1000).astype(d).eval();
            NDArray xw = x.matmul(w), xtr = x.T().mul(0.5).matmul(r), rx = r.matmul(x);
            assertEquals("(1000,)", xw.shapeString());
            assertEquals("(20,)", xtr.shapeString());
            MatmulTest.assertClose(xw, x, w, 20);
            MatmulTest.assertClose(xtr, x.T().mul(0.5), r, 1000);
            MatmulTest.assertClose(rx, r, x, 1000);
            assertBits(x.T().mul(0.5).add(0).eval().matmul(r).toDoubleArray(), xtr.toDoubleArray(), "X.T @ r from a contiguous copy, " + d);
            assertBits(rx.toDoubleArray(), xtr.div(0.5).toDoubleArray(), "r @ X and X.T @ r, " + d);
        }
    }

    /**
     * {@code (X.T * lr) @ r} scales X in its own order and the product reads the transpose in place;
     * an operand mixing orders, or one already computed, is left as it is.
     */
    @Test
    void anOperandComputedFromTransposesIsTheTransposeOfItsOp() {
        Random rng = Np.random(31);
        NDArray x = rng.randn(100, 20).eval(), z = rng.randn(20, 100).eval(), r = rng.randn(100).eval();
        String plan = x.T().mul(0.5).matmul(r).explain();
        assertTrue(plan.contains("reads: buffer f64[100,20] strides (20, 1)\n"), plan);
        assertTrue(plan.contains("matmul (blocked contraction) of view of t0 f64[20,100], "), plan);
        String mixed = x.T().add(z).matmul(r).explain();
        assertTrue(mixed.contains("view f64[20,100] strides (1, 20)"), mixed);
        NDArray scaled = x.T().mul(0.5).eval();
        String computed = scaled.matmul(r).explain();
        assertFalse(computed.contains("elementwise"), computed);
    }

    private static void assertBits(double[] expected, double[] got, String what) {
        assertEquals(expected.length, got.length, what);
        for (int i = 0; i < got.length; i++) assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(got[i]), "element " + i + " of " + what);
    }

    @Provide
    Arbitrary<Integer> outputs() {
        return Arbitraries.of(1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 20, 31, 32, 33, 63, 64, 65, 130);
    }

    @Provide
    Arbitrary<Integer> depths() {
        return Arbitraries.of(1, 2, 3, 7, 8, 9, 16, 17, 33, 255, 257);
    }
}
