package org.ndjit.ir;

/**
 * The definitions of NumPy's further elementwise functions (issue 16), which {@link ScalarMath}
 * hands on to: the trigonometric and hyperbolic family, exp2, cbrt, the float predicates, copysign,
 * heaviside, fmax and fmin, and the integer bit operations. Float functions take doubles (float32
 * values widened exactly) and the caller rounds a float32 result once, so float32 results are the
 * float64 function rounded to float32: within 0.5 + 1.5 * 2^-29 float32 ulps of exact (the float64
 * error below, at most 1.41 float64 ulps, is 2^-29 float32 ulps each), that is correctly rounded
 * but where the exact value lies that close to a midpoint between floats.
 *
 * <p>Accuracy in float64: every result is the correctly rounded value or a neighbour of it (within
 * 1 ulp of it), measured against mpmath on a million arguments per function (uniform over the usual
 * range, log-uniform over the whole domain with both signs, subnormals, the special values; made by
 * {@code ir/src/test/python/gen_ufunc_mpmath.py}, measured by UfuncAccuracyMeasure, a sample with the
 * worst cases checked by UfuncAccuracyTest). Largest error from the exact value, and share correctly
 * rounded: tan 0.82 ulp (97.4%), arcsin 0.87 (97.3%), arccos 0.88 (96.6%), arctan 0.75 (97.2%),
 * arctan2 1.41 (76.8%), cbrt 0.67 (91.7%), hypot 1.01 (97.2%, at subnormal
 * results): StrictMath's (fdlibm's); exp2 0.71 (98.9%): {@link Exp2}, exact at integers (StrictMath.pow(2, x) was 0.81, 95.5%);
 * sinh 0.69 (98.9%), cosh 0.69 (98.9%), arcsinh 0.98 (94.9%), arccosh 0.99 (90.1%), arctanh 0.73
 * (99.3%): {@link Hyperbolic}, where fdlibm's sinh, cosh (1.25 ulps), s_asinh.c, e_acosh.c and
 * e_atanh.c reach 2 ulps from the correctly rounded value. exp2, sinh and cosh have lanewise twins
 * ({@code codegen.vector.VectorLogExp}, {@code VectorHyperbolic}); the
 * others none with the same bits (the Vector API's TAN, ASIN, ... are other libraries' algorithms),
 * so their rows are {@link Op.Vector#NONE} and their kernels run the scalar loop.
 */
public final class ElementFunctions {
    private ElementFunctions() {}

    private static final double LN2 = 6.93147180559945286227e-01;
    /** 2^28 and 2^-28: where fdlibm's inverse hyperbolic functions switch formulas. */
    private static final double TWO28 = 0x1p28, TWO_M28 = 0x1p-28;

    /** A unary float function of this class's rows. */
    static double unary(Op op, double x) {
        return switch (op) {
            case TAN -> StrictMath.tan(x);
            case ARCSIN -> StrictMath.asin(x);
            case ARCCOS -> StrictMath.acos(x);
            case ARCTAN -> StrictMath.atan(x);
            case SINH -> Hyperbolic.sinh(x);
            case COSH -> Hyperbolic.cosh(x);
            case ARCSINH -> Hyperbolic.asinh(x);
            case ARCCOSH -> Hyperbolic.acosh(x);
            case ARCTANH -> Hyperbolic.atanh(x);
            case EXP2 -> Exp2.exp2(x);
            case CBRT -> StrictMath.cbrt(x);
            default -> throw new IllegalArgumentException(op + " is not a unary float op");
        };
    }

    /** The float predicates (bool results); the sign bit is read raw, so signbit(-nan) is true, as in C. */
    public static boolean test(Op op, double x) {
        return switch (op) {
            case ISNAN -> Double.isNaN(x);
            case ISINF -> Double.isInfinite(x);
            case ISFINITE -> Double.isFinite(x);
            case SIGNBIT -> Double.doubleToRawLongBits(x) < 0;
            default -> throw new IllegalArgumentException(op + " is not a float predicate");
        };
    }

    /** A binary float function of this class's rows (fmax and fmin choose an operand: no rounding). */
    static double binary(Op op, double a, double b) {
        return switch (op) {
            case ARCTAN2 -> StrictMath.atan2(a, b);
            case HYPOT -> StrictMath.hypot(a, b);
            case COPYSIGN -> copysign(a, b);
            case HEAVISIDE -> heaviside(a, b);
            case FMAX -> fmax(a, b);
            case FMIN -> fmin(a, b);
            default -> throw new IllegalArgumentException(op + " is not a binary float op");
        };
    }

