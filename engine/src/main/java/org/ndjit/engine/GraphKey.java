package org.ndjit.engine;

import org.ndjit.ir.Node;
import org.ndjit.ir.Op;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The structure of a graph as the planner sees it, with its data left out: what {@link PlanCache}
 * keys plans by. Two graphs with equal keys differ only in their input buffers and in the values of
 * their 0-d constants, so a plan made for one is the plan of the other with its nodes renamed.
 *
 * <p>The nodes are numbered in one walk from the root, inputs first (leaves are where the planner
 * stops: arrays and values that already exist). Each node contributes its op, dtype, shape, whether
 * it is a leaf, its inputs' numbers (so shared subexpressions are part of the key) and its argument
 * compared with {@code equals} (a view's whole layout, a reduction's axes), except the two arguments
 * that are data: a buffer and a constant's value. A constant's value does not change the plan unless
 * simplification removes it ({@code x*1}); {@link PlanCache} keeps only plans simplification did not
 * change, which are correct for every value. Nothing in a key refers to a node or a buffer, so a
 * cached key keeps no array alive.
 *
 * <p>A walk runs on every call, so it allocates almost nothing: it writes the key into its thread's
 * {@link Scratch} (a probe that the cache compares with its keys as it is) and numbers nodes in an
 * open-addressing identity table there. Only a miss copies the probe into a key to keep. A graph
 * computed again on a thread need not be walked at all: {@link #match} checks it against the key
 * the cache found for it last time.
 */
final class GraphKey {
    private final long[] codes;
    private final Object[] args;
    private final int codeCount, argCount;
    private int hash;
    /**
     * For a kept key of one root that {@link #match} can check a graph against: where each node's
     * codes start, by the node's number (and where the last ends), and the place of its argument in
     * {@link #args} (-1: none); null otherwise.
     */
    private int[] records, argAt;

    private GraphKey(long[] codes, int codeCount, Object[] args, int argCount) {
        this.codes = codes;
        this.codeCount = codeCount;
        this.args = args;
        this.argCount = argCount;
    }

    /**
     * A graph's key, its nodes in the order the key numbers them (a single root is the last), and which
     * of them were available when walked. The key is its thread's probe until {@link #keep} copies it.
     */
    record Walk(GraphKey key, Node[] nodes, Node[] available) {
        /**
         * Availability as the walk saw it. Another thread may compute a node of this graph meanwhile;
         * a plan must treat as leaves exactly the nodes the key says, or it would be wrong for the
         * next graph of this key, where the node is not computed.
         */
        boolean wasAvailable(Node n) {
            for (Node a : available) if (a == n) return true;
            return false;
        }

        /** The walk's numbering, node to its place in {@link #nodes}. */
        Map<Node, Integer> number() {
            Map<Node, Integer> number = new IdentityHashMap<>(nodes.length * 2);
            for (int i = 0; i < nodes.length; i++) number.put(nodes[i], i);
            return number;
        }
    }

    /**
     * Walks the graph under {@code root} down to its leaves ({@code available} nodes other than the
     * root, and buffers). {@code fuse} is part of the key: eager mode plans the same graph otherwise.
     * The walk's key is valid until the thread's next walk (see {@link #keep}).
     */
    static Walk of(Node root, Predicate<Node> available, boolean fuse) {
        return of(List.of(root), available, fuse);
    }

    /**
     * {@link #of(Node, Predicate, boolean)} for the graphs of several roots planned together
     * ({@code Np.eval}): one numbering, the roots' graphs walked in turn; none of the roots is a
     * leaf. With more than one root the key ends with their count (negative: no node code is) and
     * their numbers, since which nodes are results changes the plan.
     */
    static Walk of(List<Node> roots, Predicate<Node> available, boolean fuse) {
        Scratch s = Scratch.PER_THREAD.get();
        s.start();
        try {
            s.code(fuse ? 1 : 0);
            int known = 0;
            for (Node root : roots) {
                if (s.numberOf(root) != Scratch.ABSENT) continue; // walked from an earlier root
                // Explicit stack of (node, next input to visit); the identity table is also the numbering (-1: on the stack).
                int top = 0;
                s.push(0, root);
                s.number(root, -1);
                while (top >= 0) {
                    Node n = s.stack[top];
                    boolean leaf = !isRoot(n, roots) && (n.op() == Op.BUFFER || available.test(n));
                    int i = s.next[top];
                    if (!leaf && i < n.arity()) {
                        s.next[top]++;
                        Node src = n.src(i);
                        if (s.numberOf(src) == Scratch.ABSENT) {
                            s.number(src, -1);
                            s.push(++top, src);
                        }
                        continue;
                    }
                    top--;
                    if (leaf && n.op() != Op.BUFFER) s.available[known++] = n;
                    s.number(n, s.nodeCount);
                    s.add(n);
                    encode(n, leaf, s);
                }
            }
            if (roots.size() > 1) {
                s.code(-roots.size());
                for (Node root : roots) s.code(s.numberOf(root));
            }
            GraphKey probe = s.probe();
            return new Walk(probe, Arrays.copyOf(s.nodes, s.nodeCount), known == 0 ? Scratch.NONE : Arrays.copyOf(s.available, known));
        } finally {
            s.finish();
        }
    }

    private static boolean isRoot(Node n, List<Node> roots) {
        for (int i = 0, k = roots.size(); i < k; i++) if (roots.get(i) == n) return true;
        return false;
    }

    private static void encode(Node n, boolean leaf, Scratch s) {
        s.code(n.op().ordinal() * 2L + (leaf ? 1 : 0));
        s.code(n.dtype().ordinal());
        s.code(n.ndim());
        for (int d = 0; d < n.ndim(); d++) s.code(n.dim(d));
        if (!leaf) {
            for (int i = 0; i < n.arity(); i++) s.code(s.numberOf(n.src(i)));
        } else if (n.op() == Op.VIEW) {
            // The planner looks through a view at its source (a broadcast constant is an argument).
            Node src = n.src(0);
            int at = s.numberOf(src);
            s.code(src.op().ordinal());
            s.code(at == Scratch.ABSENT ? -1 : at);
        }
        if (n.op() != Op.BUFFER && n.op() != Op.CONST) s.arg(n.arg());
    }

    /** This key as one to keep in a cache: a copy when it is a thread's probe, which the next walk overwrites. */
    GraphKey keep() {
        GraphKey kept = new GraphKey(Arrays.copyOf(codes, codeCount), codeCount, Arrays.copyOf(args, argCount), argCount);
        kept.hash = hash;
        return kept;
    }

    /**
     * {@link #keep()}, given the nodes of the walk that made this key, in its order: a key of one
     * root with at most {@link #MATCH_NODES} nodes also records where each node's codes are, so that
     * {@link #match} can check later graphs against it (not a key with a memoised view as a leaf,
     * whose code depends on what the walk met before it).
     */
    GraphKey keep(Node[] nodes, int roots) {
        GraphKey kept = keep();
        if (roots != 1 || nodes.length > MATCH_NODES) return kept;
        int[] records = new int[nodes.length + 1], argAt = new int[nodes.length];
        int c = 1, a = 0; // codes[0] is the fusion flag
        for (int k = 0; k < nodes.length; k++) {
            Node n = nodes[k];
            boolean leaf = (codes[c] & 1) != 0;
            if (leaf && n.op() == Op.VIEW) return kept; // its code depends on the walk's order: only a walk tells it
            records[k] = c;
            c += 3 + n.ndim() + (leaf ? 0 : n.arity());
            argAt[k] = n.op() != Op.BUFFER && n.op() != Op.CONST ? a++ : -1;
        }
        records[nodes.length] = c;
        if (c != codeCount || a != argCount) return kept;
        kept.records = records;
        kept.argAt = argAt;
        return kept;
    }

    /** The largest graph {@link #match} checks: it compares the nodes it finds pairwise. */
    static final int MATCH_NODES = 32;

    /** Whether {@link #match} can check graphs against this key. */
    boolean matchable() { return records != null; }

    /**
     * The walk of the graph under {@code root}, if its key is this one (a kept key of one root, see
     * {@link #keep(Node[], int)}); null when it is not, or may not be. The check follows the key
     * instead of building one: from the root (the last node) down, each node's op, dtype, shape,
     * argument and whether it is a leaf are compared with its codes, and its inputs are put at the
     * numbers the codes give them (an input met again must be the node already there). A walk
     * numbers a node once, so the nodes found must be distinct, which a last pass checks. As a walk
     * does, it asks {@code available} about each node but the root that is not a buffer. No hashing,
     * no table; the node array is the only allocation besides the walk.
     */
    Walk match(Node root, Predicate<Node> available, boolean fuse) {
        if (records == null || codes[0] != (fuse ? 1 : 0)) return null;
        int count = argAt.length, known = 0;
        Node[] nodes = new Node[count];
        nodes[count - 1] = root;
        for (int k = count - 1; k >= 0; k--) {
            Node n = nodes[k];
            if (n == null) return null;
            int c = records[k];
            boolean leaf = k != count - 1 && (n.op() == Op.BUFFER || available.test(n));
            int ndim = n.ndim();
            if (codes[c] != n.op().ordinal() * 2L + (leaf ? 1 : 0) || codes[c + 1] != n.dtype().ordinal() || codes[c + 2] != ndim) return null;
            c += 3;
            for (int d = 0; d < ndim; d++) if (codes[c + d] != n.dim(d)) return null;
            c += ndim;
            if (!leaf) {
                int arity = n.arity();
                if (c + arity != records[k + 1]) return null;
                for (int i = 0; i < arity; i++) {
                    int at = (int) codes[c + i];
                    Node src = n.src(i), there = nodes[at];
                    if (there == null) nodes[at] = src;
                    else if (there != src) return null;
                }
            } else {
                if (c != records[k + 1]) return null;
                if (n.op() != Op.BUFFER) known++;
            }
            if (argAt[k] >= 0 && !Objects.equals(args[argAt[k]], n.arg())) return null;
        }
        for (int i = 1; i < count; i++) {
            Node n = nodes[i];
            for (int j = 0; j < i; j++) if (nodes[j] == n) return null;
        }
        if (known == 0) return new Walk(this, nodes, Scratch.NONE);
        Node[] availableNodes = new Node[known];
        known = 0;
        for (int k = 0; k < count - 1; k++) if ((codes[records[k]] & 1) != 0 && nodes[k].op() != Op.BUFFER) availableNodes[known++] = nodes[k];
        return new Walk(this, nodes, availableNodes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GraphKey k && hash == k.hash
                && Arrays.equals(codes, 0, codeCount, k.codes, 0, k.codeCount)
                && Arrays.equals(args, 0, argCount, k.args, 0, k.argCount);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /**
     * One thread's walk state, reused from walk to walk: the stack, the numbered nodes, an identity
     * table from node to number, and the probe key's codes and arguments. It grows with the largest
     * graph the thread walked; after a walk of more than a few hundred nodes the next walk starts small
     * again, so a thread that once walked a deep graph does not hold (or clear) that much memory.
     */
    private static final class Scratch {
        static final ThreadLocal<Scratch> PER_THREAD = ThreadLocal.withInitial(Scratch::new);
        static final int ABSENT = Integer.MIN_VALUE;
        static final Node[] NONE = new Node[0];
        private static final int SHRINK_ABOVE = 4096;

        Node[] stack = new Node[16], nodes = new Node[16], available = new Node[16];
        int[] next = new int[16];
        int nodeCount;
        private Node[] tableKeys = new Node[64];
        private int[] tableValues = new int[64];
        private int tableCount;
        private long[] codes = new long[128];
        private Object[] args = new Object[16];
        private int codeCount, argCount, hash, deepest;

        void start() {
            // After a walk of more than a few hundred nodes the next starts small again (finish() cleared what it used).
            if (nodeCount > SHRINK_ABOVE || tableKeys.length > 1024) {
                stack = new Node[16];
                nodes = new Node[16];
                available = new Node[16];
                next = new int[16];
                tableKeys = new Node[64];
                tableValues = new int[64];
                codes = new long[128];
                args = new Object[16];
            } else {
                Arrays.fill(args, 0, argCount, null);
            }
            nodeCount = tableCount = codeCount = argCount = hash = deepest = 0;
        }

        /**
         * Forgets the walk's nodes (the probe's codes and arguments stay, for the look-up that follows):
         * a thread's scratch must not keep the last graph it walked reachable, with the results memoised
         * on its nodes, until its next walk (a dropped 80 MB result stayed live through collections so).
         */
        void finish() {
            Arrays.fill(nodes, 0, nodeCount, null);
            Arrays.fill(available, 0, nodeCount, null);
            Arrays.fill(stack, 0, deepest + 1, null);
            Arrays.fill(tableKeys, null);
        }

        void push(int at, Node n) {
            deepest = Math.max(deepest, at);
            if (at == stack.length) {
                stack = Arrays.copyOf(stack, at * 2);
                next = Arrays.copyOf(next, at * 2);
            }
            stack[at] = n;
            next[at] = 0;
        }

        void add(Node n) {
            if (nodeCount == nodes.length) {
                nodes = Arrays.copyOf(nodes, nodeCount * 2);
                available = Arrays.copyOf(available, nodeCount * 2);
            }
            nodes[nodeCount++] = n;
        }

        int numberOf(Node n) {
            int mask = tableKeys.length - 1;
            for (int i = n.hashCode() & mask; ; i = (i + 1) & mask) {
                Node k = tableKeys[i];
                if (k == n) return tableValues[i];
                if (k == null) return ABSENT;
            }
        }

        /** Sets n's number, adding n to the table if it is not there. */
        void number(Node n, int number) {
            int mask = tableKeys.length - 1;
            for (int i = n.hashCode() & mask; ; i = (i + 1) & mask) {
                Node k = tableKeys[i];
                if (k == n) {
                    tableValues[i] = number;
                    return;
                }
                if (k == null) {
                    tableKeys[i] = n;
                    tableValues[i] = number;
                    if (++tableCount * 2 > tableKeys.length) grow();
                    return;
                }
            }
        }

        private void grow() {
            Node[] oldKeys = tableKeys;
            int[] oldValues = tableValues;
            tableKeys = new Node[oldKeys.length * 2];
            tableValues = new int[oldKeys.length * 2];
            tableCount = 0;
            for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != null) number(oldKeys[i], oldValues[i]);
        }

        void code(long v) {
            if (codeCount == codes.length) codes = Arrays.copyOf(codes, codeCount * 2);
            codes[codeCount++] = v;
            hash = 31 * hash + Long.hashCode(v);
        }

        void arg(Object a) {
            if (argCount == args.length) args = Arrays.copyOf(args, argCount * 2);
            args[argCount++] = a;
            hash = 31 * hash + (a == null ? 0 : a.hashCode());
        }

        GraphKey probe() {
            GraphKey k = new GraphKey(codes, codeCount, args, argCount);
            k.hash = hash;
            return k;
        }
    }
}
