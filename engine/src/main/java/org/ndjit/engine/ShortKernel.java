package org.ndjit.engine;

import org.ndjit.codegen.KernelCache;
import org.ndjit.codegen.KernelSpec;
import org.ndjit.codegen.KernelTiers;
import org.ndjit.ir.Buffer;
import org.ndjit.ir.Layout;
import org.ndjit.DType;
import org.ndjit.ir.Node;
import org.ndjit.ir.StridedArray;
import org.ndjit.optimizer.Step;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;

/**
 * The quick way through a cached plan that is one elementwise kernel over arrays that already exist,
 * the usual plan of a call on small arrays: the kernel's spec is lowered once per plan template, and
 * a run over contiguous inputs (arrays, or reshapes and row slices of them) of at most {@link KernelRunner#SHORT} elements binds them and runs one
 * row, without binding the plan's steps, lowering, or the bookkeeping a plan of several steps needs
 * (a map of values, a release schedule). Anything else (a broadcast or strided input, an input no
 * earlier call computed, a larger output, an integer division by zero whose message the general
 * path words) answers null, and the caller takes the general path, which computes the same bits.
 */
final class ShortKernel {
    /** Short runs so far, for tests. */
    private static final LongAdder RUNS = new LongAdder();
    private final KernelSpec spec;
    /** The spec's compiled classes, found at the first run (a field read per run instead of a cache look-up). */
    private volatile KernelTiers classes;
    private final DType dtype;
    /**
     * The output's layout: the same for every graph of the plan's key, which fixes every shape, so it
     * is made once rather than per run.
     */
    private final Layout outputLayout;
    private final int output;
    private final int[] inputs, constants;
    /** Every input's stride, 1, for every run: kernels never write the arrays they are given. */
    private final long[] unitStrides;

    private ShortKernel(KernelSpec spec, DType dtype, Layout outputLayout, int output, int[] inputs, int[] constants, long[] unitStrides) {
        this.spec = spec;
        this.dtype = dtype;
        this.outputLayout = outputLayout;
        this.output = output;
        this.inputs = inputs;
        this.constants = constants;
        this.unitStrides = unitStrides;
    }

    /**
     * The quick form of {@code kernel} (its node numbers given), or null when it has none: a
     * reduction, or a kernel that computes ranges from positions or reads a gather through its picks.
     */
    static ShortKernel of(Step.Kernel kernel, int output, int[] inputs, int[] constants) {
        if (kernel.reduction() != null) return null;
        KernelSpec lowered = Lower.kernel(kernel);
        if (!lowered.indices().isEmpty() || !lowered.gathered().isEmpty()) return null;
        long[] unit = new long[inputs.length];
        Arrays.fill(unit, 1);
        return new ShortKernel(lowered.withStrides(unit), kernel.output().dtype(), Layout.contiguous(kernel.output().shape()),
                output, inputs, constants, unit);
    }

    /** The output of the graph whose walk listed {@code nodes}, in new memory; null when the general path must run. */
    StridedArray run(Node[] nodes, RunInputs values) {
        Node out = nodes[output];
        long size = out.size();
        if (size == 0 || size > KernelRunner.SHORT) return null;
        int n = inputs.length;
        MemorySegment[] in = new MemorySegment[n];
        long[] off = new long[n];
        for (int i = 0; i < n; i++) {
            Node input = nodes[inputs[i]];
            // Equal sizes of shapes that broadcast to each other are the same shape up to 1s: the same C order.
            if (input.size() != size) return null;
            Buffer b = values.pinContiguous(input, off, i);
            if (b == null) return null;
            in[i] = b.segment();
        }
        Constants c = Constants.of(nodes, constants);
        StridedArray result = MemoryPool.shared().allocate(dtype, outputLayout, false); // every element is written
        try {
            KernelTiers forms = classes;
            if (forms == null) {
                classes = forms = KernelCache.shared().tiers(spec, size);
                forms.used(KernelTiers.Entry.ROW);
            }
            forms.forRun(size).row(in, off, unitStrides, result.buffer().segment(), 0, size, c.doubles(), c.longs());
        } catch (ArithmeticException e) {
            result.buffer().close("a short run that raised a value error was released");
            return null;
        } finally {
            Reference.reachabilityFence(values); // holds the inputs' buffers, pinned, whose owners give their memory back when unreachable
        }
        RUNS.increment();
        return result;
    }

    static long runs() {
        return RUNS.sum();
    }
}
