package org.ndjit.optimizer;

/**
 * Marks cut points in each kernel over the {@link KernelBudget}: ops at even intervals of its body,
 * so that it splits into about as many pieces as the budget asks for. Why: HotSpot does not
 * JIT-compile a method of 8,000 bytecodes or more, and an oversized kernel would silently run
 * interpreted. The steps are rebuilt from the new marks (see {@link UntilNoNewMarks}).
 */
record SplitOversizedKernels(KernelBudget budget) implements Pass {
    static final String TOO_LARGE = "the kernel would be too large for one JIT-compiled method";

    @Override
    public void run(Draft draft) {
        for (Step.Kernel k : draft.steps().stream().flatMap(s -> Planner.loops(s).stream()).toList()) {
            if (k.body().size() < 2
                    || budget.fits(k.body().size(), k.inputs().size(), k.constants().size())) continue;
            int pieces = Math.min(k.body().size(), budget.pieces(k.body().size(), k.inputs().size(), k.constants().size()));
            int every = Math.max(1, k.body().size() / pieces);
            for (int i = every - 1; i < k.body().size() - 1; i += every) draft.mark(k.body().get(i), TOO_LARGE);
        }
    }
}
