package org.ndjit.engine;

import org.ndjit.MaterializationCancelledException;
import org.ndjit.ir.Buffer;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.StridedArray;

import java.util.function.Function;

/**
 * Computes a node's value once, whichever thread asks first: the first caller installs a
 * {@link Pending} computation in the node's memo slot by CAS and runs it, others wait on it
 * (SEMANTICS 3.4). On failure the slot is cleared, so a later call retries, and every waiter gets the
 * original exception.
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
 *
 * <p><b>Released memory.</b> A memoised value whose buffer was closed (its array was closed) is not a
 * value any more: the slot is cleared and the node computed again, so an array built elsewhere from
 * the same expression is not failed by another's close; a buffer leaf over a closed buffer has
 * nothing to compute from, and reading it throws an {@link IllegalStateException} saying why. Code that
 * reads a value's elements does it inside {@link #read}, which pins the memory for the read.
 */
public final class Materializer {
    private Materializer() {}

    public static StridedArray materialize(Node node) {
        return materialize(node, Materializer::known);
    }

    /**
     * {@link #materialize(Node)} with values {@code known} besides the memoised ones (it must
     * answer those too): values computed for this call only, such as the shared parts of
     * {@link SharedRoots several roots}.
     */
    static StridedArray materialize(Node node, Function<Node, StridedArray> known) {
        while (true) {
            Object memo = node.memo();
            if (memo instanceof StridedArray value) {
                if (!value.buffer().isClosed()) return checked(value); // a memoised mapped input is read again by whoever asks
                node.casMemo(value, null);
                continue;
            }
            if (memo instanceof Pending pending) {
                StridedArray value = pending.await(node);
                if (value != null) return checked(value);
                continue; // the computing thread was interrupted: compute it here, or wait for whoever does
            }
            Pending mine = new Pending();
            if (node.casMemo(null, mine)) {
                StridedArray value;
                try {
                    value = Execution.runQuickFirst(node, known);
                } catch (Throwable e) {
                    node.casMemo(mine, null);
                    mine.fail(e);
                    throw e;
                }
                node.casMemo(mine, value);
                mine.complete(value);
                return value;
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

    /** The value of a node computed earlier, or null (also when its memory was released since). */
    public static StridedArray known(Node n) {
        return n.memo() instanceof StridedArray value && !value.buffer().isClosed() ? value : null;
    }

    /** What reads a value's elements, while {@link #read} holds its memory. */
    @FunctionalInterface
    public interface Reader<T, X extends Exception> {
        T read(StridedArray value) throws X;
    }

    /**
     * Computes {@code node} if needed, then runs {@code reader} on its value with the value's memory
     * {@linkplain Buffer#pin pinned}: a close meanwhile takes effect when the read ends. If the value is
     * closed before it could be pinned, the node is computed again (or, for a leaf over closed memory,
     * an {@link IllegalStateException} says why it cannot be).
     */
    public static <T, X extends Exception> T read(Node node, Reader<T, X> reader) throws X {
        while (true) {
            StridedArray value = materialize(node);
            Buffer memory = value.buffer();
            if (!memory.tryPin()) {
                node.casMemo(value, null);
                continue;
            }
            try {
                return reader.read(value);
            } finally {
                memory.unpin();
            }
        }
    }

    /**
     * A node that stands for this computed value alone, holding none of the graph that computed it: a
     * buffer leaf over its memory, under a view node when the value is a strided view of it, with the
     * value memoised so that reading it runs nothing.
     */
    public static Node leaf(StridedArray value) {
        Buffer b = value.buffer();
        Layout layout = value.layout();
        Node leaf;
        if (layout.isContiguous() && layout.offset() == 0 && layout.size() == b.length()) {
            leaf = Nodes.buffer(b, layout);
        } else {
            Node storage = Nodes.buffer(b, new long[] {b.length()});
            storage.casMemo(null, new StridedArray(b, Layout.contiguous(storage.shape())));
            leaf = Nodes.view(storage, layout);
        }
        leaf.casMemo(null, value);
        return leaf;
    }

    /**
     * A node's value while one thread computes it, in the node's memo slot: other threads wait on it
     * for the outcome. What a {@link java.util.concurrent.FutureTask} did here, but the thread that
     * computes does not go through it: when nobody waits, finishing is a volatile write and read (the
     * task, its callable and their compare-and-sets cost 70-110 ns per call of a 1,000-element
     * {@code a*b + c*d - e}, about 3% of it, in paired runs on 2 loaded cores).
     * {@link SharedRoots} claims slots with one too, and finishes it itself.
     */
    static final class Pending {
        /** The value, or the {@link Throwable} the computation failed with; null while it runs. */
        private volatile Object outcome;
        /** Set by a thread about to wait (holding the monitor), so that finishing wakes it. */
        private volatile boolean waited;

        void complete(StridedArray value) { finish(value); }

        void fail(Throwable e) { finish(e); }

        /**
         * Publishes the outcome, then wakes waiters if any said they wait: of the outcome's write and
         * a waiter's flag, whichever comes second sees the first (volatile accesses are in one order),
         * so either the waiter sees the outcome before it waits, or it is woken here.
         */
        private void finish(Object o) {
            outcome = o;
            if (waited) {
                synchronized (this) {
                    notifyAll();
                }
            }
        }

        /**
         * The value, waiting for it; null when the computing thread was cancelled by its interrupt
         * (the caller computes the value itself). A failure is thrown as it was thrown there.
         */
        StridedArray await(Node node) {
            Object o = outcome;
            if (o == null) {
                synchronized (this) {
                    waited = true;
                    try {
                        while ((o = outcome) == null) wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new MaterializationCancelledException(Cancellation.describe(node)
                                + " was interrupted while this thread waited for another thread computing it");
                    }
                }
            }
            if (o instanceof StridedArray value) {
                node.casMemo(this, value);
                return value;
            }
            node.casMemo(this, null);
            if (o instanceof MaterializationCancelledException) return null;
            if (o instanceof RuntimeException re) throw re;
            if (o instanceof Error err) throw err;
            throw new IllegalStateException((Throwable) o);
        }
    }
}
