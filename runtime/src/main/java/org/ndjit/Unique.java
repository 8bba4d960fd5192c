package org.ndjit;

/**
 * What {@link Np#uniqueAll} returns, NumPy's {@code np.unique(x, return_index=True,
 * return_inverse=True, return_counts=True)}: the sorted distinct values, the position in the
 * flattened x of each one's first occurrence, for every element of x the index of its value in
 * {@code values} (x's shape), and how often each value occurs (int64).
 */
public record Unique(NDArray values, NDArray indices, NDArray inverse, NDArray counts) {}
