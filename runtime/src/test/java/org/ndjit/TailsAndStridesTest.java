package org.ndjit;

import org.ndjit.engine.Lower;
import org.ndjit.engine.Materializer;
import org.ndjit.engine.Execution;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SEMANTICS 3.11-3.13: tails, negative and zero strides. For every dtype and inner lengths
 * {0, 1, VL-1, VL, VL+1, 2VL-1, 2VL+1, 196611} (VL = the preferred species length of the dtype whose lanes hold it),
 * elementwise chains (vectorizable single-dtype ones and mixed-width ones), broadcasts
 * ((N,1)+(1,M), ()+(N,) from a 0-d constant and from a 0-d array, broadcast_to views), reversed and
 * strided views over buffers created exactly to size (starting at either end), and reductions
 * (sum, max, argmax, min, argmin, along and across rows) are compiled and compared with
 * ReferenceEvaluator.evaluate bit for bit. The 196,611 case (3 x 2^16 + 3) runs a subset (the vectorizable chain
 * with its sum and argmax, (2,1)+(1,n), a[::-1] with b, the four strided views, argmax(a[::-1]))
 * to keep the suite fast, at parallelism 3, so the column split of its one row starts parts at
 * offsets that are not multiples of VL. Comparisons, logic, where and bool inputs and outputs run
 * through the vector loop's masks at the same lengths.
 */
class TailsAndStridesTest {
    /**
     * Three parallel parts of 65,537 elements at parallelism 3 (work of at least 2^16 elements a part),
     * so parts start at offsets that are not multiples of VL, and a sum crosses three of its chunks.
     */
    static final int LARGE = 3 * (1 << 16) + 3;

    /** That dtype's preferred species length; 8 when the JVM runs without the Vector API module (scalar mode). */
    /** Whether the vector loops convert between int64 and float64 (vector instructions only with AVX-512 on x86). */
    static boolean longFloatCastsVectorized() {
        var cast = new org.ndjit.codegen.KernelSpec(List.of(DType.INT64), List.of(),
                List.of(new org.ndjit.codegen.KernelSpec.Instr(org.ndjit.ir.Op.CAST, DType.FLOAT64, new int[] {0})), DType.FLOAT64,
                List.of(org.ndjit.codegen.KernelSpec.Access.UNIT));
        return org.ndjit.codegen.Vectorization.loops().applies(cast);
    }

    static int vl(DType d) {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent() ? Lanes.of(org.ndjit.codegen.NarrowDtypes.compute(d)) : 8;
    }

    /** Only this class names Vector API types, so the tests also load in a JVM without the module. */
    private static final class Lanes {
        static int of(DType d) {
            return switch (d) {
                case FLOAT64 -> jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED.length();
                case FLOAT32 -> jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.length();
                case INT64 -> jdk.incubator.vector.LongVector.SPECIES_PREFERRED.length();
                case INT32 -> jdk.incubator.vector.IntVector.SPECIES_PREFERRED.length();
                case BOOL -> jdk.incubator.vector.ByteVector.SPECIES_PREFERRED.length();
                default -> throw new IllegalStateException("not drawn here");
            };
        }
    }

    static int[] lengths(DType d) {
        int v = vl(d);
        return new int[] {0, 1, v - 1, v, v + 1, 2 * v - 1, 2 * v + 1, LARGE};
    }

    /**
     * The lengths {@link #everyDtypeAtEveryTailLength} runs: LARGE only for bool, the signed integers and the
     * floats. What LARGE adds (parallel parts starting at offsets that are not multiples of VL, a sum over
     * several chunks) depends on the element's width, which an unsigned dtype shares with its signed one;
     * each LARGE case took 1-2 s (cold vector classes and the reference over 196,611 elements).
     */
    private static int[] checkedLengths(DType d) {
        int[] all = lengths(d);
        return d.isUnsigned() ? java.util.Arrays.copyOf(all, all.length - 1) : all;
    }

