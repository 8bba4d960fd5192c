/**
 * The optimizer: {@link org.ndjit.optimizer.Planner} turns a graph into a
 * {@link org.ndjit.optimizer.Plan} by a flat list of named passes over one plan in progress, each a
 * class of its own: {@code SimplifyGraph} (exact algebraic identities and constant folding, by
 * {@link org.ndjit.optimizer.Simplify}), {@code MarkMaterialized} (which nodes are written, each for
 * a stated reason), {@code BuildSteps} (one fused kernel per written node), then
 * {@code SplitOversizedKernels} and {@code KeepValueErrors} until neither marks another node, and
 * the joins {@code FuseReduceEpilogues}, {@code SharePasses}, {@code FuseContractionEpilogues} and
 * {@code FuseRowGroups}, and {@code ShareBlockValues} (a costly value several members of a row group
 * compute, computed once per block of rows).
 * Depends only on {@code ir}.
 *
 * <h2>Debug levels</h2>
 * The system property {@code ndjit.debug} (an integer, default 0) is read at each plan:
 * <ul>
 *   <li>0 to 2: the optimizer prints nothing;</li>
 *   <li>3 and above: after each pass of the pipeline, the planner prints {@code after <pass name>:}
 *       and the plan in progress to {@code System.err}: the graph, one node a line with the reason
 *       of each node marked for materialization, until the steps are built, then
 *       {@link org.ndjit.optimizer.Plan#explain()}. A pass that repeats others until they mark no
 *       more nodes prints once, named as the pipeline lists it:
 *       {@code after UntilNoNewMarks(SplitOversizedKernels, KeepValueErrors):}.</li>
 * </ul>
 */
package org.ndjit.optimizer;
