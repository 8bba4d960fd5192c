package org.ndjit.codegen.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.junit.jupiter.api.Test;
import org.ndjit.ir.Log10;
import org.ndjit.ir.ScalarMath;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * VectorLogExp's functions against their scalar definitions in their hard regions, a vector of
 * lanes at a time, bit for bit: the arguments next to every bound where the scalar code changes
 * branch (a few ulps either side), where k changes in the reductions, where 1 + x rounds, near 1
 * for the logarithms, subnormals, and lanes of other branches mixed into each vector. VectorMathTest
 * covers them with its general random lanes and special values.
 */
class VectorLogExpTest {
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    private static final double LN2 = Math.log(2);

    private final SplittableRandom r = new SplittableRandom(16);

    /** t moved by up to 4 ulps either way. */
    private double near(double t) {
        for (int u = r.nextInt(-4, 5); u != 0; u -= Integer.signum(u)) t = u > 0 ? Math.nextUp(t) : Math.nextDown(t);
        return t;
    }

    private double signed(double x) {
        return r.nextBoolean() ? x : -x;
    }

    private double subnormal() {
        return signed(r.nextLong(1, 1L << 52) * Double.MIN_VALUE);
    }

    private double logUniform(int from, int to) {
        return Math.scalb(r.nextDouble(1, 2), r.nextInt(from, to));
    }

    @Test
    void expm1InItsHardRegions() {
        double[] bounds = {ScalarMath.EXPM1_REDUCE, 0.5 * LN2, 1.5 * LN2, Double.longBitsToDouble(0x3ff0a2b200000000L), 56 * LN2,
                Double.longBitsToDouble(0x4043687a00000000L), 0x1.62e42fefa39efp9, 709.78, 0x1p-54, 0x1p-29, 20 * LN2, 56.5 * LN2, 0.25};
        check("expm1", StrictMath::expm1, VectorLogExp::expm1, () -> switch (r.nextInt(6)) {
            case 0 -> signed(near(bounds[r.nextInt(bounds.length)]));
            case 1 -> near((r.nextInt(-60, 1026) + (r.nextBoolean() ? 0.5 : 0)) * LN2); // where k changes, and at its centres
            case 2 -> r.nextDouble(-2, 2);
            case 3 -> signed(logUniform(-1074, 10));
            case 4 -> subnormal();
            default -> r.nextDouble(-800, 800);
        });
    }

    @Test
    void exp2InItsHardRegions() {
        check("exp2", org.ndjit.ir.Exp2::exp2, VectorLogExp::exp2, () -> switch (r.nextInt(5)) {
            case 0 -> near(r.nextInt(-1080, 1030) + (r.nextBoolean() ? 0 : 0.5)); // integers, and halves where k rounds to even
            case 1 -> r.nextDouble(-1080, -1020);                              // subnormal results
            case 2 -> r.nextDouble(1020, 1030);                                // overflow
            case 3 -> signed(logUniform(-1074, 12));
            default -> r.nextDouble(-5, 5);
        });
    }

    @Test
    void sinhAndCoshInTheirHardRegions() {
        DoubleSupplier args = () -> switch (r.nextInt(5)) {
            case 0 -> signed(near(new double[] {0.5, 22.0, 710.4758600739439, 709.782712893384, 711.0, 1e-8}[r.nextInt(6)]));
            case 1 -> signed(near(r.nextInt(1, 1026) * LN2 + (r.nextBoolean() ? 0 : 0.5 * LN2))); // where k changes
            case 2 -> r.nextDouble(-25, 25);
            case 3 -> signed(logUniform(-1074, 10));
            default -> subnormal();
        };
        check("sinh", org.ndjit.ir.ElementFunctions::sinh, VectorHyperbolic::sinh, args);
        check("cosh", org.ndjit.ir.ElementFunctions::cosh, VectorHyperbolic::cosh, args);
    }

