package org.ndjit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Issue 16's functions, compiled, against the eager reference on random programs, bit for bit (any
 * NaN equals any NaN), in the style of {@link CompiledMatchesReferenceProperties}: every elementwise
 * function and NaN-aware reduction on every dtype, over broadcasts, transposes and reversed slices,
 * fused with arithmetic, with NaN, infinities and signed zeros in the data. Runs in every Surefire
 * execution (vector loops of the preferred and of 128-bit species, without the vector module,
 * tiered kernels, C1 only, -Xcomp).
 */
class UfuncProperties {
    private static final long[][] SHAPES = {{}, {1}, {7}, {3, 1}, {1, 7}, {3, 7}, {2, 3, 7}, {0}, {17}, {65, 17}};
    private static final DType[] DTYPES = DType.values();
    private static final double[] SPECIAL = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, 0.5, -1.0, 1.0};

    @Provide
    Arbitrary<List<Integer>> programs() {
        return Arbitraries.integers().between(0, 1 << 20).list().ofMinSize(1).ofMaxSize(12);
    }

    @Property
    void compiledEqualsReference(@ForAll("programs") List<Integer> program) {
        assertEqualsReference(run(program));
    }

    /**
     * The functions with vector loops (issue 16's: sign, copysign, heaviside, fmax, fmin, invert, the
     * shifts, log1p, expm1, log2, log10, exp2, sinh, cosh) on rows long enough for several vectors, with arguments
     * from their hard regions: each branch bound of the scalar code and its neighbours, next to -1,
     * 0 and 1, subnormals, overflow, infinities, NaN; integers with shift counts outside [0, bits).
     */
    @Property(tries = 200)
    void vectorLoopsEqualReferenceInHardRegions(@ForAll("programs") List<Integer> program) {
        Random rng = Np.random(program.get(0));
        long[] shape = VECTOR_SHAPES[program.get(0) % VECTOR_SHAPES.length];
        DType dtype = DTYPES[(program.get(0) >> 3) % DTYPES.length];
        NDArray x = hardLeaf(rng, shape, dtype), y = hardLeaf(rng, shape, dtype);
        for (int c : program.subList(1, Math.min(program.size(), 4))) {
            try {
                x = switch (c % 16) {
                    case 0 -> x.sign();
                    case 1 -> x.copysign(y);
                    case 2 -> x.heaviside(y);
                    case 3 -> x.fmax(y);
                    case 4 -> x.fmin(y);
                    case 5 -> x.invert();
                    case 6 -> x.leftShift(y);
                    case 7 -> x.rightShift(y);
                    case 8 -> x.log1p();
                    case 9 -> x.expm1();
                    case 10 -> x.log2();
                    case 11 -> x.log10();
                    case 12 -> x.exp2();
                    case 13 -> x.sinh();
                    case 14 -> x.cosh();
                    default -> x.mul(y).add(1.5);
                };
            } catch (IllegalArgumentException wrongDtype) {
                x = x.astype(DType.FLOAT64).log1p();
            }
        }
        assertEqualsReference(x);
    }

    private static final long[][] VECTOR_SHAPES = {{37}, {5, 19}, {2, 3, 33}, {130}};
    /** Bounds where the scalar functions change branch, and values next to them, as float64. */
    private static final double[] HARD = {-1.0, Math.nextUp(-1.0), -1 + 0x1p-30, -0.2928932188134524, -0.29289321881345254, 0.41421356237309503,
            0.4142135623730951, 0x1p53, Math.nextDown(0x1p53), 0x1p-29, -0x1p-29, 0x1p-54, -0x1p-55, 0.34657359027997264, -0.3465735902799726,
            1.0397207708399179, -1.0397207708399179, -38.816242111356935, 38.9, 709.782712893384, 709.7827128933841, 710.0, -745.2,
            13.862943611198906, 38.81624211135693, 1.0, Math.nextUp(1.0), Math.nextDown(1.0), Math.sqrt(2), 1000.0, 1e-5, 1e300,
            Double.MIN_VALUE, -Double.MIN_VALUE, 0x1p-1040, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, 0.25, -0.25, 2.0, -2.0, -1074.5, -1075.0, -1022.3, 1023.99, 1024.0, 2.5, -2.5, 22.0, -21.99, 0.5, 710.47, -710.48};

    /** A leaf of the dtype: hard values, their neighbours and uniform values (floats); any integers, and counts in [-70, 70] (integers). */
    private static NDArray hardLeaf(Random rng, long[] shape, DType dtype) {
        NDArray pick = rng.integers(0, HARD.length, shape);
        NDArray hard = Np.array(HARD).take(pick);
        NDArray uniform = rng.uniform(-3, 3, shape);
        NDArray mixed = Np.where(rng.rand(shape).lt(0.6), hard, uniform);
        if (dtype.isInteger()) {
            mixed = Np.where(rng.rand(shape).lt(0.5), rng.integers(-70, 71, shape),
                    rng.integers(-(1L << 62), 1L << 62, shape).mul(2).add(rng.integers(0, 2, shape)));
        }
        return mixed.astype(dtype).eval();
    }

    static void assertEqualsReference(NDArray result) {
        StridedArray expected;
        try {
            expected = ReferenceEvaluator.evaluate(result.node());
        } catch (ArithmeticException e) {
            ArithmeticException compiled = assertThrows(ArithmeticException.class, result::eval);
            assertEquals(e.getMessage(), compiled.getMessage());
            return;
        }
        StridedArray actual = result.value();
        SameBits.assertSameBits(expected, actual, () -> result.graph());
    }

    static NDArray run(List<Integer> program) {
        List<NDArray> pool = new ArrayList<>();
        Random rng = Np.random(program.get(0));
        pool.add(leaf(rng, program.get(0)));
        for (int c : program.subList(1, program.size())) {
            NDArray a = pool.get(c % pool.size()), b = pool.get((c >> 4) % pool.size());
            try {
                pool.add(step(c >> 8, a, b));
            } catch (IllegalArgumentException | IndexOutOfBoundsException | ArithmeticException skipped) {
                // A dtype or shape the function rejects, or an all-NaN slice of nanargmax (checked when called).
                pool.add(leaf(rng, c));
            }
        }
        return pool.getLast();
    }

    /** Multiples of 3/8 in [-2.25, 2.25] (arcsin's domain and beyond), some special values, in one of the dtypes. */
    private static NDArray leaf(Random rng, int c) {
        long[] shape = SHAPES[c % SHAPES.length];
        DType dtype = DTYPES[(c >> 4) % DTYPES.length];
        NDArray x = rng.integers(-6, 7, shape).astype(DType.FLOAT64).mul(0.375);
        if ((c >> 7) % 3 == 0) x = Np.where(x.eq(0.75), SPECIAL[(c >> 9) % SPECIAL.length], x);
        if (dtype.isInteger()) x = rng.integers(-70, 71, shape).astype(DType.FLOAT64);
        return x.astype(dtype).eval();
    }

    private static NDArray step(int c, NDArray a, NDArray b) {
        int k = c % 52, axis = (c >> 6) % Math.max(1, a.ndim());
        boolean keep = ((c >> 9) & 1) == 1;
        int[] axes = a.ndim() == 0 ? null : new int[] {axis};
        return switch (k) {
            case 0 -> a.tan();
            case 1 -> a.arcsin();
            case 2 -> a.arccos();
            case 3 -> a.arctan();
            case 4 -> a.sinh();
            case 5 -> a.cosh();
            case 6 -> a.arcsinh();
            case 7 -> a.arccosh();
            case 8 -> a.arctanh();
            case 9 -> a.exp2();
            case 10 -> a.cbrt();
            case 11 -> a.reciprocal();
            case 12 -> a.round((c >> 10) % 5 - 2);
            case 13 -> a.isnan();
            case 14 -> a.isinf();
            case 15 -> a.isfinite();
            case 16 -> a.signbit().and(a.isnan().not()); // a NaN's sign is left open (see NarrowDtypeProperties.OPS)
            case 17 -> a.nanToNum();
            case 18 -> a.degrees();
            case 19 -> a.radians();
            case 20 -> a.invert();
            case 21 -> a.arctan2(b);
            case 22 -> a.hypot(b);
            case 23 -> a.copysign(Np.where(b.isnan(), 1, b));
            case 24 -> a.heaviside(b);
            case 25 -> a.fmax(b);
            case 26 -> a.fmin(b);
            case 27 -> a.logicalXor(b);
            case 28 -> a.bitwiseAnd(b);
            case 29 -> a.bitwiseOr(b);
            case 30 -> a.bitwiseXor(b);
            case 31 -> a.leftShift(b);
            case 32 -> a.rightShift(b);
            case 33 -> Np.nansum(a, axes, keep);
            case 34 -> Np.nanprod(a, axes, keep);
            case 35 -> Np.nanmax(a, axes, keep);
            case 36 -> Np.nanmin(a, axes, keep);
            case 37 -> Np.nanmean(a, axes, keep);
            case 38 -> Np.nanvar(a, axes, keep, (c >> 10) & 1);
            case 39 -> Np.nanstd(a, axes, keep, 0);
            case 40 -> a.ndim() == 0 ? Np.nanargmax(a) : Np.nanargmax(a, axis);
            case 41 -> a.ndim() == 0 ? Np.nanargmin(a) : Np.nanargmin(a, axis);
            case 42 -> a.ndim() == 0 ? Np.ptp(a) : Np.ptp(a, axis);
            case 43 -> Np.isclose(a, b, 1e-3, 0.25, ((c >> 10) & 1) == 1);
            case 44 -> a.add(b);
            case 45 -> a.mul(1.5).sub(b);
            case 46 -> a.T();
            case 47 -> a.ndim() > 0 ? a.slice(axis, null, null, -2) : a.expandDims(0);
            case 48 -> Np.where(a.gt(0), a, b);
            case 49 -> a.sum(axis, keep);
            case 50 -> a.leftShift(3).bitwiseXor(b.rightShift(1));
            case 51 -> a.hypot(a.arctan2(0.5)).fmax(b.cbrt());
            default -> throw new IllegalStateException("step " + k);
        };
    }
}
