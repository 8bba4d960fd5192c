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
 * sliced with a step, reversed, broadcast), batched or not, the vector a strided view, all twelve
 * dtypes (float32 and float64 run the kernel, the others the reference evaluator: integer and bool
 * products must be the exact sums, wrapped as NumPy's), with and without a fused epilogue; output counts around 4 vectors of every lane count
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
                                                           @ForAll boolean row, @ForAll("dtypes") DType d, @ForAll boolean batched, @ForAll boolean epilogue) {
        Random rng = Np.random(((outputs * 1009L + k) * 31 + matrixForm * 5 + vectorForm) * 2 + (row ? 1 : 0));
        NDArray matrix = row ? MatmulPanelsTest.operand(rng, d, batched, k, outputs, matrixForm) : MatmulPanelsTest.operand(rng, d, batched, outputs, k, matrixForm);
        NDArray pair = row ? MatmulPanelsTest.operand(rng, d, false, 2, k, vectorForm) : MatmulPanelsTest.operand(rng, d, false, k, 2, vectorForm);
        NDArray vector = pair.get(row ? "0:1, :" : ":, 0:1");
        NDArray product = row ? vector.matmul(matrix) : matrix.matmul(vector);
        NDArray bias = MatmulPanelsTest.values(rng, d, row ? outputs : 1).eval();
        Function<NDArray, NDArray> after = epilogue ? p -> Np.maximum(0, p.add(bias)) : p -> p;
        StridedArray got = after.apply(product).value(); // first: the product node is shared, and once computed it is no longer fused
        String what = d + " " + product.shapeString() + ", forms " + matrixForm + ", " + vectorForm;
        MatmulTest.assertClose(product, row ? vector : matrix, row ? matrix : vector, k);
        if (d != DType.FLOAT16) { // float16's products run in the reference evaluator and are held to assertClose's bound only
            NDArray ordered = ordered(MatmulPanelsTest.contiguous(matrix), MatmulPanelsTest.contiguous(vector), batched ? 2 : 1, outputs, k, row);
            CodegenEdgeSupport.assertBitIdentical(after.apply(ordered.reshape(product.shape())).value(), got, what);
        }
        if (outputs > 1) { // then the two-column (two-row) product is packed
            NDArray packed = (row ? pair.matmul(matrix) : matrix.matmul(pair)).eval();
            NDArray slice = batched ? packed.get(row ? ":, 0:1, :" : ":, :, 0:1") : packed.get(row ? "0:1, :" : ":, 0:1");
            CodegenEdgeSupport.assertBitIdentical(after.apply(slice).value(), got, "the packed product, " + what);
        }
    }

    /**
     * Each output's dot product in the order of the depth: fused multiply-adds from +0.0 in float32 or
     * float64 (the kernel's), or a long sum of products narrowed to the integer dtype (NumPy's integer
     * matmul, which wraps; a bool product is true where a sum of products of 0 and 1 is not 0).
     */
    private static NDArray ordered(NDArray matrix, NDArray vector, int batches, int outputs, int k, boolean row) {
        DType d = matrix.dtype();
        boolean f32 = d == DType.FLOAT32, exact = !d.isFloat();
        double[] m = exact ? null : matrix.toDoubleArray(), v = exact ? null : vector.toDoubleArray();
        long[] mi = exact ? matrix.astype(DType.INT64).toLongArray() : null, vi = exact ? vector.astype(DType.INT64).toLongArray() : null;
        double[] sums = new double[exact ? 0 : batches * outputs];
        long[] exactSums = new long[exact ? batches * outputs : 0];
        for (int b = 0; b < batches; b++) {
            for (int o = 0; o < outputs; o++) {
                double sum = 0d;
                float fsum = 0f;
                long lsum = 0;
                for (int p = 0; p < k; p++) {
                    int at = b * outputs * k + (row ? p * outputs + o : o * k + p);
                    if (exact) lsum += mi[at] * vi[p];
                    else if (f32) fsum = Math.fma((float) m[at], (float) v[p], fsum);
                    else sum = Math.fma(m[at], v[p], sum);
                }
                if (exact) exactSums[b * outputs + o] = lsum;
                else sums[b * outputs + o] = f32 ? fsum : sum;
            }
        }
        return exact ? Np.array(exactSums).astype(d) : Np.array(sums).astype(d);
    }

    /**
     * {@code X @ w} with X's columns adjacent, four rows' sums to a vector (RowLanes): its loads reach
     * one element before a row and one past a step of four columns, and a last step that overlaps the
     * one before adds only its new columns. Rows around the block of 8, depths around the step of 4,
     * X contiguous or a view with an offset whose neighbours (the elements between and around its rows)
     * are NaN and infinities, which must not reach a sum: each output has the bits of the ordered fused
     * multiply-adds.
     */
    @Test
    void rowsOfAdjacentColumnsHaveTheBitsOfOrderedFusedMultiplyAdds() {
        java.util.Random r = new java.util.Random(37);
        double[] poison = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (DType d : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            for (int k : new int[] {4, 5, 6, 7, 8, 9, 20, 22}) {
                for (int rows : new int[] {7, 8, 9, 17, 23}) {
                    double[][] around = new double[2 * rows][k + 3]; // X is rows 0, 2, 4, ... and columns 1..k
                    double[] w = new double[k];
                    for (int i = 0; i < around.length; i++) {
                        for (int j = 0; j < k + 3; j++) around[i][j] = i % 2 == 0 && j >= 1 && j <= k ? r.nextGaussian() : poison[(i + j) % 3];
                    }
                    for (int p = 0; p < k; p++) w[p] = r.nextGaussian();
                    NDArray view = Np.array(around).astype(d).eval().get("::2, 1:" + (k + 1)), wv = Np.array(w).astype(d).eval();
                    for (NDArray x : new NDArray[] {view, MatmulPanelsTest.contiguous(view)}) {
                        double[] got = x.matmul(wv).toDoubleArray();
                        for (int o = 0; o < rows; o++) {
                            double sum = 0d;
                            float fsum = 0f;
                            for (int p = 0; p < k; p++) {
                                if (d == DType.FLOAT32) fsum = Math.fma((float) around[2 * o][p + 1], (float) w[p], fsum);
                                else sum = Math.fma(around[2 * o][p + 1], w[p], sum);
                            }
                            double want = d == DType.FLOAT32 ? fsum : sum;
                            int row = o;
                            assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got[o]),
                                () -> d + " " + rows + " x " + k + (x == view ? " view" : "") + ", row " + row + ": " + want + " vs " + got[row]);
                        }
                    }
                }
            }
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
            CodegenEdgeSupport.assertBitIdentical(x.T().mul(0.5).add(0).eval().matmul(r).value(), xtr.value(), "X.T @ r from a contiguous copy, " + d);
            CodegenEdgeSupport.assertBitIdentical(rx.value(), xtr.div(0.5).value(), "r @ X and X.T @ r, " + d);
        }
    }

    /**
     * {@code (X.T * lr) @ r} scales X in its own order and the product reads the transpose in place,
     * multiplying as it reads (ScaledMatrixVectorTest); an operand mixing orders, or one already
     * computed, is left as it is.
     */
    @Test
    void anOperandComputedFromTransposesIsTheTransposeOfItsOp() {
        Random rng = Np.random(31);
        NDArray x = rng.randn(100, 20).eval(), z = rng.randn(20, 100).eval(), r = rng.randn(100).eval();
        String plan = x.T().mul(0.5).matmul(r).explain();
        assertTrue(plan.contains("matmul (blocked contraction) of view of buffer f64[100,20] times 0.5 (multiplied as it is read), "), plan);
        assertFalse(plan.contains("elementwise"), plan);
        String mixed = x.T().add(z).matmul(r).explain();
        assertTrue(mixed.contains("view f64[20,100] strides (1, 20)"), mixed);
        NDArray scaled = x.T().mul(0.5).eval();
        String computed = scaled.matmul(r).explain();
        assertFalse(computed.contains("elementwise"), computed);
    }

    @Provide
    Arbitrary<DType> dtypes() {
        return MatmulPanelsTest.kernelDtypesMostly();
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
