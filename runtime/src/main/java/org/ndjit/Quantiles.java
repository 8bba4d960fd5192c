package org.ndjit;

import org.ndjit.ir.Buffer;
import org.ndjit.ir.Gather;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;
import org.ndjit.ir.RoutineNodes;
import org.ndjit.ir.Shapes;
import org.ndjit.ir.TakeIndices;

import java.util.Arrays;
import java.util.List;

/**
 * median, quantile and percentile as NumPy 2.4 computes them ({@code numpy/lib/_function_base_impl.py}),
 * built from a partition along the axis (the values at the positions each quantile needs), and
 * elementwise work that fuses: the virtual index of quantile q over n values, its neighbours and
 * the weight gamma are NumPy's ({@code _get_indexes}, {@code _get_gamma}, the methods' table),
 * computed here in double as NumPy computes them in float64, and the interpolation is its
 * {@code _lerp}: {@code a + (b - a) * t}, or {@code b - (b - a) * (1 - t)} where {@code t >= 0.5}. A
 * line holding a NaN gives its last sorted value (a NaN). The median is the mean of the one or two
 * middle values, as {@code np.median} computes it. A Java double q is a weak scalar (float32 data
 * stays float32, as with a Python float); an array of q values is float64 (as a NumPy array is).
 */
final class Quantiles {
    private Quantiles() {}

    static final List<String> METHODS = List.of("linear", "lower", "higher", "nearest", "midpoint");

    static Node median(Node x, Integer axis) {
        Node data = axis == null ? Views.reshape(x, new long[] {-1}) : x;
        int a = axis == null ? 0 : Shapes.normalizeAxis(axis, x.ndim());
        long n = data.dim(a);
        if (n == 0) {
            // NumPy's median of an empty slice is nan (it warns "Mean of empty slice"), in every position of the result.
            long[] shape = new long[data.ndim() - 1];
            for (int i = 0, k = 0; i < data.ndim(); i++) if (i != a) shape[k++] = data.dim(i);
            Node nan = Nodes.constant(data.dtype().isFloat() ? data.dtype() : DType.FLOAT64, Double.NaN);
            return Nodes.view(nan, org.ndjit.ir.Layout.contiguous(Shapes.SCALAR).broadcastTo(shape));
        }
        Positions part = new Positions(data, a, n % 2 == 0 ? new long[] {(n - 1) / 2, n / 2} : new long[] {(n - 1) / 2});
        // np.mean of the middle values: NumPy's sum starts from 0.0 (so -0.0 comes out as 0.0), then divides by the count.
        Node sum = Build.binary(Op.ADD, Scalar.of(0.0), floating(at(part, a, (n - 1) / 2)));
        if (n % 2 == 0) sum = Build.binary(Op.ADD, sum, floating(at(part, a, n / 2)));
        Node result = Build.binary(Op.DIV, sum, Scalar.of(2L - n % 2));
        return withNaNs(result, part, a, n);
    }

    /** Quantiles q (each in [0, 1]) along {@code axis} (null: of the flattened array); a scalar q drops the quantile axis. */
    static Node quantile(Node x, double[] q, boolean scalarQ, Integer axis, String method, String rangeError) {
        if (!METHODS.contains(method)) throw new IllegalArgumentException("'" + method + "' is not a valid method. Use one of: " + METHODS);
        for (double v : q) if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException(rangeError);
        Node data = axis == null ? Views.reshape(x, new long[] {-1}) : x;
        int a = axis == null ? 0 : Shapes.normalizeAxis(axis, x.ndim());
        long n = data.dim(a);
        if (n == 0) throw new IndexOutOfBoundsException("index -1 is out of bounds for axis 0 with size 0");
        int m = q.length;
        long[] prev = new long[m], next = new long[m];
        double[] gamma = new double[m];
        boolean interpolates = method.equals("linear") || method.equals("midpoint");
        for (int i = 0; i < m; i++) {
            double scaled = (n - 1) * q[i];
            switch (method) {
                case "lower" -> prev[i] = (long) Math.floor(scaled);
                case "higher" -> prev[i] = (long) Math.ceil(scaled);
                case "nearest" -> prev[i] = (long) Math.rint(scaled);
                default -> {
                    double virtual = method.equals("linear") ? scaled : 0.5 * (Math.floor(scaled) + Math.ceil(scaled));
                    // NumPy's _get_indexes: past the last value both neighbours are the last (index -1, which gamma also sees).
                    long p = virtual >= n - 1 ? -1 : (long) Math.floor(virtual);
                    gamma[i] = method.equals("linear") ? virtual - p : virtual % 1 == 0 ? 0 : 0.5;
                    prev[i] = p < 0 ? n - 1 : p;
                    next[i] = p < 0 ? n - 1 : p + 1;
                }
            }
        }
        Positions part = new Positions(data, a, interpolates ? concat(prev, next) : prev);
        Node lower = scalarQ ? at(part, a, prev[0]) : takeFirst(part, a, prev);
        Node result;
        if (!interpolates) {
            result = lower;
        } else {
            Node upper = scalarQ ? at(part, a, next[0]) : takeFirst(part, a, next);
            result = scalarQ ? lerp(lower, upper, gamma[0]) : lerp(lower, upper, gamma, data.ndim() - 1);
        }
        return withNaNs(result, part, a, n);
    }

