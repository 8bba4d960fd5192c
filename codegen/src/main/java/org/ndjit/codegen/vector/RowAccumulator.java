package org.ndjit.codegen.vector;

/**
 * What a reduction along a row (sumRow, maxRow, minRow) keeps in vector registers while its vector
 * loop runs: each vector of values goes to it instead of memory, and it is written back after the
 * loop, for the scalar tail and the caller.
 */
interface RowAccumulator {
    /** Emits the code that takes the vector of values in local {@code result}. */
    void add(int result);

    /** Emits the code that writes the accumulators back to the method's array. */
    void store();
}
