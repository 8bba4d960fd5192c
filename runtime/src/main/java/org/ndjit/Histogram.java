package org.ndjit;

/**
 * What {@link Np#histogram} returns, as NumPy's pair {@code counts, edges = np.histogram(a, 5)}:
 * {@code Np.histogram(a, 5).counts()}.
 *
 * @param counts   how many values fall in each bin (int64)
 * @param binEdges the bins' edges (float64, one more than the counts): bin i is {@code [edges[i], edges[i+1])}, the last one closed
 */
public record Histogram(NDArray counts, NDArray binEdges) {}
