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
import java.util.function.BinaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Compiled loops of the seven dtypes issue 17 added (int8, int16, uint8 to uint64, float16) against
 * the reference, bit for bit, on the values where their arithmetic differs from the five older
 * dtypes': each dtype's minimum and maximum, 0, 1, all ones, the sign bit alone, random bits, and for
 * float16 its largest and smallest (subnormal) values, signed zeros, infinities and NaN. A program
 * draws a pool of such arrays (one of the seven dtypes, sometimes one of the other five) and chains
 * elementwise ops, weak scalars, casts to any of the twelve, wheres and views; the planner fuses
 * what it can, so each chain is one or a few compiled kernels, reductions over the seven included
 * (sum, prod, max, min, argmax, argmin, mean, any, all, along and across rows).
 */
class NarrowDtypeProperties {
    private static final DType[] NARROW = {DType.INT8, DType.INT16, DType.UINT8, DType.UINT16, DType.UINT32, DType.UINT64, DType.FLOAT16};
    private static final long[][] SHAPES = {{}, {1}, {7}, {3, 5}, {5, 1}, {2, 3, 17}, {65}, {66, 9}};
    private static final double[] HALF_SPECIALS = {0.0, -0.0, 1.0, -1.0, 0.5, 65504.0, -65504.0, 0x1p-24, -0x1p-24, 0x1p-14, 3.140625,
            1000.0, 0.099975586, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 2.0, 7.0};

    /**
     * The ops applied. signbit and copysign read a NaN's sign bit, which the contract leaves open (a NaN is
     * any NaN: the x86 default NaN of 0/0 or inf - inf is negative, and the scalar and vector forms of exp
     * keep or make different ones), so they see no NaN here: a clean-clone run met signbit(rint(x)) of a
     * NaN made by inf - inf, 1 in the reference and 0 compiled.
     */
    private static final List<BinaryOperator<NDArray>> OPS = List.of(
            NDArray::add, NDArray::sub, NDArray::mul, NDArray::div, NDArray::floorDiv, NDArray::mod,
            (a, b) -> a.pow(b.abs().minimum(3)), NDArray::maximum, NDArray::minimum, NDArray::fmax, NDArray::fmin,
            NDArray::lt, NDArray::le, NDArray::gt, NDArray::ge, NDArray::eq, NDArray::ne,
            (a, b) -> a.neg(), (a, b) -> a.abs(), (a, b) -> a.sign(), (a, b) -> a.square(), (a, b) -> a.invert(),
            (a, b) -> a.reciprocal(), NDArray::bitwiseAnd, NDArray::bitwiseOr, NDArray::bitwiseXor, NDArray::leftShift, NDArray::rightShift,
            (a, b) -> a.floor(), (a, b) -> a.ceil(), (a, b) -> a.trunc(), (a, b) -> a.rint(), (a, b) -> a.sqrt(), (a, b) -> a.exp(),
            (a, b) -> a.log(), (a, b) -> a.sin(), (a, b) -> a.tanh(), (a, b) -> a.log1p(), (a, b) -> a.exp2(), (a, b) -> a.arctan(),
            (a, b) -> a.cbrt(), NDArray::arctan2, NDArray::hypot, (a, b) -> a.copysign(Np.where(b.isnan(), 1, b)), NDArray::heaviside,
            (a, b) -> a.isnan(), (a, b) -> a.isinf(), (a, b) -> a.signbit().and(a.isnan().not()),
            (a, b) -> Np.where(a.gt(b), a, b), (a, b) -> a.add(1), (a, b) -> a.mul(100), (a, b) -> a.sub(0.5), (a, b) -> a.rsub(3),
            (a, b) -> a.floorDiv(7), (a, b) -> a.mod(3), (a, b) -> a.clip(1, 100), (a, b) -> a.T(), (a, b) -> a.reshape(-1),
            (a, b) -> a.ndim() > 0 ? a.slice(0, null, null, -2) : a.expandDims(0),
            (a, b) -> a.broadcastTo(CompiledMatchesReferenceProperties.Shapes2.withLeading(2, a.shape())),
            (a, b) -> a.sum(), (a, b) -> a.sum(0, false), (a, b) -> a.sum(a.ndim() - 1, true), (a, b) -> a.prod(a.ndim() - 1, false),
            (a, b) -> a.max(0, false), (a, b) -> a.min(a.ndim() - 1, false), (a, b) -> a.argmax(a.ndim() - 1, false),
            (a, b) -> a.argmin(0, false), (a, b) -> a.mean(0, false), (a, b) -> a.sub(a.mean(a.ndim() - 1, true)),
            (a, b) -> a.any(new int[] {0}, false), (a, b) -> a.all(new int[] {a.ndim() - 1}, false));

