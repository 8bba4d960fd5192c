package org.ndjit;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sampling from a seeded generator: permutations, choice with and without replacement and with
 * probabilities, exponential and standard normal. The streams are this library's (not NumPy's), so
 * the tests check what NumPy promises: values, shapes, dtypes, distinctness, reproducibility,
 * NumPy's error messages, and frequencies within bounds (a fixed seed makes every check
 * deterministic; the bounds are several standard deviations wide, so another correct generator
 * would pass too).
 */
class RandomSamplingTest {
    @Test
    void aPermutationHoldsEveryIndexOnceAndRepeatsWithItsSeed() {
        long[] p = Np.random(3).permutation(1000).toLongArray();
        long[] sorted = p.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) assertEquals(i, sorted[i]);
        assertTrue(!Arrays.equals(p, sorted), "1000 indices came out in order");
        assertArrayEquals(p, Np.random(3).permutation(1000).toLongArray());
        assertEquals(0, Np.random(3).permutation(-1).size(), "NumPy: permutation(-1) is empty");
    }

    @Test
    void permutingAnArrayReordersWholeRowsOfAStridedView() {
        NDArray x = Np.arange(12).reshape(3, 4).T(); // (4, 3), not contiguous
        NDArray p = Np.random(5).permutation(x);
        assertArrayEquals(new long[] {4, 3}, p.shape());
        long[][] rows = (long[][]) p.toNestedArray(), original = (long[][]) x.toNestedArray();
        Set<String> seen = new HashSet<>();
        for (long[] r : rows) seen.add(Arrays.toString(r));
        Set<String> expected = new HashSet<>();
        for (long[] r : original) expected.add(Arrays.toString(r));
        assertEquals(expected, seen);
        assertArrayEquals(p.toLongArray(), Np.random(5).shuffle(x).toLongArray(), "shuffle returns what permutation does");
        NDArray flags = Np.array(new boolean[] {true, false, false});
        assertEquals(1, count(Np.random(1).permutation(flags).toBooleanArray()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Np.random(1).permutation(Np.scalar(3.0)));
        assertEquals("axis 0 is out of bounds for array of dimension 0", e.getMessage());
    }

    @Test
    void uniformChoiceWithReplacementCoversItsRangeEvenly() {
        NDArray c = Np.random(7).choice(10, 200, 500);
        assertArrayEquals(new long[] {200, 500}, c.shape());
        assertEquals("int64", c.dtype().toString().toLowerCase());
        long[] counts = new long[10];
        for (long v : c.toLongArray()) counts[(int) v]++;
        // 100,000 draws: each count is 10,000 with standard deviation 95; 6 deviations allowed.
        for (long k : counts) assertTrue(Math.abs(k - 10_000) < 570, Arrays.toString(counts));
    }

    @Test
    void choiceWithProbabilitiesFollowsThem() {
        double[] p = {0.1, 0.0, 0.6, 0.3};
        long[] draws = Np.random(11).choice(4, true, p, 200_000).toLongArray();
        long[] counts = new long[4];
        for (long v : draws) counts[(int) v]++;
        assertEquals(0, counts[1], "an outcome of probability 0 was drawn");
        for (int k : new int[] {0, 2, 3}) {
            double sd = Math.sqrt(200_000 * p[k] * (1 - p[k]));
            assertTrue(Math.abs(counts[k] - 200_000 * p[k]) < 6 * sd, Arrays.toString(counts));
        }
    }

    @Test
    void choiceWithoutReplacementDrawsDistinctValues() {
        long[] all = Np.random(2).choice(50, false, null, 50).toLongArray();
        assertEquals(50, Arrays.stream(all).distinct().count(), "size n without replacement is a permutation");
        long[] few = Np.random(2).choice(1_000_000_000L, false, null, 1000).toLongArray(); // Floyd's sampling
        assertEquals(1000, Arrays.stream(few).distinct().count());
        assertTrue(Arrays.stream(few).allMatch(v -> v >= 0 && v < 1_000_000_000L));
        long[] weighted = Np.random(2).choice(5, false, new double[] {0.5, 0, 0.25, 0.25, 0}, 3).toLongArray();
        long[] sorted = weighted.clone();
        Arrays.sort(sorted);
        assertArrayEquals(new long[] {0, 2, 3}, sorted, "the three non-zero weights, each once");
    }

    @Test
    void choiceFromAnArrayTakesWholeRows() {
        NDArray table = Np.arange(6).reshape(3, 2).mul(10);
        NDArray picked = Np.random(4).choice(table, 2, 5);
        assertArrayEquals(new long[] {2, 5, 2}, picked.shape());
        long[] v = picked.toLongArray();
        for (int i = 0; i < v.length; i += 2) {
            assertEquals(v[i] + 10, v[i + 1], "a row of the table");
            assertTrue(v[i] == 0 || v[i] == 20 || v[i] == 40);
        }
    }

    @Test
    void badArgumentsGetNumPysMessages() {
        Random rng = Np.random(0);
        assertMessage("a must be a positive integer unless no samples are taken", () -> rng.choice(0, 3));
        assertMessage("Cannot take a larger sample than population when replace is False", () -> rng.choice(5, false, null, 6));
        assertMessage("a and p must have same size", () -> rng.choice(3, true, new double[] {0.5, 0.5}, 2));
        assertMessage("Probabilities are not non-negative", () -> rng.choice(3, true, new double[] {0.5, 0.6, -0.1}, 2));
        assertMessage("Probabilities do not sum to 1. See Notes section of docstring for more information.",
                () -> rng.choice(3, true, new double[] {0.5, 0.6, 0.1}, 2));
        assertMessage("Probabilities contain NaN", () -> rng.choice(3, true, new double[] {Double.NaN, 0.5, 0.5}, 2));
        assertMessage("Fewer non-zero entries in p than size", () -> rng.choice(3, false, new double[] {0.5, 0.5, 0}, 3));
        assertMessage("a cannot be empty unless no samples are taken", () -> rng.choice(Np.zeros(0, 2), 1));
        assertMessage("scale < 0", () -> rng.exponential(-1, 3));
        assertEquals(0, rng.choice(0, 0).size(), "no samples of nothing is allowed");
    }

    @Test
    void exponentialAndStandardNormalHaveTheirMoments() {
        double[] e = Np.random(9).exponential(2.0, 200_000).toDoubleArray();
        assertTrue(Arrays.stream(e).allMatch(v -> v >= 0));
        // Mean 2, standard deviation 2: the sample mean's deviation is 2 / sqrt(200,000) = 0.0045.
        assertEquals(2.0, Arrays.stream(e).average().orElseThrow(), 6 * 0.0045);
        assertArrayEquals(Np.random(9).randn(100).toDoubleArray(), Np.random(9).standardNormal(100).toDoubleArray());
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) if (f) n++;
        return n;
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }
}
