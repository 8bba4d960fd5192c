package org.ndjit.ir;

/**
 * sinh and the inverse hyperbolic functions within 1 ulp of the correctly rounded value, where
 * fdlibm's (StrictMath.sinh, s_asinh.c, e_acosh.c, e_atanh.c) come within 2 (measured: 1.66, 1.52,
 * 1.81 and 1.55 ulps from the exact value on a million arguments each). sinh and cosh are
 * computed from e^|x| as a double-double (hi + lo, about 2^-56 relative), or from their Taylor
 * series below 1/2, and beyond 22 are e^|x| / 2 from the same double-double, rounded once: a fixed
 * sequence of IEEE operations, which {@code codegen.vector.VectorHyperbolic} repeats lanewise; the
 * inverses take fdlibm's value y0 and one Newton step y0 - f(y0) / f'(y0), f's residual computed in
 * double-double so that the step's own error is a small fraction of an ulp and the result is
 * rounded once. Measured bounds are in {@link ElementFunctions}.
 */
public final class Hyperbolic {
    private Hyperbolic() {}

    /** 1/3!, 1/5!, ..., 1/17!: sinh(x) = x + x^3 P(x^2), the series' rest under 2^-70 relative for {@code |x| < 1/2}. */
    public static final double[] SINH_TAYLOR = {1.0 / 6, 1.0 / 120, 1.0 / 5040, 1.0 / 362880, 1.0 / 39916800, 1.0 / 6227020800.0,
            1.0 / 1307674368000.0, 1.0 / 355687428096000.0};
    /** 1/4!, 1/6!, ..., 1/18!: cosh(x) - 1 = x^2 / 2 + x^4 C(x^2). */
    public static final double[] COSH_TAYLOR = {1.0 / 24, 1.0 / 720, 1.0 / 40320, 1.0 / 3628800, 1.0 / 479001600, 1.0 / 87178291200.0,
            1.0 / 20922789888000.0, 1.0 / 6402373705728000.0};
    /** sinh and cosh are series below SERIES, from the double-double e^a below FAR, e^a / 2 beyond. */
    public static final double SERIES = 0.5, FAR = 22.0;
    private static final double TWO28 = 0x1p28, TWO_M28 = 0x1p-28;

    static double sinh(double x) {
        double a = Math.abs(x);
        if (a < SERIES) return x + x * (x * x) * poly(SINH_TAYLOR, x * x);
        if (!(a < FAR)) return Math.copySign(halfExp(a), x); // NaN and infinities included
        double[] d = sinhCoshDd(a, -1);
        return Math.copySign((d[0] + d[1]) * 0.5, x);
    }

    /** cosh as sinh: 1 + (x^2 / 2 + x^4 C(x^2)) below 1/2, (e^a + e^-a) / 2 from the double-double to 22, e^a / 2 beyond. */
    static double cosh(double x) {
        double a = Math.abs(x);
        if (a < SERIES) {
            double z = a * a;
            return 1.0 + (z * 0.5 + z * z * poly(COSH_TAYLOR, z));
        }
        if (!(a < FAR)) return halfExp(a);
        double[] d = sinhCoshDd(a, 1);
        return (d[0] + d[1]) * 0.5;
    }

    /** Beyond this, e^a / 2 is inf; the clamp keeps k finite. */
    public static final double HALF_EXP_MAX = 711.0;

    /**
     * e^a / 2 for a >= 22 (where e^-a is under 2^-63 of it), inf beyond 710.48, NaN for NaN:
     * expDd's hi + lo rounded once, then times 2^(k-1) in two factors, which is exact where the
     * result is finite.
     */
    static double halfExp(double a) {
        double[] e = expDdParts(a > HALF_EXP_MAX ? HALF_EXP_MAX : a);
        long k = (long) e[2] - 1, k1 = k >> 1, k2 = k - k1;
        return (e[0] + e[1]) * Double.longBitsToDouble((k1 + 1023) << 52) * Double.longBitsToDouble((k2 + 1023) << 52);
    }

    static double asinh(double x) {
        double a = Math.abs(x), y = ElementFunctions.fdlibmAsinh(a);
        if (!(a >= TWO_M28 && a < TWO28)) return ElementFunctions.fdlibmAsinh(x);
        double residual;
        if (y < SERIES) {
            residual = (y - a) + y * (y * y) * poly(SINH_TAYLOR, y * y);
        } else {
            double[] s = sinhCoshDd(y, -1);
            residual = (s[0] * 0.5 - a) + s[1] * 0.5;
        }
        return Math.copySign(y - residual / Math.sqrt(1.0 + a * a), x);
    }

