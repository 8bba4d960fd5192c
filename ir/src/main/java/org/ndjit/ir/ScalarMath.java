package org.ndjit.ir;

/**
 * What each elementwise op computes on one element: the definition the reference evaluator uses and
 * compiled code must match. Float ops take doubles (float32 values widened exactly; the caller rounds
 * the result once to float32, which for + - * / sqrt gives the correctly rounded float32 result).
 * Integer ops take longs and wrap; an int32 result is the low 32 bits of the long result, which is
 * exactly int32 arithmetic for every op here. Bool values are 0 and 1 in the integer path.
 */
public final class ScalarMath {
    private ScalarMath() {}

    /** Thrown for a value error in an integer op; the evaluator adds where it happened. */
    public static final class ValueError extends ArithmeticException {
        ValueError(String message) { super(message); }
    }

    public static double unaryFloat(Op op, double x) {
        return switch (op) {
            case NEG -> -x;
            case ABS -> Math.abs(x);
            case SIGN -> Double.isNaN(x) ? x : x > 0 ? 1.0 : x < 0 ? -1.0 : 0.0;
            case SQUARE -> x * x;
            case SQRT -> Math.sqrt(x);
            case EXP -> exp(x);
            case LOG -> log(x);
            case SIN -> Math.sin(x);
            case COS -> Math.cos(x);
            case TANH -> Math.tanh(x);
            default -> throw new IllegalArgumentException(op + " is not a unary float op");
        };
    }

    public static long unaryInt(Op op, long x) {
        return switch (op) {
            case NEG -> -x;
            case ABS -> Math.abs(x);
            case SIGN -> Long.signum(x);
            case SQUARE -> x * x;
            case NOT -> x == 0 ? 1 : 0;
            default -> throw new IllegalArgumentException(op + " is not a unary integer op");
        };
    }

