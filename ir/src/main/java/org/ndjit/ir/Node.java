package org.ndjit.ir;

import org.ndjit.DType;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One node of the expression graph: an op, its result dtype and shape, its inputs and an op-specific
 * argument. Nodes are immutable and hash-consed: {@link #of} returns the existing node for a
 * structurally equal request, so {@code ==} means "same expression" and memo tables can be
 * identity maps. The structural hash is computed once, from the inputs' cached hashes, so hashing
 * and comparing never recurse (a chain of {@code x = x + x} 64 times costs 64 steps, not 2^64).
 *
 * <p>Build nodes with the checked factories in {@link Nodes}; this class only interns.
 */
public final class Node {
    /**
     * Live nodes without inputs (constants, ranges) by structural hash. Only weak references are
     * stored, so a dropped constant is collectable. Nodes with inputs are interned in their first
     * input's {@link Consumers} instead.
     */
    private static final ConcurrentHashMap<Long, Ref[]> INTERNED_LEAVES = new ConcurrentHashMap<>();
    private static final ReferenceQueue<Node> COLLECTED = new ReferenceQueue<>();
    private static final VarHandle MEMO;

    static {
        try {
            MEMO = MethodHandles.lookup().findVarHandle(Node.class, "memo", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The inputs of a leaf; factories pass it for an empty varargs array, which would be a new array at each call. */
    static final Node[] NO_INPUTS = new Node[0];

    // The structure that identifies a node (inputs compared by identity, since they are interned),
    // kept in the node itself: a separate key object would be one more allocation per node built.
    private final Op op;
    private final DType dtype;
    /** Never written after construction, so nodes of one shape may share it (see {@link Nodes#elementwise}). */
    final long[] shape;
    private final Node[] src;
    private final Object arg;
    private final long hash;
    private final long size;
    /**
     * A slot the engine owns, to memoise this node's materialized value (see {@link #casMemo}). It
     * stays on the node, although it is the engine's state, because a side table would cost more on
     * the hot path: the planner asks "is this node computed?" for every node of every graph it plans,
     * and the value must be collected with the node. The JDK has no concurrent weak identity map, so
     * a side table would be a synchronized {@code WeakHashMap} (equals/hashCode lookups under a lock,
     * contended by parallel callers) or a second interning structure; a field read is a load. The
     * slot is opaque here ({@code Object}): ir never reads it.
     */
    @SuppressWarnings("unused")
    private volatile Object memo;
    /**
     * The nodes built with this node as first input, weakly held: null, the one such node's
     * {@link WeakReference} (most nodes have one consumer, which then costs no table), or a
     * {@link Consumers} table. Guarded by this node's monitor.
     */
    private Object consumers;

    private Node(Op op, DType dtype, long[] shape, Node[] src, Object arg, long hash) {
        this.op = op;
        this.dtype = dtype;
        this.shape = shape;
        this.src = src;
        this.arg = arg;
        this.hash = hash;
        this.size = Shapes.size(shape);
    }

    /** Returns the unique node with this structure, creating it if needed (with copies of the arrays, which the caller may reuse). */
    static Node of(Op op, DType dtype, long[] shape, Object arg, Node... src) {
        return intern(op, dtype, shape, arg, src, true);
    }

    /**
     * {@link #of} for arrays the caller hands over: {@code shape} and {@code src} are never written
     * afterwards (new arrays, or another node's {@link #shape}), so a new node keeps them as they are.
     */
    static Node ofOwned(Op op, DType dtype, long[] shape, Object arg, Node... src) {
        return intern(op, dtype, shape, arg, src, false);
    }

    private static Node intern(Op op, DType dtype, long[] shape, Object arg, Node[] src, boolean copy) {
        if (op.arity() == Op.VARIADIC ? src.length == 0 : src.length != op.arity()) throw new IllegalArgumentException(op + " takes " + op.arity() + " inputs, got " + src.length);
        long hash = hash(op, dtype, shape, src, arg);
        // Buffer leaves are not interned: nearly all are made for a new Buffer, so the table would
        // only cost an entry and a weak reference per array. Two leaves over one Buffer are then
        // different nodes, which only forgoes sharing work between them.
        if (src.length == 0) {
            Node made = new Node(op, dtype, copy ? shape.clone() : shape, NO_INPUTS, arg, hash);
            return op == Op.BUFFER ? made : internLeaf(made);
        }
        // A node with inputs is interned in its first input's consumers. A global table would make every
        // node built cost a long-lived entry and a reference the collector must process: measured on
        // 1,000-element calls, a young collection then copied ~600,000 table objects (40-80 ms per
        // collection, several microseconds per call). Here a graph dropped whole takes its tables with it.
        Node first = src[0];
        synchronized (first) {
            Node found = first.consumer(op, dtype, shape, src, arg, hash);
            if (found != null) return found;
            Node made = new Node(op, dtype, copy ? shape.clone() : shape, copy ? src.clone() : src, arg, hash);
            first.addConsumer(made);
            return made;
        }
    }

    /** The consumer of this node with this structure, or null; called holding this node's monitor. */
    private Node consumer(Op op, DType dtype, long[] shape, Node[] src, Object arg, long hash) {
        if (consumers instanceof WeakReference<?> only) {
            Node n = (Node) only.get();
            return n != null && n.is(op, dtype, shape, src, arg, hash) ? n : null;
        }
        return consumers == null ? null : ((Consumers) consumers).find(op, dtype, shape, src, arg, hash);
    }

    /** Adds a new consumer; called holding this node's monitor. */
    private void addConsumer(Node made) {
        WeakReference<Node> ref = new WeakReference<>(made);
        if (consumers == null || consumers instanceof WeakReference<?> only && only.get() == null) {
            consumers = ref;
            return;
        }
        if (consumers instanceof WeakReference<?> only) {
            Consumers table = new Consumers();
            table.add(only);
            consumers = table;
        }
        ((Consumers) consumers).add(ref);
    }

    private static Node internLeaf(Node made) {
        expungeCollected();
        Node[] result = new Node[1];
        INTERNED_LEAVES.compute(made.hash, (hash, bucket) -> {
            if (bucket != null) {
                for (Ref r : bucket) {
                    Node n = r.get();
                    if (n != null && n.is(made.op, made.dtype, made.shape, made.src, made.arg, made.hash)) {
                        result[0] = n;
                        return bucket;
                    }
                }
            }
            result[0] = made;
            Ref[] grown = bucket == null ? new Ref[1] : Arrays.copyOf(bucket, bucket.length + 1);
            grown[grown.length - 1] = new Ref(made, hash, COLLECTED);
            return grown;
        });
        return result[0];
    }

    private static void expungeCollected() {
        for (Object r; (r = COLLECTED.poll()) != null; ) {
            Ref ref = (Ref) r;
            INTERNED_LEAVES.computeIfPresent(ref.hash, (hash, bucket) -> {
                Ref[] kept = new Ref[bucket.length];
                int live = 0;
                for (Ref b : bucket) if (b != ref) kept[live++] = b;
                return live == 0 ? null : Arrays.copyOf(kept, live);
            });
        }
    }

    /** The structural hash: from the inputs' hashes, never recursing. */
    private static long hash(Op op, DType dtype, long[] shape, Node[] src, Object arg) {
        long h = op.ordinal() * 0x9E3779B97F4A7C15L + dtype.ordinal();
        h = mix(h, Arrays.hashCode(shape));
        for (Node s : src) h = mix(h, s.hash);
        return mix(h, arg == null ? 0 : arg.hashCode());
    }

    private static long mix(long h, long v) {
        h ^= v + 0x9E3779B97F4A7C15L + (h << 6) + (h >>> 2);
        h *= 0xBF58476D1CE4E5B9L;
        return h ^ (h >>> 31);
    }

    /** Whether this node has this structure. */
    private boolean is(Op op, DType dtype, long[] shape, Node[] src, Object arg, long hash) {
        if (this.hash != hash || this.op != op || this.dtype != dtype || !Arrays.equals(this.shape, shape) || this.src.length != src.length) return false;
        for (int i = 0; i < src.length; i++) if (this.src[i] != src[i]) return false;
        return Objects.equals(this.arg, arg);
    }

    public Op op() { return op; }
    public DType dtype() { return dtype; }
    public long[] shape() { return shape.clone(); }
    /** Whether {@code other} has this node's shape (without copying either). */
    public boolean sameShape(Node other) { return Arrays.equals(shape, other.shape); }
    public int ndim() { return shape.length; }
    public long dim(int axis) { return shape[axis]; }
    public long size() { return size; }
    public int arity() { return src.length; }
    public Node src(int i) { return src[i]; }
    public List<Node> srcs() { return List.of(src); }
    public Object arg() { return arg; }
    /** The 64-bit structural hash, fixed at construction. */
    public long structuralHash() { return hash; }

    /** The engine's memo slot: the value or the pending computation of this node, or null. */
    public Object memo() { return memo; }

    public boolean casMemo(Object expected, Object update) {
        return MEMO.compareAndSet(this, expected, update);
    }

    @Override
    public int hashCode() { return Long.hashCode(hash); }

    /** One line, no recursion: {@code add f64[3,4] (#1a2b, #3c4d)}. Use {@link GraphText} for whole graphs. */
    @Override
    public String toString() {
        return op.numpyName() + " " + GraphText.type(this) + (arg == null ? "" : " {" + arg + "}");
    }

    private static final class Ref extends WeakReference<Node> {
        final long hash;

        Ref(Node node, long hash, ReferenceQueue<Node> queue) {
            super(node, queue);
            this.hash = hash;
        }
    }

    /**
     * An open-addressing set of weak references to nodes, probed by structural hash, for a node with
     * several consumers. Cleared references are dropped when the table grows, so its size follows the
     * live consumers.
     */
    private static final class Consumers {
        private WeakReference<?>[] slots = new WeakReference<?>[4];
        private int used;

        Node find(Op op, DType dtype, long[] shape, Node[] src, Object arg, long hash) {
            int mask = slots.length - 1;
            for (int i = (int) hash & mask; slots[i] != null; i = (i + 1) & mask) {
                Node n = (Node) slots[i].get();
                if (n != null && n.is(op, dtype, shape, src, arg, hash)) return n;
            }
            return null;
        }

        void add(WeakReference<?> ref) {
            Node node = (Node) ref.get();
            if (node == null) return;
            if ((used + 1) * 4 > slots.length * 3) rebuild();
            put(slots, node, ref);
            used++;
        }

        private void rebuild() {
            WeakReference<?>[] old = slots;
            int live = 0;
            for (WeakReference<?> r : old) if (r != null && r.get() != null) live++;
            slots = new WeakReference<?>[Math.max(4, Integer.highestOneBit(Math.max(1, live) * 4 - 1) * 2)];
            used = 0;
            for (WeakReference<?> r : old) {
                Node n = r == null ? null : (Node) r.get();
                if (n != null) {
                    put(slots, n, r);
                    used++;
                }
            }
        }

        private static void put(WeakReference<?>[] slots, Node node, WeakReference<?> ref) {
            int mask = slots.length - 1, i = (int) node.hash & mask;
            while (slots[i] != null) i = (i + 1) & mask;
            slots[i] = ref;
        }
    }
}
