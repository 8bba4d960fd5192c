package org.ndjit;

import org.ndjit.engine.Compress;
import org.ndjit.engine.Explain;
import org.ndjit.engine.Materializer;
import org.ndjit.ir.DType;
import org.ndjit.ir.GraphText;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;
import org.ndjit.ir.Shapes;
import org.ndjit.ir.StridedArray;

import java.util.function.Supplier;

/**
 * An immutable, lazy n-dimensional array: NumPy's {@code ndarray} model in Java. Every operation
 * returns a new array at once and only records a node of an expression graph; work happens when a
 * result is read ({@link #toString()}, {@link #item}, {@code to*Array()}, {@link #eval()}), and then
 * only once (the value is kept). Shape errors are thrown by the call that causes them.
 *
 * <p>Java primitives passed as operands are NumPy's "weak" scalars (NEP 50): {@code int32Array.add(10)}
 * stays int32, {@code int32Array.add(0.5)} is float64. Create arrays with {@link Np}.
 *
 * <p>Example: {@code Np.array(new long[] {1, 2, 3}).add(10)} prints {@code [11 12 13]}.
 */
public final class NDArray {
    private volatile Node node;
    private final Supplier<Node> deferred;

    NDArray(Node node) {
        this.node = node;
        this.deferred = null;
    }

    /** An array whose node is known only when first needed (a boolean-mask selection's length). */
    private NDArray(Supplier<Node> deferred) {
        this.deferred = deferred;
    }

    Node node() {
        Node n = node;
        if (n == null) {
            synchronized (this) {
                if (node == null) node = deferred.get();
                n = node;
            }
        }
        return n;
    }

    private static NDArray of(Node n) { return new NDArray(n); }

    // ---- Metadata: never computes anything (except a mask selection's length, see get(NDArray)). ----

    /** The dimensions, e.g. {@code [5, 4]}. */
    public long[] shape() { return node().shape(); }
    /** The shape as NumPy prints a tuple: {@code (5, 4)}, {@code (3,)}, {@code ()}. */
    public String shapeString() { return Shapes.tuple(node().shape()); }
    /** The element type. */
    public DType dtype() { return node().dtype(); }
    /** The number of dimensions. */
    public int ndim() { return node().ndim(); }
    /** The number of elements (a long: arrays may hold more than 2^31). */
    public long size() { return node().size(); }

    // ---- Elementwise arithmetic (broadcasting, NEP 50 promotion). ----

