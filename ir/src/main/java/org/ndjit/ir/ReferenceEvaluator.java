package org.ndjit.ir;

import org.ndjit.DType;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The eager reference: materializes every node with plain loops over shape, strides and offset. It
 * defines what each op means; the optimizer and codegen are tested against it, so it stays simple
 * and depends on nothing but the IR. Element semantics are in {@link ScalarMath}.
 *
 * <p>Float sums use Neumaier's compensated summation in double, so the reference is more accurate
 * than any blocked or pairwise kernel it is compared with.
 */
public final class ReferenceEvaluator {
    private ReferenceEvaluator() {}

    /** Materializes {@code root}. */
    public static StridedArray evaluate(Node root) {
        return evaluate(root, n -> null);
    }

    /**
     * Materializes {@code root}, taking the values of nodes already computed from {@code known}
     * (null where unknown). Intermediate values are dropped after their last consumer.
     */
    public static StridedArray evaluate(Node root, Function<Node, StridedArray> known) {
        Map<Node, StridedArray> values = new IdentityHashMap<>();
        List<Node> order = Topo.order(root, n -> {
            StridedArray v = known.apply(n);
            if (v != null) values.put(n, v);
            return v != null;
        });
        Map<Node, Integer> uses = new IdentityHashMap<>();
        for (Node n : order) {
            if (values.containsKey(n)) continue;
            for (Node s : n.srcs()) uses.merge(s, 1, Integer::sum);
        }
        for (Node n : order) {
            if (values.containsKey(n)) continue;
            values.put(n, evaluateNode(n, values));
            for (Node s : n.srcs()) {
                if (uses.merge(s, -1, Integer::sum) == 0 && s != root) values.remove(s);
            }
        }
        return values.get(root);
    }

    private static StridedArray evaluateNode(Node n, Map<Node, StridedArray> values) {
        return switch (n.op().kind()) {
            case LEAF -> leaf(n);
            case MOVEMENT -> contiguous(values.get(n.src(0))).view((Layout) n.arg());
            case SELECT -> select(n, values);
            case JOIN -> Concatenation.evaluate(n, values::get);
            case ELEMENTWISE -> elementwise(n, values::get);
            case REDUCE -> reduce(n, values.get(n.src(0)));
            case CONTRACTION -> matmul(n, values.get(n.src(0)), values.get(n.src(1)));
            case ROUTINE -> RoutineReference.evaluate(n, values::get);
        };
    }

    /** The array itself when its elements are consecutive in storage, otherwise a C-order copy. */
    public static StridedArray contiguous(StridedArray a) {
        if (a.layout().isContiguous()) return a;
        StridedArray out = StridedArray.allocate(a.dtype(), a.shape());
        copyInto(a, out);
        return out;
    }

    /**
     * Copies {@code a}'s elements in C order to the positions of {@code out}'s layout, in C order ({@code
     * out} of a's dtype and size, any layout: a region of a larger array starts at its offset): any
     * dtype, uint64 as bits.
     */
    public static void copyInto(StridedArray a, StridedArray out) {
        Buffer in = a.buffer(), to = out.buffer();
        OffsetIterator from = new OffsetIterator(a.layout()), at = new OffsetIterator(out.layout());
        long n = a.size();
        if (a.dtype().isFloat()) {
            for (long i = 0; i < n; i++) to.setDouble(at.next(), in.getDouble(from.next()));
        } else {
            for (long i = 0; i < n; i++) to.setLong(at.next(), in.getLong(from.next()));
        }
    }

    private static StridedArray leaf(Node n) {
        switch (n.op()) {
            case BUFFER -> {
                return new StridedArray((Buffer) n.arg(), Layout.contiguous(n.shape()));
            }
            case CONST -> {
                StridedArray out = StridedArray.allocate(n.dtype(), n.shape());
                Object v = n.arg();
                if (v instanceof Double d) out.buffer().setDouble(0, d);
                else if (v instanceof Long l) out.buffer().setLong(0, l);
                else out.buffer().setBool(0, (Boolean) v);
                return out;
            }
            case ARANGE -> {
                Arange a = (Arange) n.arg();
                StridedArray out = StridedArray.allocate(n.dtype(), n.shape());
                Buffer b = out.buffer();
                for (long i = 0; i < n.size(); i++) b.setLong(i, a.start() + i * a.step());
                return out;
            }
            default -> throw new IllegalStateException("not a leaf: " + n);
        }
    }

