package org.ndjit.engine;

import org.ndjit.ir.Node;
import org.ndjit.ir.StridedArray;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Computes a node's value once, whichever thread asks first: the first caller installs a
 * {@link FutureTask} in the node's memo slot by CAS and runs it, others wait on it (SEMANTICS 3.4).
 * On failure the slot is cleared, so a later call retries, and every waiter gets the original exception.
 *
 * <p><b>Cancellation.</b> Interrupting the thread that computes the value stops the computation
 * between blocks of its work (rows, row groups of a matrix product, blocks and chunks of a
 * reduction: tens of thousands of elements at most, on every pool thread that works on it) and
 * throws {@link MaterializationCancelledException} (a {@link java.util.concurrent.CancellationException})
 * naming the array's dtype and shape. The thread's interrupt status stays set, as for any method that
 * does not throw {@link InterruptedException}: clear it ({@link Thread#interrupted()}) before
 * materializing on that thread again, or the next materialization is cancelled at once. No partial
 * value is left behind: the slot is cleared and a later read computes the array again. Threads that
 * were waiting for the interrupted computation are not failed by it: one of them takes over and
 * computes the value, the others wait for that. A thread interrupted while it waits for another
 * thread's computation gets the same exception, and that computation goes on.
 */
public final class Materializer {
    private Materializer() {}

    public static StridedArray materialize(Node node) {
        while (true) {
            Object memo = node.memo();
            if (memo instanceof StridedArray value) return checked(value); // a memoised mapped input is read again by whoever asks
            if (memo instanceof FutureTask<?> pending) {
                StridedArray value = await(node, pending, false);
                if (value != null) return checked(value);
                continue; // the computing thread was interrupted: compute it here, or wait for whoever does
            }
            FutureTask<StridedArray> task = new FutureTask<>(() -> Execution.run(node, Materializer::known));
            if (node.casMemo(null, task)) {
                task.run();
                return await(node, task, true);
            }
        }
    }

    /**
     * Writes a node's value into {@code into} (memory the caller owns: contiguous, of the node's dtype
     * and size), without keeping it: the plan runs with its last step writing there
     * ({@link Execution#runInto}); a value computed earlier is copied there. Every call
     * computes again what was not memoised before it, so a loop that writes one expression into the
     * same memory allocates no pool memory for results once its intermediates' blocks are pooled.
     * Cancelled like {@link #materialize}, except that {@code into} may then hold part of the result.
     */
    public static void materializeInto(Node node, StridedArray into) {
        Execution.runInto(node, Materializer::known, into);
    }

    private static StridedArray checked(StridedArray value) {
        value.buffer().checkValid();
        return value;
    }

    /** The value of a node computed earlier, or null. */
    public static StridedArray known(Node n) {
        return n.memo() instanceof StridedArray value ? value : null;
    }

    /**
     * The task's value. Null when {@code task} is another thread's ({@code !own}) and was cancelled
     * by that thread's interrupt: the caller computes the value itself.
     */
    private static StridedArray await(Node node, FutureTask<?> task, boolean own) {
        try {
            StridedArray value = (StridedArray) task.get();
            node.casMemo(task, value);
            return value;
        } catch (ExecutionException e) {
            node.casMemo(task, null);
            Throwable cause = e.getCause();
            if (cause instanceof MaterializationCancelledException && !own) return null;
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MaterializationCancelledException(Cancellation.describe(node)
                    + " was interrupted while this thread waited for another thread computing it");
        }
    }
}