    /** {@code this + other}. */
    public NDArray add(NDArray other) { return binary(Op.ADD, other); }
    /** {@code this + other}. */
    public NDArray add(long other) { return binary(Op.ADD, Scalar.of(other)); }
    /** {@code this + other}. */
    public NDArray add(double other) { return binary(Op.ADD, Scalar.of(other)); }
    /** {@code this - other}. */
    public NDArray sub(NDArray other) { return binary(Op.SUB, other); }
    /** {@code this - other}. */
    public NDArray sub(long other) { return binary(Op.SUB, Scalar.of(other)); }
    /** {@code this - other}. */
    public NDArray sub(double other) { return binary(Op.SUB, Scalar.of(other)); }
    /** {@code other - this} (NumPy's {@code 1 - x}). */
    public NDArray rsub(double other) { return of(Build.binary(Op.SUB, Scalar.of(other), node())); }
    /** {@code this * other}. */
    public NDArray mul(NDArray other) { return binary(Op.MUL, other); }
    /** {@code this * other}. */
    public NDArray mul(long other) { return binary(Op.MUL, Scalar.of(other)); }
    /** {@code this * other}. */
    public NDArray mul(double other) { return binary(Op.MUL, Scalar.of(other)); }
    /** {@code other / this} (NumPy's {@code 1 / x}). */
    public NDArray rdiv(double other) { return of(Build.binary(Op.DIV, Scalar.of(other), node())); }
    /** True division {@code this / other}: integers give float64. */
    public NDArray div(NDArray other) { return binary(Op.DIV, other); }
    /** True division {@code this / other}. */
    public NDArray div(long other) { return binary(Op.DIV, Scalar.of(other)); }
    /** True division {@code this / other}. */
    public NDArray div(double other) { return binary(Op.DIV, Scalar.of(other)); }
    /** {@code this ** other}; integer powers wrap; a negative integer exponent is an error. */
    public NDArray pow(NDArray other) { return binary(Op.POW, other); }
    /** {@code this ** other}. */
    public NDArray pow(long other) { return binary(Op.POW, Scalar.of(other)); }
    /** {@code this ** other}. */
    public NDArray pow(double other) { return binary(Op.POW, Scalar.of(other)); }
    /** {@code this // other}, flooring like NumPy ({@code -7 // 2 == -4}); integer division by zero throws. */
    public NDArray floorDiv(NDArray other) { return binary(Op.FLOOR_DIV, other); }
    /** Floor division {@code this // other}. */
    public NDArray floorDiv(long other) { return binary(Op.FLOOR_DIV, Scalar.of(other)); }
    /** Floor division {@code this // other}. */
    public NDArray floorDiv(double other) { return binary(Op.FLOOR_DIV, Scalar.of(other)); }
    /** {@code this % other}, with the sign of the divisor like NumPy; integer modulo by zero throws. */
    public NDArray mod(NDArray other) { return binary(Op.MOD, other); }
    /** {@code this % other} (sign of the divisor). */
    public NDArray mod(long other) { return binary(Op.MOD, Scalar.of(other)); }
    /** {@code this % other} (sign of the divisor). */
    public NDArray mod(double other) { return binary(Op.MOD, Scalar.of(other)); }
    /** Elementwise maximum; NaN propagates. */
    public NDArray maximum(NDArray other) { return binary(Op.MAXIMUM, other); }
    /** Elementwise maximum (NaN propagates). */
    public NDArray maximum(long other) { return binary(Op.MAXIMUM, Scalar.of(other)); }
    /** Elementwise maximum (NaN propagates). */
    public NDArray maximum(double other) { return binary(Op.MAXIMUM, Scalar.of(other)); }
    /** Elementwise minimum; NaN propagates. */
    public NDArray minimum(NDArray other) { return binary(Op.MINIMUM, other); }
    /** Elementwise minimum (NaN propagates). */
    public NDArray minimum(long other) { return binary(Op.MINIMUM, Scalar.of(other)); }
    /** Elementwise minimum (NaN propagates). */
    public NDArray minimum(double other) { return binary(Op.MINIMUM, Scalar.of(other)); }
    /** {@code minimum(maximum(this, lo), hi)}, as NumPy's clip. */
    public NDArray clip(double lo, double hi) { return of(Build.clip(node(), Scalar.of(lo), Scalar.of(hi))); }
    /** {@code minimum(maximum(this, lo), hi)}. */
    public NDArray clip(long lo, long hi) { return of(Build.clip(node(), Scalar.of(lo), Scalar.of(hi))); }
    /** {@code minimum(maximum(this, lo), hi)}, with broadcasting. */
    public NDArray clip(NDArray lo, NDArray hi) { return of(Build.clip(node(), lo.node(), hi.node())); }

