package org.ndjit.ir;

import org.ndjit.DType;
import java.util.Arrays;

/**
 * The accumulators of a reduction, one set per output element; each output takes its elements in C
 * order of the reduced axes (with their positions, for argmax/argmin). The reference evaluator and
 * compiled reduce kernels both use this class, so they agree bit for bit.
 *
 * <p>Float sums are defined so that they vectorize and stay accurate: the element at position i goes
 * to lane {@code i mod 8} of its output; each lane adds the exact rounding error of every step
 * (Knuth's branch-free TwoSum) to a compensation term; at the end the lanes are combined in lane
 * order the same way. The result is within a few ulps of the exact sum whatever the length, and
 * the same on every path (scalar, vector, any parallelism). Positions come in chunks of
 * {@value #CHUNK}: at each chunk's start the lanes' total (combined as at the end) is added to a
 * compensated running total and the lanes restart, so a long reduction can be split into chunks
 * computed on different threads and {@link #merge merged} in order with the same bits; a reduction
 * of at most one chunk is the lane sum alone. Products are sequential in double; max
 * and min propagate NaN like {@link Math#max}; argmax and argmin return the first NaN or the first
 * occurrence of the extreme value (SEMANTICS 1.6).
 */
public final class Reduction {
    /** Lanes of a float sum: one AVX-512 register of doubles, or two AVX2 ones. */
    public static final int LANES = 8;
    /** Positions per chunk of a float sum (a multiple of every block size the kernels use). */
    public static final int CHUNK = 1 << 16;
    /**
     * Runs of fewer whole groups of {@link #LANES} elements than this are added to the lanes one element at a
     * time rather than through the {@link LaneAdder}, whose gathering and scattering of the 8 lanes costs
     * more than a few groups' adds: a softmax over rows of 10 elements sums 10 elements a row.
     */
    static final int FEW_CHUNKS = 4;

    /**
     * Adds values to the lane accumulators of one output, and finds the max or min of a block of
     * values; replaced by a vectorized twin in compiled code.
     */
    public interface LaneAdder {
        /**
         * {@code best} and {@code values[0..len)} reduced by {@link Math#max} (by {@link Math#min} when
         * {@code min}): in any order, as max and min do not depend on it (NaN wins, +0.0 is above -0.0).
         */
        default double extreme(boolean min, double[] values, int len, double best) {
            // A loop of its own (the same calls in the same order as acceptFloat), which the JIT vectorizes.
            if (min) for (int j = 0; j < len; j++) best = Math.min(best, values[j]);
            else for (int j = 0; j < len; j++) best = Math.max(best, values[j]);
            return best;
        }

        /** {@link #extreme(boolean, double[], int, double)} of float32 values (widening them is exact and keeps their order). */
        default double extreme(boolean min, float[] values, int len, double best) {
            float b = min ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
            if (min) for (int j = 0; j < len; j++) b = Math.min(b, values[j]);
            else for (int j = 0; j < len; j++) b = Math.max(b, values[j]);
            return min ? Math.min(best, b) : Math.max(best, b);
        }

        /**
         * Adds {@code values[from..from + 8 * chunks)}: value {@code from + 8c + l} to lane l, whose sum and
         * compensation are {@code sum[l * stride + o]} and {@code compensation[l * stride + o]}.
         */
        void add(double[] sum, double[] compensation, int o, int stride, double[] values, int from, int chunks);

        /** Adds {@code values[j]} to the accumulator at {@code at + j} (one lane of consecutive outputs), {@code j < len}. */
        default void addAcross(double[] sum, double[] compensation, int at, double[] values, int len) {
            for (int j = 0; j < len; j++) {
                double s = sum[at + j], x = values[j], t = s + x, z = t - s;
                compensation[at + j] += (s - (t - z)) + (x - z);
                sum[at + j] = t;
            }
        }
    }

