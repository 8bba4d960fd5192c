package org.ndjit.ir;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The random material of view-chain properties (shared by ir's layout properties and the API's view
 * and reduction properties): small shapes, slice bounds and steps, free keys, and the rules that turn
 * seeds into an axis, a permutation, a broadcast target or a reshape target valid for a shape.
 */
public final class ViewSeeds {
    private ViewSeeds() {}

    /** Dims 0-5; 0 is drawn 1 time in 16 so that most arrays have elements (shrinks toward 0, then 1). */
    public static Arbitrary<Long> dims() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0L)), Tuple.of(15, Arbitraries.longs().between(1, 5)));
    }

    /** Shapes of rank 0 to 4. */
    public static Arbitrary<long[]> shapes() {
        return dims().list().ofMaxSize(4).withSizeDistribution(RandomDistribution.uniform())
                .map(l -> l.stream().mapToLong(Long::longValue).toArray());
    }

    /** A slice bound, or null (omitted) 4 times in 10. */
    public static Arbitrary<Integer> bound() {
        return Arbitraries.integers().between(-7, 7).injectNull(0.4);
    }

    /** A non-zero slice step. */
    public static Arbitrary<Integer> step() {
        return Arbitraries.of(1, -1, 2, -2, 3, -3, 5, -5);
    }

    /** Free small numbers: permutation keys, dims. */
    public static Arbitrary<List<Integer>> keys() {
        return Arbitraries.integers().between(0, 5).list().ofMaxSize(6);
    }

    /** A broadcast target dim from a key in 0..5: 1 (no stretch) for 0, 0 for 5 on every second use, otherwise the key. */
    public static long stretch(int key, int salt) {
        return key == 0 ? 1 : key == 5 ? (salt % 2 == 0 ? 0 : 5) : key;
    }

    /** An axis of an array of rank {@code ndim} from a seed, negative (counted from the end) when the seed is. */
    public static int axisOf(int seed, int ndim) {
        int k = Math.floorMod(seed, ndim);
        return seed < 0 ? k - ndim : k;
    }

    /** Key {@code i} (cycling), or {@code otherwise} when there are none. */
    public static int key(List<Integer> keys, int i, int otherwise) {
        return keys.isEmpty() ? otherwise : keys.get(i % keys.size());
    }

    /** A permutation of {@code n} axes ordered by the keys, axis i written negative where bit i of {@code negBits} is set. */
    public static int[] permutation(int n, List<Integer> keys, int negBits) {
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt(i -> key(keys, i, 0)));
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) perm[i] = ((negBits >> i) & 1) != 0 ? order[i] - n : order[i];
        return perm;
    }

    /** A shape of the given size derived from the seeds (random factorisation, with 1s and 0s). */
    public static long[] reshapeTarget(long size, int rankSeed, int axisSeed, List<Integer> keys) {
        int k = Math.floorMod(rankSeed, 5);
        if (size != 1 && k == 0) k = 1;
        long[] shape = new long[k];
        Arrays.fill(shape, 1);
        if (size == 0) {
            for (int i = 0; i < k; i++) shape[i] = key(keys, i, 1) % 4;
            shape[Math.floorMod(axisSeed, k)] = 0;
            return shape;
        }
        long rest = size;
        int j = 0;
        for (long p = 2; rest > 1; ) {
            if (rest % p == 0) {
                shape[Math.floorMod(key(keys, j, 0) + j, k)] *= p;
                j++;
                rest /= p;
            } else {
                p++;
            }
        }
        return shape;
    }
}
