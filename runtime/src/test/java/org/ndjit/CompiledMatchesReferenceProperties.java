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

/**
 * The compiled path (planner, fused kernels, reduce kernels) against the eager reference on random
 * graphs. The contract is bit-identical results: kernels call the reference's element operations and
 * reductions feed the reference's accumulators in the same order, so no tolerance is needed
 * (NaN payloads aside: any NaN equals any NaN; +0.0 and -0.0 are compared as different).
 * Tries: {@code jqwik.tries.default} (500 in the build, fewer under -Xcomp).
 * A random program is a list of choices, interpreted as steps over a pool of arrays, so jqwik
 * shrinks a failure to a short program.
 */
class CompiledMatchesReferenceProperties {
    /** Small shapes, and a few with more rows than a block of sums across rows (64) and more columns than a vector. */
    private static final long[][] SHAPES = {{}, {1}, {7}, {3, 1}, {1, 7}, {3, 7}, {2, 3, 7}, {0}, {3, 0}, {17}, {2, 1, 7},
            {65, 7}, {65, 17}, {2, 65, 17}};
    private static final DType[] DTYPES = DType.values();

    @Provide
    Arbitrary<List<Integer>> programs() {
        return Arbitraries.integers().between(0, 1 << 20).list().ofMinSize(1).ofMaxSize(24);
    }

    @Property
    void compiledEqualsReference(@ForAll("programs") List<Integer> program) {
        NDArray result = run(program);
        StridedArray expected;
        try {
            expected = ReferenceEvaluator.evaluate(result.node());
        } catch (ArithmeticException e) {
            ArithmeticException compiled = org.junit.jupiter.api.Assertions.assertThrows(ArithmeticException.class, result::eval);
            assertEquals(e.getMessage(), compiled.getMessage());
            return;
        }
        StridedArray actual = result.value();
        assertSame(expected, actual, result);
    }

    private static void assertSame(StridedArray expected, StridedArray actual, NDArray result) {
        SameBits.assertSameBits(expected, actual, () -> result.graph());
    }

    /** Interprets the choices: each builds one array from the pool; shape errors just skip the step. */
    static NDArray run(List<Integer> program) {
        return pool(program).getLast();
    }

    /** Every array {@link #run} builds, in order: the leaf first, then one per choice. */
    static List<NDArray> pool(List<Integer> program) {
        List<NDArray> pool = new ArrayList<>();
        Random rng = Np.random(program.get(0));
        pool.add(leaf(rng, program.get(0)));
        for (int c : program.subList(1, program.size())) {
            NDArray a = pool.get(c % pool.size()), b = pool.get((c >> 4) % pool.size());
            try {
                pool.add(step(c >> 8, a, b, rng));
            } catch (IllegalArgumentException | IndexOutOfBoundsException | ArithmeticException skipped) {
                // A shape error, or a value error raised while counting a mask (the one build-time computation).
                pool.add(leaf(rng, c));
            }
        }
        return pool;
    }

    private static NDArray leaf(Random rng, int c) {
        long[] shape = SHAPES[c % SHAPES.length];
        DType dtype = DTYPES[(c >> 4) % DTYPES.length];
        NDArray x = rng.integers(-6, 7, shape).astype(DType.FLOAT64).mul(0.75);
        if ((c >> 7) % 5 == 0) x = Np.where(x.ne(0.75), x, Double.NaN);
        return x.astype(dtype).eval();
    }

    private static NDArray step(int c, NDArray a, NDArray b, Random rng) {
        int k = c % 49, axis = (c >> 6) % Math.max(1, a.ndim());
        boolean keep = ((c >> 9) & 1) == 1;
        return switch (k) {
            case 0 -> a.add(b);
            case 1 -> a.sub(b);
            case 2 -> a.mul(b);
            case 3 -> a.div(b);
            case 4 -> a.maximum(b);
            case 5 -> a.minimum(b);
            case 6 -> a.floorDiv(b);
            case 7 -> a.mod(b);
            case 8 -> a.pow(b.abs().minimum(3));
            case 9 -> a.lt(b);
            case 10 -> a.ge(b);
            case 11 -> a.eq(b);
            case 12 -> a.ne(b);
            case 13 -> a.neg();
            case 14 -> a.abs();
            case 15 -> a.sign();
            case 16 -> a.square();
            case 17 -> a.sqrt();
            case 18 -> a.exp();
            case 19 -> a.log();
            case 20 -> a.sin().add(a.cos());
            case 21 -> a.tanh();
            case 22 -> a.astype(DTYPES[(c >> 6) % DTYPES.length]);
            case 23 -> Np.where(a.gt(0), a, b);
            case 24 -> a.clip(-1.5, 2.0);
            case 25 -> a.add(2.5).mul(3);
            case 26 -> a.T();
            case 27 -> a.ndim() > 0 ? a.slice(axis, null, null, -2) : a.expandDims(0);
            case 28 -> a.sum(axis, keep);
            case 29 -> a.prod(axis, keep);
            case 30 -> a.max(axis, keep);
            case 31 -> a.min(axis, keep);
            case 32 -> a.mean(axis, keep);
            case 33 -> switch ((c >> 10) % 3) {
                case 0 -> a.std(axis, keep);
                case 1 -> a.sub(a.mean(axis, true)).div(a.std(axis, true)); // mean and variance share a pass
                default -> a.mul(b).var(axis, keep);                          // the shift rebuilt over the inputs
            };
            case 34 -> a.argmax(axis, keep);
            case 35 -> a.any(new int[] {axis}, keep).or(b.all(new int[] {axis}, keep));
            case 36 -> a.sum();
            case 37 -> a.reshape(-1);
            case 38 -> a.broadcastTo(Shapes2.withLeading(2, a.shape()));
            case 39 -> a.get(a.ne(0));
            case 41 -> a.floor();
            case 42 -> a.ceil();
            case 43 -> a.trunc();
            case 44 -> a.rint();
            case 45 -> a.log1p();
            case 46 -> a.expm1();
            case 47 -> a.log2();
            case 48 -> a.log10();
            case 40 -> a.ne(0).not().and(b.ne(0));
            default -> throw new IllegalStateException("step " + k);
        };
    }

    /** Shape helpers for the generator. */
    static final class Shapes2 {
        static long[] withLeading(long d, long[] shape) {
            long[] out = new long[shape.length + 1];
            out[0] = d;
            System.arraycopy(shape, 0, out, 1, shape.length);
            return out;
        }
    }
}
