package org.ndjit;

import org.ndjit.engine.MemoryPool;
import org.ndjit.ir.Arange;
import org.ndjit.ir.Buffer;
import org.ndjit.ir.DType;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Shapes;

/**
 * The entry point, NumPy's {@code np}: creating arrays and the functions that are not methods.
 * <pre>{@code
 * NDArray m = Np.array(new long[][] {{1, 2, 3}, {4, 5, 6}});
 * System.out.println(m.add(Np.array(new long[] {10, 20, 30})));   // [[11 22 33]
 *                                                                  //  [14 25 36]]
 * }</pre>
 * Arrays made from Java arrays copy the data: changing the Java array later changes no result.
 */
public final class Np {
    private Np() {}

    /** NumPy's {@code None} / {@code np.newaxis} in an index. */
    public static final Index NEW_AXIS = Index.NEW_AXIS;
    /** NumPy's {@code ...} in an index. */
    public static final Index ELLIPSIS = Index.ELLIPSIS;
    /** NumPy's {@code :} in an index. */
    public static final Index ALL = Index.ALL;

    /**
     * Opens a {@link Scope} on this thread: the arrays that get memory in it (made from Java data, or
     * computed while it is open) are released when it closes, except those it {@linkplain Scope#keep keeps}.
     * <pre>{@code
     * try (Scope s = Np.scope()) {
     *     return s.keep(x.sub(x.mean(0, true)).div(x.std(0, true)));
     * }
     * }</pre>
     */
    public static Scope scope() { return Scope.open(); }

    /** The memory pool's figures now: live, pooled and peak bytes, allocations and reuses (see {@link MemoryStats}). */
    public static MemoryStats memoryStats() {
        var s = MemoryPool.shared().stats();
        return new MemoryStats(s.liveBytes(), s.pooledBytes(), s.peakLiveBytes(), s.allocations(), s.fromPool(), s.budget(), s.javaArrays());
    }

    /**
     * The plan cache's figures now: plans reused for a graph of a known structure (hits), planned and
     * kept (misses), planned and not kept because simplification changed the graph (see {@link PlanCacheStats}).
     */
    public static PlanCacheStats planCacheStats() {
        var s = org.ndjit.engine.PlanCache.shared().stats();
        return new PlanCacheStats(s.hits(), s.misses(), s.uncacheable(), s.size(), s.capacity());
    }

    /**
     * Computes several arrays now, each value they share once: {@code Np.eval(mean, variance)}
     * computes the common {@code x - x.mean()} once instead of once per array. Each array gets the
     * value {@link NDArray#eval()} would give it.
     */
    public static void eval(NDArray... arrays) {
        java.util.List<org.ndjit.ir.Node> roots = new java.util.ArrayList<>();
        for (NDArray a : arrays) roots.add(a.node());
        org.ndjit.engine.SharedRoots.materialize(roots);
    }

    // ---- From Java arrays (copied). Element types map to dtypes: double float64, float float32,
    //      long int64, int int32, boolean bool. ----

    public static NDArray array(double... data) { return fromJava(data); }
    public static NDArray array(double[][] data) { return fromJava(data); }
    public static NDArray array(double[][][] data) { return fromJava(data); }
    public static NDArray array(double[][][][] data) { return fromJava(data); }
    public static NDArray array(float... data) { return fromJava(data); }
    public static NDArray array(float[][] data) { return fromJava(data); }
    public static NDArray array(float[][][] data) { return fromJava(data); }
    public static NDArray array(float[][][][] data) { return fromJava(data); }
    public static NDArray array(long... data) { return fromJava(data); }
    public static NDArray array(long[][] data) { return fromJava(data); }
    public static NDArray array(long[][][] data) { return fromJava(data); }
    public static NDArray array(long[][][][] data) { return fromJava(data); }
    public static NDArray array(int... data) { return fromJava(data); }
    public static NDArray array(int[][] data) { return fromJava(data); }
    public static NDArray array(int[][][] data) { return fromJava(data); }
    public static NDArray array(int[][][][] data) { return fromJava(data); }
    public static NDArray array(boolean... data) { return fromJava(data); }
    public static NDArray array(boolean[][] data) { return fromJava(data); }
    public static NDArray array(boolean[][][] data) { return fromJava(data); }
    public static NDArray array(boolean[][][][] data) { return fromJava(data); }

