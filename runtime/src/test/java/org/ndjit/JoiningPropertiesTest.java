package org.ndjit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
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
 * The joining, splitting and rearranging functions, compiled (a concatenation's parts computed into
 * their regions, elementwise work moved below concatenations), against the eager reference on random
 * programs: inputs of every dtype and of shapes with 0- and 1-long axes, read through views with
 * negative strides and transposes, mixed with elementwise ops, reductions and views. Bits must match.
 */
class JoiningPropertiesTest {
    private static final long[][] SHAPES = {{}, {1}, {5}, {0}, {3, 1}, {1, 4}, {3, 4}, {2, 0}, {2, 3, 4}, {70, 3}, {3, 70}};
    private static final DType[] DTYPES = DType.values();
    private static final String[] MODES = {"edge", "reflect", "symmetric", "wrap"};

    @Provide
    Arbitrary<List<Integer>> programs() {
        return Arbitraries.integers().between(0, 1 << 20).list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 300)
    void compiledEqualsReference(@ForAll("programs") List<Integer> program) {
        NDArray result = run(program);
        StridedArray expected;
        try {
            expected = ReferenceEvaluator.evaluate(result.node());
        } catch (ArithmeticException e) {
            assertEquals(e.getMessage(), assertThrows(ArithmeticException.class, result::eval).getMessage());
            return;
        }
        StridedArray actual = result.value();
        SameBits.assertSameBits(expected, actual, () -> result.graph());
    }

    /** Found by the c1-only execution when the seven new dtypes' concatenations were first compiled: a uint64 2^64 - 2 read as 0. */
    @Example
    void aUint64ConcatenationOfAConstant() {
        compiledEqualsReference(List.of(25703, 674012, 30082, 2, 1048575, 4022, 127121));
    }

    /** Each choice builds one array from two of the pool's; a call NumPy would reject adds a new input instead. */
    static NDArray run(List<Integer> program) {
        List<NDArray> pool = new ArrayList<>();
        Random rng = Np.random(program.getFirst());
        pool.add(leaf(rng, program.getFirst()));
        for (int c : program.subList(1, program.size())) {
            NDArray a = pool.get(c % pool.size()), b = pool.get((c >> 4) % pool.size());
            try {
                pool.add(step(c >> 8, a, b));
            } catch (IllegalArgumentException | IndexOutOfBoundsException skipped) {
                pool.add(leaf(rng, c));
            }
        }
        return pool.getLast();
    }

    /** An input: small values (NaN in some float ones), any dtype, in memory or as a reversed, sliced or transposed view. */
    private static NDArray leaf(Random rng, int c) {
        long[] shape = SHAPES[c % SHAPES.length];
        NDArray x = rng.integers(-6, 7, shape).astype(DType.FLOAT64).mul(0.75);
        if ((c >> 4) % 5 == 0) x = Np.where(x.ne(0.75), x, Double.NaN);
        x = x.astype(DTYPES[(c >> 7) % DTYPES.length]).eval();
        return switch ((c >> 10) % 4) {
            case 0 -> x;
            case 1 -> x.ndim() > 0 ? x.slice(-1, null, null, -1) : x;
            case 2 -> x.T();
            default -> x.ndim() > 0 ? x.slice(0, 1L, null, 1) : x;
        };
    }

    private static NDArray step(int c, NDArray a, NDArray b) {
        int axis = a.ndim() == 0 ? 0 : (c >> 5) % a.ndim(), k = c % 24, n = (c >> 8) % 4;
        return switch (k) {
            case 0 -> Np.concatenate(axis, a, b);
            case 1 -> Np.concatenate(axis, a, a.mul(2), a.neg().abs());
            case 2 -> Np.concatenate(axis, a.slice(axis, null, (long) n, 1), a);
            case 3 -> Np.concatenate(null, a, b);
            case 4 -> Np.stack(axis, a, a.add(1));
            case 5 -> Np.vstack(a, b);
            case 6 -> Np.hstack(a, b);
            case 7 -> Np.columnStack(a, a.sqrt());
            case 8 -> Np.dstack(a, a);
            case 9 -> Np.arraySplit(a, n + 1, axis).get(n / 2 % (n + 1));
            case 10 -> Np.roll(a, n - 2, axis);
            case 11 -> Np.roll(a, n * 3 - 1);
            case 12 -> Np.tile(a, n % 3, n == 3 ? 17 : 2);
            case 13 -> Np.repeat(a, n, axis);
            case 14 -> Np.repeat(a, repeatCounts(a, axis, c), axis);
            case 15 -> Np.pad(a, new long[][] {{n, 3 - n}}, MODES[(c >> 10) % MODES.length]);
            case 16 -> Np.pad(a, new long[][] {{n, 1}}, -2.5);
            case 17 -> Np.rot90(a, n, 0, a.ndim() - 1).add(b);
            case 18 -> Np.flip(a).mul(b);
            case 19 -> Np.moveaxis(a, 0, -1).sub(b);
            case 20 -> a.add(b);
            case 21 -> a.sum(axis, (n & 1) == 1);
            case 22 -> Np.where(a.gt(b), a, b).sqrt();
            case 23 -> a.T().max(axis, false);
            default -> throw new IllegalStateException("step " + k);
        };
    }

    private static long[] repeatCounts(NDArray a, int axis, int c) {
        long[] counts = new long[(int) Math.min(a.ndim() == 0 ? 1 : a.shape()[axis], 64)];
        for (int i = 0; i < counts.length; i++) counts[i] = (c >> (i % 16)) % 3;
        return counts;
    }
}