    /** The definition, lane by lane. */
    public static final LaneAdder SCALAR_LANES = (sum, comp, o, stride, values, from, chunks) -> {
        for (int c = 0; c < chunks; c++) {
            for (int l = 0; l < LANES; l++) {
                int at = l * stride + o;
                double s = sum[at], x = values[from + c * LANES + l], t = s + x, z = t - s;
                comp[at] += (s - (t - z)) + (x - z);
                sum[at] = t;
            }
        }
    };

    /** Finds argmax's and argmin's answers in blocks of float values; replaced by a vectorized twin in compiled code. */
    public interface Extremes {
        /**
         * The index in {@code values[0..len)} ({@code len >= 1}) of the first NaN, or if there is none,
         * of the first largest value ({@code max}) or the first smallest: the element a reduction that
         * took the block alone would keep.
         */
        int first(double[] values, int len, boolean max);

        /**
         * For integer and bool values: the index in {@code values[0..len)} ({@code len >= 1}) of the first
         * largest value ({@code max}) or the first smallest, each value ordered as {@link #acceptInt} orders
         * it (XORed with {@code flip}, uint64's sign flip, else 0): the element a max, min, argmax or argmin
         * that took the block alone would keep.
         */
        default int firstInteger(long[] values, int len, long flip, boolean max) {
            long best = values[0] ^ flip;
            int k = 0;
            for (int j = 1; j < len; j++) {
                long x = values[j] ^ flip;
                if (max ? x > best : x < best) {
                    best = x;
                    k = j;
                }
            }
            return k;
        }

        /** The index of the first nonzero value in {@code values[0..len)} ({@code nonzero}) or of the first zero; -1 when there is none. */
        default int firstTruth(long[] values, int len, boolean nonzero) {
            for (int j = 0; j < len; j++) if ((values[j] != 0) == nonzero) return j;
            return -1;
        }

        /**
         * Outputs {@code at + j} ({@code from <= j < len}), each holding a value {@code best} with its
         * position {@code bestIndex}, take {@code values[j]} at position {@code index}: a value that is
         * not NaN is replaced by a NaN, or by a larger value ({@code max}) or a smaller one.
         */
        default void across(double[] best, long[] bestIndex, int at, double[] values, int from, int len, long index, boolean max) {
            for (int j = from; j < len; j++) {
                double b = best[at + j], x = values[j];
                if (!Double.isNaN(b) && (Double.isNaN(x) || (max ? x > b : x < b))) {
                    best[at + j] = x;
                    bestIndex[at + j] = index;
                }
            }
        }
    }

    /** The definition: one element after the other. */
    public static final Extremes SCALAR_EXTREMES = (values, len, max) -> {
        double best = values[0];
        int k = 0;
        if (Double.isNaN(best)) return 0;
        for (int j = 1; j < len; j++) {
            double x = values[j];
            if (Double.isNaN(x)) return j;
            if (max ? x > best : x < best) {
                best = x;
                k = j;
            }
        }
        return k;
    };

    private final Op op;
    private final boolean isFloat;
    /** Bool input, whose values 0 and 1 let a max, min, argmax or argmin be decided before its end ({@link #decided}). */
    private final boolean isBool;
    private final int outputs;
    private final LaneAdder lanes;
    private final Extremes extremes;
    /** For float SUM: lane-major, lane l of output o at {@code l * outputs + o}; otherwise one per output. */
    private final double[] sum, compensation;
    /** For float SUM: the compensated total of the finished chunks of each output. */
    private final double[] total, totalCompensation;
    private final long[] acc, bestIndex;
    /**
     * Long.MIN_VALUE for a max, min, argmax or argmin of uint64 (0 otherwise): uint64 values are their
     * bits, and flipping the sign bit of both sides orders them as unsigned with int64's comparisons.
     * Values are flipped as they are taken and a max or min is flipped back when stored, so every caller
     * (the reference and the engine's passes, merges of chunks included) orders them the same way.
     */
    private final long flip;

