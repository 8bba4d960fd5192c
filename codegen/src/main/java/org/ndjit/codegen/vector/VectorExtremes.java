package org.ndjit.codegen.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.ndjit.ir.Reduction;

/**
 * {@link Reduction}'s argmax and argmin steps, and integer max, min, any and all, with the Vector API. Along a row, a block's answer is
 * found in two passes over it (it is in L1): one for whether it holds a NaN and for its extreme
 * value, one for the first element that is that NaN or equal to that value, which is the first
 * occurrence the scalar definition keeps (equal values, +0.0 and -0.0 too, never replace the one
 * kept). Across rows, each vector of outputs keeps its values and their positions in two vectors,
 * replaced lanewise where the definition replaces them. Integer and bool blocks (widened to long) take
 * the same two passes for their first extreme, and one for their first nonzero or zero (any, all).
 * Loaded only when the Vector API module is present.
 */
final class VectorExtremes implements Reduction.Extremes {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Long> LS = LongVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    static final Reduction.Extremes INSTANCE = L >= 2 && LS.length() == L ? new VectorExtremes() : Reduction.SCALAR_EXTREMES;

    private VectorExtremes() {}

    @Override
    public int first(double[] values, int len, boolean max) {
        double best = values[0];
        if (Double.isNaN(best)) return 0;
        int bound = S.loopBound(len), j = 0;
        if (bound > 0) {
            DoubleVector extreme = DoubleVector.broadcast(S, best);
            VectorMask<Double> nan = S.maskAll(false);
            for (; j < bound; j += L) {
                DoubleVector x = DoubleVector.fromArray(S, values, j);
                nan = nan.or(x.compare(VectorOperators.NE, x));
                extreme = extreme.blend(x, better(x, extreme, max));
            }
            if (nan.anyTrue()) return firstNaN(values, bound);
            // No NaN: the lanes' extreme is the block's (only compared for equality, so the sign of a zero does not matter).
            best = max ? extreme.reduceLanes(VectorOperators.MAX) : extreme.reduceLanes(VectorOperators.MIN);
        }
        for (; j < len; j++) {
            double x = values[j];
            if (Double.isNaN(x)) return j;
            if (max ? x > best : x < best) best = x;
        }
        return firstEqual(values, len, best);
    }

    /**
     * Lanes where x is larger ({@code max}) or smaller than {@code than}. The comparison is a constant
     * at each call of compare, as the Vector API needs for its intrinsic (with a variable operator it
     * runs its Java fallback, about 5 times as slow).
     */
    private static VectorMask<Double> better(DoubleVector x, DoubleVector than, boolean max) {
        return max ? x.compare(VectorOperators.GT, than) : x.compare(VectorOperators.LT, than);
    }

    /** The first NaN's index; there is one before {@code bound}. */
    private static int firstNaN(double[] values, int bound) {
        for (int j = 0; j < bound; j += L) {
            DoubleVector x = DoubleVector.fromArray(S, values, j);
            VectorMask<Double> nan = x.compare(VectorOperators.NE, x);
            if (nan.anyTrue()) return j + nan.firstTrue();
        }
        throw new IllegalStateException("no NaN before " + bound);
    }

    /** The first index of a value equal to {@code best}, which the block holds. */
    private static int firstEqual(double[] values, int len, double best) {
        int j = 0;
        for (int bound = S.loopBound(len); j < bound; j += L) {
            VectorMask<Double> equal = DoubleVector.fromArray(S, values, j).compare(VectorOperators.EQ, best);
            if (equal.anyTrue()) return j + equal.firstTrue();
        }
        for (; j < len; j++) if (values[j] == best) return j;
        throw new IllegalStateException("the block's extreme " + best + " is not in it");
    }

    @Override
    public void across(double[] best, long[] bestIndex, int at, double[] values, int from, int len, long index, boolean max) {
        LongVector position = LongVector.broadcast(LS, index);
        int j = from;
        for (int bound = from + S.loopBound(len - from); j < bound; j += L) {
            DoubleVector b = DoubleVector.fromArray(S, best, at + j), x = DoubleVector.fromArray(S, values, j);
            VectorMask<Double> replace = b.compare(VectorOperators.EQ, b).and(x.compare(VectorOperators.NE, x).or(better(x, b, max)));
            b.blend(x, replace).intoArray(best, at + j);
            position.intoArray(bestIndex, at + j, replace.cast(LS));
        }
        Reduction.Extremes.super.across(best, bestIndex, at, values, j, len, index, max);
    }
    @Override
    public int firstInteger(long[] values, int len, long flip, boolean max) {
        int bound = LS.loopBound(len);
        if (bound == 0) return Reduction.Extremes.super.firstInteger(values, len, flip, max);
        // Lanes hold values XORed with flip, so signed comparisons order them as acceptInt does.
        LongVector extreme = LongVector.fromArray(LS, values, 0).lanewise(VectorOperators.XOR, flip);
        for (int j = L; j < bound; j += L) {
            LongVector x = LongVector.fromArray(LS, values, j).lanewise(VectorOperators.XOR, flip);
            extreme = extreme.blend(x, betterInteger(x, extreme, max));
        }
        long best = max ? extreme.reduceLanes(VectorOperators.MAX) : extreme.reduceLanes(VectorOperators.MIN);
        for (int j = bound; j < len; j++) {
            long x = values[j] ^ flip;
            if (max ? x > best : x < best) best = x;
        }
        long target = best ^ flip;
        for (int j = 0; j < bound; j += L) {
            VectorMask<Long> equal = LongVector.fromArray(LS, values, j).compare(VectorOperators.EQ, target);
            if (equal.anyTrue()) return j + equal.firstTrue();
        }
        for (int j = bound; j < len; j++) if (values[j] == target) return j;
        throw new IllegalStateException("the block's extreme " + target + " is not in it");
    }

    /** As {@link #better}: the comparison a constant at each call of compare. */
    private static VectorMask<Long> betterInteger(LongVector x, LongVector than, boolean max) {
        return max ? x.compare(VectorOperators.GT, than) : x.compare(VectorOperators.LT, than);
    }

    @Override
    public int firstTruth(long[] values, int len, boolean nonzero) {
        int j = 0;
        for (int bound = LS.loopBound(len); j < bound; j += L) {
            LongVector x = LongVector.fromArray(LS, values, j);
            VectorMask<Long> found = nonzero ? x.compare(VectorOperators.NE, 0) : x.compare(VectorOperators.EQ, 0);
            if (found.anyTrue()) return j + found.firstTrue();
        }
        for (; j < len; j++) if ((values[j] != 0) == nonzero) return j;
        return -1;
    }
}
