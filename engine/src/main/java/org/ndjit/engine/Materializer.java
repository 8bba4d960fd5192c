package org.ndjit.engine;

import org.ndjit.ir.Node;
import org.ndjit.ir.StridedArray;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Computes a node's value once, whichever thread asks first: the first caller installs a
 * {@link FutureTask} in the node's memo slot by CAS and runs it, others wait on it (SEMANTICS 3.4).
 * On failure the slot is cleared, so a later call retries, and every waiter gets the original exception.
 */
public final class Materializer {
    private Materializer() {}

    public static StridedArray materialize(Node node) {
        while (true) {
            Object memo = node.memo();
            if (memo instanceof StridedArray value) {
                value.buffer().checkValid(); // a memoised mapped input is read again by whoever asks
                return value;
            }
            if (memo instanceof FutureTask<?> pending) return checked(await(node, pending));
            FutureTask<StridedArray> task = new FutureTask<>(() -> Execution.run(node, Materializer::known));
            if (node.casMemo(null, task)) {
                task.run();
                return await(node, task);
            }
        }
    }

    private static StridedArray checked(StridedArray value) {
        value.buffer().checkValid();
        return value;
    }

    /** The value of a node computed earlier, or null. */
    public static StridedArray known(Node n) {
        return n.memo() instanceof StridedArray value ? value : null;
    }

    private static StridedArray await(Node node, FutureTask<?> task) {
        try {
            StridedArray value = (StridedArray) task.get();
            node.casMemo(task, value);
            return value;
        } catch (ExecutionException e) {
            node.casMemo(task, null);
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for another thread to materialize this array", e);
        }
    }
}
