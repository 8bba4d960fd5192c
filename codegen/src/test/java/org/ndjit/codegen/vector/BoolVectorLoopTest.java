package org.ndjit.codegen.vector;

import org.ndjit.codegen.*;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ndjit.DType;
import org.ndjit.ir.Op;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.ndjit.DType.BOOL;

/**
 * Kernels with bools in the vector loop (comparisons, where, logic, bool arithmetic, casts between T
 * and bool, bool inputs and outputs, bool constants, kernels of bools only), for every T, with unit
 * and broadcast inputs, at inner lengths {0, 1, VL-1, VL, VL+1, 2VL+1, 1000003}. Float operands have
 * NaN at the first element, the middle, the last element of the last full vector, the first tail
 * element and the last (and ties, +-0 and +-inf elsewhere); int operands have their extreme values
 * there. Each kernel must take the vector path and equal the reference bit for bit, writing nothing
 * outside its row. Bool bytes other than 0 and 1 (true, as the scalar loop reads them) are checked
 * against the scalar loop, and a hot loop checks the JIT-compiled code.
 */
class BoolVectorLoopTest {
    static final int LARGE = 1_000_003;
    /** Slots of the T kernels: inputs a, b (T) and m (bool); constants c (T) and k (bool); instructions from FIRST. */
    private static final int A = 0, B = 1, M = 2, C = 3, K = 4, FIRST = 5;

    /** A kernel body over T; {@code at.add(op, dtype, args...)} appends an instruction and returns its slot. */
    interface Body { void build(Instrs at, DType t); }

    static final class Instrs {
        final List<KernelSpec.Instr> list = new ArrayList<>();
        final int first;

        Instrs(int first) { this.first = first; }

        int add(Op op, DType d, int... args) {
            list.add(new KernelSpec.Instr(op, d, args));
            return first + list.size() - 1;
        }
    }