    public Reduction(Op op, DType input, int outputs) {
        this(op, input, outputs, SCALAR_LANES);
    }

    public Reduction(Op op, DType input, int outputs, LaneAdder lanes) {
        this(op, input, outputs, lanes, SCALAR_EXTREMES);
    }

    public Reduction(Op op, DType input, int outputs, LaneAdder lanes, Extremes extremes) {
        this.op = op;
        this.isFloat = input.isFloat();
        this.isBool = input == DType.BOOL;
        this.outputs = outputs;
        this.lanes = lanes;
        this.extremes = extremes;
        flip = input == DType.UINT64 && (op == Op.MAX || op == Op.MIN || op == Op.ARGMAX || op == Op.ARGMIN) ? Long.MIN_VALUE : 0;
        boolean laned = isFloat && op == Op.SUM;
        sum = new double[laned ? Math.multiplyExact(outputs, LANES) : outputs];
        compensation = new double[laned ? outputs * LANES : 0];
        total = new double[laned ? outputs : 0];
        totalCompensation = new double[laned ? outputs : 0];
        acc = new long[isFloat ? 0 : outputs];
        bestIndex = new long[op == Op.ARGMAX || op == Op.ARGMIN ? outputs : 0];
        clear();
    }

    /** Every output back to the state of no elements taken, as when constructed: a caller reuses the accumulators for its next outputs. */
    public void clear() {
        Arrays.fill(bestIndex, -1);
        Arrays.fill(compensation, 0);
        Arrays.fill(total, 0);
        Arrays.fill(totalCompensation, 0);
        switch (op) {
            case PROD, ALL -> { Arrays.fill(sum, 1); Arrays.fill(acc, 1); }
            case MAX -> { Arrays.fill(sum, Double.NEGATIVE_INFINITY); Arrays.fill(acc, Long.MIN_VALUE); }
            case MIN -> { Arrays.fill(sum, Double.POSITIVE_INFINITY); Arrays.fill(acc, Long.MAX_VALUE); }
            default -> { Arrays.fill(sum, 0); Arrays.fill(acc, 0); }
        }
    }

