package org.ndjit.codegen;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import org.ndjit.ir.ScalarMath;

/**
 * Lanewise versions of {@link ScalarMath}'s functions, called from generated vector loops. Each
 * performs the same IEEE operations in the same order as its scalar twin, so the vector, scalar and
 * reference results are bit-identical (the Vector API's own EXP is not: its result depends on the
 * JIT tier and the platform's math library). Loaded only when the Vector API module is present.
 */
public final class VectorMath {
    private static final long SHIFTER_BITS = Double.doubleToRawLongBits(ScalarMath.SHIFTER);

    private VectorMath() {}

    /** {@link ScalarMath#exp} on every lane. */
    public static DoubleVector exp(DoubleVector x) {
        DoubleVector xc = x.max(ScalarMath.EXP_MIN).min(ScalarMath.EXP_MAX);
        DoubleVector t = xc.mul(ScalarMath.INV_LN2).add(ScalarMath.SHIFTER);
        DoubleVector kd = t.sub(ScalarMath.SHIFTER);
        LongVector k = ((LongVector) t.viewAsIntegralLanes()).sub(SHIFTER_BITS);
        DoubleVector r = xc.sub(kd.mul(ScalarMath.LN2_HI)).sub(kd.mul(ScalarMath.LN2_LO));
        double[] c = ScalarMath.EXP_COEFFICIENTS;
        DoubleVector p = DoubleVector.broadcast(x.species(), c[13]);
        for (int i = 12; i >= 0; i--) p = p.mul(r).add(c[i]);
        LongVector k1 = k.lanewise(VectorOperators.ASHR, 1), k2 = k.sub(k1);
        DoubleVector s1 = (DoubleVector) k1.add(1023).lanewise(VectorOperators.LSHL, 52).viewAsFloatingLanes();
        DoubleVector s2 = (DoubleVector) k2.add(1023).lanewise(VectorOperators.LSHL, 52).viewAsFloatingLanes();
        return p.mul(s1).mul(s2);
    }

    /** float32 exp as the reference defines it, {@code (float) exp((double) x)}. */
    public static FloatVector exp(FloatVector x) {
        return widened(x, VectorMath::exp);
    }

    /** {@link ScalarMath#log} on every lane: the same steps, special cases chosen by blends. */
    public static DoubleVector log(DoubleVector x) {
        var longs = LongVector.SPECIES_PREFERRED;
        VectorMask<Double> subnormal = x.compare(VectorOperators.LT, Double.MIN_NORMAL);
        LongVector bits = (LongVector) x.blend(x.mul(ScalarMath.TWO54), subnormal).viewAsIntegralLanes();
        LongVector e = bits.lanewise(VectorOperators.LSHR, 52).sub(1023).lanewise(VectorOperators.SUB, 54, subnormal.cast(longs));
        DoubleVector m = (DoubleVector) bits.and(0x000fffffffffffffL).or(0x3ff0000000000000L).viewAsFloatingLanes();
        VectorMask<Double> large = m.compare(VectorOperators.GT, ScalarMath.SQRT2);
        m = m.blend(m.mul(0.5), large);
        e = e.lanewise(VectorOperators.ADD, 1, large.cast(longs));
        DoubleVector k = (DoubleVector) e.convert(VectorOperators.L2D, 0);
        DoubleVector f = m.sub(1.0), hfsq = f.mul(0.5).mul(f), s = f.div(f.add(2.0)), z = s.mul(s), w = z.mul(z);
        DoubleVector odd = z.mul(w.mul(w.mul(w.mul(ScalarMath.LG7).add(ScalarMath.LG5)).add(ScalarMath.LG3)).add(ScalarMath.LG1));
        DoubleVector even = w.mul(w.mul(w.mul(ScalarMath.LG6).add(ScalarMath.LG4)).add(ScalarMath.LG2));
        DoubleVector r = odd.add(even);
        DoubleVector result = k.mul(ScalarMath.LOG_LN2_HI).sub(hfsq.sub(s.mul(hfsq.add(r)).add(k.mul(ScalarMath.LOG_LN2_LO))).sub(f));
        result = result.blend(Double.POSITIVE_INFINITY, x.compare(VectorOperators.EQ, Double.POSITIVE_INFINITY));
        result = result.blend(Double.NEGATIVE_INFINITY, x.compare(VectorOperators.EQ, 0.0));
        return result.blend(Double.NaN, x.compare(VectorOperators.LT, 0.0).or(x.test(VectorOperators.IS_NAN)));
    }

    /** float32 log as the reference defines it, {@code (float) log((double) x)}. */
    public static FloatVector log(FloatVector x) {
        return widened(x, VectorMath::log);
    }

    /**
     * A float32 function computed in float64: each half of the lanes is widened, mapped and narrowed
     * (rounding as the cast does); the halves are joined by adding the zero-filled parts, which is
     * exact unless a result is -0.0 (exp and log never give -0.0).
     */
    private static FloatVector widened(FloatVector x, java.util.function.UnaryOperator<DoubleVector> f) {
        var doubles = DoubleVector.SPECIES_PREFERRED;
        int parts = x.length() / doubles.length();
        FloatVector result = FloatVector.zero(x.species());
        for (int p = 0; p < parts; p++) {
            DoubleVector wide = (DoubleVector) x.convertShape(VectorOperators.F2D, doubles, p);
            result = result.add((FloatVector) f.apply(wide).convertShape(VectorOperators.D2F, x.species(), -p));
        }
        return result;
    }
}
