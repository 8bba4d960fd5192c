package org.ndjit.codegen;

/**
 * The steps argmaxRow and argminRow ({@link RowKernel#argmaxRow}) call to keep a row's answer in
 * {@code best}: its value at 0 (float32 widened) and its index at 1 (-1: none yet). Public for the
 * generated classes, which call them as they call {@link ScalarOps}; the JIT inlines them.
 */
public final class ArgLanes {
    private ArgLanes() {}

    /**
     * Takes the next element, {@code x} at index {@code k}, of a row whose answer so far came from
     * earlier elements: as the reference's argmax (argmin) takes an element, a NaN replaces any number
     * and nothing replaces a NaN, a number replaces a smaller (larger) one, and the first of equal
     * values stays.
     */
    public static void takeNext(double[] best, double x, long k, boolean max) {
        double b = best[0];
        if (best[1] < 0 || !Double.isNaN(b) && (Double.isNaN(x) || (max ? x > b : x < b))) {
            best[0] = x;
            best[1] = k;
        }
    }

    /**
     * Output {@code i} of an argmax (argmin) across rows, holding {@code best[i]} from position {@code index[i]},
     * takes {@code x} at a later position {@code position}: as {@link #takeNext}, a NaN replaces any number and
     * nothing replaces a NaN, a number replaces a smaller (larger) one, the first of equal values stays. An output
     * that starts at -inf (+inf) from position 0 ends as the reference's, which takes position 0 whatever it is.
     */
    public static void takeAcross(double[] best, long[] index, int i, double x, long position, boolean max) {
        double b = best[i];
        if (!Double.isNaN(b) && (Double.isNaN(x) || (max ? x > b : x < b))) {
            best[i] = x;
            index[i] = position;
        }
    }

    /**
     * Takes a vector lane's answer ({@code x}, the lane's first NaN or its first largest value, at index
     * {@code k}; -1 for a lane that took nothing, whose values all equal its starting value, so that its
     * answer is its first element, {@code lane}) into the answer of the lanes taken before, which may come
     * later in the row: the first NaN, or if there is none the largest (smallest) value at its lowest index.
     */
    public static void takeLane(double[] best, double x, long k, int lane, boolean max) {
        if (k < 0) k = lane;
        double b = best[0], i = best[1];
        boolean take;
        if (i < 0) take = true;
        else if (Double.isNaN(b)) take = Double.isNaN(x) && k < i;
        else if (Double.isNaN(x)) take = true;
        else take = (max ? x > b : x < b) || x == b && k < i;
        if (take) {
            best[0] = x;
            best[1] = k;
        }
    }
}
