package org.ndjit.codegen;

import org.ndjit.DType;
import org.ndjit.ir.Float16;
import org.ndjit.ir.Op;
import org.ndjit.ir.ScalarMath;
import org.ndjit.ir.Unsigned64;
import org.objectweb.asm.Type;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.EnumMap;
import java.util.Map;

/**
 * The element operations of the seven dtypes of {@link NarrowDtypes} that are not their compute
 * dtype's {@link ScalarOps} method followed by the narrowing: uint64's ops where unsigned differs
 * from int64 on the same bits (the reference's {@code Uint64Math}: ordering, division, right
 * shifts, powers, sign, abs and reciprocal), and the casts that convert other than through the
 * compute dtypes (float64 to float16 rounds once, uint64 to and from floats as unsigned). A method
 * named {@code <numpy name>_uint64} is linked to its op when this class loads.
 */
public final class NarrowOps {
    private NarrowOps() {}

    private static final String OWNER = Type.getInternalName(NarrowOps.class);
    private static final Map<Op, ScalarOpTable.Call> UINT64 = new EnumMap<>(Op.class);

    static {
        Map<String, Op> byName = new java.util.HashMap<>();
        for (Op op : Op.values()) if (op.isElementwise()) byName.put(op.numpyName(), op);
        for (Method m : NarrowOps.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || !m.getName().endsWith("_uint64") || m.getName().startsWith("astype")) continue;
            Op op = byName.get(m.getName().substring(0, m.getName().length() - "_uint64".length()));
            if (op == null) throw new IllegalStateException("NarrowOps." + m.getName() + " names no elementwise op");
            UINT64.put(op, new ScalarOpTable.Call(OWNER, m.getName(), Type.getMethodDescriptor(m)));
        }
    }

    /** The method computing {@code op} on operands of one of the seven dtypes (its result is then narrowed, see {@link NarrowDtypes#wrap}). */
    static ScalarOpTable.Call call(Op op, DType operand) {
        if (!op.domain().dtypes().contains(operand)) throw new IllegalArgumentException(op.numpyName() + " has no scalar definition for " + operand);
        ScalarOpTable.Call own = operand == DType.UINT64 ? UINT64.get(op) : null;
        return own != null ? own : ScalarOpTable.call(op, NarrowDtypes.compute(operand));
    }

    /** Whether uint64 has its own definition of {@code op} (one where unsigned differs from int64 on the same bits). */
    public static boolean differsForUint64(Op op) {
        return UINT64.containsKey(op);
    }

    /** The method casting {@code from} to {@code to} when either is one of the seven (the result is then narrowed to {@code to}). */
    static ScalarOpTable.Call cast(DType from, DType to) {
        String special = from == DType.FLOAT64 && to == DType.FLOAT16 ? "astype_D_float16"
                : from == DType.UINT64 && to.isFloat() ? (to == DType.FLOAT64 ? "astype_uint64_D" : "astype_uint64_F")
                : to == DType.UINT64 && from.isFloat() ? (from == DType.FLOAT64 ? "astype_D_uint64" : "astype_F_uint64")
                : null;
        DType f = NarrowDtypes.compute(from), t = NarrowDtypes.compute(to);
        if (special == null && f != t) return ScalarOpTable.cast(f, t);
        String name = special != null ? special : "same_" + JvmTypes.jvmDesc(f);
        for (Method m : NarrowOps.class.getDeclaredMethods()) {
            if (m.getName().equals(name)) return new ScalarOpTable.Call(OWNER, name, Type.getMethodDescriptor(m));
        }
        throw new IllegalStateException("missing NarrowOps." + name);
    }

    // uint64: Uint64Math's definitions on the bits
    public static long absolute_uint64(long x) { return x; }
    public static long sign_uint64(long x) { return x != 0 ? 1 : 0; }
    public static long reciprocal_uint64(long x) {
        // 0 raises the reference's error (ScalarMath's, with its text); 1 is the only other value whose reciprocal is not 0
        return x == 0 ? ScalarMath.unaryInt(Op.RECIPROCAL, 0) : x == 1 ? 1 : 0;
    }
    public static long maximum_uint64(long a, long b) { return Long.compareUnsigned(a, b) >= 0 ? a : b; }
    public static long minimum_uint64(long a, long b) { return Long.compareUnsigned(a, b) <= 0 ? a : b; }
    public static long fmax_uint64(long a, long b) { return maximum_uint64(a, b); }
    public static long fmin_uint64(long a, long b) { return minimum_uint64(a, b); }
    public static long floor_divide_uint64(long a, long b) {
        return b == 0 ? ScalarMath.binaryInt(Op.FLOOR_DIV, a, 0) : Long.divideUnsigned(a, b); // by 0: the reference's error
    }
    public static long remainder_uint64(long a, long b) {
        return b == 0 ? ScalarMath.binaryInt(Op.MOD, a, 0) : Long.remainderUnsigned(a, b); // by 0: the reference's error
    }
    public static long right_shift_uint64(long a, long b) { return b >= 0 && b < 64 ? a >>> b : 0; }
    public static long power_uint64(long a, long b) {
        long result = 1;
        for (long e = b; e != 0; e >>>= 1) {
            if ((e & 1) != 0) result *= a;
            a *= a;
        }
        return result;
    }
    public static boolean equal_uint64(long a, long b) { return a == b; }
    public static boolean not_equal_uint64(long a, long b) { return a != b; }
    public static boolean less_uint64(long a, long b) { return Long.compareUnsigned(a, b) < 0; }
    public static boolean less_equal_uint64(long a, long b) { return Long.compareUnsigned(a, b) <= 0; }
    public static boolean greater_uint64(long a, long b) { return Long.compareUnsigned(a, b) > 0; }
    public static boolean greater_equal_uint64(long a, long b) { return Long.compareUnsigned(a, b) >= 0; }

    // casts: the reference's conversions where they are not a compute dtype's cast
    public static float astype_D_float16(double x) { return Float16.toFloat(Float16.fromDouble(x)); }
    public static double astype_uint64_D(long x) { return Unsigned64.toDouble(x); }
    public static float astype_uint64_F(long x) { return Unsigned64.toFloat(x); }
    public static long astype_D_uint64(double x) { return Unsigned64.fromDouble(x); }
    public static long astype_F_uint64(float x) { return Unsigned64.fromDouble(x); }
    /** A cast between two dtypes of one compute type: the value is unchanged and then narrowed. */
    public static int same_I(int x) { return x; }
    public static long same_J(long x) { return x; }
    public static float same_F(float x) { return x; }
}
