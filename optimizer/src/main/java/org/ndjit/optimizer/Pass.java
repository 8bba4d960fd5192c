package org.ndjit.optimizer;

/**
 * One pass of the planner's pipeline (listed in {@link Planner}): it rewrites the plan in
 * progress, a {@link Draft}, and nothing else.
 */
interface Pass {
    void run(Draft draft);

    /** What {@code -Dndjit.debug=3} prints the draft after: the class name unless a pass says otherwise. */
    default String name() {
        return getClass().getSimpleName();
    }
}
