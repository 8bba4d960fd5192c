package org.ndjit.engine;

import org.ndjit.MaterializationCancelledException;
import org.ndjit.ir.Node;
import org.ndjit.ir.Shapes;

import java.util.function.Supplier;

/**
 * Cooperative cancellation of one materialization. {@link Execution#run} binds a token naming its
 * root and the calling thread; the loops take it once ({@link #current}), before they split work
 * over the pool, and call {@link #check} between blocks (never per element): it throws
 * {@link MaterializationCancelledException} once the thread that started the materialization is
 * interrupted, on whichever thread runs the part, so pool workers observe the caller's interrupt.
 * The interrupt status is left set. A check is two volatile reads, once per
 * {@link #EVERY} elements at most.
 */
final class Cancellation {
    /**
     * Elements between checks in the loops (at most; a row or block of more is checked once): a check
     * costs about as much as one element of the cheapest kernel, and the JVM's first, interpreted runs
     * of a kernel can take milliseconds per thousand elements.
     */
    static final long EVERY = 1 << 12;

    /** The longest run of a row an elementwise kernel computes in one call, so that checks come between runs. */
    static final long BAND = 1 << 14;

    private static final ScopedValue<Cancellation> CURRENT = ScopedValue.newInstance();

    private final Thread owner;
    private final Node root;
    private volatile boolean cancelled;

    private Cancellation(Thread owner, Node root) {
        this.owner = owner;
        this.root = root;
    }

    /** Runs {@code work} as the materialization of {@code root} by the current thread. */
    static <T> T run(Node root, Supplier<T> work) {
        return ScopedValue.where(CURRENT, new Cancellation(Thread.currentThread(), root)).call(work::get);
    }

    /** The current materialization's token, or one for the current thread when there is none (loops called directly). */
    static Cancellation current() {
        return CURRENT.isBound() ? CURRENT.get() : new Cancellation(Thread.currentThread(), null);
    }

    /** Cancels the materialization: every later check throws (the owner saw its interrupt while waiting for parts). */
    void cancel() {
        cancelled = true;
    }

    /** Throws if the thread that started the materialization has been interrupted (then every later check throws too). */
    void check() {
        if (cancelled || owner.isInterrupted()) {
            cancelled = true;
            throw new MaterializationCancelledException(describe(root) + " was interrupted");
        }
    }

    /**
     * Counts {@code len} more elements of a loop that has done {@code done} since its last check,
     * checks once {@link #EVERY} are reached, and returns the new count.
     */
    long tick(long done, long len) {
        done += len;
        if (done < EVERY) return done;
        check();
        return 0;
    }

    /** Whether {@code e} reports an interrupt (a wait for a kernel compilation that another thread runs). */
    static boolean causedByInterrupt(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof InterruptedException) return true;
        return false;
    }

    static String describe(Node root) {
        return root == null ? "the computation" : "the materialization of a " + root.dtype() + " array of shape " + Shapes.tuple(root.shape());
    }
}
