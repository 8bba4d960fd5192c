package org.ndjit.codegen;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;
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

    /**
     * float32 exp as the reference defines it, {@code (float) exp((double) x)}: each half of the lanes is
     * widened, run through {@link #exp(DoubleVector)} and narrowed (rounding as the cast does); the
     * halves are joined by adding the zero-filled parts (exact: exp is never -0.0).
     */
    public static FloatVector exp(FloatVector x) {
        var doubles = DoubleVector.SPECIES_PREFERRED;
        int parts = x.length() / doubles.length();
        FloatVector result = FloatVector.zero(x.species());
        for (int p = 0; p < parts; p++) {
            DoubleVector wide = (DoubleVector) x.convertShape(VectorOperators.F2D, doubles, p);
            result = result.add((FloatVector) exp(wide).convertShape(VectorOperators.D2F, x.species(), -p));
        }
        return result;
    }
}
