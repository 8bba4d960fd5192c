package org.ndjit.codegen.vector;

import org.ndjit.codegen.*;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ndjit.DType;
import org.ndjit.ir.Op;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.ndjit.DType.BOOL;
import static org.ndjit.DType.FLOAT32;
import static org.ndjit.DType.FLOAT64;
import static org.ndjit.DType.INT32;
import static org.ndjit.DType.INT64;

/**
 * Kernels whose values span several dtypes joined by casts, in the vector loop: every cast between
 * float64, float32, int64 and int32, casts to and from bool among them, mixed arithmetic, masks of
 * one dtype's species selecting values of another, bool inputs and constants. The loop runs at the
 * lanes of the widest dtype, every dtype in its species of that many lanes. At inner lengths {0, 1,
 * L-1, L, L+1, 2L+1, 1000003} the operands hold the casts' special values (NaN, +-inf, +-0, halves,
 * values just inside and past the int32 and int64 ranges, int extremes, 2^53+1 and other longs that
 * round, float32 rounding ties and overflow) at the first, middle, last-of-the-last-full-vector,
 * first-tail and last positions and everywhere else at random; results must equal the reference bit
 * for bit (NaN as NaN), with nothing written outside the row.
 */
class MixedDtypeVectorLoopTest {
    static final int LARGE = 1_000_003;
    private static final List<DType> NUMBERS = List.of(FLOAT64, FLOAT32, INT64, INT32);

    static final double[] FLOAT_SPECIALS = {
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
            2147483647.0, 2147483647.5, 2147483648.0, -2147483648.0, -2147483648.5, -2147483649.0, 4294967296.0,
            9.223372036854775807E18, Math.nextDown(9.223372036854775807E18), -9.223372036854775808E18,
            Math.nextDown(-9.223372036854775808E18), 1e300, -1e300, Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE,
            0.5, -0.5, 1.5, -1.5, 2.5, 0.9999999, -0.9999999, 3.4028235677973366E38, 3.4028234663852886E38,
            1.401298464324817e-45, 7.006492321624085e-46, 1.0000000596046448, 1.0000001788139343, 16777217.0,
            9007199254740993.0, Math.PI, -Math.E};
    static final long[] LONG_SPECIALS = {
            0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1, Integer.MAX_VALUE, Integer.MIN_VALUE,
            Integer.MAX_VALUE + 1L, Integer.MIN_VALUE - 1L, 0xFFFFFFFFL, (1L << 53) + 1, -(1L << 53) - 1, (1L << 53) + 3,
            (1L << 54) + 2, (1L << 24) + 1, (1L << 62) + 1, (1L << 63) - 513, 0x20000020000001L, 0x1234567887654321L};
    static final long[] INT_SPECIALS = {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE + 1, (1 << 24) + 1,
            -(1 << 24) - 1, (1 << 24) + 3, 0x7FFFFFBF, 0x7FFFFFC0, 0x7FFFFF80, 12345};

