package org.ndjit.engine;

import org.ndjit.ir.Buffer;
import org.ndjit.ir.Node;
import org.ndjit.ir.Op;
import org.ndjit.ir.StridedArray;
import org.ndjit.optimizer.Plan;
import org.ndjit.optimizer.Step;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * When each of a plan's intermediates goes back to the {@link MemoryPool}: right after the last
 * step that reads it, so a chain of full-size intermediates holds two or three of them at a time,
 * not all. Which node each step reads last comes from the plan ({@link Step#reads()}, and under a
 * read view the nodes it is a view of); which buffer a value lives in is known only once its step
 * has run, and several values share one buffer through views, so a buffer is released after the
 * last reader of any value in it. The results' buffers (and so anything a result is a view of) are
 * never released, nor buffers this run did not allocate (the user's arrays, earlier results).
 * Releasing is idempotent, so the run's final sweep of what is left (and what a failed step
 * produced) may meet buffers released here.
 */
final class ReleaseSchedule {
    /** For each node a step reads, the index of the last step that reads it. */
    private final Map<Node, Integer> lastRead = new IdentityHashMap<>();
    private final Plan plan;
    /** Buffers this run produced and has not released, with the last step that reads any value in them. */
    private final Map<Buffer, Integer> pending = new IdentityHashMap<>();

    ReleaseSchedule(Plan plan) {
        this.plan = plan;
        List<Step> steps = plan.steps();
        for (int i = 0; i < steps.size(); i++) {
            for (Node read : steps.get(i).reads()) {
                // A read view is computed from the value under it (KernelRunner#read), down a chain of views.
                for (Node n = read; ; n = n.src(0)) {
                    lastRead.put(n, i);
                    if (n.op() != Op.VIEW) break;
                }
            }
        }
    }

    /** The nodes a step puts values for: its output, the reductions inside a reduce-then-epilogue or a shared pass, every member's of a row group. */
    static List<Node> produced(Step step) {
        List<Node> out = new ArrayList<>();
        switch (step) {
            case Step.ReduceThen both -> out.add(both.reduce().output());
            case Step.SharedPass pass -> {
                for (Step m : pass.members()) {
                    if (m instanceof Step.ReduceThen both) out.add(both.reduce().output());
                    out.add(m.output());
                }
            }
            case Step.RowGroup group -> {
                for (Step m : group.members()) out.addAll(produced(m));
            }
            default -> { }
        }
        if (!out.contains(step.output())) out.add(step.output());
        return out;
    }

    /**
     * Whether step {@code index} may overwrite {@code v}'s memory while it runs (a functional update
     * that needs no copy of the array it updates): {@code v} is a value this run produced, in C order
     * from its buffer's start, and no later step reads any value in that buffer (a result's buffer is
     * read by the caller: never). {@code notOurs} as for {@link #stepDone}.
     */
    boolean writable(int index, StridedArray v, Predicate<Buffer> notOurs) {
        if (v == null || notOurs.test(v.buffer()) || !v.layout().isContiguous() || v.layout().offset() != 0) return false;
        Integer last = pending.get(v.buffer());
        return last != null && last <= index;
    }

    /**
     * After step {@code index} has run: records the buffers of the values it produced, then releases
     * every produced buffer no later step reads. {@code notOurs} is true for the buffers read from outside
     * the run (read so far, which covers every buffer a produced value can share with them).
     */
    void stepDone(int index, Step step, Map<Node, StridedArray> values, Predicate<Buffer> notOurs) {
        for (Node n : produced(step)) {
            StridedArray v = values.get(n);
            if (v == null || notOurs.test(v.buffer())) continue;
            int last = plan.isResult(n) ? Integer.MAX_VALUE : lastRead.getOrDefault(n, -1);
            pending.merge(v.buffer(), last, Math::max);
        }
        pending.entrySet().removeIf(e -> {
            if (e.getValue() > index) return false;
            e.getKey().close("an intermediate was released after its last reader");
            return true;
        });
    }
}