    /** {@code -this}. */
    public NDArray neg() { return unary(Op.NEG); }
    /** Absolute value (integer MIN_VALUE stays MIN_VALUE, as in NumPy). */
    public NDArray abs() { return unary(Op.ABS); }
    /** -1, 0 or 1 (NaN stays NaN). */
    public NDArray sign() { return unary(Op.SIGN); }
    /** {@code this * this}. */
    public NDArray square() { return unary(Op.SQUARE); }
    /** Square root (integers give float64). */
    public NDArray sqrt() { return unary(Op.SQRT); }
    /** {@code e ** this}. */
    public NDArray exp() { return unary(Op.EXP); }
    /** Natural logarithm ({@code log(0)} is {@code -inf}). */
    public NDArray log() { return unary(Op.LOG); }
    /** Sine. */
    public NDArray sin() { return unary(Op.SIN); }
    /** Cosine. */
    public NDArray cos() { return unary(Op.COS); }
    /** Hyperbolic tangent. */
    public NDArray tanh() { return unary(Op.TANH); }
    /** {@code log(1 + this)}, accurate near 0 ({@code log1p(-1)} is {@code -inf}). */
    public NDArray log1p() { return unary(Op.LOG1P); }
    /** {@code exp(this) - 1}, accurate near 0. */
    public NDArray expm1() { return unary(Op.EXPM1); }
    /** Base-2 logarithm (exact at powers of two). */
    public NDArray log2() { return unary(Op.LOG2); }
    /** Base-10 logarithm. */
    public NDArray log10() { return unary(Op.LOG10); }
    /** The largest integral value not above each element; integers and bools keep their dtype, as in NumPy 2. */
    public NDArray floor() { return unary(Op.FLOOR); }
    /** The smallest integral value not below each element ({@code ceil(-0.5)} is {@code -0.0}); integers and bools keep their dtype. */
    public NDArray ceil() { return unary(Op.CEIL); }
    /** Rounds toward zero, keeping the sign ({@code trunc(-0.5)} is {@code -0.0}); integers and bools keep their dtype. */
    public NDArray trunc() { return unary(Op.TRUNC); }
    /** Rounds to the nearest integral value, halves to even ({@code rint(2.5)} is 2); integers give float64. */
    public NDArray rint() { return unary(Op.RINT); }

    // ---- Comparisons and logic (results are bool). ----

    /** {@code this == other}, with broadcasting. */
    public NDArray eq(NDArray other) { return binary(Op.EQ, other); }
    /** {@code this == other}. */
    public NDArray eq(long other) { return binary(Op.EQ, Scalar.of(other)); }
    /** {@code this == other}. */
    public NDArray eq(double other) { return binary(Op.EQ, Scalar.of(other)); }
    /** {@code this != other}, with broadcasting. */
    public NDArray ne(NDArray other) { return binary(Op.NE, other); }
    /** {@code this != other}. */
    public NDArray ne(long other) { return binary(Op.NE, Scalar.of(other)); }
    /** {@code this != other}. */
    public NDArray ne(double other) { return binary(Op.NE, Scalar.of(other)); }
    /** {@code this < other}, with broadcasting. */
    public NDArray lt(NDArray other) { return binary(Op.LT, other); }
    /** {@code this < other}. */
    public NDArray lt(long other) { return binary(Op.LT, Scalar.of(other)); }
    /** {@code this < other}. */
    public NDArray lt(double other) { return binary(Op.LT, Scalar.of(other)); }
    /** {@code this <= other}, with broadcasting. */
    public NDArray le(NDArray other) { return binary(Op.LE, other); }
    /** {@code this <= other}. */
    public NDArray le(long other) { return binary(Op.LE, Scalar.of(other)); }
    /** {@code this <= other}. */
    public NDArray le(double other) { return binary(Op.LE, Scalar.of(other)); }
    /** {@code this > other}, e.g. the mask in {@code m.get(m.gt(0))}. */
    public NDArray gt(NDArray other) { return binary(Op.GT, other); }
    /** {@code this > other}. */
    public NDArray gt(long other) { return binary(Op.GT, Scalar.of(other)); }
    /** {@code this > other}. */
    public NDArray gt(double other) { return binary(Op.GT, Scalar.of(other)); }
    /** {@code this >= other}, with broadcasting. */
    public NDArray ge(NDArray other) { return binary(Op.GE, other); }
    /** {@code this >= other}. */
    public NDArray ge(long other) { return binary(Op.GE, Scalar.of(other)); }
    /** {@code this >= other}. */
    public NDArray ge(double other) { return binary(Op.GE, Scalar.of(other)); }
    /** Logical and of bool or integer arrays (floats are rejected: compare them explicitly). */
    public NDArray and(NDArray other) { return binary(Op.AND, other); }
    /** Logical or of bool or integer arrays, with broadcasting. */
    public NDArray or(NDArray other) { return binary(Op.OR, other); }
    /** Logical not of a bool or integer array. */
    public NDArray not() { return unary(Op.NOT); }

