package org.ndjit;

import org.ndjit.ir.Node;
import org.ndjit.ir.Op;

/**
 * NumPy's isclose, allclose and array_equal, built as NumPy builds them ({@code numpy/_core/numeric.py}):
 * {@code |x - y| <= atol + rtol * |y|} where y is finite, or {@code x == y} (equal infinities),
 * or both NaN when {@code equalNan}; y is made a float first (float64 for integers and bools), and
 * rtol and atol are weak floats, so float32 data compares in float32 as in NumPy.
 */
final class Closeness {
    private Closeness() {}

    static final double RTOL = 1e-05, ATOL = 1e-08;

    static Node isclose(Node x, Node y, double rtol, double atol, boolean equalNan) {
        Node yf = y.dtype().isFloat() ? y : Build.cast(y, DType.FLOAT64);
        Node absY = Build.unary(Op.ABS, yf);
        Node bound = Build.binary(Op.ADD, Build.binary(Op.MUL, absY, Scalar.of(rtol)), Scalar.of(atol));
        Node within = Build.binary(Op.LE, Build.unary(Op.ABS, Build.binary(Op.SUB, x, yf)), bound);
        Node result = Build.binary(Op.OR, Build.binary(Op.AND, within, Ufuncs.predicate(Op.ISFINITE, yf)), Build.binary(Op.EQ, x, yf));
        if (equalNan) result = Build.binary(Op.OR, result, Build.binary(Op.AND, Ufuncs.predicate(Op.ISNAN, x), Ufuncs.predicate(Op.ISNAN, yf)));
        return result;
    }

    static boolean allclose(Node x, Node y, double rtol, double atol, boolean equalNan) {
        return new NDArray(Reductions.reduce(Op.ALL, isclose(x, y, rtol, atol, equalNan), null, false)).itemBoolean();
    }

    /** array_equal: false for different shapes (no broadcasting), else all equal, NaN equal to NaN when {@code equalNan}. */
    static boolean arrayEqual(Node a, Node b, boolean equalNan) {
        if (!java.util.Arrays.equals(a.shape(), b.shape())) return false;
        Node eq = Build.binary(Op.EQ, a, b);
        if (equalNan) eq = Build.binary(Op.OR, eq, Build.binary(Op.AND, Ufuncs.predicate(Op.ISNAN, a), Ufuncs.predicate(Op.ISNAN, b)));
        return new NDArray(Reductions.reduce(Op.ALL, eq, null, false)).itemBoolean();
    }
}
