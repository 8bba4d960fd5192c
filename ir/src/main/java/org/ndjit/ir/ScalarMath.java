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

    /** A unary op on a float64 value, or on a float32 value when {@code f32} (exp has its own float32 algorithm). */
    public static double unaryFloat(Op op, double x, boolean f32) {
        return switch (op) {
            case NEG -> -x;
            case ABS -> Math.abs(x);
            case SIGN -> Double.isNaN(x) ? x : x > 0 ? 1.0 : x < 0 ? -1.0 : 0.0;
            case SQUARE -> x * x;
            case SQRT -> Math.sqrt(x);
            case EXP -> f32 ? expFloat((float) x) : exp(x);
            case LOG -> log(x);
            case SIN -> sin(x);
            case COS -> cos(x);
            case TANH -> tanh(x);
            case LOG1P -> StrictMath.log1p(x);
            case EXPM1 -> StrictMath.expm1(x);
            case LOG2 -> log2(x);
            case LOG10 -> Log10.log10(x);
            case FLOOR -> Math.floor(x);
            case CEIL -> Math.ceil(x);
            case TRUNC -> trunc(x);
            case RINT -> Math.rint(x);
            default -> ElementFunctions.unary(op, x);
        };
    }

    public static long unaryInt(Op op, long x) {
        return switch (op) {
            case NEG -> -x;
            case ABS -> Math.abs(x);
            case SIGN -> Long.signum(x);
            case SQUARE -> x * x;
            case NOT -> x == 0 ? 1 : 0;
            case FLOOR, CEIL, TRUNC -> x; // integers (and bools) are integral already
            default -> ElementFunctions.unaryInt(op, x);
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
            default -> ElementFunctions.binary(op, a, b);
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
            default -> ElementFunctions.binaryInt(op, a, b);
        };
    }

    // exp as a fixed sequence of IEEE operations (FMA among them: Math.fma and the Vector API's
    // lanewise FMA both round once, so they agree; an instruction on x86 since 2013 and on aarch64,
    // elsewhere correct but slow), so that the vector kernels (VectorMath.exp in codegen), the
    // scalar kernels and this reference give the same bits. Cody-Waite reduction x = k ln2 + r,
    // |r| <= ln2/2, and e^r = 1 + r + r^2 Q(r) with Q a minimax polynomial for the relative error
    // (Remez, mpmath; the approximation error of the rounded coefficients is under 0.1 ulp in
    // float64, 0.07 in float32); the 1 + (r + r^2 Q) order keeps the rounding error of the sum
    // small. Table-free, so a vector lane needs no gather. Measured (ScalarMathFunctionsTest):
    // float64 0.991 ulp at most from the exact value on 1.4 million arguments (mpmath), 94% correctly
    // rounded, within 1 ulp of StrictMath.exp; float32 1.0086 ulp at most on all 2^32 floats, 99.6%
    // correctly rounded. NumPy's own bounds (its umath validation files): 1 ulp in float64, 3 in float32.
    public static final double EXP_MIN = -746.0, EXP_MAX = 710.0;
    public static final double INV_LN2 = 0x1.71547652b82fep0, SHIFTER = 0x1.8p52;
    /** ln2 in two parts, the first of 32 bits, so that k * LN2_HI is exact for every k exp reaches. */
    public static final double LN2_HI = 0x1.62e42fee00000p-1, LN2_LO = 0x1.a39ef35793c76p-33;
    /** Q's coefficients, of r^0 to r^9 (about 1/2!, 1/3!, ... 1/11!): minimax on {@code |r| <= 0.3467}. */
    public static final double[] EXP_Q = {0x1.000000000000ap-1, 0x1.55555555554fap-3, 0x1.5555555550853p-5,
            0x1.1111111127cacp-7, 0x1.6c16c18433c0bp-10, 0x1.a01a012a26f2fp-13, 0x1.a01999f092becp-16,
            0x1.71df2594292dep-19, 0x1.28ad8dc613bfap-22, 0x1.ad7f4c198a165p-26};
    /**
     * Up to this |x| the scaling p 2^k1 2^k2 is exact ({@code |k| <= 1011} keeps p 2^k normal), so adding k
     * to p's exponent bits gives the same bits: VectorMath takes that shortcut when all lanes allow it.
     */
    public static final double EXP_EXACT_SCALE = 700.0;

    /**
     * e^x: k = rint(x / ln2) by the 1.5 * 2^52 shifter, r = x - k ln2 with FMA (exact for the high
     * part of ln2), e^r as above, times 2^k in two factors so that subnormal and overflowing results
     * round once. NaN propagates through every step; the clamp makes +-inf give inf and 0.
     */
    public static double exp(double x) {
        double xc = x < EXP_MIN ? EXP_MIN : x > EXP_MAX ? EXP_MAX : x; // NaN stays
        double t = Math.fma(xc, INV_LN2, SHIFTER), kd = t - SHIFTER;
        double r = Math.fma(kd, -LN2_LO, Math.fma(kd, -LN2_HI, xc));
        double[] c = EXP_Q;
        double q = c[9];
        for (int i = 8; i >= 0; i--) q = Math.fma(q, r, c[i]);
        double p = 1.0 + Math.fma(r * r, q, r);
        long k = Double.doubleToRawLongBits(t) - Double.doubleToRawLongBits(SHIFTER);
        long k1 = k >> 1, k2 = k - k1;
        return p * Double.longBitsToDouble((k1 + 1023) << 52) * Double.longBitsToDouble((k2 + 1023) << 52);
    }

    // float32 exp, the same algorithm in float arithmetic (no widening, so a float vector computes
    // all its lanes at once): fdlibm's e_expf.c split of ln2 (a 15-bit high part), Q of degree 4.
    public static final float EXPF_MIN = -104f, EXPF_MAX = 89f;
    public static final float INV_LN2F = 0x1.715476p0f, SHIFTERF = 0x1.8p23f;
    public static final float LN2F_HI = 0x1.62e4p-1f, LN2F_LO = 0x1.7f7d1cp-20f;
    /** Q's coefficients, of r^0 to r^4: minimax on {@code |r| <= 0.3467} (rounded to float). */
    public static final float[] EXPF_Q = {0x1.fffffcp-2f, 0x1.555492p-3f, 0x1.5558f2p-5f, 0x1.123a0ap-7f, 0x1.6a23f2p-10f};
    /** Up to this |x| the float scaling is exact ({@code |k| <= 117} keeps p 2^k normal), as for EXP_EXACT_SCALE. */
    public static final float EXPF_EXACT_SCALE = 80f;

    /** float32 e^x, the float32 result NumPy's exp gives within its bounds: {@link #exp} in float arithmetic. */
    public static float expFloat(float x) {
        float xc = x < EXPF_MIN ? EXPF_MIN : x > EXPF_MAX ? EXPF_MAX : x;
        float t = Math.fma(xc, INV_LN2F, SHIFTERF), kd = t - SHIFTERF;
        float r = Math.fma(kd, -LN2F_LO, Math.fma(kd, -LN2F_HI, xc));
        float[] c = EXPF_Q;
        float q = c[4];
        for (int i = 3; i >= 0; i--) q = Math.fma(q, r, c[i]);
        float p = 1.0f + Math.fma(r * r, q, r);
        int k = Float.floatToRawIntBits(t) - Float.floatToRawIntBits(SHIFTERF);
        int k1 = k >> 1, k2 = k - k1;
        return p * Float.intBitsToFloat((k1 + 127) << 23) * Float.intBitsToFloat((k2 + 127) << 23);
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

    // sin and cos likewise: fdlibm's kernels (k_sin.c, k_cos.c) after a Cody-Waite reduction by pi/2
    // without branches. k = rint(|x| 2/pi) by the shifter; pi/2 is four parts of at most 24 bits, so
    // that k * part is exact for k < 2^29 (|x| < 8.4e8), and a 53-bit tail (149 bits, error 2^-160
    // relative). |x| - k * part0 is exact (Sterbenz); the other parts are subtracted with TwoSum and
    // the rounding errors gathered in the tail, so r = y0 + y1 stays accurate next to multiples of
    // pi/2, where r is tiny. Measured against StrictMath on 1 million arguments per function in each
    // of: tiny and subnormal, [-pi, pi], [-1e4, 1e4], [-1e6, 1e6], log-uniform 1e6..8e8, within 4 ulps
    // of k pi/2 for k up to TRIG_MAX: at most 1 ulp apart; no difference at all below 2^19 pi/2, where
    // fdlibm reduces the same way (above, its Payne-Hanek reduction and this one each come within
    // 0.82 ulp of the exact value, checked with mpmath where they differ). Past k = 2^29 the products
    // stop being exact: next to multiples of pi/2 errors reach 1216 ulps at 1.1e9, hence the bound.
    /** Above this |x|, sin and cos are StrictMath's (fdlibm's multi-word Payne-Hanek reduction). */
    public static final double TRIG_MAX = 8e8;
    public static final double TWO_OVER_PI = 0x1.45f306dc9c883p-1;
    /** pi/2 as a sum: four parts of at most 24 significant bits, then a 53-bit tail. */
    public static final double[] PIO2_PARTS = {0x1.921fb6p0, -0x1.777a5cp-25, -0x1.ee59dap-50, 0x1.98a2ep-77};
    public static final double PIO2_TAIL = 0x1.b839a252049c1p-104;
    /** fdlibm's S1..S6 and C1..C6. */
    public static final double[] SIN_COEFFICIENTS = {-0x1.5555555555549p-3, 0x1.111111110f8a6p-7, -0x1.a01a019c161d5p-13,
            0x1.71de357b1fe7dp-19, -0x1.ae5e68a2b9cebp-26, 0x1.5d93a5acfd57cp-33};
    public static final double[] COS_COEFFICIENTS = {0x1.555555555554cp-5, -0x1.6c16c16c15177p-10, 0x1.a01a019cb159p-16,
            -0x1.27e4f809c52adp-22, 0x1.1ee9ebdb4b1c4p-29, -0x1.8fae9be8838d4p-37};
    /** Bounds on |r| where fdlibm's __kernel_cos changes its qx: the high words 0x3fd33333 and 0x3fe90001. */
    public static final double COS_QX_LOW = 0x1.33333p-2, COS_QX_HIGH = 0x1.90001p-1;

    public static double sin(double x) {
        return Math.abs(x) > TRIG_MAX ? StrictMath.sin(x) : sinQuadrant(x, 0);
    }

    public static double cos(double x) {
        return Math.abs(x) > TRIG_MAX ? StrictMath.cos(x) : sinQuadrant(x, 1);
    }

    /** sin(|x| + q pi/2), with x's sign when q = 0: sin(x) for q = 0, cos(x) for q = 1. */
    private static double sinQuadrant(double x, int q) {
        double ax = Math.abs(x);
        double t = ax * TWO_OVER_PI + SHIFTER, kd = t - SHIFTER;
        long n = Double.doubleToRawLongBits(t) - Double.doubleToRawLongBits(SHIFTER) + q;
        double y0 = ax, y1 = 0;
        // For k = 0 the reduction's steps give exactly y0 = |x| and y1 = +0 (VectorMath does them all):
        // skipping them is 3.5x faster for small arguments and saves 13% on [-pi, pi].
        if (kd != 0) {
            double hi = ax - kd * PIO2_PARTS[0], lo = 0;
            for (int i = 1; i < PIO2_PARTS.length; i++) {
                double p = kd * PIO2_PARTS[i], s = hi - p, pv = s - hi;
                lo += (hi - (s - pv)) - (p + pv);
                hi = s;
            }
            lo -= kd * PIO2_TAIL;
            y0 = hi + lo;
            y1 = (hi - y0) + lo;
        }
        double r = (n & 1) == 0 ? kernelSin(y0, y1) : kernelCos(y0, y1);
        long sign = ((n & 2) << 62) ^ (q == 0 ? Double.doubleToRawLongBits(x) & Long.MIN_VALUE : 0);
        return Double.longBitsToDouble(Double.doubleToRawLongBits(r) ^ sign);
    }

    /** fdlibm's __kernel_sin: sin(x + y) for |x| <= ~pi/4, y the tail of x; its shorter form (iy = 0) when y = 0. */
    private static double kernelSin(double x, double y) {
        double[] s = SIN_COEFFICIENTS;
        double z = x * x, v = z * x, r = s[5];
        for (int i = 4; i >= 1; i--) r = r * z + s[i];
        return y == 0 ? x + v * (s[0] + z * r) : x - ((z * (0.5 * y - v * r) - y) - v * s[0]);
    }

    /** fdlibm's __kernel_cos, its branches on |x| folded into the choice of qx (qx = 0 is its |x| < 0.3 formula). */
    private static double kernelCos(double x, double y) {
        double[] c = COS_COEFFICIENTS;
        double ax = Math.abs(x);
        double qx = ax < COS_QX_LOW ? 0.0 : ax >= COS_QX_HIGH ? 0.28125
                : Double.longBitsToDouble((Double.doubleToRawLongBits(ax) & 0xffffffff00000000L) - 0x0020000000000000L);
        double z = x * x, r = c[5];
        for (int i = 4; i >= 0; i--) r = r * z + c[i];
        r = z * r;
        return (1.0 - qx) - ((0.5 * z - qx) - (z * r - x * y));
    }

    // tanh: fdlibm's s_tanh.c, with its expm1 (s_expm1.c) written out for the arguments tanh gives it
    // so that every branch is a selection a vector version can blend: the same operations as
    // StrictMath.tanh, and its bits on all of 10 million arguments tried (tiny and subnormal, [-1, 1],
    // [-25, 25], log-uniform 2^-60..2^10).
    /** fdlibm's expm1 Q1..Q5. */
    public static final double[] EXPM1_COEFFICIENTS = {-0x1.11111111110f4p-5, 0x1.a01a019fe5585p-10, -0x1.4ce199eaadbb7p-14,
            0x1.0cfca86e65239p-18, -0x1.afdb76e09c32dp-23};
    /** expm1 reduces by k ln2 only above this |u| (the high word 0x3fd62e43, about ln2 / 2). */
    public static final double EXPM1_REDUCE = 0x1.62e43p-2;
    /** tanh(x) is x below this |x|, and +-1 from TANH_ONE on. */
    public static final double TANH_TINY = 0x1p-55, TANH_ONE = 22.0;

    public static double tanh(double x) {
        double ax = Math.abs(x);
        boolean large = ax >= 1.0;
        double t = expm1ForTanh(large ? 2.0 * ax : -2.0 * ax);
        double d = t + 2.0;
        double z = large ? 1.0 - 2.0 / d : -t / d;
        z = ax < TANH_TINY ? ax : ax >= TANH_ONE ? 1.0 : z;
        return Math.copySign(z, x);
    }

    /**
     * fdlibm's expm1 for u in [2, 44) or (-2, -2^-54], where its k = round(u / ln2) is 0, -1..-3 or
     * 3..64. Its cases k = -1 and 1 reduce as the general case does with k = +-1, so only its final
     * reconstruction branches on k; scaling by 2^k multiplies (exact here) rather than adding to the exponent.
     */
    private static double expm1ForTanh(double u) {
        double[] q = EXPM1_COEFFICIENTS;
        long k = Math.abs(u) < EXPM1_REDUCE ? 0 : (long) (u * INV_LN2 + Math.copySign(0.5, u));
        double kd = k;
        double hi = u - kd * LN2_HI, lo = kd * LN2_LO;
        double r = hi - lo, c = (hi - r) - lo;
        double hfx = 0.5 * r, hxs = r * hfx, p = q[4];
        for (int i = 3; i >= 0; i--) p = p * hxs + q[i];
        double r1 = 1.0 + hxs * p;
        double t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - r * t));
        if (k == 0) return r - (r * e - hxs);
        e = (r * (e - c) - c) - hxs;
        if (k == -1) return 0.5 * (r - e) - 0.5;
        double twoK = Double.longBitsToDouble((k + 1023) << 52);
        if (k <= -2 || k > 56) return (1.0 - (e - r)) * twoK - 1.0;
        double twoMinusK = Double.longBitsToDouble((1023 - k) << 52);
        if (k < 20) return ((1.0 - twoMinusK) - (e - r)) * twoK;
        return ((r - (e + twoMinusK)) + 1.0) * twoK;
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

    /** Rounds toward zero, keeping the sign of zero (trunc(-0.5) is -0.0, as NumPy's); NaN and +-inf are themselves. */
    public static double trunc(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    // log2: FreeBSD msun's e_log2.c (k_log.h's k_log1p with fdlibm's Lg1..Lg7): x = 2^k (1 + f),
    // 1 + f in about [sqrt(2)/2, sqrt(2)); log(1 + f) = f - hfsq + r split into hi (its top 21
    // bits) and lo, each multiplied by 1/ln2 split in two (IVLN2_HI has 33 bits, so hi * IVLN2_HI is
    // exact), and k added with the rounding error carried. Exact for powers of two (f = 0 gives k).
    // Measured against mpmath (see ScalarMathFunctionsTest.log2WithinOneUlp): under 1 ulp.
    public static final double IVLN2_HI = 1.44269504072144627571e+00, IVLN2_LO = 1.67517131648865118353e-10;

    /** Base-2 logarithm: NaN for NaN and negatives, -inf at zero, inf at inf, exactly k at 2^k. */
    public static double log2(double x) {
        if (Double.isNaN(x) || x < 0) return Double.NaN;
        if (x == 0) return Double.NEGATIVE_INFINITY;
        if (x == Double.POSITIVE_INFINITY) return x;
        int k = 0;
        if (x < Double.MIN_NORMAL) {
            k = -54;
            x *= TWO54;
        }
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >>> 32);
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        x = Double.longBitsToDouble(((long) (hx | (i ^ 0x3ff00000)) << 32) | (bits & 0xffffffffL)); // 1 + f, or (1 + f) / 2
        k += i >> 20;
        double y = k;
        double f = x - 1.0;
        if (f == 0) return y;
        double hfsq = 0.5 * f * f;
        double s = f / (2.0 + f), z = s * s, w = z * z;
        double t1 = w * (LG2 + w * (LG4 + w * LG6)), t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        double r = s * (hfsq + (t2 + t1));
        double hi = Double.longBitsToDouble(Double.doubleToRawLongBits(f - hfsq) & 0xffffffff00000000L);
        double lo = (f - hi) - hfsq + r;
        double valHi = hi * IVLN2_HI;
        double valLo = (lo + hi) * IVLN2_LO + lo * IVLN2_HI;
        double w2 = y + valHi;
        valLo += (y - w2) + valHi;
        valHi = w2;
        return valLo + valHi;
    }
}