    /** A converted copy: floats to ints truncate toward zero (out-of-range values saturate, NaN gives 0), ints wrap. */
    public NDArray astype(DType dtype) { return of(Build.cast(node(), dtype)); }

    // ---- Reductions: axes may be negative; null axes means all. ----

    /** Sum (bool and int32 accumulate in int64). */
    public NDArray sum() { return reduce(Op.SUM, null, false); }
    /** Sum (bool and int32 accumulate in int64). */
    public NDArray sum(int axis) { return reduce(Op.SUM, new int[] {axis}, false); }
    /** Sum (bool and int32 accumulate in int64). */
    public NDArray sum(int axis, boolean keepDims) { return reduce(Op.SUM, new int[] {axis}, keepDims); }
    /** Sum (bool and int32 accumulate in int64) over the given axes (null for all), keeping them as length 1 when {@code keepDims}. */
    public NDArray sum(int[] axes, boolean keepDims) { return reduce(Op.SUM, axes, keepDims); }
    /** Product (bool and int32 accumulate in int64). */
    public NDArray prod() { return reduce(Op.PROD, null, false); }
    /** Product (bool and int32 accumulate in int64). */
    public NDArray prod(int axis) { return reduce(Op.PROD, new int[] {axis}, false); }
    /** Product (bool and int32 accumulate in int64). */
    public NDArray prod(int axis, boolean keepDims) { return reduce(Op.PROD, new int[] {axis}, keepDims); }
    /** Product (bool and int32 accumulate in int64) over the given axes (null for all), keeping them as length 1 when {@code keepDims}. */
    public NDArray prod(int[] axes, boolean keepDims) { return reduce(Op.PROD, axes, keepDims); }
    /** The largest element; NaN if any element is NaN; an error over an empty axis. */
    public NDArray max() { return reduce(Op.MAX, null, false); }
    /** Maximum element. */
    public NDArray max(int axis) { return reduce(Op.MAX, new int[] {axis}, false); }
    /** Maximum element. */
    public NDArray max(int axis, boolean keepDims) { return reduce(Op.MAX, new int[] {axis}, keepDims); }
    /** Maximum element over the given axes (null for all), keeping them as length 1 when {@code keepDims}. */
    public NDArray max(int[] axes, boolean keepDims) { return reduce(Op.MAX, axes, keepDims); }
    /** Minimum element (NaN if any element is NaN). */
    public NDArray min() { return reduce(Op.MIN, null, false); }
    /** Minimum element (NaN if any element is NaN). */
    public NDArray min(int axis) { return reduce(Op.MIN, new int[] {axis}, false); }
    /** Minimum element (NaN if any element is NaN). */
    public NDArray min(int axis, boolean keepDims) { return reduce(Op.MIN, new int[] {axis}, keepDims); }
    /** Minimum element (NaN if any element is NaN) over the given axes (null for all), keeping them as length 1 when {@code keepDims}. */
    public NDArray min(int[] axes, boolean keepDims) { return reduce(Op.MIN, axes, keepDims); }
    /** Whether any element is true (non-zero). */
    public NDArray any() { return reduce(Op.ANY, null, false); }
    /** Whether any element is true (non-zero). */
    public NDArray any(int axis) { return reduce(Op.ANY, new int[] {axis}, false); }
    /** Whether any element is true (non-zero) over the given axes (null for all), keeping them as length 1 when {@code keepDims}. */
    public NDArray any(int[] axes, boolean keepDims) { return reduce(Op.ANY, axes, keepDims); }
    /** Whether every element is true (non-zero). */
    public NDArray all() { return reduce(Op.ALL, null, false); }
    /** Whether every element is true (non-zero). */
    public NDArray all(int axis) { return reduce(Op.ALL, new int[] {axis}, false); }
    /** Whether every element is true (non-zero) over the given axes (null for all), keeping them as length 1 when {@code keepDims}. */
    public NDArray all(int[] axes, boolean keepDims) { return reduce(Op.ALL, axes, keepDims); }
    /** The flat C-order index of the first largest element (the first NaN, if any). */
    public NDArray argmax() { return of(Reductions.arg(Op.ARGMAX, node(), null, false)); }
    /** Index of the first maximum. */
    public NDArray argmax(int axis) { return of(Reductions.arg(Op.ARGMAX, node(), axis, false)); }
    /** Index of the first maximum. */
    public NDArray argmax(int axis, boolean keepDims) { return of(Reductions.arg(Op.ARGMAX, node(), axis, keepDims)); }
    /** Index of the first minimum (the first NaN, if any). */
    public NDArray argmin() { return of(Reductions.arg(Op.ARGMIN, node(), null, false)); }
    /** Index of the first minimum (the first NaN, if any). */
    public NDArray argmin(int axis) { return of(Reductions.arg(Op.ARGMIN, node(), axis, false)); }
    /** Index of the first minimum (the first NaN, if any). */
    public NDArray argmin(int axis, boolean keepDims) { return of(Reductions.arg(Op.ARGMIN, node(), axis, keepDims)); }
    /** The arithmetic mean: float64 for integer input, float32 for float32. */
    public NDArray mean() { return of(Reductions.mean(node(), null, false)); }
    /** Arithmetic mean. */
    public NDArray mean(int axis) { return of(Reductions.mean(node(), new int[] {axis}, false)); }
    /** Arithmetic mean. */
    public NDArray mean(int axis, boolean keepDims) { return of(Reductions.mean(node(), new int[] {axis}, keepDims)); }
    /** Arithmetic mean over the given axes (null for all), keeping them as length 1 when {@code keepDims}. */
    public NDArray mean(int[] axes, boolean keepDims) { return of(Reductions.mean(node(), axes, keepDims)); }
    /** The variance {@code sum((x - mean)^2) / (n - ddof)}; ddof 0 here. */
    public NDArray var() { return of(Reductions.var(node(), null, false, 0)); }
    /** Variance. */
    public NDArray var(int axis) { return of(Reductions.var(node(), new int[] {axis}, false, 0)); }
    /** Variance. */
    public NDArray var(int axis, boolean keepDims) { return of(Reductions.var(node(), new int[] {axis}, keepDims, 0)); }
    /** Variance over the given axes (null for all), with {@code n - ddof} as the divisor. */
    public NDArray var(int[] axes, boolean keepDims, int ddof) { return of(Reductions.var(node(), axes, keepDims, ddof)); }
    /** The standard deviation, {@code sqrt(var)}; ddof 0 here. */
    public NDArray std() { return var().sqrt(); }
    /** Standard deviation. */
    public NDArray std(int axis) { return var(axis).sqrt(); }
    /** Standard deviation. */
    public NDArray std(int axis, boolean keepDims) { return var(axis, keepDims).sqrt(); }
    /** Standard deviation over the given axes (null for all), with {@code n - ddof} as the divisor. */
    public NDArray std(int[] axes, boolean keepDims, int ddof) { return var(axes, keepDims, ddof).sqrt(); }

