package org.ndjit.ir;

/**
 * The argument of an ARANGE leaf: element i is {@code start + i * step} in the node's dtype.
 * For float dtypes the values are computed in double (NumPy's {@code arange} does the same) and
 * rounded once to the dtype.
 */
public record Arange(double start, double step, long startLong, long stepLong) {
    public static Arange ofLong(long start, long step) { return new Arange(start, step, start, step); }
    public static Arange ofDouble(double start, double step) { return new Arange(start, step, 0, 0); }

    @Override
    public String toString() { return startLong == 0 && stepLong == 0 ? "start=" + start + " step=" + step : "start=" + startLong + " step=" + stepLong; }
}
