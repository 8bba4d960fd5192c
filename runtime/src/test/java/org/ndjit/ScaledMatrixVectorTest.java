package org.ndjit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.ndjit.ir.StridedArray;

import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A matrix times a constant, read by a matrix-vector product ({@code (lr * X.T) @ g}), is multiplied
 * as the product's kernel reads it instead of being written first (the optimizer's ScaledOperands):
 * the result has the bits of eager mode, which writes the scaled matrix and multiplies it, for
 * constants that round, overflow, underflow to subnormals, are zero, negative, infinite or NaN, with
 * NaN, infinities and -0.0 in the matrix; in the layouts that take the vector loads (a transpose:
 * its rows adjacent) and the row dots (C order, a slice with a step); the constant on either side;
 * one column or one row; batched or not; float32 and float64.
 */
class ScaledMatrixVectorTest {
    @Property(tries = 60)
    void aScaledMatrixReadInPlaceHasTheBitsOfTheWrittenOne(@ForAll("outputs") int outputs, @ForAll("depths") int k,
                                                          @ForAll @IntRange(min = 0, max = 2) int form, @ForAll boolean row, @ForAll boolean float32,
                                                          @ForAll boolean batched, @ForAll("scales") double scale, @ForAll boolean constantFirst,
                                                          @ForAll boolean specials) {
        DType d = float32 ? DType.FLOAT32 : DType.FLOAT64;
        long seed = ((outputs * 1009L + k) * 7 + form) * 16 + (row ? 8 : 0) + (batched ? 4 : 0) + (specials ? 2 : 0) + (constantFirst ? 1 : 0);
        Supplier<NDArray> build = () -> {
            Random rng = Np.random(seed);
            NDArray matrix = row ? matrix(rng, d, batched, k, outputs, form, specials) : matrix(rng, d, batched, outputs, k, form, specials);
            NDArray vector = MatmulPanelsTest.values(rng, d, row ? new long[] {1, k} : new long[] {k, 1}).eval();
            NDArray scaled = constantFirst ? matrix.rmul(scale) : matrix.mul(scale);
            return row ? vector.matmul(scaled) : scaled.matmul(vector);
        };
        String what = d + " " + (row ? "u @ (B * c)" : "(A * c) @ v") + ", " + outputs + " outputs, k " + k + ", form " + form + ", c " + scale + (specials ? ", specials" : "");
        String plan = build.get().explain();
        boolean readInPlace = !(row && outputs == 1); // a 1 x k @ k x 1 product reads its left operand as the matrix, this one's vector
        assertTrue(plan.contains("(multiplied as it is read)") == readInPlace && plan.contains("elementwise") != readInPlace, what + "\n" + plan);
        StridedArray fused = build.get().value();
        System.setProperty("ndjit.fusion", "false");
        StridedArray eager;
        try { eager = build.get().value(); } finally { System.clearProperty("ndjit.fusion"); }
        CodegenEdgeSupport.assertBitIdentical(eager, fused, what);
    }

    /** A scaled matrix read by a full product (packed: no scaled reads) or by another op too is written as before, and still right. */
    @Test
    void otherReadersOfAScaledMatrixStillWriteIt() {
        Random rng = Np.random(5);
        NDArray x = rng.randn(40, 6).eval(), v = rng.randn(6).eval(), w = rng.randn(40, 3).eval();
        String full = x.T().mul(0.25).matmul(w).explain();
        assertFalse(full.contains("multiplied as it is read"), full);
        NDArray scaled = x.mul(0.25);
        NDArray both = scaled.matmul(v).sum().add(scaled.sum());
        String shared = both.explain();
        assertFalse(shared.contains("multiplied as it is read"), shared);
        CodegenEdgeSupport.assertMatchesReference(both, "a scaled matrix read by a product and a sum");
    }

    /** A matrix in C order, transposed or sliced with a step, its values normal or (specials) with NaN, infinities and -0.0 among them. */
    private static NDArray matrix(Random rng, DType d, boolean batched, int rows, int cols, int form, boolean specials) {
        long[] lead = batched ? new long[] {2} : new long[0];
        long r = form == 1 ? cols : form == 2 ? 2L * rows : rows, c = form == 1 ? rows : cols;
        long[] shape = java.util.Arrays.copyOf(lead, lead.length + 2);
        shape[lead.length] = r;
        shape[lead.length + 1] = c;
        NDArray base = MatmulPanelsTest.values(rng, d, shape);
        if (specials) {
            NDArray special = Np.where(base.gt(1.2), Double.POSITIVE_INFINITY, Np.where(base.lt(-1.2), Double.NaN, Np.where(base.abs().lt(0.05), -0.0, base)));
            base = special.astype(d);
        }
        NDArray leaf = base.eval();
        String all = batched ? ":, " : "";
        return switch (form) {
            case 0 -> leaf;
            case 1 -> batched ? leaf.transpose(0, 2, 1) : leaf.T();
            default -> leaf.get(all + "::2, :");
        };
    }

    @Provide
    Arbitrary<Double> scales() {
        return Arbitraries.of(0.5, 0.1, -3.0, 1e-3, 0.0, -0.0, 1e300, 1e-310, Double.POSITIVE_INFINITY, Double.NaN);
    }

    @Provide
    Arbitrary<Integer> outputs() {
        return Arbitraries.of(1, 3, 8, 15, 16, 17, 33, 64, 65, 130);
    }

    @Provide
    Arbitrary<Integer> depths() {
        return Arbitraries.of(1, 2, 7, 9, 20, 65);
    }
}