    /** Output {@code o} takes {@code x}, the element at position {@code index} of its reduced axes (float input). */
    public void acceptFloat(int o, double x, long index) {
        switch (op) {
            case SUM -> {
                if ((index & (CHUNK - 1)) == 0 && index != 0) finishChunk(o);
                addToLane(o, x, index);
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
        x ^= flip;
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

    /**
     * For a max or a min: output {@code o} takes float32 {@code values[0..len)} at positions
     * {@code index, index + 1, ...}, and true is returned; false (nothing taken) for other
     * reductions. The same result as the values widened: widening is exact and keeps their order,
     * and max and min do not depend on the order of their values (NaN wins, +0.0 is above -0.0).
     */
    public boolean acceptExtremes(int o, float[] values, int len) {
        if (!isFloat || op != Op.MAX && op != Op.MIN) return false;
        sum[o] = lanes.extreme(op == Op.MIN, values, len, sum[o]);
        return true;
    }

    /** Output {@code o} takes {@code values[0..len)} at positions {@code index, index + 1, ...}. */
    public void acceptFloats(int o, double[] values, int len, long index) {
        if (op == Op.MAX || op == Op.MIN) {
            sum[o] = lanes.extreme(op == Op.MIN, values, len, sum[o]);
            return;
        }
        if (op == Op.ARGMAX || op == Op.ARGMIN) {
            // The block's own answer is the only element of it that acceptFloat could keep: taking it alone is taking them all.
            if (len == 0) return;
            int k = extremes.first(values, len, op == Op.ARGMAX);
            acceptFloat(o, values[k], index + k);
            return;
        }
        if (op != Op.SUM) {
            for (int j = 0; j < len; j++) acceptFloat(o, values[j], index + j);
            return;
        }
        int j = 0;
        while (j < len) {
            // Up to the next chunk start; the chunk is finished where acceptFloat would finish it.
            long p = index + j;
            if ((p & (CHUNK - 1)) == 0 && p != 0) finishChunk(o);
            int end = (int) Math.min(len, j + CHUNK - (p & (CHUNK - 1)));
            for (; j < end && ((index + j) & (LANES - 1)) != 0; j++) addToLane(o, values[j], index + j);
            int chunks = (end - j) / LANES;
            if (chunks < FEW_CHUNKS) chunks = 0; // added one by one below: the same steps, without the lane adder's gather and scatter
            lanes.add(sum, compensation, o, outputs, values, j, chunks);
            for (j += chunks * LANES; j < end; j++) addToLane(o, values[j], index + j);
        }
    }

    /** A float sum's step for the element at position {@code index}, inside its chunk (as {@link #acceptFloat}, the chunk's end aside). */
    private void addToLane(int o, double x, long index) {
        int at = (int) (index & (LANES - 1)) * outputs + o;
        double s = sum[at], t = s + x, z = t - s;
        compensation[at] += (s - (t - z)) + (x - z);
        sum[at] = t;
    }

    /**
     * For a float sum, hands output o's 8 lanes to code that adds elements in registers (a compiled
     * kernel's sumRow): lane l's sum goes to {@code lanes[l]} and its compensation to
     * {@code lanes[8 + l]}, after finishing the chunk when {@code index}, the position of the next
     * element, starts a new one. The caller then adds the elements at {@code index} (a multiple of 8),
     * {@code index + 1}, ... within that chunk, element {@code index + j} to lane {@code j mod 8}
     * exactly as {@link #SCALAR_LANES} does, and gives the lanes back with {@link #putLanes}.
     */
    public void takeLanes(int o, long index, double[] lanes) {
        if (!isFloat || op != Op.SUM || (index & (LANES - 1)) != 0) throw new IllegalArgumentException("lanes of a float sum at a multiple of 8");
        if ((index & (CHUNK - 1)) == 0 && index != 0) finishChunk(o);
        for (int l = 0; l < LANES; l++) {
            lanes[l] = sum[l * outputs + o];
            lanes[LANES + l] = compensation[l * outputs + o];
        }
    }

    /** Takes back output o's lanes handed out by {@link #takeLanes}, sums then compensations. */
    public void putLanes(int o, double[] lanes) {
        for (int l = 0; l < LANES; l++) {
            sum[l * outputs + o] = lanes[l];
            compensation[l * outputs + o] = lanes[LANES + l];
        }
    }

    /**
     * For a max, min, argmax, argmin, any or all of integer or bool values: output {@code o} takes
     * {@code values[0..len)} (as {@link #acceptInt} reads them) at positions {@code index, index + 1, ...},
     * and true is returned; false (nothing taken) for other reductions. Only one element of the block
     * can change what the output holds, the one the block alone would keep (its first extreme, its first
     * nonzero for any, its first zero for all, else any element): taking it alone is taking them all.
     */
    public boolean acceptInts(int o, long[] values, int len, long index) {
        if (isFloat || op == Op.SUM || op == Op.PROD) return false;
        if (len == 0) return true;
        int k = switch (op) {
            case MAX, ARGMAX -> extremes.firstInteger(values, len, flip, true);
            case MIN, ARGMIN -> extremes.firstInteger(values, len, flip, false);
            case ANY -> Math.max(extremes.firstTruth(values, len, true), 0);
            default -> Math.max(extremes.firstTruth(values, len, false), 0);
        };
        acceptInt(o, values[k], index + k);
        return true;
    }

    /**
     * Whether output {@code o}'s result can no longer change, whatever elements it takes next: any
     * holding true, all holding false, and over bools max and argmax holding true, min and argmin
     * false (later elements can only tie, and ties keep the first). A caller may stop feeding it.
     */
    public boolean decided(int o) {
        return switch (op) {
            case ANY -> acc[o] != 0;
            case ALL -> acc[o] == 0;
            case MAX -> isBool && acc[o] == 1;
            case MIN -> isBool && acc[o] == 0;
            case ARGMAX -> isBool && bestIndex[o] >= 0 && acc[o] == 1;
            case ARGMIN -> isBool && bestIndex[o] >= 0 && acc[o] == 0;
            default -> false;
        };
    }

    /** True for an integer (or bool) sum, whose blocks may be added up first: wrapping addition is associative. */
    public boolean sumsIntegers() {
        return op == Op.SUM && !isFloat;
    }

    /** Output {@code o} takes the wrapping total of a block of its elements (only when {@link #sumsIntegers()}). */
    public void acceptIntTotal(int o, long total) {
        acc[o] += total;
    }

    /**
     * Outputs {@code first + j} each take integer or bool {@code values[from + j]} ({@code j < len}, read as
     * {@link #acceptInt} reads them), all at position {@code index}: {@link #acceptInt} for each, in one
     * loop per reduction rather than a choice per element.
     */
    public void acceptIntsAcross(int first, long[] values, int from, int len, long index) {
        switch (op) {
            case SUM -> { for (int j = 0; j < len; j++) acc[first + j] += values[from + j]; }
            case PROD -> { for (int j = 0; j < len; j++) acc[first + j] *= values[from + j]; }
            case MAX -> { for (int j = 0; j < len; j++) acc[first + j] = Math.max(acc[first + j], values[from + j] ^ flip); }
            case MIN -> { for (int j = 0; j < len; j++) acc[first + j] = Math.min(acc[first + j], values[from + j] ^ flip); }
            case ANY -> { for (int j = 0; j < len; j++) acc[first + j] |= values[from + j] != 0 ? 1 : 0; }
            case ALL -> { for (int j = 0; j < len; j++) acc[first + j] &= values[from + j] != 0 ? 1 : 0; }
            case ARGMAX, ARGMIN -> {
                boolean max = op == Op.ARGMAX;
                for (int j = 0; j < len; j++) {
                    int o = first + j;
                    long x = values[from + j] ^ flip;
                    if (bestIndex[o] < 0 || (max ? x > acc[o] : x < acc[o])) {
                        acc[o] = x;
                        bestIndex[o] = index;
                    }
                }
            }
            default -> throw new IllegalStateException(op + " on integer input");
        }
    }

    /** Outputs {@code first + j} each take {@code values[j]}, all at position {@code index}: a loop over outputs. */
    public void acceptFloatsAcross(int first, double[] values, int len, long index) {
        if ((op == Op.ARGMAX || op == Op.ARGMIN) && index > 0) {
            // Outputs take their positions in order, so at a position past 0 each holds a value.
            extremes.across(sum, bestIndex, first, values, 0, len, index, op == Op.ARGMAX);
            return;
        }
        if (op != Op.SUM) {
            for (int j = 0; j < len; j++) acceptFloat(first + j, values[j], index);
            return;
        }
        if ((index & (CHUNK - 1)) == 0 && index != 0) for (int j = 0; j < len; j++) finishChunk(first + j);
        lanes.addAcross(sum, compensation, (int) (index & (LANES - 1)) * outputs + first, values, len);
    }

    /**
     * Rows of {@link #acceptFloatsAcross}: outputs {@code first + j} take {@code values[k * n + j]} at
     * position {@code index + k}, row k after row k - 1, for {@code k < rows} and {@code j < n}.
     */
    public void acceptFloatRowsAcross(int first, double[] values, int rows, int n, long index) {
        switch (op) {
            // max and min do not depend on the order of their values (NaN wins, +0.0 is above -0.0): a loop the JIT vectorizes.
            case MAX -> {
                for (int k = 0; k < rows; k++) for (int j = 0; j < n; j++) sum[first + j] = Math.max(sum[first + j], values[k * n + j]);
            }
            case MIN -> {
                for (int k = 0; k < rows; k++) for (int j = 0; j < n; j++) sum[first + j] = Math.min(sum[first + j], values[k * n + j]);
            }
            case ARGMAX, ARGMIN -> {
                for (int k = 0; k < rows; k++) {
                    // Past position 0 every output holds a value (as in acceptFloatsAcross); row k's values are values[k * n ..].
                    if (index + k > 0) extremes.across(sum, bestIndex, first - k * n, values, k * n, k * n + n, index + k, op == Op.ARGMAX);
                    else for (int j = 0; j < n; j++) acceptFloat(first + j, values[k * n + j], index + k);
                }
            }
            default -> {
                for (int k = 0; k < rows; k++) for (int j = 0; j < n; j++) acceptFloat(first + j, values[k * n + j], index + k);
            }
        }
    }

    /**
     * Output {@code o} takes the elements {@code chunk} (a reduction of one output over the next
     * positions, fed with their positions in this reduction) took, as if they had come here in
     * order. A float sum's chunk must start at a chunk boundary; a product cannot be merged.
     */
    public void merge(int o, Reduction chunk) {
        switch (op) {
            case SUM -> {
                if (!isFloat) {
                    acc[o] += chunk.acc[0];
                    return;
                }
                finishChunk(o);
                for (int l = 0; l < LANES; l++) {
                    sum[l * outputs + o] = chunk.sum[l];
                    compensation[l * outputs + o] = chunk.compensation[l];
                }
            }
            case MAX, MIN -> {
                if (isFloat) sum[o] = op == Op.MAX ? Math.max(sum[o], chunk.sum[0]) : Math.min(sum[o], chunk.sum[0]);
                else acc[o] = op == Op.MAX ? Math.max(acc[o], chunk.acc[0]) : Math.min(acc[o], chunk.acc[0]);
            }
            case ANY -> acc[o] |= chunk.acc[0];
            case ALL -> acc[o] &= chunk.acc[0];
            case ARGMAX, ARGMIN -> {
                if (chunk.bestIndex[0] < 0) return;
                if (isFloat) {
                    if (bestIndex[o] < 0 || !Double.isNaN(sum[o]) && chunk.wouldReplace(sum[o])) {
                        sum[o] = chunk.sum[0];
                        bestIndex[o] = chunk.bestIndex[0];
                    }
                } else if (bestIndex[o] < 0 || (op == Op.ARGMAX ? chunk.acc[0] > acc[o] : chunk.acc[0] < acc[o])) {
                    acc[o] = chunk.acc[0];
                    bestIndex[o] = chunk.bestIndex[0];
                }
            }
            default -> throw new IllegalStateException(op + " reductions cannot be merged: their order of operations is sequential");
        }
    }

    /** Whether this one-output chunk's best float value displaces {@code best} found earlier (NaN first, then strictly better). */
    private boolean wouldReplace(double best) {
        double x = sum[0];
        return Double.isNaN(x) || (op == Op.ARGMAX ? x > best : x < best);
    }

    /** True when {@link #merge} can combine chunks of this reduction (all but a product). */
    public boolean mergeable() {
        return op != Op.PROD;
    }

    /** Adds output o's lane total to its running total (TwoSum) and clears its lanes: the end of a chunk. */
    private void finishChunk(int o) {
        finishChunk(sum, compensation, o, outputs, total, totalCompensation);
    }

    /**
     * The end of a chunk for output o of lane-major accumulators (lane l at {@code l * stride + o}):
     * its lane total is added to its running total with TwoSum and its lanes are cleared.
     */
    static void finishChunk(double[] sum, double[] compensation, int o, int stride, double[] total, double[] totalCompensation) {
        double x = laneTotal(sum, compensation, o, stride), s = total[o], t = s + x, z = t - s;
        totalCompensation[o] += (s - (t - z)) + (x - z);
        total[o] = t;
        for (int l = 0; l < LANES; l++) {
            sum[l * stride + o] = 0;
            compensation[l * stride + o] = 0;
        }
    }

    /** Writes every output's result to {@code out}, output {@code o} at element {@code o}. */
    public void store(Buffer out) {
        store(out, 0, outputs);
    }

    /** Writes the results of outputs {@code [first, end)}, which take no more elements, to {@code out} (as {@link #store(Buffer)}). */
    public void store(Buffer out, int first, int end) {
        store(out, first, end, first);
    }

    /** As {@link #store(Buffer, int, int)}, output {@code o} to element {@code at + o - first} of {@code out}. */
    public void store(Buffer out, int first, int end, long at) {
        for (int o = first; o < end; o++) {
            long e = at + o - first;
            if (op == Op.ARGMAX || op == Op.ARGMIN) out.setLong(e, bestIndex[o]);
            else if (!isFloat) out.setLong(e, acc[o] ^ flip);
            else if (op == Op.SUM) out.setDouble(e, floatSum(o));
            else out.setDouble(e, sum[o]);
        }
    }

    /** The finished chunks' total plus the current chunk's lanes; for one chunk, the lane total itself. */
    private double floatSum(int o) {
        return floatSum(sum, compensation, o, outputs, total, totalCompensation);
    }

    /** {@link #floatSum(int)} of lane-major accumulators (see {@link #finishChunk(double[], double[], int, int, double[], double[])}). */
    static double floatSum(double[] sum, double[] compensation, int o, int stride, double[] total, double[] totalCompensation) {
        finishChunk(sum, compensation, o, stride, total, totalCompensation);
        double s = total[o], c = totalCompensation[o];
        return Double.isFinite(s + c) ? s + c : s;
    }

    /**
     * What a float sum's output stores after taking {@code values[0..len)} at positions {@code 0..len)},
     * {@code len <= LANES}: each value alone in its lane, the lanes added as {@link #store} adds them. The
     * same operations in the same order as {@link #acceptFloat} and {@link #store}, on locals instead of
     * an output's lane-major arrays: for sums along short rows (a distance over 2 or 3 coordinates),
     * where filling, walking and clearing eight lanes per output cost more than the sum.
     */
    public static double shortRowSum(double[] values, int len) {
        if (len > LANES) throw new IllegalArgumentException("a short row has at most " + LANES + " values, got " + len);
        double s = 0, c = 0;
        for (int l = 0; l < LANES; l++) {
            double laneSum = 0, laneCompensation = 0;
            if (l < len) { // acceptFloat into a fresh lane
                double x = values[l], t = laneSum + x, z = t - laneSum;
                laneCompensation += (laneSum - (t - z)) + (x - z);
                laneSum = t;
            }
            double t = s + laneSum, z = t - s; // laneTotal
            c += ((s - (t - z)) + (laneSum - z)) + laneCompensation;
            s = t;
        }
        double x = Double.isFinite(s + c) ? s + c : s;
        double total = 0, totalCompensation = 0; // finishChunk into a fresh total, then floatSum
        double t = total + x, z = t - total;
        totalCompensation += (total - (t - z)) + (x - z);
        total = t;
        return Double.isFinite(total + totalCompensation) ? total + totalCompensation : total;
    }

    /** The lanes of output o added in lane order, with their compensations (inf and NaN pass through). */
    private static double laneTotal(double[] sum, double[] compensation, int o, int stride) {
        double s = 0, c = 0;
        for (int l = 0; l < LANES; l++) {
            double x = sum[l * stride + o], t = s + x, z = t - s;
            c += ((s - (t - z)) + (x - z)) + compensation[l * stride + o];
            s = t;
        }
        return Double.isFinite(s + c) ? s + c : s;
    }
}
