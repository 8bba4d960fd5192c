package org.ndjit.engine;

import org.ndjit.ir.Node;
import org.ndjit.ir.Op;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
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
 */
final class GraphKey {
    private final long[] codes;
    private final Object[] args;
    private final int hash;

    private GraphKey(long[] codes, Object[] args) {
        this.codes = codes;
        this.args = args;
        this.hash = 31 * Arrays.hashCode(codes) + Arrays.hashCode(args);
    }

    /**
     * A graph's key, its nodes in the order the key numbers them (the root is the last), and which
     * of them were available when walked.
     */
    record Walk(GraphKey key, Node[] nodes, IdentityHashMap<Node, Integer> number, Set<Node> available) {
        /**
         * Availability as the walk saw it. Another thread may compute a node of this graph meanwhile;
         * a plan must treat as leaves exactly the nodes the key says, or it would be wrong for the
         * next graph of this key, where the node is not computed.
         */
        boolean wasAvailable(Node n) {
            return available.contains(n);
        }
    }

    /**
     * Walks the graph under {@code root} down to its leaves ({@code available} nodes other than the
     * root, and buffers). {@code fuse} is part of the key: eager mode plans the same graph otherwise.
     */
    static Walk of(Node root, Predicate<Node> available, boolean fuse) {
        IdentityHashMap<Node, Integer> number = new IdentityHashMap<>(16);
        List<Node> nodes = new ArrayList<>(16);
        Codes codes = new Codes();
        List<Object> args = new ArrayList<>(4);
        Set<Node> known = Collections.newSetFromMap(new IdentityHashMap<>(4));
        codes.add(fuse ? 1 : 0);
        // Explicit stack of (node, next input to visit); the visited map is also the numbering.
        Node[] stack = new Node[16];
        int[] next = new int[16];
        int top = 0;
        stack[0] = root;
        number.put(root, -1);
        while (top >= 0) {
            Node n = stack[top];
            boolean leaf = n != root && (n.op() == Op.BUFFER || available.test(n));
            if (leaf && n.op() != Op.BUFFER) known.add(n);
            int i = next[top];
            if (!leaf && i < n.arity()) {
                next[top]++;
                Node s = n.src(i);
                if (!number.containsKey(s)) {
                    number.put(s, -1);
                    if (++top == stack.length) {
                        stack = Arrays.copyOf(stack, top * 2);
                        next = Arrays.copyOf(next, top * 2);
                    }
                    stack[top] = s;
                    next[top] = 0;
                }
                continue;
            }
            top--;
            number.put(n, nodes.size());
            nodes.add(n);
            encode(n, leaf, number, codes, args);
        }
        return new Walk(new GraphKey(codes.toArray(), args.toArray()), nodes.toArray(Node[]::new), number, known);
    }

    private static void encode(Node n, boolean leaf, IdentityHashMap<Node, Integer> number, Codes codes, List<Object> args) {
        codes.add(n.op().ordinal() * 2L + (leaf ? 1 : 0));
        codes.add(n.dtype().ordinal());
        codes.add(n.ndim());
        for (int d = 0; d < n.ndim(); d++) codes.add(n.dim(d));
        if (!leaf) {
            for (int i = 0; i < n.arity(); i++) codes.add(number.get(n.src(i)));
        } else if (n.op() == Op.VIEW) {
            // The planner looks through a view at its source (a broadcast constant is an argument).
            Node s = n.src(0);
            Integer at = number.get(s);
            codes.add(s.op().ordinal());
            codes.add(at == null ? -1 : at);
        }
        if (n.op() != Op.BUFFER && n.op() != Op.CONST) args.add(n.arg());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GraphKey k && hash == k.hash && Arrays.equals(codes, k.codes) && Arrays.equals(args, k.args);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** A growable list of longs, so that a key is built without boxing. */
    private static final class Codes {
        private long[] values = new long[64];
        private int size;

        void add(long v) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
