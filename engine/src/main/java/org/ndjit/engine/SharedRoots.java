package org.ndjit.engine;

import org.ndjit.ir.Node;
import org.ndjit.ir.StridedArray;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes several arrays whose graphs share subexpressions with one plan ({@code Np.eval}): the
 * planner sees all of them at once, so each value they share is computed once
 * ({@code ShareAcrossResults}) and reductions over the same elements share one pass. Each array gets
 * the value it has when computed alone (an elementwise or reduction op gives the same bits whether
 * its input is fused or read from memory), memoised on its node as {@link Materializer#materialize}
 * does.
 *
 * <p>Other threads may ask for the same arrays meanwhile: this call first claims the memo slot of
 * each array that has neither a value nor a computation under way, and computes the claimed ones;
 * a thread asking for one of them waits for this call, as for any computation under way. Arrays
 * another thread is computing, and leaves, are left to {@link Materializer#materialize}.
 */
public final class SharedRoots {
    private SharedRoots() {}

    /** Computes each of {@code roots} (memoised on its node). */
    public static void materialize(List<Node> roots) {
        List<Node> claimed = new ArrayList<>();
        List<Materializer.Pending> claims = new ArrayList<>();
        for (Node root : pending(roots)) {
            Materializer.Pending claim = new Materializer.Pending();
            Object memo = root.memo(); // read again: another thread may have claimed it since
            if (claimable(memo) && root.casMemo(memo, claim)) {
                claimed.add(root);
                claims.add(claim);
            }
        }
        if (!claimed.isEmpty()) compute(claimed, claims);
        for (Node root : roots) Materializer.materialize(root);
    }

    /**
     * The roots a call would compute with one plan as things are now: distinct, not leaves, with no
     * value (or one whose memory was released since) and no computation under way.
     */
    static List<Node> pending(List<Node> roots) {
        List<Node> out = new ArrayList<>();
        for (Node root : roots) if (root.arity() > 0 && claimable(root.memo()) && !out.contains(root)) out.add(root);
        return out;
    }

    /** A memo slot this call may take: empty, or holding a value whose memory was released (computed again). */
    private static boolean claimable(Object memo) {
        return memo == null || memo instanceof StridedArray value && value.buffer().isClosed();
    }

    private static void compute(List<Node> claimed, List<Materializer.Pending> claims) {
        List<StridedArray> values;
        try {
            values = Execution.runAll(claimed, Materializer::known);
        } catch (RuntimeException | Error e) {
            for (int i = 0; i < claimed.size(); i++) {
                claims.get(i).fail(e);
                claimed.get(i).casMemo(claims.get(i), null); // a later read computes it again
            }
            throw e;
        }
        for (int i = 0; i < claimed.size(); i++) {
            claims.get(i).complete(values.get(i));
            claimed.get(i).casMemo(claims.get(i), values.get(i));
        }
    }
}