    /** NumPy's {@code @}: 1-D, 2-D and batched N-D operands with broadcast batch dimensions. */
    public NDArray matmul(NDArray other) { return of(Matmul.build(node(), other.node())); }

    // ---- Views: no copy, the result reads the same elements. ----

    /** The same elements in C order with a new shape; one dimension may be -1. */
    public NDArray reshape(long... shape) { return of(Views.reshape(node(), shape)); }
    /** Reverses the axes (NumPy's {@code a.T}). */
    public NDArray T() { return transpose(); }
    /** Same as {@link #T()}. */
    public NDArray transpose() { return view(Layout::transpose); }
    /** Reorders the axes: result axis i is this array's axis {@code axes[i]}. */
    public NDArray transpose(int... axes) { return view(l -> l.permute(axes)); }
    /** Basic indexing with NumPy's syntax between the brackets: {@code m.get(":, 1")}, {@code a.get("::-1")}. */
    public NDArray get(String index) { return get(Index.parse(index)); }
    /** Basic indexing with integers, slices, {@link Index#NEW_AXIS} and {@link Index#ELLIPSIS}. */
    public NDArray get(Index... index) { return of(Views.index(node(), index)); }
    /** Integer indexing: {@code m.get(0)} is row 0 (drops an axis per index). */
    public NDArray get(long... index) {
        Index[] idx = new Index[index.length];
        for (int i = 0; i < index.length; i++) idx[i] = Index.at(index[i]);
        return get(idx);
    }
    /** Python's {@code start:stop:step} on one axis. */
    public NDArray slice(int axis, Long start, Long stop, long step) { return view(l -> l.slice(axis, start, stop, step)); }
    /** Inserts a length-1 axis (NumPy's {@code np.expand_dims} or {@code None} in an index). */
    public NDArray expandDims(int axis) { return view(l -> l.expandDims(axis)); }
    /** Removes length-1 axes: all of them, or the ones given. */
    public NDArray squeeze(int... axes) { return view(l -> l.squeeze(axes)); }
    /** A read-only view repeating this array along new or length-1 axes. */
    public NDArray broadcastTo(long... shape) { return view(l -> l.broadcastTo(shape)); }
    /** The elements in C order as 1-D (a view when the layout allows). */
    public NDArray ravel() { return reshape(-1); }
    /** Same as {@link #ravel()}: arrays are immutable, so NumPy's copy-versus-view difference cannot be observed. */
    public NDArray flatten() { return ravel(); }