    record Case(String name, Body body, boolean large) {}

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (Op op : List.of(Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE)) {
            out.add(new Case("a " + op.numpyName() + " b", (at, t) -> at.add(op, BOOL, A, B), op == Op.GT));
        }
        out.add(new Case("c >= a", (at, t) -> at.add(Op.GE, BOOL, C, A), false));
        out.add(new Case("where(a > c, a, a * c)", (at, t) -> at.add(Op.WHERE, t, at.add(Op.GT, BOOL, A, C), A, at.add(Op.MUL, t, A, C)), true));
        out.add(new Case("where(a < b, a, b)", (at, t) -> at.add(Op.WHERE, t, at.add(Op.LT, BOOL, A, B), A, B), false));
        out.add(new Case("(a > b) & (b <= c) | !(a == b)", (at, t) -> {
            int and = at.add(Op.AND, BOOL, at.add(Op.GT, BOOL, A, B), at.add(Op.LE, BOOL, B, C));
            at.add(Op.OR, BOOL, and, at.add(Op.NOT, BOOL, at.add(Op.EQ, BOOL, A, B)));
        }, true));
        out.add(new Case("where(m, a, b)", (at, t) -> at.add(Op.WHERE, t, M, A, B), true));
        out.add(new Case("m & (a < b) | !m | k", (at, t) -> {
            int or = at.add(Op.OR, BOOL, at.add(Op.AND, BOOL, M, at.add(Op.LT, BOOL, A, B)), at.add(Op.NOT, BOOL, M));
            at.add(Op.OR, BOOL, or, K);
        }, false));
        // Each op on two bools alone (a chain of them would hide a wrong one), one operand a mask from a comparison.
        for (Op op : List.of(Op.AND, Op.OR, Op.ADD, Op.MUL, Op.MAXIMUM, Op.MINIMUM, Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE)) {
            out.add(new Case("m " + op.numpyName() + " (a < b)", (at, t) -> at.add(op, BOOL, M, at.add(Op.LT, BOOL, A, B)), op == Op.LE));
            out.add(new Case("(a < b) " + op.numpyName() + " m", (at, t) -> at.add(op, BOOL, at.add(Op.LT, BOOL, A, B), M), false));
        }
        out.add(new Case("absolute(m) & !(a < b)", (at, t) -> at.add(Op.AND, BOOL, at.add(Op.ABS, BOOL, M), at.add(Op.NOT, BOOL, at.add(Op.LT, BOOL, A, B))), false));
        out.add(new Case("where(m, a > b, a < b)", (at, t) -> at.add(Op.WHERE, BOOL, M, at.add(Op.GT, BOOL, A, B), at.add(Op.LT, BOOL, A, B)), false));
        out.add(new Case("(a != 0 as bool) as T + m as T", (at, t) -> {
            int fromA = at.add(Op.CAST, t, at.add(Op.CAST, BOOL, A));
            at.add(Op.ADD, t, fromA, at.add(Op.CAST, t, M));
        }, false));
        return out;
    }

    /** Kernels of bools only (the byte species): inputs p, q, constant k. */
    static List<Case> boolOnlyCases() {
        return List.of(
                new Case("p & q | !p", (at, t) -> at.add(Op.OR, BOOL, at.add(Op.AND, BOOL, 0, 1), at.add(Op.NOT, BOOL, 0)), true),
                new Case("where(p, q, k) != p", (at, t) -> at.add(Op.NE, BOOL, at.add(Op.WHERE, BOOL, 0, 1, 2), 0), false));
    }

    static KernelSpec spec(DType t, Case c, List<KernelSpec.Access> access) {
        boolean boolOnly = t == BOOL;
        Instrs at = new Instrs(boolOnly ? 3 : FIRST);
        c.body().build(at, t);
        List<DType> inputs = boolOnly ? List.of(BOOL, BOOL) : List.of(t, t, BOOL);
        List<DType> constants = boolOnly ? List.of(BOOL) : List.of(t, BOOL);
        return new KernelSpec(inputs, constants, at.list, at.list.getLast().dtype(), access);
    }

    /**
     * Whether kernels with bools over T get a vector loop: T's lane count must have a byte form
     * (4, or 8 to 64); 2 lanes (doubles in 128-bit vectors) keep the scalar loop.
     */
    static boolean vectorized(DType t) {
        return Vectorization.enabled() && List.of(4, 8, 16, 32, 64).contains(PanamaProvider.lanes(t));
    }

    static int vl(DType t) {
        return Vectorization.enabled() ? PanamaProvider.lanes(t) : 8;
    }

    /** The positions the vector loop treats differently: first, middle, last of the last full vector, first of the tail, last. */
    static int[] specialPositions(int n, int vl) {
        int bound = n - n % vl;
        return new int[] {0, n / 2, bound - 1, bound, n - 1};
    }

    /** One operand's logical values: a small pool with ties, and NaN (or extreme ints) at the special positions. */
    static Object[] column(DType d, int n, int vl, long seed) {
        java.util.Random rng = new java.util.Random(seed * 7919 + n);
        Object[] x = new Object[n];
        double[] floats = {0.0, -0.0, 0.5, -0.5, 1.0, 2.0, -3.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        long[] ints = {0, 1, -1, 2, -3, 3};
        for (int i = 0; i < n; i++) {
            x[i] = switch (d) {
                case FLOAT64, FLOAT32 -> floats[rng.nextInt(floats.length)];
                case INT64, INT32 -> ints[rng.nextInt(ints.length)];
                case BOOL -> rng.nextBoolean();
                default -> throw new IllegalArgumentException("no kernels for " + d);
            };
        }
        int[] special = specialPositions(n, vl);
        for (int k = 0; k < special.length; k++) {
            int p = special[k] + (int) seed % 2; // odd seeds shift by one, so one operand's NaN meets the other's numbers
            if (p < 0 || p >= n) continue;
            x[p] = switch (d) {
                case FLOAT64, FLOAT32 -> Double.NaN;
                case INT64 -> k % 2 == 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
                case INT32 -> k % 2 == 0 ? (long) Integer.MIN_VALUE : (long) Integer.MAX_VALUE;
                case BOOL -> x[p];
                default -> throw new IllegalArgumentException("no kernels for " + d);
            };
        }
        return x;
    }

    static Object constant(DType d, int variant) {
        return switch (d) {
            case FLOAT64, FLOAT32 -> new Object[] {0.5, Double.NaN, -0.0}[variant % 3];
            case INT64, INT32 -> new Object[] {1L, 0L, -3L}[variant % 3];
            case BOOL -> variant % 2 == 0;
            default -> throw new IllegalArgumentException("no kernels for " + d);
        };
    }

    static List<List<KernelSpec.Access>> accessPatterns(DType t) {
        KernelSpec.Access u = KernelSpec.Access.UNIT, b = KernelSpec.Access.BROADCAST;
        return t == BOOL ? List.of(List.of(u, u), List.of(u, b), List.of(b, u)) : List.of(List.of(u, u, u), List.of(u, b, u), List.of(u, u, b), List.of(b, u, u));
    }

    @TestFactory
    Stream<DynamicTest> everyBoolKernelAtEveryTailLengthMatchesTheReference() {
        List<DynamicTest> tests = new ArrayList<>();
        for (DType t : DType.values()) {
            if (!t.hasKernels()) continue;
            int v = vl(t);
            for (int n : new int[] {0, 1, v - 1, v, v + 1, 2 * v + 1, LARGE}) {
                tests.add(DynamicTest.dynamicTest(t + " n=" + n + " (VL=" + v + ")", () -> {
                    List<String> failures = new ArrayList<>();
                    for (Case c : t == BOOL ? boolOnlyCases() : cases()) {
                        if (n == LARGE && !c.large()) continue;
                        List<List<KernelSpec.Access>> patterns = n == LARGE ? accessPatterns(t).subList(0, 1) : accessPatterns(t);
                        for (int p = 0; p < patterns.size(); p++) {
                            KernelSpec spec = spec(t, c, patterns.get(p));
                            String what = t + " n=" + n + " " + c.name() + " " + patterns.get(p);
                            try {
                                assertEquals(vectorized(t), VectorEmitter.applies(spec), "takes the vector path");
                                check(spec, n, p, what);
                            } catch (AssertionError | RuntimeException e) {
                                failures.add(what + ": " + e.getMessage());
                            }
                        }
                    }
                    if (!failures.isEmpty()) fail(failures.size() + " failures:\n  " + String.join("\n  ", failures));
                }));
            }
        }
        return tests.stream();
    }

    private static final KernelCheck.Data DATA = new KernelCheck.Data() {
        public Object[] column(DType d, int n, int vl, long seed) { return BoolVectorLoopTest.column(d, n, vl, seed); }
        public Object constant(DType d, int variant) { return BoolVectorLoopTest.constant(d, variant); }
    };

    /** Runs the spec's kernel over columns made for length n and compares every element with the reference. */
    private static void check(KernelSpec spec, int n, int variant, String what) {
        KernelCheck.check(spec, Vectorization.enabled() ? VectorEmitter.lanes(spec) : 8, n, variant, what, 1, DATA);
    }

    /**
     * Bool input bytes other than 0 and 1 are true in the vector loop as in the scalar loop (which
     * reads any non-zero byte as true), in every lane position, for every kernel reading m.
     */
    @Test
    void boolBytesOtherThanZeroAndOneAreTrueInTheVectorLoop() {
        byte[] pool = {0, 1, 2, (byte) 0x80, (byte) 0xFF, 0x7F, 0x10, 0, 0};
        for (DType t : List.of(DType.FLOAT64, DType.FLOAT32, DType.INT64, DType.INT32, BOOL)) {
            int v = vl(t), n = 4 * v + 3;
            for (Case c : t == BOOL ? boolOnlyCases() : cases()) {
                KernelSpec vector = spec(t, c, accessPatterns(t).getFirst()), scalar = spec(t, c, List.of());
                int inputs = vector.inputs().size();
                MemorySegment[] in = new MemorySegment[inputs];
                java.util.Random rng = new java.util.Random(n);
                for (int i = 0; i < inputs; i++) {
                    DType d = vector.inputs().get(i);
                    if (d == BOOL) {
                        byte[] bytes = new byte[n];
                        for (int j = 0; j < n; j++) bytes[j] = pool[rng.nextInt(pool.length)];
                        in[i] = MemorySegment.ofArray(bytes);
                    } else {
                        in[i] = GeneratedClassTest.contiguous(d, column(d, n, v, i + 1)).segment();
                    }
                }
                long[] off = new long[inputs], stride = new long[inputs];
                Arrays.fill(stride, 1);
                double[] dc = {0.5, 0};
                long[] lc = {1, 1};
                if (t == BOOL) lc = new long[] {1};
                MemorySegment expected = KernelCheck.run(RowKernelCompiler.compile(scalar), in, off, stride, n, dc, lc, vector.output());
                MemorySegment actual = KernelCheck.run(RowKernelCompiler.compile(vector), in, off, stride, n, dc, lc, vector.output());
                assertSameElements(vector.output(), expected, actual, n, t + " " + c.name());
            }
        }
    }

    /**
     * The kernels called often enough to be JIT-compiled by C2 (which intrinsifies the masks and
     * blends that the interpreter and C1 run as Java code), on rows of 4 vectors and a tail with NaN
     * moving through every lane, against the scalar loop.
     */
    @Test
    void hotVectorLoopsKeepNaNSemantics() {
        for (DType t : List.of(DType.FLOAT64, DType.FLOAT32)) {
            int v = vl(t), n = 4 * v + 3;
            // One row per NaN position of a (b's NaN moves at another pace), built once.
            MemorySegment[][] rows = new MemorySegment[n][];
            for (int r = 0; r < n; r++) {
                Object[] a = column(t, n, v, 1), b = column(t, n, v, 2);
                a[r] = Double.NaN;
                b[(r * 7) % n] = Double.NaN;
                rows[r] = new MemorySegment[] {GeneratedClassTest.contiguous(t, a).segment(), GeneratedClassTest.contiguous(t, b).segment(),
                        GeneratedClassTest.contiguous(BOOL, column(BOOL, n, v, r)).segment()};
            }
            for (Case c : cases()) {
                if (!c.large()) continue;
                KernelSpec vectorSpec = spec(t, c, accessPatterns(t).getFirst());
                RowKernel vector = RowKernelCompiler.compile(vectorSpec), scalar = RowKernelCompiler.compile(spec(t, c, List.of()));
                DType out = vectorSpec.output();
                MemorySegment expected = MemorySegment.ofArray(new byte[(n + 2) * out.itemSize()]), actual = MemorySegment.ofArray(new byte[(n + 2) * out.itemSize()]);
                long[] off = new long[3], stride = {1, 1, 1};
                double[] dc = {0.5, 0};
                long[] lc = {0, 1};
                for (int round = 0; round < 20_000; round++) {
                    MemorySegment[] in = rows[round % n];
                    scalar.row(in, off, stride, expected, 1, n, dc, lc);
                    vector.row(in, off, stride, actual, 1, n, dc, lc);
                    if (expected.mismatch(actual) >= 0) assertSameElements(out, expected, actual, n, t + " " + c.name() + " round " + round);
                }
            }
        }
    }

    /** Equal elements (any NaN equals any NaN; +0.0 and -0.0 differ). */
    private static void assertSameElements(DType d, MemorySegment expected, MemorySegment actual, int n, String what) {
        for (int j = 1; j <= n; j++) {
            long e, a;
            switch (d) {
                case FLOAT64 -> {
                    double x = expected.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, j), y = actual.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, j);
                    e = Double.isNaN(x) ? 0 : Double.doubleToRawLongBits(x);
                    a = Double.isNaN(y) && Double.isNaN(x) ? 0 : Double.doubleToRawLongBits(y);
                }
                case FLOAT32 -> {
                    float x = expected.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, j), y = actual.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, j);
                    e = Float.isNaN(x) ? 0 : Float.floatToRawIntBits(x);
                    a = Float.isNaN(y) && Float.isNaN(x) ? 0 : Float.floatToRawIntBits(y);
                }
                case INT64 -> { e = expected.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, j); a = actual.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, j); }
                case INT32 -> { e = expected.getAtIndex(ValueLayout.JAVA_INT_UNALIGNED, j); a = actual.getAtIndex(ValueLayout.JAVA_INT_UNALIGNED, j); }
                case BOOL -> { e = expected.get(ValueLayout.JAVA_BYTE, j); a = actual.get(ValueLayout.JAVA_BYTE, j); }
                default -> throw new IllegalStateException();
            }
            int at = j - 1;
            assertEquals(e, a, () -> what + ": element " + at + " differs from the scalar loop's");
        }
    }

    @Test
    void leakyReluAndMaskKernelsTakeTheVectorPath() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Vectorization.enabled(), "the Vector API module is not present");
        for (DType t : List.of(DType.FLOAT64, DType.FLOAT32, DType.INT64, DType.INT32)) {
            if (!vectorized(t)) continue;
            for (Case c : cases()) {
                KernelSpec spec = spec(t, c, accessPatterns(t).getFirst());
                assertTrue(VectorEmitter.applies(spec), t + " " + c.name());
                assertTrue(Vectorization.loops().applies(spec), spec.key());
                byte[] bytes = RowKernelCompiler.generate(spec, "Kernel");
                GeneratedClassTest.assertVerifies(bytes, spec);
                assertTrue(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains("jdk/incubator/vector/VectorMask"), "uses masks");
            }
        }
        // A strided input keeps the scalar loop; a second non-bool dtype (a cast) no longer does.
        KernelSpec leaky = spec(DType.FLOAT64, cases().get(7), accessPatterns(DType.FLOAT64).getFirst());
        assertEquals("where(a > c, a, a * c)", cases().get(7).name());
        assertTrue(!VectorEmitter.applies(leaky.withStrides(new long[] {1, -1, 1})));
        KernelSpec cast = new KernelSpec(List.of(DType.INT32), List.of(), List.of(new KernelSpec.Instr(Op.CAST, DType.FLOAT64, new int[] {0})),
                DType.FLOAT64, List.of(KernelSpec.Access.UNIT));
        assertTrue(VectorEmitter.applies(cast));
    }
}