    private static StridedArray elementwise(Node n, Function<Node, StridedArray> values) {
        long[] shape = n.shape();
        StridedArray out = StridedArray.allocate(n.dtype(), shape);
        int k = n.arity();
        Buffer[] in = new Buffer[k];
        OffsetIterator[] it = new OffsetIterator[k];
        for (int i = 0; i < k; i++) {
            StridedArray v = values.apply(n.src(i));
            in[i] = v.buffer();
            it[i] = new OffsetIterator(v.layout().broadcastTo(shape));
        }
        Op op = n.op();
        Buffer o = out.buffer();
        DType compute = n.src(op == Op.WHERE ? 1 : 0).dtype();
        long size = n.size();
        Element element = element(op, in, it, o, compute);
        for (long flat = 0; flat < size; flat++) {
            try {
                element.compute(flat);
            } catch (ScalarMath.ValueError e) {
                throw new ArithmeticException(e.getMessage() + " (at index " + Shapes.tuple(unflatten(flat, shape)) + ")");
            }
        }
        return out;
    }

    /**
     * The step computing one element of the node, chosen once per node rather than per element: a branch
     * on the kind inside the per-element loop shares one profile across every node, and C2, having compiled
     * it for the kinds seen first, then deoptimized it at every element of another kind (unstable_if,
     * action none: 43,789 traps in one run of the without-vector-module tests, which then took 110 s
     * instead of 20).
     */
    private static Element element(Op op, Buffer[] in, OffsetIterator[] it, Buffer o, DType compute) {
        if (op == Op.CAST) return flat -> cast(in[0], it[0].next(), o, flat);
        if (op == Op.WHERE) return flat -> where(in, it, o, flat, compute);
        if (compute.isFloat()) return floatElement(op, in, it, o, compute != DType.FLOAT64);
        if (compute == DType.UINT64) return flat -> uint64Element(op, in, it, o, flat);
        return flat -> intElement(op, in, it, o, flat);
    }

    /**
     * A float element: float64 in double; float32 and float16 as float32 (a float16 op is computed in
     * float32, rounded to float32, then to float16 on store: NumPy's half loops, one rounding for + - * / sqrt).
     */
    private static Element floatElement(Op op, Buffer[] in, OffsetIterator[] it, Buffer o, boolean f32) {
        // One lambda per kind (see element()).
        if (in.length == 1) {
            if (op.result() == Op.Result.BOOL) return flat -> o.setBool(flat, ElementFunctions.test(op, in[0].getDouble(it[0].next())));
            return flat -> setFloat(o, flat, ScalarMath.unaryFloat(op, in[0].getDouble(it[0].next()), f32));
        }
        if (Op.COMPARISONS.contains(op)) {
            return flat -> {
                double a = in[0].getDouble(it[0].next()), b = in[1].getDouble(it[1].next());
                o.setBool(flat, ScalarMath.compareFloat(op, a, b));
            };
        }
        return flat -> {
            double a = in[0].getDouble(it[0].next()), b = in[1].getDouble(it[1].next());
            setFloat(o, flat, ScalarMath.binaryFloat(op, a, b, f32));
        };
    }

    /** Computes element {@code flat} of an elementwise node's output (its inputs' iterators step along). */
    private interface Element {
        void compute(long flat);
    }

    private static void setFloat(Buffer o, long flat, double v) {
        if (o.dtype() == DType.FLOAT16) o.setFloat(flat, (float) v);
        else o.setDouble(flat, v);
    }

    private static void uint64Element(Op op, Buffer[] in, OffsetIterator[] it, Buffer o, long flat) {
        long a = in[0].getLong(it[0].next());
        if (in.length == 1) {
            o.setLong(flat, Uint64Math.unary(op, a));
            return;
        }
        long b = in[1].getLong(it[1].next());
        if (Op.COMPARISONS.contains(op)) o.setBool(flat, Uint64Math.compare(op, a, b));
        else o.setLong(flat, Uint64Math.binary(op, a, b));
    }