    /**
     * Boolean mask selection, NumPy's {@code x[mask]}: a 1-D array of the elements (or sub-arrays) where
     * the mask is true, in C order. The mask's shape must equal this array's leading dimensions.
     * Shape errors are thrown here; the result's length depends on the data, so it is computed (by
     * materializing the mask and counting it) the first time it is needed: by {@link #shape()} or
     * {@link #size()}, or by building another operation on the result. The selected values are computed
     * only when the result is read, and elementwise work on x only for the selected elements
     * ({@code (x * 2)[x > 0]} multiplies the selected elements).
     */
    public NDArray get(NDArray mask) {
        Node x = node(), m = mask.node();
        if (m.dtype() != DType.BOOL) {
            throw new IllegalArgumentException("arrays used as indices must be of integer (or boolean) type; a mask must be bool, got " + m.dtype());
        }
        Nodes.compress(x, m, 0);
        // The selection reads the mask again: it is computed once, and counted where it is.
        return new NDArray(() -> Selection.of(x, m, Compress.count(Materializer.materialize(m))));
    }

    // ---- Reading results: these materialize. ----

    /** Computes this array now (if not done yet) and returns it. */
    public NDArray eval() {
        Materializer.materialize(node());
        return this;
    }

    StridedArray value() { return Materializer.materialize(node()); }

    /** The single element of a size-1 array, or the element at {@code index}: a Double, Long or Boolean. */
    public Object item(long... index) {
        StridedArray v = value();
        long at = v.layout().offsetOfFlat(flatIndex(index));
        return switch (v.dtype().kind()) {
            case FLOAT -> v.buffer().getDouble(at);
            case INT -> v.buffer().getLong(at);
            case BOOL -> v.buffer().getBool(at);
        };
    }

    /** {@link #item} as a double. */
    public double itemDouble(long... index) {
        Object o = item(index);
        return o instanceof Boolean b ? (b ? 1 : 0) : ((Number) o).doubleValue();
    }

