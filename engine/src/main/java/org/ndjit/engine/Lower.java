package org.ndjit.engine;

import org.ndjit.codegen.KernelSpec;
import org.ndjit.DType;
import org.ndjit.ir.Node;
import org.ndjit.ir.Op;
import org.ndjit.optimizer.Step;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's kernel step as the code generator's {@link KernelSpec}: the step's nodes renumbered into
 * slots (inputs, then constants, then one per instruction), so that {@code a*b+c} and {@code x*y+z}
 * of the same dtypes share one compiled class. The only place where a plan step becomes a spec.
 */
public final class Lower {
    private Lower() {}

    /** The spec of a kernel step, before its inner strides are known ({@link KernelSpec#withStrides}). */
    public static KernelSpec kernel(Step.Kernel kernel) {
        // Sized to the step: lowering runs at every run of a kernel step, and the default sizes made most of its garbage.
        Map<Node, Integer> slot = new IdentityHashMap<>(kernel.inputs().size() + kernel.constants().size() + kernel.body().size());
        List<DType> inputs = new ArrayList<>(kernel.inputs().size() + 1), constants = new ArrayList<>(kernel.constants().size());
        List<Integer> indices = new ArrayList<>(0), gathered = new ArrayList<>(0);
        for (Node n : kernel.inputs()) {
            if (isRange(n)) indices.add(inputs.size());
            if (n.op() == Op.GATHER) gathered.add(inputs.size());
            slot.put(n, inputs.size());
            inputs.add(n.dtype());
            if (n.op() == Op.GATHER) inputs.add(DType.INT64); // its picks: a channel of its own, no node (see GatheredInput)
        }
        for (Node n : kernel.constants()) { slot.put(n, inputs.size() + constants.size()); constants.add(n.dtype()); }
        List<KernelSpec.Instr> instrs = new ArrayList<>(kernel.body().size());
        for (Node n : kernel.body()) {
            int[] args = new int[n.arity()];
            for (int i = 0; i < args.length; i++) args[i] = slot.get(n.src(i));
            slot.put(n, inputs.size() + constants.size() + instrs.size());
            instrs.add(new KernelSpec.Instr(n.op(), n.dtype(), args));
        }
        Node reduction = kernel.reduction();
        return new KernelSpec(inputs, constants, instrs, kernel.produced().dtype(), List.of(), indices, gathered,
                              KernelSpec.Reduces.of(reduction == null ? null : reduction.op()));
    }

    /** The kernel's input channels: one per input, two per gathered input (its values, then its picks). */
    static int channels(Step.Kernel kernel) {
        int n = kernel.inputs().size();
        for (Node in : kernel.inputs()) if (in.op() == Op.GATHER) n++;
        return n;
    }

    /** Whether a kernel input is a range (or a view of one), which the kernel computes from its positions. */
    static boolean isRange(Node input) {
        return (input.op() == Op.VIEW ? input.src(0) : input).op() == Op.ARANGE;
    }
}
