package org.ndjit.optimizer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs passes that mark more nodes, all on the same steps, then rebuilds the steps if any marked a
 * node, until none does. Why: every mark changes the kernels around it, and the changed kernels
 * must be checked again.
 */
record UntilNoNewMarks(List<Pass> markers) implements Pass {
    UntilNoNewMarks(Pass... markers) {
        this(List.of(markers));
    }

    @Override
    public void run(Draft draft) {
        while (true) {
            int marked = draft.markCount();
            markers.forEach(p -> p.run(draft));
            if (draft.markCount() == marked) return;
            new BuildSteps().run(draft);
        }
    }

    /** As the pipeline lists it: {@code UntilNoNewMarks(SplitOversizedKernels, KeepValueErrors)}. */
    @Override
    public String name() {
        return markers.stream().map(Pass::name).collect(Collectors.joining(", ", "UntilNoNewMarks(", ")"));
    }
}
