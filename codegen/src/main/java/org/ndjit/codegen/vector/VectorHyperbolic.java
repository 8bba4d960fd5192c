package org.ndjit.codegen.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import org.ndjit.ir.Hyperbolic;
import org.ndjit.ir.ScalarMath;

/**
 * Lanewise sinh and cosh with the bits of {@link Hyperbolic}'s: its three ranges (the Taylor
 * series below 1/2, e^a +- e^-a from a double-double e^a below 22, e^a / 2 beyond) computed on
 * every lane and blended, in its order of operations. The double-double e^a (Hyperbolic.expDd) is
 * computed once, on min(|x|, 711), for both of the upper ranges. float32 computes in float64 and
 * rounds once ({@link VectorMath#widened}).
 */
public final class VectorHyperbolic {
    private static final long SHIFTER_BITS = Double.doubleToRawLongBits(ScalarMath.SHIFTER);

    private VectorHyperbolic() {}

    /** {@link Hyperbolic}'s sinh on every lane. */
    public static DoubleVector sinh(DoubleVector x) {
        return hyperbolic(x, -1);
    }

    /** {@link Hyperbolic}'s cosh on every lane. */
    public static DoubleVector cosh(DoubleVector x) {
        return hyperbolic(x, 1);
    }

    /** float32 sinh, {@code (float) sinh((double) x)}. */
    public static FloatVector sinh(FloatVector x) { return VectorMath.widened(x, VectorHyperbolic::sinh); }

    /** float32 cosh, {@code (float) cosh((double) x)}. */
    public static FloatVector cosh(FloatVector x) { return VectorMath.widened(x, VectorHyperbolic::cosh); }

    /** sinh (sign -1) or cosh (sign 1). */
    private static DoubleVector hyperbolic(DoubleVector x, int sign) {
        var species = x.species();
        DoubleVector one = DoubleVector.broadcast(species, 1.0);
        DoubleVector a = x.abs();
        // e^ac = (eHi + eLo) 2^k, ac = min(a, 711): Hyperbolic.expDdParts
        DoubleVector ac = a.blend(Hyperbolic.HALF_EXP_MAX, a.compare(VectorOperators.GT, Hyperbolic.HALF_EXP_MAX));
        DoubleVector t = ac.mul(ScalarMath.INV_LN2).add(ScalarMath.SHIFTER), kd = t.sub(ScalarMath.SHIFTER);
        DoubleVector rHi = kd.fma(DoubleVector.broadcast(species, -ScalarMath.LN2_HI), ac), rLo = kd.neg().mul(ScalarMath.LN2_LO);
        DoubleVector r = rHi.add(rLo);
        double[] c = ScalarMath.EXP_Q;
        DoubleVector q = DoubleVector.broadcast(species, c[9]);
        for (int i = 8; i >= 0; i--) q = q.fma(r, DoubleVector.broadcast(species, c[i]));
        DoubleVector v = rLo.add(r.mul(r).mul(q)), sHi = rHi.add(v), bv = sHi.sub(rHi);
        DoubleVector sLo = rHi.sub(sHi.sub(bv)).add(v.sub(bv));
        DoubleVector eHi = sHi.add(1.0), eLo = one.sub(eHi).add(sHi).add(sLo);
        LongVector k = ((LongVector) t.viewAsIntegralLanes()).sub(SHIFTER_BITS);
        // Beyond 22: (eHi + eLo) 2^(k-1) in two factors (Hyperbolic.halfExp)
        LongVector km = k.sub(1L), k1 = km.lanewise(VectorOperators.ASHR, 1), k2 = km.sub(k1);
        DoubleVector far = eHi.add(eLo).mul(k1.add(1023L).lanewise(VectorOperators.LSHL, 52).viewAsFloatingLanes())
                .mul(k2.add(1023L).lanewise(VectorOperators.LSHL, 52).viewAsFloatingLanes());
        // From 1/2 to 22: e^a +- e^-a as a double-double (Hyperbolic.sinhCoshDd), halved
        DoubleVector scale = k.add(1023L).lanewise(VectorOperators.LSHL, 52).viewAsFloatingLanes();
        DoubleVector e0 = eHi.mul(scale), e1 = eLo.mul(scale);
        DoubleVector ih = one.div(e0);
        DoubleVector il = ih.mul(e0.neg().fma(ih, one).sub(e1.mul(ih)));
        DoubleVector sih = sign < 0 ? ih.neg() : ih, sil = sign < 0 ? il.neg() : il;
        DoubleVector s = e0.add(sih), bs = s.sub(e0);
        DoubleVector err = e0.sub(s.sub(bs)).add(sih.sub(bs));
        DoubleVector mid = s.add(err.add(e1).add(sil)).mul(0.5);
        // Below 1/2: the series
        // (Hyperbolic.poly by Horner's rule with FMA, written out: C2 inlines no further calls into a graph this large,
        // and a vector passed to a call is boxed; with a helper here, 10^6 cosh took 9.2 ms.)
        DoubleVector z = a.mul(a), series;
        double[] taylor = sign < 0 ? Hyperbolic.SINH_TAYLOR : Hyperbolic.COSH_TAYLOR;
        DoubleVector p = DoubleVector.broadcast(species, taylor[taylor.length - 1]);
        for (int i = taylor.length - 2; i >= 0; i--) p = p.fma(z, DoubleVector.broadcast(species, taylor[i]));
        if (sign < 0) {
            series = x.add(x.mul(x.mul(x)).mul(p));
        } else {
            series = one.add(z.mul(0.5).add(z.mul(z).mul(p)));
        }
        DoubleVector result = far.blend(mid, a.compare(VectorOperators.LT, Hyperbolic.FAR));
        if (sign < 0) result = result.lanewise(VectorOperators.ABS).lanewise(VectorOperators.NEG, x.test(VectorOperators.IS_NEGATIVE));
        return result.blend(series, a.compare(VectorOperators.LT, Hyperbolic.SERIES));
    }
}