    /** {@link #item} as a long (floats truncate toward zero). */
    public long itemLong(long... index) {
        Object o = item(index);
        return o instanceof Boolean b ? (b ? 1 : 0) : ((Number) o).longValue();
    }

    /** {@link #item} as a boolean (non-zero is true). */
    public boolean itemBoolean(long... index) {
        Object o = item(index);
        return o instanceof Boolean b ? b : ((Number) o).doubleValue() != 0;
    }

    private long flatIndex(long[] index) {
        long[] shape = shape();
        if (index.length == 0) {
            if (size() != 1) throw new IllegalArgumentException("can only convert an array of size 1 to a Java scalar (size is " + size() + ")");
            return 0;
        }
        if (index.length != shape.length) {
            throw new IndexOutOfBoundsException("item needs " + shape.length + " indices for an array of shape " + shapeString() + ", got " + index.length);
        }
        long flat = 0;
        for (int i = 0; i < shape.length; i++) {
            long k = index[i];
            if (k < -shape[i] || k >= shape[i]) {
                throw new IndexOutOfBoundsException("index " + k + " is out of bounds for axis " + i + " with size " + shape[i]);
            }
            flat = flat * shape[i] + (k < 0 ? k + shape[i] : k);
        }
        return flat;
    }

    /** The elements in C order, converted to double. */
    public double[] toDoubleArray() { return (double[]) JavaArrays.flat(value(), double.class); }
    /** The elements in C order, converted to float. */
    public float[] toFloatArray() { return (float[]) JavaArrays.flat(value(), float.class); }
    /** The elements in C order, converted to long (floats truncate). */
    public long[] toLongArray() { return (long[]) JavaArrays.flat(value(), long.class); }
    /** The elements in C order, converted to int (floats truncate, int64 wraps). */
    public int[] toIntArray() { return (int[]) JavaArrays.flat(value(), int.class); }
    /** The elements in C order, non-zero as true. */
    public boolean[] toBooleanArray() { return (boolean[]) JavaArrays.flat(value(), boolean.class); }
    /** Nested Java arrays like NumPy's {@code tolist()}: {@code double[][]} for a 2-D float64, {@code long[]} for 1-D int64. */
    public Object toNestedArray() { return JavaArrays.nested(value()); }

    /**
     * What materializing this array will do, computing nothing: the first line summarises
     * ({@code plan: 1 kernel, 0 intermediates}), then each kernel with the ops it fuses, what it
     * reads, and why any intermediate is materialized.
     */
    public String explain() {
        return explain(false);
    }

    /** {@link #explain()}, with each kernel's generated bytecode (its scalar form, ASM's Textifier listing) when {@code bytecode}. */
    public String explain(boolean bytecode) {
        return Explain.plan(node(), Materializer::known, bytecode);
    }

    /** The expression graph behind this array, one node a line. Computes nothing. */
    public String graph() { return GraphText.of(node()); }

    /** Exactly what NumPy's {@code str()} prints for the same array (computes it). */
    @Override
    public String toString() {
        StridedArray v = value();
        return NumpyFormat.format(v.dtype(), v.shape(), new NumpyFormat.ElementReader() {
            @Override public double getDouble(long i) { return v.getDoubleFlat(i); }
            @Override public long getLong(long i) { return v.getLongFlat(i); }
            @Override public boolean getBool(long i) { return v.getBoolFlat(i); }
        });
    }

    // ---- Helpers. ----

    private NDArray binary(Op op, NDArray other) { return of(Build.binary(op, node(), other.node())); }
    private NDArray binary(Op op, Scalar other) { return of(Build.binary(op, node(), other)); }
    private NDArray unary(Op op) { return of(Build.unary(op, node())); }
    private NDArray reduce(Op op, int[] axes, boolean keepDims) { return of(Reductions.reduce(op, node(), axes, keepDims)); }
    private NDArray view(java.util.function.UnaryOperator<Layout> change) { return of(Views.apply(node(), change)); }
}