    private static void intElement(Op op, Buffer[] in, OffsetIterator[] it, Buffer o, long flat) {
        long a = in[0].getLong(it[0].next());
        if (in.length == 1) {
            o.setLong(flat, ScalarMath.unaryInt(op, a));
            return;
        }
        long b = in[1].getLong(it[1].next());
        if (Op.COMPARISONS.contains(op)) o.setBool(flat, ScalarMath.compareInt(op, a, b));
        else o.setLong(flat, ScalarMath.binaryInt(op, a, b));
    }

    private static void where(Buffer[] in, OffsetIterator[] it, Buffer o, long flat, DType dtype) {
        boolean c = in[0].getBool(it[0].next());
        long x = it[1].next(), y = it[2].next();
        Buffer src = c ? in[1] : in[2];
        long at = c ? x : y;
        if (dtype.isFloat()) o.setDouble(flat, src.getDouble(at));
        else o.setLong(flat, src.getLong(at));
    }

    /**
     * astype, NumPy's results where NumPy defines them: floats round to nearest once (float64 to
     * float16 directly), integers wrap (keep the low bits), uint64 converts as unsigned, a float
     * truncates toward zero to an integer that holds it, NaN gives True as a bool. Where NumPy leaves
     * it to the C compiler (a float out of the target's range, NaN to an integer), Java's casts:
     * through int for int8, int16, uint8 and uint16, through long for uint32 (so -1.0 gives the
     * all-ones value, as on x86-64), saturating for int32 and int64, NaN gives 0 (see {@link Unsigned64#fromDouble}).
     */
    private static void cast(Buffer in, long at, Buffer o, long flat) {
        DType from = in.dtype(), to = o.dtype();
        if (from.isFloat()) {
            double v = in.getDouble(at);
            switch (to) {
                case FLOAT64, FLOAT32, FLOAT16 -> o.setDouble(flat, v);
                case INT64 -> o.setLong(flat, (long) v);
                case UINT64 -> o.setLong(flat, Unsigned64.fromDouble(v));
                case UINT32 -> o.setLong(flat, (long) v);
                case INT32, INT16, INT8, UINT16, UINT8 -> o.setLong(flat, (int) v);
                case BOOL -> o.setBool(flat, v != 0);
            }
        } else {
            long v = in.getLong(at);
            boolean u64 = from == DType.UINT64;
            switch (to) {
                case FLOAT64 -> o.setDouble(flat, u64 ? Unsigned64.toDouble(v) : (double) v);
                case FLOAT32, FLOAT16 -> o.setFloat(flat, u64 ? Unsigned64.toFloat(v) : (float) v);
                default -> o.setLong(flat, v);
            }
        }
    }

    private static StridedArray reduce(Node n, StridedArray in) {
        int[] axes = ((ReduceAxes) n.arg()).axes();
        Layout layout = in.layout();
        Layout kept = layout.withoutAxes(axes);
        Layout reduced = layout.onlyAxes(axes).withOffset(0);
        StridedArray out = StridedArray.allocate(n.dtype(), n.shape());
        if (out.size() > Integer.MAX_VALUE) throw new IllegalArgumentException("reductions to more than 2^31 elements are not supported");
        OffsetIterator outer = new OffsetIterator(kept);
        long count = reduced.size();
        Reduction r = new Reduction(n.op(), in.dtype(), (int) out.size());
        boolean isFloat = in.dtype().isFloat();
        for (int o = 0; o < out.size(); o++) {
            long base = outer.next();
            OffsetIterator inner = new OffsetIterator(reduced);
            for (long k = 0; k < count; k++) {
                long at = base + inner.next();
                if (isFloat) r.acceptFloat(o, in.buffer().getDouble(at), k);
                else r.acceptInt(o, in.buffer().getLong(at), k); // uint64's order: see Reduction's flip
            }
        }
        r.store(out.buffer());
        return out;
    }

