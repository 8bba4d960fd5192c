package org.ndjit.spark;

import java.io.Serial;

/**
 * An error while computing one block, naming the block's rows in the whole array and its partition in
 * front of the library's own message: Spark shows it as the reason the job failed.
 */
public final class BlockFailure extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    BlockFailure(Block block, Throwable cause) {
        super(block.rangeText() + " (partition " + block.index() + "): " + cause, cause);
    }

    /** Runs {@code work} on {@code block}, an error in it becoming a {@link BlockFailure}. */
    static <T> T run(Block block, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) { // errors (out of memory) are left to Spark, which handles them as such
            throw new BlockFailure(block, e);
        }
    }
}
