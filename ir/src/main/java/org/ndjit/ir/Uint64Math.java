package org.ndjit.ir;

/**
 * The reference's uint64 element ops where they differ from int64's on the same bits: ordering
 * (comparisons, maximum, minimum, sign), division, right shifts, counts and exponents (never
 * negative), and reciprocal. Every other op is {@link ScalarMath}'s: addition, subtraction,
 * multiplication, negation, the bitwise ops and left shifts give the same bits signed or unsigned.
 */
final class Uint64Math {
    private Uint64Math() {}

    static long unary(Op op, long x) {
        return switch (op) {
            case ABS -> x;
            case SIGN -> x != 0 ? 1 : 0;
            case RECIPROCAL -> {
                if (x == 0) throw new ScalarMath.ValueError("integer division by zero in reciprocal");
                yield x == 1 ? 1 : 0;
            }
            default -> ScalarMath.unaryInt(op, x);
        };
    }

    static long binary(Op op, long a, long b) {
        return switch (op) {
            case MAXIMUM, FMAX -> Long.compareUnsigned(a, b) >= 0 ? a : b;
            case MINIMUM, FMIN -> Long.compareUnsigned(a, b) <= 0 ? a : b;
            case FLOOR_DIV -> {
                if (b == 0) throw new ScalarMath.ValueError("integer division by zero in floor_divide");
                yield Long.divideUnsigned(a, b);
            }
            case MOD -> {
                if (b == 0) throw new ScalarMath.ValueError("integer division by zero in remainder");
                yield Long.remainderUnsigned(a, b);
            }
            case LEFT_SHIFT -> b >= 0 && b < 64 ? a << b : 0;
            case RIGHT_SHIFT -> b >= 0 && b < 64 ? a >>> b : 0;
            case POW -> {
                long result = 1;
                for (long e = b; e != 0; e >>>= 1) {
                    if ((e & 1) != 0) result *= a;
                    a *= a;
                }
                yield result;
            }
            default -> ScalarMath.binaryInt(op, a, b);
        };
    }

    static boolean compare(Op op, long a, long b) {
        return ScalarMath.compareInt(op, a ^ Long.MIN_VALUE, b ^ Long.MIN_VALUE);
    }
}
