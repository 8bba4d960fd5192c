package org.ndjit.ir;

/**
 * One output element of a reduction: elements are accepted in C order of the reduced axes. The
 * reference evaluator and compiled reduce kernels both use it, so they agree bit for bit. Float sums
 * are compensated (Neumaier), products are sequential in double, max and min propagate NaN like {@link Math#max}, and argmax/argmin return the first NaN or the first
 * occurrence of the extreme value (NumPy's rules, SEMANTICS 1.6).
 */
public final class Reduction {
    private final Op op;
    private final boolean isFloat;
    private double sum, compensation, best;
    private long acc, bestIndex = -1;

    public Reduction(Op op, DType input) {
        this.op = op;
        this.isFloat = input.isFloat();
        switch (op) {
            case PROD, ALL -> { sum = 1; acc = 1; }
            case MAX -> { best = Double.NEGATIVE_INFINITY; acc = Long.MIN_VALUE; }
            case MIN -> { best = Double.POSITIVE_INFINITY; acc = Long.MAX_VALUE; }
            default -> { }
        }
    }

    void accept(Buffer in, long at, long index) {
        if (isFloat) acceptFloat(in.getDouble(at), index);
        else acceptInt(in.getLong(at), index);
    }

    /** Takes the element at position {@code index} of the reduced axes (C order), for float input. */
    public void acceptFloat(double x, long index) {
        switch (op) {
            case SUM -> {
                double t = sum + x;
                compensation += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
                sum = t;
            }
            case PROD -> sum *= x;
            case MAX -> best = Math.max(best, x);
            case MIN -> best = Math.min(best, x);
            case ARGMAX, ARGMIN -> {
                if (bestIndex >= 0 && Double.isNaN(best)) return;
                if (bestIndex < 0 || Double.isNaN(x) || (op == Op.ARGMAX ? x > best : x < best)) {
                    best = x;
                    bestIndex = index;
                }
            }
            default -> throw new IllegalStateException(op + " on float input");
        }
    }

    /** Takes {@code values[0..len)} as the elements at positions {@code index, index + 1, ...}: a tight loop for sums. */
    public void acceptFloats(double[] values, int len, long index) {
        if (op != Op.SUM) {
            for (int j = 0; j < len; j++) acceptFloat(values[j], index + j);
            return;
        }
        double s = sum, c = compensation;
        for (int j = 0; j < len; j++) {
            double x = values[j], t = s + x;
            c += Math.abs(s) >= Math.abs(x) ? (s - t) + x : (x - t) + s;
            s = t;
        }
        sum = s;
        compensation = c;
    }

    /** Takes the element at position {@code index} of the reduced axes (C order), for integer or bool input. */
    public void acceptInt(long x, long index) {
        switch (op) {
            case SUM -> acc += x;
            case PROD -> acc *= x;
            case MAX -> acc = Math.max(acc, x);
            case MIN -> acc = Math.min(acc, x);
            case ANY -> acc |= x != 0 ? 1 : 0;
            case ALL -> acc &= x != 0 ? 1 : 0;
            case ARGMAX, ARGMIN -> {
                if (bestIndex < 0 || (op == Op.ARGMAX ? x > acc : x < acc)) {
                    acc = x;
                    bestIndex = index;
                }
            }
        }
    }

    /** Writes the result to element {@code o} of the output. */
    public void store(Buffer out, long o) {
        if (op == Op.ARGMAX || op == Op.ARGMIN) out.setLong(o, bestIndex);
        else if (!isFloat) out.setLong(o, acc);
        else if (op == Op.SUM) out.setDouble(o, Double.isFinite(sum + compensation) ? sum + compensation : sum);
        else if (op == Op.PROD) out.setDouble(o, sum);
        else out.setDouble(o, best);
    }
}