    private static NDArray fromJava(Object nested) {
        if (nested == null) throw new IllegalArgumentException("cannot make an array from null");
        long[] shape = JavaArrays.shapeOf(nested);
        DType dtype = JavaArrays.dtypeOf(nested);
        return NDArray.owning(JavaArrays.copy(nested, dtype, shape), shape);
    }

    /**
     * An array over existing memory, without copying (NumPy's {@code np.frombuffer}): elements of
     * {@code dtype} in C order and native byte order, e.g. from a memory-mapped file. The caller
     * promises that nothing writes the memory while arrays read it. Each call makes a new array,
     * distinct from every other even over the same memory, so nothing computed from an earlier wrap
     * is reused: benchmarks use this to compute the same expression on the same data again.
     */
    public static NDArray wrap(java.lang.foreign.MemorySegment segment, DType dtype, long... shape) {
        Buffer b = Buffer.wrap(segment, dtype, Shapes.size(shape));
        return NDArray.owning(Nodes.buffer(b, shape), b, false);
    }

    /** A 0-d array (NumPy's {@code np.array(5.0)}), which is strong in type promotion. */
    public static NDArray scalar(double value) { return new NDArray(Nodes.constant(DType.FLOAT64, value)); }
    public static NDArray scalar(long value) { return new NDArray(Nodes.constant(DType.INT64, value)); }
    public static NDArray scalar(boolean value) { return new NDArray(Nodes.constant(DType.BOOL, value)); }
    /** A 0-d array of the given dtype. */
    public static NDArray scalar(double value, DType dtype) {
        return new NDArray(Nodes.constant(dtype, dtype.isBool() ? (Object) (value != 0) : dtype.isInteger() ? (Object) (long) value : (Object) value));
    }

    // ---- Filled arrays: a broadcast view of one value, so they cost no memory until used. ----

    /** float64 zeros: {@code Np.zeros(3, 4)}. */
    public static NDArray zeros(long... shape) { return full(shape, 0.0, DType.FLOAT64); }
    public static NDArray zeros(DType dtype, long... shape) { return full(shape, 0.0, dtype); }
    public static NDArray ones(long... shape) { return full(shape, 1.0, DType.FLOAT64); }
    public static NDArray ones(DType dtype, long... shape) { return full(shape, 1.0, dtype); }
    /** An array of this shape filled with {@code value} (float64). */
    public static NDArray full(long[] shape, double value) { return full(shape, value, DType.FLOAT64); }
    public static NDArray full(long[] shape, long value) { return filled(shape, Nodes.constant(DType.INT64, value)); }
    public static NDArray full(long[] shape, boolean value) { return filled(shape, Nodes.constant(DType.BOOL, value)); }
    public static NDArray full(long[] shape, double value, DType dtype) {
        return filled(shape, scalar(value, dtype).node());
    }

    private static NDArray filled(long[] shape, Node value) {
        Shapes.size(shape);
        return new NDArray(Nodes.view(value, Layout.contiguous(Shapes.SCALAR).broadcastTo(shape)));
    }

    // ---- Ranges. ----

    /** int64 {@code [0, 1, ..., stop-1]}. */
    public static NDArray arange(long stop) { return arange(0, stop, 1); }
    public static NDArray arange(long start, long stop) { return arange(start, stop, 1); }
    /** int64 values from start (inclusive) to stop (exclusive) by step: {@code arange(0, 10, 2)} is {@code [0 2 4 6 8]}. */
    public static NDArray arange(long start, long stop, long step) {
        if (step == 0) throw new IllegalArgumentException("arange: step must not be zero");
        // Exactly, as Python's range: stop - start and -step may not fit in a long (arange(MAX, 0, MIN) is [MAX]).
        java.math.BigInteger span = java.math.BigInteger.valueOf(stop).subtract(java.math.BigInteger.valueOf(start));
        java.math.BigInteger by = java.math.BigInteger.valueOf(step);
        if (step < 0) {
            span = span.negate();
            by = by.negate();
        }
        java.math.BigInteger n = span.signum() <= 0 ? java.math.BigInteger.ZERO
                : span.add(by).subtract(java.math.BigInteger.ONE).divide(by);
        if (n.bitLength() > 63) {
            throw new IllegalArgumentException("Maximum allowed size exceeded: arange(" + start + ", " + stop + ", " + step + ") has "
                    + n + " elements, more than " + Long.MAX_VALUE);
        }
        // Element i is start + i*step in wrapping long arithmetic, which is exact: every element lies between start and stop.
        return new NDArray(Nodes.arange(n.longValueExact(), new Arange(start, step)));
    }

