/**
 * The optimizer: {@link org.ndjit.optimizer.Planner} turns a graph into a
 * {@link org.ndjit.optimizer.Plan} by a flat list of named passes over one plan in progress, each a
 * class of its own: {@code SimplifyGraph} (exact algebraic identities and constant folding, by
 * {@link org.ndjit.optimizer.Simplify}), {@code MarkMaterialized} (which nodes are written, each for
 * a stated reason), {@code BuildSteps} (one fused kernel per written node), then
 * {@code SplitOversizedKernels} and {@code KeepValueErrors} until neither marks another node, and
 * the joins {@code FuseReduceEpilogues}, {@code SharePasses} and {@code FuseContractionEpilogues}.
 * Depends only on {@code ir}.
 */
package org.ndjit.optimizer;
