package org.ndjit;


/**
 * NumPy's {@code np.cov} and {@code np.corrcoef} (without weights), as NumPy's
 * {@code function_base.py} composes them, from lazy ops: each variable's mean removed (one fused
 * pass), the centred rows times their transpose (a matmul), divided by N - ddof. Always float64, as
 * NumPy's ({@code result_type(m, float64)}); N - ddof <= 0 divides by 0 (NumPy warns and gives inf
 * or NaN).
 */
final class Covariance {
    private Covariance() {}

    static NDArray cov(NDArray m, NDArray y, boolean rowvar, boolean bias, Integer ddof) {
        NDArray x = rows(m, "m"), more = y == null ? null : rows(y, "y");
        if (!rowvar && m.ndim() != 1) x = x.T();
        if (x.shape()[0] == 0) return Np.zeros(0, 0);
        if (more != null) x = Np.concatenate(0, x, !rowvar && more.shape()[0] != 1 ? more.T() : more);
        int d = ddof != null ? ddof : bias ? 0 : 1;
        long fact = Math.max(0, x.shape()[1] - d);
        NDArray centred = x.sub(x.mean(1, true));
        return centred.matmul(centred.T()).mul(1.0 / fact).squeeze(); // NumPy multiplies by 1 / fact
    }

    /** NumPy's corrcoef: cov / (stddev[:, None] * stddev[None, :]), clipped to [-1, 1]; c / c for one variable. */
    static NDArray corrcoef(NDArray x, NDArray y, boolean rowvar) {
        NDArray c = cov(x, y, rowvar, false, null);
        if (c.ndim() == 0) return c.div(c);
        NDArray stddev = c.diagonal().sqrt();
        return c.div(stddev.expandDims(1)).div(stddev.expandDims(0)).clip(-1.0, 1.0);
    }

    /** NumPy's {@code array(m, ndmin=2, dtype=float64)}: a vector (or scalar) becomes one row. */
    private static NDArray rows(NDArray m, String name) {
        if (m.ndim() > 2) throw new IllegalArgumentException(name + " has more than 2 dimensions");
        NDArray x = m.astype(DType.FLOAT64);
        return x.ndim() < 2 ? x.reshape(1, x.size()) : x;
    }
}