    /** A kernel over the given inputs and constants; the body appends instructions with {@code at.add}. */
    record Case(String name, List<DType> inputs, List<DType> constants, BoolVectorLoopTest.Body body, boolean large) {
        KernelSpec spec(List<KernelSpec.Access> access) {
            BoolVectorLoopTest.Instrs at = new BoolVectorLoopTest.Instrs(inputs.size() + constants.size());
            body.build(at, null);
            return new KernelSpec(inputs, constants, at.list, at.list.getLast().dtype(), access);
        }
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        // Every cast between two number dtypes, alone and inside a kernel with a where and a bool input.
        for (DType from : NUMBERS) {
            for (DType to : NUMBERS) {
                if (from == to) continue;
                out.add(new Case("a:" + from + " as " + to, List.of(from), List.of(), (at, t) -> at.add(Op.CAST, to, 0), true));
                // where(m, a as to, b) + (a as bool as to): slots a=0, b=1, m=2
                out.add(new Case("where(m, a:" + from + " as " + to + ", b) + a as bool as " + to, List.of(from, to, BOOL), List.of(),
                        (at, t) -> {
                            int cast = at.add(Op.CAST, to, 0);
                            int w = at.add(Op.WHERE, to, 2, cast, 1);
                            at.add(Op.ADD, to, w, at.add(Op.CAST, to, at.add(Op.CAST, BOOL, 0)));
                        }, false));
            }
        }
        // x_int32.astype(float64) * 0.5
        out.add(new Case("a:int32 as float64 * c", List.of(INT32), List.of(FLOAT64), (at, t) -> at.add(Op.MUL, FLOAT64, at.add(Op.CAST, FLOAT64, 0), 1), true));
        // int32 + float64, float32 * float64, int64 - float32
        out.add(new Case("a:int32 + b:float64", List.of(INT32, FLOAT64), List.of(), (at, t) -> at.add(Op.ADD, FLOAT64, at.add(Op.CAST, FLOAT64, 0), 1), true));
        out.add(new Case("a:float32 * b:float64", List.of(FLOAT32, FLOAT64), List.of(), (at, t) -> at.add(Op.MUL, FLOAT64, at.add(Op.CAST, FLOAT64, 0), 1), true));
        out.add(new Case("a:int64 - b:float32 (float64)", List.of(INT64, FLOAT32), List.of(),
                (at, t) -> at.add(Op.SUB, FLOAT64, at.add(Op.CAST, FLOAT64, 0), at.add(Op.CAST, FLOAT64, 1)), false));
        // where(a:int32 > b:float32, a, b) in float32: an int32-to-float32 cast, a float32 mask
        out.add(new Case("where(a:int32 > b:float32, a, b)", List.of(INT32, FLOAT32), List.of(), (at, t) -> {
            int a = at.add(Op.CAST, FLOAT32, 0);
            at.add(Op.WHERE, FLOAT32, at.add(Op.GT, BOOL, a, 1), a, 1);
        }, true));
        // A float64 mask selecting int32 values, and a float64 result from them.
        out.add(new Case("where(a:float64 > c, x:int32, y:int32) as float64 * a", List.of(FLOAT64, INT32, INT32), List.of(FLOAT64), (at, t) -> {
            int w = at.add(Op.WHERE, INT32, at.add(Op.GT, BOOL, 0, 3), 1, 2);
            at.add(Op.MUL, FLOAT64, at.add(Op.CAST, FLOAT64, w), 0);
        }, true));
        // Logic between masks of two species, with a bool input and a bool constant: a bool output.
        out.add(new Case("(a:float64 < b:float64) & (x:int32 > y:int32) | m ^ k", List.of(FLOAT64, FLOAT64, INT32, INT32, BOOL), List.of(BOOL), (at, t) -> {
            int and = at.add(Op.AND, BOOL, at.add(Op.LT, BOOL, 0, 1), at.add(Op.GT, BOOL, 2, 3));
            at.add(Op.OR, BOOL, and, at.add(Op.NE, BOOL, 4, 5));
        }, true));
        out.add(new Case("(x:int32 > y:int32) == (a:float32 as float64 <= b:float64)", List.of(INT32, INT32, FLOAT32, FLOAT64), List.of(), (at, t) -> {
            int lhs = at.add(Op.GT, BOOL, 0, 1);
            at.add(Op.EQ, BOOL, lhs, at.add(Op.LE, BOOL, at.add(Op.CAST, FLOAT64, 2), 3));
        }, false));
        // where of bools from two species, then cast to a third dtype.
        out.add(new Case("where(m, a:int64 != 0, b:float32 >= 0) as int32 + x:int32", List.of(BOOL, INT64, FLOAT32, INT32), List.of(FLOAT32), (at, t) -> {
            int w = at.add(Op.WHERE, BOOL, 0, at.add(Op.CAST, BOOL, 1), at.add(Op.GE, BOOL, 2, 4));
            at.add(Op.ADD, INT32, at.add(Op.CAST, INT32, w), 3);
        }, false));
        // Round trips and chains of casts.
        out.add(new Case("a:float64 as float32 as float64 - a", List.of(FLOAT64), List.of(), (at, t) ->
                at.add(Op.SUB, FLOAT64, at.add(Op.CAST, FLOAT64, at.add(Op.CAST, FLOAT32, 0)), 0), false));
        out.add(new Case("a:int64 as float64 as int64 as int32 as float32", List.of(INT64), List.of(), (at, t) ->
                at.add(Op.CAST, FLOAT32, at.add(Op.CAST, INT32, at.add(Op.CAST, INT64, at.add(Op.CAST, FLOAT64, 0)))), false));
        // A float64 function next to a float32 value, and a float32 exp in float32 vectors of half the preferred size.
        out.add(new Case("exp(a:float32 as float64) as float32 * b:float32", List.of(FLOAT32, FLOAT32), List.of(), (at, t) ->
                at.add(Op.MUL, FLOAT32, at.add(Op.CAST, FLOAT32, at.add(Op.EXP, FLOAT64, at.add(Op.CAST, FLOAT64, 0))), 1), false));
        out.add(new Case("exp(a:float64 as float32) as float64 * a", List.of(FLOAT64), List.of(), (at, t) ->
                at.add(Op.MUL, FLOAT64, at.add(Op.CAST, FLOAT64, at.add(Op.EXP, FLOAT32, at.add(Op.CAST, FLOAT32, 0))), 0), true));
        return out;
    }

