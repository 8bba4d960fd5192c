package org.ndjit.ir;

import org.ndjit.DType;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.List;
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

    private final Key key;
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
    /** The nodes built with this node as first input, weakly held; guarded by this node's monitor. */
    private Consumers consumers;

    private Node(Key key) {
        this.key = key;
        this.size = Shapes.size(key.shape);
    }

    /** Returns the unique node with this structure, creating it if needed. */
    static Node of(Op op, DType dtype, long[] shape, Object arg, Node... src) {
        if (op.arity() == Op.VARIADIC ? src.length == 0 : src.length != op.arity()) throw new IllegalArgumentException(op + " takes " + op.arity() + " inputs, got " + src.length);
        Key key = new Key(op, dtype, shape.clone(), src.clone(), arg);
        // Buffer leaves are not interned: nearly all are made for a new Buffer, so the table would
        // only cost an entry and a weak reference per array. Two leaves over one Buffer are then
        // different nodes, which only forgoes sharing work between them.
        if (op == Op.BUFFER) return new Node(key);
        return src.length == 0 ? internLeaf(key) : internConsumer(src[0], key);
    }

    /**
     * Interns a node with inputs in its first input's table. A global table would make every node
     * built cost a long-lived entry and a reference the collector must process: measured on 1,000-element
     * calls, a young collection then copied ~600,000 table objects (40-80 ms per collection, several
     * microseconds per call). Here a graph dropped whole takes its tables with it.
     */
    private static Node internConsumer(Node first, Key key) {
        synchronized (first) {
            if (first.consumers == null) first.consumers = new Consumers();
            Node found = first.consumers.find(key);
            if (found != null) return found;
            Node made = new Node(key);
            first.consumers.add(made);
            return made;
        }
    }

    private static Node internLeaf(Key key) {
        expungeCollected();
        Node[] result = new Node[1];
        INTERNED_LEAVES.compute(key.hash, (hash, bucket) -> {
            if (bucket != null) {
                for (Ref r : bucket) {
                    Node n = r.get();
                    if (n != null && n.key.equals(key)) {
                        result[0] = n;
                        return bucket;
                    }
                }
            }
            result[0] = new Node(key);
            Ref[] grown = bucket == null ? new Ref[1] : Arrays.copyOf(bucket, bucket.length + 1);
            grown[grown.length - 1] = new Ref(result[0], hash, COLLECTED);
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

    public Op op() { return key.op; }
    public DType dtype() { return key.dtype; }
    public long[] shape() { return key.shape.clone(); }
    public int ndim() { return key.shape.length; }
    public long dim(int axis) { return key.shape[axis]; }
    public long size() { return size; }
    public int arity() { return key.src.length; }
    public Node src(int i) { return key.src[i]; }
    public List<Node> srcs() { return List.of(key.src); }
    public Object arg() { return key.arg; }
    /** The 64-bit structural hash, fixed at construction. */
    public long structuralHash() { return key.hash; }

    /** The engine's memo slot: the value or the pending computation of this node, or null. */
    public Object memo() { return memo; }

    public boolean casMemo(Object expected, Object update) {
        return MEMO.compareAndSet(this, expected, update);
    }

    @Override
    public int hashCode() { return Long.hashCode(key.hash); }

    /** One line, no recursion: {@code add f64[3,4] (#1a2b, #3c4d)}. Use {@link GraphText} for whole graphs. */
    @Override
    public String toString() {
        return key.op.numpyName() + " " + GraphText.type(this) + (key.arg == null ? "" : " {" + key.arg + "}");
    }

    private static final class Ref extends WeakReference<Node> {
        final long hash;

        Ref(Node node, long hash, ReferenceQueue<Node> queue) {
            super(node, queue);
            this.hash = hash;
        }
    }

    /**
     * An open-addressing set of weak references to nodes, probed by structural hash. Cleared
     * references are dropped when the table grows, so its size follows the live consumers.
     */
    private static final class Consumers {
        private WeakReference<?>[] slots = new WeakReference<?>[4];
        private int used;

        Node find(Key key) {
            int mask = slots.length - 1;
            for (int i = (int) key.hash & mask; slots[i] != null; i = (i + 1) & mask) {
                Node n = (Node) slots[i].get();
                if (n != null && n.key.equals(key)) return n;
            }
            return null;
        }

        void add(Node node) {
            if ((used + 1) * 4 > slots.length * 3) rebuild();
            put(slots, node, new WeakReference<>(node));
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
            int mask = slots.length - 1, i = (int) node.key.hash & mask;
            while (slots[i] != null) i = (i + 1) & mask;
            slots[i] = ref;
        }
    }

    /** The structure that identifies a node: inputs compared by identity, since they are interned. */
    private static final class Key {
        final Op op;
        final DType dtype;
        final long[] shape;
        final Node[] src;
        final Object arg;
        final long hash;

        Key(Op op, DType dtype, long[] shape, Node[] src, Object arg) {
            this.op = op;
            this.dtype = dtype;
            this.shape = shape;
            this.src = src;
            this.arg = arg;
            long h = op.ordinal() * 0x9E3779B97F4A7C15L + dtype.ordinal();
            h = mix(h, Arrays.hashCode(shape));
            for (Node s : src) h = mix(h, s.key.hash);
            this.hash = mix(h, arg == null ? 0 : arg.hashCode());
        }

        private static long mix(long h, long v) {
            h ^= v + 0x9E3779B97F4A7C15L + (h << 6) + (h >>> 2);
            h *= 0xBF58476D1CE4E5B9L;
            return h ^ (h >>> 31);
        }

        @Override
        public int hashCode() { return Long.hashCode(hash); }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key k)) return false;
            if (hash != k.hash || op != k.op || dtype != k.dtype || !Arrays.equals(shape, k.shape)) return false;
            for (int i = 0; i < src.length; i++) if (src[i] != k.src[i]) return false;
            return arg == null ? k.arg == null : arg.equals(k.arg);
        }
    }
}
