package org.ndjit.codegen.vector;

import org.ndjit.codegen.*;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ndjit.ir.Buffer;
import org.ndjit.DType;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every class RowKernelCompiler writes must pass ASM's verifier (CheckClassAdapter with a
 * SimpleVerifier over the real class hierarchy), keep its row method under HotSpot's 8,000-byte
 * JIT limit, and compute the reference evaluator's bits. The op x dtype matrix is taken from
 * {@link ScalarOps} by reflection (every method is one op x operand type, casts included), and each is
 * generated for every inner-loop access pattern (UNIT, BROADCAST, positive and negative STRIDED, and
 * the access-free spec a plan step lowers to), with operands from inputs or from constants. Each class is
 * then defined and run on inputs laid out exactly to size (no slack around strided views) and its
 * output compared with the reference, with canaries around the written range.
 */
class GeneratedClassTest {
    private static final Set<Op> VECTOR_FLOAT_OPS = EnumSet.of(Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.MAXIMUM, Op.MINIMUM, Op.NEG, Op.ABS, Op.SQUARE, Op.SQRT,
            Op.SIGN, Op.COPYSIGN, Op.HEAVISIDE, Op.FMAX, Op.FMIN);
    private static final Set<Op> VECTOR_INT_OPS = EnumSet.of(Op.ADD, Op.SUB, Op.MUL, Op.MAXIMUM, Op.MINIMUM, Op.NEG, Op.ABS, Op.SQUARE,
            Op.BITWISE_AND, Op.BITWISE_OR, Op.BITWISE_XOR, Op.SIGN, Op.FMAX, Op.FMIN, Op.INVERT, Op.LEFT_SHIFT, Op.RIGHT_SHIFT);
    /** The float functions with lanewise twins in the preferred species (exp: in any). */
    private static final Set<Op> VECTOR_FUNCTIONS = EnumSet.of(Op.EXP, Op.LOG, Op.SIN, Op.COS, Op.TANH, Op.FLOOR, Op.CEIL, Op.TRUNC, Op.RINT,
            Op.LOG1P, Op.EXPM1, Op.LOG2, Op.LOG10, Op.EXP2, Op.SINH, Op.COSH);
    /** The most ops {@link MethodSize#fits} lets one kernel have with these inputs and constants. */
    static int maxOps(int inputs, int constants) {
        int ops = 1;
        while (MethodSize.fits(ops + 1, inputs, constants)) ops++;
        return ops;
    }
    private static final byte CANARY = 0x5A;

    /** One ScalarOps method: an op at one operand dtype signature. */
    record OpCase(String method, Op op, DType out, DType[] params) {
        @Override public String toString() { return method; }
    }

    /** Where each operand comes from and how inputs move along the row. */
    record Variant(List<Boolean> fromConstant, List<KernelSpec.Access> access, long[] strides, boolean accessFree) {
        @Override public String toString() {
            StringBuilder sb = new StringBuilder();
            int input = 0;
            for (int i = 0; i < fromConstant.size(); i++) {
                if (i > 0) sb.append(',');
                if (fromConstant.get(i)) sb.append("const");
                else sb.append(accessFree ? "stride " : "").append(accessFree ? strides[input++] : access.get(input) + "(" + strides[input++] + ")");
            }
            return sb.append(accessFree ? " [no access]" : "").toString();
        }
    }

