package org.ndjit;

import org.ndjit.engine.MemoryPool;
import org.ndjit.ir.Buffer;
import org.ndjit.ir.DType;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Shapes;

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
}