    /** A binary op on float64 values, or on float32 values when {@code f32} (so that rounding steps match float32 code). */
    public static double binaryFloat(Op op, double a, double b, boolean f32) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case POW -> pow(a, b);
            case MAXIMUM -> Math.max(a, b);
            case MINIMUM -> Math.min(a, b);
            case FLOOR_DIV -> f32 ? floorDivFloat((float) a, (float) b) : floorDivDouble(a, b);
            case MOD -> f32 ? modFloat((float) a, (float) b) : modDouble(a, b);
            default -> throw new IllegalArgumentException(op + " is not a binary float op");
        };
    }

    public static boolean compareFloat(Op op, double a, double b) {
        return switch (op) {
            case EQ -> a == b;
            case NE -> a != b;
            case LT -> a < b;
            case LE -> a <= b;
            case GT -> a > b;
            case GE -> a >= b;
            default -> throw new IllegalArgumentException(op + " is not a comparison");
        };
    }

    public static boolean compareInt(Op op, long a, long b) {
        return switch (op) {
            case EQ -> a == b;
            case NE -> a != b;
            case LT -> a < b;
            case LE -> a <= b;
            case GT -> a > b;
            case GE -> a >= b;
            default -> throw new IllegalArgumentException(op + " is not a comparison");
        };
    }

    /** Integer (and bool-as-0/1) binary ops; division by zero and negative powers throw. */
    public static long binaryInt(Op op, long a, long b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case MAXIMUM -> Math.max(a, b);
            case MINIMUM -> Math.min(a, b);
            case AND -> (a != 0 && b != 0) ? 1 : 0;
            case OR -> (a != 0 || b != 0) ? 1 : 0;
            case FLOOR_DIV -> {
                if (b == 0) throw new ValueError("integer division by zero in floor_divide");
                yield Math.floorDiv(a, b);
            }
            case MOD -> {
                if (b == 0) throw new ValueError("integer division by zero in remainder");
                yield Math.floorMod(a, b);
            }
            case POW -> powInt(a, b);
            default -> throw new IllegalArgumentException(op + " is not a binary integer op");
        };
    }

    // exp as a fixed sequence of IEEE operations, so that the vector kernels (VectorMath.exp in codegen),
    // the scalar kernels and this reference give the same bits: within 1 ulp of StrictMath.exp
    // (measured on 5 million arguments over the whole range, subnormal results included).
    public static final double EXP_MIN = -746.0, EXP_MAX = 710.0;
    public static final double INV_LN2 = 0x1.71547652b82fep0, SHIFTER = 0x1.8p52;
    public static final double LN2_HI = 0x1.62e42fee00000p-1, LN2_LO = 0x1.a39ef35793c76p-33;
    /** Taylor coefficients 1/i! of e^r, i = 0..13: enough for |r| <= ln2/2 to 0.05 ulp. */
    public static final double[] EXP_COEFFICIENTS = {1.0, 1.0, 1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040,
            1.0 / 40320, 1.0 / 362880, 1.0 / 3628800, 1.0 / 39916800, 1.0 / 479001600, 1.0 / 6227020800.0};

    /**
     * e^x: x = k ln2 + r with k = rint(x / ln2) (by the 1.5 * 2^52 shifter), ln2 split in two so that
     * k * LN2_HI is exact; e^r by Horner; times 2^k in two factors, so that subnormal and overflowing
     * results round once. NaN propagates through every step; the clamp makes +-inf give inf and 0.
     */
    public static double exp(double x) {
        double xc = Math.min(EXP_MAX, Math.max(EXP_MIN, x));
        double t = xc * INV_LN2 + SHIFTER;
        double kd = t - SHIFTER;
        long k = Double.doubleToRawLongBits(t) - Double.doubleToRawLongBits(SHIFTER);
        double r = (xc - kd * LN2_HI) - kd * LN2_LO;
        double p = EXP_COEFFICIENTS[13];
        for (int i = 12; i >= 0; i--) p = p * r + EXP_COEFFICIENTS[i];
        long k1 = k >> 1, k2 = k - k1;
        return p * Double.longBitsToDouble((k1 + 1023) << 52) * Double.longBitsToDouble((k2 + 1023) << 52);
    }

    // log likewise: fdlibm's e_log.c method (x = 2^k m, m in [sqrt(2)/2, sqrt(2)), log(m) from
    // s = f / (2 + f) and a degree-14 polynomial in s), within 1 ulp of StrictMath.log (measured on
    // 5 million arguments, subnormals included).
    public static final double LOG_LN2_HI = 6.93147180369123816490e-01, LOG_LN2_LO = 1.90821492927058770002e-10;
    public static final double TWO54 = 0x1p54, SQRT2 = 1.4142135623730951;
    public static final double LG1 = 6.666666666666735130e-01, LG2 = 3.999999999940941908e-01, LG3 = 2.857142874366239149e-01,
            LG4 = 2.222219843214978396e-01, LG5 = 1.818357216161805012e-01, LG6 = 1.531383769920937332e-01,
            LG7 = 1.479819860511658591e-01;

    /** Natural logarithm: NaN for NaN and negatives, -inf at zero, inf at inf. */
    public static double log(double x) {
        if (Double.isNaN(x) || x < 0) return Double.NaN;
        if (x == 0) return Double.NEGATIVE_INFINITY;
        if (x == Double.POSITIVE_INFINITY) return x;
        boolean subnormal = x < Double.MIN_NORMAL;
        long bits = Double.doubleToRawLongBits(subnormal ? x * TWO54 : x);
        long e = (bits >>> 52) - 1023 - (subnormal ? 54 : 0);
        double m = Double.longBitsToDouble((bits & 0x000fffffffffffffL) | 0x3ff0000000000000L);
        if (m > SQRT2) {
            m = m * 0.5;
            e = e + 1;
        }
        double k = e;
        double f = m - 1.0, hfsq = 0.5 * f * f, s = f / (2.0 + f), z = s * s, w = z * z;
        double r = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7))) + w * (LG2 + w * (LG4 + w * LG6));
        return k * LOG_LN2_HI - ((hfsq - (s * (hfsq + r) + k * LOG_LN2_LO)) - f);
    }

    /** Math.pow, but with C99's pow(1, y) = 1 and pow(-1, +-inf) = 1, which NumPy follows and Java does not. */
    public static double pow(double a, double b) {
        if (a == 1.0) return 1.0;
        if (a == -1.0 && Double.isInfinite(b)) return 1.0;
        return Math.pow(a, b);
    }

    /** Repeated squaring in wrapping arithmetic, as NumPy's integer power. */
    public static long powInt(long base, long exp) {
        if (exp < 0) throw new ValueError("Integers to negative integer powers are not allowed.");
        long result = 1;
        while (exp != 0) {
            if ((exp & 1) != 0) result *= base;
            base *= base;
            exp >>>= 1;
        }
        return result;
    }

    // NumPy's npy_divmod: mod = fmod(a, b) moved to the divisor's sign; quotient (a - mod) / b floored and snapped.

    public static double modDouble(double a, double b) {
        double mod = a % b;
        if (b == 0) return mod;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) mod += b;
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    public static double floorDivDouble(double a, double b) {
        if (b == 0) return a / b;
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) div -= 1.0;
        if (div == 0) return Math.copySign(0.0, a / b);
        double floor = Math.floor(div);
        if (div - floor > 0.5) floor += 1.0;
        return floor;
    }

    public static float modFloat(float a, float b) {
        float mod = a % b;
        if (b == 0) return mod;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) mod += b;
        } else {
            mod = Math.copySign(0.0f, b);
        }
        return mod;
    }

    public static float floorDivFloat(float a, float b) {
        if (b == 0) return a / b;
        float mod = a % b;
        float div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) div -= 1.0f;
        if (div == 0) return Math.copySign(0.0f, a / b);
        float floor = (float) Math.floor(div);
        if (div - floor > 0.5f) floor += 1.0f;
        return floor;
    }
}
