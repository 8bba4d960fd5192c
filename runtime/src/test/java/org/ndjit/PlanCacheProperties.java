package org.ndjit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan cache through the API: an expression computed again over new arrays reuses its plan and
 * gives the same bits, and graphs that differ in one structural detail (a dtype, a broadcast, a
 * view's strides, a constant's dtype, a shape) never get each other's plan: each result equals the
 * reference evaluator's, in the twelve dtypes.
 */
class PlanCacheProperties {
    private static final DType[] DTYPES = DType.values();

    /**
     * One expression {@code (x * y + s) - x.sum(axis 1, keepdims)} and its structural details: x's
     * dtype and how it is read (contiguous, transposed, every other column, rows reversed), y's shape
     * (full, a row, a column), the scalar's kind (integer or float, NumPy's weak scalars) and rows.
     */
    record Recipe(int dtype, int view, int yShape, boolean floatScalar, int rows) {
        Recipe mutate(int field, int to) {
            return switch (field) {
                case 0 -> new Recipe(to % DTYPES.length, view, yShape, floatScalar, rows);
                case 1 -> new Recipe(dtype, to % 4, yShape, floatScalar, rows);
                case 2 -> new Recipe(dtype, view, to % 3, floatScalar, rows);
                case 3 -> new Recipe(dtype, view, yShape, !floatScalar, rows);
                default -> new Recipe(dtype, view, yShape, floatScalar, 1 + to % 4);
            };
        }

        NDArray build(SplittableRandom rng) {
            int cols = 5;
            DType d = DTYPES[dtype];
            NDArray x = switch (view) {
                case 0 -> random(rng, d, rows, cols);
                case 1 -> random(rng, d, cols, rows).T();
                case 2 -> random(rng, d, rows, 2 * cols).get(":, ::2");
                default -> random(rng, d, rows, cols).get("::-1");
            };
            NDArray y = switch (yShape) {
                case 0 -> random(rng, d, rows, cols);
                case 1 -> random(rng, d, cols);
                default -> random(rng, d, rows, 1);
            };
            NDArray body = x.mul(y);
            body = floatScalar ? body.add(rng.nextInt(2, 9) / 4.0) : body.add(rng.nextLong(2, 9));
            return body.sub(x.sum(1, true));
        }
    }

    private static NDArray random(SplittableRandom rng, DType d, long... shape) {
        int n = (int) Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        double[] v = new double[n];
        // Non-negative values for the unsigned dtypes and bool: NumPy leaves a negative float's cast to them undefined.
        int low = d.isUnsigned() || d.isBool() ? 0 : -40;
        for (int i = 0; i < n; i++) v[i] = rng.nextInt(low, 40) / 8.0;
        return Np.array(v).astype(d).reshape(shape).eval();
    }

    @Provide
    Arbitrary<Recipe> recipes() {
        return Combinators.combine(Arbitraries.integers().between(0, DTYPES.length - 1), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 2), Arbitraries.of(true, false), Arbitraries.integers().between(1, 4))
                .as(Recipe::new);
    }

    @Property(tries = 60)
    void nearIdenticalGraphsNeverShareAWrongPlan(@ForAll("recipes") Recipe a, @ForAll int field, @ForAll int to, @ForAll long seed) {
        Recipe b = a.mutate(Math.floorMod(field, 5), Math.floorMod(to, 12));
        SplittableRandom rng = new SplittableRandom(seed);
        for (Recipe r : new Recipe[] {a, b, a, b}) assertEqualsReference(r.build(rng));
    }

    @Test
    void aRepeatedExpressionOverNewArraysHitsTheCacheWithTheSameBits() {
        // A structure no other test builds (shape 7x11), so the first computation plans it.
        SplittableRandom rng = new SplittableRandom(11);
        double[] data = new double[77];
        for (int i = 0; i < data.length; i++) data[i] = rng.nextDouble(-3, 3);
        NDArray first = expression(data);
        PlanCacheStats before = Np.planCacheStats();
        StridedArray planned = first.value();
        PlanCacheStats afterFirst = Np.planCacheStats();
        StridedArray reused = expression(data).value();
        PlanCacheStats afterSecond = Np.planCacheStats();
        assertEquals(before.misses() + 1, afterFirst.misses());
        assertEquals(afterFirst.hits() + 1, afterSecond.hits());
        assertBitIdentical(planned, reused);
        assertBitIdentical(ReferenceEvaluator.evaluate(expression(data).node()), reused);
    }

    private static NDArray expression(double[] data) {
        NDArray x = Np.array(data).reshape(7, 11), y = Np.array(Arrays.copyOf(data, 11));
        return x.mul(y).add(x.exp().mul(0.25)).sub(y.div(3.0)).sqrt().abs();
    }

    private static void assertEqualsReference(NDArray result) {
        assertBitIdentical(ReferenceEvaluator.evaluate(result.node()), result.value());
    }

    private static void assertBitIdentical(StridedArray expected, StridedArray actual) {
        assertArrayEquals(expected.shape(), actual.shape());
        assertEquals(expected.dtype(), actual.dtype());
        for (long i = 0; i < expected.size(); i++) {
            long e = expected.dtype().isFloat() ? Double.doubleToLongBits(expected.getDoubleFlat(i)) : expected.getLongFlat(i);
            long a = actual.dtype().isFloat() ? Double.doubleToLongBits(actual.getDoubleFlat(i)) : actual.getLongFlat(i);
            assertEquals(e, a, "element " + i);
        }
        assertTrue(expected.size() > 0);
    }
}
