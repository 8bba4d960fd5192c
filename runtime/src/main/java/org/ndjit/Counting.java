package org.ndjit;

import org.ndjit.ir.Gather;
import org.ndjit.ir.Node;
import org.ndjit.ir.RoutineNodes;
import org.ndjit.ir.SortOrder;

import java.util.List;

/**
 * unique, bincount and histogram: their lengths depend on the data, so they compute their input
 * when called (the sort through the engine) and count in Java; unique's values are a take of the
 * input's first occurrences, so they keep its bits. unique collapses every NaN into one (NumPy's
 * {@code equal_nan=True}) and the two zeros into one, represented by its first occurrence (NumPy's
 * quicksort may show either). histogram counts in float64 with NumPy's formulas (equal bins: its
 * scaled index, corrected by one against the edges; given edges: a search of the sorted data), so
 * float32 data gets float64 edges where NumPy's are float32.
 */
final class Counting {
    private Counting() {}

    static Unique unique(NDArray x) {
        Node flat = Sorting.flat(x.node());
        int n = Math.toIntExact(flat.size());
        long[] order = new NDArray(RoutineNodes.argsort(flat, 0)).toLongArray();
        boolean isFloat = flat.dtype().isFloat();
        double[] d = isFloat ? new NDArray(flat).astype(DType.FLOAT64).toDoubleArray() : null;
        long[] l = isFloat ? null : new NDArray(flat).astype(DType.INT64).toLongArray();
        long[] first = new long[n], counts = new long[n], inverse = new long[n];
        int groups = 0;
        for (int k = 0; k < n; k++) {
            int i = (int) order[k];
            boolean starts = k == 0 || (isFloat ? SortOrder.compareFloat(d[(int) order[k - 1]], d[i]) : Long.compare(l[(int) order[k - 1]], l[i])) != 0;
            if (starts) first[groups++] = i;
            counts[groups - 1]++;
            inverse[i] = groups - 1;
        }
        long[] firstIdx = java.util.Arrays.copyOf(first, groups);
        NDArray firstIndices = Np.array(firstIdx);
        NDArray values = new NDArray(Gather.node(flat, 0, List.of(0), firstIndices.node()));
        return new Unique(values, firstIndices, Np.array(inverse).reshape(x.shape()), Np.array(java.util.Arrays.copyOf(counts, groups)));
    }

    static NDArray bincount(NDArray x, NDArray weights, long minlength) {
        Node xn = x.node();
        if (xn.dtype().isFloat()) {
            throw new IllegalArgumentException("Cannot cast array data from dtype('" + xn.dtype() + "') to dtype('int64') according to the rule 'safe'");
        }
        if (xn.ndim() != 1) throw Sorting.depth(xn);
        if (minlength < 0) throw new IllegalArgumentException("'minlength' must not be negative");
        long[] v = x.astype(DType.INT64).toLongArray();
        long max = -1;
        for (long e : v) {
            if (e < 0) throw new IllegalArgumentException("'list' argument must have no negative elements");
            max = Math.max(max, e);
        }
        int length = Math.toIntExact(Math.max(max + 1, minlength));
        if (weights == null) {
            long[] counts = new long[length];
            for (long e : v) counts[(int) e]++;
            return Np.array(counts);
        }
        if (weights.size() != v.length) throw new IllegalArgumentException("The weights and list don't have the same length.");
        double[] w = weights.astype(DType.FLOAT64).toDoubleArray(), sums = new double[length];
        for (int i = 0; i < v.length; i++) sums[(int) v[i]] += w[i]; // in input order, as NumPy adds
        return Np.array(sums);
    }

    /** NumPy's histogram with {@code bins} equal bins over [lo, hi] (null: the data's min and max), the last bin closed. */
    static Histogram histogram(NDArray a, long bins, Double lo, Double hi) {
        if (bins <= 0) throw new IllegalArgumentException("`bins` must be positive, when an integer");
        double[] v = values(a);
        double first, last;
        if (lo != null) {
            first = lo;
            last = hi;
            if (first > last) throw new IllegalArgumentException("max must be larger than min in range parameter.");
            if (!Double.isFinite(first) || !Double.isFinite(last)) throw new IllegalArgumentException("supplied range of [" + py(first) + ", " + py(last) + "] is not finite");
        } else if (v.length == 0) {
            first = 0;
            last = 1;
        } else {
            first = v[0];
            last = v[0];
            for (double x : v) { // Math.min and max propagate NaN, as a.min() and a.max() do
                first = Math.min(first, x);
                last = Math.max(last, x);
            }
            if (!Double.isFinite(first) || !Double.isFinite(last)) throw new IllegalArgumentException("autodetected range of [" + py(first) + ", " + py(last) + "] is not finite");
        }
        if (first == last) {
            first -= 0.5;
            last += 0.5;
        }
        NDArray edgesArray = Np.linspace(first, last, bins + 1).eval();
        double[] edges = edgesArray.toDoubleArray();
        long[] counts = new long[Math.toIntExact(bins)];
        double denom = last - first;
        for (double x : v) {
            if (!(x >= first && x <= last)) continue;
            int i = (int) ((x - first) / denom * bins);
            if (i == bins) i--;
            if (x < edges[i]) i--;
            else if (i != bins - 1 && x >= edges[i + 1]) i++;
            counts[i]++;
        }
        return new Histogram(Np.array(counts), edgesArray);
    }

    /** NumPy's histogram over given bin edges (increasing; each bin half-open but the last, closed). */
    static Histogram histogram(NDArray a, NDArray binEdges) {
        if (binEdges.ndim() != 1) throw new IllegalArgumentException("`bins` must be 1d, when an array");
        double[] edges = binEdges.astype(DType.FLOAT64).toDoubleArray();
        for (int i = 1; i < edges.length; i++) {
            if (edges[i - 1] > edges[i]) throw new IllegalArgumentException("`bins` must increase monotonically, when an array");
        }
        double[] sorted = new NDArray(RoutineNodes.sort(Sorting.flat(a.astype(DType.FLOAT64).node()), 0)).toDoubleArray();
        long[] counts = new long[Math.max(0, edges.length - 1)];
        for (int i = 0; i < counts.length; i++) {
            long from = position(sorted, edges[i], false), to = position(sorted, edges[i + 1], i == counts.length - 1);
            counts[i] = to - from;
        }
        return new Histogram(Np.array(counts), binEdges.astype(DType.FLOAT64));
    }

    /** The number of sorted values before {@code edge} (or up to it, when {@code closed}), NaNs last. */
    private static long position(double[] sorted, double edge, boolean closed) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = SortOrder.compareFloat(sorted[mid], edge);
            if (closed ? c <= 0 : c < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static double[] values(NDArray a) {
        return new NDArray(Sorting.flat(a.astype(DType.FLOAT64).node())).toDoubleArray();
    }

    private static String py(double v) {
        return Double.isNaN(v) ? "nan" : Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : Double.toString(v);
    }
}