    /** NumPy's _lerp with a weak scalar weight: one of its two formulas, chosen by t as NumPy's where= does. */
    private static Node lerp(Node a, Node b, double t) {
        Node diff = Build.binary(Op.SUB, b, a);
        return t >= 0.5 ? Build.binary(Op.SUB, b, Build.binary(Op.MUL, diff, Scalar.of(1 - t)))
                        : Build.binary(Op.ADD, a, Build.binary(Op.MUL, diff, Scalar.of(t)));
    }

    /** NumPy's _lerp with a float64 array of weights along the leading (quantile) axis, broadcast over {@code rest} more axes. */
    private static Node lerp(Node a, Node b, double[] t, int rest) {
        double[] oneMinus = new double[t.length];
        boolean[] upper = new boolean[t.length];
        for (int i = 0; i < t.length; i++) {
            oneMinus[i] = 1 - t[i];
            upper[i] = t[i] >= 0.5;
        }
        long[] shape = new long[1 + rest];
        Arrays.fill(shape, 1);
        shape[0] = t.length;
        Node diff = Build.binary(Op.SUB, b, a);
        Node low = Build.binary(Op.ADD, a, Build.binary(Op.MUL, diff, constant(t, shape)));
        Node high = Build.binary(Op.SUB, b, Build.binary(Op.MUL, diff, constant(oneMinus, shape)));
        return Build.where(constant(upper, shape), high, low);
    }

    /** Where a line holds a NaN (its last sorted value is one), that NaN is the answer. */
    private static Node withNaNs(Node result, Positions part, int axis, long n) {
        if (!part.values.dtype().isFloat()) return result;
        Node last = at(part, axis, n - 1);
        return Build.where(Build.binary(Op.NE, last, last), last, result);
    }

    private static Node at(Positions part, int axis, long index) {
        int j = part.slot(index);
        return Views.apply(part.values, l -> l.index(axis, j));
    }

    /** The values at {@code positions} along {@code axis}, that axis moved first (NumPy puts the quantiles' axis first). */
    private static Node takeFirst(Positions part, int axis, long[] positions) {
        long[] slots = new long[positions.length];
        for (int i = 0; i < slots.length; i++) slots[i] = part.slot(positions[i]);
        Node taken = Gather.node(part.values, axis, List.of(axis), Np.array(slots).node());
        int[] order = new int[taken.ndim()];
        order[0] = axis;
        for (int k = 0, j = 1; k < order.length; k++) if (k != axis) order[j++] = k;
        return Views.apply(taken, l -> l.permute(order));
    }

    /**
     * The sorted values at the positions a statistic reads (and the last, where a NaN would be), as
     * one partition node: a selection per line, not a sort. {@link #slot} finds a position's place.
     */
    private static final class Positions {
        final long[] kept;
        final Node values;

        Positions(Node data, int axis, long[] wanted) {
            long n = data.dim(axis);
            long[] all = java.util.Arrays.copyOf(wanted, wanted.length + 1);
            all[wanted.length] = data.dtype().isFloat() ? n - 1 : wanted[0];
            kept = java.util.Arrays.stream(all).sorted().distinct().toArray();
            values = RoutineNodes.partition(data, new TakeIndices(axis, kept));
        }

        int slot(long position) {
            return java.util.Arrays.binarySearch(kept, position);
        }
    }

    private static long[] concat(long[] a, long[] b) {
        long[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static Node floating(Node x) {
        return x.dtype().isFloat() ? x : Build.cast(x, DType.FLOAT64);
    }

    private static Node constant(double[] values, long[] shape) {
        Buffer b = Buffer.allocate(DType.FLOAT64, values.length);
        for (int i = 0; i < values.length; i++) b.setDouble(i, values[i]);
        return Nodes.buffer(b, shape);
    }

    private static Node constant(boolean[] values, long[] shape) {
        Buffer b = Buffer.allocate(DType.BOOL, values.length);
        for (int i = 0; i < values.length; i++) b.setBool(i, values[i]);
        return Nodes.buffer(b, shape);
    }
}
