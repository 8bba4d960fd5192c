package org.ndjit;

import org.ndjit.engine.Explain;
import org.ndjit.engine.Materializer;
import org.ndjit.engine.MemoryPool;
import org.ndjit.ir.Buffer;
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
 * <p><b>Memory.</b> Once computed, an array holds its value and forgets the expression that made it
 * (it no longer keeps the inputs' graph alive). Its memory goes back to the library's pool when the
 * array is {@linkplain #close closed}, when the {@link Scope} it was computed in closes, or when it is
 * unreachable and collected. Using a closed array, or reading an expression built on it after it was
 * computed, throws an {@link IllegalStateException} naming it; no read ever sees memory that went back.
 *
 * <p>Example: {@code Np.array(new long[] {1, 2, 3}).add(10)} prints {@code [11 12 13]}.
 */
public final class NDArray implements AutoCloseable {
    /** The expression; once computed, a leaf over this array's own memory ({@link Materializer#leaf}). */
    private volatile Node node;
    private final Supplier<Node> deferred;
    /** The handle on the memory this array holds (made from data, or its computed value); null before. */
    private Buffer owned;
    /** Why this array may not be used any more; null while it may. */
    /** Null while usable; then why it was closed, a {@link ClosedReason} (its message made only when a use asks). */
    private volatile ClosedReason closed;

    NDArray(Node node) {
        this.node = node;
        this.deferred = null;
    }

    /** An array whose node is known only when first needed (a boolean-mask selection's length). */
    private NDArray(Supplier<Node> deferred) {
        this.deferred = deferred;
    }

    /** A contiguous array over memory made for it (from Java data, a file): closing the array releases the memory. */
    static NDArray owning(Buffer buffer, long[] shape) {
        return owning(Nodes.buffer(buffer, shape), buffer, true);
    }

    /**
     * An array that holds {@code buffer}, a new buffer nothing else holds, read through {@code node} (a
     * leaf over it or a view of one); it belongs to the current {@link Scope} when {@code scoped}.
     */
    static NDArray owning(Node node, Buffer buffer, boolean scoped) {
        NDArray a = new NDArray(node);
        if (buffer.claim() != buffer) throw new IllegalArgumentException("the buffer of a new array is held already");
        a.owned = buffer;
        if (scoped) Scope.adopted(a);
        return a;
    }

    Node node() {
        ClosedReason why = closed;
        if (why != null) throw new IllegalStateException(why.get());
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

    /** An array whose node is built when first needed, e.g. once a mask's true values are counted. */
    static NDArray deferred(Supplier<Node> node) { return new NDArray(node); }

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
    public NDArray rsub(double other) { return reversed(Op.SUB, Scalar.of(other)); }
    /** {@code other - this} with a weak integer: {@code 1 - x} of an int64 array stays int64, as in NumPy. */
    public NDArray rsub(long other) { return reversed(Op.SUB, Scalar.of(other)); }
    /** {@code other + this} (NumPy's {@code 1 + x}). */
    public NDArray radd(double other) { return reversed(Op.ADD, Scalar.of(other)); }
    /** {@code other + this} with a weak integer. */
    public NDArray radd(long other) { return reversed(Op.ADD, Scalar.of(other)); }
    /** {@code other * this} (NumPy's {@code 2 * x}). */
    public NDArray rmul(double other) { return reversed(Op.MUL, Scalar.of(other)); }
    /** {@code other * this} with a weak integer. */
    public NDArray rmul(long other) { return reversed(Op.MUL, Scalar.of(other)); }
    /** {@code other ** this} (NumPy's {@code 2 ** x}). */
    public NDArray rpow(double other) { return reversed(Op.POW, Scalar.of(other)); }
    /** {@code other ** this} with a weak integer: {@code 2 ** x} of an int64 array is int64. */
    public NDArray rpow(long other) { return reversed(Op.POW, Scalar.of(other)); }
    /** {@code other // this} (NumPy's {@code 7 // x}). */
    public NDArray rfloorDiv(double other) { return reversed(Op.FLOOR_DIV, Scalar.of(other)); }
    /** {@code other // this} with a weak integer. */
    public NDArray rfloorDiv(long other) { return reversed(Op.FLOOR_DIV, Scalar.of(other)); }
    /** {@code other % this} (NumPy's {@code 7 % x}: the sign of the divisor, this). */
    public NDArray rmod(double other) { return reversed(Op.MOD, Scalar.of(other)); }
    /** {@code other % this} with a weak integer. */
    public NDArray rmod(long other) { return reversed(Op.MOD, Scalar.of(other)); }
    /** {@code this * other}. */
    public NDArray mul(NDArray other) { return binary(Op.MUL, other); }
    /** {@code this * other}. */
    public NDArray mul(long other) { return binary(Op.MUL, Scalar.of(other)); }
    /** {@code this * other}. */
    public NDArray mul(double other) { return binary(Op.MUL, Scalar.of(other)); }
    /** {@code other / this} (NumPy's {@code 1 / x}). */
    public NDArray rdiv(double other) { return reversed(Op.DIV, Scalar.of(other)); }
    /** {@code other / this} with a weak integer (true division: integers give float64). */
    public NDArray rdiv(long other) { return reversed(Op.DIV, Scalar.of(other)); }
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

    // ---- Further elementwise functions (NumPy's ufuncs of the same names; see Ufuncs). ----

    /** NumPy's {@code tan}: StrictMath's; integers give float64, e.g. {@code tan([0., 1.])} is {@code [0., 1.5574077246549023]}. */
    public NDArray tan() { return unary(Op.TAN); }
    /** NumPy's {@code arcsin}: NaN outside [-1, 1]. */
    public NDArray arcsin() { return unary(Op.ARCSIN); }
    /** NumPy's {@code arccos}: NaN outside [-1, 1]; {@code arccos(-1)} is pi. */
    public NDArray arccos() { return unary(Op.ARCCOS); }
    /** NumPy's {@code arctan}, in (-pi/2, pi/2). */
    public NDArray arctan() { return unary(Op.ARCTAN); }
    /** NumPy's {@code sinh}. */
    public NDArray sinh() { return unary(Op.SINH); }
    /** NumPy's {@code cosh}. */
    public NDArray cosh() { return unary(Op.COSH); }
    /** NumPy's {@code arcsinh}. */
    public NDArray arcsinh() { return unary(Op.ARCSINH); }
    /** NumPy's {@code arccosh}: NaN below 1. */
    public NDArray arccosh() { return unary(Op.ARCCOSH); }
    /** NumPy's {@code arctanh}: +-inf at +-1, NaN beyond. */
    public NDArray arctanh() { return unary(Op.ARCTANH); }
    /** NumPy's {@code exp2}, 2^x: exact at integers. */
    public NDArray exp2() { return unary(Op.EXP2); }
    /** NumPy's {@code cbrt}: real cube root, {@code cbrt(-8.)} is {@code -2.}. */
    public NDArray cbrt() { return unary(Op.CBRT); }
    /** NumPy's {@code reciprocal}, 1 / x: floats divide; integers divide as integers ({@code reciprocal(2)} is 0; 0 raises, as floor_divide does). */
    public NDArray reciprocal() { return of(Ufuncs.reciprocal(node())); }
    /** NumPy's {@code degrees}: {@code x * (180 / pi)}. */
    public NDArray degrees() { return of(Ufuncs.scaleAngle(node(), true)); }
    /** NumPy's {@code radians}: {@code x * (pi / 180)}. */
    public NDArray radians() { return of(Ufuncs.scaleAngle(node(), false)); }
    /** NumPy's {@code round(x, decimals)} (halves to even): {@code round([2.5, 0.125], 2)} is {@code [2.5, 0.12]}; integers round at negative decimals. */
    public NDArray round(int decimals) { return of(Ufuncs.round(node(), decimals)); }
    /** NumPy's {@code round(x)}: to integral values, halves to even. */
    public NDArray round() { return round(0); }
    /** NumPy's {@code isnan}: bool, true where NaN (never for integers). */
    public NDArray isnan() { return of(Ufuncs.predicate(Op.ISNAN, node())); }
    /** NumPy's {@code isinf}: bool, true at +-inf. */
    public NDArray isinf() { return of(Ufuncs.predicate(Op.ISINF, node())); }
    /** NumPy's {@code isfinite}: bool, false at NaN and +-inf. */
    public NDArray isfinite() { return of(Ufuncs.predicate(Op.ISFINITE, node())); }
    /** NumPy's {@code signbit}: bool, the sign bit ({@code signbit(-0.)} is true). */
    public NDArray signbit() { return of(Ufuncs.predicate(Op.SIGNBIT, node())); }
    /** NumPy's {@code nan_to_num}: NaN to 0, +-inf to the dtype's largest finite values; integers unchanged. */
    public NDArray nanToNum() { return of(Ufuncs.nanToNum(node(), 0.0, null, null)); }
    /** NumPy's {@code nan_to_num(x, nan=, posinf=, neginf=)}; a null bound means the dtype's largest finite value. */
    public NDArray nanToNum(double nan, Double posinf, Double neginf) { return of(Ufuncs.nanToNum(node(), nan, posinf, neginf)); }
    /** NumPy's {@code invert} ({@code ~x}): bitwise not of integers, logical not of bools; floats raise. */
    public NDArray invert() { return of(Ufuncs.invert(node())); }
    /** NumPy's {@code arctan2(this, other)}: the angle of (other, this), in [-pi, pi]. */
    public NDArray arctan2(NDArray other) { return of(Ufuncs.floatBinary(Op.ARCTAN2, node(), other.node())); }
    /** NumPy's {@code arctan2} with a weak scalar. */
    public NDArray arctan2(double other) { return of(Ufuncs.floatBinary(Op.ARCTAN2, node(), Scalar.of(other))); }
    /** NumPy's {@code hypot}: sqrt(a^2 + b^2) without overflow; inf if either is infinite. */
    public NDArray hypot(NDArray other) { return of(Ufuncs.floatBinary(Op.HYPOT, node(), other.node())); }
    /** NumPy's {@code hypot} with a weak scalar. */
    public NDArray hypot(double other) { return of(Ufuncs.floatBinary(Op.HYPOT, node(), Scalar.of(other))); }
    /** NumPy's {@code copysign}: this magnitude with other's sign bit. */
    public NDArray copysign(NDArray other) { return of(Ufuncs.floatBinary(Op.COPYSIGN, node(), other.node())); }
    /** NumPy's {@code copysign} with a weak scalar. */
    public NDArray copysign(double other) { return of(Ufuncs.floatBinary(Op.COPYSIGN, node(), Scalar.of(other))); }
    /** NumPy's {@code heaviside(this, h0)}: 0 below zero, h0 at zero, 1 above, NaN at NaN. */
    public NDArray heaviside(NDArray h0) { return of(Ufuncs.floatBinary(Op.HEAVISIDE, node(), h0.node())); }
    /** NumPy's {@code heaviside} with a weak scalar h0, e.g. {@code heaviside(x, 0.5)}. */
    public NDArray heaviside(double h0) { return of(Ufuncs.floatBinary(Op.HEAVISIDE, node(), Scalar.of(h0))); }
    /** NumPy's {@code fmax}: the maximum ignoring NaN (NaN only where both are). */
    public NDArray fmax(NDArray other) { return binary(Op.FMAX, other); }
    /** NumPy's {@code fmax} with a weak scalar. */
    public NDArray fmax(double other) { return binary(Op.FMAX, Scalar.of(other)); }
    /** NumPy's {@code fmin}: the minimum ignoring NaN. */
    public NDArray fmin(NDArray other) { return binary(Op.FMIN, other); }
    /** NumPy's {@code fmin} with a weak scalar. */
    public NDArray fmin(double other) { return binary(Op.FMIN, Scalar.of(other)); }
    /** NumPy's {@code logical_xor} of bool or integer arrays (floats are rejected, as for and/or). */
    public NDArray logicalXor(NDArray other) { return binary(Op.LOGICAL_XOR, other); }
    /** NumPy's {@code bitwise_and} ({@code &}) of integers or bools. */
    public NDArray bitwiseAnd(NDArray other) { return of(Ufuncs.integral(Op.BITWISE_AND, node(), other.node())); }
    /** NumPy's {@code bitwise_and} with a weak int. */
    public NDArray bitwiseAnd(long other) { return of(Ufuncs.integral(Op.BITWISE_AND, node(), Scalar.of(other))); }
    /** NumPy's {@code bitwise_or} ({@code |}) of integers or bools. */
    public NDArray bitwiseOr(NDArray other) { return of(Ufuncs.integral(Op.BITWISE_OR, node(), other.node())); }
    /** NumPy's {@code bitwise_or} with a weak int. */
    public NDArray bitwiseOr(long other) { return of(Ufuncs.integral(Op.BITWISE_OR, node(), Scalar.of(other))); }
    /** NumPy's {@code bitwise_xor} ({@code ^}) of integers or bools. */
    public NDArray bitwiseXor(NDArray other) { return of(Ufuncs.integral(Op.BITWISE_XOR, node(), other.node())); }
    /** NumPy's {@code bitwise_xor} with a weak int. */
    public NDArray bitwiseXor(long other) { return of(Ufuncs.integral(Op.BITWISE_XOR, node(), Scalar.of(other))); }
    /** NumPy's {@code left_shift} ({@code <<}): counts outside [0, bits) give 0. */
    public NDArray leftShift(NDArray other) { return of(Ufuncs.integral(Op.LEFT_SHIFT, node(), other.node())); }
    /** NumPy's {@code left_shift} by a weak int, e.g. {@code leftShift(3)}. */
    public NDArray leftShift(long other) { return of(Ufuncs.integral(Op.LEFT_SHIFT, node(), Scalar.of(other))); }
    /** NumPy's {@code right_shift} ({@code >>}, arithmetic): counts outside [0, bits) give the sign (0 or -1). */
    public NDArray rightShift(NDArray other) { return of(Ufuncs.integral(Op.RIGHT_SHIFT, node(), other.node())); }
    /** NumPy's {@code right_shift} by a weak int. */
    public NDArray rightShift(long other) { return of(Ufuncs.integral(Op.RIGHT_SHIFT, node(), Scalar.of(other))); }

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
    /** Logical and with a bool scalar (NumPy's {@code np.logical_and(x, True)}). */
    public NDArray and(boolean other) { return binary(Op.AND, Scalar.of(other)); }
    /** Logical or with a bool scalar. */
    public NDArray or(boolean other) { return binary(Op.OR, Scalar.of(other)); }
    /** Logical or of bool or integer arrays, with broadcasting. */
    public NDArray or(NDArray other) { return binary(Op.OR, other); }
    /** Logical not of a bool or integer array. */
    public NDArray not() { return unary(Op.NOT); }

    /**
     * NumPy's {@code a.astype(dtype)}, a converted copy: floats to ints truncate toward zero (out-of-range
     * values saturate, NaN gives 0), ints wrap. {@code Np.arange(5).astype(DType.FLOAT32)};
     * {@code Np.array(-1.7, 2.9).astype(DType.INT64)} is {@code [-1 2]}.
     */
    public NDArray astype(DType dtype) { return of(Build.cast(node(), dtype)); }

    // ---- Reductions: axes may be negative; null axes means all. ----

    /**
     * The sum of all elements, a 0-d array (bool and int32 accumulate in int64; float sums are added in
     * compensated float64, so a float16 sum is the exact sum rounded once, where NumPy adds in float32, or
     * in float16 over axis 0: the README's dtype section bounds the difference): {@code a.sum().itemDouble()} for the number.
     */
    public NDArray sum() { return reduce(Op.SUM, null, false); }
    /** NumPy's {@code a.sum(axis)}: {@code Np.arange(6).reshape(2, 3).sum(0)} is {@code [3 5 7]}, {@code .sum(1)} is {@code [3 12]}; {@code sum(-1)} sums each row. */
    public NDArray sum(int axis) { return reduce(Op.SUM, new int[] {axis}, false); }
    /** NumPy's {@code a.sum(axis, keepdims=True)}: the axis kept with length 1, so the result broadcasts against a: {@code a.div(a.sum(1, true))} normalizes rows. */
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
    /** NumPy's {@code a.max(axis)}: {@code m.max(0)} is each column's largest element (NaN if the column has one). */
    public NDArray max(int axis) { return reduce(Op.MAX, new int[] {axis}, false); }
    /** NumPy's {@code a.max(axis, keepdims)}: {@code x.sub(x.max(1, true)).exp()} is softmax's numerator, stable per row. */
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
    /** NumPy's {@code a.argmax(axis)}: int64 positions of the first maximum along the axis, {@code logits.argmax(1)} a class per row. */
    public NDArray argmax(int axis) { return of(Reductions.arg(Op.ARGMAX, node(), axis, false)); }
    /** NumPy's {@code a.argmax(axis, keepdims=keepDims)}: with {@code keepDims} the axis stays with length 1. */
    public NDArray argmax(int axis, boolean keepDims) { return of(Reductions.arg(Op.ARGMAX, node(), axis, keepDims)); }
    /** The flat index of the largest element, with {@code keepDims} as an array of ndim ones (NumPy's {@code argmax(keepdims=True)}). */
    public NDArray argmax(boolean keepDims) { return of(Reductions.arg(Op.ARGMAX, node(), null, keepDims)); }
    /** Index of the first minimum (the first NaN, if any). */
    public NDArray argmin() { return of(Reductions.arg(Op.ARGMIN, node(), null, false)); }
    /** Index of the first minimum (the first NaN, if any). */
    public NDArray argmin(int axis) { return of(Reductions.arg(Op.ARGMIN, node(), axis, false)); }
    /** Index of the first minimum (the first NaN, if any). */
    public NDArray argmin(int axis, boolean keepDims) { return of(Reductions.arg(Op.ARGMIN, node(), axis, keepDims)); }
    /** The flat index of the smallest element, with {@code keepDims} as an array of ndim ones. */
    public NDArray argmin(boolean keepDims) { return of(Reductions.arg(Op.ARGMIN, node(), null, keepDims)); }
    /** The arithmetic mean: float64 for integer input, float32 for float32, float16 for float16 (added in compensated float64, rounded to float32, divided in float32, rounded to float16, as NumPy computes it in float32). */
    public NDArray mean() { return of(Reductions.mean(node(), null, false)); }
    /** NumPy's {@code a.mean(axis)}: {@code x.mean(0)} is each column's mean (float64 for integer input). */
    public NDArray mean(int axis) { return of(Reductions.mean(node(), new int[] {axis}, false)); }
    /** NumPy's {@code a.mean(axis, keepdims)}: {@code x.sub(x.mean(0, true))} centers each column. */
    public NDArray mean(int axis, boolean keepDims) { return of(Reductions.mean(node(), new int[] {axis}, keepDims)); }
    /** Arithmetic mean over the given axes (null for all), keeping them as length 1 when {@code keepDims}: {@code img.mean(new int[] {0, 1}, false)} per channel. */
    public NDArray mean(int[] axes, boolean keepDims) { return of(Reductions.mean(node(), axes, keepDims)); }
    /** The variance {@code sum((x - mean)^2) / (n - ddof)}; ddof 0 here. */
    public NDArray var() { return of(Reductions.var(node(), null, false, 0)); }
    /** NumPy's {@code a.var(axis)} (ddof 0). */
    public NDArray var(int axis) { return of(Reductions.var(node(), new int[] {axis}, false, 0)); }
    /** NumPy's {@code a.var(axis, keepdims)} (ddof 0). */
    public NDArray var(int axis, boolean keepDims) { return of(Reductions.var(node(), new int[] {axis}, keepDims, 0)); }
    /** Variance over the given axes (null for all), with {@code n - ddof} as the divisor. */
    public NDArray var(int[] axes, boolean keepDims, int ddof) { return of(Reductions.var(node(), axes, keepDims, ddof)); }
    /** The standard deviation, {@code sqrt(var)}; ddof 0 here. */
    public NDArray std() { return var().sqrt(); }
    /** NumPy's {@code a.std(axis)} (ddof 0): {@code x.std(0)} per column. */
    public NDArray std(int axis) { return var(axis).sqrt(); }
    /** NumPy's {@code a.std(axis, keepdims)} (ddof 0): {@code x.sub(x.mean(0, true)).div(x.std(0, true))} standardizes columns. */
    public NDArray std(int axis, boolean keepDims) { return var(axis, keepDims).sqrt(); }
    /** Standard deviation over the given axes (null for all), with {@code n - ddof} as the divisor: {@code a.std(new int[] {1}, true, 1)} is {@code a.std(axis=1, keepdims=True, ddof=1)}. */
    public NDArray std(int[] axes, boolean keepDims, int ddof) { return var(axes, keepDims, ddof).sqrt(); }

    /**
     * NumPy's {@code a @ b} ({@code np.matmul}): 1-D, 2-D and batched N-D operands with broadcast batch
     * dimensions. {@code x.matmul(w)} of (5, 3) and (3, 4) is (5, 4); {@code Np.maximum(0, x.matmul(w).add(b))}
     * runs the bias and the ReLU on each block of the product while it is in cache.
     */
    public NDArray matmul(NDArray other) { return of(Matmul.build(node(), other.node())); }

    // ---- Views: no copy, the result reads the same elements. ----

    /** NumPy's {@code a.reshape(shape)}: the same elements in C order with a new shape, one dimension may be -1: {@code Np.arange(12).reshape(3, -1)} is (3, 4). A view when the layout allows. */
    public NDArray reshape(long... shape) { return of(Views.reshape(node(), shape)); }
    /** Reverses the axes (NumPy's {@code a.T}), a view: {@code m.T()} of a (2, 3) matrix is (3, 2). */
    public NDArray T() { return transpose(); }
    /** NumPy's {@code a.transpose()}, the same as {@link #T()}: {@code x.matmul(x.transpose())} is the Gram matrix. */
    public NDArray transpose() { return view(Layout::transpose); }
    /** NumPy's {@code a.transpose(axes)}: result axis i is this array's axis {@code axes[i]}, a view; {@code img.transpose(2, 0, 1)} turns (h, w, c) into (c, h, w). */
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
    /** Python's {@code start:stop:step} on one axis, null for an omitted bound, a view: {@code m.slice(1, 0L, null, 2)} is {@code m[:, 0::2]}. */
    public NDArray slice(int axis, Long start, Long stop, long step) { return view(l -> l.slice(axis, start, stop, step)); }
    /** Inserts a length-1 axis (NumPy's {@code np.expand_dims} or {@code None} in an index). */
    public NDArray expandDims(int axis) { return view(l -> l.expandDims(axis)); }
    /** NumPy's {@code a.diagonal()}: the main diagonal of the first two axes, a view. */
    public NDArray diagonal() { return diagonal(0, 0, 1); }
    /** NumPy's {@code a.dot(b)}: {@link Np#dot}. */
    public NDArray dot(NDArray other) { return Np.dot(this, other); }
    /** NumPy's {@code a.diagonal(offset, axis1, axis2)}: a view; the diagonal is the last axis of the result. */
    public NDArray diagonal(long offset, int axis1, int axis2) { return view(l -> l.diagonal(offset, axis1, axis2)); }
    /** NumPy's {@code a.trace()}: the sum of the main diagonal (of the first two axes). */
    public NDArray trace() { return Products.trace(this, 0, 0, 1); }
    /** NumPy's {@code a.trace(offset, axis1, axis2)}. */
    public NDArray trace(long offset, int axis1, int axis2) { return Products.trace(this, offset, axis1, axis2); }
    /** Removes length-1 axes: all of them, or the ones given. */
    public NDArray squeeze(int... axes) { return view(l -> l.squeeze(axes)); }
    /** A read-only view repeating this array along new or length-1 axes. */
    public NDArray broadcastTo(long... shape) { return view(l -> l.broadcastTo(shape)); }
    /** NumPy's {@code a.swapaxes(axis1, axis2)}: see {@link Np#swapaxes}. */
    public NDArray swapaxes(int axis1, int axis2) { return Np.swapaxes(this, axis1, axis2); }
    /** NumPy's {@code a.repeat(repeats, axis)}: see {@link Np#repeat(NDArray, long, int)}. */
    public NDArray repeat(long repeats, int axis) { return Np.repeat(this, repeats, axis); }
    /** NumPy's {@code a.repeat(repeats)}: the flattened array, each element {@code repeats} times. */
    public NDArray repeat(long repeats) { return Np.repeat(this, repeats); }
    /** The elements in C order as 1-D (a view when the layout allows). */
    public NDArray ravel() { return reshape(-1); }
    /** Same as {@link #ravel()}: arrays are immutable, so NumPy's copy-versus-view difference cannot be observed. */
    public NDArray flatten() { return ravel(); }

    /**
     * Indexing with NumPy's full rules, {@code x[i0, i1, ...]}: each entry an integer, a String of
     * basic entries ({@code ":"}, {@code "1:3"}, {@code "..."}, {@code "None"}), an {@link Index}, an
     * integer {@link NDArray} or Java array ({@code long[]}, {@code int[]}) or a boolean mask. Integer
     * arrays are broadcast together and pick elements (NumPy's "fancy" indexing; negative indices
     * wrap, an index out of range throws {@link IndexOutOfBoundsException} when the result is
     * computed); their dimensions go where the arrays stand, or first when slices separate them.
     * Example: {@code logp.get(Np.arange(n), y)} is NumPy's {@code logp[np.arange(n), y]}, and
     * {@code x.get(":", idx)} is {@code x[:, idx]}. (One argument: {@link #get(NDArray)}; a lone
     * {@code long[]} is {@link #get(long...)}, integers on successive axes.)
     */
    public NDArray get(Object i0, Object i1) { return AdvancedIndex.get(this, i0, i1); }
    /** {@code x[i0, i1, i2]}, see {@link #get(Object, Object)}. */
    public NDArray get(Object i0, Object i1, Object i2) { return AdvancedIndex.get(this, i0, i1, i2); }
    /** {@code x[i0, i1, i2, i3]}, see {@link #get(Object, Object)}. */
    public NDArray get(Object i0, Object i1, Object i2, Object i3) { return AdvancedIndex.get(this, i0, i1, i2, i3); }
    /** {@code x[index]} for an index tuple of any length, {@code x.get(new Object[] {":", rows, "None"})}; see {@link #get(Object, Object)}. */
    public NDArray get(Object[] index) { return AdvancedIndex.get(this, index); }

    /**
     * {@code x[index]} for an integer array (NumPy's {@code centers[labels]}: rows of x picked by
     * index, see {@link #get(Object, Object)}), or boolean mask selection, NumPy's {@code x[mask]}: a 1-D array of the elements (or sub-arrays) where
     * the mask is true, in C order. The mask's shape must equal this array's leading dimensions.
     * Shape errors are thrown here; the result's length depends on the data, so it is computed the
     * first time it is needed: by {@link #shape()} or {@link #size()}, by building another operation
     * on the result, or by reading it. A mask that is a predicate not computed yet ({@code x[x > 0]})
     * is computed once, in the pass that counts and selects, so the selected values are computed then
     * too; another mask is counted then and the values computed when the result is read. Elementwise
     * work on x runs only for the selected elements ({@code (x * 2)[x > 0]} multiplies the selected
     * elements).
     */
    public NDArray get(NDArray mask) {
        Node x = node(), m = mask.node();
        if (m.dtype() != DType.BOOL) return AdvancedIndex.get(this, mask);
        Nodes.compress(x, m, 0);
        return new NDArray(() -> Selection.select(x, m));
    }

    // ---- Sorting, scans and order statistics (bodies in Sorting, Scans, Quantiles). ----

    /** NumPy's {@code np.sort(x)}: sorted along the last axis, NaN last; stable. {@code [3 1 2]} gives {@code [1 2 3]}. */
    public NDArray sort() { return of(Sorting.sort(node(), -1)); }
    /** NumPy's {@code np.sort(x, axis)}: sorted along {@code axis}, NaN last; stable (equal values, -0.0 and 0.0 keep their order). {@code m.sort(0)} sorts each column. */
    public NDArray sort(int axis) { return of(Sorting.sort(node(), axis)); }
    /** NumPy's {@code np.argsort(x, kind='stable')} along the last axis: int64 positions that sort it. {@code [3 1 2]} gives {@code [1 2 0]}; {@code x.get(x.argsort())} is a 1-d x sorted. */
    public NDArray argsort() { return of(Sorting.argsort(node(), -1)); }
    /** NumPy's {@code np.argsort(x, axis, kind='stable')}; NumPy's default quicksort may list equal values' positions in another order. */
    public NDArray argsort(int axis) { return of(Sorting.argsort(node(), axis)); }
    /** NumPy's {@code np.partition(x, kth)} along the last axis; here the full sort, one arrangement NumPy allows. */
    public NDArray partition(long kth) { return of(Sorting.partition(node(), new long[] {kth}, -1, false)); }
    /** NumPy's {@code np.partition(x, kth, axis)} (the full sort along the axis, see {@link #partition(long)}). */
    public NDArray partition(long kth, int axis) { return of(Sorting.partition(node(), new long[] {kth}, axis, false)); }
    /** NumPy's {@code np.argpartition(x, kth)} along the last axis: the stable argsort, one answer NumPy allows. */
    public NDArray argpartition(long kth) { return of(Sorting.partition(node(), new long[] {kth}, -1, true)); }
    /** NumPy's {@code np.argpartition(x, kth, axis)} (the stable argsort along the axis). */
    public NDArray argpartition(long kth, int axis) { return of(Sorting.partition(node(), new long[] {kth}, axis, true)); }
    /** NumPy's {@code np.searchsorted(this, v)} on this sorted 1-d array: where each of v's elements would be inserted (before equal ones). */
    public NDArray searchsorted(NDArray v) { return of(Sorting.searchsorted(node(), v.node(), "left")); }
    /** NumPy's {@code np.searchsorted(this, v, side)}, side {@code "left"} or {@code "right"} (after equal elements). */
    public NDArray searchsorted(NDArray v, String side) { return of(Sorting.searchsorted(node(), v.node(), side)); }

    /** NumPy's {@code x.cumsum()}: running sums of the flattened array, added in order ({@code [1 2 3]} gives {@code [1 3 6]}); bool and int32 sum in int64. */
    public NDArray cumsum() { return of(Scans.scan(Op.CUMSUM, node(), null)); }
    /** NumPy's {@code x.cumsum(axis)}: running sums along {@code axis}. */
    public NDArray cumsum(int axis) { return of(Scans.scan(Op.CUMSUM, node(), axis)); }
    /** NumPy's {@code x.cumprod()}: running products of the flattened array, multiplied in order. */
    public NDArray cumprod() { return of(Scans.scan(Op.CUMPROD, node(), null)); }
    /** NumPy's {@code x.cumprod(axis)}: running products along {@code axis}. */
    public NDArray cumprod(int axis) { return of(Scans.scan(Op.CUMPROD, node(), axis)); }
    /** NumPy's {@code np.diff(x)}: {@code x[..., 1:] - x[..., :-1]} ({@code [1 4 9]} gives {@code [3 5]}); a view and a subtraction, fused. */
    public NDArray diff() { return of(Scans.diff(node(), 1, -1)); }
    /** NumPy's {@code np.diff(x, n, axis)}: the difference taken n times along {@code axis} (not_equal for bools). */
    public NDArray diff(int n, int axis) { return of(Scans.diff(node(), n, axis)); }

    /** NumPy's {@code np.median(x)} of all elements (float64 for integers; NaN if any element is NaN): {@code [3 1 4 1]} gives {@code 2.0}. */
    public NDArray median() { return of(Quantiles.median(node(), null)); }
    /** NumPy's {@code np.median(x, axis)}: the middle value, or the mean of the two middle values, of each line along {@code axis}. */
    public NDArray median(int axis) { return of(Quantiles.median(node(), axis)); }
    /** NumPy's {@code np.percentile(x, q)} of all elements, q in [0, 100], linear interpolation: {@code percentile(90)}. */
    public NDArray percentile(double q) { return of(Quantiles.quantile(node(), new double[] {q / 100}, true, null, "linear", PERCENTILE_RANGE)); }
    /** NumPy's {@code np.percentile(x, q, axis)}. */
    public NDArray percentile(double q, int axis) { return of(Quantiles.quantile(node(), new double[] {q / 100}, true, axis, "linear", PERCENTILE_RANGE)); }
    /** NumPy's {@code np.percentile(x, q, axis, method=method)} for one q (a weak scalar); see {@link #percentile(double[], Integer, String)}. */
    public NDArray percentile(double q, Integer axis, String method) { return of(Quantiles.quantile(node(), new double[] {q / 100}, true, axis, method, PERCENTILE_RANGE)); }
    /**
     * NumPy's {@code np.percentile(x, q, axis, method=method)}: axis null for all elements; method "linear"
     * (default), "lower", "higher", "nearest" or "midpoint". Several q give a leading axis of results:
     * {@code percentile(new double[] {25, 75}, 0, "linear")} is shape {@code (2, ...)}.
     */
    public NDArray percentile(double[] q, Integer axis, String method) {
        double[] fractions = new double[q.length];
        for (int i = 0; i < q.length; i++) fractions[i] = q[i] / 100; // NumPy divides by 100 first, then checks the range
        return of(Quantiles.quantile(node(), fractions, false, axis, method, PERCENTILE_RANGE));
    }
    /** NumPy's {@code np.quantile(x, q)} of all elements, q in [0, 1]: {@code quantile(0.5)} is the median's linear-method twin. */
    public NDArray quantile(double q) { return of(Quantiles.quantile(node(), new double[] {q}, true, null, "linear", QUANTILE_RANGE)); }
    /** NumPy's {@code np.quantile(x, q, axis)}. */
    public NDArray quantile(double q, int axis) { return of(Quantiles.quantile(node(), new double[] {q}, true, axis, "linear", QUANTILE_RANGE)); }
    /** NumPy's {@code np.quantile(x, q, axis, method=method)}; see {@link #percentile(double[], Integer, String)}. */
    public NDArray quantile(double[] q, Integer axis, String method) { return of(Quantiles.quantile(node(), q, false, axis, method, QUANTILE_RANGE)); }
    /** NumPy's {@code np.quantile(x, q, axis, method=method)} for one q (a weak scalar, so float32 data stays float32). */
    public NDArray quantile(double q, Integer axis, String method) { return of(Quantiles.quantile(node(), new double[] {q}, true, axis, method, QUANTILE_RANGE)); }

    private static final String PERCENTILE_RANGE = "Percentiles must be in the range [0, 100]", QUANTILE_RANGE = "Quantiles must be in the range [0, 1]";

    // ---- Integer-array indexing and functional updates (see AdvancedIndex, Updates, Takes, Nonzeros). ----

    /**
     * NumPy's {@code b = a.copy(); b[index] = value}, without changing this array: the index as in
     * {@link #get(Object[])} (a String of basic entries, a mask, an integer NDArray or {@code long[]}
     * as an index array, an {@code Object[]} tuple mixing them); value broadcast to the selection and
     * cast to this dtype as NumPy's assignment casts; where integer arrays repeat a position the last
     * value wins. Example: {@code a.set(":, 0", b)} is {@code a[:, 0] = b}, {@code x.set(x.lt(0), zeros)}.
     */
    public NDArray set(Object index, NDArray value) { return Updates.set(this, index, value); }
    /** {@link #set(Object, NDArray)} with a scalar: {@code a.set(a.lt(0), 0.0)} is NumPy's {@code a[a < 0] = 0}. */
    public NDArray set(Object index, double value) { return Updates.set(this, index, Scalar.of(value)); }
    /** {@link #set(Object, NDArray)} with an integer: {@code a.set(new Object[] {rows, cols}, 1)} is {@code a[rows, cols] = 1}. */
    public NDArray set(Object index, long value) { return Updates.set(this, index, Scalar.of(value)); }
    /** {@link #set(Object, NDArray)} with a bool. */
    public NDArray set(Object index, boolean value) { return Updates.set(this, index, Scalar.of(value)); }

    /** NumPy's {@code a.take(indices, axis)}: elements picked along one axis, {@code indices}' shape in its place. */
    public NDArray take(NDArray indices, int axis) { return Takes.take(this, indices, axis); }
    /** NumPy's {@code a.take(indices)}: elements of the flattened array. */
    public NDArray take(NDArray indices) { return Takes.take(this, indices, null); }
    /** NumPy's {@code a.nonzero()}: see {@link Np#nonzero}. */
    public NDArray[] nonzero() { return Nonzeros.nonzero(this); }

    // ---- Reading results: these materialize. ----

    /** Computes this array now (if not done yet) and returns it. */
    public NDArray eval() {
        read(v -> null);
        return this;
    }

    /**
     * Computes this array if needed and runs {@code reader} on its value while its memory is pinned (a
     * close meanwhile waits for the read to end). The first read makes the array hold its value and
     * forget its expression.
     */
    <T, X extends Exception> T read(Materializer.Reader<T, X> reader) throws X {
        Node n = node();
        return Materializer.read(n, v -> {
            hold(n, v);
            return reader.read(v);
        });
    }

    /** The computed value, not pinned: for tests, which neither close the array nor share it with a thread that does. */
    StridedArray value() { return read(v -> v); }

    /** Rebinds this array to its computed value (called with the value pinned), taking its own handle on the memory. */
    private void hold(Node computedFrom, StridedArray value) {
        synchronized (this) {
            if (owned != null || node != computedFrom || closed != null) return;
            Buffer mine = value.buffer().claim();
            node = Materializer.leaf(mine == value.buffer() ? value : new StridedArray(mine, value.layout()));
            owned = mine;
        }
        Scope.adopted(this);
    }

    /**
     * Releases this array's memory now, {@code x.close()} (back to the library's pool when the library allocated it;
     * memory wrapped with {@link Np#wrap} or a mapped file is only no longer read through this array)
     * and makes the array unusable: using it, or reading a view of it or an expression built on it
     * after it was computed, throws an {@link IllegalStateException} naming it. A read in progress on
     * another thread finishes first, and the memory goes back when it ends. Arrays built from the same
     * expression elsewhere are not affected; neither are arrays computed from this one (they hold their
     * own values). Idempotent. With try-with-resources:
     * <pre>{@code
     * try (NDArray x = NpyFiles.load(path)) {
     *     total = x.sum().itemDouble();
     * }                                  // x's memory is back in the pool here, not when x is collected
     * }</pre>
     * To release many arrays at once, use {@link Np#scope()}.
     */
    @Override
    public void close() {
        release("was closed");
    }

    /** {@link #close} with the reason later uses are told. */
    void release(String why) {
        Buffer memory;
        ClosedReason reason;
        synchronized (this) {
            if (closed != null) return;
            reason = new ClosedReason(node, why);
            closed = reason;
            memory = owned;
        }
        if (memory != null) memory.close(reason);
    }

    /** True once the array is closed (by {@link #close} or its scope). */
    public boolean isClosed() { return closed != null; }

    /**
     * NumPy's {@code a.item()}: the single element of a size-1 array, or the element at {@code index} (one
     * index per axis, negative from the end), as a Double, Long or Boolean by dtype kind. The typed
     * {@link #itemDouble}, {@link #itemLong} and {@link #itemBoolean} avoid the cast:
     * {@code x.sum().itemDouble()}, {@code m.item(0, -1)} is the first row's last element.
     */
    public Object item(long... index) {
        long flat = flatIndex(index);
        return read(v -> {
            long at = v.layout().offsetOfFlat(flat);
            return switch (v.dtype().kind()) {
                case FLOAT -> (Object) v.buffer().getDouble(at);
                case INT -> v.buffer().getLong(at);
                case BOOL -> v.buffer().getBool(at);
            };
        });
    }

    /** {@link #item} as a double: {@code double loss = losses.mean().itemDouble();}. */
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

    /**
     * Whether this array holds the same content as {@code other}: the same dtype, the same shape and
     * equal elements, NaN equal to NaN (NumPy's {@code a.dtype == b.dtype and np.array_equal(a, b,
     * equal_nan=True)}). Computes both arrays. {@link #equals} stays identity: an array is a lazy
     * expression, and content equality there would compute arrays wherever Java compares objects (a
     * {@code HashMap} key, a {@code List.contains}), so content is compared only when asked for by name.
     * Example: {@code Np.array(1.0, Double.NaN).equalsContent(Np.array(1.0, Double.NaN))} is true; against
     * the float32 array {@code Np.array(1.0f, Float.NaN)} it is false.
     */
    public boolean equalsContent(NDArray other) {
        return dtype() == other.dtype() && Closeness.arrayEqual(node(), other.node(), dtype().isFloat());
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

    /** A 2-d array's rows as a Java matrix, converted to double (NumPy's {@code a.tolist()} for a matrix); other shapes throw: {@code double[][] rows = x.matmul(w).toDoubleMatrix();}. */
    public double[][] toDoubleMatrix() { return (double[][]) JavaInterop.rows(this, "toDoubleMatrix", double.class, this::toDoubleArray); }
    /** A 2-d array's rows as a Java matrix, converted to float. */
    public float[][] toFloatMatrix() { return (float[][]) JavaInterop.rows(this, "toFloatMatrix", float.class, this::toFloatArray); }
    /** A 2-d array's rows as a Java matrix, converted to long (floats truncate). */
    public long[][] toLongMatrix() { return (long[][]) JavaInterop.rows(this, "toLongMatrix", long.class, this::toLongArray); }
    /** A 2-d array's rows as a Java matrix, converted to int (floats truncate, int64 wraps). */
    public int[][] toIntMatrix() { return (int[][]) JavaInterop.rows(this, "toIntMatrix", int.class, this::toIntArray); }
    /** The elements in C order, converted to double (computes the array): {@code Np.arange(3).mul(0.5).toDoubleArray()} is {@code {0.0, 0.5, 1.0}}. */
    public double[] toDoubleArray() { return (double[]) read(v -> JavaArrays.flat(v, double.class)); }
    /** The elements in C order, converted to float. */
    public float[] toFloatArray() { return (float[]) read(v -> JavaArrays.flat(v, float.class)); }
    /** The elements in C order, converted to long (floats truncate). */
    public long[] toLongArray() { return (long[]) read(v -> JavaArrays.flat(v, long.class)); }
    /** The elements in C order, converted to int (floats truncate, int64 wraps). */
    public int[] toIntArray() { return (int[]) read(v -> JavaArrays.flat(v, int.class)); }
    /** The elements in C order as bytes: an integer's low 8 bits (uint8's bits: 200 is (byte) 200), floats truncated first. */
    public byte[] toByteArray() { return (byte[]) read(v -> JavaArrays.flat(v, byte.class)); }
    /** The elements in C order as shorts: an integer's low 16 bits (uint16's bits), floats truncated first. */
    public short[] toShortArray() { return (short[]) read(v -> JavaArrays.flat(v, short.class)); }
    /** The elements in C order, non-zero as true. */
    public boolean[] toBooleanArray() { return (boolean[]) read(v -> JavaArrays.flat(v, boolean.class)); }

    // ---- Writing results into memory the caller owns (NumPy's out=). ----

    /**
     * Computes this array into {@code out}, memory the caller owns, in C order and this array's dtype
     * (native byte order), and returns {@code out}: NumPy's {@code out=}. {@code out} must have exactly
     * {@code size() * dtype().itemSize()} bytes and be writable. When the last step of the plan is an
     * elementwise kernel (also after a reduction, {@code sqrt(sum(...))}) or a matrix product, it
     * writes straight into {@code out}: no pool memory is taken for the result, and nothing is copied.
     * Other last steps (a reduction, a mask selection, a view of a computed array, ops the reference
     * evaluator computes) compute into pool memory, which the compiled copy loop copies to {@code out}
     * and which is released at once. An array computed before (read, {@link #eval()}) is copied.
     * A segment confined to the calling thread ({@code Arena.ofConfined()}), which the kernels' other
     * threads may not write, receives a copy of the result computed in shared memory.
     *
     * <p>The value is not kept: each call computes again whatever was not computed before it, so
     * {@code for (...) expr.into(out)} computes the expression each time with no new pool memory once
     * its intermediates' blocks are pooled. A plan that reads memory overlapping {@code out} (wrapped
     * with {@link Np#wrap}) computes the result before writing any of it. But arrays are immutable and
     * lazy: writing into memory that arrays wrap breaks {@link Np#wrap}'s promise that nothing writes
     * it, and arrays not yet computed will read the new contents; that is the caller's responsibility.
     * If the computation fails or is cancelled, {@code out} may hold part of the result.
     */
    public java.lang.foreign.MemorySegment into(java.lang.foreign.MemorySegment out) {
        CallerMemory.into(node(), out);
        return out;
    }

    /**
     * Computes this array into {@code out} in C order, and returns it: as {@link #into(java.lang.foreign.MemorySegment)},
     * written straight into the Java array ({@code MemorySegment.ofArray}). {@code out.length} must be
     * {@link #size()}. The dtype becomes float64 under NumPy's {@code copyto} casting rule 'same_kind':
     * bool, integer and float32 results convert (in the last kernel); none need be float64.
     */
    public double[] into(double[] out) {
        CallerMemory.into(node(), java.lang.foreign.MemorySegment.ofArray(out), DType.FLOAT64, out.length, "double[]");
        return out;
    }

    /** {@link #into(double[])} for float32: float64 results round, as astype does; integer and bool results convert. */
    public float[] into(float[] out) {
        CallerMemory.into(node(), java.lang.foreign.MemorySegment.ofArray(out), DType.FLOAT32, out.length, "float[]");
        return out;
    }

    /** {@link #into(double[])} for int64: integer and bool results only (a float result must be converted with astype first). */
    public long[] into(long[] out) {
        CallerMemory.into(node(), java.lang.foreign.MemorySegment.ofArray(out), DType.INT64, out.length, "long[]");
        return out;
    }

    /** {@link #into(double[])} for int32: integer and bool results only; int64 results wrap, as astype does. */
    public int[] into(int[] out) {
        CallerMemory.into(node(), java.lang.foreign.MemorySegment.ofArray(out), DType.INT32, out.length, "int[]");
        return out;
    }

    /**
     * Computes this array into the memory of {@code out} and returns {@code out}: NumPy's {@code out=}
     * with the library's own arrays, so that a loop such as {@code w.sub(grad).into(w)} runs without
     * new memory. {@code out} must have this array's shape, hold contiguous memory the library gave
     * it (made from data, or computed: it is computed first if it is not yet; {@link Np#zeros} and
     * {@link Np#full}, which hold none, get new memory with the result), and hold it alone:
     * an array computed from the same expression as another shares that one's memory, and memory
     * wrapped with {@link Np#wrap} has holders the library cannot see (write into its segment with
     * {@link #into(java.lang.foreign.MemorySegment)}). The dtype converts under NumPy's casting rule
     * 'same_kind', as for {@link #into(double[])}. A plan that reads {@code out} itself computes the
     * result before writing any of it.
     *
     * <p>Afterwards {@code out} holds the new values, and expressions built on it from then on read
     * them. Arrays computed from it before keep their values; an expression built on it before and not
     * computed yet throws an {@link IllegalStateException} saying it was overwritten, rather than
     * compute with values it was not built on. Not for an {@code out} that other threads read meanwhile.
     */
    public NDArray into(NDArray out) {
        Node source = node();
        if (out == this) {
            out.read(v -> null); // computing an array into its own memory: computing it
            return out;
        }
        if (!java.util.Arrays.equals(out.shape(), source.shape())) {
            throw new IllegalArgumentException("cannot write the " + Shapes.tuple(source.shape()) + " " + source.dtype()
                    + " result into an array of shape " + out.shapeString());
        }
        if (out.isFilledConstant()) { // Np.zeros, ones, full: no memory to write into, and nothing to keep
            out.takeResult(source);
            return out;
        }
        Buffer memory = out.read(v -> {
            Buffer b = v.buffer();
            if (!v.layout().isContiguous() || v.layout().offset() != 0 || b.length() != v.size()) {
                throw new IllegalArgumentException("cannot write into " + out.describe() + ": it is a view of another array's memory, not memory of its own");
            }
            return b;
        });
        synchronized (out) {
            if (out.owned != memory || !memory.soleHandle()) {
                throw new IllegalArgumentException("cannot write into " + out.describe() + ": its memory is shared with another array"
                        + " (one computed from the same expression) or wrapped with Np.wrap; write into a copy, or into the segment");
            }
        }
        out.write(source, memory);
        out.renew(memory);
        return out;
    }

    /** Whether this array is a constant broadcast to its shape ({@link Np#zeros}, {@link Np#full}), not computed yet. */
    private boolean isFilledConstant() {
        Node n = node();
        return owned == null && (n.op() == Op.CONST || n.op() == Op.VIEW && n.src(0).op() == Op.CONST);
    }

    /**
     * {@link #into(NDArray)} for a filled constant: the result is computed into new memory, which this
     * array then holds (if the computation fails, the array stays the constant it was).
     */
    private void takeResult(Node source) {
        Buffer fresh = MemoryPool.shared().buffer(dtype(), size(), false);
        try {
            write(source, fresh);
        } catch (RuntimeException | Error e) {
            fresh.close("a failed into() released its memory");
            throw e;
        }
        synchronized (this) {
            holdMemory(fresh.claim());
        }
        Scope.adopted(this);
    }

    /** Computes {@code source} into {@code memory}, this array's size in its dtype (converting as {@link #into(NDArray)} says). */
    private void write(Node source, Buffer memory) {
        CallerMemory.into(source, memory.segment().asSlice(0, size() * dtype().itemSize()), dtype(), size(), "array (" + dtype() + ")");
    }

    /** Makes {@code handle}, contiguous memory of this array's shape, what this array holds and reads (called holding this array's lock). */
    private void holdMemory(Buffer handle) {
        long[] shape = node().shape();
        node = Materializer.leaf(new StridedArray(handle, Layout.contiguous(shape)));
        owned = handle;
    }

    /**
     * After {@link #into(NDArray)} wrote into this array's memory: this array takes a new handle on
     * it, under a new leaf, and the old handle is closed, so that nothing built on the old leaf (and
     * no memo of it) reads the new values as if they were the old ones.
     */
    private void renew(Buffer old) {
        ClosedReason message;
        synchronized (this) {
            message = new ClosedReason(node, "was overwritten by into()");
            old.pin();
            try {
                holdMemory(old.claim());
            } finally {
                old.unpin();
            }
        }
        old.close(message);
    }

    /**
     * Why an array was closed: its dtype and shape (not its node, which would keep the graph alive)
     * and the reason; the message is made when a use of the closed array asks for it.
     */
    private record ClosedReason(DType dtype, long[] shape, String why) implements Supplier<String> {
        ClosedReason(Node n, String why) {
            this(n == null ? null : n.dtype(), n == null ? null : n.shape(), why);
        }

        @Override
        public String get() {
            return "array " + (dtype == null ? "(a mask selection)" : dtype + " " + Shapes.tuple(shape)) + " " + why;
        }
    }

    private String describe() {
        Node n = node;
        return "array " + (n == null ? "(a mask selection)" : n.dtype() + " " + Shapes.tuple(n.shape()));
    }

    /**
     * {@link #into(double[])} for bool results. A {@code boolean[]} cannot be viewed as memory
     * (there is no {@code MemorySegment.ofArray(boolean[])}), so the array is computed (and kept, as
     * by any read) and its elements copied into {@code out}.
     */
    public boolean[] into(boolean[] out) {
        CallerMemory.checkLength(node(), out.length);
        read(v -> {
            JavaArrays.copyInto(v, out);
            return null;
        });
        return out;
    }

    /** Nested Java arrays like NumPy's {@code tolist()}: {@code double[][]} for a 2-D float64, {@code long[]} for 1-D int64. */
    public Object toNestedArray() { return read(JavaArrays::nested); }

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
        return read(v -> NumpyFormat.format(v.dtype(), v.shape(), new NumpyFormat.ElementReader() {
            @Override public double getDouble(long i) { return v.getDoubleFlat(i); }
            @Override public long getLong(long i) { return v.getLongFlat(i); }
            @Override public boolean getBool(long i) { return v.getBoolFlat(i); }
        }));
    }

    // ---- Helpers. ----

    private NDArray binary(Op op, NDArray other) { return of(Build.binary(op, node(), other.node())); }
    private NDArray binary(Op op, Scalar other) { return of(Build.binary(op, node(), other)); }
    /** {@code other op this}: the scalar on the left (subtraction, division, powers and remainders differ). */
    private NDArray reversed(Op op, Scalar other) { return of(Build.binary(op, other, node())); }
    private NDArray unary(Op op) { return of(Build.unary(op, node())); }
    private NDArray reduce(Op op, int[] axes, boolean keepDims) { return of(Reductions.reduce(op, node(), axes, keepDims)); }
    private NDArray view(java.util.function.UnaryOperator<Layout> change) { return of(Views.apply(node(), change)); }
}
