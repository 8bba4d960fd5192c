package org.ndjit.optimizer;

/**
 * Replaces the graph by its {@link Simplify simplified} form: exact identities ({@code x*1},
 * {@code -(-x)}) removed and constant expressions folded, so no kernel spends ops on them.
 * Planning then works on the simplified graph only.
 */
record SimplifyGraph() implements Pass {
    @Override
    public void run(Draft draft) {
        draft.reroot(root -> Simplify.apply(root, draft.available()));
    }
}