    static List<OpCase> scalarOpsCases() {
        List<OpCase> cases = new ArrayList<>();
        for (Method m : ScalarOps.class.getDeclaredMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) || !Modifier.isPublic(m.getModifiers())) continue;
            String name = m.getName();
            Op op = name.startsWith("astype_") ? Op.CAST : opNamed(name.substring(0, name.lastIndexOf('_')));
            DType[] params = Arrays.stream(m.getParameterTypes()).map(GeneratedClassTest::dtypeOf).toArray(DType[]::new);
            cases.add(new OpCase(name, op, dtypeOf(m.getReturnType()), params));
        }
        cases.sort(java.util.Comparator.comparing(OpCase::method));
        return cases;
    }

    private static Op opNamed(String numpyName) {
        for (Op op : Op.values()) if (op.isElementwise() && op.numpyName().equals(numpyName)) return op;
        throw new IllegalArgumentException("no elementwise op named " + numpyName);
    }

    static DType dtypeOf(Class<?> c) {
        if (c == double.class) return DType.FLOAT64;
        if (c == float.class) return DType.FLOAT32;
        if (c == long.class) return DType.INT64;
        if (c == int.class) return DType.INT32;
        if (c == boolean.class) return DType.BOOL;
        throw new IllegalArgumentException(c.toString());
    }

    /** Values every op is tried on (cross products for binary ops). */
    static Object[] values(DType d) {
        return switch (d) {
            case FLOAT64 -> new Object[] {0.0, -0.0, 1.0, -1.0, 1.5, -2.25, 7.0, -7.0, 0.1, 3e300, 4.9e-324, Double.NaN,
                    Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 9007199254740993.0, 3e10};
            case FLOAT32 -> new Object[] {0.0, -0.0, 1.0, -1.0, 1.5, -2.25, 7.0, -7.0, (double) 0.1f, (double) 3e38f, (double) Float.MIN_VALUE,
                    Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, (double) 16777216f, 3e10};
            case INT64 -> new Object[] {0L, 1L, -1L, 2L, 7L, -7L, 3L, 40L, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 40, -(1L << 53) - 1};
            case INT32 -> new Object[] {0L, 1L, -1L, 2L, 7L, -7L, 3L, 40L, (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE, 65536L, -100000L};
            case BOOL -> new Object[] {false, true};
            default -> throw new IllegalArgumentException("no kernels for " + d);
        };
    }

    /** Operands the reference rejects with a value error are replaced (tested separately below). */
    static Object safe(OpCase c, int operand, Object v) {
        if (c.op() == Op.RECIPROCAL && ((Number) v).longValue() == 0) return 3L;
        if (operand != 1 || c.params()[1].isFloat()) return v;
        if ((c.op() == Op.FLOOR_DIV || c.op() == Op.MOD) && ((Number) v).longValue() == 0) return 3L;
        if (c.op() == Op.POW && ((Number) v).longValue() < 0) return 5L;
        return v;
    }

    static List<Variant> variants(OpCase c) {
        int k = c.params().length;
        List<Variant> out = new ArrayList<>();
        // All operands from inputs: every combination of access kinds; the sign of the stride alternates.
        KernelSpec.Access[] kinds = KernelSpec.Access.values();
        int combos = (int) Math.pow(kinds.length, k);
        for (int combo = 0; combo < combos; combo++) {
            List<KernelSpec.Access> access = new ArrayList<>();
            long[] strides = new long[k];
            for (int i = 0, x = combo; i < k; i++, x /= kinds.length) {
                KernelSpec.Access a = kinds[x % kinds.length];
                access.add(a);
                strides[i] = switch (a) {
                    case BROADCAST -> 0;
                    case UNIT -> 1;
                    case STRIDED -> (combo + i) % 2 == 0 ? 3 : -2;
                };
            }
            out.add(new Variant(nCopies(k, false), List.copyOf(access), strides, false));
        }
        // The spec a plan step lowers to (no access: never vectorized), with a negative stride.
        long[] strides = new long[k];
        Arrays.fill(strides, -1);
        out.add(new Variant(nCopies(k, false), List.of(), strides, true));
        // The last operand a constant, the others unit-stride or broadcast inputs; and all constants.
        if (k >= 2) {
            for (KernelSpec.Access a : List.of(KernelSpec.Access.UNIT, KernelSpec.Access.BROADCAST)) {
                List<Boolean> from = new ArrayList<>(nCopies(k, false));
                from.set(k - 1, true);
                long[] s = new long[k - 1];
                Arrays.fill(s, a == KernelSpec.Access.UNIT ? 1 : 0);
                out.add(new Variant(from, java.util.Collections.nCopies(k - 1, a), s, false));
            }
            List<Boolean> from = new ArrayList<>(nCopies(k, false));
            from.set(0, true);
            long[] s = new long[k - 1];
            Arrays.fill(s, 1);
            out.add(new Variant(from, java.util.Collections.nCopies(k - 1, KernelSpec.Access.UNIT), s, false));
        }
        out.add(new Variant(nCopies(k, true), List.of(), new long[0], false));
        return out;
    }

    private static List<Boolean> nCopies(int k, boolean b) {
        return new ArrayList<>(java.util.Collections.nCopies(k, b));
    }

    private static final java.util.concurrent.atomic.AtomicInteger CHECKED = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger LARGEST_SINGLE_OP = new java.util.concurrent.atomic.AtomicInteger();

    @org.junit.jupiter.api.AfterAll
    static void summary() {
        System.out.println("GeneratedClassTest: " + CHECKED.get() + " single-op classes generated, verified, run and compared; largest row() "
                + LARGEST_SINGLE_OP.get() + " bytes");
    }

    @TestFactory
    Stream<DynamicTest> everyScalarOpsMethodInEveryAccessPatternVerifiesFitsAndMatchesTheReference() {
        List<OpCase> cases = scalarOpsCases();
        assertTrue(cases.size() >= 100, "ScalarOps has " + cases.size() + " methods");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.method(), () -> {
            List<String> failures = new ArrayList<>();
            for (Variant v : variants(c)) {
                try {
                    checkVariant(c, v);
                    CHECKED.incrementAndGet();
                } catch (AssertionError | RuntimeException e) {
                    failures.add(v + ": " + e);
                }
            }
            if (!failures.isEmpty()) fail(c.method() + " failed in " + failures.size() + " variants:\n  " + String.join("\n  ", failures));
        }));
    }

    /** Generates, verifies, measures, defines and runs one op in one variant. */
    private static void checkVariant(OpCase c, Variant v) {
        int k = c.params().length;
        List<DType> inputs = new ArrayList<>(), constants = new ArrayList<>();
        int[] slotOf = new int[k];
        for (int i = 0; i < k; i++) if (!v.fromConstant().get(i)) { slotOf[i] = inputs.size(); inputs.add(c.params()[i]); }
        int nIn = inputs.size();
        // Constant slots come after all inputs.
        for (int i = 0; i < k; i++) if (v.fromConstant().get(i)) { slotOf[i] = nIn + constants.size(); constants.add(c.params()[i]); }
        KernelSpec.Instr instr = new KernelSpec.Instr(c.op(), c.out(), slotOf);
        KernelSpec spec = new KernelSpec(inputs, constants, List.of(instr), c.out(), v.access());
        assertEquals(c.method(), RowKernelCompiler.opMethod(instr, spec), "the generated call targets this method");

        byte[] bytes = RowKernelCompiler.generate(spec, "Kernel");
        assertVerifies(bytes, spec);
        int length = ClassFileMethods.row(bytes).length();
        assertTrue(length < ClassFileMethods.HUGE_METHOD_LIMIT, "row() has " + length + " bytes of code");
        LARGEST_SINGLE_OP.accumulateAndGet(length, Math::max);

        boolean vector = expectVector(spec);
        assertEquals(vector, VectorEmitter.applies(spec), "vectorization decision");
        assertEquals(vector, new String(bytes, StandardCharsets.ISO_8859_1).contains("jdk/incubator/vector/"),
                "a vector main loop is emitted exactly when VectorEmitter applies");

        // Logical operand values: a cross product over the value lists, repeated to well past 2 vectors.
        Object[][] lists = new Object[k][];
        long combos = 1;
        for (int i = 0; i < k; i++) { lists[i] = values(c.params()[i]); combos *= lists[i].length; }
        int n = (int) (combos * Math.max(1, (80 + combos - 1) / combos)) + 3;
        Object[][] logical = new Object[k][n];
        for (int i = 0; i < k; i++) {
            boolean uniform = v.fromConstant().get(i) || (!v.accessFree() && v.access().get(slotOf[i]) == KernelSpec.Access.BROADCAST);
            Object pick = lists[i][(3 * i + 2) % lists[i].length];
            for (int j = 0; j < n; j++) {
                long digit = j;
                for (int q = k - 1; q > i; q--) digit /= lists[q].length;
                Object value = uniform ? pick : lists[i][(int) (digit % lists[i].length)];
                logical[i][j] = safe(c, i, value);
            }
        }
        // Expected: the reference evaluator on contiguous copies of the logical operands.
        Node[] src = new Node[k];
        for (int i = 0; i < k; i++) {
            src[i] = v.fromConstant().get(i) ? Nodes.constant(c.params()[i], logical[i][0]) : Nodes.buffer(contiguous(c.params()[i], logical[i]), new long[] {n});
        }
        StridedArray expected = ReferenceEvaluator.evaluate(Nodes.elementwise(c.op(), c.out(), src));

        // Actual: the generated class over inputs laid out with the variant's strides, sized exactly.
        MemorySegment[] in = new MemorySegment[nIn];
        long[] off = new long[nIn], stride = new long[nIn];
        double[] dc = new double[constants.size()];
        long[] lc = new long[constants.size()];
        for (int i = 0; i < k; i++) {
            int s = slotOf[i];
            if (s >= nIn) {
                Object x = logical[i][0];
                if (x instanceof Double d) dc[s - nIn] = d;
                else if (x instanceof Long l) lc[s - nIn] = l;
                else lc[s - nIn] = (Boolean) x ? 1 : 0;
                continue;
            }
            long st = v.strides()[s];
            stride[s] = st;
            long length0 = st == 0 ? 1 : (n - 1) * Math.abs(st) + 1;
            Buffer b = Buffer.allocate(c.params()[i], length0);
            off[s] = st < 0 ? length0 - 1 : 0;
            for (int j = 0; j < (st == 0 ? 1 : n); j++) set(b, off[s] + j * st, logical[i][j]);
            in[s] = b.segment();
        }
        RowKernel kernel = RowKernelCompiler.compile(spec);
        int item = c.out().itemSize();
        MemorySegment out = MemorySegment.ofArray(new byte[(n + 3) * item]);
        out.fill(CANARY);
        kernel.row(in, off, stride, out, 1, 0, dc, lc);
        assertCanaries(out, 0, 0, item);
        kernel.row(in, off, stride, out, 1, n, dc, lc);
        assertCanaries(out, item, (long) (n + 1) * item, item);
        for (int j = 0; j < n; j++) {
            long e = expected.size() == 1 ? 0 : j;
            int jj = j;
            assertElement(c.out(), expected, e, out, 1 + j, () -> "operands " + Arrays.toString(operandsAt(logical, jj)));
        }
    }

    private static Object[] operandsAt(Object[][] logical, int j) {
        Object[] o = new Object[logical.length];
        for (int i = 0; i < logical.length; i++) o[i] = logical[i][j];
        return o;
    }

    /**
     * The rule, restated: unit-stride or broadcast inputs; one dtype T besides bool; the T ops with a
     * vector form; any op giving a bool (comparisons, logic, bool arithmetic), where, and casts
     * between T and bool; and bools only where T's lane count has a byte form (4, or a power of two
     * from 8 to 64).
     */
    static boolean expectVector(KernelSpec spec) {
        if (!Vectorization.enabled() || spec.access().size() != spec.inputs().size()) return false;
        if (spec.access().contains(KernelSpec.Access.STRIDED)) return false;
        Set<DType> dtypes = EnumSet.of(spec.output());
        for (int s = 0; s <= spec.resultSlot(); s++) dtypes.add(spec.slotType(s));
        Set<DType> others = EnumSet.copyOf(dtypes);
        others.remove(DType.BOOL);
        // The loop's lanes: the preferred lanes of the widest dtype; every dtype needs a species of that many (64 to 512 bits).
        DType widest = DType.BOOL;
        for (DType d : others) if (widest == DType.BOOL || d.itemSize() > widest.itemSize()) widest = d;
        int lanes = PanamaProvider.lanes(widest);
        for (DType d : others) {
            int bits = lanes * 8 * d.itemSize();
            if (bits < 64 || bits > PanamaProvider.lanes(DType.BOOL) * 8) return false;
        }
        if (dtypes.contains(DType.BOOL) && !List.of(4, 8, 16, 32, 64).contains(lanes)) return false;
        for (KernelSpec.Instr i : spec.instrs()) {
            DType t = i.dtype(), from = spec.slotType(i.args()[0]);
            // Casts between int64 and floats only where the platform has them as vector instructions (AVX-512 on x86).
            if (i.op() == Op.CAST && !PanamaProvider.longFloatCasts()
                    && (from == DType.INT64 && t.isFloat() || from.isFloat() && t == DType.INT64)) return false;
            if (i.dtype().isBool() || i.op() == Op.WHERE || i.op() == Op.CAST) continue;
            boolean vectorFunction = t.isFloat() && VECTOR_FUNCTIONS.contains(i.op())
                    && (i.op() == Op.EXP || lanes == PanamaProvider.preferredLanes(t)); // exp computes in any species
            if (!((t.isFloat() ? VECTOR_FLOAT_OPS : VECTOR_INT_OPS).contains(i.op()) || vectorFunction)) return false;
        }
        return true;
    }

    static Buffer contiguous(DType d, Object[] values) {
        Buffer b = Buffer.allocate(d, values.length);
        for (int j = 0; j < values.length; j++) set(b, j, values[j]);
        return b;
    }

    static void set(Buffer b, long at, Object x) {
        switch (x) {
            case Double d -> b.setDouble(at, d);
            case Long l -> b.setLong(at, l);
            case Boolean z -> b.setBool(at, z);
            default -> throw new IllegalArgumentException(String.valueOf(x));
        }
    }

    /** Bytes outside [from, to) of the output are untouched. */
    static void assertCanaries(MemorySegment out, long from, long to, int item) {
        for (long p = 0; p < out.byteSize(); p++) {
            if (p >= from && p < to) continue;
            byte b = out.get(ValueLayout.JAVA_BYTE, p);
            if (b != CANARY) fail("the kernel wrote byte " + p + " (element " + (p / item) + ") outside its range [" + from / item + ", " + to / item + ")");
        }
    }

    static void assertElement(DType d, StridedArray expected, long e, MemorySegment out, long at, java.util.function.Supplier<String> where) {
        switch (d) {
            case FLOAT64, FLOAT32 -> {
                double x = expected.getDoubleFlat(e);
                double y = d == DType.FLOAT64 ? out.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, at) : out.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, at);
                if (Double.isNaN(x) && Double.isNaN(y)) return;
                if (Double.doubleToRawLongBits(x) != Double.doubleToRawLongBits(y)) {
                    fail("output " + (at - 1) + ": expected " + x + " got " + y + " (" + where.get() + ")");
                }
            }
            case INT64 -> assertEquals(expected.getLongFlat(e), out.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, at), () -> "output " + (at - 1));
            case INT32 -> assertEquals(expected.getLongFlat(e), out.getAtIndex(ValueLayout.JAVA_INT_UNALIGNED, at), () -> "output " + (at - 1));
            case BOOL -> assertEquals(expected.getLongFlat(e), out.get(ValueLayout.JAVA_BYTE, at), () -> "output " + (at - 1) + " (bools are stored as 0 or 1)");
        }
    }

    static void assertVerifies(byte[] bytes, KernelSpec spec) {
        StringWriter text = new StringWriter();
        try (PrintWriter pw = new PrintWriter(text)) {
            CheckClassAdapter.verify(new ClassReader(bytes), GeneratedClassTest.class.getClassLoader(), false, pw);
        }
        assertEquals("", text.toString(), () -> "CheckClassAdapter rejects the class for " + abbreviate(spec.key()));
    }

    static String abbreviate(String key) {
        return key.length() <= 300 ? key : key.substring(0, 300) + "...";
    }

    // ---- Value errors raised inside generated code. ----

    @Test
    void integerDivisionByZeroAndNegativePowersThrowFromEveryAccessPattern() {
        for (DType d : List.of(DType.INT64, DType.INT32)) {
            for (Op op : List.of(Op.FLOOR_DIV, Op.MOD, Op.POW)) {
                for (long[] strides : new long[][] {{1, 1}, {1, 0}, {0, 0}, {-1, 3}}) {
                    List<KernelSpec.Access> access = List.of(KernelSpec.Access.of(strides[0]), KernelSpec.Access.of(strides[1]));
                    KernelSpec spec = new KernelSpec(List.of(d, d), List.of(), List.of(new KernelSpec.Instr(op, d, new int[] {0, 1})), d, access);
                    assertVerifies(RowKernelCompiler.generate(spec, "Kernel"), spec);
                    RowKernel kernel = RowKernelCompiler.compile(spec);
                    int n = 37;
                    MemorySegment[] in = new MemorySegment[2];
                    long[] off = new long[2];
                    for (int i = 0; i < 2; i++) {
                        long len = strides[i] == 0 ? 1 : (n - 1) * Math.abs(strides[i]) + 1;
                        Buffer b = Buffer.allocate(d, len);
                        for (long p = 0; p < len; p++) b.setLong(p, i == 0 ? 5 + p : (op == Op.POW ? -1 : 0));
                        in[i] = b.segment();
                        off[i] = strides[i] < 0 ? len - 1 : 0;
                    }
                    MemorySegment out = MemorySegment.ofArray(new byte[n * d.itemSize()]);
                    ArithmeticException e = assertThrows(ArithmeticException.class, () -> kernel.row(in, off, strides, out, 0, n, new double[0], new long[0]),
                            () -> op + " " + d + " strides " + Arrays.toString(strides));
                    assertTrue(e.getMessage().contains(op == Op.POW ? "negative integer powers" : "integer division by zero in " + op.numpyName()), e.getMessage());
                }
            }
        }
    }

    // ---- Chains: every instruction shape in one kernel, and the largest kernels the planner permits. ----

    /** A vectorizable single-dtype chain: slot s_k = op(s_{k-1}, input or constant), cycling through the inputs. */
    static KernelSpec chain(DType t, int ops, int inputs, int constants, KernelSpec.Access access, boolean vectorizableOnly) {
        List<Op> binary = t.isFloat() ? List.of(Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.MAXIMUM, Op.MINIMUM)
                                      : List.of(Op.ADD, Op.SUB, Op.MUL, Op.MAXIMUM, Op.MINIMUM);
        List<Op> unary = t.isFloat() ? List.of(Op.NEG, Op.ABS, Op.SQUARE, Op.SQRT) : List.of(Op.NEG, Op.ABS, Op.SQUARE);
        List<Op> extra = t.isFloat() ? List.of(Op.POW, Op.FLOOR_DIV, Op.MOD, Op.EXP, Op.TANH) : List.of(Op.FLOOR_DIV, Op.MOD, Op.SIGN);
        List<KernelSpec.Instr> instrs = new ArrayList<>();
        int base = inputs + constants, leaves = base;
        int prev = 0;
        for (int k = 0; k < ops; k++) {
            int slot = base + k;
            if (k % 5 == 4) {
                Op op = vectorizableOnly ? unary.get(k % unary.size()) : extra.get(k % extra.size());
                int[] args = op.arity() == 1 ? new int[] {prev} : new int[] {prev, (k / 5) % leaves};
                instrs.add(new KernelSpec.Instr(op, t, args));
            } else {
                instrs.add(new KernelSpec.Instr(binary.get(k % binary.size()), t, new int[] {prev, (k * 7 + 1) % leaves}));
            }
            prev = slot;
        }
        List<KernelSpec.Access> a = access == null ? List.of() : java.util.Collections.nCopies(inputs, access);
        return new KernelSpec(java.util.Collections.nCopies(inputs, t), java.util.Collections.nCopies(constants, t), instrs, t, a);
    }

    /**
     * A vectorizable chain with bools, cycling compare, logic, where and an arithmetic op: b = prev OP leaf;
     * b2 = b & m (m a bool input: every fourth input is one) or !b; prev = where(b2, prev, leaf);
     * prev = prev + leaf. Where is the op with the most operands, so this is the largest code per op.
     */
    static KernelSpec maskChain(DType t, int ops, int inputs, int constants, KernelSpec.Access access) {
        List<DType> inputTypes = new ArrayList<>();
        for (int i = 0; i < inputs; i++) inputTypes.add(i % 4 == 3 ? DType.BOOL : t);
        List<Integer> leaves = new ArrayList<>(), bools = new ArrayList<>();
        for (int s = 0; s < inputs + constants; s++) (s < inputs && inputTypes.get(s) == DType.BOOL ? bools : leaves).add(s);
        List<Op> comparisons = List.of(Op.GT, Op.LE, Op.EQ, Op.NE, Op.LT, Op.GE);
        List<KernelSpec.Instr> instrs = new ArrayList<>();
        int base = inputs + constants, prev = leaves.getFirst(), mask = -1;
        for (int k = 0; k < ops; k++) {
            int leaf = leaves.get((k * 7 + 1) % leaves.size());
            switch (k % 4) {
                case 0 -> instrs.add(new KernelSpec.Instr(comparisons.get(k % 6), DType.BOOL, new int[] {prev, leaf}));
                case 1 -> instrs.add((k / 4) % 2 == 0 && !bools.isEmpty()
                        ? new KernelSpec.Instr(Op.AND, DType.BOOL, new int[] {mask, bools.get(k % bools.size())})
                        : new KernelSpec.Instr(Op.NOT, DType.BOOL, new int[] {mask}));
                case 2 -> instrs.add(new KernelSpec.Instr(Op.WHERE, t, new int[] {mask, prev, leaf}));
                default -> instrs.add(new KernelSpec.Instr(Op.ADD, t, new int[] {prev, leaf}));
            }
            if (instrs.getLast().dtype().isBool()) mask = base + k;
            else prev = base + k;
        }
        List<KernelSpec.Access> a = access == null ? List.of() : java.util.Collections.nCopies(inputs, access);
        return new KernelSpec(inputTypes, java.util.Collections.nCopies(constants, t), instrs, instrs.getLast().dtype(), a);
    }

    /** Bools only, every op a where of three earlier bools: the most code per op of any vectorized kernel. */
    static KernelSpec boolWhereChain(int ops, int inputs, int constants, KernelSpec.Access access) {
        List<KernelSpec.Instr> instrs = new ArrayList<>();
        int leaves = inputs + constants;
        for (int k = 0; k < ops; k++) {
            int slot = leaves + k;
            instrs.add(new KernelSpec.Instr(Op.WHERE, DType.BOOL, new int[] {(k * 7) % leaves, Math.max(0, slot - 1), Math.max(0, slot - 2)}));
        }
        List<KernelSpec.Access> a = access == null ? List.of() : java.util.Collections.nCopies(inputs, access);
        return new KernelSpec(java.util.Collections.nCopies(inputs, DType.BOOL), java.util.Collections.nCopies(constants, DType.BOOL), instrs, DType.BOOL, a);
    }

    /**
     * The planner lets a kernel through while MethodSize.fits(ops, inputs, constants) holds, and
     * promises the generated method then stays under HotSpot's 8,000-byte limit. The largest such
     * kernels, for several mixes of inputs and constants, every dtype, vector and scalar variants.
     */
    @Test
    void theLargestKernelsThePlannerPermitsStayUnderTheJitLimit() {
        List<String> over = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        for (DType t : List.of(DType.FLOAT64, DType.FLOAT32, DType.INT64, DType.INT32)) {
            for (int[] mix : new int[][] {{1, 1}, {32, 32}, {64, 0}, {1, 63}, {16, 0}}) {
                int[] shape = {maxOps(mix[0], mix[1]), mix[0], mix[1]};
                for (KernelSpec.Access access : new KernelSpec.Access[] {KernelSpec.Access.UNIT, KernelSpec.Access.BROADCAST, KernelSpec.Access.STRIDED, null}) {
                    for (String kind : List.of("lanewise", "mixed", "masks", "bool wheres")) {
                        if (kind.equals("bool wheres") && t != DType.FLOAT64) continue; // it has no T
                        KernelSpec spec = switch (kind) {
                            case "masks" -> maskChain(t, shape[0], shape[1], shape[2], access);
                            case "bool wheres" -> boolWhereChain(shape[0], shape[1], shape[2], access);
                            default -> chain(t, shape[0], shape[1], shape[2], access, kind.equals("lanewise"));
                        };
                        byte[] bytes = RowKernelCompiler.generate(spec, "Kernel");
                        assertVerifies(bytes, spec);
                        ClassFileMethods.Code code = ClassFileMethods.row(bytes);
                        String what = t + " ops=" + shape[0] + " inputs=" + shape[1] + " constants=" + shape[2] + " access=" + access
                                + " " + kind + (new String(bytes, StandardCharsets.ISO_8859_1).contains("jdk/incubator/vector/") ? " [vector loop]"
                                        : VectorEmitter.applies(spec) ? " [scalar: the vector loop would pass the limit]" : " [scalar]")
                                + ": " + code.length() + " bytes, " + code.maxLocals() + " locals";
                        for (var m : ClassFileMethods.methods(bytes).entrySet()) {
                            if (!m.getKey().startsWith("sumRow(")) continue;
                            what += "; sumRow " + m.getValue().length() + " bytes";
                            if (m.getValue().length() >= ClassFileMethods.HUGE_METHOD_LIMIT) over.add(what);
                        }
                        table.append(what).append('\n');
                        if (code.length() >= ClassFileMethods.HUGE_METHOD_LIMIT) over.add(what);
                    }
                }
            }
        }
        System.out.println("GeneratedClassTest row() sizes of planner-permitted kernels:\n" + table);
        assertTrue(over.isEmpty(), "generated methods at or over HotSpot's 8000-byte JIT limit (they run interpreted):\n  " + String.join("\n  ", over));
    }

    /** The same chains run: vector main loop plus scalar tail against the reference, at several row lengths. */
    @Test
    void longChainsInEveryDtypeRunBitIdenticalToTheReference() {
        for (DType t : List.of(DType.FLOAT64, DType.FLOAT32, DType.INT64, DType.INT32)) {
            for (boolean vectorizable : new boolean[] {true, false}) {
                for (KernelSpec.Access access : new KernelSpec.Access[] {KernelSpec.Access.UNIT, KernelSpec.Access.BROADCAST, KernelSpec.Access.STRIDED}) {
                    int inputs = 3, constants = 2, ops = 60;
                    KernelSpec spec = chain(t, ops, inputs, constants, access, vectorizable);
                    assertVerifies(RowKernelCompiler.generate(spec, "Kernel"), spec);
                    RowKernel kernel = RowKernelCompiler.compile(spec);
                    int vl = Vectorization.enabled() ? PanamaProvider.lanes(t) : 8;
                    for (int n : new int[] {1, vl - 1, vl, vl + 1, 2 * vl - 1, 2 * vl + 1, 5 * vl + 3}) {
                        runChain(spec, kernel, t, n, access, constants);
                    }
                }
            }
        }
    }

    private static void runChain(KernelSpec spec, RowKernel kernel, DType t, int n, KernelSpec.Access access, int constants) {
        int inputs = spec.inputs().size();
        long st = switch (access) { case UNIT -> 1; case BROADCAST -> 0; case STRIDED -> -3; };
        java.util.Random rng = new java.util.Random(n * 31L + t.ordinal());
        Object[] constantValues = new Object[constants];
        for (int c = 0; c < constants; c++) constantValues[c] = t.isFloat() ? (Object) (double) (float) (rng.nextGaussian() + 2) : (Object) (long) (rng.nextInt(7) + 1);
        Node[] leaves = new Node[inputs + constants];
        MemorySegment[] in = new MemorySegment[inputs];
        long[] off = new long[inputs], stride = new long[inputs];
        for (int i = 0; i < inputs; i++) {
            Object[] logical = new Object[n];
            Object fill = t.isFloat() ? (Object) (double) (float) (rng.nextGaussian() * 3) : (Object) (long) (rng.nextInt(2001) - 1000);
            for (int j = 0; j < n; j++) {
                Object x = t.isFloat() ? (Object) (double) (float) (rng.nextGaussian() * 3) : (Object) (long) (rng.nextInt(2001) - 1000);
                if (t.isFloat() && rng.nextInt(23) == 0) x = rng.nextBoolean() ? Double.NaN : -0.0;
                logical[j] = st == 0 ? fill : x;
            }
            leaves[i] = Nodes.buffer(contiguous(t, logical), new long[] {n});
            long length = st == 0 ? 1 : (n - 1) * Math.abs(st) + 1;
            Buffer b = Buffer.allocate(t, length);
            off[i] = st < 0 ? length - 1 : 0;
            stride[i] = st;
            for (int j = 0; j < (st == 0 ? 1 : n); j++) set(b, off[i] + j * st, logical[j]);
            in[i] = b.segment();
        }
        double[] dc = new double[constants];
        long[] lc = new long[constants];
        for (int c = 0; c < constants; c++) {
            leaves[inputs + c] = Nodes.constant(t, constantValues[c]);
            if (t.isFloat()) dc[c] = (Double) constantValues[c];
            else lc[c] = (Long) constantValues[c];
        }
        Node[] slots = Arrays.copyOf(leaves, leaves.length + spec.instrs().size());
        for (int k = 0; k < spec.instrs().size(); k++) {
            KernelSpec.Instr instr = spec.instrs().get(k);
            Node[] args = Arrays.stream(instr.args()).mapToObj(a -> slots[a]).toArray(Node[]::new);
            slots[leaves.length + k] = Nodes.elementwise(instr.op(), instr.dtype(), args);
        }
        Node root = slots[slots.length - 1];
        StridedArray expected;
        try {
            expected = ReferenceEvaluator.evaluate(root);
        } catch (ArithmeticException e) {
            MemorySegment out = MemorySegment.ofArray(new byte[n * t.itemSize()]);
            assertThrows(ArithmeticException.class, () -> kernel.row(in, off, stride, out, 0, n, dc, lc));
            return;
        }
        int item = t.itemSize();
        MemorySegment out = MemorySegment.ofArray(new byte[(n + 2) * item]);
        out.fill(CANARY);
        kernel.row(in, off, stride, out, 1, n, dc, lc);
        assertCanaries(out, item, (long) (n + 1) * item, item);
        for (int j = 0; j < n; j++) {
            long e = expected.size() == 1 ? 0 : j;
            assertElement(t, expected, e, out, 1 + j, () -> t + " n=" + n + " access " + access + " spec " + abbreviate(spec.key()));
        }
    }

    @Test
    void aVectorizableSpecReallyGetsAVectorLoop() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Vectorization.enabled(), "the Vector API module is not present");
        for (DType t : List.of(DType.FLOAT64, DType.FLOAT32, DType.INT64, DType.INT32)) {
            KernelSpec spec = chain(t, 20, 2, 1, KernelSpec.Access.UNIT, true);
            assertTrue(VectorEmitter.applies(spec), t.toString());
            assertTrue(Vectorization.loops().applies(spec), spec.key());
            KernelSpec strided = spec.withStrides(new long[] {1, -1});
            assertFalse(VectorEmitter.applies(strided));
            assertFalse(Vectorization.loops().applies(strided));
        }
    }
}
