package org.ndjit.codegen;

import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.ir.Op;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.ndjit.DType.*;

/**
 * The vector loops of int8, int16, uint8 to uint64 and float16 (codegen.vector's {@code VectorNarrow}: values
 * held in int, long or float lanes, widened on load, narrowed after each op and on store): every elementwise
 * op, comparison, where and cast of them gives the scalar class's bytes (which the runtime's
 * NarrowDtypeProperties hold to the reference), for every bit pattern of the integer inputs and the
 * casts' special float values, at lengths around the lane count, over native memory and over Java
 * arrays of the storage type (the loop's array copies), with nothing written outside the row (a NaN
 * matching any NaN). Which
 * kernels take the vector loop is asserted too: uint64's division-like ops, its float casts and
 * float64's cast to float16 keep the scalar loop; float16 takes the vector loop where float32 does.
 */
class NarrowVectorLoopTest {
    private static final List<DType> NARROW = List.of(INT8, INT16, UINT8, UINT16, UINT32, UINT64);
    private static final List<DType> ALL = List.of(BOOL, INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32, UINT64, FLOAT16, FLOAT32, FLOAT64);
    private static final KernelSpec.Access UNIT = KernelSpec.Access.UNIT, BROADCAST = KernelSpec.Access.BROADCAST;
    private static final double[] FLOAT_SPECIALS = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, 0.5, -0.5,
            -1.0, 127.5, 128.0, 255.0, 256.0, -129.0, 32767.0, 32768.0, 65535.9, 65536.0, -32769.0, 2147483648.0, 4294967295.0,
            4294967296.0, -2147483649.0, 9.3e18, 1.8446744073709552e19, -9.3e18, 1e300};

    private record Case(String name, List<DType> inputs, List<DType> constants, List<KernelSpec.Instr> instrs) {
        KernelSpec spec(List<KernelSpec.Access> access) {
            return new KernelSpec(inputs, constants, instrs, instrs.getLast().dtype(), access);
        }
    }

    private static KernelSpec.Instr instr(Op op, DType d, int... args) {
        return new KernelSpec.Instr(op, d, args);
    }

    private static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (DType d : NARROW) {
            for (Op op : List.of(Op.ADD, Op.SUB, Op.MUL, Op.MAXIMUM, Op.MINIMUM, Op.FMAX, Op.FMIN, Op.BITWISE_AND, Op.BITWISE_OR,
                    Op.BITWISE_XOR, Op.LEFT_SHIFT, Op.RIGHT_SHIFT)) {
                if (op.domain().dtypes().contains(d)) out.add(new Case("a " + op.numpyName() + " b", List.of(d, d), List.of(), List.of(instr(op, d, 0, 1))));
            }
            for (Op op : List.of(Op.NEG, Op.ABS, Op.SQUARE, Op.INVERT, Op.SIGN)) {
                if (op.domain().dtypes().contains(d)) out.add(new Case(op.numpyName() + "(a)", List.of(d), List.of(), List.of(instr(op, d, 0))));
            }
            for (Op op : List.of(Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE)) {
                out.add(new Case("a " + op.numpyName() + " b", List.of(d, d), List.of(), List.of(instr(op, BOOL, 0, 1))));
            }
            // where(a > b, a * c, b): slots a=0, b=1, c=2
            out.add(new Case("where(a > b, a * c, b)", List.of(d, d), List.of(d),
                    List.of(instr(Op.GT, BOOL, 0, 1), instr(Op.MUL, d, 0, 2), instr(Op.WHERE, d, 3, 4, 1))));
            // (a + c) * b - a, each step wrapping
            out.add(new Case("(a + c) * b - a", List.of(d, d), List.of(d),
                    List.of(instr(Op.ADD, d, 0, 2), instr(Op.MUL, d, 3, 1), instr(Op.SUB, d, 4, 0))));
            // Results read by ops that see their high bits: each must be wrapped first.
            out.add(new Case("(a + b) as float64", List.of(d, d), List.of(), List.of(instr(Op.ADD, d, 0, 1), instr(Op.CAST, FLOAT64, 2))));
            out.add(new Case("a - b < c", List.of(d, d), List.of(d), List.of(instr(Op.SUB, d, 0, 1), instr(Op.LT, BOOL, 3, 2))));
            out.add(new Case("maximum(a * b, c)", List.of(d, d), List.of(d), List.of(instr(Op.MUL, d, 0, 1), instr(Op.MAXIMUM, d, 3, 2))));
            out.add(new Case("(a - b) >> c", List.of(d, d), List.of(d), List.of(instr(Op.SUB, d, 0, 1), instr(Op.RIGHT_SHIFT, d, 3, 2))));
            for (DType other : ALL) {
                if (other == d) continue;
                out.add(new Case("a as " + other, List.of(d), List.of(), List.of(instr(Op.CAST, other, 0))));
                out.add(new Case("a:" + other + " as " + d, List.of(other), List.of(), List.of(instr(Op.CAST, d, 0))));
            }
        }
        // The uint8 image normalization: x.astype(float32) / c
        out.add(new Case("a:uint8 as float32 / c", List.of(UINT8), List.of(FLOAT32), List.of(instr(Op.CAST, FLOAT32, 0), instr(Op.DIV, FLOAT32, 2, 1))));
        out.addAll(float16Cases());
        return out;
    }

    /** float16's ops, comparisons, where, chains that round after every op, and casts to and from every dtype. */
    private static List<Case> float16Cases() {
        List<Case> out = new ArrayList<>();
        for (Op op : List.of(Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.MAXIMUM, Op.MINIMUM, Op.FMAX, Op.FMIN, Op.POW, Op.MOD, Op.ARCTAN2)) {
            out.add(new Case("float16 a " + op.numpyName() + " b", List.of(FLOAT16, FLOAT16), List.of(), List.of(instr(op, FLOAT16, 0, 1))));
        }
        for (Op op : List.of(Op.NEG, Op.ABS, Op.SQRT, Op.SQUARE, Op.EXP, Op.LOG, Op.SIN, Op.TANH, Op.RINT, Op.FLOOR)) {
            out.add(new Case("float16 " + op.numpyName() + "(a)", List.of(FLOAT16), List.of(), List.of(instr(op, FLOAT16, 0))));
        }
        for (Op op : List.of(Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE)) {
            out.add(new Case("float16 a " + op.numpyName() + " b", List.of(FLOAT16, FLOAT16), List.of(), List.of(instr(op, BOOL, 0, 1))));
        }
        out.add(new Case("float16 a * b + c", List.of(FLOAT16, FLOAT16), List.of(FLOAT16),
                List.of(instr(Op.MUL, FLOAT16, 0, 1), instr(Op.ADD, FLOAT16, 3, 2))));
        out.add(new Case("float16 where(a > b, a * c, b)", List.of(FLOAT16, FLOAT16), List.of(FLOAT16),
                List.of(instr(Op.GT, BOOL, 0, 1), instr(Op.MUL, FLOAT16, 0, 2), instr(Op.WHERE, FLOAT16, 3, 4, 1))));
        out.add(new Case("float16 (a * b) as float32 + c", List.of(FLOAT16, FLOAT16), List.of(FLOAT32),
                List.of(instr(Op.MUL, FLOAT16, 0, 1), instr(Op.CAST, FLOAT32, 3), instr(Op.ADD, FLOAT32, 4, 2))));
        for (DType other : ALL) {
            if (other == FLOAT16) continue;
            out.add(new Case("float16 a as " + other, List.of(FLOAT16), List.of(), List.of(instr(Op.CAST, other, 0))));
            out.add(new Case("a:" + other + " as float16", List.of(other), List.of(), List.of(instr(Op.CAST, FLOAT16, 0))));
        }
        return out;
    }

    /**
     * Whether the case must take the vector loop on this JVM (with the preferred species, at least 256
     * bits). A float16 case must where its float32 twin does (float16 in float lanes), but for
     * float64's and uint64's casts to float16 and uint64's from it (rounded once from the double, unsigned).
     */
    private static boolean mustVectorize(Case c) {
        KernelSpec.Instr first = c.instrs().getFirst();
        DType in = c.inputs().getFirst(), to = first.dtype();
        if (!everyStorageSpeciesFits(c)) return false;
        if (in == FLOAT16 || to == FLOAT16) {
            if (first.op() != Op.CAST) {
                if (c.instrs().size() > 1) return true; // the chains: ops float lanes compute, and a cast to float32 in the same lanes
                KernelSpec twin = new KernelSpec(c.inputs().stream().map(NarrowVectorLoopTest::f32).toList(), List.of(),
                        List.of(new KernelSpec.Instr(first.op(), f32(to), first.args())), f32(to), Collections.nCopies(c.inputs().size(), UNIT));
                return Vectorization.loops().applies(twin);
            }
            if (in == FLOAT64 || in == UINT64 || to == UINT64) return false;
            if (f32(in) == f32(to)) return true; // float32 to float16 and back: a rounding in the same lanes
        }
        List<DType> slots = new ArrayList<>(c.inputs());
        slots.addAll(c.constants());
        for (KernelSpec.Instr i : c.instrs()) {
            if (in == UINT64 && List.of(Op.RIGHT_SHIFT, Op.ABS, Op.SIGN).contains(i.op())) return false;
            if (i.op() == Op.CAST && !castVectorizes(slots.get(i.args()[0]), i.dtype())) return false;
            slots.add(i.dtype());
        }
        return true;
    }

    /** Not uint64's casts to and from floats; int64 lanes to and from floats only where they are vector instructions. */
    private static boolean castVectorizes(DType from, DType to) {
        if (from == UINT64 && to.isFloat() || to == UINT64 && from.isFloat()) return false;
        DType f = NarrowDtypes.compute(from), t = NarrowDtypes.compute(to);
        boolean longFloat = f == INT64 && t.isFloat() || f.isFloat() && t == INT64;
        return !longFloat || Vectorization.describe().contains("int64-float casts");
    }

    /**
     * Whether, with the lanes of the case's widest lane dtype in the vector size, every dtype's elements in
     * memory fill a species of at least 64 bits: on 256 bits, int8 beside int64 lanes (4 lanes, 32 bits of
     * bytes) has none, and the kernel stays scalar.
     */
    private static boolean everyStorageSpeciesFits(Case c) {
        int bits = Vectorization.describe().contains("512-bit") ? 512 : 256;
        List<DType> all = new ArrayList<>(c.inputs());
        all.addAll(c.constants());
        for (KernelSpec.Instr i : c.instrs()) all.add(i.dtype());
        int widest = all.stream().filter(d -> !d.isBool()).mapToInt(d -> NarrowDtypes.compute(d).itemSize()).max().orElse(1);
        int lanes = bits / (8 * widest);
        return all.stream().allMatch(d -> d.isBool() || lanes * 8 * d.itemSize() >= 64);
    }

    private static DType f32(DType d) {
        return d == FLOAT16 ? FLOAT32 : d;
    }

    @Test
    void narrowKernelsTakeTheVectorLoop() {
        assumeTrue(Vectorization.enabled() && Vectorization.describe().matches("Vector API, (256|512)-bit.*"), "needs the Vector API with 256 bits or more");
        List<String> wrong = new ArrayList<>();
        for (Case c : cases()) {
            KernelSpec spec = c.spec(Collections.nCopies(c.inputs().size(), UNIT));
            if (Vectorization.loops().applies(spec) != mustVectorize(c)) wrong.add(spec.key() + " vector=" + !mustVectorize(c));
        }
        assertEquals(List.of(), wrong);
        KernelSpec image = cases().stream().filter(c -> c.name().startsWith("a:uint8 as float32")).findFirst().orElseThrow().spec(List.of(UNIT));
        String listing = RowKernelCompiler.listing(image);
        assertTrue(listing.contains("ZERO_EXTEND_B2I"), listing);
        assertTrue(listing.contains("ByteVector.fromArray"), listing);
        KernelSpec max = new KernelSpec(List.of(UINT64, UINT64), List.of(), List.of(instr(Op.MAXIMUM, UINT64, 0, 1)), UINT64, List.of(UNIT, UNIT));
        assertTrue(RowKernelCompiler.listing(max).contains("UMAX"));
        KernelSpec lt = new KernelSpec(List.of(UINT64, UINT64), List.of(), List.of(instr(Op.LT, BOOL, 0, 1)), BOOL, List.of(UNIT, UNIT));
        assertTrue(RowKernelCompiler.listing(lt).contains("ULT"));
        KernelSpec strided = new KernelSpec(List.of(UINT8), List.of(), List.of(instr(Op.NEG, UINT8, 0)), UINT8, List.of(KernelSpec.Access.STRIDED));
        assertFalse(Vectorization.loops().applies(strided));
    }

    @Test
    void vectorClassGivesTheScalarClassBytes() {
        List<String> failures = new ArrayList<>();
        for (Case c : cases()) {
            KernelSpec first = c.spec(Collections.nCopies(c.inputs().size(), UNIT));
            int lanes = Math.max(2, Vectorization.loops().lanes(first));
            for (List<KernelSpec.Access> access : accessPatterns(c.inputs().size())) {
                KernelSpec spec = c.spec(access);
                RowKernel scalar = RowKernelCompiler.compileScalar(spec), vector = RowKernelCompiler.compile(spec);
                for (int n : new int[] {0, 1, lanes - 1, lanes, lanes + 1, 2 * lanes + 1, 1003}) {
                    for (boolean arrays : new boolean[] {false, true}) {
                        long seed = 31L * n + c.name().hashCode() + access.hashCode();
                        byte[] expected = run(scalar, spec, n, seed, false), actual = run(vector, spec, n, seed, arrays);
                        try {
                            assertArrayEquals(expected, anyNaNAsExpected(expected, actual, spec.output()));
                        } catch (AssertionError e) {
                            failures.add(spec.key() + " " + access + " n=" + n + (arrays ? " arrays" : " native") + ": " + e.getMessage());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    /**
     * {@code actual} with each float element that is a NaN where {@code expected}'s is one replaced by
     * expected's bytes: a NaN is any NaN (float16's conversions quiet signaling NaNs in the JDK's
     * intrinsics, which the scalar loop calls, and keep them in the vector loop's Float16Lanes).
     */
    private static byte[] anyNaNAsExpected(byte[] expected, byte[] actual, DType out) {
        if (!out.isFloat() || expected.length != actual.length) return actual;
        byte[] fixed = actual.clone();
        MemorySegment e = MemorySegment.ofArray(expected), a = MemorySegment.ofArray(actual);
        for (long i = 0; i < expected.length / out.itemSize(); i++) {
            if (isNaN(e, i, out) && isNaN(a, i, out)) MemorySegment.copy(e, i * out.itemSize(), MemorySegment.ofArray(fixed), i * out.itemSize(), out.itemSize());
        }
        return fixed;
    }

    private static boolean isNaN(MemorySegment s, long i, DType d) {
        return switch (d) {
            case FLOAT16 -> Float.isNaN(Float.float16ToFloat(s.getAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, i)));
            case FLOAT32 -> Float.isNaN(s.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, i));
            default -> Double.isNaN(s.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, i));
        };
    }

    /** Unit access for every input, or one broadcast input. */
    private static List<List<KernelSpec.Access>> accessPatterns(int inputs) {
        List<List<KernelSpec.Access>> out = new ArrayList<>();
        out.add(Collections.nCopies(inputs, UNIT));
        for (int b = 0; b < inputs; b++) {
            List<KernelSpec.Access> a = new ArrayList<>(Collections.nCopies(inputs, UNIT));
            a.set(b, BROADCAST);
            out.add(a);
        }
        return out;
    }

    /** The output's bytes (with one guard element each side) after row() over inputs made from the seed. */
    private static byte[] run(RowKernel kernel, KernelSpec spec, int n, long seed, boolean arrays) {
        Random rng = new Random(seed);
        int inputs = spec.inputs().size();
        MemorySegment[] in = new MemorySegment[inputs];
        long[] stride = new long[inputs];
        for (int i = 0; i < inputs; i++) {
            DType d = spec.inputs().get(i);
            boolean broadcast = spec.access().get(i) == BROADCAST;
            int length = broadcast ? 1 : n;
            in[i] = arrays ? d.newArraySegment(length) : Arena.ofAuto().allocate(Math.max(1, (long) length * d.itemSize()));
            fill(in[i], d, length, rng);
            stride[i] = broadcast ? 0 : 1;
        }
        // Constants: 3 for integers (wrapping in the multiplications), 255 for floats.
        double[] dc = new double[spec.constants().size()];
        long[] lc = new long[spec.constants().size()];
        java.util.Arrays.fill(dc, 255.0);
        java.util.Arrays.fill(lc, spec.constants().isEmpty() || spec.constants().getFirst() != UINT64 ? 3 : -3);
        DType out = spec.output();
        MemorySegment result = arrays ? out.newArraySegment(n + 2) : Arena.ofAuto().allocate((long) (n + 2) * out.itemSize());
        result.fill((byte) 0x5A);
        kernel.row(in, new long[inputs], stride, result, 1, n, dc, lc);
        return result.toArray(ValueLayout.JAVA_BYTE);
    }

    /** Random bits for integers (every value), a special value or a random bit pattern for floats, 0 or 1 for bools. */
    private static void fill(MemorySegment s, DType d, int length, Random rng) {
        for (int j = 0; j < length; j++) {
            double special = FLOAT_SPECIALS[rng.nextInt(FLOAT_SPECIALS.length)] * (rng.nextBoolean() ? 1 : 1 + rng.nextInt(1000) / 1e4);
            switch (d) {
                case BOOL -> s.set(ValueLayout.JAVA_BYTE, j, (byte) rng.nextInt(2));
                case FLOAT64 -> s.setAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, j, rng.nextBoolean() ? special : Double.longBitsToDouble(rng.nextLong()));
                case FLOAT32 -> s.setAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, j, rng.nextBoolean() ? (float) special : Float.intBitsToFloat(rng.nextInt()));
                case FLOAT16 -> s.setAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, j, rng.nextBoolean() ? Float.floatToFloat16((float) special) : (short) rng.nextInt());
                default -> {
                    byte[] bits = new byte[d.itemSize()];
                    rng.nextBytes(bits);
                    // Small counts too, so that shifts by less than the width are drawn.
                    if (rng.nextInt(3) == 0) java.util.Arrays.fill(bits, 1, bits.length, (byte) 0);
                    if (rng.nextInt(3) == 0) bits[0] &= 0x3F;
                    MemorySegment.copy(MemorySegment.ofArray(bits), 0, s, (long) j * d.itemSize(), bits.length);
                }
            }
        }
    }
}