    /** Every case vectorizes, but for casts between int64 and floats where the platform lacks them (x86 without AVX-512). */
    static boolean expectVector(KernelSpec spec) {
        if (!Vectorization.enabled()) return false;
        for (KernelSpec.Instr i : spec.instrs()) {
            if (i.op() == Op.CAST && VectorEmitter.longFloat(spec.slotType(i.args()[0]), i.dtype()) && !PanamaProvider.longFloatCasts()) return false;
        }
        return true;
    }

    static int lanes(KernelSpec spec) {
        return Vectorization.enabled() ? VectorEmitter.lanes(spec) : 8;
    }

    /** Unit access for every input, or one broadcast input. */
    static List<List<KernelSpec.Access>> accessPatterns(int inputs) {
        List<List<KernelSpec.Access>> out = new ArrayList<>();
        out.add(java.util.Collections.nCopies(inputs, KernelSpec.Access.UNIT));
        for (int b = 0; b < inputs; b++) {
            List<KernelSpec.Access> a = new ArrayList<>(java.util.Collections.nCopies(inputs, KernelSpec.Access.UNIT));
            a.set(b, KernelSpec.Access.BROADCAST);
            out.add(a);
        }
        return out;
    }

    /** Values of a dtype: its specials at the special positions (a different one per length and seed), and any pool value elsewhere. */
    static Object[] column(DType d, int n, int vl, long seed) {
        Random rng = new Random(seed * 7919 + n);
        Object[] pool = pool(d);
        Object[] x = new Object[n];
        for (int i = 0; i < n; i++) {
            x[i] = switch (d) {
                case BOOL -> rng.nextBoolean();
                default -> rng.nextInt(4) == 0 ? random(d, rng) : pool[rng.nextInt(pool.length)];
            };
        }
        int[] special = BoolVectorLoopTest.specialPositions(n, vl);
        for (int k = 0; k < special.length; k++) {
            int p = special[k] + (int) seed % 2;
            if (p < 0 || p >= n || d == BOOL) continue;
            x[p] = pool[(int) ((k + seed + n) % pool.length)];
        }
        return x;
    }

    static Object[] pool(DType d) {
        return switch (d) {
            case FLOAT64, FLOAT32 -> Arrays.stream(FLOAT_SPECIALS).boxed().toArray();
            case INT64 -> Arrays.stream(LONG_SPECIALS).boxed().toArray();
            case INT32 -> Arrays.stream(INT_SPECIALS).boxed().toArray();
            case BOOL -> new Object[] {true, false};
            default -> throw new IllegalArgumentException("no kernels for " + d);
        };
    }

    static Object random(DType d, Random rng) {
        return switch (d) {
            case FLOAT64 -> rng.nextBoolean() ? Double.longBitsToDouble(rng.nextLong()) : rng.nextGaussian() * Math.scalb(1.0, rng.nextInt(140) - 70);
            case FLOAT32 -> rng.nextBoolean() ? (double) Float.intBitsToFloat(rng.nextInt()) : (double) (float) (rng.nextGaussian() * Math.scalb(1.0, rng.nextInt(80) - 40));
            case INT64 -> rng.nextLong() >> rng.nextInt(64);
            case INT32 -> (long) (rng.nextInt() >> rng.nextInt(32));
            case BOOL -> rng.nextBoolean();
            default -> throw new IllegalArgumentException("no kernels for " + d);
        };
    }

    static Object constant(DType d, int variant) {
        return switch (d) {
            case FLOAT64, FLOAT32 -> new Object[] {0.5, Double.NaN, -0.0}[variant % 3];
            case INT64, INT32 -> new Object[] {1L, 0L, -3L}[variant % 3];
            case BOOL -> variant % 2 == 0;
            default -> throw new IllegalArgumentException("no kernels for " + d);
        };
    }

