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
        return kernel(kernel, widensForSum(kernel));
    }

    /** The spec, without the widening cast of an integer sum when {@code dropCast} ({@link #widensForSum}). */
    private static KernelSpec kernel(Step.Kernel kernel, boolean dropCast) {
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
        Node produced = kernel.produced();
        if (dropCast) produced = produced.src(0);
        for (Node n : kernel.body()) {
            if (dropCast && n == kernel.produced()) break; // the sum's widening cast, left out (last in the body)
            int[] args = new int[n.arity()];
            for (int i = 0; i < args.length; i++) args[i] = slot.get(n.src(i));
            slot.put(n, inputs.size() + constants.size() + instrs.size());
            instrs.add(new KernelSpec.Instr(n.op(), n.dtype(), args));
        }
        Node reduction = kernel.reduction();
        KernelSpec spec = new KernelSpec(inputs, constants, instrs, produced.dtype(), List.of(), indices, gathered,
                                         KernelSpec.Reduces.of(reduction == null ? null : reduction.op()));
        // Without the cast, the values are those of the slot the spec reads as its result (an input or constant read as is: the last one).
        return !dropCast || slot.get(produced) instanceof Integer s && s == spec.resultSlot() ? spec : kernel(kernel, false);
    }

    /**
     * Whether the step is an integer or bool sum whose last instruction widens the values to int64 or uint64
     * (NDArray.sum casts to the accumulator dtype first, as NumPy does). The reduction reads a value of any
     * integer dtype or bool as that cast gives it (sign-extended for the signed ones, zero-extended for the
     * unsigned ones, a bool 0 or 1: Scratch, RowKernel#sumRowLong), so the kernel leaves the cast out and
     * computes the values in their own dtype's lanes: an int8 sum's vector loop then runs in int lanes and
     * a bool sum's counts byte masks, where with the cast every dtype ran in long lanes, and int8 and uint8
     * had no vector loop (no species of 4 bytes).
     */
    private static boolean widensForSum(Step.Kernel kernel) {
        Node reduction = kernel.reduction(), produced = kernel.produced();
        return reduction != null && reduction.op() == Op.SUM && produced.op() == Op.CAST && !kernel.body().isEmpty()
               && kernel.body().getLast() == produced && (produced.dtype() == DType.INT64 || produced.dtype() == DType.UINT64)
               && !produced.src(0).dtype().isFloat();
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
