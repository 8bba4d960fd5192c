package org.ndjit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.ndjit.ir.ViewSeeds.*;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Views, broadcasting binary ops and reductions through the public API on real data, each compared
 * with a nested-loop model written here (SEMANTICS 1.1, 1.9-1.11, 1.14, 1.15). The model of an array
 * is its shape and its values in C order; view ops are index arithmetic on that, never strides.
 * Binary operands and reduction inputs are of any of the twelve dtypes, with values small enough to be
 * exact in double (the model wraps integer results to their dtype and rounds float16 ones through
 * float32, as NumPy's loops do; bool - bool must be refused with NumPy's message).
 *
 * <p>Inputs are drawn as small numbers interpreted against the current shape (an axis seed modulo the
 * rank, and so on), so every shrunk case is still a valid program and failures shrink to short chains.
 *
 * <p>jqwik's edge-case mixing is off ({@code EdgeCasesMode.NONE}): combined over many parameters it makes
 * about a third of all tries rank-0 or empty. The generators draw those cases themselves at a fixed rate
 * instead (rank 0 in 1/5 of the shapes, a 0 in 1/16 of the dims, empty and None-bounded slices).
 */
class ViewAndReductionPropertiesTest {
    static final int MAX_RANK = 6;
    static final long MAX_SIZE = 1500;
    static final double EPS = Math.ulp(1.0);   // float64 machine epsilon, 2^-52

    // =====================================================================================
    // The model.
    // =====================================================================================

    record Model(long[] shape, double[] v) {
        int ndim() { return shape.length; }

        int size() { return v.length; }

        int flat(long[] idx) {
            long f = 0;
            for (int k = 0; k < shape.length; k++) f = f * shape[k] + idx[k];
            return (int) f;
        }

        double get(long[] idx) { return v[flat(idx)]; }

        /** Element {@code j} of the result is element {@code source(j)} of this array. */
        Model gather(long[] newShape, Function<long[], long[]> source) {
            int n = (int) sizeOf(newShape);
            double[] out = new double[n];
            long[] idx = new long[newShape.length];
            for (int f = 0; f < n; f++) {
                out[f] = get(source.apply(idx.clone()));
                increment(idx, newShape);
            }
            return new Model(newShape.clone(), out);
        }

        @Override
        public String toString() { return "Model" + Arrays.toString(shape) + Arrays.toString(v); }
    }

    static long sizeOf(long[] shape) {
        long n = 1;
        for (long d : shape) n *= d;
        return n;
    }

    static void increment(long[] idx, long[] shape) {
        for (int k = shape.length - 1; k >= 0; k--) {
            if (++idx[k] < shape[k]) return;
            idx[k] = 0;
        }
    }

