package org.ndjit;

/**
 * What {@link Np#uniqueAll} returns, NumPy's {@code np.unique(x, return_index=True,
 * return_inverse=True, return_counts=True)}: the sorted distinct values, the position in the
 * flattened x of each one's first occurrence, for every element of x the index of its value in
 * {@code values} (x's shape), and how often each value occurs (int64):
 * {@code Np.uniqueAll(Np.array(3, 1, 3)).counts()} is {@code [1 2]}.
 *
 * @param values  the sorted distinct values (NaNs count as one)
 * @param indices for each value, the flat index of its first occurrence in x (int64)
 * @param inverse for each element of x, the index of its value in {@code values} (int64, x's shape): {@code values.get(inverse)} is x
 * @param counts  how often each value occurs (int64)
 */
public record Unique(NDArray values, NDArray indices, NDArray inverse, NDArray counts) {}