    /** The ops whose output positions depend on data: a mask selection, integer-array indexing and updates, nonzero. */
    private static StridedArray select(Node n, Map<Node, StridedArray> values) {
        StridedArray[] in = new StridedArray[n.arity()];
        for (int i = 0; i < in.length; i++) in[i] = values.get(n.src(i));
        return switch (n.op()) {
            case GATHER -> Gather.evaluate(n, in[0], java.util.Arrays.copyOfRange(in, 1, in.length));
            case SCATTER -> Scatter.evaluate(n, in[0], in[1], java.util.Arrays.copyOfRange(in, 2, in.length));
            case NONZERO -> Nonzero.evaluate(n, in[0]);
            default -> compress(n, in[0], in[1]);
        };
    }

    private static StridedArray compress(Node n, StridedArray x, StridedArray mask) {
        StridedArray out = StridedArray.allocate(n.dtype(), n.shape());
        int maskRank = mask.layout().ndim();
        Layout xl = x.layout();
        int[] leading = new int[maskRank];
        for (int i = 0; i < maskRank; i++) leading[i] = i;
        Layout rows = xl.onlyAxes(leading);
        Layout cell = xl.withoutAxes(leading).withOffset(0);
        OffsetIterator maskIt = new OffsetIterator(mask.layout());
        OffsetIterator rowIt = new OffsetIterator(rows);
        long written = 0;
        for (long t = 0; t < mask.size(); t++) {
            boolean take = mask.buffer().getBool(maskIt.next());
            long base = rowIt.next();
            if (!take) continue;
            OffsetIterator cellIt = new OffsetIterator(cell);
            for (long c = 0; c < cell.size(); c++) {
                long at = base + cellIt.next();
                if (n.dtype().isFloat()) out.buffer().setDouble(written++, x.buffer().getDouble(at));
                else out.buffer().setLong(written++, x.buffer().getLong(at));
            }
        }
        if (written != out.size()) throw new IllegalStateException("mask selected " + written + " elements, expected " + out.size());
        return out;
    }

    private static StridedArray matmul(Node n, StridedArray a, StridedArray b) {
        long[] shape = n.shape();
        int r = shape.length;
        long rows = shape[r - 2], cols = shape[r - 1], inner = a.layout().dim(a.layout().ndim() - 1);
        long[] batch = java.util.Arrays.copyOf(shape, r - 2);
        Layout al = a.layout().broadcastTo(withCore(batch, rows, inner));
        Layout bl = b.layout().broadcastTo(withCore(batch, inner, cols));
        StridedArray out = StridedArray.allocate(n.dtype(), shape);
        OffsetIterator aBatch = new OffsetIterator(al.withoutAxes(new int[] {r - 2, r - 1}));
        OffsetIterator bBatch = new OffsetIterator(bl.withoutAxes(new int[] {r - 2, r - 1}));
        long batches = Shapes.size(batch);
        long ai = al.stride(r - 2), ak = al.stride(r - 1), bk = bl.stride(r - 2), bj = bl.stride(r - 1);
        boolean isFloat = n.dtype().isFloat(), isBool = n.dtype().isBool();
        long w = 0;
        for (long t = 0; t < batches; t++) {
            long a0 = aBatch.next(), b0 = bBatch.next();
            for (long i = 0; i < rows; i++) {
                for (long j = 0; j < cols; j++, w++) {
                    double sd = 0;
                    long sl = 0;
                    for (long k = 0; k < inner; k++) {
                        long pa = a0 + i * ai + k * ak, pb = b0 + k * bk + j * bj;
                        if (isFloat) sd += a.buffer().getDouble(pa) * b.buffer().getDouble(pb);
                        else if (isBool) sl |= a.buffer().getLong(pa) & b.buffer().getLong(pb);
                        else sl += a.buffer().getLong(pa) * b.buffer().getLong(pb);
                    }
                    if (isFloat) out.buffer().setDouble(w, sd);
                    else out.buffer().setLong(w, sl);
                }
            }
        }
        return out;
    }

    private static long[] withCore(long[] batch, long d0, long d1) {
        long[] s = java.util.Arrays.copyOf(batch, batch.length + 2);
        s[batch.length] = d0;
        s[batch.length + 1] = d1;
        return s;
    }

    static long[] unflatten(long flat, long[] shape) {
        long[] idx = new long[shape.length];
        for (int i = shape.length - 1; i >= 0; i--) {
            idx[i] = flat % shape[i];
            flat /= shape[i];
        }
        return idx;
    }
}