    /** Python's {@code range(len)[start:stop:step]} (CPython's PySlice_AdjustIndices). */
    static long[] pySlice(long len, Long start, Long stop, long step) {
        long s = start == null ? (step < 0 ? len - 1 : 0) : adjust(start, len, step);
        long e = stop == null ? (step < 0 ? -1 : len) : adjust(stop, len, step);
        List<Long> out = new ArrayList<>();
        for (long i = s; step > 0 ? i < e : i > e; i += step) out.add(i);
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private static long adjust(long b, long len, long step) {
        if (b < 0) {
            b += len;
            if (b < 0) b = step < 0 ? -1 : 0;
        } else if (b >= len) {
            b = step < 0 ? len - 1 : len;
        }
        return b;
    }

    static Model permute(Model m, int[] perm) {
        int n = m.ndim();
        int[] p = Arrays.stream(perm).map(a -> a < 0 ? a + n : a).toArray();
        long[] shape = new long[n];
        for (int i = 0; i < n; i++) shape[i] = m.shape[p[i]];
        return m.gather(shape, j -> {
            long[] src = new long[n];
            for (int i = 0; i < n; i++) src[p[i]] = j[i];
            return src;
        });
    }

    static Model sliceModel(Model m, int axis, Long start, Long stop, long step) {
        int a = axis < 0 ? axis + m.ndim() : axis;
        long[] picked = pySlice(m.shape[a], start, stop, step);
        long[] shape = m.shape.clone();
        shape[a] = picked.length;
        return m.gather(shape, j -> {
            j[a] = picked[(int) j[a]];
            return j;
        });
    }

    static Model expandDimsModel(Model m, int axis) {
        int a = axis < 0 ? axis + m.ndim() + 1 : axis;
        long[] shape = new long[m.ndim() + 1];
        for (int i = 0, t = 0; i < shape.length; i++) shape[i] = i == a ? 1 : m.shape[t++];
        return m.gather(shape, j -> {
            long[] src = new long[m.ndim()];
            for (int i = 0, t = 0; i < j.length; i++) if (i != a) src[t++] = j[i];
            return src;
        });
    }

    static Model squeezeModel(Model m, int[] axes) {
        int n = m.ndim();
        boolean[] drop = new boolean[n];
        if (axes.length == 0) for (int k = 0; k < n; k++) drop[k] = m.shape[k] == 1;
        for (int a : axes) drop[a < 0 ? a + n : a] = true;
        long[] shape = IntStream.range(0, n).filter(k -> !drop[k]).mapToLong(k -> m.shape[k]).toArray();
        return m.gather(shape, j -> {
            long[] src = new long[n];
            for (int k = 0, t = 0; k < n; k++) src[k] = drop[k] ? 0 : j[t++];
            return src;
        });
    }

    /** The value of {@code m} broadcast to {@code target}: stretched (length-1 or missing) axes read index 0. */
    static Model broadcastModel(Model m, long[] target) {
        int lead = target.length - m.ndim();
        return m.gather(target, j -> {
            long[] src = new long[m.ndim()];
            for (int k = 0; k < m.ndim(); k++) src[k] = m.shape[k] == 1 ? 0 : j[lead + k];
            return src;
        });
    }

    /** NumPy's broadcast of two shapes by the rule (reference written here; null if incompatible). */
    static long[] broadcastShape(long[] a, long[] b) {
        int r = Math.max(a.length, b.length);
        long[] out = new long[r];
        for (int i = 1; i <= r; i++) {
            long x = a.length - i >= 0 ? a[a.length - i] : 1, y = b.length - i >= 0 ? b[b.length - i] : 1;
            if (x != 1 && y != 1 && x != y) return null;
            out[r - i] = x == 1 ? y : x;
        }
        return out;
    }

    // =====================================================================================
    // Random view chains.
    // =====================================================================================

    enum VKind { T, TRANSPOSE_AXES, GET, SLICE, EXPAND_DIMS, SQUEEZE_ALL, SQUEEZE_AXIS, BROADCAST, RESHAPE, RAVEL, COMPUTE }

    enum IKind { SLICE, AT, NEW_AXIS, ELLIPSIS }

    /** One entry of a {@code get(Index...)}: the kind and numbers for a slice or an integer. */
    record ISeed(IKind kind, Integer start, Integer stop, int step, int i) {}

    record VStep(VKind kind, int axis, int n, Integer start, Integer stop, int step, List<Integer> keys, List<ISeed> index) {}

    enum BaseKind { ARANGE_INT64, RANDOM_FLOAT64 }

    record Chain(BaseKind base, long[] shape, long seed, List<VStep> steps) {
        @Override
        public String toString() { return base + " " + Arrays.toString(shape) + " seed=" + seed + " " + steps; }
    }

    static Arbitrary<VStep> vsteps() {
        Arbitrary<ISeed> iseed = Combinators.combine(Arbitraries.of(IKind.class), bound(), bound(), step(),
                Arbitraries.integers().between(0, 20)).as(ISeed::new);
        return Combinators.combine(Arbitraries.of(VKind.class), Arbitraries.integers().between(-6, 6),
                Arbitraries.integers().between(0, 40), bound(), bound(), step(), keys(), iseed.list().ofMaxSize(5)).as(VStep::new);
    }

    @Provide
    Arbitrary<Chain> chains() {
        return Combinators.combine(Arbitraries.of(BaseKind.class), shapes(), Arbitraries.longs().between(0, 1000),
                vsteps().list().ofMaxSize(7).withSizeDistribution(RandomDistribution.uniform())).as(Chain::new);
    }

    record Arr(NDArray x, Model m, List<String> applied) {}

    /**
     * Nodes are hash-consed and keep their computed value, so an expression built in one try is the
     * same node (possibly already materialized) as an equal one from an earlier try that the GC has not
     * collected yet. Each try's arange therefore starts at a fresh value, making every node of the try
     * new and the run independent of earlier tries; random bases are fresh buffers anyway.
     */
    static final java.util.concurrent.atomic.AtomicLong FRESH = new java.util.concurrent.atomic.AtomicLong(1_000_000);

    static Arr base(BaseKind kind, long[] shape, long seed) {
        long n = sizeOf(shape);
        NDArray x;
        double[] values;
        if (kind == BaseKind.ARANGE_INT64) {
            long start = FRESH.getAndAdd(10_000);
            x = Np.arange(start, start + n).reshape(shape);
            values = IntStream.range(0, (int) n).mapToDouble(i -> start + i).toArray();
        } else {
            x = Np.random(seed).randn(shape);
            values = x.toDoubleArray();   // a freshly filled contiguous buffer, read in order
        }
        List<String> applied = new ArrayList<>();
        applied.add((kind == BaseKind.ARANGE_INT64 ? "arange(s, s+" + n + ").reshape" : "randn") + Arrays.toString(shape));
        return new Arr(x, new Model(shape.clone(), values), applied);
    }

    static Long boxed(Integer i) { return i == null ? null : (long) i; }

    static String py(Long start, Long stop, long step) {
        return (start == null ? "" : start) + ":" + (stop == null ? "" : stop) + (step == 1 ? "" : ":" + step);
    }

    /**
     * Applies a step through the public API and to the model; null when it does not apply. Without
     * {@code materializing}, nothing is computed before the end of the chain, so {@code eval()} is
     * replaced by {@code add(0)}.
     */
    static Arr apply(Arr a, VStep st, boolean materializing) {
        NDArray x = a.x;
        Model m = a.m;
        int n = m.ndim();
        NDArray nx;
        Model nm;
        String what;
        switch (st.kind) {
            case T -> {
                what = ".T()";
                nx = x.T();
                nm = permute(m, IntStream.range(0, n).map(i -> n - 1 - i).toArray());
            }
            case TRANSPOSE_AXES -> {
                int[] perm = permutation(n, st.keys, st.n);
                what = ".transpose" + Arrays.toString(perm);
                nx = x.transpose(perm);
                nm = permute(m, perm);
            }
            case SLICE -> {
                if (n == 0) return null;
                int axis = axisOf(st.axis, n);
                what = ".slice(" + axis + ", " + st.start + ", " + st.stop + ", " + st.step + ")";
                nx = x.slice(axis, boxed(st.start), boxed(st.stop), st.step);
                nm = sliceModel(m, axis, boxed(st.start), boxed(st.stop), st.step);
            }
            case GET -> {
                return get(a, st.index, materializing);
            }
            case EXPAND_DIMS -> {
                if (n + 1 > MAX_RANK) return null;
                int axis = axisOf(st.axis, n + 1);
                what = ".expandDims(" + axis + ")";
                nx = x.expandDims(axis);
                nm = expandDimsModel(m, axis);
            }
            case SQUEEZE_ALL -> {
                what = ".squeeze()";
                nx = x.squeeze();
                nm = squeezeModel(m, new int[0]);
            }
            case SQUEEZE_AXIS -> {
                int[] ones = IntStream.range(0, n).filter(k -> m.shape[k] == 1).toArray();
                if (ones.length == 0) return null;
                int k = ones[Math.floorMod(st.axis, ones.length)];
                int axis = st.axis < 0 ? k - n : k;
                what = ".squeeze(" + axis + ")";
                nx = x.squeeze(axis);
                nm = squeezeModel(m, new int[] {axis});
            }
            case BROADCAST -> {
                int lead = Math.max(0, Math.min(Math.floorMod(st.n, 3), MAX_RANK - n)); // the chain may already exceed MAX_RANK
                long[] target = new long[lead + n];
                for (int i = 0; i < lead; i++) target[i] = stretch(key(st.keys, i, 2), i + st.n);
                for (int k = 0; k < n; k++) target[lead + k] = m.shape[k] == 1 ? stretch(key(st.keys, lead + k, 1), lead + k + st.n) : m.shape[k];
                if (sizeOf(target) > MAX_SIZE) return null;
                what = ".broadcastTo" + Arrays.toString(target);
                nx = x.broadcastTo(target);
                nm = broadcastModel(m, target);
            }
            case RESHAPE -> {
                long[] target = reshapeTarget(m.size(), st.n, st.axis, st.keys);
                long[] requested = target.clone();
                boolean unknown = target.length > 0 && (st.n / 5) % 2 == 1;
                if (unknown) requested[Math.floorMod(st.axis, target.length)] = -1;
                what = ".reshape" + Arrays.toString(requested);
                long known = 1;
                for (long d : requested) if (d != -1) known *= d;
                if (unknown && known == 0) {
                    // -1 is ambiguous when the other dims multiply to 0 (NumPy: "cannot reshape array of size 0 into shape (0,newaxis)").
                    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> x.reshape(requested),
                            () -> "expected an error for " + a.applied + " then " + what);
                    assertTrue(e.getMessage().startsWith("cannot reshape array of size 0 into shape ("), e.getMessage());
                    return null;
                }
                nx = x.reshape(requested);
                nm = new Model(target, m.v.clone());
            }
            case RAVEL -> {
                what = ".ravel()";
                nx = x.ravel();
                nm = new Model(new long[] {m.size()}, m.v.clone());
            }
            case COMPUTE -> {
                switch (Math.floorMod(st.n, 3)) {
                    case 0 -> { what = ".add(0)"; nx = x.add(0L); }
                    case 1 -> {
                        what = materializing ? ".eval()" : ".add(0)";
                        nx = materializing ? x.eval() : x.add(0L);
                    }
                    default -> { what = ".neg().neg()"; nx = x.neg().neg(); }
                }
                nm = m;
            }
            default -> throw new AssertionError(st.kind);
        }
        List<String> applied = new ArrayList<>(a.applied);
        applied.add(what);
        return new Arr(nx, nm, applied);
    }

    /** The entries of an index NumPy accepts: at most n ints/slices, one ellipsis, result rank bounded. */
    static List<ISeed> keptEntries(int n, List<ISeed> seeds) {
        List<ISeed> kept = new ArrayList<>();
        int consumed = 0, ats = 0, newAxes = 0;
        boolean ellipsis = false;
        for (ISeed s : seeds) {
            switch (s.kind) {
                case SLICE, AT -> {
                    if (consumed == n) continue;
                    consumed++;
                    if (s.kind == IKind.AT) ats++;
                }
                case NEW_AXIS -> {
                    if (n - ats + newAxes + 1 > MAX_RANK) continue;
                    newAxes++;
                }
                case ELLIPSIS -> {
                    if (ellipsis) continue;
                    ellipsis = true;
                }
            }
            kept.add(s);
        }
        return kept;
    }