    @Test
    void log1pInItsHardRegions() {
        double[] bounds = {Double.longBitsToDouble(0x3fda827a00000000L), -Double.longBitsToDouble(0x3fd2bec400000000L), -0.29289321881345254,
                Math.sqrt(2) - 1, 0x1p53, 0x1p-29, -0x1p-29, 0x1p-54, -0x1p-54, -1.0, 1.0, Math.sqrt(2) / 2 - 1};
        check("log1p", StrictMath::log1p, VectorLogExp::log1p, () -> switch (r.nextInt(7)) {
            case 0 -> near(bounds[r.nextInt(bounds.length)]);
            case 1 -> -1 + logUniform(-53, 0);                    // next to -1
            case 2 -> r.nextDouble(-0.3, 0.42);                   // the direct range
            case 3 -> near(Math.scalb(1.0, r.nextInt(-30, 60)) - 1); // u = 1 + x a power of two: f = 0 or |f| < 2^-20
            case 4 -> signed(logUniform(-1074, 1024));
            case 5 -> subnormal();
            default -> Math.scalb(1.0, r.nextInt(-20, 60)) * (1 + logUniform(-60, -19)) - 1; // u just above a power of two
        });
    }

    @Test
    void logarithmsInTheirHardRegions() {
        DoubleSupplier args = () -> switch (r.nextInt(6)) {
            case 0 -> near(1.0) + (r.nextBoolean() ? 0 : r.nextDouble(-1e-6, 1e-6)); // next to 1
            case 1 -> near(Math.scalb(r.nextBoolean() ? 1.0 : Math.sqrt(2), r.nextInt(-1074, 1024))); // powers of two, the sqrt(2) split
            case 2 -> near(Math.pow(10, r.nextInt(-20, 23)));
            case 3 -> r.nextLong(1, 1L << 52) * Double.MIN_VALUE;
            case 4 -> logUniform(-1074, 1024);
            default -> Double.longBitsToDouble(r.nextLong());
        };
        check("log2", ScalarMath::log2, VectorLogExp::log2, args);
        check("log10", Log10::log10, VectorLogExp::log10, args);
    }

    /** 200,000 vectors of f's arguments, each lane compared; then the same arguments as float32 lanes. */
    private static void check(String name, DoubleUnaryOperator scalar, UnaryOperator<DoubleVector> vector, DoubleSupplier args) {
        checkFloats(name, scalar, vector, args);
        double[] x = new double[DOUBLES.length()];
        for (int n = 0; n < 200_000; n++) {
            for (int i = 0; i < x.length; i++) x[i] = args.getAsDouble();
            double[] got = vector.apply(DoubleVector.fromArray(DOUBLES, x, 0)).toArray();
            for (int i = 0; i < x.length; i++) {
                double want = scalar.applyAsDouble(x[i]);
                if (Double.doubleToRawLongBits(got[i]) != Double.doubleToRawLongBits(want) && !(Double.isNaN(got[i]) && Double.isNaN(want))) {
                    fail(name + "(" + x[i] + " = 0x" + Long.toHexString(Double.doubleToRawLongBits(x[i])) + ") in lane " + i + ": vector "
                            + got[i] + ", scalar " + want);
                }
            }
        }
    }

    private static void checkFloats(String name, DoubleUnaryOperator scalar, UnaryOperator<DoubleVector> vector, DoubleSupplier args) {
        float[] x = new float[FLOATS.length()];
        for (int n = 0; n < 50_000; n++) {
            for (int i = 0; i < x.length; i++) x[i] = (float) args.getAsDouble();
            float[] got = VectorMath.widened(FloatVector.fromArray(FLOATS, x, 0), vector).toArray();
            for (int i = 0; i < x.length; i++) {
                float want = (float) scalar.applyAsDouble(x[i]);
                if (Float.floatToRawIntBits(got[i]) != Float.floatToRawIntBits(want) && !(Float.isNaN(got[i]) && Float.isNaN(want))) {
                    fail(name + "(" + x[i] + "f) in lane " + i + ": vector " + got[i] + ", scalar " + want);
                }
            }
        }
    }
}
