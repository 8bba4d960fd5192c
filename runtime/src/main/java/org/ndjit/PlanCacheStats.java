package org.ndjit;

/**
 * The plan cache at one moment ({@link Np#planCacheStats()}): since the process started, how many
 * computations reused the plan of an earlier graph of the same structure (hits), how many were
 * planned and their plan kept (misses), and how many were planned and not kept because simplification
 * changed their graph, which makes the plan depend on their constants' values (uncacheable); and the
 * plans held now and the most it holds ({@code -Dndjit.planCacheSize}, 0 for no cache).
 */
public record PlanCacheStats(long hits, long misses, long uncacheable, int size, int capacity) {}
