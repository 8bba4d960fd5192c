/**
 * The optimizer: {@link org.ndjit.optimizer.Simplify} (exact algebraic identities, constant folding),
 * then {@link org.ndjit.optimizer.Planner}, which fuses elementwise regions, broadcasts and reductions
 * into the kernels of a {@link org.ndjit.optimizer.Plan}, materializing intermediates only for stated
 * reasons. Depends only on {@code ir}.
 */
package org.ndjit.optimizer;
