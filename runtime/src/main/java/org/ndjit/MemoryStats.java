package org.ndjit;

/**
 * The memory of computed arrays at one moment ({@link Np#memoryStats()}): bytes held by live
 * results and intermediates, bytes kept pooled for reuse, the most ever live at once, how many
 * blocks were handed out and how many of those were reused from the pool, and the budget
 * ({@code -Dndjit.memoryBudget}) that live and pooled bytes together may not exceed. Arrays made
 * from Java arrays, {@code Np.random} and loaded files are counted; {@code Np.wrap} and mapped files
 * (the caller's memory) are not. Arrays of at most {@code ndjit.heapArrayBytes} bytes (default 64 KB)
 * live in Java arrays the garbage collector reclaims, outside the pool and its budget: {@code javaArrays}
 * counts how many were handed out. {@code collectionsRequested}: the garbage collections the pool asked
 * for so that dropped results' memory comes back (see the README's "Memory").
 * {@code Np.memoryStats().liveBytes()} after a loop shows whether its results are released.
 *
 * @param liveBytes            bytes held now by arrays and intermediates
 * @param pooledBytes          bytes released and kept for reuse
 * @param peakLiveBytes        the most bytes live at once since the process started
 * @param allocations          blocks handed out
 * @param reusedFromPool       of those, blocks reused from the pool
 * @param budgetBytes          the most live and pooled bytes together ({@code ndjit.memoryBudget})
 * @param javaArrays           results small enough to be Java arrays, handed out
 * @param collectionsRequested garbage collections the pool asked for
 */
public record MemoryStats(long liveBytes, long pooledBytes, long peakLiveBytes, long allocations, long reusedFromPool, long budgetBytes,
                          long javaArrays, long collectionsRequested) {}
