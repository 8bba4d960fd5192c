package org.ndjit.engine;

import org.ndjit.codegen.KernelCache;
import org.ndjit.codegen.KernelSpec;
import org.ndjit.codegen.KernelTiers;
import org.ndjit.ir.Buffer;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.StridedArray;
import org.ndjit.optimizer.Step;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * The quick way through a cached plan that is one reduce kernel over arrays that already exist
 * ({@code x.sum()}, {@code (a * b).max(axis=1)} on small arrays), the reduction's counterpart of
 * {@link ShortKernel}: the kernel's spec is lowered once per plan template, and a run over contiguous
 * inputs of the loop's size and at most {@link KernelRunner#SHORT} elements binds them, with the kernel's
 * compiled classes for unit inner strides (looked up once: contiguous inputs over the loop's shape are
 * read with those; the pass looks up others if its loop reads them otherwise), and runs the
 * {@link ReducePass} directly, without binding the plan's steps or the bookkeeping of a plan of
 * several steps (a map of values, a release schedule, a cancellation token). Anything else answers
 * null and the caller takes the general path; the pass is the same, so are the bits.
 */
final class ShortReduction {
    /** Short runs so far, for tests. */
    private static final LongAdder RUNS = new LongAdder();
    private final PlanTemplate.Kernel form;
    private final KernelSpec spec;
    /** The loop's layout over contiguous inputs: one per template, whose key fixes the shapes. */
    private final Layout loop;
    private final long size;
    /** Every input's inner stride, 1. */
    private final long[] innerStrides;
    /** The spec's compiled classes for those strides, found at the first run (a field read per run instead of a cache look-up). */
    private volatile KernelTiers classes;

    private ShortReduction(PlanTemplate.Kernel form, KernelSpec spec, Layout loop) {
        this.form = form;
        this.spec = spec;
        this.loop = loop;
        this.size = loop.size();
        this.innerStrides = new long[form.inputs().length];
        java.util.Arrays.fill(innerStrides, 1);
    }

    /** The quick form of the reduce kernel {@code kernel} (its template {@code form}), or null when it has none. */
    static ShortReduction of(Step.Kernel kernel, PlanTemplate.Kernel form) {
        if (kernel.reduction() == null) return null;
        KernelSpec lowered = Lower.kernel(kernel);
        if (!lowered.indices().isEmpty() || !lowered.gathered().isEmpty()) return null;
        Layout loop = Layout.contiguous(kernel.produced().shape());
        // A 0-d loop's inputs have no inner stride (the pass gives its kernel 0, not 1).
        if (loop.ndim() == 0 || loop.size() == 0 || loop.size() > KernelRunner.SHORT) return null;
        return new ShortReduction(form, lowered, loop);
    }

    /** The reduction of the graph whose walk listed {@code nodes}, in new memory; null when the general path must run. */
    StridedArray run(Node[] nodes, RunInputs values) {
        int[] inputs = form.inputs();
        int n = inputs.length;
        Buffer[] buffers = new Buffer[n];
        Layout[] layouts = new Layout[n];
        long[] off = new long[n];
        for (int i = 0; i < n; i++) {
            Node input = nodes[inputs[i]];
            if (input.size() != size) return null; // broadcast: the general path lays it over the loop
            buffers[i] = values.pinContiguous(input, off, i);
            if (buffers[i] == null) return null;
            layouts[i] = off[i] == 0 ? loop : loop.withOffset(off[i]);
        }
        Step.Kernel kernel = form.bind(nodes);
        KernelTiers forms = classes;
        if (forms == null) classes = forms = KernelCache.shared().tiers(spec.withStrides(innerStrides), size);
        BoundKernel bound = new BoundKernel(spec, KernelCache.shared(), buffers, Constants.of(nodes, form.constants()), size, forms, innerStrides);
        StridedArray result;
        try {
            result = ReducePass.run(List.of(new ReducePass.Member(kernel, layouts, bound))).getFirst();
        } catch (ArithmeticException e) {
            return null; // an integer division by zero: the general path words its message
        }
        RUNS.increment();
        return result;
    }

    /**
     * A reduction and the elementwise epilogue on its values ({@code x.mean()}: a sum, then a
     * division), both the quick way: the reduced values are an intermediate, handed to the epilogue
     * and released when it is done.
     */
    record WithEpilogue(ShortReduction reduce, ShortKernel epilogue, int reduced) {
        /** As {@link ShortReduction#run}. */
        StridedArray run(Node[] nodes, RunInputs values) {
            StridedArray r = reduce.run(nodes, values);
            if (r == null) return null;
            try {
                values.computed(nodes[reduced], r);
                return epilogue.run(nodes, values);
            } finally {
                r.buffer().close("the reduced values of a quick reduction were released after its epilogue");
            }
        }
    }

    static long runs() {
        return RUNS.sum();
    }
}
