package org.ndjit.optimizer;

import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Op;
import org.ndjit.ir.ReduceAxes;
import org.ndjit.ir.Shapes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Joins a reduction of the trailing axes of a loop shape (the rows) with the steps right after it
 * that work on the same rows into one {@link Step.RowGroup}: further such reductions, elementwise
 * kernels over the loop shape or over the reduced shape, each reading what the group produced
 * only at its own row (a reduced value broadcast along its row, or an element at its own
 * position). Why: the group runs a few rows at a time through every member, so the rows stay in
 * cache from the first reduction to the last elementwise kernel, and the input of a softmax, a row
 * normalization or a layer norm is read from memory once instead of once per step. Steps that can
 * raise a value error are left out: in a group, parts of later steps run before earlier ones end.
 */
record FuseRowGroups() implements Pass {
    @Override
    public void run(Draft draft) {
        List<Step> out = new ArrayList<>();
        Rows rows = null;
        List<Step> group = new ArrayList<>();
        Set<Node> produced = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Step s : draft.steps()) {
            if (rows != null && rows.admits(s, produced)) {
                group.add(s);
                produced.addAll(outputs(s));
                continue;
            }
            if (rows != null && s instanceof Step.Kernel k && k.reduction() == null && safe(s) && readsNoneOf(s, produced)) {
                out.add(s); // runs before the group, which stays open for the steps after it
                continue;
            }
            close(group, out);
            rows = Rows.of(s);
            produced.clear();
            produced.addAll(outputs(s));
            group.add(s);
        }
        close(group, out);
        draft.steps(out);
    }

    /**
     * Whether no kernel of {@code s} reads a node of {@code produced}, directly or through a view: such
     * an elementwise step that cannot raise, between a group's steps (the {@code exp} of a layer norm's
     * gain, computed once at its own shape: {@link MarkMaterialized}), runs before the group instead of
     * ending it.
     */
    private static boolean readsNoneOf(Step s, Set<Node> produced) {
        List<Step.Kernel> kernels = kernels(s);
        if (kernels == null) return false;
        for (Step.Kernel k : kernels) {
            for (Node n : k.inputs()) if (producedRead(n, produced) != null) return false;
        }
        return true;
    }

    /** The node of {@code produced} that reading input {@code n} reads (n itself, or the source of a view n), or null. */
    private static Node producedRead(Node n, Set<Node> produced) {
        if (produced.contains(n)) return n;
        return n.op() == Op.VIEW && produced.contains(n.src(0)) ? n.src(0) : null;
    }

    /** Appends the group as one step (a single step as itself) and empties it. */
    private static void close(List<Step> group, List<Step> out) {
        if (group.size() == 1) out.add(group.getFirst());
        else if (group.size() > 1) out.add(new Step.RowGroup(List.copyOf(group)));
        group.clear();
    }

    /** Every node a step produces: a reduce-then-epilogue's reduction too, every member of a shared pass. */
    private static List<Node> outputs(Step s) {
        return switch (s) {
            case Step.ReduceThen both -> List.of(both.reduce().output(), both.output());
            case Step.SharedPass pass -> pass.members().stream().flatMap(m -> outputs(m).stream()).toList();
            default -> List.of(s.output());
        };
    }

    /** The loop kernels of a step that may join a group (null for any other step). */
    private static List<Step.Kernel> kernels(Step s) {
        return switch (s) {
            case Step.Kernel k -> List.of(k);
            case Step.ReduceThen both -> List.of(both.reduce(), both.epilogue());
            case Step.SharedPass pass -> pass.members().stream().flatMap(m -> kernels(m).stream()).toList();
            default -> null;
        };
    }

    /** The rows of a group: the loop {@code shape} whose axes from {@code kept} on are reduced. */
    private record Rows(long[] shape, int kept) {
        /** The rows a step starts a group over: a reduction of trailing axes (some, not all of them) of a non-empty loop. */
        static Rows of(Step s) {
            Step.Kernel r = Planner.reduceOf(s instanceof Step.SharedPass p ? p.members().getFirst() : s);
            if (r == null || r.produced().size() == 0 || !safe(s) || kernels(s).stream().anyMatch(Step.Kernel::readsGather)) return null;
            long[] shape = r.produced().shape();
            int[] axes = ((ReduceAxes) r.output().arg()).axes();
            int kept = shape.length - axes.length;
            for (int i = 0; i < axes.length; i++) if (axes[i] != kept + i) return null;
            return kept == 0 || axes.length == 0 ? null : new Rows(shape, kept);
        }

        int[] reducedAxes() {
            int[] axes = new int[shape.length - kept];
            for (int i = 0; i < axes.length; i++) axes[i] = kept + i;
            return axes;
        }

        long[] keptShape() {
            return Arrays.copyOf(shape, kept);
        }

        /** Whether {@code s} can run row by row after the group's steps, which produced {@code produced}. */
        boolean admits(Step s, Set<Node> produced) {
            List<Step.Kernel> kernels = kernels(s);
            // A gather read in place is read through its picks, which the group's blocks of rows do not follow.
            if (kernels == null || !safe(s) || kernels.stream().anyMatch(Step.Kernel::readsGather)) return false;
            for (Step.Kernel k : kernels) {
                long[] loop = k.produced().shape();
                // A loop over the reduced shape may keep the reduced axes ((n, 1): the log of a log-softmax's row sums);
                // a 0-d loop is not a row (the rows have at least one kept axis).
                boolean full = Arrays.equals(loop, shape),
                        reduced = loop.length > 0 && Arrays.equals(Shapes.withoutUnitAxes(loop), Shapes.withoutUnitAxes(keptShape()));
                if (k.reduction() != null ? !full || !Arrays.equals(((ReduceAxes) k.output().arg()).axes(), reducedAxes())
                                          : !full && !reduced) {
                    return false;
                }
                for (Node n : k.inputs()) if (!readsOwnRow(n, loop, produced)) return false;
            }
            return true;
        }

        /**
         * Whether a kernel looping over {@code loop} reads input {@code n} at its own row: always for
         * a node not produced in the group; for one produced in it (read directly or through a view),
         * when the element read at each loop index is the one the group computed for that index's
         * row (a reduced value, broadcast along the row) or for that very index.
         */
        private boolean readsOwnRow(Node n, long[] loop, Set<Node> produced) {
            Node read = producedRead(n, produced);
            if (read == null) return true;
            Layout layout = read == n ? Layout.contiguous(n.shape()) : (Layout) n.arg();
            Layout at = layout.broadcastTo(loop);
            boolean perRow = Shapes.size(read.shape()) == Shapes.size(keptShape());
            long[] expected = Layout.contiguous(perRow ? keptShape() : shape).strides();
            if (at.offset() != 0 || (!perRow && !Arrays.equals(loop, shape))) return false;
            for (int a = 0; a < loop.length; a++) {
                long want = a < expected.length ? expected[a] : 0;
                if (loop[a] != 1 && at.stride(a) != want) return false;
            }
            return true;
        }
    }

    /** Whether no kernel of a step can raise a value error. */
    private static boolean safe(Step s) {
        List<Step.Kernel> kernels = kernels(s);
        return kernels != null && kernels.stream().flatMap(k -> k.body().stream()).noneMatch(Planner::canRaise);
    }
}
