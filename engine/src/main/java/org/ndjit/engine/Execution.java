package org.ndjit.engine;

import org.ndjit.MaterializationCancelledException;
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

import java.lang.foreign.MemorySegment;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

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

    /**
     * The plan of {@code root}, through the {@link PlanCache} (not when {@code -Dndjit.debug=3} asks
     * the planner to print its passes). Eager mode, for comparing fusion with its absence:
     * {@code -Dndjit.fusion=false}, read at each materialization.
     */
    public static Plan plan(Node root, Function<Node, StridedArray> known) {
        return plan(root, lookUp(root, known), known);
    }

    /** The one plan computing all of {@code roots} (distinct, none computed), through the {@link PlanCache} as {@link #plan(Node, Function)}. */
    public static Plan plan(List<Node> roots, Function<Node, StridedArray> known) {
        return plan(roots, lookUp(roots, n -> known.apply(n) != null), known);
    }

    /** The cached plan template of {@code root}'s structure, if the cache is in use (null otherwise). */
    private static PlanCache.Lookup lookUp(Node root, Function<Node, StridedArray> known) {
        return lookUp(List.of(root), n -> known.apply(n) != null);
    }

    /** The cached plan template of the structure of {@code roots} together (one plan computing them all), given which nodes have values. */
    private static PlanCache.Lookup lookUp(List<Node> roots, Predicate<Node> available) {
        if (Integer.getInteger("ndjit.debug", 0) >= 3) return null;
        return PlanCache.shared().lookUp(roots, available, fusing());
    }

    private static Plan plan(Node root, PlanCache.Lookup found, Function<Node, StridedArray> known) {
        return plan(List.of(root), found, known);
    }

    private static Plan plan(List<Node> roots, PlanCache.Lookup found, Function<Node, StridedArray> known) {
        boolean fuse = fusing();
        if (found == null) return Planner.plan(roots, n -> known.apply(n) != null, fuse, BUDGET);
        return PlanCache.shared().plan(roots, found, seen -> Planner.plan(roots, seen, fuse, BUDGET));
    }

    private static boolean fusing() {
        return Boolean.parseBoolean(System.getProperty("ndjit.fusion", "true"));
    }

    /**
     * Computes {@code root}'s value. Cancellable: if the calling thread is interrupted, the loops stop
     * between blocks and throw {@link MaterializationCancelledException} (see {@link Cancellation}).
     */
    public static StridedArray run(Node root, Function<Node, StridedArray> known) {
        return Cancellation.run(root, () -> runPlan(root, known, null));
    }

    /**
     * {@link #run}, trying first the quick way of a cached one-kernel plan ({@link ShortKernel}) on
     * the calling thread: one row, no loop that checks for cancellation, so no cancellation token is
     * bound for it (binding one was a tenth of a call on 1,000 elements); an interrupted thread still
     * gets its {@link MaterializationCancelledException} before the run starts.
     */
    public static StridedArray runQuickFirst(Node root, Function<Node, StridedArray> known) {
        if (Thread.currentThread().isInterrupted()) return run(root, known);
        RunInputs inputs = new RunInputs(known);
        PlanCache.Lookup found = lookUpPinning(root, inputs);
        StridedArray quick = quickRun(found, inputs);
        // The general path takes over the inputs pinned so far and the walk (not made twice).
        return quick != null ? quick : Cancellation.run(root, () -> runPlan(root, inputs, found, null));
    }

    /**
     * Computes several arrays with one plan ({@code Np.eval}): what they share is computed once, and
     * reductions over the same elements share a pass. {@code roots} are distinct and none has a value
     * yet; the values come back in their order. Cancellable like {@link #run}.
     */
    public static List<StridedArray> runAll(List<Node> roots, Function<Node, StridedArray> known) {
        return Cancellation.run(roots.getLast(), () -> {
            Cancellation.current().check();
            RunInputs inputs = new RunInputs(known);
            return runPlan(roots, inputs, lookUpPinning(roots, inputs), null);
        });
    }

    /**
     * Computes {@code root}'s value into {@code into}: memory the caller owns, contiguous, of the
     * root's dtype and size. A root step that is an elementwise kernel (also the epilogue of a
     * reduction) or a matrix product writes there directly, with no pool memory for the result; other
     * root steps (reductions, selections, reference ops, views) compute into the pool, and the result
     * is copied by the compiled copy loop and released. So is a root step that reads memory
     * overlapping {@code into}, which it would otherwise overwrite while reading it. Nothing is
     * memoised: the caller may change {@code into} afterwards. Cancellable like {@link #run}.
     */
    public static void runInto(Node root, Function<Node, StridedArray> known, StridedArray into) {
        Cancellation.run(root, () -> runPlan(root, known, into));
    }

    private static StridedArray runPlan(Node root, Function<Node, StridedArray> known, StridedArray into) {
        Cancellation.current().check();
        // What the run reads but does not make is pinned until it ends, so closing it meanwhile cannot free it.
        RunInputs inputs = new RunInputs(known);
        PlanCache.Lookup found = lookUpPinning(root, inputs);
        StridedArray quick = into == null ? quickRun(found, inputs) : null;
        return quick != null ? quick : runPlan(root, inputs, found, into);
    }

    /** The plan-cache look-up, which pins what it finds computed; on failure the pins are dropped. */
    private static PlanCache.Lookup lookUpPinning(Node root, RunInputs inputs) {
        return lookUpPinning(List.of(root), inputs);
    }

    private static PlanCache.Lookup lookUpPinning(List<Node> roots, RunInputs inputs) {
        try {
            return lookUp(roots, inputs);
        } catch (RuntimeException | Error e) {
            inputs.unpinAll();
            throw e;
        }
    }

    /**
     * The cached one-kernel plan's quick run ({@link ShortKernel}), or null when there is none; the
     * run's pins are dropped when it returns a value or fails, and kept for the general path otherwise.
     */
    private static StridedArray quickRun(PlanCache.Lookup found, RunInputs inputs) {
        if (found == null || found.template() == null) return null;
        try {
            StridedArray quick = found.template().runShort(found.walk().nodes(), inputs);
            if (quick != null) inputs.unpinAll();
            return quick;
        } catch (RuntimeException | Error e) {
            inputs.unpinAll();
            throw e;
        }
    }

    private static StridedArray runPlan(Node root, RunInputs inputs, PlanCache.Lookup found, StridedArray into) {
        return runPlan(List.of(root), inputs, found, into).getFirst();
    }

    /** Plans (or binds the cached plan of {@code found}) and runs it; unpins {@code inputs} at the end. */
    private static List<StridedArray> runPlan(List<Node> roots, RunInputs inputs, PlanCache.Lookup found, StridedArray into) {
        try {
            Cancellation.current().check();
            return runSteps(plan(roots, found, inputs::known), inputs, into);
        } finally {
            inputs.unpinAll();
        }
    }

    /**
     * Runs a plan's steps and returns its results' values in the plan's order, releasing every
     * intermediate. A plan of one result writes it into {@code into} where its last step can.
     */
    private static List<StridedArray> runSteps(Plan plan, RunInputs inputs, StridedArray into) {
        Cancellation cancel = Cancellation.current();
        Map<Node, StridedArray> values = new IdentityHashMap<>();
        Function<Node, StridedArray> value = n -> {
            StridedArray v = values.get(n);
            return v != null ? v : inputs.value(n);
        };
        checkLeaves(plan, inputs::value);
        StridedArray[] results = new StridedArray[plan.results().size()];
        try {
            runSteps(plan, values, value, inputs, cancel, into);
            for (int r = 0; r < results.length; r++) {
                Node n = plan.results().get(r);
                results[r] = plan.steps().isEmpty() ? KernelRunner.read(n, value) : values.get(n);
            }
            if (into != null && results[0].buffer() != into.buffer()) {
                copyInto(results[0], into);
                results[0] = into; // a result in pool memory is released with the intermediates
            }
        } catch (IllegalStateException e) {
            if (!(e instanceof MaterializationCancelledException) && Cancellation.causedByInterrupt(e)) cancel.check();
            throw e;
        } catch (ArithmeticException e) {
            // A value error (integer division by zero): which one a plan meets first, and where, depends
            // on how it was fused and split over threads. The reference's, first in its order, is the answer.
            for (Node r : plan.results()) ReferenceEvaluator.evaluate(r, n -> n == r ? null : inputs.known(n));
            throw e;
        } finally {
            releaseIntermediates(values.values(), results, inputs);
        }
        return List.of(results);
    }

    /**
     * Returns the pool memory of the plan's intermediates that the {@link ReleaseSchedule} has not
     * (those of a failed run): nothing reads them afterwards, except through the result (a view of one
     * is the result's own memory) or where they are an earlier result or the user's array read as a view.
     */
    private static void releaseIntermediates(Collection<StridedArray> intermediates, StridedArray[] results, RunInputs inputs) {
        for (StridedArray v : intermediates) {
            Buffer b = v.buffer();
            if (holds(results, b) || inputs.holds(b)) continue;
            b.close("an intermediate of a finished plan was released"); // idempotent: values sharing a buffer close it once
        }
    }

    /** Whether one of {@code results} (null where a run failed before it) lives in {@code b}. */
    private static boolean holds(StridedArray[] results, Buffer b) {
        for (StridedArray r : results) if (r != null && r.buffer() == b) return true;
        return false;
    }

    /**
     * Pins the buffers the plan reads that it does not produce (inputs, memoised values, and the
     * buffers under their views: a closed one throws here, naming what was closed) and runs their
     * {@link Buffer#checkValid validity checks}, all before the first step, so a mapped file truncated
     * since it was loaded is an exception naming the file, not a fault in a kernel. {@code existing}
     * resolves (and pins) a value that exists before the run.
     */
    static void checkLeaves(Plan plan, Function<Node, StridedArray> existing) {
        for (Node r : plan.results()) checkRead(r, existing);
        for (Step step : plan.steps()) for (Node n : step.reads()) checkRead(n, existing);
    }

    /** Checks the buffer a read of {@code n} ends in, if it is one that exists before the plan runs. */
    private static void checkRead(Node n, Function<Node, StridedArray> existing) {
        StridedArray v = valueUnder(n, existing);
        if (v != null) v.buffer().checkValid();
    }

    /** The value a read of {@code n} ends in: {@code n}'s, or down its chain of views the first that has one; null if none. */
    private static StridedArray valueUnder(Node n, Function<Node, StridedArray> value) {
        while (true) {
            StridedArray v = value.apply(n);
            if (v != null || n.op() != Op.VIEW) return v;
            n = n.src(0);
        }
    }

    /** Runs the steps in order; the last one writes into {@code into} where it can (see {@link #runInto}). */
    private static void runSteps(Plan plan, Map<Node, StridedArray> values, Function<Node, StridedArray> value, RunInputs inputs,
                                 Cancellation cancel, StridedArray into) {
        int last = plan.steps().size() - 1;
        // After the last step the run's final sweep releases every intermediate (releaseIntermediates), so a
        // one-step plan (a small reduction's) needs no schedule: making one was a tenth of such a call's CPU.
        ReleaseSchedule release = last > 0 ? new ReleaseSchedule(plan) : null;
        for (int i = 0; i <= last; i++) {
            Step step = plan.steps().get(i);
            cancel.check();
            Node out = step.output();
            StridedArray dest = i == last && into != null && !readsOverlap(step, value, into) ? into : null;
            Function<Node, StridedArray> inputsOnly = n -> n == out ? null : value.apply(n);
            StridedArray v = switch (step) {
                case Step.Kernel k -> runKernel(k, value, plan, dest);
                case Step.ReduceThen both -> {
                    values.put(both.reduce().output(), runKernel(both.reduce(), value, plan, null));
                    yield runKernel(both.epilogue(), value, plan, dest);
                }
                case Step.SharedPass pass -> {
                    runSharedPass(pass, values, value, plan);
                    yield values.get(out);
                }
                case Step.RowGroup group -> {
                    RowGroups.run(group, values, value, KernelCache.shared());
                    yield values.get(out);
                }
                case Step.Contraction c -> ContractionRunner.run(c, value, KernelCache.shared(), dest);
                case Step.Join join -> Joins.run(join, value, KernelCache.shared(), dest);
                case Step.Selection selection -> Compress.run(selection, value, KernelCache.shared());
                case Step.Reference r when Planner.withoutKernels(out) -> ReferenceEvaluator.evaluate(out, inputsOnly);
                case Step.Reference r -> switch (out.op()) {
                    case COMPRESS -> Compress.run(out, KernelRunner.read(out.src(0), value), KernelRunner.read(out.src(1), value));
                    case SORT, ARGSORT, CUMSUM, CUMPROD -> LineRoutines.run(out, KernelRunner.read(out.src(0), value));
                    case PARTITION -> PartitionRoutine.run(out, KernelRunner.read(out.src(0), value));
                    case SEARCHSORTED -> Search.run(out, KernelRunner.read(out.src(0), value), KernelRunner.read(out.src(1), value));
                    case GATHER -> Gathers.gather(out, KernelRunner.read(out.src(0), value), reads(out, 1, value));
                    case SCATTER -> Gathers.scatter(out, KernelRunner.read(out.src(0), value), KernelRunner.read(out.src(1), value),
                            reads(out, 2, value), KernelCache.shared(), release != null && release.writable(i, values.get(out.src(0)), inputs::holds));
                    case NONZERO -> Gathers.nonzero(out, KernelRunner.read(out.src(0), value));
                    default -> ReferenceEvaluator.evaluate(out, inputsOnly);
                };
                case Step.View view -> KernelRunner.contiguous(value.apply(out.src(0)), KernelCache.shared()).view((Layout) out.arg());
            };
            values.put(out, v);
            if (i < last) release.stepDone(i, step, values, inputs::holds);
        }
    }

    /** The values of {@code n}'s inputs from the {@code from}-th on. */
    private static StridedArray[] reads(Node n, int from, Function<Node, StridedArray> value) {
        StridedArray[] out = new StridedArray[n.arity() - from];
        for (int i = 0; i < out.length; i++) out[i] = KernelRunner.read(n.src(from + i), value);
        return out;
    }

    /** Runs the members' reduce kernels in one pass, then their epilogues. */
    private static void runSharedPass(Step.SharedPass pass, Map<Node, StridedArray> values, Function<Node, StridedArray> value, Plan plan) {
        List<Step.Kernel> reduces = pass.members().stream().map(m -> m instanceof Step.ReduceThen both ? both.reduce() : (Step.Kernel) m).toList();
        List<StridedArray> reduced = KernelRunner.runTogether(reduces, value, KernelCache.shared());
        for (int i = 0; i < reduces.size(); i++) {
            values.put(reduces.get(i).output(), reduced.get(i));
            if (pass.members().get(i) instanceof Step.ReduceThen both) values.put(both.output(), runKernel(both.epilogue(), value, plan, null));
        }
    }

    /** Copies a value into the caller's memory; through a pool copy when the two overlap (the caller's memory wrapped as an input). */
    private static void copyInto(StridedArray value, StridedArray into) {
        if (!value.buffer().segment().asOverlappingSlice(into.buffer().segment()).isPresent()) {
            KernelRunner.copy(value, KernelCache.shared(), into);
            return;
        }
        StridedArray copy = KernelRunner.copy(value, KernelCache.shared(), null);
        KernelRunner.copy(copy, KernelCache.shared(), into);
        copy.buffer().close("a copy into the caller's memory was released");
    }

    /**
     * Whether {@code step} reads memory that overlaps {@code into} (the caller's, also wrapped as an
     * input): its values, or for a read view the value it is a view of. Values the step computes
     * itself (a reduction before its epilogue) are pool memory and never do.
     */
    private static boolean readsOverlap(Step step, Function<Node, StridedArray> value, StridedArray into) {
        MemorySegment target = into.buffer().segment();
        for (Node read : step.reads()) {
            StridedArray v = valueUnder(read, value);
            if (v != null && v.buffer().segment().asOverlappingSlice(target).isPresent()) return true;
        }
        return false;
    }

    private static StridedArray runKernel(Step.Kernel k, Function<Node, StridedArray> value, Plan plan, StridedArray into) {
        try {
            return KernelRunner.run(k, value, KernelCache.shared(), into);
        } catch (MaterializationCancelledException e) {
            throw e;
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + " in the plan\n" + plan.explain() + "of\n" + GraphText.of(plan.root()), e);
        }
    }
}
