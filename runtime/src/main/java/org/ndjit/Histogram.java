package org.ndjit;

/** What {@link Np#histogram} returns, as NumPy's pair: the counts per bin (int64) and the bin edges (float64, one more than the counts). */
public record Histogram(NDArray counts, NDArray binEdges) {}
