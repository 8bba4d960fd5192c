package org.ndjit.optimizer;

import org.ndjit.ir.Concatenation;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;
import org.ndjit.ir.Topo;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Moves elementwise ops below the concatenations they read: {@code f(concat(a, b), c)} becomes
 * {@code concat(f(a, c[:k]), f(b, c[k:]))}, bottom-up, so a chain of elementwise work over a
 * concatenation ends in one concatenation at its top, whose {@link Step.Join} computes each part's
 * fused chain straight into its region. Why: a concatenation read by a kernel would otherwise be
 * written whole and read back; this way nothing but the final result is written. The other operands
 * are sliced to each part's range: broadcast along the axis, they are kept; a view folds the slice
 * into its layout; a concatenation with the same boundaries gives its own parts; an elementwise
 * operand is sliced below itself (its inputs sliced, iteratively); anything else (a reduction, a
 * product, a computed value) is read through a view of its range. A concatenation that is already
 * computed, or one broadcast along its own axis, is left as it is. A view of a concatenation that
 * takes a box of it (a slice per axis, possibly reversed) becomes the concatenation of that box's
 * pieces of the parts (see {@link Boxes}), so slices, rolls and pads of concatenations stay unwritten;
 * a part that only adds length-1 axes to an elementwise node (a stacked input) is that node over
 * inputs given the axes (see {@link UnitAxes}), so it too is computed into its region.
 */
record SplitOverConcatenations() implements Pass {
    @Override
    public void run(Draft draft) {
        draft.reroot(root -> apply(root, draft.available()));
    }

    static Node apply(Node root, Predicate<Node> available) {
        Predicate<Node> known = m -> m != root && available.test(m);
        Map<Node, Node> rewritten = new IdentityHashMap<>();
        for (Node n : Topo.order(root, known)) {
            if (n.arity() == 0 || known.test(n)) {
                rewritten.put(n, n);
                continue;
            }
            Node[] src = new Node[n.arity()];
            for (int i = 0; i < src.length; i++) src[i] = rewritten.getOrDefault(n.src(i), n.src(i));
            if (n.op() == Op.CONCAT) for (int i = 0; i < src.length; i++) src[i] = UnitAxes.pushBelow(src[i], known);
            Node m = Nodes.withSrcs(n, src);
            rewritten.put(n, m.op().isElementwise() ? distribute(m, known, 0)
                    : m.op() == Op.VIEW && m.src(0).op() == Op.CONCAT && !known.test(m.src(0)) ? Boxes.ofConcatenation(m) : m);
        }
        return rewritten.get(root);
    }

    /**
     * {@code e} as a concatenation of itself over each part of its first splittable concatenated
     * input; {@code e} if none. A part whose own input is a concatenation (along another axis: a pad
     * of two axes) is split in turn, down to {@link MarkMaterialized#JOIN_NESTING} levels.
     */
    private static Node distribute(Node e, Predicate<Node> known, int depth) {
        if (depth >= MarkMaterialized.JOIN_NESTING) return e;
        for (Node c : e.srcs()) {
            if (c.op() != Op.CONCAT || known.test(c)) continue;
            int axis = e.ndim() - c.ndim() + Concatenation.axis(c);
            if (c.dim(Concatenation.axis(c)) != e.dim(axis)) continue;
            int fromRight = e.ndim() - axis;
            long[] starts = Concatenation.starts(c);
            Node[] parts = new Node[c.arity()];
            for (int k = 0; k < parts.length; k++) {
                Slice slice = new Slice(fromRight, starts[k], starts[k + 1], known);
                Node[] in = new Node[e.arity()];
                for (int i = 0; i < in.length; i++) in[i] = e.src(i) == c ? c.src(k) : slice.of(e.src(i));
                parts[k] = distribute(Nodes.elementwise(e.op(), e.dtype(), in), known, depth + 1);
            }
            return Nodes.concatenate(axis, parts);
        }
        return e;
    }

    /** Positions {@code [start, end)} of the axis {@code fromRight} places from the last (the same axis in every operand, as broadcasting aligns them). */
    private record Slice(int fromRight, long start, long end, Predicate<Node> known) {
        /** {@code x}'s elements in the range (x itself where it broadcasts along the axis). */
        Node of(Node x) {
            Map<Node, Node> sliced = new IdentityHashMap<>();
            Predicate<Node> boundary = m -> !m.op().isElementwise() || known.test(m) || !spans(m);
            for (Node m : Topo.order(x, boundary)) {
                if (boundary.test(m)) {
                    sliced.put(m, boundaryOf(m));
                    continue;
                }
                Node[] in = new Node[m.arity()];
                for (int i = 0; i < in.length; i++) in[i] = sliced.get(m.src(i));
                sliced.put(m, Nodes.elementwise(m.op(), m.dtype(), in));
            }
            return sliced.get(x);
        }

        /** Whether {@code m} has the axis with more than one position (otherwise it broadcasts and is kept). */
        private boolean spans(Node m) {
            return m.ndim() >= fromRight && m.dim(m.ndim() - fromRight) != 1;
        }

        private Node boundaryOf(Node m) {
            if (!spans(m)) return m;
            int axis = m.ndim() - fromRight;
            if (m.op() == Op.CONCAT && !known.test(m) && Concatenation.axis(m) == axis) {
                long[] starts = Concatenation.starts(m);
                int first = Arrays.binarySearch(starts, start), last = Arrays.binarySearch(starts, end);
                if (first >= 0 && last > first) {
                    Node[] parts = new Node[last - first];
                    for (int k = first; k < last; k++) parts[k - first] = m.src(k);
                    return Nodes.concatenate(axis, parts);
                }
            }
            Node base = m.op() == Op.VIEW ? m.src(0) : m;
            Layout layout = m.op() == Op.VIEW ? (Layout) m.arg() : Layout.contiguous(m.shape());
            return Nodes.view(base, layout.slice(axis, start, end, 1));
        }
    }
}
