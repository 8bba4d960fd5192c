package org.ndjit;

import org.ndjit.engine.MemoryPool;
import org.ndjit.ir.Buffer;
import org.ndjit.ir.Gather;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Shapes;

import java.util.List;

/**
 * A seeded generator of random arrays. The algorithm is fixed (xoshiro256** seeded through
 * SplitMix64; normals by the Box-Muller transform with {@link StrictMath}), so the same seed gives
 * bit-identical arrays on every run, JVM and machine. It does not reproduce NumPy's streams.
 * Thread-safe: calls are serialised.
 */
public final class Random {
    private final long[] s = new long[4];

    Random(long seed) {
        long x = seed;
        for (int i = 0; i < 4; i++) {
            x += 0x9E3779B97F4A7C15L;
            long z = x;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            s[i] = z ^ (z >>> 31);
        }
    }

    private long nextLong() {
        long result = Long.rotateLeft(s[1] * 5, 7) * 9;
        long t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = Long.rotateLeft(s[3], 45);
        return result;
    }

    /** Uniform in [0, 1), 53 random bits. */
    private double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** A uniform integer in [0, bound), without modulo bias (Lemire's method). */
    private long nextBelow(long bound) {
        while (true) {
            long r = nextLong();
            long lo = r * bound;
            if (Long.compareUnsigned(lo, bound) >= 0 || Long.compareUnsigned(lo, Long.remainderUnsigned(-bound, bound)) >= 0) {
                return Math.unsignedMultiplyHigh(r, bound);
            }
        }
    }

    /** float64 uniform in [0, 1): {@code rng.rand(3, 4)}. */
    public synchronized NDArray rand(long... shape) {
        Buffer b = MemoryPool.shared().buffer(DType.FLOAT64, Shapes.size(shape), false);
        for (long i = 0; i < b.length(); i++) b.setDouble(i, nextDouble());
        return NDArray.owning(b, shape);
    }

    /** float64 uniform in [lo, hi). */
    public synchronized NDArray uniform(double lo, double hi, long... shape) {
        Buffer b = MemoryPool.shared().buffer(DType.FLOAT64, Shapes.size(shape), false);
        for (long i = 0; i < b.length(); i++) b.setDouble(i, lo + (hi - lo) * nextDouble());
        return NDArray.owning(b, shape);
    }

    /** float64 standard normal (mean 0, standard deviation 1): {@code rng.randn(5, 3)}. */
    public synchronized NDArray randn(long... shape) {
        return normal(0, 1, shape);
    }

    /** float64 normal with the given mean and standard deviation. */
    public synchronized NDArray normal(double mean, double std, long... shape) {
        if (!(std >= 0)) throw new IllegalArgumentException("normal: std must be non-negative, got " + std);
        Buffer b = MemoryPool.shared().buffer(DType.FLOAT64, Shapes.size(shape), false);
        for (long i = 0; i < b.length(); i += 2) {
            double u1 = 1.0 - nextDouble(), u2 = nextDouble();
            double r = StrictMath.sqrt(-2.0 * StrictMath.log(u1)), theta = 2 * Math.PI * u2;
            b.setDouble(i, mean + std * r * StrictMath.cos(theta));
            if (i + 1 < b.length()) b.setDouble(i + 1, mean + std * r * StrictMath.sin(theta));
        }
        return NDArray.owning(b, shape);
    }

    /** int64 uniform in [lo, hi): {@code rng.integers(0, 10, 5)}. */
    public synchronized NDArray integers(long lo, long hi, long... shape) {
        if (hi <= lo) throw new IllegalArgumentException("integers: high must be greater than low, got low=" + lo + " high=" + hi);
        Buffer b = MemoryPool.shared().buffer(DType.INT64, Shapes.size(shape), false);
        long range = hi - lo; // may exceed Long.MAX_VALUE: nextBelow treats it as unsigned
        for (long i = 0; i < b.length(); i++) b.setLong(i, lo + nextBelow(range));
        return NDArray.owning(b, shape);
    }

    /** float64 standard normal, NumPy's {@code rng.standard_normal(shape)}: the same as {@link #randn}. */
    public synchronized NDArray standardNormal(long... shape) {
        return normal(0, 1, shape);
    }

    /**
     * float64 exponential with the given scale (the mean, 1/lambda), NumPy's
     * {@code rng.exponential(scale, shape)}: {@code -scale * log(1 - u)} for u uniform in [0, 1).
     */
    public synchronized NDArray exponential(double scale, long... shape) {
        if (!(scale >= 0)) throw new IllegalArgumentException("scale < 0");
        Buffer b = MemoryPool.shared().buffer(DType.FLOAT64, Shapes.size(shape), false);
        for (long i = 0; i < b.length(); i++) b.setDouble(i, -scale * StrictMath.log1p(-nextDouble()));
        return NDArray.owning(b, shape);
    }

    /** int64 0 .. n-1 in a random order, NumPy's {@code rng.permutation(n)} (empty for {@code n <= 0}). */
    public synchronized NDArray permutation(long n) {
        long[] order = shuffled(Math.max(n, 0));
        Buffer b = MemoryPool.shared().buffer(DType.INT64, order.length, false);
        for (int i = 0; i < order.length; i++) b.setLong(i, order[i]);
        return NDArray.owning(b, new long[] {order.length});
    }

    /** A copy of {@code x} with its rows (sub-arrays along axis 0) in a random order, NumPy's {@code rng.permutation(x)}. */
    public synchronized NDArray permutation(NDArray x) {
        if (x.ndim() == 0) throw new IllegalArgumentException("axis 0 is out of bounds for array of dimension 0");
        long n = x.shape()[0];
        return rows(x, shuffled(n), new long[] {n});
    }

    /**
     * {@link #permutation(NDArray)}: arrays are immutable, so where NumPy's {@code rng.shuffle(x)}
     * reorders x's rows in place, this returns the reordered copy.
     */
    public synchronized NDArray shuffle(NDArray x) {
        return permutation(x);
    }

    /** int64 samples from 0 .. n-1, uniform, with replacement: NumPy's {@code rng.choice(n, shape)}. */
    public synchronized NDArray choice(long n, long... shape) {
        return choice(n, true, null, shape);
    }

    /**
     * int64 samples from 0 .. n-1, NumPy's {@code rng.choice(n, shape, replace, p)}: with or without
     * replacement, uniform or with probabilities {@code p} (null for uniform; p must be n
     * non-negative numbers summing to 1 within 1.5e-8). Without replacement, every value is drawn at
     * most once, each draw weighted by what is left.
     */
    public synchronized NDArray choice(long n, boolean replace, double[] p, long... shape) {
        long[] picks = picks(n, replace, p, Shapes.size(shape), "a must be a positive integer unless no samples are taken");
        Buffer b = MemoryPool.shared().buffer(DType.INT64, picks.length, false);
        for (int i = 0; i < picks.length; i++) b.setLong(i, picks[i]);
        return NDArray.owning(b, shape.clone());
    }

    /** Rows of {@code a} (sub-arrays along axis 0), uniform, with replacement: NumPy's {@code rng.choice(a, shape)}. */
    public synchronized NDArray choice(NDArray a, long... shape) {
        return choice(a, true, null, shape);
    }

    /**
     * Rows of {@code a} (sub-arrays along axis 0) drawn as {@link #choice(long, boolean, double[], long...)}
     * draws their indices: the result's shape is {@code shape} followed by {@code a.shape[1:]}.
     */
    public synchronized NDArray choice(NDArray a, boolean replace, double[] p, long... shape) {
        if (a.ndim() == 0) throw new IllegalArgumentException("a must be a sequence or an integer, not a 0-d array");
        long[] picks = picks(a.shape()[0], replace, p, Shapes.size(shape), "a cannot be empty unless no samples are taken");
        return rows(a, picks, shape.clone());
    }

    /** Rows {@code index} of {@code a} (a lazy gather along axis 0, fused with what reads it), the index list shaped {@code leading}. */
    private static NDArray rows(NDArray a, long[] index, long[] leading) {
        return new NDArray(Gather.node(a.node(), 0, List.of(0), Np.array(index).reshape(leading).node()));
    }

    /** {@code size} indices below {@code n}, checked as NumPy checks them ({@code empty} when n is not positive). */
    private long[] picks(long n, boolean replace, double[] p, long size, String empty) {
        if (size > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("choice: at most 2^31 - 9 samples, got " + size);
        if (n <= 0 && size > 0) throw new IllegalArgumentException(empty);
        double[] cdf = p == null ? null : cumulative(p, n);
        if (!replace && size > n) throw new IllegalArgumentException("Cannot take a larger sample than population when replace is False");
        long[] out = new long[(int) size];
        if (replace) {
            for (int i = 0; i < out.length; i++) out[i] = cdf == null ? nextBelow(n) : search(cdf, nextDouble());
        } else if (p == null) {
            long[] order = partialShuffle(n, out.length);
            System.arraycopy(order, 0, out, 0, out.length);
        } else {
            weightedWithoutReplacement(p, out);
        }
        return out;
    }

    /** The normalised cumulative sums of p, after NumPy's checks of p (the size, NaN, signs, the sum). */
    private static double[] cumulative(double[] p, long n) {
        if (p.length != n) throw new IllegalArgumentException("a and p must have same size");
        double sum = 0, compensation = 0;
        for (double v : p) {
            if (Double.isNaN(v)) throw new IllegalArgumentException("Probabilities contain NaN");
            if (v < 0) throw new IllegalArgumentException("Probabilities are not non-negative");
            double y = v - compensation, t = sum + y; // Kahan, as NumPy checks the sum
            compensation = (t - sum) - y;
            sum = t;
        }
        if (Math.abs(sum - 1.0) > Math.sqrt(Math.ulp(1.0))) {
            throw new IllegalArgumentException("Probabilities do not sum to 1. See Notes section of docstring for more information.");
        }
        double[] cdf = new double[p.length];
        double running = 0;
        for (int i = 0; i < p.length; i++) cdf[i] = running += p[i];
        for (int i = 0; i < cdf.length; i++) cdf[i] /= running;
        return cdf;
    }

    /** The first index whose cumulative probability exceeds u (NumPy's searchsorted side='right'). */
    private static long search(double[] cdf, double u) {
        int lo = 0, hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] > u) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /** Draws out.length distinct indices, each with probability proportional to the weight of those not yet drawn. */
    private void weightedWithoutReplacement(double[] p, long[] out) {
        long nonZero = 0;
        for (double v : p) if (v > 0) nonZero++;
        if (nonZero < out.length) throw new IllegalArgumentException("Fewer non-zero entries in p than size");
        double[] left = p.clone();
        for (int i = 0; i < out.length; i++) {
            double total = 0;
            for (double v : left) total += v;
            double u = nextDouble() * total, running = 0;
            int pick = -1;
            for (int k = 0; k < left.length; k++) {
                if (left[k] <= 0) continue;
                running += left[k];
                pick = k;
                if (running > u) break;
            }
            out[i] = pick;
            left[pick] = 0;
        }
    }

    /** 0 .. n-1 in a random order (Fisher-Yates). */
    private long[] shuffled(long n) {
        if (n > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("permutation: at most 2^31 - 9 elements, got " + n);
        return partialShuffle(n, (int) n);
    }

    /**
     * The first {@code k} of a random order of 0 .. n-1: a uniformly random k-sample in random order.
     * Fisher-Yates on the first k places when 0 .. n-1 fits in memory; for a few samples of a large
     * n, Floyd's algorithm then a shuffle of the k.
     */
    private long[] partialShuffle(long n, int k) {
        if (n <= (1 << 24) || n <= 8L * k) {
            long[] all = new long[Math.toIntExact(n)];
            for (int i = 0; i < all.length; i++) all[i] = i;
            for (int i = 0; i < k; i++) {
                int j = i + (int) nextBelow(n - i);
                long t = all[i];
                all[i] = all[j];
                all[j] = t;
            }
            return k == all.length ? all : java.util.Arrays.copyOf(all, k);
        }
        java.util.Set<Long> chosen = new java.util.LinkedHashSet<>();
        for (long j = n - k; j < n; j++) {
            long t = nextBelow(j + 1);
            chosen.add(chosen.contains(t) ? j : t);
        }
        long[] out = new long[k];
        int i = 0;
        for (long v : chosen) out[i++] = v;
        for (int a = k - 1; a > 0; a--) {
            int b = (int) nextBelow(a + 1);
            long t = out[a];
            out[a] = out[b];
            out[b] = t;
        }
        return out;
    }
}
