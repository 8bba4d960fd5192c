package org.ndjit.codegen;

/**
 * How large a kernel's generated methods get: HotSpot does not JIT-compile a method of more than
 * {@value #HUGE_METHOD_LIMIT} bytes of bytecode (HugeMethodLimit) and runs it interpreted, silently.
 * The planner asks {@link #fits} before it fuses more ops into a kernel; the compiler checks the real
 * size of what it wrote against the same limit.
 */
public final class MethodSize {
    /** HotSpot's HugeMethodLimit. */
    static final int HUGE_METHOD_LIMIT = 8000;
    /**
     * Bytecode per element of a kernel's row method (scalar and vector loops), measured from generated
     * classes: about 30 bytes per op, 84 per unit-stride input and 20 per constant; the budget keeps a
     * margin under the limit.
     */
    private static final int BYTES_PER_OP = 32, BYTES_PER_INPUT = 90, BYTES_PER_CONSTANT = 24, METHOD_BUDGET = 7000;

    private MethodSize() {}

    /** True when a kernel of this size generates a row method HotSpot will JIT-compile. */
    public static boolean fits(int ops, int inputs, int constants) {
        return estimate(ops, inputs, constants) <= METHOD_BUDGET;
    }

    /** How many pieces to cut a kernel of this size into: one more than the estimate needs, for margin. */
    public static int pieces(int ops, int inputs, int constants) {
        return (int) Math.min(Integer.MAX_VALUE, estimate(ops, inputs, constants) / METHOD_BUDGET + 2);
    }

    private static long estimate(int ops, int inputs, int constants) {
        return (long) BYTES_PER_OP * ops + (long) BYTES_PER_INPUT * inputs + (long) BYTES_PER_CONSTANT * constants;
    }
}
