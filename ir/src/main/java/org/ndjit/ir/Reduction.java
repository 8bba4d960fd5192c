package org.ndjit.ir;

import java.util.Arrays;

/**
 * The accumulators of a reduction, one per output element; each output takes its elements in C
 * order of the reduced axes (with their positions, for argmax/argmin). The reference evaluator and
 * compiled reduce kernels both use this class, so they agree bit for bit. Float sums are
 * compensated: each step adds the exact rounding error of {@code s + x} (Knuth's branch-free TwoSum)
 * to a separate term, so the result is within a few ulps of the exact sum whatever the length.
 * Products are sequential in double; max and min propagate NaN like {@link Math#max}; argmax and
 * argmin return the first NaN or the first occurrence of the extreme value (SEMANTICS 1.6).
 */
public final class Reduction {
    private final Op op;
    private final boolean isFloat;
    private final double[] sum, compensation;
    private final long[] acc, bestIndex;

    public Reduction(Op op, DType input, int outputs) {
        this.op = op;
        this.isFloat = input.isFloat();
        sum = new double[outputs];
        compensation = new double[outputs];
        acc = new long[outputs];
        bestIndex = new long[outputs];
        Arrays.fill(bestIndex, -1);
        switch (op) {
            case PROD, ALL -> { Arrays.fill(sum, 1); Arrays.fill(acc, 1); }
            case MAX -> { Arrays.fill(sum, Double.NEGATIVE_INFINITY); Arrays.fill(acc, Long.MIN_VALUE); }
            case MIN -> { Arrays.fill(sum, Double.POSITIVE_INFINITY); Arrays.fill(acc, Long.MAX_VALUE); }
            default -> { }
        }
    }

    /** Output {@code o} takes {@code x}, the element at position {@code index} of its reduced axes (float input). */
    public void acceptFloat(int o, double x, long index) {
        switch (op) {
            case SUM -> {
                double s = sum[o], t = s + x, z = t - s;
                compensation[o] += (s - (t - z)) + (x - z);
                sum[o] = t;
            }
            case PROD -> sum[o] *= x;
            case MAX -> sum[o] = Math.max(sum[o], x);
            case MIN -> sum[o] = Math.min(sum[o], x);
            case ARGMAX, ARGMIN -> {
                double best = sum[o];
                if (bestIndex[o] >= 0 && Double.isNaN(best)) return;
                if (bestIndex[o] < 0 || Double.isNaN(x) || (op == Op.ARGMAX ? x > best : x < best)) {
                    sum[o] = x;
                    bestIndex[o] = index;
                }
            }
            default -> throw new IllegalStateException(op + " on float input");
        }
    }

    /** Output {@code o} takes {@code x}, the element at position {@code index} of its reduced axes (integer or bool input). */
    public void acceptInt(int o, long x, long index) {
        switch (op) {
            case SUM -> acc[o] += x;
            case PROD -> acc[o] *= x;
            case MAX -> acc[o] = Math.max(acc[o], x);
            case MIN -> acc[o] = Math.min(acc[o], x);
            case ANY -> acc[o] |= x != 0 ? 1 : 0;
            case ALL -> acc[o] &= x != 0 ? 1 : 0;
            case ARGMAX, ARGMIN -> {
                if (bestIndex[o] < 0 || (op == Op.ARGMAX ? x > acc[o] : x < acc[o])) {
                    acc[o] = x;
                    bestIndex[o] = index;
                }
            }
            default -> throw new IllegalStateException(op + " on integer input");
        }
    }

    /** Output {@code o} takes {@code values[0..len)} at positions {@code index, index + 1, ...}: a tight loop for sums. */
    public void acceptFloats(int o, double[] values, int len, long index) {
        if (op != Op.SUM) {
            for (int j = 0; j < len; j++) acceptFloat(o, values[j], index + j);
            return;
        }
        double s = sum[o], c = compensation[o];
        for (int j = 0; j < len; j++) {
            double x = values[j], t = s + x, z = t - s;
            c += (s - (t - z)) + (x - z);
            s = t;
        }
        sum[o] = s;
        compensation[o] = c;
    }

    /** Outputs {@code first + j} each take {@code values[j]}, all at position {@code index}: a loop over outputs. */
    public void acceptFloatsAcross(int first, double[] values, int len, long index) {
        if (op != Op.SUM) {
            for (int j = 0; j < len; j++) acceptFloat(first + j, values[j], index);
            return;
        }
        for (int j = 0; j < len; j++) {
            double s = sum[first + j], x = values[j], t = s + x, z = t - s;
            compensation[first + j] += (s - (t - z)) + (x - z);
            sum[first + j] = t;
        }
    }

    /** Writes every output's result to {@code out}, output {@code o} at element {@code o}. */
    public void store(Buffer out) {
        for (int o = 0; o < sum.length; o++) {
            if (op == Op.ARGMAX || op == Op.ARGMIN) out.setLong(o, bestIndex[o]);
            else if (!isFloat) out.setLong(o, acc[o]);
            else if (op == Op.SUM) out.setDouble(o, Double.isFinite(sum[o] + compensation[o]) ? sum[o] + compensation[o] : sum[o]);
            else out.setDouble(o, sum[o]);
        }
    }
}
