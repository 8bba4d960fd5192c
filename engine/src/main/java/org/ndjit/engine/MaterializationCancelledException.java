package org.ndjit.engine;

import java.util.concurrent.CancellationException;

/**
 * Thrown when the thread that materializes an array is interrupted (see {@link Materializer}): the
 * computation stopped between two blocks of its work and left no value behind, so a later read
 * computes the array again. The thread's interrupt status stays set. A {@link CancellationException},
 * so callers can catch the JDK's type.
 */
public final class MaterializationCancelledException extends CancellationException {
    MaterializationCancelledException(String message) {
        super(message);
    }
}