    /** NumPy basic indexing {@code x[i0, i1, ...]} with ints, slices, None and one ellipsis. */
    static Arr get(Arr a, List<ISeed> seeds, boolean materializing) {
        Model m = a.m;
        int n = m.ndim();
        List<ISeed> kept = keptEntries(n, seeds);
        int consumed = (int) kept.stream().filter(e -> e.kind == IKind.AT || e.kind == IKind.SLICE).count();
        int fill = n - consumed;
        // Pass 2: build the index and the model's map from result axes to input axes.
        List<Index> index = new ArrayList<>();
        List<String> text = new ArrayList<>();
        long[] fixed = new long[n];
        Arrays.fill(fixed, -1);
        List<long[]> outPicked = new ArrayList<>();   // per result axis: picked input indices (null for a new axis)
        List<Integer> outInput = new ArrayList<>();   // per result axis: the input axis (-1 for a new axis)
        int p = 0;
        for (ISeed s : kept) {
            switch (s.kind) {
                case AT, SLICE -> {
                    long len = m.shape[p];
                    if (s.kind == IKind.AT && len > 0) {
                        long i = Math.floorMod(s.i, 2 * len) - len;
                        index.add(Index.at(i));
                        text.add(Long.toString(i));
                        fixed[p] = i < 0 ? i + len : i;
                    } else {
                        index.add(Index.slice(boxed(s.start), boxed(s.stop), s.step));
                        text.add(py(boxed(s.start), boxed(s.stop), s.step));
                        outPicked.add(pySlice(len, boxed(s.start), boxed(s.stop), s.step));
                        outInput.add(p);
                    }
                    p++;
                }
                case NEW_AXIS -> {
                    index.add(Index.NEW_AXIS);
                    text.add("None");
                    outPicked.add(null);
                    outInput.add(-1);
                }
                case ELLIPSIS -> {
                    index.add(Index.ELLIPSIS);
                    text.add("...");
                    for (int k = 0; k < fill; k++, p++) {
                        outPicked.add(pySlice(m.shape[p], null, null, 1));
                        outInput.add(p);
                    }
                }
            }
        }
        for (; p < n; p++) {
            outPicked.add(pySlice(m.shape[p], null, null, 1));
            outInput.add(p);
        }
        long[] shape = outPicked.stream().mapToLong(x -> x == null ? 1 : x.length).toArray();
        Model nm = m.gather(shape, j -> {
            long[] src = fixed.clone();
            for (int t = 0; t < j.length; t++) if (outInput.get(t) >= 0) src[outInput.get(t)] = outPicked.get(t)[(int) j[t]];
            return src;
        });
        String what = ".get[" + String.join(", ", text) + "]";
        NDArray nx = a.x.get(index.toArray(new Index[0]));
        // The same index written as NumPy text must mean the same thing (the same node, or equal values).
        NDArray parsed = a.x.get(String.join(", ", text));
        assertArrayEquals(nx.shape(), parsed.shape(), () -> "get(\"" + String.join(", ", text) + "\") vs get(Index...) after " + a.applied);
        if (materializing) {
            assertArrayEquals(nx.toDoubleArray(), parsed.toDoubleArray(), () -> "get(\"" + String.join(", ", text) + "\") vs get(Index...) after " + a.applied);
        }
        List<String> applied = new ArrayList<>(a.applied);
        applied.add(what);
        return new Arr(nx, nm, applied);
    }

    static void checkShape(Arr a) {
        String h = String.join("", a.applied);
        assertArrayEquals(a.m.shape, a.x.shape(), () -> "shape of " + h);
        assertEquals(a.m.size(), a.x.size(), () -> "size of " + h);
    }

    static void checkValues(Arr a) {
        String h = String.join("", a.applied);
        checkShape(a);
        double[] got = a.x.toDoubleArray();
        assertArrayEquals(a.m.v, got, () -> "values of " + h + "\n expected " + Arrays.toString(a.m.v) + "\n got      " + Arrays.toString(got));
    }

    /**
     * Runs the chain, checking every step's shape. With {@code materializing}, every intermediate array is
     * also computed and compared (so later steps consume already-materialized views); without, only the
     * final array is computed, as one plan over the whole chain.
     */
    static Arr run(Chain c, boolean materializing) {
        Arr a = base(c.base, c.shape, c.seed);
        checkShape(a);
        for (VStep st : c.steps) {
            if (materializing) checkValues(a);
            Arr next = apply(a, st, materializing);
            if (next == null) continue;
            a = next;
            checkShape(a);
        }
        checkValues(a);
        return a;
    }

    @Property(tries = 1500, edgeCases = EdgeCasesMode.NONE)
    void viewChainMatchesNestedLoopModel(@ForAll("chains") Chain chain) {
        run(chain, false);
    }

    /**
     * The same chains, computing every intermediate array before building the next step on it (as a user
     * printing along the way, or calling {@code eval()}, does): results must not depend on what was
     * computed earlier.
     */
    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void viewChainMatchesNestedLoopModelWhenEveryStepIsMaterialized(@ForAll("chains") Chain chain) {
        run(chain, true);
    }

    // =====================================================================================
    // Binary ops with broadcasting.
    // =====================================================================================

    enum BinOp { ADD, SUB, MUL, DIV, MAXIMUM, MINIMUM, LT, EQ }

    /**
     * An operand derived from a common full shape: drop leading dims, set some dims to 1 (so both
     * operands can stretch, as (4,1) with (3,)); {@code transposed} builds it as the transpose of an
     * array of the reversed shape, so the operand is a non-contiguous view.
     */
    record Operand(int drop, List<Boolean> ones, DType type, boolean transposed) {
        long[] shape(long[] full) {
            int d = Math.min(drop, full.length);
            long[] s = Arrays.copyOfRange(full, d, full.length);
            for (int i = 0; i < s.length; i++) if (i < ones.size() && ones.get(i)) s[i] = 1;
            return s;
        }
    }

    record BinCase(long[] full, Operand a, Operand b, BinOp op, long seed) {
        @Override
        public String toString() {
            return op + " " + Arrays.toString(a.shape(full)) + " " + a.type + (a.transposed ? " (T view)" : "") + " with "
                    + Arrays.toString(b.shape(full)) + " " + b.type + (b.transposed ? " (T view)" : "") + " seed=" + seed;
        }
    }