    /** A unary integer op: invert (~x), and reciprocal, integer 1 / x (0 for |x| > 1), which raises at 0 as floor_divide does. */
    static long unaryInt(Op op, long x) {
        return switch (op) {
            case INVERT -> ~x;
            case RECIPROCAL -> {
                if (x == 0) throw new ScalarMath.ValueError("integer division by zero in reciprocal");
                yield 1 / x;
            }
            default -> throw new IllegalArgumentException(op + " is not a unary integer op");
        };
    }

    /**
     * A binary integer (or bool, as 0 and 1) op. Shifts by a count outside [0, 64) give 0, or for a
     * right shift the sign (NumPy's npy_lshift and npy_rshift); the low 32 bits of these long results
     * are the int32 results, since counts in [32, 64) give 0 (left) and the sign (right) there as well.
     */
    static long binaryInt(Op op, long a, long b) {
        return switch (op) {
            case BITWISE_AND -> a & b;
            case BITWISE_OR -> a | b;
            case BITWISE_XOR -> a ^ b;
            case LEFT_SHIFT -> b >= 0 && b < 64 ? a << b : 0;
            case RIGHT_SHIFT -> b >= 0 && b < 64 ? a >> b : a < 0 ? -1 : 0;
            case FMAX -> Math.max(a, b);
            case FMIN -> Math.min(a, b);
            case LOGICAL_XOR -> (a != 0) ^ (b != 0) ? 1 : 0;
            default -> throw new IllegalArgumentException(op + " is not a binary integer op");
        };
    }

    /** a's magnitude with b's sign bit, read raw (copysign(1, -nan) is -1, as C's). */
    public static double copysign(double a, double b) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(a) & Long.MAX_VALUE) | (Double.doubleToRawLongBits(b) & Long.MIN_VALUE));
    }

    /** NumPy's npy_heaviside: NaN for NaN, h0 at +-0, 0 below, 1 above. */
    public static double heaviside(double x, double h0) {
        if (Double.isNaN(x)) return Double.NaN;
        return x == 0 ? h0 : x < 0 ? 0.0 : 1.0;
    }

    /** NaN-ignoring maximum: the first operand unless it is smaller or NaN (so fmax(-0.0, 0.0) is -0.0, as NumPy's). */
    public static double fmax(double a, double b) {
        return a >= b || Double.isNaN(b) ? a : b;
    }

    /** NaN-ignoring minimum: the first operand unless it is larger or NaN. */
    public static double fmin(double a, double b) {
        return a <= b || Double.isNaN(b) ? a : b;
    }

    public static double sinh(double x) { return Hyperbolic.sinh(x); }
    public static double cosh(double x) { return Hyperbolic.cosh(x); }
    public static double asinh(double x) { return Hyperbolic.asinh(x); }
    public static double acosh(double x) { return Hyperbolic.acosh(x); }
    public static double atanh(double x) { return Hyperbolic.atanh(x); }

    /** fdlibm's s_asinh.c. */
    static double fdlibmAsinh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x)) return x + x;
        if (ax < TWO_M28) return x;
        double w;
        if (ax > TWO28) w = StrictMath.log(ax) + LN2;
        else if (ax > 2.0) w = StrictMath.log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
        else {
            double t = x * x;
            w = StrictMath.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return x > 0 ? w : -w;
    }

    /** fdlibm's e_acosh.c: NaN below 1. */
    static double fdlibmAcosh(double x) {
        if (x < 1.0) return Double.NaN;
        if (x >= TWO28) return x == Double.POSITIVE_INFINITY ? x : StrictMath.log(x) + LN2;
        if (x == 1.0) return 0.0;
        if (x > 2.0) return StrictMath.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        double t = x - 1.0;
        return StrictMath.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    /** fdlibm's e_atanh.c: NaN beyond +-1, +-inf at +-1. */
    static double fdlibmAtanh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || ax > 1.0) return Double.NaN;
        if (ax == 1.0) return x / 0.0;
        if (ax < TWO_M28) return x;
        double t = ax < 0.5 ? 0.5 * StrictMath.log1p(ax + ax + (ax + ax) * ax / (1.0 - ax))
                : 0.5 * StrictMath.log1p((ax + ax) / (1.0 - ax));
        return x >= 0 ? t : -t;
    }
}
