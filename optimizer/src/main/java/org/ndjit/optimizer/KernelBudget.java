package org.ndjit.optimizer;

/**
 * How large one fused kernel may grow: the code generator's cost model (codegen's {@code MethodSize}),
 * handed to the planner by whoever runs the plan, so the optimizer knows the limit without knowing
 * how code is generated.
 */
public interface KernelBudget {
    /** True when a kernel with this many ops, array inputs and constants stays within the limit. */
    boolean fits(int ops, int inputs, int constants);

    /** How many pieces to cut an oversized kernel of this size into. */
    int pieces(int ops, int inputs, int constants);
}
