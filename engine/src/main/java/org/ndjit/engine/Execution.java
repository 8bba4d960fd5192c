package org.ndjit.engine;

import org.ndjit.codegen.KernelCache;
import org.ndjit.ir.Buffer;
import org.ndjit.ir.GraphText;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Op;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;
import org.ndjit.codegen.MethodSize;
import org.ndjit.optimizer.KernelBudget;
import org.ndjit.optimizer.Plan;
import org.ndjit.optimizer.Planner;
import org.ndjit.optimizer.Step;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs a node's plan: each fused kernel through the compiled-kernel cache, unfused ops through the
 * reference evaluator. When a step raises a value error (integer division by zero), the graph is
 * evaluated by the reference instead, which reports its first failing op and index in C order, so
 * the message does not depend on how the plan fused, split or ordered the work.
 */
public final class Execution {
    /** The code generator's method-size model, which bounds how much the planner fuses into one kernel. */
    private static final KernelBudget BUDGET = new KernelBudget() {
        @Override public boolean fits(int ops, int inputs, int constants) { return MethodSize.fits(ops, inputs, constants); }
        @Override public int pieces(int ops, int inputs, int constants) { return MethodSize.pieces(ops, inputs, constants); }
    };

    private Execution() {}

    /** Eager mode, for comparing fusion with its absence: {@code -Dndjit.fusion=false}, read at each materialization. */
    public static Plan plan(Node root, Function<Node, StridedArray> known) {
        boolean fuse = Boolean.parseBoolean(System.getProperty("ndjit.fusion", "true"));
        return Planner.plan(root, n -> known.apply(n) != null, fuse, BUDGET);
    }

    /**
     * Computes {@code root}'s value. Cancellable: if the calling thread is interrupted, the loops stop
     * between blocks and throw {@link MaterializationCancelledException} (see {@link Cancellation}).
     */
    public static StridedArray run(Node root, Function<Node, StridedArray> known) {
        return Cancellation.run(root, () -> runPlan(root, known));
    }

    private static StridedArray runPlan(Node root, Function<Node, StridedArray> known) {
        Cancellation cancel = Cancellation.current();
        cancel.check();
        Plan plan = plan(root, known);
        Map<Node, StridedArray> values = new IdentityHashMap<>();
        // Buffers this run reads but did not make (earlier results, the user's arrays): never released here.
        Set<Buffer> notOurs = Collections.newSetFromMap(new IdentityHashMap<>());
        Function<Node, StridedArray> value = n -> {
            StridedArray v = values.get(n);
            if (v != null) return v;
            v = known.apply(n);
            if (v == null && n.op() == Op.BUFFER) v = new StridedArray((Buffer) n.arg(), Layout.contiguous(n.shape()));
            if (v == null && n.op() == Op.CONST) v = ReferenceEvaluator.evaluate(n);
            if (v != null) notOurs.add(v.buffer());
            return v;
        };
        checkLeaves(plan, known);
        StridedArray result = null;
        try {
            runSteps(plan, values, value, cancel);
            result = values.get(plan.root());
        } catch (IllegalStateException e) {
            if (!(e instanceof MaterializationCancelledException) && Cancellation.causedByInterrupt(e)) cancel.check();
            throw e;
        } catch (ArithmeticException e) {
            // A value error (integer division by zero): which one a plan meets first, and where, depends
            // on how it was fused and split over threads. The reference's, first in its order, is the answer.
            ReferenceEvaluator.evaluate(plan.root(), n -> n == plan.root() ? null : known.apply(n));
            throw e;
        } finally {
            releaseIntermediates(values.values(), result, notOurs);
        }
        return result;
    }