    /**
     * float64 values from start by step below stop (above, for a negative step), NumPy's elements
     * exactly: element 0 is start, element 1 is {@code start + step}, element i is
     * {@code start + i * ((start + step) - start)}. Computed where it is read, like every range.
     */
    public static NDArray arange(double start, double stop, double step) {
        if (step == 0 || !Double.isFinite(step)) throw new IllegalArgumentException("arange: step must be finite and non-zero, got " + step);
        double n = Math.ceil((stop - start) / step);
        if (Double.isNaN(n)) throw new IllegalArgumentException("arange: cannot compute the length of arange(" + start + ", " + stop + ", " + step + ")");
        if (!(n < 0x1p63)) {
            throw new IllegalArgumentException("Maximum allowed size exceeded: arange(" + start + ", " + stop + ", " + step + ") has "
                    + n + " elements, more than " + Long.MAX_VALUE);
        }
        NDArray i = indices(Math.max((long) n, 0));
        NDArray later = i.astype(DType.FLOAT64).mul((start + step) - start).add(start);
        return where(i.eq(0), start, where(i.eq(1), start + step, later));
    }

    /** {@code num} evenly spaced float64 values from start to stop inclusive: {@code linspace(0, 1, 5)} is {@code [0. 0.25 0.5 0.75 1.]}. */
    public static NDArray linspace(double start, double stop, long num) { return linspace(start, stop, num, true); }

    /**
     * {@code num} evenly spaced float64 values from start to stop, which is the last one when
     * {@code endpoint} (else the values stop one step before it), with NumPy's formula: element i is
     * {@code i * step + start} with {@code step = (stop - start) / div} ({@code div} is num - 1 with the
     * endpoint, else num); {@code i / div * (stop - start) + start} when step is 0 (an underflow);
     * {@code i * (stop - start) + start} when div is 0; the last one is stop with the endpoint.
     */
    public static NDArray linspace(double start, double stop, long num, boolean endpoint) {
        if (num < 0) throw new IllegalArgumentException("Number of samples, " + num + ", must be non-negative.");
        long div = endpoint ? num - 1 : num;
        double delta = stop - start, step = delta / div;
        NDArray i = indices(num), y = i.astype(DType.FLOAT64);
        y = div > 0 && step == 0 ? y.div((double) div).mul(delta) : y.mul(div > 0 ? step : delta);
        y = y.add(start);
        return endpoint && num > 1 ? where(i.eq(num - 1), stop, y) : y;
    }

    /** The n-by-n float64 identity matrix. */
    public static NDArray eye(long n) { return eye(n, n); }

    /** An n-by-m float64 matrix with ones on the main diagonal: row index == column index, computed where it is read. */
    public static NDArray eye(long n, long m) {
        Shapes.size(new long[] {n, m});
        return indices(n).reshape(n, 1).eq(indices(m)).astype(DType.FLOAT64);
    }

    /** int64 {@code [0, 1, ..., n-1]}, the range the others are built on. */
    private static NDArray indices(long n) {
        return new NDArray(Nodes.arange(n, new Arange(0, 1)));
    }

    /** A seeded random generator (NumPy's {@code np.random.default_rng(seed)}): the same seed gives the same numbers everywhere. */
    public static Random random(long seed) { return new Random(seed); }

    // ---- Functions. ----

    /** {@code cond ? x : y} elementwise, with broadcasting; cond is read as truthiness. */
    public static NDArray where(NDArray cond, NDArray x, NDArray y) { return new NDArray(Build.where(cond.node(), x.node(), y.node())); }
    public static NDArray where(NDArray cond, NDArray x, double y) { return new NDArray(Build.where(cond.node(), x.node(), Scalar.of(y))); }
    public static NDArray where(NDArray cond, double x, NDArray y) { return new NDArray(Build.where(cond.node(), Scalar.of(x), y.node())); }
    public static NDArray where(NDArray cond, double x, double y) { return new NDArray(Build.where(cond.node(), Scalar.of(x), Scalar.of(y))); }
    public static NDArray where(NDArray cond, NDArray x, long y) { return new NDArray(Build.where(cond.node(), x.node(), Scalar.of(y))); }
    public static NDArray where(NDArray cond, long x, long y) { return new NDArray(Build.where(cond.node(), Scalar.of(x), Scalar.of(y))); }

