package org.ndjit;

import org.ndjit.engine.Materializer;
import org.ndjit.ir.Arange;
import org.ndjit.ir.Buffer;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;
import org.ndjit.ir.ReduceAxes;
import org.ndjit.ir.Shapes;
import org.ndjit.ir.StridedArray;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Rewrites an expression into the expression for a block of its rows, {@code expr[lo:hi]}, so that a
 * result can be computed (and saved) block by block without ever existing whole: materializing a
 * node computes all of it, so a block must be its own, smaller graph.
 *
 * <p>The slice is pushed towards the inputs wherever slicing commutes with the op:
 * <ul>
 *   <li>elementwise ops: each input that has the result's leading axis is sliced; inputs that
 *       broadcast along it (length 1, or fewer dimensions) are used whole;</li>
 *   <li>reductions that keep axis 0, and matmul (rows of the left operand, and the batch axis of
 *       operands that have it): the input is sliced;</li>
 *   <li>views: the slice of the view reads a band of rows of its source (the rows between the lowest
 *       and the highest element it touches), so the source is sliced to that band; a buffer input is
 *       just viewed, never copied;</li>
 *   <li>integer {@code arange}: a shorter arange with a shifted start.</li>
 * </ul>
 * What cannot be pushed is computed whole once, as an intermediate, and each block reads its rows of
 * that value: reductions over axis 0, boolean-mask selections, views whose rows all read from every
 * row of their source (a transpose of a computed array), float {@code arange}, and the inputs that
 * broadcast along the leading axis. That is the limit of chunked saving: such an intermediate must
 * fit in memory, and it stays memoised on its node like any computed value.
 *
 * <p>The rewriting is iterative (no recursion over the graph) and shares rewritten nodes within a block.
 */
final class RowBlocks {
    /** Told about every materialization the blocks cause, for tests and diagnostics. */
    interface Listener {
        /** {@code whole}: an intermediate computed once for all blocks; otherwise one block of the result. */
        void materialized(Node node, boolean whole);
    }

    private record Key(Node node, long lo, long hi) {}

    /** A node's rewrite: the slices of inputs it needs, and how to build it once they exist. */
    private record Plan(List<Key> inputs, Function<List<Node>, Node> build) {
        static Plan done(Node n) {
            return new Plan(List.of(), ignored -> n);
        }
    }

    private final Node root;
    private final Listener listener;
    private final Set<Node> computedWhole = Collections.newSetFromMap(new IdentityHashMap<>());

    RowBlocks(Node root, Listener listener) {
        if (root.ndim() == 0) throw new IllegalArgumentException("a 0-d array has no rows");
        this.root = root;
        this.listener = listener;
    }

    /** The graph of {@code root[lo:hi]} along axis 0. */
    Node slice(long lo, long hi) {
        if (lo < 0 || hi > root.dim(0) || lo >= hi) throw new IllegalArgumentException("bad row block [" + lo + ", " + hi + ")");
        Map<Key, Node> done = new HashMap<>();
        Map<Key, Plan> plans = new HashMap<>();
        Deque<Key> stack = new ArrayDeque<>();
        Key top = new Key(root, lo, hi);
        stack.push(top);
        while (!stack.isEmpty()) {
            Key k = stack.peek();
            if (done.containsKey(k)) {
                stack.pop();
                continue;
            }
            Plan plan = plans.get(k);
            if (plan == null) {
                plan = plan(k);
                plans.put(k, plan);
                boolean waiting = false;
                for (Key in : plan.inputs()) {
                    if (!done.containsKey(in)) {
                        stack.push(in);
                        waiting = true;
                    }
                }
                if (waiting) continue;
            }
            List<Node> inputs = new ArrayList<>(plan.inputs().size());
            for (Key in : plan.inputs()) inputs.add(done.get(in));
            done.put(k, plan.build().apply(inputs));
            plans.remove(k);
            stack.pop();
        }
        return done.get(top);
    }

