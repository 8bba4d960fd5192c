package org.ndjit;

/**
 * The plan cache at one moment ({@link Np#planCacheStats()}): since the process started, how many
 * computations reused the plan of an earlier graph of the same structure (hits), how many were
 * planned and their plan kept (misses), and how many were planned and not kept because simplification
 * changed their graph, which makes the plan depend on their constants' values (uncacheable); and the
 * plans held now and the most it holds ({@code -Dndjit.planCacheSize}, 0 for no cache).
 *
 * @param hits        computations that reused a kept plan
 * @param misses      computations planned and their plan kept
 * @param uncacheable computations planned and not kept (simplification made the plan depend on constants' values)
 * @param size        plans held now
 * @param capacity    the most plans held ({@code ndjit.planCacheSize})
 */
public record PlanCacheStats(long hits, long misses, long uncacheable, int size, int capacity) {}
