package org.ndjit.ir;

/**
 * The argument of an ARANGE leaf, an int64 range: element i is {@code start + i * step} in wrapping
 * int64 arithmetic (exact for every range Np.arange makes: its elements lie between start and stop).
 * Kernels compute it from their loop positions (it is never read from memory); float ranges, linspace
 * and eye are elementwise expressions over one.
 */
public record Arange(long start, long step) {
    @Override
    public String toString() { return "start=" + start + " step=" + step; }
}
