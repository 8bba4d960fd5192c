package org.ndjit.codegen.vector;

import org.ndjit.codegen.*;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.junit.jupiter.api.Test;
import org.ndjit.ir.ScalarMath;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * VectorMath's functions give ScalarMath's bits on every lane: -0.0 is not 0.0, any NaN matches any
 * NaN. Vectors mix lanes of every kind, including lanes beyond ScalarMath.TRIG_MAX (sin and cos
 * recompute those one by one) next to ordinary ones, and each special value is tried in every lane.
 */
class VectorMathTest {
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;

    /** A function's scalar definition in float64 and in float32 (for most, the float64 one rounded), and its vector forms. */
    private record Function(String name, DoubleUnaryOperator scalar, DoubleUnaryOperator scalarF32, UnaryOperator<DoubleVector> doubles,
                            UnaryOperator<FloatVector> floats) {
        Function(String name, DoubleUnaryOperator scalar, UnaryOperator<DoubleVector> doubles, UnaryOperator<FloatVector> floats) {
            this(name, scalar, x -> (float) scalar.applyAsDouble(x), doubles, floats);
        }
    }

    private static final Function EXP = new Function("exp", ScalarMath::exp, x -> ScalarMath.expFloat((float) x), VectorMath::exp, VectorMath::exp);

    private static final List<Function> FUNCTIONS = List.of(
            EXP,
            new Function("log", ScalarMath::log, VectorMath::log, VectorMath::log),
            new Function("sin", ScalarMath::sin, VectorMath::sin, VectorMath::sin),
            new Function("cos", ScalarMath::cos, VectorMath::cos, VectorMath::cos),
            new Function("tanh", ScalarMath::tanh, VectorMath::tanh, VectorMath::tanh),
            new Function("log2", ScalarMath::log2, VectorLogExp::log2, VectorLogExp::log2),
            new Function("log10", org.ndjit.ir.Log10::log10, VectorLogExp::log10, VectorLogExp::log10),
            new Function("log1p", StrictMath::log1p, VectorLogExp::log1p, VectorLogExp::log1p),
            new Function("expm1", StrictMath::expm1, VectorLogExp::expm1, VectorLogExp::expm1),
            new Function("exp2", org.ndjit.ir.Exp2::exp2, VectorLogExp::exp2, VectorLogExp::exp2),
            new Function("sinh", org.ndjit.ir.ElementFunctions::sinh, VectorHyperbolic::sinh, VectorHyperbolic::sinh),
            new Function("cosh", org.ndjit.ir.ElementFunctions::cosh, VectorHyperbolic::cosh, VectorHyperbolic::cosh),
            new Function("floor", Math::floor, VectorMath::floor, VectorMath::floor),
            new Function("ceil", Math::ceil, VectorMath::ceil, VectorMath::ceil),
            new Function("trunc", ScalarMath::trunc, VectorMath::trunc, VectorMath::trunc),
            new Function("rint", Math::rint, VectorMath::rint, VectorMath::rint));

    /** The rounding functions: their hard arguments are halves, neighbours of integers, and the 2^52 (2^23) edge. */
    private static final List<Function> ROUNDING = FUNCTIONS.subList(FUNCTIONS.size() - 4, FUNCTIONS.size());

    private static final double PIO2 = Math.PI / 2;