    @TestFactory
    Stream<DynamicTest> everyDtypeAtEveryTailLength() {
        List<DynamicTest> tests = new ArrayList<>();
        for (DType d : DType.values()) {
            for (int n : checkedLengths(d)) {
                tests.add(DynamicTest.dynamicTest(d + " n=" + n + " (VL=" + vl(d) + ")", () -> {
                    if (n == LARGE) withParallelism(3, () -> check(d, n));
                    else check(d, n);
                }));
            }
        }
        return tests.stream();
    }

    private static void withParallelism(int p, Runnable body) {
        String before = System.getProperty("ndjit.parallelism");
        System.setProperty("ndjit.parallelism", Integer.toString(p));
        try {
            body.run();
        } finally {
            if (before == null) System.clearProperty("ndjit.parallelism");
            else System.setProperty("ndjit.parallelism", before);
        }
    }

    /**
     * Bool arrays over memory whose bytes are not all 0 or 1 (as np.frombuffer may give): any non-zero
     * byte is true for where, and, or and not, in the vector loop as in the reference, for T of every
     * lane count.
     */
    @TestFactory
    Stream<DynamicTest> wrappedBoolBytesOtherThanZeroAndOneAreTrue() {
        List<DynamicTest> tests = new ArrayList<>();
        for (DType d : List.of(DType.FLOAT64, DType.FLOAT32, DType.INT64, DType.INT32)) {
            for (int n : lengths(d)) {
                tests.add(DynamicTest.dynamicTest(d + " n=" + n + " (VL=" + vl(d) + ")", () -> {
                    byte[] pool = {0, 1, 2, -1, (byte) 0x80, 0x7F, 0x10, 0};
                    java.util.Random rng = new java.util.Random(n);
                    java.lang.foreign.MemorySegment bytes = java.lang.foreign.Arena.ofAuto().allocate(Math.max(n, 1));
                    for (int i = 0; i < n; i++) bytes.set(java.lang.foreign.ValueLayout.JAVA_BYTE, i, pool[rng.nextInt(pool.length)]);
                    NDArray m = Np.wrap(bytes, DType.BOOL, n), x = array(d, n, 3);
                    CodegenEdgeSupport.assertMatchesReference(Np.where(m, x, x.neg()), d + " n=" + n + " where(m, x, -x)");
                    CodegenEdgeSupport.assertMatchesReference(m.and(x.gt(0)).or(m.not().and(x.lt(-1))), d + " n=" + n + " m & (x > 0) | !m & (x < -1)");
                }));
            }
        }
        return tests.stream();
    }

