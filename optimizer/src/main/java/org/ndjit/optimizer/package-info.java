/**
 * The optimizer: graph passes (common subexpressions, algebraic folding, view folding) and fusion of
 * elementwise chains, broadcasts and reductions into a kernel plan. Depends only on {@code ir}.
 * Not built yet: materialization currently evaluates each node with the eager reference in {@code ir}.
 */
package org.ndjit.optimizer;
