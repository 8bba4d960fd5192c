package org.ndjit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * unique, bincount and histogram, whose results are built in Java, against their definitions in a
 * few plain lines: a sorted map of values to counts and first positions; counts per value; and for
 * equal bins, every value's bin found by comparing it with the edges (half-open, the last closed).
 */
class CountingProperties {

    @Property(tries = 40)
    void uniqueIsTheSortedMapOfTheValues(@ForAll @IntRange(min = 0, max = 1 << 20) int seed, @ForAll @IntRange(min = 0, max = 3000) int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        long[] v = new long[n];
        for (int i = 0; i < n; i++) v[i] = rng.nextInt(-20, 20) * (rng.nextInt(50) == 0 ? 1_000_000_007L : 1);
        TreeMap<Long, long[]> seen = new TreeMap<>(); // value -> {first position, count}
        for (int i = 0; i < n; i++) seen.computeIfAbsent(v[i], k -> new long[] {0, 0});
        for (int i = n - 1; i >= 0; i--) seen.get(v[i])[0] = i;
        for (long e : v) seen.get(e)[1]++;
        Unique u = Np.uniqueAll(Np.array(v));
        assertArrayEquals(seen.keySet().stream().mapToLong(Long::longValue).toArray(), u.values().toLongArray());
        assertArrayEquals(seen.values().stream().mapToLong(p -> p[0]).toArray(), u.indices().toLongArray());
        assertArrayEquals(seen.values().stream().mapToLong(p -> p[1]).toArray(), u.counts().toLongArray());
        long[] values = u.values().toLongArray(), inverse = u.inverse().toLongArray();
        for (int i = 0; i < n; i++) assertEquals(v[i], values[(int) inverse[i]]);
    }

    @Property(tries = 40)
    void bincountCountsEachValue(@ForAll @IntRange(min = 0, max = 1 << 20) int seed, @ForAll @IntRange(min = 0, max = 3000) int n,
                                 @ForAll @IntRange(min = 0, max = 50) int minlength) {
        SplittableRandom rng = new SplittableRandom(seed);
        long[] v = new long[n];
        double[] w = new double[n];
        long max = -1;
        for (int i = 0; i < n; i++) {
            v[i] = rng.nextInt(40);
            w[i] = rng.nextDouble() - 0.5;
            max = Math.max(max, v[i]);
        }
        long[] counts = new long[(int) Math.max(max + 1, minlength)];
        double[] sums = new double[counts.length];
        for (int i = 0; i < n; i++) {
            counts[(int) v[i]]++;
            sums[(int) v[i]] += w[i];
        }
        NDArray x = Np.array(v).astype(DType.INT32);
        assertArrayEquals(counts, Np.bincount(x, null, minlength).toLongArray());
        assertArrayEquals(sums, Np.bincount(x, Np.array(w), minlength).toDoubleArray());
    }

    @Property(tries = 40)
    void eachValueFallsInTheBinItsEdgesBound(@ForAll @IntRange(min = 0, max = 1 << 20) int seed, @ForAll @IntRange(min = 1, max = 40) int bins,
                                             @ForAll @IntRange(min = 0, max = 2000) int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = rng.nextInt(3) == 0 ? rng.nextInt(-7, 8) * 0.1 : rng.nextGaussian(); // values on edges too
        boolean ranged = rng.nextBoolean();
        Histogram h = ranged ? Np.histogram(Np.array(v), bins, -0.7, 0.7) : Np.histogram(Np.array(v), bins);
        double[] edges = h.binEdges().toDoubleArray();
        long[] expected = new long[bins];
        for (double x : v) {
            for (int b = 0; b < bins; b++) {
                if (x >= edges[b] && (x < edges[b + 1] || (b == bins - 1 && x == edges[bins]))) {
                    expected[b]++;
                    break;
                }
            }
        }
        assertArrayEquals(expected, h.counts().toLongArray());
        assertArrayEquals(expected, Np.histogram(Np.array(v), h.binEdges()).counts().toLongArray());
    }
}