    /** sin, cos and tanh kernels get a vector loop (float32 where its vectors widen into two of doubles), arguments past the fast range included. */
    @org.junit.jupiter.api.Test
    void trigonometricAndHyperbolicKernelsAreVectorized() {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.ndjit.codegen.Vectorization.enabled(), "no vector loop");
        for (DType d : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
            NDArray x = array(d, 1003, 3).mul(7);
            for (NDArray r : List.of(x.sin(), x.cos().mul(x), x.tanh().add(x.sin()), x.mul(1e9).sin())) {
                org.ndjit.optimizer.Plan plan = org.ndjit.engine.Execution.plan(r.node(), Materializer::known);
                if (d == DType.FLOAT64 || vl(DType.FLOAT32) == 2 * vl(DType.FLOAT64)) assertEveryKernelVectorized(plan);
                CodegenEdgeSupport.assertMatchesReference(r, plan.explain());
            }
        }
    }

    /** Every kernel of the plan, specialised for unit-stride inputs, gets a vector main loop. */
    private static void assertEveryKernelVectorized(org.ndjit.optimizer.Plan plan) {
        for (org.ndjit.optimizer.Step.Kernel k : plan.kernels()) {
            long[] unit = new long[k.inputs().size()];
            java.util.Arrays.fill(unit, 1);
            var spec = org.ndjit.engine.Lower.kernel(k).withStrides(unit);
            assertTrue(org.ndjit.codegen.Vectorization.loops().applies(spec), spec.key());
        }
    }

    /** The kernels of a leaky relu and of mask expressions get a vector loop, where bools have a byte form for the lanes. */
    @org.junit.jupiter.api.Test
    void leakyReluAndMaskKernelsAreVectorized() {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.ndjit.codegen.Vectorization.enabled() && vl(DType.FLOAT64) >= 4,
                "no vector loop, or 2-lane doubles (bools stay scalar)");
        NDArray x = array(DType.FLOAT64, 1000, 1), y = array(DType.FLOAT64, 1000, 2), m = x.gt(y).eval();
        List<NDArray> exprs = List.of(Np.where(x.gt(0), x, x.mul(0.1)), x.gt(y), x.gt(y).and(y.lt(x.mul(2))), Np.where(m, x, 0.0), m.not().or(x.lt(0.5)));
        for (NDArray r : exprs) {
            org.ndjit.optimizer.Plan plan = org.ndjit.engine.Execution.plan(r.node(), Materializer::known);
            assertEveryKernelVectorized(plan);
            CodegenEdgeSupport.assertMatchesReference(r, plan.explain());
        }
    }

    /**
     * Kernels that mix dtypes through casts (every cast between float64, float32, int64 and int32,
     * int32 + float64, float32 * float64, where(int32 > float32, ...), x.astype(float64) * 0.5) get a
     * vector loop of the widest dtype's lanes L, and equal the reference at lengths {0, 1, L-1, L,
     * L+1, 2L+1, 196611} with the casts' special values (NaN, +-inf, +-0, values past the int
     * ranges, int extremes, 2^53+1) at the first, middle, last-full-vector, first-tail and last
     * positions.
     */
    @TestFactory
    Stream<DynamicTest> mixedDtypeKernelsAreVectorizedAtEveryTailLength() {
        List<DynamicTest> tests = new ArrayList<>();
        int v = vl(DType.FLOAT64);
        DType[] numbers = {DType.FLOAT64, DType.FLOAT32, DType.INT64, DType.INT32};
        for (int n : new int[] {0, 1, v - 1, v, v + 1, 2 * v + 1, LARGE}) {
            tests.add(DynamicTest.dynamicTest("n=" + n + " (L=" + v + ")", () -> {
                List<String> failures = new ArrayList<>();
                List<NDArray> exprs = new ArrayList<>();
                List<NDArray> scalarOnPlatform = new ArrayList<>(); // casts between int64 and floats need AVX-512 on x86
                for (DType from : numbers) {
                    NDArray x = castSpecials(from, n, v, 1);
                    for (DType to : numbers) {
                        if (to == from) continue;
                        exprs.add(x.astype(to));
                        if (!longFloatCastsVectorized() && (from == DType.INT64 ? to.isFloat() : to == DType.INT64 && from.isFloat())) {
                            scalarOnPlatform.add(exprs.getLast());
                        }
                    }
                }
                NDArray i32 = castSpecials(DType.INT32, n, v, 2), f32 = castSpecials(DType.FLOAT32, n, v, 3), f64 = castSpecials(DType.FLOAT64, n, v, 4);
                exprs.add(i32.astype(DType.FLOAT64).mul(0.5));
                exprs.add(i32.add(f64));
                exprs.add(f32.add(f64));
                exprs.add(f32.mul(f64));
                exprs.add(Np.where(i32.gt(f32), i32.astype(DType.FLOAT32), f32));
                exprs.add(Np.where(f64.lt(0.5), i32, i32.neg()).astype(DType.FLOAT64).add(f64));
                for (NDArray r : exprs) {
                    try {
                        if (org.ndjit.codegen.Vectorization.enabled() && n > 0 && !scalarOnPlatform.contains(r)) {
                            org.ndjit.optimizer.Plan plan = org.ndjit.engine.Execution.plan(r.node(), Materializer::known);
                            assertEveryKernelVectorized(plan);
                        }
                        if (n == LARGE) withParallelism(3, () -> CodegenEdgeSupport.assertMatchesReference(r, "n=" + n));
                        else CodegenEdgeSupport.assertMatchesReference(r, "n=" + n);
                    } catch (AssertionError | RuntimeException e) {
                        failures.add(r.node() + ": " + e.getMessage());
                    }
                }
                if (!failures.isEmpty()) org.junit.jupiter.api.Assertions.fail(failures.size() + " failures:\n  " + String.join("\n  ", failures));
            }));
        }
        return tests.stream();
    }

    /** n values of d: the casts' special values at the first, middle, last-full-vector, first-tail and last positions, and among random values. */
    static NDArray castSpecials(DType d, int n, int vl, long seed) {
        java.util.Random rng = new java.util.Random(seed * 31 + n);
        double[] floats = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, 2147483648.0, -2147483649.0,
                2147483647.5, -2147483648.5, 9.223372036854775807E18, -9.223372036854775808E18, Math.nextDown(-9.223372036854775808E18),
                1e300, 3.4028235677973366E38, 1.0000000596046448, 2.5, -1.5, 9007199254740993.0};
        long[] longs = {Long.MIN_VALUE, Long.MAX_VALUE, (1L << 53) + 1, -(1L << 53) - 1, Integer.MAX_VALUE + 1L, Integer.MIN_VALUE - 1L,
                (1L << 24) + 1, 0x20000020000001L, 0, -1};
        int[] ints = {Integer.MIN_VALUE, Integer.MAX_VALUE, (1 << 24) + 1, 0x7FFFFFBF, 0, -1};
        int bound = n - n % vl;
        int[] at = {0, n / 2, bound - 1, bound, n - 1};
        return switch (d) {
            case FLOAT64, FLOAT32 -> {
                double[] x = new double[n];
                for (int i = 0; i < n; i++) x[i] = rng.nextInt(8) == 0 ? floats[rng.nextInt(floats.length)] : rng.nextGaussian() * Math.scalb(1.0, rng.nextInt(80) - 20);
                for (int k = 0; k < at.length; k++) if (at[k] >= 0 && at[k] < n) x[at[k]] = floats[(int) ((k + seed + n) % floats.length)];
                if (d == DType.FLOAT64) yield Np.array(x);
                float[] f = new float[n];
                for (int i = 0; i < n; i++) f[i] = (float) x[i];
                yield Np.array(f);
            }
            case INT64 -> {
                long[] x = new long[n];
                for (int i = 0; i < n; i++) x[i] = rng.nextInt(8) == 0 ? longs[rng.nextInt(longs.length)] : rng.nextLong() >> rng.nextInt(64);
                for (int k = 0; k < at.length; k++) if (at[k] >= 0 && at[k] < n) x[at[k]] = longs[(int) ((k + seed + n) % longs.length)];
                yield Np.array(x);
            }
            default -> {
                int[] x = new int[n];
                for (int i = 0; i < n; i++) x[i] = rng.nextInt(8) == 0 ? ints[rng.nextInt(ints.length)] : rng.nextInt() >> rng.nextInt(32);
                for (int k = 0; k < at.length; k++) if (at[k] >= 0 && at[k] < n) x[at[k]] = ints[(int) ((k + seed + n) % ints.length)];
                yield Np.array(x);
            }
        };
    }

    // ---- Data: Java arrays of exactly the requested size, so every array's buffer has no slack. ----

    /** n values of dtype d; floats get NaN, -0.0 and inf at a few positions (the last element among them). */
    /** {@link #array} for any dtype: the narrow and unsigned integer ones wrapped from int64's values. */
    static NDArray values(DType d, int n, long seed) {
        return switch (d) {
            case FLOAT64, FLOAT32, FLOAT16, INT32, BOOL -> array(d, n, seed);
            default -> array(DType.INT64, n, seed).astype(d);
        };
    }

    static NDArray array(DType d, int n, long seed) {
        java.util.Random rng = new java.util.Random(seed * 1_000_003L + n);
        return switch (d) {
            case FLOAT64 -> {
                double[] x = new double[n];
                for (int i = 0; i < n; i++) x[i] = rng.nextDouble() * 6 - 3;
                special(n, seed, (i, k) -> x[i] = k == 0 ? Double.NaN : k == 1 ? -0.0 : Double.POSITIVE_INFINITY);
                yield Np.array(x);
            }
            case FLOAT32 -> {
                float[] x = new float[n];
                for (int i = 0; i < n; i++) x[i] = rng.nextFloat() * 6 - 3;
                special(n, seed, (i, k) -> x[i] = k == 0 ? Float.NaN : k == 1 ? -0.0f : Float.NEGATIVE_INFINITY);
                yield Np.array(x);
            }
            case INT64 -> {
                long[] x = new long[n];
                for (int i = 0; i < n; i++) x[i] = rng.nextInt(2001) - 1000;
                if (n > 2) x[n / 2] = Long.MIN_VALUE;
                yield Np.array(x);
            }
            case INT32 -> {
                int[] x = new int[n];
                for (int i = 0; i < n; i++) x[i] = rng.nextInt(2001) - 1000;
                if (n > 2) x[n / 2] = Integer.MIN_VALUE;
                yield Np.array(x);
            }
            case BOOL -> {
                boolean[] x = new boolean[n];
                for (int i = 0; i < n; i++) x[i] = rng.nextInt(3) == 0;
                yield Np.array(x);
            }
            case FLOAT16 -> leaf(array(DType.FLOAT32, n, seed).astype(d));
            default -> { // the narrow integers: small values of both signs (wrapping into the unsigned ones), and the type's extremes
                long[] x = new long[n];
                for (int i = 0; i < n; i++) x[i] = rng.nextInt(201) - 100;
                if (n > 2) x[n / 2] = d.isUnsigned() ? -1 : -(1L << (d.bits() - 1));
                if (n > 3) x[n / 3] = d.isUnsigned() ? 1L << (d.bits() - 1) : (1L << (d.bits() - 1)) - 1;
                yield leaf(Np.array(x).astype(d));
            }
        };
    }

    /** The values of a 1-d array in new memory, as an input array (as Np.array's arrays are: not a computed, materialized node). */
    private static NDArray leaf(NDArray values) {
        org.ndjit.ir.StridedArray v = values.value();
        long bytes = v.size() * v.dtype().itemSize();
        java.lang.foreign.MemorySegment copy = java.lang.foreign.Arena.ofAuto().allocate(Math.max(1, bytes));
        java.lang.foreign.MemorySegment.copy(v.buffer().segment(), 0, copy, 0, bytes);
        return Np.wrap(copy, v.dtype(), v.size());
    }

    private interface Put { void at(int i, int kind); }

    /** Seed 1 arrays: NaN last; seed 2: -0.0 in the middle; seed 3: inf near the end and NaN at the start. */
    private static void special(int n, long seed, Put put) {
        if (n == 0) return;
        if (seed == 1) put.at(n - 1, 0);
        if (seed == 2) put.at(n / 2, 1);
        if (seed == 3) { put.at(Math.max(0, n - 2), 2); if (n > 3) put.at(0, 0); }
    }

    /** x[::step] of a fresh buffer holding exactly the (n - 1) * |step| + 1 elements the view spans. */
    static NDArray strided(DType d, int n, int step, long seed) {
        int size = n == 0 ? 0 : (n - 1) * Math.abs(step) + 1;
        NDArray view = array(d, size, seed).get("::" + step);
        assertEquals(n, view.shape()[0], "view length");
        return view;
    }

    // ---- Expressions. ----

    /** A single-dtype chain of the ops the vector loop handles (plus constants, which it broadcasts). */
    static NDArray lanewise(NDArray a, NDArray b) {
        return switch (a.dtype()) {
            case FLOAT64, FLOAT32, FLOAT16 -> a.add(b).mul(a).maximum(b).neg().abs().sqrt().sub(b).div(b.abs().add(1.5)).minimum(a).square().mul(0.5);
            case BOOL -> a.and(b).or(a.not()).maximum(b).minimum(a.or(b));
            default -> a.add(b).mul(a).maximum(b).neg().abs().sub(b).minimum(a).square().add(7);
        };
    }

    /** Mixed widths and kinds in one kernel: casts, comparisons, where (SEMANTICS 3.11; the vector loop at the widest dtype's lanes). */
    static NDArray mixed(NDArray a, NDArray b) {
        return switch (a.dtype()) {
            case FLOAT64 -> Np.where(a.gt(b), a.astype(DType.FLOAT32).mul(b.astype(DType.FLOAT32)).astype(DType.FLOAT64), b.sub(a)).add(a);
            case FLOAT32 -> Np.where(a.le(b), a.astype(DType.FLOAT64).mul(b).astype(DType.FLOAT32), a.div(b)).add(a);
            case INT64 -> a.astype(DType.INT32).mul(b.astype(DType.INT32)).add(a.astype(DType.FLOAT32)).mul(a.lt(b).astype(DType.FLOAT64));
            case INT32 -> a.add(b.astype(DType.INT64)).mul(a).add(a.astype(DType.FLOAT32).add(b));
            case BOOL -> a.astype(DType.INT32).add(b.astype(DType.FLOAT32)).mul(Np.where(a, 2.5, -1.0));
            case FLOAT16 -> Np.where(a.gt(b), a.astype(DType.FLOAT32).mul(b.astype(DType.FLOAT32)).astype(DType.FLOAT16), b.sub(a)).add(a);
            // the narrow integers: other narrow widths, an int64 and a float32 view of them, a mask
            default -> a.astype(DType.INT16).mul(b.astype(DType.UINT8)).add(a.astype(DType.FLOAT32)).mul(a.lt(b).astype(DType.FLOAT64))
                    .add(b.astype(DType.UINT32).astype(DType.INT64));
        };
    }

    static NDArray combine(NDArray a, NDArray b) {
        return switch (a.dtype()) {
            case FLOAT64, FLOAT32, FLOAT16 -> a.add(b).mul(b).maximum(a);
            case BOOL -> a.or(b).and(a.not().or(b));
            default -> a.sub(b).mul(b).maximum(a);
        };
    }

    /** A 0-d constant of dtype d (strong, as np.array(x) is). */
    static NDArray zeroD(DType d, double v) {
        return d.isBool() ? Np.scalar(v != 0) : Np.scalar(v, d);
    }

    private static void check(DType d, int n) {
        boolean large = n == LARGE;
        // At length LARGE only the cases marked large run; arrays only they read are not made.
        NDArray a = array(d, n, 1), b = array(d, n, 2), c = large ? null : array(d, n, 3);
        List<Case> cases = new ArrayList<>();
        // Elementwise on unit-stride inputs.
        Case lanewise = add(cases, true, "lanewise chain", () -> lanewise(a, b));
        Case mixed = add(cases, false, "mixed-width chain", () -> mixed(a, c));
        add(cases, false, "copy of a", () -> a.astype(d));
        // Comparisons, logic, where and casts from bool: the vector loop holds the bools as masks.
        if (!d.isBool()) {
            add(cases, false, "where((a > b) & (b <= 1) | !(a == b), a, b)", () -> Np.where(a.gt(b).and(b.le(1)).or(a.eq(b).not()), a, b));
            add(cases, false, "(a < b) | (a >= 2) & (b != a), a bool output", () -> a.lt(b).or(a.ge(2).and(b.ne(a))));
            add(cases, false, "leaky relu where(a > 0, a, a * k)", () -> Np.where(a.gt(0), a, d.isFloat() ? a.mul(0.1) : a.mul(3)));
            add(cases, false, "where over a computed mask m = a > b", () -> Np.where(a.gt(b).eval(), a, b));
            add(cases, true, "m & (a < 1) | !m over a computed mask", () -> {
                NDArray m = a.gt(b).eval();
                return m.and(a.lt(1)).or(m.not());
            });
            add(cases, false, "(a > b) as T * a", () -> a.gt(b).astype(d).mul(a));
        }
        // Broadcasts.
        NDArray col = array(d, large ? 2 : 3, 7).reshape(large ? 2 : 3, 1), row = a.reshape(1, n);
        Case outer = add(cases, true, "(N,1)+(1,n)", () -> combine(col, row));
        if (!d.isBool()) add(cases, false, "where((N,1) > (1,n), (N,1), (1,n))", () -> Np.where(col.gt(row), col, row));
        add(cases, false, "(1,n)+(N,1) lanewise", () -> lanewise(row, col));
        add(cases, false, "()+(n,) 0-d constant", () -> combine(zeroD(d, 2.5), a));
        add(cases, false, "(n,)+() 0-d constant lanewise", () -> lanewise(a, zeroD(d, -1.5)));
        NDArray zeroDArray = array(d, 1, 9).reshape();
        add(cases, false, "()+(n,) 0-d array", () -> combine(zeroDArray, b));
        add(cases, false, "(n,)+() 0-d array lanewise", () -> lanewise(b, zeroDArray));
        NDArray wide = large ? null : array(d, 3 * n, 4).reshape(3, n);
        Case broadcastTo = add(cases, false, "broadcast_to(a, (3,n)) + (3,n)", () -> lanewise(a.broadcastTo(3, n), wide));
        add(cases, false, "broadcast_to(a, (3,n)) + broadcast_to(b, (3,n))", () -> lanewise(a.broadcastTo(3, n), b.broadcastTo(3, n)));
        // Negative and non-unit strides over exact-size buffers, starting at either end.
        NDArray rev = strided(d, n, -1, 1), back2 = strided(d, n, -2, 2), fwd3 = strided(d, n, 3, 3), back3 = strided(d, n, -3, 5);
        Case revChain = add(cases, true, "a[::-1] lanewise with b", () -> lanewise(rev, b));
        Case views = add(cases, true, "a[::-1] + a[::3] + a[::-2] + a[::-3]", () -> combine(combine(rev, fwd3), combine(back2, back3)));
        add(cases, false, "a[::-2] mixed with a[::3]", () -> mixed(back2, fwd3));
        add(cases, false, "copy of a[::-1]", () -> rev.astype(d));
        NDArray m = large ? null : wide.get(":, ::-1");
        Case flipped = add(cases, false, "(3,n)[:, ::-1] lanewise with broadcast a", () -> lanewise(m, a));
        NDArray mT = large ? null : array(d, 3 * n, 6).reshape(n, 3).T();
        Case transposed = add(cases, false, "transpose (stride 3) with (3,n)", () -> combine(mT, wide));

        // Reductions: whole array, along rows and across rows. They run before any base is
        // materialized, so each reduce kernel computes its input itself (a materialized base would be
        // read as a plain input instead).
        List<Reduce> reductions = new ArrayList<>();
        for (Case base : List.of(lanewise, mixed, outer, revChain, flipped, transposed)) {
            boolean inLarge = base == lanewise;
            reductions.add(new Reduce(base, "sum", NDArray::sum, inLarge));
            reductions.add(new Reduce(base, "max", NDArray::max, false));
            reductions.add(new Reduce(base, "argmax", NDArray::argmax, inLarge));
            reductions.add(new Reduce(base, "min", NDArray::min, false));
            reductions.add(new Reduce(base, "argmin", NDArray::argmin, false));
        }
        for (Case base : List.of(outer, broadcastTo, flipped)) {
            boolean inLarge = false;
            reductions.add(new Reduce(base, "sum(axis=1)", x -> x.sum(1), inLarge));
            reductions.add(new Reduce(base, "max(axis=0)", x -> x.max(0), false));
            reductions.add(new Reduce(base, "argmax(axis=1)", x -> x.argmax(1), inLarge));
            reductions.add(new Reduce(base, "argmin(axis=0)", x -> x.argmin(0), false));
            reductions.add(new Reduce(base, "min(axis=1, keepdims)", x -> x.min(1, true), false));
        }
        Case back2Case = new Case("a[::-2]", () -> back2, true), revCase = new Case("a[::-1]", () -> rev, true), fwd3Case = new Case("a[::3]", () -> fwd3, false);
        reductions.add(new Reduce(back2Case, "sum", NDArray::sum, false));
        reductions.add(new Reduce(revCase, "argmax", NDArray::argmax, true));
        reductions.add(new Reduce(fwd3Case, "max", NDArray::max, false));
        if (d.isBool()) {
            reductions.add(new Reduce(lanewise, "any", NDArray::any, false));
            reductions.add(new Reduce(views, "all", NDArray::all, false));
        }

        List<String> failures = new ArrayList<>();
        java.util.Map<Case, StridedArray> reference = new java.util.IdentityHashMap<>();
        int checked = 0;
        for (Reduce r : reductions) {
            if (large && !r.large) continue;
            String name = r.name + "(" + r.base.name + ")";
            try {
                NDArray base = r.base.build.get();
                NDArray x;
                try {
                    x = r.op.apply(base);
                } catch (IllegalArgumentException e) {
                    // max/argmax/min/argmin over an empty axis are rejected when built (SEMANTICS 1.9).
                    if (n == 0 && !r.name.startsWith("sum") && !r.name.equals("any") && !r.name.equals("all")) continue;
                    throw e;
                }
                if (Materializer.known(base.node()) != null) throw new AssertionError("test bug: the base is materialized already");
                StridedArray baseValue = reference.computeIfAbsent(r.base, k -> ReferenceEvaluator.evaluate(base.node()));
                StridedArray expected = ReferenceEvaluator.evaluate(x.node(), node -> node == base.node() ? baseValue : null);
                CodegenEdgeSupport.assertBitIdentical(expected, x.value(), d + " n=" + n + " " + name);
                checked++;
            } catch (AssertionError | RuntimeException e) {
                failures.add(name + ": " + e);
            }
        }
        for (Case k : cases) {
            if (large && !k.large) continue;
            try {
                NDArray x = k.build.get();
                StridedArray expected = reference.containsKey(k) ? reference.get(k) : ReferenceEvaluator.evaluate(x.node());
                CodegenEdgeSupport.assertBitIdentical(expected, x.value(), d + " n=" + n + " " + k.name);
                checked++;
            } catch (AssertionError | RuntimeException e) {
                failures.add(k.name + ": " + e);
            }
        }
        if (n == 0) assertThrows(IllegalArgumentException.class, () -> a.max(), "max of an empty array has no identity");
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " cases failed (" + checked + " passed) for " + d + " n=" + n + ":\n  " + String.join("\n  ", failures));
        }
    }

    private static Case add(List<Case> cases, boolean large, String name, Supplier<NDArray> build) {
        Case c = new Case(name, build, large);
        cases.add(c);
        return c;
    }

    /** An elementwise expression; {@code large} says whether it also runs at length LARGE. */
    private record Case(String name, Supplier<NDArray> build, boolean large) {}

    private record Reduce(Case base, String name, Function<NDArray, NDArray> op, boolean large) {}

}
