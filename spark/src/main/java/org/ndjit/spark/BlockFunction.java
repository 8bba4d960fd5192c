package org.ndjit.spark;

import org.ndjit.NDArray;

import java.io.Serializable;

/**
 * A function from a block of rows to a block of the same rows, shipped to the executors with the
 * task (so it is {@link Serializable}: a lambda or method reference whose target is this interface is).
 * It only builds the lazy expression of its block ({@code b -> b.sub(mu).div(sigma)},
 * {@code NDArray::exp}); the action that reads the result computes it, as one plan per block.
 */
@FunctionalInterface
public interface BlockFunction extends Serializable {
    NDArray apply(NDArray block);

    /** This function, then {@code next}. */
    default BlockFunction andThen(BlockFunction next) {
        return block -> next.apply(apply(block));
    }
}