    /**
     * NumPy's one-argument {@code np.where(cond)}, which is {@link #nonzero}: the indices of the true
     * (non-zero) elements, one int64 array per axis.
     */
    public static NDArray[] where(NDArray cond) { return Nonzeros.nonzero(cond); }

    /**
     * NumPy's {@code np.nonzero(a)}: one int64 array per axis of a, together the indices of its
     * non-zero elements in C order ({@code a.get(Np.nonzero(a))} is {@code a[a != 0]}); a 0-d a is an
     * error, as in NumPy 2. The count is computed when a result's shape is first needed.
     */
    public static NDArray[] nonzero(NDArray a) { return Nonzeros.nonzero(a); }
    /** NumPy's {@code np.argwhere(a)}: the indices of the non-zero elements as rows, shape {@code (count, a.ndim)}. */
    public static NDArray argwhere(NDArray a) { return Nonzeros.argwhere(a); }
    /** NumPy's {@code np.flatnonzero(a)}: the flat (C-order) indices of the non-zero elements. */
    public static NDArray flatnonzero(NDArray a) { return Nonzeros.flatnonzero(a); }
    /** NumPy's {@code np.count_nonzero(a)}, as a 0-d int64 array ({@code .itemLong()} for the number). */
    public static NDArray countNonzero(NDArray a) { return Nonzeros.countNonzero(a, null); }
    /** NumPy's {@code np.count_nonzero(a, axis)}: int64 counts over the given axes, e.g. {@code countNonzero(m, 1)} per row. */
    public static NDArray countNonzero(NDArray a, int... axes) { return Nonzeros.countNonzero(a, axes); }

    /** NumPy's {@code np.take(a, indices, axis)}; a null axis takes from the flattened array. */
    public static NDArray take(NDArray a, NDArray indices, Integer axis) { return Takes.take(a, indices, axis); }
    /**
     * NumPy's {@code np.take_along_axis(a, indices, axis)}: indices has a's number of dimensions and
     * picks along {@code axis}, broadcasting against a on the others, e.g. the values at
     * {@code argsort}-style positions per row; a null axis reads the flattened array with 1-D indices.
     */
    public static NDArray takeAlongAxis(NDArray a, NDArray indices, Integer axis) { return Takes.takeAlongAxis(a, indices, axis); }

    /**
     * NumPy's {@code np.add.at(a, index, values)} without changing a: a copy of a where values are
     * added at the index (as in {@link NDArray#set(Object, NDArray)}), unbuffered, so a position
     * repeated k times receives k additions: {@code addAt(zeros(3), Np.array(new long[] {0, 0, 2}), 1.0)} is {@code [2 0 1]}.
     */
    public static NDArray addAt(NDArray a, Object index, NDArray values) { return Updates.addAt(a, index, values); }
    /** {@link #addAt(NDArray, Object, NDArray)} with a scalar. */
    public static NDArray addAt(NDArray a, Object index, double value) { return Updates.addAt(a, index, Scalar.of(value)); }
    /** {@link #addAt(NDArray, Object, NDArray)} with an integer. */
    public static NDArray addAt(NDArray a, Object index, long value) { return Updates.addAt(a, index, Scalar.of(value)); }

    /** Elementwise maximum with a scalar on the left, as in {@code np.maximum(0, z)}. */
    public static NDArray maximum(double a, NDArray b) { return b.maximum(a); }
    public static NDArray maximum(NDArray a, NDArray b) { return a.maximum(b); }
    public static NDArray minimum(NDArray a, NDArray b) { return a.minimum(b); }
    public static NDArray matmul(NDArray a, NDArray b) { return a.matmul(b); }

    /** NumPy's {@code np.broadcast_shapes}: the shape several shapes broadcast to. */
    public static long[] broadcastShapes(long[]... shapes) { return Shapes.broadcast(shapes); }
}
