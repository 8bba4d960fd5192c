package org.ndjit;

import org.ndjit.ir.Node;

/**
 * NumPy's {@code pad}: each axis in turn extended by an {@link AxisRuns} index map that sends a
 * padded position to the input position it repeats (edge, reflect, symmetric, wrap: the closed
 * forms of NumPy's periodic extensions, checked against NumPy for widths beyond the array) or to
 * the constant.
 */
final class Padding {
    private Padding() {}

    /** NumPy's pad modes this library has. */
    enum PadMode { CONSTANT, EDGE, REFLECT, SYMMETRIC, WRAP }

    /** The pad mode of NumPy's name ({@code "constant"}, {@code "edge"}, ...). */
    static PadMode padMode(String name) {
        for (PadMode m : PadMode.values()) if (m.name().toLowerCase(java.util.Locale.ROOT).equals(name)) return m;
        throw new IllegalArgumentException("mode '" + name + "' is not supported");
    }

    /**
     * {@code np.pad(a, widths, mode, constant_values=value)}: {@code widths} is NumPy's pad_width as
     * {@code {{before, after}, ...}} per axis, or one pair (or one number) for every axis. Axes are
     * padded in order, each reading the result of the ones before (so corners are as NumPy's).
     */
    static Node pad(Node a, long[][] widths, PadMode mode, double value) {
        long[][] w = padWidths(widths, a.ndim());
        Node fill = mode == PadMode.CONSTANT ? Np.scalar(value, a.dtype()).node() : null;
        Node out = a;
        for (int ax = 0; ax < a.ndim(); ax++) {
            long before = w[ax][0], after = w[ax][1], len = out.dim(ax);
            if (before == 0 && after == 0) continue;
            if (len == 0 && mode != PadMode.CONSTANT) {
                throw new IllegalArgumentException("can't extend empty axis " + ax + " using modes other than 'constant' or 'empty'");
            }
            out = AxisRuns.gather(out, ax, Math.addExact(Math.addExact(before, len), after), j -> padSource(mode, j - before, len), fill);
        }
        return out;
    }

    /** The input position that padded position {@code j} (counted from the input's first element) reads, or {@link AxisRuns#FILL}. */
    private static long padSource(PadMode mode, long j, long n) {
        return switch (mode) {
            case CONSTANT -> j >= 0 && j < n ? j : AxisRuns.FILL;
            case EDGE -> Math.max(0, Math.min(n - 1, j));
            case WRAP -> Math.floorMod(j, n);
            case SYMMETRIC -> {
                long m = Math.floorMod(j, 2 * n);
                yield m < n ? m : 2 * n - 1 - m;
            }
            case REFLECT -> {
                if (n == 1) yield 0;
                long m = Math.floorMod(j, 2 * (n - 1));
                yield m < n ? m : 2 * (n - 1) - m;
            }
        };
    }

    /** NumPy's broadcasting of pad_width to {@code (ndim, 2)}, with its messages. */
    private static long[][] padWidths(long[][] widths, int ndim) {
        long[][] out = new long[ndim][2];
        int rows = widths.length, cols = rows == 0 ? 0 : widths[0].length;
        for (long[] row : widths) {
            if (row.length != cols) {
                throw new IllegalArgumentException("setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions.");
            }
        }
        if ((rows != 1 && rows != ndim) || (cols != 1 && cols != 2)) {
            throw new IllegalArgumentException("operands could not be broadcast together with remapped shapes [original->remapped]: ("
                    + rows + "," + cols + ")  and requested shape (" + ndim + ",2)");
        }
        for (int ax = 0; ax < ndim; ax++) {
            for (int side = 0; side < 2; side++) {
                long v = widths[rows == 1 ? 0 : ax][cols == 1 ? 0 : side];
                if (v < 0) throw new IllegalArgumentException("index can't contain negative values");
                out[ax][side] = v;
            }
        }
        return out;
    }

}