    private Plan plan(Key k) {
        Node n = k.node();
        long lo = k.lo(), hi = k.hi();
        long[] shape = n.shape();
        shape[0] = hi - lo;
        if (Shapes.size(shape) == 0) return Plan.done(Nodes.buffer(Buffer.allocate(n.dtype(), 0), shape));
        StridedArray v = Materializer.known(n);
        if (v != null) return Plan.done(rowsOf(v, lo, hi));
        if (lo == 0 && hi == n.dim(0)) {
            if (!isInput(n)) whole(n);
            return Plan.done(n);
        }
        return switch (n.op().kind()) {
            case LEAF -> leaf(n, lo, hi);
            case ELEMENTWISE -> {
                List<Key> inputs = new ArrayList<>();
                Node[] src = new Node[n.arity()];
                int[] slot = new int[n.arity()];
                for (int i = 0; i < n.arity(); i++) {
                    Node s = n.src(i);
                    if (s.ndim() == n.ndim() && s.dim(0) == n.dim(0)) {
                        slot[i] = inputs.size();
                        inputs.add(new Key(s, lo, hi));
                    } else {
                        slot[i] = -1;
                        src[i] = keep(s);
                    }
                }
                yield new Plan(inputs, sliced -> {
                    Node[] args = src.clone();
                    for (int i = 0; i < args.length; i++) if (slot[i] >= 0) args[i] = sliced.get(slot[i]);
                    return Nodes.elementwise(n.op(), n.dtype(), args);
                });
            }
            case REDUCE -> {
                ReduceAxes axes = (ReduceAxes) n.arg();
                if (axes.contains(0)) yield Plan.done(rowsOf(whole(n), lo, hi));
                yield new Plan(List.of(new Key(n.src(0), lo, hi)), s -> Nodes.reduce(n.op(), n.dtype(), s.get(0), axes.axes()));
            }
            case CONTRACTION -> matmul(n, lo, hi);
            case MOVEMENT -> view(n, lo, hi);
            case SELECT, JOIN, ROUTINE -> Plan.done(rowsOf(whole(n), lo, hi));
        };
    }

    private Plan leaf(Node n, long lo, long hi) {
        return switch (n.op()) {
            case BUFFER -> Plan.done(Nodes.view(n, Layout.contiguous(n.shape()).slice(0, lo, hi, 1)));
            case ARANGE -> {
                Arange a = (Arange) n.arg();
                yield Plan.done(Nodes.arange(hi - lo, new Arange(a.start() + lo * a.step(), a.step())));
            }
            default -> throw new IllegalStateException("a 0-d leaf has no rows: " + n);
        };
    }

    /** The result's axis 0 is the left operand's rows (2-d) or the batch axis 0 of the operands that have it. */
    private Plan matmul(Node n, long lo, long hi) {
        Node a = n.src(0), b = n.src(1);
        int r = n.ndim();
        boolean sliceA = r == 2 || (a.ndim() == r && a.dim(0) == n.dim(0));
        boolean sliceB = r > 2 && b.ndim() == r && b.dim(0) == n.dim(0);
        List<Key> inputs = new ArrayList<>();
        if (sliceA) inputs.add(new Key(a, lo, hi));
        if (sliceB) inputs.add(new Key(b, lo, hi));
        Node keptA = sliceA ? null : keep(a), keptB = sliceB ? null : keep(b);
        return new Plan(inputs, s -> Nodes.matmul(n.dtype(), sliceA ? s.get(0) : keptA, sliceB ? s.get(sliceA ? 1 : 0) : keptB));
    }

    /**
     * A view's rows lo..hi read source elements between the lowest and highest storage index they
     * touch, which lie in a band of the source's rows; the view of that band is the block.
     */
    private Plan view(Node n, long lo, long hi) {
        Layout rows = ((Layout) n.arg()).slice(0, lo, hi, 1);
        Node s = n.src(0);
        if (s.op() == Op.BUFFER || s.op() == Op.CONST) return Plan.done(Nodes.view(s, rows));
        if (s.ndim() == 0) return Plan.done(Nodes.view(keep(s), rows));
        long rowSize = s.size() / s.dim(0);
        long[] extent = rows.extent();
        long first = extent[0] / rowSize, last = extent[1] / rowSize + 1;
        if (last - first < s.dim(0)) {
            Layout inBand = rows.withOffset(rows.offset() - first * rowSize);
            return new Plan(List.of(new Key(s, first, last)), band -> Nodes.view(band.get(0), inBand));
        }
        StridedArray source = whole(s);
        if (source.layout().isContiguous()) return Plan.done(Nodes.view(storage(source), rows.withBase(source.layout().offset())));
        return Plan.done(rowsOf(whole(n), lo, hi));
    }

    /** Leaves other than arange cost nothing to use whole; everything else is computed once. */
    private static boolean isInput(Node n) {
        return n.op() == Op.BUFFER || n.op() == Op.CONST;
    }

    /** An input used whole by every block: computed once now, so blocks find its value. */
    private Node keep(Node n) {
        if (!isInput(n)) whole(n);
        return n;
    }

    private StridedArray whole(Node n) {
        if (computedWhole.add(n)) listener.materialized(n, true);
        return Materializer.materialize(n);
    }

    /** Rows lo..hi of a computed value, as a view of its storage (no copy). */
    private static Node rowsOf(StridedArray v, long lo, long hi) {
        return Nodes.view(storage(v), v.layout().slice(0, lo, hi, 1));
    }

    /** The whole buffer behind a value, as a 1-d array, so any layout of the value is a view of it. */
    private static Node storage(StridedArray v) {
        return Nodes.buffer(v.buffer(), new long[] {v.buffer().length()});
    }
}
