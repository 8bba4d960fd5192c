package org.ndjit.ir;

import org.ndjit.DType;
/**
 * NumPy's {@code np.nonzero(mask)} stacked: {@code NONZERO(mask)} is an int64 array of shape
 * {@code (mask.ndim, count)} whose column t holds the indices of the mask's t-th true element in C
 * order (row d is {@code np.nonzero(mask)[d]}). Like a mask selection its length depends on the
 * data: the caller counts first and gives the count. Other dtypes are made a mask by the caller
 * ({@code x != 0}: NaN is non-zero, -0.0 zero, as in NumPy).
 */
public final class Nonzero {
    private Nonzero() {}

    public static Node node(Node x, long count) {
        if (x.dtype() != DType.BOOL) throw new IllegalArgumentException("nonzero takes a bool mask, got " + x.dtype());
        if (x.ndim() == 0) {
            throw new IllegalArgumentException("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.");
        }
        if (count < 0 || count > x.size()) throw new IllegalArgumentException("non-zero count " + count + " out of range for " + x.size() + " elements");
        return Node.of(Op.NONZERO, DType.INT64, new long[] {x.ndim(), count}, count, x);
    }

    static StridedArray evaluate(Node n, StridedArray x) {
        StridedArray out = StridedArray.allocate(DType.INT64, n.shape());
        long[] shape = x.shape();
        long count = n.dim(1), found = 0;
        OffsetIterator it = new OffsetIterator(x.layout());
        for (long flat = 0; flat < x.size(); flat++) {
            long at = it.next();
            if (!x.buffer().getBool(at)) continue;
            if (found == count) throw new IllegalStateException("more than the " + count + " non-zero elements counted");
            long rest = flat;
            for (int d = shape.length - 1; d >= 0; d--) {
                out.buffer().setLong(d * count + found, rest % shape[d]);
                rest /= shape[d];
            }
            found++;
        }
        if (found != count) throw new IllegalStateException(found + " non-zero elements, " + count + " counted");
        return out;
    }
}