    private static double[] specialDoubles() {
        List<Double> s = new ArrayList<>(List.of(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
                -0x1p-1050, 1e-300, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE,
                -Double.MAX_VALUE, 1.0, -1.0, Math.nextDown(1.0), 0.5, 2.0, 0x1p-55, -Math.nextDown(0x1p-55), 0x1p-27,
                22.0, -Math.nextDown(22.0), 44.0, 709.78, 710.0, -745.2, -746.0, Math.PI, -Math.PI, PIO2,
                ScalarMath.EXP_EXACT_SCALE, -ScalarMath.EXP_EXACT_SCALE, Math.nextUp(ScalarMath.EXP_EXACT_SCALE), 709.782712893384,
                -708.4, -744.44007192138, -745.1332191019411, -745.1332191019412,
                ScalarMath.COS_QX_LOW, Math.nextDown(ScalarMath.COS_QX_LOW), ScalarMath.COS_QX_HIGH, 0.78125,
                ScalarMath.EXPM1_REDUCE / 2, -Math.nextDown(ScalarMath.EXPM1_REDUCE) / 2,
                ScalarMath.TRIG_MAX, Math.nextUp(ScalarMath.TRIG_MAX), -Math.nextUp(ScalarMath.TRIG_MAX), 1e9, 1e22, 1e300,
                -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, Math.nextUp(0.5), -Math.nextUp(0.5),
                Math.nextDown(1.0) - 1, 0x1p52, -0x1p52, Math.nextDown(0x1p52), -Math.nextDown(0x1p52), 0x1p52 + 1, 0x1p53,
                0x1p52 - 1.5, -(0x1p52 - 1.5), 0x1p51 + 0.5, -(0x1p51 + 0.5), 0x1p23 - 0.5, -(0x1p23 - 0.5)));
        for (long k : new long[] {1, 2, 3, 4, 5, 100, 1_000_001, 500_000_000}) {
            double x = k * PIO2;
            s.add(x);
            s.add(-Math.nextUp(x));
        }
        return s.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static float[] specialFloats() {
        List<Float> s = new ArrayList<>(List.of(0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, Float.NaN,
                Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MAX_VALUE, -Float.MAX_VALUE, 1f, -1f, 22f, -9f,
                88.7f, 89f, -104f, 88.72283f, 88.72284f, -87.33655f, -103.27893f, -103.97208f, ScalarMath.EXPF_EXACT_SCALE,
                -ScalarMath.EXPF_EXACT_SCALE, Math.nextUp(ScalarMath.EXPF_EXACT_SCALE), (float) Math.PI, (float) PIO2, 8e8f, 9e8f, -3e9f, 1e30f,
                0.5f, -0.5f, 2.5f, -2.5f, 1.5f, Math.nextDown(0.5f), -Math.nextDown(0.5f), 0x1p23f, -0x1p23f, Math.nextDown(0x1p23f),
                -Math.nextDown(0x1p23f), 0x1p22f + 0.5f, -(0x1p22f + 0.5f), 0x1p24f, 0x1p23f + 1, Math.nextDown(0x1p23f) - 1));
        for (double x : specialDoubles()) s.add((float) x);
        float[] a = new float[s.size()];
        for (int i = 0; i < a.length; i++) a[i] = s.get(i);
        return a;
    }

    /** A lane of one of several kinds, so that one vector mixes ranges, special values and fallback lanes. */
    private static double randomDouble(SplittableRandom r) {
        return switch (r.nextInt(9)) {
            case 0 -> r.nextDouble(-Math.PI, Math.PI);
            case 1 -> r.nextDouble(-30, 30);
            case 2 -> r.nextDouble(-750, 750);
            case 3 -> Math.scalb(r.nextDouble(1, 2), r.nextInt(-1074, -10)) * (r.nextBoolean() ? 1 : -1);
            case 4 -> r.nextDouble(-1e6, 1e6);
            case 5 -> Math.nextUp(r.nextLong(1, 600_000_000) * PIO2) * (r.nextBoolean() ? 1 : -1);
            case 6 -> Double.longBitsToDouble(r.nextLong());
            case 7 -> r.nextDouble(0, 1e-3);
            default -> r.nextDouble(-1.2e9, 1.2e9);
        };
    }

    private static float randomFloat(SplittableRandom r) {
        return r.nextInt(8) == 0 ? Float.intBitsToFloat(r.nextInt()) : (float) randomDouble(r);
    }

    private static void checkDoubles(Function f, double[] x) {
        double[] got = f.doubles.apply(DoubleVector.fromArray(DOUBLES, x, 0)).toArray();
        for (int i = 0; i < x.length; i++) {
            double want = f.scalar.applyAsDouble(x[i]);
            if (Double.doubleToRawLongBits(got[i]) != Double.doubleToRawLongBits(want) && !(Double.isNaN(got[i]) && Double.isNaN(want))) {
                fail(f.name + "(" + x[i] + ") in lane " + i + ": vector " + got[i] + ", scalar " + want);
            }
        }
    }

    private static void checkFloats(Function f, float[] x) {
        float[] got = f.floats.apply(FloatVector.fromArray(FLOATS, x, 0)).toArray();
        for (int i = 0; i < x.length; i++) {
            float want = (float) f.scalarF32.applyAsDouble(x[i]);
            if (Float.floatToRawIntBits(got[i]) != Float.floatToRawIntBits(want) && !(Float.isNaN(got[i]) && Float.isNaN(want))) {
                fail(f.name + "(" + x[i] + "f) in lane " + i + ": vector " + got[i] + ", scalar " + want);
            }
        }
    }

    @Test
    void randomDoubleLanesMatchScalar() {
        SplittableRandom r = new SplittableRandom(3);
        double[] x = new double[DOUBLES.length()];
        // enough calls for the JIT to compile the vector code, which is what the generated loops run
        for (int n = 0; n < 40_000; n++) {
            for (int i = 0; i < x.length; i++) x[i] = randomDouble(r);
            for (Function f : FUNCTIONS) checkDoubles(f, x);
        }
    }

    @Test
    void randomFloatLanesMatchScalar() {
        SplittableRandom r = new SplittableRandom(5);
        float[] x = new float[FLOATS.length()];
        for (int n = 0; n < 20_000; n++) {
            for (int i = 0; i < x.length; i++) x[i] = randomFloat(r);
            for (Function f : FUNCTIONS) checkFloats(f, x);
        }
    }

    /** Halves and integers moved by a few ulps, at every magnitude up to past 2^53 (2^24), either sign. */
    @Test
    void roundingNextToHalvesAndIntegers() {
        SplittableRandom r = new SplittableRandom(13);
        double[] x = new double[DOUBLES.length()];
        float[] xf = new float[FLOATS.length()];
        for (int n = 0; n < 40_000; n++) {
            for (int i = 0; i < x.length; i++) {
                double v = Math.scalb((double) r.nextLong(0, 1L << 20), r.nextInt(-22, 36)) / 2;
                for (int u = r.nextInt(-2, 3); u != 0; u -= Integer.signum(u)) v = u > 0 ? Math.nextUp(v) : Math.nextDown(v);
                x[i] = r.nextBoolean() ? v : -v;
            }
            for (Function f : ROUNDING) checkDoubles(f, x);
            for (int i = 0; i < xf.length; i++) {
                float v = Math.scalb((float) r.nextInt(0, 1 << 12), r.nextInt(-14, 16)) / 2;
                for (int u = r.nextInt(-2, 3); u != 0; u -= Integer.signum(u)) v = u > 0 ? Math.nextUp(v) : Math.nextDown(v);
                xf[i] = r.nextBoolean() ? v : -v;
            }
            for (Function f : ROUNDING) checkFloats(f, xf);
        }
    }

    /** A few values against NumPy 2.4's (np.floor etc.), so that the scalar definitions are checked too, not only matched. */
    @Test
    void roundingAgreesWithNumpy() {
        double[] x = {-2.5, -1.5, -0.5, -0.0, 0.0, 0.5, 1.5, 2.5, -0.7, 0.7, 4503599627370495.5, -4503599627370495.5};
        double[][] want = {
                {-3.0, -2.0, -1.0, -0.0, 0.0, 0.0, 1.0, 2.0, -1.0, 0.0, 4503599627370495.0, -4503599627370496.0},  // floor
                {-2.0, -1.0, -0.0, -0.0, 0.0, 1.0, 2.0, 3.0, -0.0, 1.0, 4503599627370496.0, -4503599627370495.0},  // ceil
                {-2.0, -1.0, -0.0, -0.0, 0.0, 0.0, 1.0, 2.0, -0.0, 0.0, 4503599627370495.0, -4503599627370495.0},  // trunc
                {-2.0, -2.0, -0.0, -0.0, 0.0, 0.0, 2.0, 2.0, -1.0, 1.0, 4503599627370496.0, -4503599627370496.0}}; // rint
        double[] padded = new double[Math.max(DOUBLES.length(), x.length)];
        for (int f = 0; f < ROUNDING.size(); f++) {
            for (int i = 0; i < x.length; i++) {
                assertEquals(Double.doubleToRawLongBits(want[f][i]), Double.doubleToRawLongBits(ROUNDING.get(f).scalar.applyAsDouble(x[i])),
                        ROUNDING.get(f).name + "(" + x[i] + ")");
                java.util.Arrays.fill(padded, x[i]);
                assertEquals(Double.doubleToRawLongBits(want[f][i]),
                        Double.doubleToRawLongBits(ROUNDING.get(f).doubles.apply(DoubleVector.fromArray(DOUBLES, padded, 0)).lane(0)),
                        "vector " + ROUNDING.get(f).name + "(" + x[i] + ")");
            }
        }
    }

    @Test
    void specialValuesInEveryLane() {
        SplittableRandom r = new SplittableRandom(9);
        double[] x = new double[DOUBLES.length()];
        for (double special : specialDoubles()) {
            for (int lane = 0; lane < x.length; lane++) {
                for (int i = 0; i < x.length; i++) x[i] = randomDouble(r);
                x[lane] = special;
                for (Function f : FUNCTIONS) checkDoubles(f, x);
            }
        }
        float[] xf = new float[FLOATS.length()];
        for (float special : specialFloats()) {
            for (int lane = 0; lane < xf.length; lane++) {
                for (int i = 0; i < xf.length; i++) xf[i] = randomFloat(r);
                xf[lane] = special;
                for (Function f : FUNCTIONS) checkFloats(f, xf);
            }
        }
    }

    /**
     * exp's two ways of scaling by 2^k: vectors whose lanes all lie within EXP_EXACT_SCALE (adding k to
     * the exponent bits), and the same vectors with one lane moved beyond it (multiplying by two
     * factors), the moved lane anywhere from just past the bound to overflow, underflow, inf and NaN.
     */
    @Test
    void expScalesTheSameBothWays() {
        SplittableRandom r = new SplittableRandom(17);
        double[] x = new double[DOUBLES.length()];
        float[] xf = new float[FLOATS.length()];
        double[] beyond = {Math.nextUp(ScalarMath.EXP_EXACT_SCALE), 705, -705, 709.7, -740, 1e6, Double.NaN, Double.NEGATIVE_INFINITY};
        float[] beyondF = {Math.nextUp(ScalarMath.EXPF_EXACT_SCALE), 85f, -85f, 88.7f, -100f, 1e6f, Float.NaN, Float.POSITIVE_INFINITY};
        for (int n = 0; n < 20_000; n++) {
            for (int i = 0; i < x.length; i++) x[i] = r.nextDouble(-ScalarMath.EXP_EXACT_SCALE, Math.nextUp(ScalarMath.EXP_EXACT_SCALE));
            checkDoubles(EXP, x);
            x[r.nextInt(x.length)] = beyond[r.nextInt(beyond.length)];
            checkDoubles(EXP, x);
            for (int i = 0; i < xf.length; i++) xf[i] = (float) r.nextDouble(-ScalarMath.EXPF_EXACT_SCALE, Math.nextUp(ScalarMath.EXPF_EXACT_SCALE));
            checkFloats(EXP, xf);
            xf[r.nextInt(xf.length)] = beyondF[r.nextInt(beyondF.length)];
            checkFloats(EXP, xf);
        }
    }

    /** exp computes in any species (VectorMath.anySpecies): every size up to the largest, each lane as ScalarMath's. */
    @Test
    void expInEverySpecies() {
        SplittableRandom r = new SplittableRandom(19);
        double[] specials = specialDoubles();
        float[] specialsF = specialFloats();
        for (int bits = 64; bits <= DOUBLES.vectorBitSize(); bits *= 2) {
            var shape = jdk.incubator.vector.VectorShape.forBitSize(bits);
            VectorSpecies<Double> doubles = VectorSpecies.of(double.class, shape);
            VectorSpecies<Float> floats = VectorSpecies.of(float.class, shape);
            double[] x = new double[doubles.length()];
            float[] xf = new float[floats.length()];
            for (int n = 0; n < 20_000; n++) {
                for (int i = 0; i < x.length; i++) x[i] = r.nextInt(4) == 0 ? specials[r.nextInt(specials.length)] : randomDouble(r);
                double[] got = VectorMath.exp(DoubleVector.fromArray(doubles, x, 0)).toArray();
                for (int i = 0; i < x.length; i++) {
                    assertEquals(Double.doubleToLongBits(ScalarMath.exp(x[i])), Double.doubleToLongBits(got[i]), bits + "-bit exp(" + x[i] + ")");
                }
                for (int i = 0; i < xf.length; i++) xf[i] = r.nextInt(4) == 0 ? specialsF[r.nextInt(specialsF.length)] : randomFloat(r);
                float[] gotF = VectorMath.exp(FloatVector.fromArray(floats, xf, 0)).toArray();
                for (int i = 0; i < xf.length; i++) {
                    assertEquals(Float.floatToIntBits(ScalarMath.expFloat(xf[i])), Float.floatToIntBits(gotF[i]), bits + "-bit exp(" + xf[i] + "f)");
                }
            }
        }
    }

    @Test
    void float32NegativeZeroSurvivesTheJoinOfTheHalves() {
        float[] zeros = new float[FLOATS.length()];
        java.util.Arrays.fill(zeros, -0f);
        for (float y : VectorMath.sin(FloatVector.fromArray(FLOATS, zeros, 0)).toArray()) {
            assertEquals(Float.floatToRawIntBits(-0f), Float.floatToRawIntBits(y));
        }
        for (float y : VectorMath.tanh(FloatVector.fromArray(FLOATS, zeros, 0)).toArray()) {
            assertEquals(Float.floatToRawIntBits(-0f), Float.floatToRawIntBits(y));
        }
    }
}
