package org.ndjit.optimizer;

import org.ndjit.ir.Node;
import org.ndjit.ir.Op;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * In a {@link Step.RowGroup}, computes once a costly value that several members compute at the same
 * positions (the {@code exp(x - max)} of a row softmax, which the sum and the division both fuse):
 * a new elementwise member, placed before the first of them, computes it for each block of rows
 * into a buffer of one block, and the members read it there. Why: the group runs every member on a
 * block while it is in cache, so writing the value and reading it back costs a store and a load
 * from L1 or L2, much less than a transcendental function computed again. The value is read only
 * by members of its group at their own positions, so it is never written whole (the group's
 * {@link Step.RowGroup#blockValues}). Costly is what {@link MarkMaterialized} counts as costly: a
 * region of the kernels' bodies with a transcendental function or a power.
 */
record ShareBlockValues() implements Pass {
    @Override
    public void run(Draft draft) {
        List<Step> out = new ArrayList<>();
        for (Step s : draft.steps()) out.add(s instanceof Step.RowGroup group ? keepWritten(share(group, draft), group, draft) : s);
        draft.steps(out);
    }

    /**
     * The group with its elementwise members over the rows that are materialized (too costly to
     * recompute) but read by no step outside the group ({@code planned} as the draft lists it), nor
     * the result, kept a block at a time too.
     */
    private static Step.RowGroup keepWritten(Step.RowGroup group, Step.RowGroup planned, Draft draft) {
        long[] loop = loopShape(group);
        List<Node> kept = new ArrayList<>(group.blockValues());
        for (Step m : group.members()) {
            if (m instanceof Step.Kernel k && k.reduction() == null && Arrays.equals(k.produced().shape(), loop)
                    && !draft.isResult(k.output()) && !kept.contains(k.output()) && !readOutside(k.output(), planned, draft.steps())) {
                kept.add(k.output());
            }
        }
        return kept.size() == group.blockValues().size() ? group : new Step.RowGroup(group.members(), List.copyOf(kept));
    }

    /** Whether a step other than {@code group} (as planned, before this pass) reads {@code n}, or a view of it. */
    private static boolean readOutside(Node n, Step.RowGroup group, List<Step> steps) {
        for (Step s : steps) {
            if (s == group) continue;
            for (Node read : s.reads()) {
                for (Node r = read; ; r = r.src(0)) {
                    if (r == n) return true;
                    if (r.op() != Op.VIEW) break;
                }
            }
        }
        return false;
    }

    /** The group with each costly shared value computed once per block (the group itself when there is none). */
    private static Step.RowGroup share(Step.RowGroup group, Draft draft) {
        long[] loop = loopShape(group);
        List<Step> members = group.members();
        List<Node> kept = new ArrayList<>(group.blockValues());
        Set<Node> keptSet = Collections.newSetFromMap(new IdentityHashMap<>());
        keptSet.addAll(kept);
        Predicate<Node> written = m -> draft.isMarked(m) || keptSet.contains(m);
        for (Node shared = costlyShared(members, loop); shared != null; shared = costlyShared(members, loop)) {
            keptSet.add(shared);
            kept.add(shared);
            List<Step> rewritten = new ArrayList<>();
            boolean placed = false;
            for (Step m : members) {
                Step r = rebuild(m, shared, draft, written);
                if (r != m && !placed) {
                    // Before its first reader: what it reads is produced before that reader, so before it too.
                    rewritten.add(BuildSteps.kernel(shared, shared, draft, written));
                    placed = true;
                }
                rewritten.add(r);
            }
            members = rewritten;
        }
        return kept.size() == group.blockValues().size() ? group : new Step.RowGroup(List.copyOf(members), List.copyOf(kept));
    }

    /** The shape of the group's rows: the loop of its first reduction. */
    private static long[] loopShape(Step.RowGroup group) {
        return group.firstReduction().produced().shape();
    }

    /**
     * A node of the loop's shape fused into the bodies of two or more kernels over the loop whose
     * region (the body nodes it is computed from) holds a costly op, and that is not part of the
     * region of another such node; null if there is none.
     */
    private static Node costlyShared(List<Step> members, long[] loop) {
        Map<Node, Integer> uses = new LinkedHashMap<>();
        Map<Node, Set<Node>> bodyOf = new IdentityHashMap<>();
        for (Step m : members) {
            for (Step.Kernel k : kernels(m)) {
                if (!Arrays.equals(k.produced().shape(), loop)) continue;
                Set<Node> body = Collections.newSetFromMap(new IdentityHashMap<>());
                body.addAll(k.body());
                for (Node n : k.body()) {
                    uses.merge(n, 1, Integer::sum);
                    bodyOf.putIfAbsent(n, body);
                }
            }
        }
        List<Node> candidates = new ArrayList<>();
        for (Map.Entry<Node, Integer> e : uses.entrySet()) {
            Node n = e.getKey();
            if (e.getValue() > 1 && Arrays.equals(n.shape(), loop) && region(n, bodyOf.get(n)).stream().anyMatch(r -> r.op().cost() == Op.Cost.COSTLY)) {
                candidates.add(n);
            }
        }
        for (Node c : candidates) {
            boolean inner = false;
            for (Node d : candidates) inner |= d != c && region(d, bodyOf.get(d)).contains(c);
            if (!inner) return c;
        }
        return null;
    }

    /** {@code n} and the nodes of {@code body} it is computed from. */
    private static Set<Node> region(Node n, Set<Node> body) {
        Set<Node> out = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Node> pending = new ArrayDeque<>(List.of(n));
        while (!pending.isEmpty()) {
            Node m = pending.pop();
            if (body.contains(m) && out.add(m)) pending.addAll(m.srcs());
        }
        return out;
    }

    /** The member with every kernel that fused {@code shared} rebuilt to read it instead (the member itself if none did). */
    private static Step rebuild(Step m, Node shared, Draft draft, Predicate<Node> written) {
        return switch (m) {
            case Step.Kernel k -> k.body().contains(shared) ? BuildSteps.kernel(k.output(), k.produced(), draft, written) : k;
            case Step.ReduceThen both -> {
                Step.Kernel reduce = (Step.Kernel) rebuild(both.reduce(), shared, draft, written);
                yield reduce == both.reduce() ? both : new Step.ReduceThen(reduce, both.epilogue());
            }
            case Step.SharedPass pass -> {
                List<Step> parts = pass.members().stream().map(p -> rebuild(p, shared, draft, written)).toList();
                boolean same = true;
                for (int i = 0; i < parts.size(); i++) same &= parts.get(i) == pass.members().get(i);
                yield same ? pass : new Step.SharedPass(parts);
            }
            default -> m;
        };
    }

    /** The loop kernels of a member. */
    private static List<Step.Kernel> kernels(Step s) {
        return switch (s) {
            case Step.Kernel k -> List.of(k);
            case Step.ReduceThen both -> List.of(both.reduce(), both.epilogue());
            case Step.SharedPass pass -> pass.members().stream().flatMap(m -> kernels(m).stream()).toList();
            default -> List.of();
        };
    }
}