    /**
     * Returns the pool memory of the plan's intermediates as soon as the plan is done: nothing reads
     * them afterwards, except through the result (a view of one is the result's own memory) or where
     * they are an earlier result or the user's array read as a view.
     */
    private static void releaseIntermediates(Collection<StridedArray> intermediates, StridedArray result, Set<Buffer> notOurs) {
        Set<Buffer> released = Collections.newSetFromMap(new IdentityHashMap<>());
        for (StridedArray v : intermediates) {
            Buffer b = v.buffer();
            if (b == (result == null ? null : result.buffer()) || notOurs.contains(b) || !released.add(b)) continue;
            MemoryPool.shared().release(b);
        }
    }

    /**
     * Runs the {@link Buffer#checkValid validity checks} of the buffers the plan reads that it does not
     * produce (inputs, memoised values, and the buffers under their views), all before the first step,
     * so a mapped file truncated since it was loaded is an exception naming the file, not a fault in a
     * kernel. Ordinary buffers have no check: this is a walk over the steps' inputs.
     */
    static void checkLeaves(Plan plan, Function<Node, StridedArray> known) {
        checkRead(plan.root(), known);
        for (Step step : plan.steps()) for (Node n : step.reads()) checkRead(n, known);
    }

    /** Checks the buffer a read of {@code n} ends in, if it is one that exists before the plan runs. */
    private static void checkRead(Node n, Function<Node, StridedArray> known) {
        while (true) {
            StridedArray v = known.apply(n);
            if (v != null) { v.buffer().checkValid(); return; }
            if (n.op() == Op.BUFFER) { ((Buffer) n.arg()).checkValid(); return; }
            if (n.op() != Op.VIEW) return;
            n = n.src(0);
        }
    }

    private static void runSteps(Plan plan, Map<Node, StridedArray> values, Function<Node, StridedArray> value, Cancellation cancel) {
        for (Step step : plan.steps()) {
            cancel.check();
            Node out = step.output();
            Function<Node, StridedArray> inputsOnly = n -> n == out ? null : value.apply(n);
            StridedArray v = switch (step) {
                case Step.Kernel k -> runKernel(k, value, plan);
                case Step.ReduceThen both -> {
                    values.put(both.reduce().output(), runKernel(both.reduce(), value, plan));
                    yield runKernel(both.epilogue(), value, plan);
                }
                case Step.SharedPass pass -> {
                    runSharedPass(pass, values, value, plan);
                    yield values.get(out);
                }
                case Step.RowGroup group -> {
                    RowGroups.run(group, values, value, KernelCache.shared());
                    yield values.get(out);
                }
                case Step.Contraction c -> ContractionRunner.run(c, value, KernelCache.shared());
                case Step.Reference r -> out.op() == Op.COMPRESS
                        ? Compress.run(out, KernelRunner.read(out.src(0), value), KernelRunner.read(out.src(1), value))
                        : ReferenceEvaluator.evaluate(out, inputsOnly);
                case Step.View view -> KernelRunner.contiguous(value.apply(out.src(0)), KernelCache.shared()).view((Layout) out.arg());
            };
            values.put(out, v);
        }
    }

    /** Runs the members' reduce kernels in one pass, then their epilogues. */
    private static void runSharedPass(Step.SharedPass pass, Map<Node, StridedArray> values, Function<Node, StridedArray> value, Plan plan) {
        List<Step.Kernel> reduces = pass.members().stream().map(m -> m instanceof Step.ReduceThen both ? both.reduce() : (Step.Kernel) m).toList();
        List<StridedArray> reduced = KernelRunner.runTogether(reduces, value, KernelCache.shared());
        for (int i = 0; i < reduces.size(); i++) {
            values.put(reduces.get(i).output(), reduced.get(i));
            if (pass.members().get(i) instanceof Step.ReduceThen both) values.put(both.output(), runKernel(both.epilogue(), value, plan));
        }
    }

    private static StridedArray runKernel(Step.Kernel k, Function<Node, StridedArray> value, Plan plan) {
        try {
            return KernelRunner.run(k, value, KernelCache.shared());
        } catch (MaterializationCancelledException e) {
            throw e;
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + " in the plan\n" + plan.explain() + "of\n" + GraphText.of(plan.root()), e);
        }
    }
}
