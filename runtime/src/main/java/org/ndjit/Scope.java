package org.ndjit;

import java.util.ArrayList;
import java.util.List;

/**
 * A region of one thread's work whose arrays are released together when it closes, as DJL's
 * {@code NDManager} and ND4J's workspaces do:
 * <pre>{@code
 * try (Scope s = Np.scope()) {
 *     NDArray h = Np.maximum(0, x.matmul(w).add(b));   // computed below, released at close
 *     return s.keep(h.sum(1));                          // computed now, and kept
 * }
 * }</pre>
 * Every array that gets memory on this thread while the scope is the innermost open one belongs to
 * it: arrays made from Java data, and arrays computed while it is open (their value, when first
 * read). Closing the scope {@linkplain NDArray#close closes} them all, except those moved out by
 * {@link #keep}; using one afterwards throws an {@link IllegalStateException} saying its scope closed.
 * Arrays built in the scope but never computed hold no memory and are not closed (they compute later
 * if their inputs still exist). Scopes nest; each belongs to the thread that opened it and must be
 * closed on it, innermost first.
 */
public final class Scope implements AutoCloseable {
    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private final Scope enclosing;
    private final Thread thread = Thread.currentThread();
    private final List<NDArray> arrays = new ArrayList<>();
    private boolean closed;

    private Scope(Scope enclosing) {
        this.enclosing = enclosing;
    }

    static Scope open() {
        Scope s = new Scope(CURRENT.get());
        CURRENT.set(s);
        return s;
    }

    /** Records that {@code a} now holds memory, in this thread's innermost open scope if there is one. */
    static void adopted(NDArray a) {
        Scope s = CURRENT.get();
        if (s != null) s.arrays.add(a);
    }

    /**
     * Computes {@code result} if needed and moves its memory out of this scope, to the enclosing scope
     * (or to none, where only {@link NDArray#close} and the garbage collector release it). Returns it.
     * An array this scope does not hold (made before it opened, or kept already) is only computed.
     * {@code return s.keep(h.sum(1));} inside {@code try (Scope s = Np.scope())} returns the row sums
     * and releases every other array computed in the scope.
     */
    public NDArray keep(NDArray result) {
        checkOwner("keep an array in");
        if (CURRENT.get() != this) throw new IllegalStateException("keep moves an array out of the innermost open scope, and an inner scope is open");
        result.eval();
        int at = arrays.lastIndexOf(result);
        if (at >= 0) {
            arrays.remove(at);
            if (enclosing != null) enclosing.arrays.add(result);
        }
        return result;
    }

    /** Closes every array this scope holds, then makes the enclosing scope current again. Idempotent. */
    @Override
    public void close() {
        if (closed) return;
        checkOwner("close");
        if (CURRENT.get() != this) throw new IllegalStateException("scopes must be closed innermost first: an inner scope is still open");
        closed = true;
        CURRENT.set(enclosing);
        for (NDArray a : arrays) a.release("was released when its scope closed");
        arrays.clear();
    }

    private void checkOwner(String action) {
        if (closed) throw new IllegalStateException("cannot " + action + " a closed scope");
        if (Thread.currentThread() != thread) {
            throw new IllegalStateException("cannot " + action + " a scope from another thread than the one that opened it (" + thread.getName() + ")");
        }
    }
}
