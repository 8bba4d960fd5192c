package org.ndjit.codegen;

import org.ndjit.ir.ElementFunctions;
import org.ndjit.ir.Exp2;
import org.ndjit.ir.Log10;
import org.ndjit.ir.Op;
import org.ndjit.ir.ScalarMath;

/**
 * The element operations generated kernels call, one static method per op and element type, named
 * {@code <numpy name>_<JVM type letter>} ({@code add_D}, {@code less_I}, {@code astype_J_F}). Each is
 * the reference evaluator's definition (it calls {@link ScalarMath} where the rule is not a plain
 * JVM instruction), so compiled scalar code computes the reference's bits; the JIT inlines them.
 * float32 ops compute in float: for + - * / and sqrt that equals the reference's rounded double
 * result; exp has its own float32 algorithm ({@link ScalarMath#expFloat}), and the other
 * transcendentals are computed in double and rounded once, as the reference does.
 */
public final class ScalarOps {
    private ScalarOps() {}

    // double
    public static double add_D(double a, double b) { return a + b; }
    public static double subtract_D(double a, double b) { return a - b; }
    public static double multiply_D(double a, double b) { return a * b; }
    public static double divide_D(double a, double b) { return a / b; }
    public static double maximum_D(double a, double b) { return Math.max(a, b); }
    public static double minimum_D(double a, double b) { return Math.min(a, b); }
    public static double power_D(double a, double b) { return ScalarMath.pow(a, b); }
    public static double floor_divide_D(double a, double b) { return ScalarMath.floorDivDouble(a, b); }
    public static double remainder_D(double a, double b) { return ScalarMath.modDouble(a, b); }
    public static boolean equal_D(double a, double b) { return a == b; }
    public static boolean not_equal_D(double a, double b) { return a != b; }
    public static boolean less_D(double a, double b) { return a < b; }
    public static boolean less_equal_D(double a, double b) { return a <= b; }
    public static boolean greater_D(double a, double b) { return a > b; }
    public static boolean greater_equal_D(double a, double b) { return a >= b; }
    public static double negative_D(double x) { return -x; }
    public static double absolute_D(double x) { return Math.abs(x); }
    public static double square_D(double x) { return x * x; }
    public static double sign_D(double x) { return ScalarMath.unaryFloat(Op.SIGN, x, false); }
    public static double sqrt_D(double x) { return Math.sqrt(x); }
    public static double exp_D(double x) { return ScalarMath.exp(x); }
    public static double log_D(double x) { return ScalarMath.log(x); }
    public static double sin_D(double x) { return ScalarMath.sin(x); }
    public static double cos_D(double x) { return ScalarMath.cos(x); }
    public static double tanh_D(double x) { return ScalarMath.tanh(x); }
    public static double log1p_D(double x) { return StrictMath.log1p(x); }
    public static double expm1_D(double x) { return StrictMath.expm1(x); }
    public static double log2_D(double x) { return ScalarMath.log2(x); }
    public static double log10_D(double x) { return Log10.log10(x); }
    public static double floor_D(double x) { return Math.floor(x); }
    public static double ceil_D(double x) { return Math.ceil(x); }
    public static double trunc_D(double x) { return ScalarMath.trunc(x); }
    public static double rint_D(double x) { return Math.rint(x); }
    public static double where_D(boolean c, double a, double b) { return c ? a : b; }
    // float
    public static float add_F(float a, float b) { return a + b; }
    public static float subtract_F(float a, float b) { return a - b; }
    public static float multiply_F(float a, float b) { return a * b; }
    public static float divide_F(float a, float b) { return a / b; }
    public static float maximum_F(float a, float b) { return Math.max(a, b); }
    public static float minimum_F(float a, float b) { return Math.min(a, b); }
    public static float power_F(float a, float b) { return (float) ScalarMath.pow(a, b); }
    public static float floor_divide_F(float a, float b) { return ScalarMath.floorDivFloat(a, b); }
    public static float remainder_F(float a, float b) { return ScalarMath.modFloat(a, b); }
    public static boolean equal_F(float a, float b) { return a == b; }
    public static boolean not_equal_F(float a, float b) { return a != b; }
    public static boolean less_F(float a, float b) { return a < b; }
    public static boolean less_equal_F(float a, float b) { return a <= b; }
    public static boolean greater_F(float a, float b) { return a > b; }
    public static boolean greater_equal_F(float a, float b) { return a >= b; }
    public static float negative_F(float x) { return -x; }
    public static float absolute_F(float x) { return Math.abs(x); }
    public static float square_F(float x) { return x * x; }
    public static float sign_F(float x) { return (float) ScalarMath.unaryFloat(Op.SIGN, x, true); }
    public static float sqrt_F(float x) { return (float) Math.sqrt(x); }
    public static float exp_F(float x) { return ScalarMath.expFloat(x); }
    public static float log_F(float x) { return (float) ScalarMath.log(x); }
    public static float sin_F(float x) { return (float) ScalarMath.sin(x); }
    public static float cos_F(float x) { return (float) ScalarMath.cos(x); }
    public static float tanh_F(float x) { return (float) ScalarMath.tanh(x); }
    public static float log1p_F(float x) { return (float) StrictMath.log1p(x); }
    public static float expm1_F(float x) { return (float) StrictMath.expm1(x); }
    public static float log2_F(float x) { return (float) ScalarMath.log2(x); }
    public static float log10_F(float x) { return (float) Log10.log10(x); }
    // rounding a float32 value in double gives a float32 integral value: the cast is exact
    public static float floor_F(float x) { return (float) Math.floor(x); }
    public static float ceil_F(float x) { return (float) Math.ceil(x); }
    public static float trunc_F(float x) { return (float) ScalarMath.trunc(x); }
    public static float rint_F(float x) { return (float) Math.rint(x); }
    public static float where_F(boolean c, float a, float b) { return c ? a : b; }
    // long
    public static long add_J(long a, long b) { return a + b; }
    public static long subtract_J(long a, long b) { return a - b; }
    public static long multiply_J(long a, long b) { return a * b; }
    public static long maximum_J(long a, long b) { return Math.max(a, b); }
    public static long minimum_J(long a, long b) { return Math.min(a, b); }
    public static long floor_divide_J(long a, long b) { return ScalarMath.binaryInt(Op.FLOOR_DIV, a, b); }
    public static long remainder_J(long a, long b) { return ScalarMath.binaryInt(Op.MOD, a, b); }
    public static long power_J(long a, long b) { return ScalarMath.powInt(a, b); }
    public static boolean equal_J(long a, long b) { return a == b; }
    public static boolean not_equal_J(long a, long b) { return a != b; }
    public static boolean less_J(long a, long b) { return a < b; }
    public static boolean less_equal_J(long a, long b) { return a <= b; }
    public static boolean greater_J(long a, long b) { return a > b; }
    public static boolean greater_equal_J(long a, long b) { return a >= b; }
    public static long negative_J(long x) { return -x; }
    public static long absolute_J(long x) { return Math.abs(x); }
    public static long floor_J(long x) { return x; }
    public static long ceil_J(long x) { return x; }
    public static long trunc_J(long x) { return x; }
    public static long square_J(long x) { return x * x; }
    public static long sign_J(long x) { return Long.signum(x); }
    public static long where_J(boolean c, long a, long b) { return c ? a : b; }
    // int
    public static int add_I(int a, int b) { return a + b; }
    public static int subtract_I(int a, int b) { return a - b; }
    public static int multiply_I(int a, int b) { return a * b; }
    public static int maximum_I(int a, int b) { return Math.max(a, b); }
    public static int minimum_I(int a, int b) { return Math.min(a, b); }
    public static int floor_divide_I(int a, int b) { return (int) ScalarMath.binaryInt(Op.FLOOR_DIV, a, b); }
    public static int remainder_I(int a, int b) { return (int) ScalarMath.binaryInt(Op.MOD, a, b); }
    public static int power_I(int a, int b) { return (int) ScalarMath.powInt(a, b); }
    public static boolean equal_I(int a, int b) { return a == b; }
    public static boolean not_equal_I(int a, int b) { return a != b; }
    public static boolean less_I(int a, int b) { return a < b; }
    public static boolean less_equal_I(int a, int b) { return a <= b; }
    public static boolean greater_I(int a, int b) { return a > b; }
    public static boolean greater_equal_I(int a, int b) { return a >= b; }
    public static int negative_I(int x) { return -x; }
    public static int absolute_I(int x) { return Math.abs(x); }
    public static int floor_I(int x) { return x; }
    public static int ceil_I(int x) { return x; }
    public static int trunc_I(int x) { return x; }
    public static int square_I(int x) { return x * x; }
    public static int sign_I(int x) { return Integer.signum(x); }
    public static int where_I(boolean c, int a, int b) { return c ? a : b; }
    // bool
    public static boolean add_Z(boolean a, boolean b) { return a | b; }
    public static boolean multiply_Z(boolean a, boolean b) { return a & b; }
    public static boolean maximum_Z(boolean a, boolean b) { return a | b; }
    public static boolean minimum_Z(boolean a, boolean b) { return a & b; }
    public static boolean logical_and_Z(boolean a, boolean b) { return a & b; }
    public static boolean logical_or_Z(boolean a, boolean b) { return a | b; }
    public static boolean equal_Z(boolean a, boolean b) { return a == b; }
    public static boolean not_equal_Z(boolean a, boolean b) { return a != b; }
    public static boolean less_Z(boolean a, boolean b) { return !a & b; }
    public static boolean less_equal_Z(boolean a, boolean b) { return !a | b; }
    public static boolean greater_Z(boolean a, boolean b) { return a & !b; }
    public static boolean greater_equal_Z(boolean a, boolean b) { return a | !b; }
    public static boolean logical_not_Z(boolean x) { return !x; }
    public static boolean absolute_Z(boolean x) { return x; }
    public static boolean floor_Z(boolean x) { return x; }
    public static boolean ceil_Z(boolean x) { return x; }
    public static boolean trunc_Z(boolean x) { return x; }
    public static boolean where_Z(boolean c, boolean a, boolean b) { return c ? a : b; }
    // Issue 16's functions (ir.ElementFunctions); float32 ones compute in double and round once, as the reference does.
    public static double tan_D(double x) { return StrictMath.tan(x); }
    public static double arcsin_D(double x) { return StrictMath.asin(x); }
    public static double arccos_D(double x) { return StrictMath.acos(x); }
    public static double arctan_D(double x) { return StrictMath.atan(x); }
    public static double sinh_D(double x) { return ElementFunctions.sinh(x); }
    public static double cosh_D(double x) { return ElementFunctions.cosh(x); }
    public static double arcsinh_D(double x) { return ElementFunctions.asinh(x); }
    public static double arccosh_D(double x) { return ElementFunctions.acosh(x); }
    public static double arctanh_D(double x) { return ElementFunctions.atanh(x); }
    public static double exp2_D(double x) { return Exp2.exp2(x); }
    public static double cbrt_D(double x) { return StrictMath.cbrt(x); }
    public static boolean isnan_D(double x) { return Double.isNaN(x); }
    public static boolean isinf_D(double x) { return Double.isInfinite(x); }
    public static boolean isfinite_D(double x) { return Double.isFinite(x); }
    public static boolean signbit_D(double x) { return Double.doubleToRawLongBits(x) < 0; }
    public static double arctan2_D(double a, double b) { return StrictMath.atan2(a, b); }
    public static double hypot_D(double a, double b) { return StrictMath.hypot(a, b); }
    public static double copysign_D(double a, double b) { return ElementFunctions.copysign(a, b); }
    public static double heaviside_D(double a, double b) { return ElementFunctions.heaviside(a, b); }
    public static double fmax_D(double a, double b) { return ElementFunctions.fmax(a, b); }
    public static double fmin_D(double a, double b) { return ElementFunctions.fmin(a, b); }
    public static float tan_F(float x) { return (float) StrictMath.tan(x); }
    public static float arcsin_F(float x) { return (float) StrictMath.asin(x); }
    public static float arccos_F(float x) { return (float) StrictMath.acos(x); }
    public static float arctan_F(float x) { return (float) StrictMath.atan(x); }
    public static float sinh_F(float x) { return (float) ElementFunctions.sinh(x); }
    public static float cosh_F(float x) { return (float) ElementFunctions.cosh(x); }
    public static float arcsinh_F(float x) { return (float) ElementFunctions.asinh(x); }
    public static float arccosh_F(float x) { return (float) ElementFunctions.acosh(x); }
    public static float arctanh_F(float x) { return (float) ElementFunctions.atanh(x); }
    public static float exp2_F(float x) { return (float) Exp2.exp2(x); }
    public static float cbrt_F(float x) { return (float) StrictMath.cbrt(x); }
    public static boolean isnan_F(float x) { return Float.isNaN(x); }
    public static boolean isinf_F(float x) { return Float.isInfinite(x); }
    public static boolean isfinite_F(float x) { return Float.isFinite(x); }
    public static boolean signbit_F(float x) { return Float.floatToRawIntBits(x) < 0; }
    public static float arctan2_F(float a, float b) { return (float) StrictMath.atan2(a, b); }
    public static float hypot_F(float a, float b) { return (float) StrictMath.hypot(a, b); }
    public static float copysign_F(float a, float b) { return (float) ElementFunctions.copysign(a, b); }
    public static float heaviside_F(float a, float b) { return (float) ElementFunctions.heaviside(a, b); }
    public static float fmax_F(float a, float b) { return a >= b || Float.isNaN(b) ? a : b; }
    public static float fmin_F(float a, float b) { return a <= b || Float.isNaN(b) ? a : b; }
    public static long invert_J(long x) { return ~x; }
    public static long reciprocal_J(long x) { return ScalarMath.unaryInt(Op.RECIPROCAL, x); }
    public static long fmax_J(long a, long b) { return Math.max(a, b); }
    public static long fmin_J(long a, long b) { return Math.min(a, b); }
    public static long bitwise_and_J(long a, long b) { return a & b; }
    public static long bitwise_or_J(long a, long b) { return a | b; }
    public static long bitwise_xor_J(long a, long b) { return a ^ b; }
    public static long left_shift_J(long a, long b) { return b >= 0 && b < 64 ? a << b : 0; }
    public static long right_shift_J(long a, long b) { return b >= 0 && b < 64 ? a >> b : a < 0 ? -1 : 0; }
    public static int invert_I(int x) { return ~x; }
    public static int reciprocal_I(int x) { return (int) ScalarMath.unaryInt(Op.RECIPROCAL, x); }
    public static int fmax_I(int a, int b) { return Math.max(a, b); }
    public static int fmin_I(int a, int b) { return Math.min(a, b); }
    public static int bitwise_and_I(int a, int b) { return a & b; }
    public static int bitwise_or_I(int a, int b) { return a | b; }
    public static int bitwise_xor_I(int a, int b) { return a ^ b; }
    public static int left_shift_I(int a, int b) { return b >= 0 && b < 32 ? a << b : 0; }
    public static int right_shift_I(int a, int b) { return b >= 0 && b < 32 ? a >> b : a < 0 ? -1 : 0; }
    public static boolean fmax_Z(boolean a, boolean b) { return a | b; }
    public static boolean fmin_Z(boolean a, boolean b) { return a & b; }
    public static boolean bitwise_and_Z(boolean a, boolean b) { return a & b; }
    public static boolean bitwise_or_Z(boolean a, boolean b) { return a | b; }
    public static boolean bitwise_xor_Z(boolean a, boolean b) { return a ^ b; }
    public static boolean logical_xor_Z(boolean a, boolean b) { return a ^ b; }
    // astype: the reference evaluator's conversions (Java casts; to bool is x != 0, NaN included)
    public static float astype_D_F(double x) { return (float) x; }
    public static long astype_D_J(double x) { return (long) x; }
    public static int astype_D_I(double x) { return (int) x; }
    public static boolean astype_D_Z(double x) { return x != 0; }
    public static double astype_F_D(float x) { return x; }
    public static long astype_F_J(float x) { return (long) x; }
    public static int astype_F_I(float x) { return (int) x; }
    public static boolean astype_F_Z(float x) { return x != 0; }
    public static double astype_J_D(long x) { return (double) x; }
    public static float astype_J_F(long x) { return (float) x; }
    public static int astype_J_I(long x) { return (int) x; }
    public static boolean astype_J_Z(long x) { return x != 0; }
    public static double astype_I_D(int x) { return x; }
    public static float astype_I_F(int x) { return (float) x; }
    public static long astype_I_J(int x) { return x; }
    public static boolean astype_I_Z(int x) { return x != 0; }
    public static double astype_Z_D(boolean x) { return x ? 1.0 : 0.0; }
    public static float astype_Z_F(boolean x) { return x ? 1f : 0f; }
    public static long astype_Z_J(boolean x) { return x ? 1L : 0L; }
    public static int astype_Z_I(boolean x) { return x ? 1 : 0; }
}