    @Provide
    Arbitrary<List<Integer>> programs() {
        return Arbitraries.integers().between(0, 1 << 24).list().ofMinSize(2).ofMaxSize(12);
    }

    @Property
    void narrowDtypeKernelsEqualTheReference(@ForAll("programs") List<Integer> program) {
        // Last first: a result read before the arrays it is computed from is one fused graph, not ops over memoised values.
        for (NDArray result : run(program).reversed()) assertSameAsReference(result);
    }

    /** {@code result} computed (fused, compiled) gives the reference's bits, or raises its ArithmeticException. */
    static void assertSameAsReference(NDArray result) {
        String graph = result.graph(); // before evaluation, which replaces the graph by its value
        StridedArray expected;
        try {
            expected = ReferenceEvaluator.evaluate(result.node());
        } catch (ArithmeticException e) {
            assertEquals(e.getMessage(), assertThrows(ArithmeticException.class, result::eval).getMessage(), () -> graph);
            return;
        }
        StridedArray actual = result.value();
        SameBits.assertSameBits(expected, actual, () -> graph);
    }

    /**
     * The first choice seeds the values and the pool's dtype and shape; each later one applies an op to
     * two pool arrays (most often to the last one, so that ops chain into one kernel). Returns the arrays the ops made, each a graph to check.
     */
    private static List<NDArray> run(List<Integer> program) {
        int seed = program.getFirst();
        java.util.Random rng = new java.util.Random(seed);
        DType dtype = NARROW[seed % NARROW.length];
        long[] shape = SHAPES[(seed >> 3) % SHAPES.length];
        List<NDArray> pool = new ArrayList<>(List.of(leaf(rng, dtype, shape), leaf(rng, dtype, shape)));
        if ((seed >> 6) % 3 == 0) pool.add(leaf(rng, DType.values()[rng.nextInt(DType.values().length)], shape));
        int leaves = pool.size();
        for (int c : program.subList(1, program.size())) {
            NDArray a = c % 3 == 0 ? pool.getLast() : pool.get((c >> 2) % pool.size()), b = pool.get((c >> 4) % pool.size());
            int k = (c >> 8) % (OPS.size() + 1);
            try {
                pool.add(k == OPS.size() ? a.astype(DType.values()[(c >> 14) % DType.values().length]) : OPS.get(k).apply(a, b));
            } catch (IllegalArgumentException | IndexOutOfBoundsException | ArithmeticException | UnsupportedOperationException skipped) {
                // An op not defined for the dtype (bitwise ops of floats), a weak scalar out of bounds, a shape mismatch.
            }
        }
        return pool.subList(leaves, pool.size());
    }

    /** An array of {@code dtype} whose elements are its edge values and random bits. */
    static NDArray leaf(java.util.Random rng, DType dtype, long[] shape) {
        int n = (int) java.util.Arrays.stream(shape).reduce(1, Math::multiplyExact);
        if (dtype.isFloat() || dtype.isBool()) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = rng.nextInt(3) == 0 ? Float.float16ToFloat((short) rng.nextInt())
                        : dtype.isBool() ? rng.nextInt(2) : HALF_SPECIALS[rng.nextInt(HALF_SPECIALS.length)];
            }
            return Np.array(v).astype(dtype).reshape(shape).eval();
        }
        long sign = 1L << (dtype.bits() - 1), ones = dtype.bits() == 64 ? -1L : (1L << dtype.bits()) - 1;
        long[] edges = {0, 1, 2, 3, 7, -1, -2, sign, sign - 1, sign + 1, ones, ones - 1, 100, 255, 256};
        long[] v = new long[n];
        for (int i = 0; i < n; i++) v[i] = rng.nextInt(3) == 0 ? rng.nextLong() : edges[rng.nextInt(edges.length)];
        return Np.array(v).astype(dtype).reshape(shape).eval();
    }
}