    static double acosh(double x) {
        double y = ElementFunctions.fdlibmAcosh(x);
        if (!(x > 1.0 && x < TWO28)) return y;
        double residual;
        if (y < SERIES) { // cosh(y) - x = (y^2 / 2 - (x - 1)) + (the rest of y^2 / 2 + y^4 C(y^2)), x - 1 exact
            double z = y * y, zLo = Math.fma(y, y, -z);
            residual = (z * 0.5 - (x - 1.0)) + (zLo * 0.5 + z * z * poly(COSH_TAYLOR, z));
        } else {
            double[] c = sinhCoshDd(y, 1);
            residual = (c[0] * 0.5 - x) + c[1] * 0.5;
        }
        return y - residual / Math.sqrt((x - 1.0) * (x + 1.0));
    }

    static double atanh(double x) {
        double a = Math.abs(x), y = ElementFunctions.fdlibmAtanh(a);
        if (!(a >= TWO_M28 && a < 1.0)) return ElementFunctions.fdlibmAtanh(x);
        double step;
        if (a < SERIES) { // y < atanh(1/2) = 0.549, where the series still converge to under 2^-70 // tanh(y) - a, over tanh's derivative 1 - a^2 (well away from 0 here)
            double t = y * (y * y) * poly(SINH_TAYLOR, y * y);
            double z = y * y, zLo = Math.fma(y, y, -z);
            double coshM1 = z * 0.5 + (zLo * 0.5 + z * z * poly(COSH_TAYLOR, z));
            // tanh = (y + t) / (1 + coshM1): q and its remainder
            double q = y / (1.0 + coshM1);
            double rem = Math.fma(-q, 1.0 + coshM1, y) + t - q * ((1.0 - (1.0 + coshM1)) + coshM1);
            step = ((q - a) + rem / (1.0 + coshM1)) / ((1.0 - a) * (1.0 + a));
        } else { // e^(2y) - (1 + a) / (1 - a), over its derivative 2 e^(2y); 1 - a is exact for a >= 1/2
            double[] e = expDd(2.0 * y);
            double den = 1.0 - a, rHi = (1.0 + a) / den;
            double rLo = (Math.fma(-rHi, den, 1.0 + a) + ((1.0 - (1.0 + a)) + a)) / den;
            step = ((e[0] - rHi) + (e[1] - rLo)) / (2.0 * e[0]);
        }
        return Math.copySign(y - step, x);
    }

    /** e^a + sign e^-a as hi, lo, for 1/2 <= a < 22 (sign -1: 2 sinh, +1: 2 cosh). */
    private static double[] sinhCoshDd(double a, int sign) {
        double[] e = expDd(a);
        double ih = 1.0 / e[0];
        double il = ih * (Math.fma(-e[0], ih, 1.0) - e[1] * ih); // 1 / (eh + el) = ih + il to about 2^-105
        double s = e[0] + sign * ih, bv = s - e[0];
        double err = (e[0] - (s - bv)) + (sign * ih - bv);
        return new double[] {s, err + e[1] + sign * il};
    }

    /**
     * e^x as hi + lo for |x| <= 700, relative error about 2^-60: ScalarMath.exp's reduction with
     * r kept as rHi + rLo, and e^r = 1 + s with s = r + r^2 Q(r), the sum 1 + s split exactly.
     */
    static double[] expDd(double x) {
        double[] e = expDdParts(x);
        double scale = Math.scalb(1.0, (int) e[2]);
        return new double[] {e[0] * scale, e[1] * scale};
    }

    /** expDd before its scaling: e^r as hi, lo, and k (e^x = (hi + lo) 2^k), for |x| <= 711. */
    static double[] expDdParts(double x) {
        double kd = Math.rint(x * ScalarMath.INV_LN2);
        double rHi = Math.fma(kd, -ScalarMath.LN2_HI, x), rLo = -kd * ScalarMath.LN2_LO;
        double r = rHi + rLo;
        double[] c = ScalarMath.EXP_Q;
        double q = c[9];
        for (int i = 8; i >= 0; i--) q = Math.fma(q, r, c[i]);
        double rr = r * r * q;
        double v = rLo + rr, sHi = rHi + v, bv = sHi - rHi;
        double sLo = (rHi - (sHi - bv)) + (v - bv); // TwoSum: rLo can exceed a tiny rHi
        double eHi = 1.0 + sHi, eLo = ((1.0 - eHi) + sHi) + sLo;
        return new double[] {eHi, eLo, kd};
    }

    private static double poly(double[] c, double z) {
        double p = c[c.length - 1];
        for (int i = c.length - 2; i >= 0; i--) p = Math.fma(p, z, c[i]);
        return p;
    }
}
