package org.ndjit.spark;

import org.ndjit.NDArray;

import java.io.IOException;
import java.io.Serializable;

/**
 * The first row of an array's source (rows {@code [0, 1)} of its blocks), read where a task needs it:
 * var over the rows shifts every value by the first row of the whole array, as the library does on one
 * machine, and each task reads that row beside its own block, so the variance takes one job and no job
 * runs to fetch the row first. Shipped with the tasks: a local row, or where to read it (a file).
 */
@FunctionalInterface
interface FirstRow extends Serializable {
    /** The source's first row, as a block of one row. */
    NDArray read() throws IOException;

    /** A row the driver holds (computed now, shipped with each task that reads it). */
    static FirstRow of(NDArray row) {
        Shipped shipped = new Shipped(row.eval());
        return shipped::array;
    }

    /** The first row of blocks that are {@code f} of blocks whose first row this is. */
    default FirstRow then(BlockFunction f) {
        return () -> DistributedArray.checkedRows(read(), f);
    }
}
