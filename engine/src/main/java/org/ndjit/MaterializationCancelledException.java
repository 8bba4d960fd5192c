package org.ndjit;

import java.util.concurrent.CancellationException;

/**
 * Thrown when the thread that computes an array is interrupted: the computation stopped between two
 * blocks of its work and left no value behind, so a later read computes the array again. The
 * thread's interrupt status stays set. A {@link CancellationException}, so callers can catch the
 * JDK's type; the message names the array's dtype and shape.
 * <pre>{@code
 * Future<Double> f = pool.submit(() -> x.matmul(w).sum().itemDouble());
 * f.cancel(true);   // the computing thread stops within a block and throws this
 * }</pre>
 */
public final class MaterializationCancelledException extends CancellationException {
    /**
     * An exception saying what was cancelled; the library's engine makes them.
     *
     * @param message the array that was being computed and why it stopped
     */
    public MaterializationCancelledException(String message) {
        super(message);
    }
}