    @TestFactory
    Stream<DynamicTest> everyMixedKernelAtEveryTailLengthMatchesTheReference() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            int v = lanes(c.spec(accessPatterns(c.inputs().size()).getFirst()));
            tests.add(DynamicTest.dynamicTest(c.name() + " (L=" + v + ")", () -> {
                List<String> failures = new ArrayList<>();
                for (int n : new int[] {0, 1, v - 1, v, v + 1, 2 * v + 1, LARGE}) {
                    if (n == LARGE && !c.large()) continue;
                    List<List<KernelSpec.Access>> patterns = accessPatterns(c.inputs().size());
                    if (n == LARGE) patterns = patterns.subList(0, 1);
                    for (int p = 0; p < patterns.size(); p++) {
                        KernelSpec spec = c.spec(patterns.get(p));
                        String what = "n=" + n + " " + patterns.get(p);
                        try {
                            assertEquals(expectVector(spec), VectorEmitter.applies(spec), "takes the vector path");
                            check(spec, n, p, what);
                        } catch (AssertionError | RuntimeException e) {
                            failures.add(what + ": " + e.getMessage());
                        }
                    }
                }
                if (!failures.isEmpty()) fail(failures.size() + " failures:\n  " + String.join("\n  ", failures));
            }));
        }
        return tests.stream();
    }

    /** Hot rows of every cast: the JIT-compiled vector loop (C2's intrinsics) on all the specials at every lane position. */
    @Test
    void hotCastLoopsKeepJavaCastSemantics() {
        for (Case c : cases()) {
            if (!c.name().startsWith("a:") || c.inputs().size() != 1) continue;
            KernelSpec spec = c.spec(List.of(KernelSpec.Access.UNIT));
            int v = lanes(spec);
            for (int round = 0; round < 3; round++) check(spec, 20_000 + v * round + round, round, c.name() + " hot round " + round, 30);
        }
    }

    /** The mixed kernels take the vector path (the cache key says so, and the class uses conversions); strided inputs keep the scalar loop. */
    @Test
    void mixedKernelsTakeTheVectorPath() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Vectorization.enabled(), "the Vector API module is not present");
        for (Case c : cases()) {
            KernelSpec spec = c.spec(accessPatterns(c.inputs().size()).getFirst());
            if (!expectVector(spec)) continue;
            assertTrue(VectorEmitter.applies(spec), c.name());
            assertTrue(Vectorization.loops().applies(spec), spec.key());
            byte[] bytes = RowKernelCompiler.generate(spec, "Kernel");
            GeneratedClassTest.assertVerifies(bytes, spec);
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            if (c.name().startsWith("a:")) assertTrue(text.contains("convertShape"), c.name());
            assertFalse(text.contains("SPECIES_PREFERRED"), "species are fixed-size static fields");
            List<KernelSpec.Access> strided = new ArrayList<>(spec.access());
            strided.set(0, KernelSpec.Access.STRIDED);
            assertFalse(VectorEmitter.applies(new KernelSpec(spec.inputs(), spec.constants(), spec.instrs(), spec.output(), strided)));
        }
        // L is the widest dtype's preferred lanes; narrower dtypes use the species of that many lanes.
        KernelSpec i2d = cases().stream().filter(c -> c.name().equals("a:int32 as float64 * c")).findFirst().orElseThrow()
                .spec(List.of(KernelSpec.Access.UNIT));
        assertEquals(PanamaProvider.lanes(FLOAT64), VectorEmitter.lanes(i2d));
        String listing = RowKernelCompiler.listing(i2d);
        assertTrue(listing.contains("IntVector.SPECIES_" + 32 * PanamaProvider.lanes(FLOAT64)), listing);
        // A float32 exp in a loop of float64 lanes computes in float32's species of those lanes; a float32
        // function that needs the preferred species (log widens it in halves of the preferred doubles) keeps the scalar loop.
        KernelSpec expF = new KernelSpec(List.of(FLOAT64), List.of(), List.of(new KernelSpec.Instr(Op.CAST, FLOAT32, new int[] {0}),
                new KernelSpec.Instr(Op.EXP, FLOAT32, new int[] {1})), FLOAT32, List.of(KernelSpec.Access.UNIT));
        assertTrue(VectorEmitter.applies(expF));
        assertTrue(RowKernelCompiler.listing(expF).contains("FloatVector.SPECIES_" + 32 * PanamaProvider.lanes(FLOAT64)));
        KernelSpec logF = new KernelSpec(List.of(FLOAT64), List.of(), List.of(new KernelSpec.Instr(Op.CAST, FLOAT32, new int[] {0}),
                new KernelSpec.Instr(Op.LOG, FLOAT32, new int[] {1})), FLOAT32, List.of(KernelSpec.Access.UNIT));
        assertFalse(VectorEmitter.applies(logF));
    }

    private static void check(KernelSpec spec, int n, int variant, String what) {
        check(spec, n, variant, what, 1);
    }

    private static final KernelCheck.Data DATA = new KernelCheck.Data() {
        public Object[] column(DType d, int n, int vl, long seed) { return MixedDtypeVectorLoopTest.column(d, n, vl, seed); }
        public Object constant(DType d, int variant) { return MixedDtypeVectorLoopTest.constant(d, variant); }
    };

    /** Runs the spec's kernel {@code reps} times over columns made for length n and compares every element with the reference. */
    private static void check(KernelSpec spec, int n, int variant, String what, int reps) {
        KernelCheck.check(spec, lanes(spec), n, variant, what, reps, DATA);
    }
}
