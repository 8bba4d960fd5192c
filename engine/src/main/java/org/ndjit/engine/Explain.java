package org.ndjit.engine;

import org.ndjit.codegen.KernelCache;
import org.ndjit.codegen.KernelSpec;
import org.ndjit.codegen.RowKernelCompiler;
import org.ndjit.ir.Node;
import org.ndjit.ir.StridedArray;
import org.ndjit.optimizer.Plan;
import org.ndjit.optimizer.Step;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The text of {@code explain()}: the plan the optimizer makes for a node, with each kernel's
 * compilation status and, on request, the bytecode listing of its generated class.
 */
public final class Explain {
    private Explain() {}

    public static String plan(Node root, Function<Node, StridedArray> known, boolean bytecode) {
        return explain(Execution.plan(root, known), bytecode);
    }

    /** The plan {@link SharedRoots#materialize} runs for {@code roots}: those not computed yet, in one plan. */
    public static String plan(List<Node> roots, boolean bytecode) {
        List<Node> pending = SharedRoots.pending(roots);
        if (pending.isEmpty()) return "plan: nothing to compute: every array is computed or holds its values\n";
        return explain(Execution.plan(pending, Materializer::known), bytecode);
    }

    private static String explain(Plan plan, boolean bytecode) {
        Map<Step.Kernel, String> notes = new IdentityHashMap<>();
        for (Step.Kernel k : plan.kernels()) {
            KernelSpec spec = Lower.kernel(k);
            String status = KernelCache.shared().containsStructure(spec) ? "compiled kernel: in the cache" : "compiled kernel: not yet compiled";
            notes.put(k, bytecode ? status + "\n" + RowKernelCompiler.listing(spec).indent(4).stripTrailing() : status);
        }
        return plan.explain(notes);
    }
}