    static Arbitrary<Operand> operands() {
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.of(false, true).list().ofMaxSize(4),
                Arbitraries.of(DType.class), Arbitraries.of(false, true)).as(Operand::new);
    }

    @Provide
    Arbitrary<BinCase> binCases() {
        return Combinators.combine(shapes(), operands(), operands(), Arbitraries.of(BinOp.class), Arbitraries.longs().between(0, 1000))
                .as(BinCase::new);
    }

    /** Values -4 to 4 of the operand's dtype (0 to 8 for the unsigned ones, so that every value is exact in double; 0 and 1 for bool). */
    static NDArray operandArray(Operand o, long[] shape, Random rng) {
        long[] built = o.transposed ? reversed(shape) : shape;
        NDArray x = o.type.isFloat() ? rng.uniform(-4, 4, built).astype(o.type)
                : o.type.isBool() ? rng.integers(0, 2, built).gt(0)
                : rng.integers(o.type.isUnsigned() ? 0 : -4, o.type.isUnsigned() ? 9 : 5, built).astype(o.type);
        return o.transposed ? x.T() : x;
    }

    static long[] reversed(long[] s) {
        long[] r = new long[s.length];
        for (int i = 0; i < s.length; i++) r[i] = s[s.length - 1 - i];
        return r;
    }

    @Property(tries = 1200, edgeCases = EdgeCasesMode.NONE)
    void binaryOpsBroadcastLikeTheNestedLoopModel(@ForAll("binCases") BinCase c) {
        checkBinary(c, false);
    }

    /**
     * The same, with both operands computed (and printed, say) before the op is built on them: the
     * result must not depend on it.
     */
    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void binaryOpsOnAlreadyComputedOperandsMatchTheModel(@ForAll("binCases") BinCase c) {
        checkBinary(c, true);
    }

    static void checkBinary(BinCase c, boolean operandsFirst) {
        long[] sa = c.a.shape(c.full), sb = c.b.shape(c.full);
        long[] out = broadcastShape(sa, sb);
        Random rng = Np.random(c.seed);
        NDArray a = operandArray(c.a, sa, rng), b = operandArray(c.b, sb, rng);
        assertArrayEquals(sa, a.shape());
        assertArrayEquals(sb, b.shape());
        double[] va = operandsFirst ? a.toDoubleArray() : null, vb = operandsFirst ? b.toDoubleArray() : null;
        if (c.op == BinOp.SUB && a.dtype().isBool() && b.dtype().isBool()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.sub(b), c::toString);
            assertTrue(e.getMessage().startsWith("numpy boolean subtract, the `-` operator, is not supported"), e.getMessage());
            return;
        }
        NDArray r = switch (c.op) {
            case ADD -> a.add(b);
            case SUB -> a.sub(b);
            case MUL -> a.mul(b);
            case DIV -> a.div(b);
            case MAXIMUM -> a.maximum(b);
            case MINIMUM -> a.minimum(b);
            case LT -> a.lt(b);
            case EQ -> a.eq(b);
        };
        assertArrayEquals(out, r.shape(), () -> "result shape of " + c);
        // NumPy 2's promotion of two arrays (the table DtypePromotionTest checks cell by cell against NumPy's);
        // true division of integers and bools is float64; comparisons are bool.
        DType compute = DType.promote(c.a.type, c.b.type);
        if (c.op == BinOp.DIV && !compute.isFloat()) compute = DType.FLOAT64;
        DType expectedType = c.op == BinOp.LT || c.op == BinOp.EQ ? DType.BOOL : compute;
        assertEquals(expectedType, r.dtype(), () -> "dtype of " + c);
        DType ct = compute;
        // Unless operandsFirst, the result is computed before the operands are read, so its plan computes
        // everything from the random buffers.
        double[] got = r.toDoubleArray();
        Model ma = new Model(sa, operandsFirst ? va : a.toDoubleArray()), mb = new Model(sb, operandsFirst ? vb : b.toDoubleArray());
        Model expected = broadcastModel(ma, out);
        Model other = broadcastModel(mb, out);
        double[] want = new double[expected.size()];
        for (int i = 0; i < want.length; i++) want[i] = elementwise(c.op, ct, expected.v[i], other.v[i]);
        for (int i = 0; i < want.length; i++) {
            int k = i;
            // Bit-exact (SEMANTICS decision 4), except that +0 and -0 are not distinguished.
            assertTrue(want[i] == got[i] || (Double.isNaN(want[i]) && Double.isNaN(got[i])),
                    () -> c + (operandsFirst ? " (operands computed first)" : "") + ": element " + k + " expected " + want[k] + " got " + got[k] + "\n a=" + ma + "\n b=" + mb
                            + "\n expected " + Arrays.toString(want) + "\n got      " + Arrays.toString(got));
        }
    }

    /**
     * One element of the result, computed the way NumPy defines it for the compute dtype. The operands'
     * values (at most 8 in magnitude, so comparisons of any two dtypes are exact in double) are exact;
     * integer results wrap to the dtype (an unsigned one read back as its unsigned value), bool's + and *
     * are or and and.
     */
    static double elementwise(BinOp op, DType compute, double x, double y) {
        if (!compute.isFloat()) {
            long a = (long) x, b = (long) y;
            long r = switch (op) {
                case ADD -> compute.isBool() ? a | b : a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                case MAXIMUM -> Math.max(a, b);
                case MINIMUM -> Math.min(a, b);
                case LT -> a < b ? 1 : 0;
                case EQ -> a == b ? 1 : 0;
                case DIV -> throw new AssertionError();
            };
            if (op == BinOp.LT || op == BinOp.EQ || compute.isBool()) return r;
            long wrapped = compute.wrap(r);
            return compute == DType.UINT64 ? new java.math.BigDecimal(Long.toUnsignedString(wrapped)).doubleValue() : wrapped;
        }
        double r = switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> x / y;
            case MAXIMUM -> Double.isNaN(x) || x >= y ? x : y;
            case MINIMUM -> Double.isNaN(x) || x <= y ? x : y;
            case LT -> x < y ? 1 : 0;
            case EQ -> x == y ? 1 : 0;
        };
        // float32 and float16 inputs are exact in double; one rounding of the double result to float32 is the
        // correctly rounded float32 result for + - * / (double has more than 2*24+2 bits). NumPy computes a
        // float16 op in float32 and rounds that to float16.
        if (op == BinOp.LT || op == BinOp.EQ) return r;
        return switch (compute) {
            case FLOAT32 -> (float) r;
            case FLOAT16 -> Float.float16ToFloat(Float.floatToFloat16((float) r));
            default -> r;
        };
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void incompatibleShapesGiveNumpysMessage(@ForAll("shapeLists") long[] a0, @ForAll("shapeLists") long[] b0) {
        // Force a clash in the last dim: a ends in `last` (not 1), b ends in a different non-1 dim.
        long[] a = a0.length == 0 || a0[a0.length - 1] == 1 ? append(a0, 0) : a0;
        long last = a[a.length - 1];
        long[] b = append(b0, last == 2 ? 3 : 2);
        NDArray x = Np.zeros(a), y = Np.zeros(b);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> x.add(y), () -> compact(a) + " + " + compact(b));
        assertEquals("operands could not be broadcast together with shapes " + compact(a) + " " + compact(b), e.getMessage());
        IllegalArgumentException w = assertThrows(IllegalArgumentException.class, () -> Np.where(x.gt(0), y, x));
        assertEquals("operands could not be broadcast together with shapes " + compact(a) + " " + compact(b) + " " + compact(a), w.getMessage());
    }

    static long[] append(long[] s, long d) {
        long[] r = Arrays.copyOf(s, s.length + 1);
        r[s.length] = d;
        return r;
    }

    @Provide
    Arbitrary<long[]> shapeLists() {
        return shapes();
    }

    static String compact(long[] s) {
        if (s.length == 1) return "(" + s[0] + ",)";
        return "(" + Arrays.stream(s).mapToObj(Long::toString).collect(Collectors.joining(",")) + ")";
    }

    // =====================================================================================
    // Axis and index errors (SEMANTICS 1.10, 1.11, 1.14): NumPy's wording and NumPy's numbers.
    // =====================================================================================

    /**
     * An integer index out of range, somewhere in a random basic index (with slices, None and an
     * ellipsis around it). NumPy names the axis of the indexed array, counted before None and after
     * the ellipsis is expanded: {@code zeros((4,3))[0, 5]} gives "index 5 is out of bounds for axis 1
     * with size 3", {@code zeros((4,3))[None, 5]} "... for axis 0 with size 4" (measured, 2.4.6).
     */
    record BadIndex(long[] shape, List<ISeed> seeds, int which, int over, boolean negative) {
        @Override
        public String toString() { return Arrays.toString(shape) + " " + seeds + " which=" + which + " over=" + over + " negative=" + negative; }
    }

    @Provide
    Arbitrary<BadIndex> badIndices() {
        Arbitrary<ISeed> iseed = Combinators.combine(Arbitraries.of(IKind.class), bound(), bound(), step(),
                Arbitraries.integers().between(0, 20)).as(ISeed::new);
        return Combinators.combine(shapes().filter(s -> s.length > 0), iseed.list().ofMaxSize(5), Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 3), Arbitraries.of(false, true)).as(BadIndex::new);
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void outOfRangeIntegerIndexNamesTheIndexedArraysAxis(@ForAll("badIndices") BadIndex c) {
        int n = c.shape.length;
        List<ISeed> kept = new ArrayList<>(keptEntries(n, c.seeds));
        int consumed = (int) kept.stream().filter(e -> e.kind == IKind.AT || e.kind == IKind.SLICE).count();
        if (consumed == 0) {   // make room for one integer in front: it indexes axis 0
            kept.add(0, new ISeed(IKind.AT, null, null, 1, 0));
            consumed = 1;
        }
        int fill = n - consumed;
        int[] inputAxis = new int[kept.size()];
        List<Integer> candidates = new ArrayList<>();
        for (int e = 0, p = 0; e < kept.size(); e++) {
            switch (kept.get(e).kind) {
                case AT, SLICE -> {
                    inputAxis[e] = p++;
                    candidates.add(e);
                }
                case ELLIPSIS -> {
                    inputAxis[e] = -1;
                    p += fill;
                }
                default -> inputAxis[e] = -1;
            }
        }
        int bad = candidates.get(Math.floorMod(c.which, candidates.size()));
        int axis = inputAxis[bad];
        long len = c.shape[axis];
        long badValue = c.negative ? -len - 1 - c.over : len + c.over;
        Index[] index = new Index[kept.size()];
        List<String> text = new ArrayList<>();
        for (int e = 0; e < kept.size(); e++) {
            ISeed s = kept.get(e);
            if (e == bad) {
                index[e] = Index.at(badValue);
                text.add(Long.toString(badValue));
                continue;
            }
            switch (s.kind) {
                case AT, SLICE -> {
                    long l = c.shape[inputAxis[e]];
                    if (s.kind == IKind.AT && l > 0) {
                        long i = Math.floorMod(s.i, 2 * l) - l;
                        index[e] = Index.at(i);
                        text.add(Long.toString(i));
                    } else {
                        index[e] = Index.slice(boxed(s.start), boxed(s.stop), s.step);
                        text.add(py(boxed(s.start), boxed(s.stop), s.step));
                    }
                }
                case NEW_AXIS -> {
                    index[e] = Index.NEW_AXIS;
                    text.add("None");
                }
                case ELLIPSIS -> {
                    index[e] = Index.ELLIPSIS;
                    text.add("...");
                }
            }
        }
        NDArray x = Np.arange(sizeOf(c.shape)).reshape(c.shape);
        String expr = "arange(" + sizeOf(c.shape) + ").reshape" + Arrays.toString(c.shape) + "[" + String.join(", ", text) + "]";
        RuntimeException e = assertThrows(IndexOutOfBoundsException.class, () -> x.get(index), () -> "expected an IndexError for " + expr);
        String numpy = "index " + badValue + " is out of bounds for axis " + axis + " with size " + len;
        assertTrue(e.getMessage().startsWith(numpy), () -> expr + ":\n NumPy:   " + numpy + "\n ndjit:   " + e.getMessage());
    }

    enum ErrKind {
        REDUCE_AXIS, ARGMAX_AXIS, DUPLICATE_AXIS, EXPAND_DIMS_AXIS, TOO_MANY_INDICES, TRANSPOSE_REPEATED, TRANSPOSE_COUNT,
        SQUEEZE_NOT_ONE, SLICE_STEP_ZERO, RESHAPE_SIZE, RESHAPE_TWO_UNKNOWN
    }

    record ErrCase(long[] shape, ErrKind kind, int a, boolean negative) {
        @Override
        public String toString() { return kind + " on shape " + Arrays.toString(shape) + " a=" + a + " negative=" + negative; }
    }

    static Arbitrary<ErrCase> errCases(ErrKind... kinds) {
        return Combinators.combine(shapes(), Arbitraries.of(kinds), Arbitraries.integers().between(0, 5), Arbitraries.of(false, true))
                .as(ErrCase::new);
    }

    @Provide
    Arbitrary<ErrCase> reductionErrors() {
        return errCases(ErrKind.REDUCE_AXIS, ErrKind.ARGMAX_AXIS, ErrKind.DUPLICATE_AXIS);
    }

    @Provide
    Arbitrary<ErrCase> viewErrors() {
        return errCases(ErrKind.EXPAND_DIMS_AXIS, ErrKind.TOO_MANY_INDICES, ErrKind.TRANSPOSE_REPEATED, ErrKind.TRANSPOSE_COUNT,
                ErrKind.SQUEEZE_NOT_ONE, ErrKind.SLICE_STEP_ZERO);
    }

    @Provide
    Arbitrary<ErrCase> reshapeErrors() {
        return errCases(ErrKind.RESHAPE_SIZE, ErrKind.RESHAPE_TWO_UNKNOWN);
    }

    /** Out-of-range and duplicate reduction axes (SEMANTICS 1.10, 1.11). */
    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void reductionAxisErrorsCarryNumpysWordsAndNumbers(@ForAll("reductionErrors") ErrCase c) {
        checkError(c);
    }

    /** expand_dims, indexing, transpose, squeeze and slice-step errors (SEMANTICS 1.11). */
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void viewErrorsCarryNumpysWordsAndNumbers(@ForAll("viewErrors") ErrCase c) {
        checkError(c);
    }

    /** reshape errors, with NumPy's shape text {@code (5,newaxis)} (SEMANTICS 1.10, 1.14). */
    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void reshapeErrorsCarryNumpysWordsAndNumbers(@ForAll("reshapeErrors") ErrCase c) {
        checkError(c);
    }

    /**
     * Each misuse raises at build time with NumPy's words and numbers (the library may append details).
     * NumPy's texts, measured with 2.4.6: see SEMANTICS 1.10, 1.11 and 1.14.
     */
    static void checkError(ErrCase c) {
        int n = c.shape.length;
        long size = sizeOf(c.shape);
        NDArray x = Np.arange(size).reshape(c.shape);
        int k = c.a % 3;
        java.util.function.Supplier<Object> call;
        String numpy;
        switch (c.kind) {
            case REDUCE_AXIS -> {
                // On a 0-d array NumPy accepts axis 0 and -1 (SEMANTICS 1.10), but the error still says dimension 0.
                int axis = n == 0 ? (c.negative ? -2 - k : 1 + k) : (c.negative ? -n - 1 - k : n + k);
                call = switch (c.a % 4) {
                    case 0 -> () -> x.sum(axis);
                    case 1 -> () -> x.max(axis);
                    case 2 -> () -> x.prod(new int[] {axis}, true);
                    default -> () -> x.any(axis);
                };
                numpy = "axis " + axis + " is out of bounds for array of dimension " + n;
            }
            case ARGMAX_AXIS -> {
                // NumPy's argmax treats a 0-d array as 1-d here: "... for array of dimension 1" (measured).
                int d = Math.max(n, 1);
                int axis = c.negative ? -d - 1 - k : d + k;
                call = () -> x.argmax(axis);
                numpy = "axis " + axis + " is out of bounds for array of dimension " + d;
            }
            case DUPLICATE_AXIS -> {
                if (n == 0) return;
                int axis = c.a % n;
                call = () -> x.sum(new int[] {axis, axis - n}, false);
                numpy = "duplicate value in 'axis'";
            }
            case EXPAND_DIMS_AXIS -> {
                int axis = c.negative ? -n - 2 - k : n + 1 + k;
                call = () -> x.expandDims(axis);
                numpy = "axis " + axis + " is out of bounds for array of dimension " + (n + 1);
            }
            case TOO_MANY_INDICES -> {
                int count = n + 1 + k;
                Index[] idx = new Index[count];
                for (int i = 0; i < count; i++) idx[i] = (i + c.a) % 2 == 0 ? Index.ALL : Index.at(0);
                call = () -> x.get(idx);
                numpy = "too many indices for array: array is " + n + "-dimensional, but " + count + " were indexed";
            }
            case TRANSPOSE_REPEATED -> {
                if (n < 2) return;
                int[] perm = IntStream.range(0, n).toArray();
                perm[1] = c.negative ? perm[0] - n : perm[0];
                call = () -> x.transpose(perm);
                numpy = "repeated axis in transpose";
            }
            case TRANSPOSE_COUNT -> {
                int len = c.negative && n > 0 ? n - 1 : n + 1;
                int[] perm = IntStream.range(0, len).map(i -> i % Math.max(n, 1)).toArray();
                call = () -> x.transpose(perm);
                numpy = "axes don't match array";
            }
            case SQUEEZE_NOT_ONE -> {
                int[] notOne = IntStream.range(0, n).filter(i -> c.shape[i] != 1).toArray();
                if (notOne.length == 0) return;
                int axis = notOne[c.a % notOne.length];
                int spelled = c.negative ? axis - n : axis;
                call = () -> x.squeeze(spelled);
                numpy = "cannot select an axis to squeeze out which has size not equal to one";
            }
            case SLICE_STEP_ZERO -> {
                if (n == 0) return;
                call = () -> x.get(Index.slice(null, null, 0));
                numpy = "slice step cannot be zero";
            }
            case RESHAPE_SIZE -> {
                long[] requested;
                String shown;
                if (size == 0) {
                    requested = new long[] {0, -1};   // -1 is ambiguous at size 0
                    shown = "(0,newaxis)";
                } else if (c.negative) {
                    requested = new long[] {size + 1 + k, -1};
                    shown = "(" + (size + 1 + k) + ",newaxis)";
                } else {
                    requested = new long[] {size + 1 + k, 1};
                    shown = "(" + (size + 1 + k) + ",1)";
                }
                call = () -> x.reshape(requested);
                numpy = "cannot reshape array of size " + size + " into shape " + shown;
            }
            case RESHAPE_TWO_UNKNOWN -> {
                call = () -> x.reshape(-1, -1);
                numpy = "can only specify one unknown dimension";
            }
            default -> throw new AssertionError(c.kind);
        }
        String what = c.kind + " on shape " + Arrays.toString(c.shape);
        RuntimeException e = assertThrows(RuntimeException.class, call::get, () -> "expected an error for " + what);
        assertTrue(e instanceof IllegalArgumentException || e instanceof IndexOutOfBoundsException, () -> what + ": " + e);
        assertTrue(e.getMessage().startsWith(numpy), () -> what + ":\n NumPy: " + numpy + "\n ndjit: " + e.getMessage());
    }

    // =====================================================================================
    // Reductions.
    // =====================================================================================

    enum Red { SUM, PROD, MAX, MIN, MEAN, ANY, ALL, ARGMAX, ARGMIN, VAR, STD }

        /**
     * A reduction case: data, optionally seen through a permutation and a reversed axis (a non-contiguous
     * view), reduced over the axes whose bit is set in {@code axisBits}, spelled negatively where
     * {@code negBits} says (argmax/argmin take one axis, derived from the same numbers).
     */
    record RedCase(long[] shape, DType data, long seed, List<Integer> permKeys, int flip, int axisBits, int negBits, Red op) {
        @Override
        public String toString() {
            return op + " of " + data + Arrays.toString(shape) + " seed=" + seed + " permKeys=" + permKeys
                    + " flip=" + flip + " axisBits=" + axisBits + " negBits=" + negBits;
        }
    }

    @Provide
    Arbitrary<RedCase> redCases() {
        return Combinators.combine(shapes(), Arbitraries.of(DType.class), Arbitraries.longs().between(0, 1000), keys(),
                Arbitraries.integers().between(-1, 4), Arbitraries.integers().between(0, 15), Arbitraries.integers().between(0, 15),
                Arbitraries.of(Red.class)).as(RedCase::new);
    }

    /**
     * Input data of a reduction, of any of the twelve dtypes: integers in [-2, 2], [0, 2] unsigned (zeros,
     * signs, many ties; a product wraps as the model's long product does); random bools; floats {-1, 0, 1}
     * * uniform[0.5, 2) (zeros, signs and cancellation; magnitudes bounded away from 0, and a third of the
     * values 0, so products neither underflow nor overflow, float16's included, but with negligible odds).
     */
    static NDArray data(DType d, Random rng, long[] shape) {
        if (d.isBool()) return rng.integers(0, 2, shape).gt(0);
        if (d.isFloat()) return rng.uniform(0.5, 2, shape).mul(rng.integers(-1, 2, shape)).astype(d);
        return rng.integers(d.isUnsigned() ? 0 : -2, 3, shape).astype(d);
    }

    /** The input array and its model. */
    static Arr reductionInput(RedCase c) {
        Random rng = Np.random(c.seed);
        NDArray x = data(c.data, rng, c.shape);
        Model m = new Model(c.shape.clone(), x.toDoubleArray());
        List<String> applied = new ArrayList<>(List.of(c.data.toString()));
        int n = c.shape.length;
        int[] perm = permutation(n, c.permKeys, 0);
        x = x.transpose(perm);
        m = permute(m, perm);
        applied.add(".transpose" + Arrays.toString(perm));
        if (c.flip >= 0 && c.flip < n) {
            x = x.slice(c.flip, null, null, -1);
            m = sliceModel(m, c.flip, null, null, -1);
            applied.add(".slice(" + c.flip + ", ::-1)");
        }
        return new Arr(x, m, applied);
    }

    /** Values of {@code m} along the reduced axes for the output element at {@code outIdx} (keepdims shape), in C order. */
    static double[] group(Model m, boolean[] reduced, long[] outIdx) {
        int n = m.ndim();
        long[] sub = IntStream.range(0, n).mapToLong(k -> reduced[k] ? m.shape[k] : 1).toArray();
        double[] out = new double[(int) sizeOf(sub)];
        long[] j = new long[n];
        for (int t = 0; t < out.length; t++) {
            long[] idx = new long[n];
            for (int k = 0; k < n; k++) idx[k] = reduced[k] ? j[k] : outIdx[k];
            out[t] = m.get(idx);
            increment(j, sub);
        }
        return out;
    }

    static BigDecimal exactSum(double[] g) {
        BigDecimal s = BigDecimal.ZERO;
        for (double d : g) s = s.add(new BigDecimal(d));
        return s;
    }

    static int ceilLog2(long n) {
        return n <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(n - 1);
    }

    /** Machine epsilon of the result dtype (NumPy's finfo.eps): 2^-52 for float64, 2^-23 for float32, 2^-10 for float16. */
    static double eps(DType t) {
        return switch (t) {
            case FLOAT32 -> Math.ulp(1.0f);
            case FLOAT16 -> 0x1p-10;
            default -> EPS;
        };
    }

    /** One unit in the last place of {@code v} in the result dtype. */
    static double ulp(DType t, double v) {
        return switch (t) {
            case FLOAT32 -> Math.ulp((float) v);
            case FLOAT16 -> Float16SumsTest.ulp16(v);
            default -> Math.ulp(v);
        };
    }

    /**
     * Tolerance of a float sum of {@code g}: the library's stated contract (SEMANTICS 1.7 and decision 5),
     * {@code (32 + 2*ceil(log2 n)) * eps * sum|x|} plus one ulp, eps being the result dtype's epsilon. Any
     * pairwise or blocked summation with at most 32 sequential additions per leaf meets it: each element
     * passes through at most 32 + 2*ceil(log2 n) roundings of relative size eps, so its contribution to the
     * error is bounded by that many eps times |x|, and the final rounding to the result dtype is the ulp.
     * It is relative to sum|x| (not |sum|) because cancellation may legitimately lose all relative
     * accuracy of the result. (A naive sequential sum fails it once n is in the thousands.)
     */
    static double sumTolerance(double[] g, double exact, DType t) {
        double abs = 0;
        for (double d : g) abs += Math.abs(d);
        return (32 + 2 * ceilLog2(g.length)) * eps(t) * abs * (1 + 1e-9) + ulp(t, exact);
    }

    @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
    void reductionsWithKeepdimsBroadcastBackAndMatchTheModel(@ForAll("redCases") RedCase c) {
        Arr in = reductionInput(c);
        NDArray x = in.x;
        Model m = in.m;
        int n = m.ndim();
        String h = c + " via " + String.join("", in.applied);
        boolean argOp = c.op == Red.ARGMAX || c.op == Red.ARGMIN;
        // Axes: a set for most reductions, a single axis for argmax/argmin (NumPy takes one axis there).
        List<Integer> axisList = new ArrayList<>();
        boolean[] reduced = new boolean[n];
        if (argOp) {
            int axis = axisOf(c.axisBits - (((c.negBits & 1) != 0) ? 16 : 0), Math.max(n, 1));
            axisList.add(axis);
            if (n > 0) reduced[axis < 0 ? axis + n : axis] = true;
        } else {
            for (int k = 0; k < n; k++) {
                if (((c.axisBits >> k) & 1) != 0) {
                    reduced[k] = true;
                    axisList.add(((c.negBits >> k) & 1) != 0 ? k - n : k);
                }
            }
        }
        int[] axes = axisList.stream().mapToInt(Integer::intValue).toArray();
        long[] keptShape = IntStream.range(0, n).mapToLong(k -> reduced[k] ? 1 : m.shape[k]).toArray();
        long count = 1;
        for (int k = 0; k < n; k++) if (reduced[k]) count *= m.shape[k];
        boolean emptyGroups = count == 0;

        java.util.function.Supplier<NDArray> build = () -> switch (c.op) {
            case SUM -> x.sum(axes, true);
            case PROD -> x.prod(axes, true);
            case MAX -> x.max(axes, true);
            case MIN -> x.min(axes, true);
            case MEAN -> x.mean(axes, true);
            case ANY -> x.any(axes, true);
            case ALL -> x.all(axes, true);
            case ARGMAX -> x.argmax(axes[0], true);
            case ARGMIN -> x.argmin(axes[0], true);
            case VAR -> x.var(axes, true, 0);
            case STD -> x.std(axes, true, 0);
        };
        String call = c.op.name().toLowerCase() + "(axes=" + Arrays.toString(axes) + ", keepdims=true) of " + h;
        if (emptyGroups && c.op != Red.SUM && c.op != Red.PROD && c.op != Red.ANY && c.op != Red.ALL) {
            // max/min/argmax/argmin of an empty axis raise in NumPy (SEMANTICS 1.9); mean/var/std of an empty
            // axis are rejected by this library at build time (its documented divergence from NumPy's nan).
            assertThrows(IllegalArgumentException.class, build::get, () -> "expected a build-time error for " + call);
            return;
        }
        NDArray r = build.get();
        if (argOp && n == 0) keptShape = new long[0];   // NumPy: argmax of a 0-d array with keepdims is 0-d
        long[] ks = keptShape;
        assertArrayEquals(ks, r.shape(), () -> "keepdims shape of " + call);

        // NumPy's result dtypes (measured): sum/prod of bool and signed ints are int64, of unsigned ones
        // uint64; max/min keep the dtype; mean/var/std of bool and ints are float64, of floats their dtype.
        DType in0 = c.data;
        DType expectedType = switch (c.op) {
            case SUM, PROD -> in0.isFloat() ? in0 : in0.isUnsigned() ? DType.UINT64 : DType.INT64;
            case MAX, MIN -> in0;
            case MEAN, VAR, STD -> in0.isFloat() ? in0 : DType.FLOAT64;
            case ANY, ALL -> DType.BOOL;
            case ARGMAX, ARGMIN -> DType.INT64;
        };
        assertEquals(expectedType, r.dtype(), () -> "dtype of " + call);
        // The keepdims result broadcasts back onto the input (bool - bool is an error in NumPy, so compare those).
        NDArray back = x.dtype() == DType.BOOL && r.dtype() == DType.BOOL ? x.eq(r) : x.sub(r);
        assertArrayEquals(m.shape, back.shape(), () -> "x - r must have x's shape for " + call);

        DType t = expectedType;
        long[] outIdx = new long[n];
        boolean exactInt = t == DType.INT64 || t == DType.UINT64 || t == DType.BOOL;
        // x - mean is computed before the mean itself, so that its plan does not start from an already
        // computed keepdims view (that case is covered by the materialized-chain property).
        double[] centred = c.op == Red.MEAN ? back.toDoubleArray() : null;
        long[] gotLong = t == DType.INT64 || t == DType.UINT64 ? r.toLongArray() : null;
        double[] got = r.toDoubleArray();
        long outSize = sizeOf(ks);
        for (int o = 0; o < outSize; o++) {
            double[] g = group(m, reduced, outIdx);
            int oo = o;
            String where = call + " at output " + Arrays.toString(outIdx) + " over " + Arrays.toString(g);
            switch (c.op) {
                case SUM -> {
                    if (exactInt) assertEquals((long) Arrays.stream(g).sum(), gotLong[o], where);
                    else {
                        double exact = exactSum(g).doubleValue();
                        double tol = sumTolerance(g, exact, t);
                        assertTrue(Math.abs(got[o] - exact) <= tol, () -> where + ": got " + got[oo] + ", exact " + exact + ", tol " + tol);
                    }
                }
                case PROD -> {
                    if (exactInt) {
                        long p = 1;
                        for (double d : g) p *= (long) d;   // int64 wraps, in any order, as NumPy's does
                        assertEquals(p, gotLong[o], where);
                    } else {
                        double p = 1;
                        for (double d : g) p *= d;
                        // Any order of n-1 multiplications has relative error <= (n-1) eps (|x| in [0.5, 2): no
                        // underflow or overflow), and so does this sequential float64 model; allow both.
                        double tol = (g.length + 1) * (eps(t) + EPS) * Math.abs(p) + ulp(t, p);
                        double pp = p;
                        assertTrue(Math.abs(got[o] - p) <= tol, () -> where + ": got " + got[oo] + ", model " + pp + ", tol " + tol);
                    }
                }
                case MAX, MIN -> {
                    double best = g[0];
                    for (double d : g) best = c.op == Red.MAX ? Math.max(best, d) : Math.min(best, d);
                    assertEquals(best, got[o], 0.0, where);
                }
                case ANY, ALL -> {
                    boolean any = false, all = true;
                    for (double d : g) {
                        any |= d != 0;
                        all &= d != 0;
                    }
                    assertEquals((c.op == Red.ANY ? any : all) ? 1.0 : 0.0, got[o], where);
                }
                case ARGMAX, ARGMIN -> {
                    int best = 0;   // the first occurrence of the extreme value
                    for (int k = 1; k < g.length; k++) if (c.op == Red.ARGMAX ? g[k] > g[best] : g[k] < g[best]) best = k;
                    assertEquals(best, gotLong[o], where);
                }
                case MEAN -> {
                    double exact = exactSum(g).doubleValue() / g.length;
                    double tol = sumTolerance(g, exact * g.length, t) / g.length + 2 * ulp(t, exact);
                    assertTrue(Math.abs(got[o] - exact) <= tol, () -> where + ": got " + got[oo] + ", exact " + exact + ", tol " + tol);
                }
                case VAR, STD -> {
                    double[] vt = varianceAndTolerance(g, t);
                    double exactVar = vt[0], tolVar = vt[1];
                    if (c.op == Red.VAR) {
                        assertTrue(Math.abs(got[o] - exactVar) <= tolVar,
                                () -> where + ": got " + got[oo] + ", exact " + exactVar + ", tol " + tolVar);
                    } else {
                        // |sqrt(a) - sqrt(b)| = |a-b| / (sqrt a + sqrt b) <= min(sqrt|a-b|, |a-b| / sqrt b), plus sqrt's rounding.
                        double exactStd = Math.sqrt(exactVar);
                        double tol = (exactVar > 0 ? Math.min(Math.sqrt(tolVar), tolVar / exactStd) : Math.sqrt(tolVar)) + 2 * ulp(t, exactStd);
                        assertTrue(Math.abs(got[o] - exactStd) <= tol,
                                () -> where + ": got " + got[oo] + ", exact " + exactStd + ", tol " + tol);
                    }
                }
            }
            increment(outIdx, ks);
        }
        if (c.op == Red.MEAN) {
            // x - mean(x, keepdims) has x's shape, and each element is x minus its group's mean (one rounding).
            double[] cv = centred, rv = got;
            Model rm = new Model(ks, rv);
            long[] idx = new long[n];
            for (int f = 0; f < m.size(); f++) {
                long[] ridx = IntStream.range(0, n).mapToLong(k -> reduced[k] ? 0 : idx[k]).toArray();
                double want = m.v[f] - rm.get(ridx);
                if (t == DType.FLOAT32) want = (float) want;
                if (t == DType.FLOAT16) want = Float.float16ToFloat(Float.floatToFloat16((float) want)); // NumPy's float16 op: float32, then float16
                assertEquals(want, cv[f], 0.0, call + " centred element " + f);
                increment(idx, m.shape);
            }
        }
        // Without keepdims the reduced axes are dropped.
        if (!argOp) {
            long[] dropped = IntStream.range(0, n).filter(k -> !reduced[k]).mapToLong(k -> m.shape[k]).toArray();
            NDArray flat = switch (c.op) {
                case SUM -> x.sum(axes, false);
                case MAX -> x.max(axes, false);
                case MEAN -> x.mean(axes, false);
                case VAR -> x.var(axes, false, 0);
                case STD -> x.std(axes, false, 0);
                case MIN -> x.min(axes, false);
                case PROD -> x.prod(axes, false);
                case ALL -> x.all(axes, false);
                default -> x.any(axes, false);
            };
            assertArrayEquals(dropped, flat.shape(), () -> "shape without keepdims of " + call);
        }
    }

    /**
     * The exact population variance of {@code g} (computed in 60-digit decimal) and the tolerance for the
     * library's two-pass variance in dtype {@code t}. With m the exact mean, m' the computed mean
     * (|m' - m| <= d, d the mean's tolerance) and D = sum (x - m')^2 = n var + n (m' - m)^2 (the cross term
     * is 0 because sum (x - m) = 0): the difference, the square and the final division add 3 roundings per
     * element and the sum its contract, so |var' - var| <= d^2 + (36 + 2 ceil(log2 n)) eps (var + d^2) + 1 ulp.
     */
    static double[] varianceAndTolerance(double[] g, DType t) {
        MathContext mc = new MathContext(60);
        BigDecimal n = BigDecimal.valueOf(g.length);
        BigDecimal mean = exactSum(g).divide(n, mc);
        BigDecimal ss = BigDecimal.ZERO;
        for (double d : g) {
            BigDecimal diff = new BigDecimal(d).subtract(mean);
            ss = ss.add(diff.multiply(diff), mc);
        }
        double var = ss.divide(n, mc).doubleValue();
        double meanExact = mean.doubleValue();
        double d = sumTolerance(g, meanExact * g.length, t) / g.length + 2 * ulp(t, meanExact);
        double tol = d * d + (36 + 2 * ceilLog2(g.length)) * eps(t) * (var + d * d) + ulp(t, var);
        return new double[] {var, tol};
    }

    // ---- argmax / argmin return the first occurrence. ----

    record ArgCase(long[] shape, long seed, int axisSeed, boolean ints) {}

    @Provide
    Arbitrary<ArgCase> argCases() {
        return Combinators.combine(shapes().filter(s -> s.length > 0), Arbitraries.longs().between(0, 1000),
                Arbitraries.integers().between(-4, 4), Arbitraries.of(true, false)).as(ArgCase::new);
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void argmaxAndArgminOverAnAxisReturnTheFirstOccurrence(@ForAll("argCases") ArgCase c) {
        int n = c.shape.length;
        int axis = axisOf(c.axisSeed, n);
        int a = axis < 0 ? axis + n : axis;
        if (c.shape[a] == 0) return;   // an error, covered by the reduction property
        Random rng = Np.random(c.seed);
        // Only two distinct values, so ties are the rule rather than the exception.
        NDArray x = c.ints ? rng.integers(0, 2, c.shape) : rng.integers(0, 2, c.shape).mul(0.5);
        Model m = new Model(c.shape, x.toDoubleArray());
        for (boolean max : new boolean[] {true, false}) {
            NDArray r = max ? x.argmax(axis) : x.argmin(axis);
            long[] outShape = IntStream.range(0, n).filter(k -> k != a).mapToLong(k -> c.shape[k]).toArray();
            assertArrayEquals(outShape, r.shape());
            long[] got = r.toLongArray();
            long[] idx = new long[n];
            long[] kept = c.shape.clone();
            kept[a] = 1;
            for (int o = 0; o < got.length; o++) {
                long i = got[o];
                int oo = o;
                assertTrue(i >= 0 && i < c.shape[a], "index in range");
                double[] line = new double[(int) c.shape[a]];
                for (int t = 0; t < line.length; t++) {
                    long[] p = idx.clone();
                    p[a] = t;
                    line[t] = m.get(p);
                }
                double extreme = Arrays.stream(line).reduce(max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, max ? Math::max : Math::min);
                assertEquals(extreme, line[(int) i], () -> (max ? "argmax" : "argmin") + " does not point at the extreme of " + Arrays.toString(line));
                for (int t = 0; t < i; t++) {
                    int tt = t;
                    assertTrue(line[t] != extreme, () -> (max ? "argmax" : "argmin") + "(axis=" + axis + ") of " + Arrays.toString(line)
                            + " at output " + oo + " returned " + i + ", but the first occurrence is " + tt);
                }
                increment(idx, kept);
            }
        }
    }

    // ---- Examples measured with NumPy 2.4.6. ----

    @Example
    void argmaxExamples() {
        NDArray a = Np.array(new long[][] {{1, 5, 5}, {5, 5, 1}});
        assertArrayEquals(new long[] {1, 0}, a.argmax(1).toLongArray());
        assertArrayEquals(new long[] {1, 0, 0}, a.argmax(0).toLongArray());
        assertArrayEquals(new long[] {0, 2}, a.argmin(1).toLongArray());
        assertEquals(1L, Np.array(new long[] {1, 3, 3, 2}).argmax().itemLong());
        assertEquals(1L, a.T().argmax().itemLong());                              // flat index in the view's C order
        assertArrayEquals(new long[] {0, 1}, Np.array(new long[][] {{3, 1}, {1, 3}}).T().get("::-1").argmin(0).toLongArray());
        assertEquals(1L, Np.array(1.0, Double.NaN, 5, Double.NaN).argmax().itemLong());   // the first NaN
    }

    @Example
    void viewExamplesFromSemantics() {
        NDArray m = Np.arange(24).reshape(4, 6);
        assertArrayEquals(new double[] {23, 20, 11, 8}, m.get("3:0:-2, 5:0:-3").toDoubleArray());
        assertArrayEquals(new double[] {10, 7, 4}, Np.arange(24).get("10:2:-3").toDoubleArray());
        assertArrayEquals(new long[] {0}, Np.arange(24).get("2:10:-1").shape());
        assertArrayEquals(new long[] {4, 1, 6}, m.get(Np.ALL, Np.NEW_AXIS, Np.ALL).shape());
        assertArrayEquals(new double[] {18, 20, 22, 12, 14, 16, 6, 8, 10, 0, 2, 4},
                m.T().get("::2, ::-1").T().toDoubleArray());
        NDArray t = m.T().reshape(6, 2, 2);
        assertArrayEquals(new double[] {0, 6, 12, 18, 1, 7, 13, 19}, Arrays.copyOf(t.toDoubleArray(), 8));
        assertArrayEquals(new long[] {24}, m.T().reshape(-1).shape());
        assertEquals(0.0, m.T().reshape(-1).toDoubleArray()[0]);
        assertEquals(6.0, m.T().reshape(-1).toDoubleArray()[1]);
    }

    @Example
    void reductionExamples() {
        NDArray z = Np.zeros(3, 0, 2);
        assertArrayEquals(new long[] {3, 1, 2}, z.sum(new int[] {1}, true).shape());
        assertArrayEquals(new double[6], z.sum(new int[] {1}, true).toDoubleArray());
        assertArrayEquals(new long[] {0}, Np.zeros(3, 0).max(0).shape());
        assertThrows(IllegalArgumentException.class, () -> Np.zeros(0, 3).max(0));
        assertThrows(IllegalArgumentException.class, () -> Np.zeros(0, 0).max(0));
        assertEquals(3.452052529534663, Np.arange(12).std().itemDouble(), 1e-15);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Np.ones(2, 3).sum(new int[] {2}, false));
        assertTrue(e.getMessage().contains("axis 2 is out of bounds for array of dimension 2"), e.getMessage());
        if (Np.arange(5).sum().itemLong() != 10) fail("sum");
    }
}
