package org.ndjit;

import org.ndjit.engine.MemoryPool;
import org.ndjit.ir.Arange;
import org.ndjit.ir.Buffer;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;
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
        return new MemoryStats(s.liveBytes(), s.pooledBytes(), s.peakLiveBytes(), s.allocations(), s.fromPool(), s.budget(), s.javaArrays(), s.collectionsRequested());
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
     * Computes several arrays now with one plan, each value they share once: {@code Np.eval(mean, variance)}
     * computes the common {@code x - x.mean()} once instead of once per array, and reductions over
     * the same elements ({@code Np.eval(x.sum(0), x.max(0))}) read them in one pass. Each array gets
     * the value {@link NDArray#eval()} would give it.
     */
    public static void eval(NDArray... arrays) {
        org.ndjit.engine.SharedRoots.materialize(nodes(arrays));
        for (NDArray a : arrays) a.eval(); // each array takes its value as its own (so that closing it releases it)
    }

    /**
     * What {@link #eval(NDArray...)} of these arrays will do, computing nothing: the one plan of the
     * arrays not computed yet, as {@link NDArray#explain()} prints it, with a last line naming the
     * steps whose outputs are the arrays.
     */
    public static String explain(NDArray... arrays) {
        return org.ndjit.engine.Explain.plan(nodes(arrays), false);
    }

    private static java.util.List<org.ndjit.ir.Node> nodes(NDArray... arrays) {
        java.util.List<org.ndjit.ir.Node> roots = new java.util.ArrayList<>();
        for (NDArray a : arrays) roots.add(a.node());
        return roots;
    }

    // ---- From Java arrays (copied). Element types map to dtypes: double float64, float float32,
    //      long int64, int int32, boolean bool. ----

    /**
     * A float64 array of the values, NumPy's {@code np.array([1.5, 2.0])}: {@code Np.array(1.5, 2.0)}.
     * The other {@code array} overloads take Java arrays of one to four dimensions of double, float, long,
     * int or boolean (float64, float32, int64, int32, bool), which must be rectangular.
     */
    public static NDArray array(double... data) { return fromJava(data); }
    /**
     * A 2-d float64 array of the rows, which must be of one length: {@code Np.array(new double[][] {{1, 2}, {3, 4}})}.
     */
    public static NDArray array(double[][] data) { return fromJava(data); }
    /** A 3-d float64 array of the nested Java array (rectangular). */
    public static NDArray array(double[][][] data) { return fromJava(data); }
    /** A 4-d float64 array of the nested Java array (rectangular). */
    public static NDArray array(double[][][][] data) { return fromJava(data); }
    /** A float32 array of the values: {@code Np.array(1.5f, 2f)}. */
    public static NDArray array(float... data) { return fromJava(data); }
    /**
     * A 2-d float32 array of the rows, which must be of one length: {@code Np.array(new float[][] {{1, 2}, {3, 4}})}.
     */
    public static NDArray array(float[][] data) { return fromJava(data); }
    /** A 3-d float32 array of the nested Java array (rectangular). */
    public static NDArray array(float[][][] data) { return fromJava(data); }
    /** A 4-d float32 array of the nested Java array (rectangular). */
    public static NDArray array(float[][][][] data) { return fromJava(data); }
    /** An int64 array of the values: {@code Np.array(1L, 2L, 3L)}. */
    public static NDArray array(long... data) { return fromJava(data); }
    /**
     * A 2-d int64 array of the rows, which must be of one length: {@code Np.array(new long[][] {{1, 2, 3}, {4, 5, 6}})}.
     */
    public static NDArray array(long[][] data) { return fromJava(data); }
    /** A 3-d int64 array of the nested Java array (rectangular). */
    public static NDArray array(long[][][] data) { return fromJava(data); }
    /** A 4-d int64 array of the nested Java array (rectangular). */
    public static NDArray array(long[][][][] data) { return fromJava(data); }
    /** An int32 array of the values: {@code Np.array(1, 2, 3)}. */
    public static NDArray array(int... data) { return fromJava(data); }
    /**
     * A 2-d int32 array of the rows, which must be of one length: {@code Np.array(new int[][] {{1, 2}, {3, 4}})}.
     */
    public static NDArray array(int[][] data) { return fromJava(data); }
    /** A 3-d int32 array of the nested Java array (rectangular). */
    public static NDArray array(int[][][] data) { return fromJava(data); }
    /** A 4-d int32 array of the nested Java array (rectangular). */
    public static NDArray array(int[][][][] data) { return fromJava(data); }
    /** A bool array of the values: {@code Np.array(true, false)}. */
    public static NDArray array(boolean... data) { return fromJava(data); }
    /**
     * A 2-d bool array of the rows, which must be of one length: {@code Np.array(new boolean[][] {{true, false}, {false, true}})}.
     */
    public static NDArray array(boolean[][] data) { return fromJava(data); }
    /** A 3-d bool array of the nested Java array (rectangular). */
    public static NDArray array(boolean[][][] data) { return fromJava(data); }
    /** A 4-d bool array of the nested Java array (rectangular). */
    public static NDArray array(boolean[][][][] data) { return fromJava(data); }
    /**
     * An array of the numbers in iteration order, as NumPy's {@code np.array([1, 2, 3])}: int64 when all are
     * integers (Byte, Short, Integer, Long), float64 when any is not (or when empty).
     * <pre>{@code Np.array(List.of(1, 2, 3));   // int64 [1 2 3]
     * Np.array(List.of(1, 2.5));     // float64 [1.  2.5]}</pre>
     */
    public static NDArray array(java.util.Collection<? extends Number> values) { return JavaInterop.fromNumbers(values); }
    /** A float64 array of the stream's values ({@code DoubleStream.toArray()} then {@link #array(double...)}). */
    public static NDArray array(java.util.stream.DoubleStream values) { return array(values.toArray()); }
    /** An int64 array of the stream's values. */
    public static NDArray array(java.util.stream.LongStream values) { return array(values.toArray()); }
    /** An int32 array of the stream's values (as {@link #array(int...)}). */
    public static NDArray array(java.util.stream.IntStream values) { return array(values.toArray()); }

    /** int8 from Java bytes: {@code Np.array(new byte[] {1, -2})}. */
    public static NDArray array(byte... data) { return fromJava(data); }
    /** int16 from Java shorts. */
    public static NDArray array(short... data) { return fromJava(data); }
    /**
     * An array of {@code dtype} from Java bytes (any rank of nesting): for uint8 the bytes' bits, as
     * image data is held in Java ({@code (byte) 200} is 200); for other dtypes NumPy's cast of the
     * int8 values. {@code Np.array(pixels, DType.UINT8)}.
     */
    public static NDArray array(Object javaArray, DType dtype) { return SmallDtypes.fromJava(javaArray, dtype); }

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
    /**
     * A 0-d int64 array (NumPy's {@code np.array(5)}), strong in type promotion: {@code int32Array.add(Np.scalar(5L))} is int64.
     */
    public static NDArray scalar(long value) { return new NDArray(Nodes.constant(DType.INT64, value)); }
    /** A 0-d bool array (NumPy's {@code np.array(True)}). */
    public static NDArray scalar(boolean value) { return new NDArray(Nodes.constant(DType.BOOL, value)); }
    /** A 0-d array of the given dtype, the value cast to it as {@code astype} casts a float64 (uint64: up to 2^64 exactly). */
    public static NDArray scalar(double value, DType dtype) {
        Object v = dtype.isBool() ? (Object) (value != 0)
                : dtype == DType.UINT64 ? (Object) org.ndjit.ir.Unsigned64.fromDouble(value) // (long) would saturate at 2^63 - 1
                : dtype.isInteger() ? (Object) (long) value : (Object) value;
        return new NDArray(Nodes.constant(dtype, v));
    }

    // ---- Filled arrays: a broadcast view of one value, so they cost no memory until used. ----

    /** float64 zeros: {@code Np.zeros(3, 4)}. */
    public static NDArray zeros(long... shape) { return full(shape, 0.0, DType.FLOAT64); }
    /**
     * Zeros of a dtype, NumPy's {@code np.zeros((2, 3), dtype=np.int32)}: {@code Np.zeros(DType.INT32, 2, 3)}.
     */
    public static NDArray zeros(DType dtype, long... shape) { return full(shape, 0.0, dtype); }
    /** float64 ones, NumPy's {@code np.ones((2, 3))}: {@code Np.ones(2, 3)}. */
    public static NDArray ones(long... shape) { return full(shape, 1.0, DType.FLOAT64); }
    /** Ones of a dtype: {@code Np.ones(DType.INT64, 4)} is {@code [1 1 1 1]}. */
    public static NDArray ones(DType dtype, long... shape) { return full(shape, 1.0, dtype); }
    /** An array of this shape filled with {@code value} (float64). */
    public static NDArray full(long[] shape, double value) { return full(shape, value, DType.FLOAT64); }
    /** An int64 array of this shape filled with {@code value}: {@code Np.full(new long[] {2, 2}, 7L)}. */
    public static NDArray full(long[] shape, long value) { return filled(shape, Nodes.constant(DType.INT64, value)); }
    /** A bool array of this shape filled with {@code value}. */
    public static NDArray full(long[] shape, boolean value) { return filled(shape, Nodes.constant(DType.BOOL, value)); }
    /**
     * NumPy's {@code np.full(shape, value, dtype)}, the value cast to the dtype: {@code Np.full(new long[] {3}, 255, DType.UINT8)}.
     */
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
    /** int64 {@code [start, start + 1, ..., stop - 1]}: {@code Np.arange(2, 5)} is {@code [2 3 4]}. */
    public static NDArray arange(long start, long stop) { return arange(start, stop, 1); }
    /**
     * {@code [start, start + step, ...)} up to {@code stop}, of {@code dtype} (NumPy's {@code arange} with a
     * dtype: the start must fit it, later values wrap): {@code Np.arange(250, 260, 1, DType.UINT8)} is
     * {@code [250 ... 255 0 1 2 3]}. A float dtype gets NumPy's fill, {@code start + i * delta} in float32
     * (float64 for float64) with delta the difference of the first two values rounded to the dtype:
     * {@code Np.arange(2048, 2051, 1, DType.FLOAT16)} is {@code [2048 2048 2048]}, as in NumPy; a bool
     * range has at most 2 values (NumPy's TypeError).
     */
    public static NDArray arange(long start, long stop, long step, DType dtype) { return SmallDtypes.arange(start, stop, step, dtype); }

    /** int64 values from start (inclusive) to stop (exclusive) by step: {@code Np.arange(0, 10, 2)} is {@code [0 2 4 6 8]}. */
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

    /** The n-by-n float64 identity matrix, NumPy's {@code np.eye(3)}: {@code Np.eye(3)}. */
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

    /**
     * A seeded random generator (NumPy's {@code np.random.default_rng(seed)}): the same seed gives the same
     * numbers everywhere. {@code var rng = Np.random(42); NDArray x = rng.randn(5, 3);}
     */
    public static Random random(long seed) { return new Random(seed); }

    // ---- Functions. ----

    /**
     * NumPy's {@code np.where(cond, x, y)}: {@code cond ? x : y} elementwise, the three broadcast together;
     * cond is read as truthiness (non-zero is true). {@code Np.where(a.gt(0), a, b)}; with scalars,
     * {@code Np.where(x.isnan(), 0.0, x)} replaces NaN by 0 (scalars are weak: float32 x stays float32).
     */
    public static NDArray where(NDArray cond, NDArray x, NDArray y) { return new NDArray(Build.where(cond.node(), x.node(), y.node())); }
    /** {@code np.where(cond, x, y)} with a scalar y: {@code Np.where(x.lt(0), x, 0.0)}. */
    public static NDArray where(NDArray cond, NDArray x, double y) { return new NDArray(Build.where(cond.node(), x.node(), Scalar.of(y))); }
    /** {@code np.where(cond, x, y)} with a scalar x: {@code Np.where(y.isnan(), 0.0, y)}. */
    public static NDArray where(NDArray cond, double x, NDArray y) { return new NDArray(Build.where(cond.node(), Scalar.of(x), y.node())); }
    /** {@code np.where(cond, x, y)} with two scalars (float64): {@code Np.where(m, 1.0, -1.0)}. */
    public static NDArray where(NDArray cond, double x, double y) { return new NDArray(Build.where(cond.node(), Scalar.of(x), Scalar.of(y))); }
    /** {@code np.where(cond, x, y)} with an integer y, weak: {@code Np.where(labels.ge(0), labels, 0)} stays int32 for int32 labels. */
    public static NDArray where(NDArray cond, NDArray x, long y) { return new NDArray(Build.where(cond.node(), x.node(), Scalar.of(y))); }
    /** {@code np.where(cond, 1, 0)}: int64, {@code Np.where(mask, 1, 0)}. */
    public static NDArray where(NDArray cond, long x, long y) { return new NDArray(Build.where(cond.node(), Scalar.of(x), Scalar.of(y))); }
    /** {@code np.where(cond, x, True)}: a weak bool y, so x's dtype stays ({@code Np.where(valid, flags, false)}). */
    public static NDArray where(NDArray cond, NDArray x, boolean y) { return new NDArray(Build.where(cond.node(), x.node(), Scalar.of(y))); }
    /** {@code np.where(cond, False, y)}: a weak bool x, so y's dtype stays. */
    public static NDArray where(NDArray cond, boolean x, NDArray y) { return new NDArray(Build.where(cond.node(), Scalar.of(x), y.node())); }
    /** {@code np.where(cond, True, False)}: bool, {@code Np.where(a.gt(0), true, false)}. */
    public static NDArray where(NDArray cond, boolean x, boolean y) { return new NDArray(Build.where(cond.node(), Scalar.of(x), Scalar.of(y))); }

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
    /** NumPy's {@code np.maximum(a, b)}: the larger of each pair of elements, broadcast; NaN if either is NaN. */
    public static NDArray maximum(NDArray a, NDArray b) { return a.maximum(b); }
    /** NumPy's {@code np.minimum(a, b)}: the smaller of each pair of elements, broadcast; NaN if either is NaN. */
    public static NDArray minimum(NDArray a, NDArray b) { return a.minimum(b); }
    /** NumPy's {@code np.minimum(a, b)} with a weak scalar on either side. */
    public static NDArray minimum(double a, NDArray b) { return b.minimum(a); }
    /** NumPy's {@code np.minimum(a, 1.0)}: clipping from above, {@code Np.minimum(p, 1.0)}. */
    public static NDArray minimum(NDArray a, double b) { return a.minimum(b); }
    /** NumPy's {@code np.maximum(a, 0.0)}: clipping from below, {@code Np.maximum(z, 0.0)} (ReLU). */
    public static NDArray maximum(NDArray a, double b) { return a.maximum(b); }
    /** NumPy's {@code np.matmul(a, b)} ({@code a @ b}), as {@link NDArray#matmul}: {@code Np.matmul(x, w)} of (5, 3) and (3, 4) is (5, 4). */
    public static NDArray matmul(NDArray a, NDArray b) { return a.matmul(b); }

    // ---- One-operand ufuncs as free functions, NumPy's np.f(x): each is the NDArray method of the same
    //      name (negative and logicalNot are neg and not); UnaryFreeFunctionsTest keeps the two lists equal. ----

    /** NumPy's {@code np.abs(x)} ({@code np.absolute}): {@code abs([-1.5, 2])} is {@code [1.5, 2]}. */
    public static NDArray abs(NDArray x) { return x.abs(); }
    /** NumPy's {@code np.negative(x)}: {@code -x}. */
    public static NDArray negative(NDArray x) { return x.neg(); }
    /** NumPy's {@code np.sign(x)}: -1, 0 or 1 (NaN stays NaN). */
    public static NDArray sign(NDArray x) { return x.sign(); }
    /** NumPy's {@code np.square(x)}: {@code x * x}. */
    public static NDArray square(NDArray x) { return x.square(); }
    /** NumPy's {@code np.sqrt(x)}: {@code sqrt([4, 2])} is {@code [2, 1.4142135623730951]}; integers give float64. */
    public static NDArray sqrt(NDArray x) { return x.sqrt(); }
    /** NumPy's {@code np.cbrt(x)}: the real cube root, {@code cbrt(-8)} is -2. */
    public static NDArray cbrt(NDArray x) { return x.cbrt(); }
    /** NumPy's {@code np.reciprocal(x)}: {@code 1 / x} (integers divide as integers). */
    public static NDArray reciprocal(NDArray x) { return x.reciprocal(); }
    /** NumPy's {@code np.exp(x)}. */
    public static NDArray exp(NDArray x) { return x.exp(); }
    /** NumPy's {@code np.exp2(x)}: {@code 2 ** x}. */
    public static NDArray exp2(NDArray x) { return x.exp2(); }
    /** NumPy's {@code np.expm1(x)}: {@code exp(x) - 1}, accurate near 0. */
    public static NDArray expm1(NDArray x) { return x.expm1(); }
    /** NumPy's {@code np.log(x)}: the natural logarithm ({@code log(0)} is -inf, of negatives NaN). */
    public static NDArray log(NDArray x) { return x.log(); }
    /** NumPy's {@code np.log2(x)}. */
    public static NDArray log2(NDArray x) { return x.log2(); }
    /** NumPy's {@code np.log10(x)}: {@code log10(1000)} is 3. */
    public static NDArray log10(NDArray x) { return x.log10(); }
    /** NumPy's {@code np.log1p(x)}: {@code log(1 + x)}, accurate near 0. */
    public static NDArray log1p(NDArray x) { return x.log1p(); }
    /** NumPy's {@code np.sin(x)} (radians). */
    public static NDArray sin(NDArray x) { return x.sin(); }
    /** NumPy's {@code np.cos(x)} (radians). */
    public static NDArray cos(NDArray x) { return x.cos(); }
    /** NumPy's {@code np.tan(x)} (radians). */
    public static NDArray tan(NDArray x) { return x.tan(); }
    /** NumPy's {@code np.arcsin(x)}: in [-pi/2, pi/2]; NaN outside [-1, 1]. */
    public static NDArray arcsin(NDArray x) { return x.arcsin(); }
    /** NumPy's {@code np.arccos(x)}: in [0, pi]; NaN outside [-1, 1]. */
    public static NDArray arccos(NDArray x) { return x.arccos(); }
    /** NumPy's {@code np.arctan(x)}: in [-pi/2, pi/2]. */
    public static NDArray arctan(NDArray x) { return x.arctan(); }
    /** NumPy's {@code np.sinh(x)}. */
    public static NDArray sinh(NDArray x) { return x.sinh(); }
    /** NumPy's {@code np.cosh(x)}. */
    public static NDArray cosh(NDArray x) { return x.cosh(); }
    /** NumPy's {@code np.tanh(x)}. */
    public static NDArray tanh(NDArray x) { return x.tanh(); }
    /** NumPy's {@code np.arcsinh(x)}. */
    public static NDArray arcsinh(NDArray x) { return x.arcsinh(); }
    /** NumPy's {@code np.arccosh(x)}: NaN below 1. */
    public static NDArray arccosh(NDArray x) { return x.arccosh(); }
    /** NumPy's {@code np.arctanh(x)}: +-inf at +-1, NaN beyond. */
    public static NDArray arctanh(NDArray x) { return x.arctanh(); }
    /** NumPy's {@code np.degrees(x)}: radians to degrees, {@code degrees(pi)} is 180. */
    public static NDArray degrees(NDArray x) { return x.degrees(); }
    /** NumPy's {@code np.radians(x)}: degrees to radians. */
    public static NDArray radians(NDArray x) { return x.radians(); }
    /** NumPy's {@code np.floor(x)}: integers stay themselves, in their dtype. */
    public static NDArray floor(NDArray x) { return x.floor(); }
    /** NumPy's {@code np.ceil(x)}. */
    public static NDArray ceil(NDArray x) { return x.ceil(); }
    /** NumPy's {@code np.trunc(x)}: towards zero. */
    public static NDArray trunc(NDArray x) { return x.trunc(); }
    /** NumPy's {@code np.rint(x)}: to the nearest integer, halves to even, as a float. */
    public static NDArray rint(NDArray x) { return x.rint(); }
    /** NumPy's {@code np.round(x)}: halves to even, {@code round([0.5, 1.5, 2.5])} is {@code [0, 2, 2]}; integers stay themselves. */
    public static NDArray round(NDArray x) { return x.round(); }
    /** NumPy's {@code np.isnan(x)}: bool. */
    public static NDArray isnan(NDArray x) { return x.isnan(); }
    /** NumPy's {@code np.isinf(x)}: bool, true for +-inf. */
    public static NDArray isinf(NDArray x) { return x.isinf(); }
    /** NumPy's {@code np.isfinite(x)}: bool, false for NaN and +-inf. */
    public static NDArray isfinite(NDArray x) { return x.isfinite(); }
    /** NumPy's {@code np.signbit(x)}: bool, true where the sign bit is set ({@code -0.0} too). */
    public static NDArray signbit(NDArray x) { return x.signbit(); }
    /** NumPy's {@code np.invert(x)} ({@code ~x}): bitwise not of integers, logical not of bools. */
    public static NDArray invert(NDArray x) { return x.invert(); }
    /** NumPy's {@code np.logical_not(x)} of a bool array. */
    public static NDArray logicalNot(NDArray x) { return x.not(); }

    // ---- Issue 16: two-operand ufuncs as free functions (see the NDArray methods of the same names). ----

    /** NumPy's {@code np.arctan2(y, x)}: the angle of the point (x, y), e.g. {@code arctan2(1, -1)} is 3 pi / 4. */
    public static NDArray arctan2(NDArray y, NDArray x) { return y.arctan2(x); }
    /** NumPy's {@code np.hypot(a, b)}. */
    public static NDArray hypot(NDArray a, NDArray b) { return a.hypot(b); }
    /** NumPy's {@code np.copysign(a, b)}. */
    public static NDArray copysign(NDArray a, NDArray b) { return a.copysign(b); }
    /** NumPy's {@code np.heaviside(x, h0)}. */
    public static NDArray heaviside(NDArray x, double h0) { return x.heaviside(h0); }
    /** NumPy's {@code np.fmax(a, b)}: NaN-ignoring maximum. */
    public static NDArray fmax(NDArray a, NDArray b) { return a.fmax(b); }
    /** NumPy's {@code np.fmin(a, b)}: NaN-ignoring minimum. */
    public static NDArray fmin(NDArray a, NDArray b) { return a.fmin(b); }
    /** NumPy's {@code np.logical_xor(a, b)}. */
    public static NDArray logicalXor(NDArray a, NDArray b) { return a.logicalXor(b); }
    /** NumPy's {@code np.bitwise_and(a, b)}. */
    public static NDArray bitwiseAnd(NDArray a, NDArray b) { return a.bitwiseAnd(b); }
    /** NumPy's {@code np.bitwise_or(a, b)}. */
    public static NDArray bitwiseOr(NDArray a, NDArray b) { return a.bitwiseOr(b); }
    /** NumPy's {@code np.bitwise_xor(a, b)}. */
    public static NDArray bitwiseXor(NDArray a, NDArray b) { return a.bitwiseXor(b); }
    /** NumPy's {@code np.left_shift(a, b)}. */
    public static NDArray leftShift(NDArray a, NDArray b) { return a.leftShift(b); }
    /** NumPy's {@code np.right_shift(a, b)}. */
    public static NDArray rightShift(NDArray a, NDArray b) { return a.rightShift(b); }
    /** NumPy's {@code np.round(a, decimals)}, halves to even: {@code round([0.125, 1250], -2)} is {@code [0, 1200]}. */
    public static NDArray round(NDArray a, int decimals) { return a.round(decimals); }
    /** NumPy's {@code np.nan_to_num(a)}. */
    public static NDArray nanToNum(NDArray a) { return a.nanToNum(); }
    /** NumPy's {@code np.nan_to_num(a, nan=..., posinf=..., neginf=...)}; a null posinf or neginf is the dtype's largest or smallest finite value. */
    public static NDArray nanToNum(NDArray a, double nan, Double posinf, Double neginf) { return a.nanToNum(nan, posinf, neginf); }

    // ---- Issue 16: NaN-ignoring reductions (NumPy's _nanfunctions), ptp and weighted average; see NanReductions. ----

    /** NumPy's {@code np.nansum(a)}: the sum with NaN counted as 0, e.g. {@code nansum([1, nan, 2])} is 3. */
    public static NDArray nansum(NDArray a) { return nansum(a, null, false); }
    /** NumPy's {@code np.nansum(a, axis)}. */
    public static NDArray nansum(NDArray a, int axis) { return nansum(a, new int[] {axis}, false); }
    /** NumPy's {@code np.nansum(a, axis, keepdims)}; null axes: all. */
    public static NDArray nansum(NDArray a, int[] axes, boolean keepDims) { return new NDArray(NanReductions.sumOrProd(Op.SUM, a.node(), axes, keepDims)); }
    /** NumPy's {@code np.nanprod(a)}: NaN counted as 1. */
    public static NDArray nanprod(NDArray a) { return nanprod(a, null, false); }
    /** NumPy's {@code np.nanprod(a, axis)}. */
    public static NDArray nanprod(NDArray a, int axis) { return nanprod(a, new int[] {axis}, false); }
    /** NumPy's {@code np.nanprod(a, axis, keepdims)}. */
    public static NDArray nanprod(NDArray a, int[] axes, boolean keepDims) { return new NDArray(NanReductions.sumOrProd(Op.PROD, a.node(), axes, keepDims)); }
    /** NumPy's {@code np.nanmax(a)}: the maximum ignoring NaN; NaN for an all-NaN slice (NumPy also warns). */
    public static NDArray nanmax(NDArray a) { return nanmax(a, null, false); }
    /** NumPy's {@code np.nanmax(a, axis)}. */
    public static NDArray nanmax(NDArray a, int axis) { return nanmax(a, new int[] {axis}, false); }
    /** NumPy's {@code np.nanmax(a, axis, keepdims)}. */
    public static NDArray nanmax(NDArray a, int[] axes, boolean keepDims) { return new NDArray(NanReductions.extreme(Op.MAX, a.node(), axes, keepDims)); }
    /** NumPy's {@code np.nanmin(a)}: the minimum ignoring NaN; NaN for an all-NaN slice. */
    public static NDArray nanmin(NDArray a) { return nanmin(a, null, false); }
    /** NumPy's {@code np.nanmin(a, axis)}. */
    public static NDArray nanmin(NDArray a, int axis) { return nanmin(a, new int[] {axis}, false); }
    /** NumPy's {@code np.nanmin(a, axis, keepdims)}. */
    public static NDArray nanmin(NDArray a, int[] axes, boolean keepDims) { return new NDArray(NanReductions.extreme(Op.MIN, a.node(), axes, keepDims)); }
    /** NumPy's {@code np.nanargmax(a)}: the flat index of the maximum ignoring NaN; an all-NaN array raises "All-NaN slice encountered". */
    public static NDArray nanargmax(NDArray a) { return new NDArray(NanReductions.arg(Op.ARGMAX, a.node(), null, false)); }
    /** NumPy's {@code np.nanargmax(a, axis)}: raises if any slice is all NaN. */
    public static NDArray nanargmax(NDArray a, int axis) { return new NDArray(NanReductions.arg(Op.ARGMAX, a.node(), axis, false)); }
    /** NumPy's {@code np.nanargmin(a)}. */
    public static NDArray nanargmin(NDArray a) { return new NDArray(NanReductions.arg(Op.ARGMIN, a.node(), null, false)); }
    /** NumPy's {@code np.nanargmin(a, axis)}: raises if any slice is all NaN. */
    public static NDArray nanargmin(NDArray a, int axis) { return new NDArray(NanReductions.arg(Op.ARGMIN, a.node(), axis, false)); }
    /** NumPy's {@code np.nanmean(a)}: the mean of the non-NaN values, NaN if there are none. */
    public static NDArray nanmean(NDArray a) { return nanmean(a, null, false); }
    /** NumPy's {@code np.nanmean(a, axis)}. */
    public static NDArray nanmean(NDArray a, int axis) { return nanmean(a, new int[] {axis}, false); }
    /** NumPy's {@code np.nanmean(a, axis, keepdims)}. */
    public static NDArray nanmean(NDArray a, int[] axes, boolean keepDims) { return new NDArray(NanReductions.mean(a.node(), axes, keepDims)); }
    /** NumPy's {@code np.nanvar(a)}: the variance of the non-NaN values. */
    public static NDArray nanvar(NDArray a) { return nanvar(a, null, false, 0); }
    /** NumPy's {@code np.nanvar(a, axis)}. */
    public static NDArray nanvar(NDArray a, int axis) { return nanvar(a, new int[] {axis}, false, 0); }
    /** NumPy's {@code np.nanvar(a, axis, keepdims, ddof)}: NaN where the non-NaN count is at most ddof. */
    public static NDArray nanvar(NDArray a, int[] axes, boolean keepDims, int ddof) { return new NDArray(NanReductions.var(a.node(), axes, keepDims, ddof)); }
    /** NumPy's {@code np.nanstd(a)}: the square root of nanvar. */
    public static NDArray nanstd(NDArray a) { return nanvar(a).sqrt(); }
    /** NumPy's {@code np.nanstd(a, axis)}. */
    public static NDArray nanstd(NDArray a, int axis) { return nanvar(a, axis).sqrt(); }
    /** NumPy's {@code np.nanstd(a, axis, keepdims, ddof)}. */
    public static NDArray nanstd(NDArray a, int[] axes, boolean keepDims, int ddof) { return nanvar(a, axes, keepDims, ddof).sqrt(); }
    /** NumPy's {@code np.ptp(a)}: max - min, e.g. {@code ptp([4, 9, 2])} is 7. */
    public static NDArray ptp(NDArray a) { return new NDArray(NanReductions.ptp(a.node(), null, false)); }
    /** NumPy's {@code np.ptp(a, axis)}. */
    public static NDArray ptp(NDArray a, int axis) { return new NDArray(NanReductions.ptp(a.node(), new int[] {axis}, false)); }
    /** NumPy's {@code np.average(a, weights=w)}: sum(a * w) / sum(w) over all elements; weights summing to 0 raise. */
    public static NDArray average(NDArray a, NDArray weights) { return new NDArray(NanReductions.average(a.node(), weights.node(), null)); }
    /** NumPy's {@code np.average(a, axis, weights=w)}: w of a's shape, or 1-D along the axis. */
    public static NDArray average(NDArray a, int axis, NDArray weights) { return new NDArray(NanReductions.average(a.node(), weights.node(), axis)); }

    // ---- Issue 16: closeness and equality of whole arrays; see Closeness. ----

    /** NumPy's {@code np.isclose(a, b)} (rtol 1e-05, atol 1e-08): bool, {@code |a - b| <= atol + rtol * |b|} or equal. */
    public static NDArray isclose(NDArray a, NDArray b) { return isclose(a, b, Closeness.RTOL, Closeness.ATOL, false); }
    /** NumPy's {@code np.isclose(a, b, rtol, atol, equal_nan)}. */
    public static NDArray isclose(NDArray a, NDArray b, double rtol, double atol, boolean equalNan) {
        return new NDArray(Closeness.isclose(a.node(), b.node(), rtol, atol, equalNan));
    }
    /** NumPy's {@code np.allclose(a, b)}: computes, true when isclose holds everywhere, e.g. {@code allclose([1e10, 1e-7], [1.00001e10, 1e-8])} is false. */
    public static boolean allclose(NDArray a, NDArray b) { return allclose(a, b, Closeness.RTOL, Closeness.ATOL, false); }
    /** NumPy's {@code np.allclose(a, b, rtol, atol, equal_nan)}. */
    public static boolean allclose(NDArray a, NDArray b, double rtol, double atol, boolean equalNan) {
        return Closeness.allclose(a.node(), b.node(), rtol, atol, equalNan);
    }
    /** NumPy's {@code np.array_equal(a, b)}: same shape and equal elements (NaN unequal). */
    public static boolean arrayEqual(NDArray a, NDArray b) { return Closeness.arrayEqual(a.node(), b.node(), false); }
    /** NumPy's {@code np.array_equal(a, b, equal_nan)}. */
    public static boolean arrayEqual(NDArray a, NDArray b, boolean equalNan) { return Closeness.arrayEqual(a.node(), b.node(), equalNan); }

    // ---- Sorting, counting and order statistics (bodies in Sorting, Counting, Quantiles). ----

    /** NumPy's {@code np.sort(x, axis)}; {@code axis} null sorts the flattened array: {@code Np.sort(m, null)}, {@code Np.sort(m, 0)} sorts each column. */
    public static NDArray sort(NDArray x, Integer axis) { return new NDArray(Sorting.sort(x.node(), axis)); }
    /** NumPy's {@code np.argsort(x, axis, kind='stable')}; {@code axis} null for the flattened array: {@code x.get(Np.argsort(x, null))} is a 1-d x sorted. */
    public static NDArray argsort(NDArray x, Integer axis) { return new NDArray(Sorting.argsort(x.node(), axis)); }
    /** NumPy's {@code np.cumsum(x, axis)}; {@code axis} null for the flattened array. */
    public static NDArray cumsum(NDArray x, Integer axis) { return axis == null ? x.cumsum() : x.cumsum(axis); }
    /** NumPy's {@code np.cumprod(x, axis)}; {@code axis} null for the flattened array. */
    public static NDArray cumprod(NDArray x, Integer axis) { return axis == null ? x.cumprod() : x.cumprod(axis); }
    /** NumPy's {@code np.diff(x, n, axis)}: the n-th differences along the axis (NumPy's default n=1, axis=-1 is {@code x.diff()}). */
    public static NDArray diff(NDArray x, int n, int axis) { return x.diff(n, axis); }
    /** NumPy's {@code np.partition(x, kth, axis)}: element kth in its sorted place, smaller before it, larger after. */
    public static NDArray partition(NDArray x, long kth, int axis) { return x.partition(kth, axis); }
    /** NumPy's {@code np.diagonal(a, offset, axis1, axis2)}: a view. */
    public static NDArray diagonal(NDArray a, long offset, int axis1, int axis2) { return a.diagonal(offset, axis1, axis2); }
    /** NumPy's {@code np.median(x, axis)}; {@code axis} null for all elements. */
    public static NDArray median(NDArray x, Integer axis) { return new NDArray(Quantiles.median(x.node(), axis)); }
    /** NumPy's {@code np.percentile(x, q)}: {@code Np.percentile(incomes, 90)}. */
    public static NDArray percentile(NDArray x, double q) { return x.percentile(q); }
    /** NumPy's {@code np.percentile(x, q, axis)}. */
    public static NDArray percentile(NDArray x, double q, int axis) { return x.percentile(q, axis); }
    /** NumPy's {@code np.quantile(x, q)}. */
    public static NDArray quantile(NDArray x, double q) { return x.quantile(q); }
    /** NumPy's {@code np.quantile(x, q, axis)}. */
    public static NDArray quantile(NDArray x, double q, int axis) { return x.quantile(q, axis); }
    /** NumPy's {@code np.searchsorted(a, v, side)}: where v's elements go in the sorted 1-d {@code a}; side "left" or "right". */
    public static NDArray searchsorted(NDArray a, NDArray v, String side) { return a.searchsorted(v, side); }
    /** NumPy's {@code np.digitize(x, bins)}: for increasing bins, i such that {@code bins[i-1] <= x < bins[i]}; bins are checked to be monotonic. */
    public static NDArray digitize(NDArray x, NDArray bins) { return new NDArray(Sorting.digitize(x.node(), bins, false)); }
    /** NumPy's {@code np.digitize(x, bins, right)}: with {@code right}, {@code bins[i-1] < x <= bins[i]}. */
    public static NDArray digitize(NDArray x, NDArray bins, boolean right) { return new NDArray(Sorting.digitize(x.node(), bins, right)); }
    /** NumPy's {@code np.unique(x)}: the sorted distinct values of the flattened array (NaNs count as one). {@code [3 1 3]} gives {@code [1 3]}. */
    public static NDArray unique(NDArray x) { return Counting.unique(x).values(); }
    /** NumPy's {@code np.unique(x, return_index=True, return_inverse=True, return_counts=True)}: see {@link Unique}. */
    public static Unique uniqueAll(NDArray x) { return Counting.unique(x); }
    /** NumPy's {@code np.bincount(x)}: how often each of 0..max(x) occurs in the non-negative 1-d int array x. */
    public static NDArray bincount(NDArray x) { return Counting.bincount(x, null, 0); }
    /** NumPy's {@code np.bincount(x, weights, minlength)}: sums of the weights (float64; null counts) per value, at least {@code minlength} long. */
    public static NDArray bincount(NDArray x, NDArray weights, long minlength) { return Counting.bincount(x, weights, minlength); }
    /**
     * NumPy's {@code np.histogram(a, bins)}: {@code bins} equal bins from a's min to max, each half-open
     * but the last, which is closed. {@code Np.histogram(ages, 5).counts()}.
     */
    public static Histogram histogram(NDArray a, long bins) { return Counting.histogram(a, bins, null, null); }
    /** NumPy's {@code np.histogram(a, bins, range=(lo, hi))}: values outside [lo, hi] are not counted. */
    public static Histogram histogram(NDArray a, long bins, double lo, double hi) { return Counting.histogram(a, bins, lo, hi); }
    /** NumPy's {@code np.histogram(a, bins=edges)} with increasing edges (the last bin closed). */
    public static Histogram histogram(NDArray a, NDArray binEdges) { return Counting.histogram(a, binEdges); }

    /** NumPy's {@code np.broadcast_shapes}: the shape several shapes broadcast to. */
    public static long[] broadcastShapes(long[]... shapes) { return Shapes.broadcast(shapes); }

    // ---- Joining and splitting (bodies in Joining): lazy; a concatenation's parts are computed into their regions. ----

    /**
     * NumPy's {@code concatenate(arrays, axis)}: the arrays (of one rank, equal but along {@code axis})
     * end to end along it, in their common dtype; a null axis flattens them first ({@code axis=None}).
     * {@code Np.concatenate(0, Np.array(1, 2), Np.array(3))} is {@code [1 2 3]}.
     */
    public static NDArray concatenate(Integer axis, NDArray... arrays) { return concatenate(axis, java.util.List.of(arrays)); }
    /** {@link #concatenate(Integer, NDArray...)} of a list: {@code Np.concatenate(0, parts)}. */
    public static NDArray concatenate(Integer axis, java.util.List<NDArray> arrays) { return new NDArray(Joining.concatenate(axis, Joining.nodes(arrays))); }
    /** NumPy's {@code stack(arrays, axis=0)}: arrays of one shape joined along a new axis; {@code stack(a, b)} of two (3,) is (2, 3). */
    public static NDArray stack(NDArray... arrays) { return stack(0, arrays); }
    /** NumPy's {@code stack(arrays, axis)}: the new axis at {@code axis}; {@code Np.stack(1, a, b)} of two (3,) is (3, 2). */
    public static NDArray stack(int axis, NDArray... arrays) { return new NDArray(Joining.stack(axis, Joining.nodes(java.util.List.of(arrays)))); }
    /** NumPy's {@code vstack}: rows on rows (1-D arrays are rows); {@code vstack([1 2], [3 4])} is {@code [[1 2] [3 4]]}. */
    public static NDArray vstack(NDArray... arrays) { return new NDArray(Joining.vstack(Joining.nodes(java.util.List.of(arrays)))); }
    /** NumPy's {@code hstack}: along axis 1 (axis 0 for 1-D arrays); {@code hstack([1 2], [3])} is {@code [1 2 3]}. */
    public static NDArray hstack(NDArray... arrays) { return new NDArray(Joining.hstack(Joining.nodes(java.util.List.of(arrays)))); }
    /** NumPy's {@code dstack}: along a third axis; two (2, 3) arrays give (2, 3, 2). */
    public static NDArray dstack(NDArray... arrays) { return new NDArray(Joining.dstack(Joining.nodes(java.util.List.of(arrays)))); }
    /** NumPy's {@code column_stack}: 1-D arrays as columns; two (3,) give (3, 2). */
    public static NDArray columnStack(NDArray... arrays) { return new NDArray(Joining.columnStack(Joining.nodes(java.util.List.of(arrays)))); }
    /** NumPy's {@code split(a, sections, axis=0)}: equal views; the length must divide. {@code split(arange(6), 3)} is {@code [0 1], [2 3], [4 5]}. */
    public static java.util.List<NDArray> split(NDArray a, long sections) { return split(a, sections, 0); }
    /** NumPy's {@code split(a, sections, axis)}: equal views along {@code axis}, whose length must divide. */
    public static java.util.List<NDArray> split(NDArray a, long sections, int axis) { return Joining.arrays(Joining.split(a.node(), sections, axis)); }
    /** NumPy's {@code split(a, indices, axis=0)}: the views between the indices; {@code split(arange(5), new long[] {2, 3})} is {@code [0 1], [2], [3 4]}. */
    public static java.util.List<NDArray> split(NDArray a, long[] indices) { return split(a, indices, 0); }
    /** NumPy's {@code split(a, indices, axis)}: the views between the indices along {@code axis}. */
    public static java.util.List<NDArray> split(NDArray a, long[] indices, int axis) { return Joining.arrays(Joining.splitAt(a.node(), indices, axis)); }
    /** NumPy's {@code array_split(a, sections, axis=0)}: like split, the first {@code n % sections} parts one longer. */
    public static java.util.List<NDArray> arraySplit(NDArray a, long sections) { return arraySplit(a, sections, 0); }
    /** NumPy's {@code array_split(a, sections, axis)}: as split, the first {@code n % sections} parts one longer. */
    public static java.util.List<NDArray> arraySplit(NDArray a, long sections, int axis) { return Joining.arrays(Joining.arraySplit(a.node(), sections, axis)); }
    /** NumPy's {@code array_split(a, indices, axis)}: the same as {@link #split(NDArray, long[], int)}. */
    public static java.util.List<NDArray> arraySplit(NDArray a, long[] indices, int axis) { return split(a, indices, axis); }

    // ---- Rearranging (bodies in Rearranging). ----

    /** NumPy's {@code flip(a, axis)}: a view with the given axes (all when none) reversed; {@code flip([1 2 3])} is {@code [3 2 1]}. */
    public static NDArray flip(NDArray a, int... axes) { return new NDArray(Rearranging.flip(a.node(), axes)); }
    /** NumPy's {@code swapaxes(a, axis1, axis2)}: a view; a (2, 3, 4) array gives (4, 3, 2) for axes 0 and 2. */
    public static NDArray swapaxes(NDArray a, int axis1, int axis2) { return new NDArray(Rearranging.swapaxes(a.node(), axis1, axis2)); }
    /** NumPy's {@code moveaxis(a, source, destination)}: a view; a (2, 3, 4) array gives (3, 4, 2) for 0 to -1. */
    public static NDArray moveaxis(NDArray a, int source, int destination) { return moveaxis(a, new int[] {source}, new int[] {destination}); }
    /** NumPy's {@code moveaxis(a, source, destination)} for several axes: each source axis moves to its destination; a view. */
    public static NDArray moveaxis(NDArray a, int[] source, int[] destination) { return new NDArray(Rearranging.moveaxis(a.node(), source, destination)); }
    /** NumPy's {@code rot90(m, k=1, axes=(0, 1))}: a view turned k quarter turns; {@code rot90([[1 2] [3 4]])} is {@code [[2 4] [1 3]]}. */
    public static NDArray rot90(NDArray m) { return rot90(m, 1); }
    /** NumPy's {@code rot90(m, k)}: k quarter turns in the plane of the first two axes, from the first towards the second (negative k: back). */
    public static NDArray rot90(NDArray m, int k) { return rot90(m, k, 0, 1); }
    /** NumPy's {@code rot90(m, k, axes=(axis0, axis1))}: turned from axis0 towards axis1. */
    public static NDArray rot90(NDArray m, int k, int axis0, int axis1) { return new NDArray(Rearranging.rot90(m.node(), k, axis0, axis1)); }
    /** NumPy's {@code roll(a, shift)} over the flattened array; {@code roll([1 2 3], 1)} is {@code [3 1 2]}. */
    public static NDArray roll(NDArray a, long shift) { return new NDArray(Rearranging.roll(a.node(), shift)); }
    /** NumPy's {@code roll(a, shift, axis)}: elements shifted along one axis, those past the end coming round to the start. */
    public static NDArray roll(NDArray a, long shift, int axis) { return roll(a, new long[] {shift}, new int[] {axis}); }
    /** NumPy's {@code roll(a, shifts, axes)}: shifts along several axes (shifts of one axis add up). */
    public static NDArray roll(NDArray a, long[] shifts, int[] axes) { return new NDArray(Rearranging.roll(a.node(), shifts, axes)); }
    /** NumPy's {@code tile(a, reps)}: {@code tile([1 2], 2)} is {@code [1 2 1 2]}; {@code tile(a, 2, 1)} stacks two copies of a's rows. */
    public static NDArray tile(NDArray a, long... reps) { return new NDArray(Rearranging.tile(a.node(), reps)); }
    /** NumPy's {@code repeat(a, repeats, axis=None)}: {@code repeat([1 2], 2)} is {@code [1 1 2 2]} (flattened without an axis). */
    public static NDArray repeat(NDArray a, long repeats) { return new NDArray(Rearranging.repeat(a.node(), repeats, null)); }
    /** NumPy's {@code repeat(a, repeats, axis)}: each element along {@code axis} {@code repeats} times; {@code Np.repeat(m, 2, 0)} doubles each row. */
    public static NDArray repeat(NDArray a, long repeats, int axis) { return new NDArray(Rearranging.repeat(a.node(), repeats, axis)); }
    /** NumPy's {@code repeat(a, counts, axis)}: element i along the axis {@code counts[i]} times; {@code repeat([1 2], [1, 2], 0)} is {@code [1 2 2]}. */
    public static NDArray repeat(NDArray a, long[] counts, int axis) { return new NDArray(Rearranging.repeat(a.node(), counts, axis)); }
    /** NumPy's {@code repeat(a, counts)}: element i of the flattened array {@code counts[i]} times. */
    public static NDArray repeat(NDArray a, long[] counts) { return new NDArray(Rearranging.repeat(a.node(), counts, null)); }
    /**
     * NumPy's {@code pad(a, pad_width, mode, constant_values)}, modes "constant", "edge", "reflect",
     * "symmetric" and "wrap"; widths {@code {{before, after}, ...}} per axis, or one pair or number for
     * all. {@code pad([1 2 3], new long[][] {{2, 1}}, "reflect")} is {@code [3 2 1 2 3 2]}.
     * This one: {@code width} zeros before and after on every axis, {@code Np.pad(a, 1)}.
     */
    public static NDArray pad(NDArray a, long width) { return pad(a, new long[][] {{width}}, 0.0); }
    /** NumPy's {@code pad(a, width, mode)}: {@code width} elements before and after on every axis: {@code Np.pad(img, 2, "reflect")}. */
    public static NDArray pad(NDArray a, long width, String mode) { return pad(a, new long[][] {{width}}, mode); }
    /** NumPy's {@code pad(a, pad_width, mode)}: {@code {{before, after}, ...}} per axis (one pair for all). */
    public static NDArray pad(NDArray a, long[][] widths, String mode) { return new NDArray(Padding.pad(a.node(), widths, Padding.padMode(mode), 0)); }
    /** {@code pad} in mode "constant" with this value (cast to a's dtype). */
    public static NDArray pad(NDArray a, long[][] widths, double constant) { return new NDArray(Padding.pad(a.node(), widths, Padding.PadMode.CONSTANT, constant)); }
    /** NumPy's {@code zeros_like(a)}: zeros of a's shape and dtype ({@code Np.zerosLike(a)}). */
    public static NDArray zerosLike(NDArray a) { return fullLike(a, 0); }
    /** NumPy's {@code ones_like(a)}: ones of a's shape and dtype. */
    public static NDArray onesLike(NDArray a) { return fullLike(a, 1); }
    /** NumPy's {@code full_like(a, value)}: a's shape and dtype, filled with the value cast to it: {@code Np.fullLike(a, -1)}. */
    public static NDArray fullLike(NDArray a, double value) { return new NDArray(Rearranging.fullLike(a.node(), value)); }
    /** NumPy's {@code meshgrid(*xs)} (indexing "xy"): x of length 3 and y of length 2 give two (2, 3) grids. */
    public static java.util.List<NDArray> meshgrid(NDArray... xs) { return meshgrid("xy", xs); }
    /** NumPy's {@code meshgrid(*xs, indexing=...)}: "xy" (Cartesian, first two axes swapped) or "ij" (matrix). */
    public static java.util.List<NDArray> meshgrid(String indexing, NDArray... xs) { return Joining.arrays(Rearranging.meshgrid(indexing, Joining.nodes(java.util.List.of(xs)))); }
    /** NumPy's {@code broadcast_arrays(*arrays)}: views of all of them in their common shape. */
    public static java.util.List<NDArray> broadcastArrays(NDArray... arrays) { return Joining.arrays(Rearranging.broadcastArrays(Joining.nodes(java.util.List.of(arrays)))); }

    /**
     * NumPy's {@code np.loadtxt(path)}: whitespace-separated float64 (see {@link TextFiles}):
     * {@code Np.loadtxt(Path.of("data.txt"))}.
     *
     * @throws java.io.IOException if the file cannot be read
     */
    public static NDArray loadtxt(java.nio.file.Path path) throws java.io.IOException { return TextFiles.loadtxt(path); }
    /**
     * NumPy's {@code np.loadtxt(path, delimiter=..., skiprows=..., usecols=..., dtype=...)}:
     * {@code Np.loadtxt(p, TextOptions.csv().skiprows(1))} is {@code np.loadtxt(p, delimiter=",", skiprows=1)}.
     *
     * @throws java.io.IOException if the file cannot be read
     */
    public static NDArray loadtxt(java.nio.file.Path path, TextOptions options) throws java.io.IOException { return TextFiles.loadtxt(path, options); }
    /**
     * NumPy's {@code np.genfromtxt(path, ...)} for numbers: missing or unreadable fields are nan.
     *
     * @throws java.io.IOException if the file cannot be read
     */
    public static NDArray genfromtxt(java.nio.file.Path path, TextOptions options) throws java.io.IOException { return TextFiles.genfromtxt(path, options); }
    /**
     * NumPy's {@code np.savetxt(path, a)}: {@code %.18e}, separated by spaces: {@code Np.savetxt(Path.of("out.txt"), a)}.
     *
     * @throws java.io.IOException if the file cannot be written (the save is atomic: an existing file stays as it was)
     */
    public static void savetxt(java.nio.file.Path path, NDArray a) throws java.io.IOException { TextFiles.savetxt(path, a); }
    /**
     * NumPy's {@code np.savetxt(path, a, fmt=..., delimiter=..., header=...)}:
     * {@code Np.savetxt(p, a, TextOptions.csv().fmt("%.3f").header("x,y"))}.
     *
     * @throws java.io.IOException if the file cannot be written (the save is atomic: an existing file stays as it was)
     */
    public static void savetxt(java.nio.file.Path path, NDArray a, TextOptions options) throws java.io.IOException { TextFiles.savetxt(path, a, options); }

    /** NumPy's {@code np.linalg}: {@code Np.linalg.inv(a)}, {@code solve}, {@code det}, {@code slogdet}, {@code cholesky}, {@code norm}, {@code svd}, {@code lstsq}, {@code pinv}, {@code matrixRank}. */
    public static final Linalg linalg = new Linalg();

    /** NumPy's {@code np.dot(a, b)}: inner product of vectors, matmul of matrices, a sum over a's last and b's second-last axes beyond. */
    public static NDArray dot(NDArray a, NDArray b) { return Products.dot(a, b); }
    /** NumPy's {@code np.vdot(a, b)} (real arrays): the inner product of both flattened. */
    public static NDArray vdot(NDArray a, NDArray b) { return Products.vdot(a, b); }
    /** NumPy's {@code np.inner(a, b)}: the sum over both last axes. */
    public static NDArray inner(NDArray a, NDArray b) { return Products.inner(a, b); }
    /** NumPy's {@code np.outer(a, b)}: {@code out[i, j] = a.ravel()[i] * b.ravel()[j]}. */
    public static NDArray outer(NDArray a, NDArray b) { return Products.outer(a, b); }
    /** NumPy's {@code np.tensordot(a, b, axes=(axesA, axesB))}: one matmul over the paired axes. */
    public static NDArray tensordot(NDArray a, NDArray b, int[] axesA, int[] axesB) { return Products.tensordot(a, b, axesA, axesB); }
    /** NumPy's {@code np.tensordot(a, b, axes=n)} (NumPy's default n is 2): a's last n axes summed against b's first n; n = 0 is the outer product. */
    public static NDArray tensordot(NDArray a, NDArray b, int axes) { return Products.tensordot(a, b, axes); }
    /**
     * NumPy's {@code np.einsum(subscripts, *operands)}: explicit ({@code "ij,jk->ik"}) or implicit
     * ({@code "ij,jk"}: the indices used once, in alphabetical order) output, ellipsis broadcasting
     * ({@code "...ij,...jk->...ik"}), repeated indices ({@code "ii->i"} a diagonal, {@code "ii"} a
     * trace), any number of operands, contracted left to right; lazy (contractions are matmuls of
     * views, the rest fused multiplies and sums). {@code Np.einsum("ij,j->i", m, v)} is {@code m @ v}.
     */
    public static NDArray einsum(String subscripts, NDArray... operands) { return Einsum.einsum(subscripts, operands); }
    /**
     * NumPy's {@code np.cov(m)}: the covariance matrix of the variables in m's rows (each column an
     * observation), divided by N - 1; float64. {@code Np.cov(Np.array(1.0, 2, 4))} is 2.333...
     */
    public static NDArray cov(NDArray m) { return Covariance.cov(m, null, true, false, null); }
    /** NumPy's {@code np.cov(m, y, rowvar, bias, ddof)}: y (or null) adds variables; rowvar=false takes columns as variables; ddof (or null: bias ? 0 : 1). */
    public static NDArray cov(NDArray m, NDArray y, boolean rowvar, boolean bias, Integer ddof) { return Covariance.cov(m, y, rowvar, bias, ddof); }
    /** NumPy's {@code np.corrcoef(x)}: Pearson correlation coefficients of the variables in x's rows, clipped to [-1, 1]. */
    public static NDArray corrcoef(NDArray x) { return Covariance.corrcoef(x, null, true); }
    /** NumPy's {@code np.corrcoef(x, y, rowvar)} (y may be null). */
    public static NDArray corrcoef(NDArray x, NDArray y, boolean rowvar) { return Covariance.corrcoef(x, y, rowvar); }
    /** NumPy's {@code np.trace(a)}: the sum of the main diagonal of the first two axes. */
    public static NDArray trace(NDArray a) { return Products.trace(a, 0, 0, 1); }
    /** NumPy's {@code np.trace(a, offset, axis1, axis2)}: sums of the diagonals {@link #diagonal(NDArray, long, int, int)} gives. */
    public static NDArray trace(NDArray a, long offset, int axis1, int axis2) { return Products.trace(a, offset, axis1, axis2); }
}
