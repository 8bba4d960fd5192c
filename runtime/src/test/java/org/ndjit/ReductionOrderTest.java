package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.engine.KernelRunner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.ndjit.CodegenEdgeSupport.assertNone;
import static org.ndjit.CodegenEdgeSupport.matchesReference;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reductions over transposed and permuted inputs visit the kept axes, then the reduced ones (or the
 * reverse) when that reads memory in order (ReductionOrder): every reduction equals the reference
 * bit for bit (each output meets its elements in the written order) for float sums and means (float
 * lanes and compensation), variances (two passes sharing the mean), products, max and min with NaN,
 * argmax and argmin with ties (the flat index over the reduced axes), any and all, over 2-D
 * transposes and 3-D permutations, every set of axes, sizes around the block of 1,024 and the vector
 * widths, in float64, float32, int8 and bool; the reordering happens exactly where an axis
 * other than the innermost is nearer in memory. About 8 s (a new kernel per case).
 */
class ReductionOrderTest {
    private static final List<Function<NDArray, NDArray>> OPS = List.of(
            x -> x.sum(new int[] {0}, false), x -> x.mean(0), x -> x.max(0), x -> x.argmax(0), x -> x.any(0),
            x -> x.sum(new int[] {1}, false), x -> x.min(1), x -> x.argmin(1), x -> x.prod(1), x -> x.all(1));

    @Test
    void transposedReductionsEqualTheReference() {
        List<String> failures = new ArrayList<>();
        for (DType d : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.INT8, DType.BOOL}) {
            for (int[] shape : new int[][] {{1030, 37}, {5, 1030}, {3, 4}}) {
                for (int op = 0; op < OPS.size(); op++) {
                    // new arrays for each op: a mean over the axes of an earlier sum would reuse that sum (hash-consing)
                    NDArray m = values(d, shape[0] * shape[1], shape[0] * 31L + shape[1] + op).reshape(shape[0], shape[1]);
                    String where = d + " (" + shape[0] + ", " + shape[1] + ").T op " + op;
                    long before = KernelRunner.reorderedReductions();
                    matchesReference(OPS.get(op).apply(m.T()), where, failures);
                    // the transpose's innermost axis steps by whole rows; either group last steps by one element
                    assertEquals(1, KernelRunner.reorderedReductions() - before, where + ": reordered");
                    before = KernelRunner.reorderedReductions();
                    matchesReference(OPS.get(op).apply(m), where.replace(".T", ""), failures);
                    assertEquals(0, KernelRunner.reorderedReductions() - before, where + ": C order is not reordered");
                }
                NDArray m = values(d, shape[0] * shape[1], shape[0] * 37L + shape[1]).reshape(shape[0], shape[1]);
                matchesReference(m.T().var(0), d + " var of a transpose", failures);
                matchesReference(m.T().std(1, true), d + " std of a transpose, keepdims", failures);
            }
            // C order with an axis of one element last: its axis of 7 is walked by single elements already
            NDArray column = values(d, 50 * 7, 3).reshape(50, 7, 1);
            long before = KernelRunner.reorderedReductions();
            matchesReference(column.argmin(0), d + " argmin(0) of (50, 7, 1)", failures);
            matchesReference(column.sum(new int[] {0}, false), d + " sum(0) of (50, 7, 1)", failures);
            assertEquals(0, KernelRunner.reorderedReductions() - before, d + " (50, 7, 1): C order is not reordered");
            NDArray cube = values(d, 6 * 7 * 130, 7).reshape(6, 7, 130);
            for (int[] perm : new int[][] {{2, 0, 1}, {2, 1, 0}}) {
                NDArray p = cube.transpose(perm);
                for (int[] axes : new int[][] {{0}, {1}, {2}, {0, 1}, {0, 2}, {1, 2}}) {
                    String where = d + " cube.transpose" + java.util.Arrays.toString(perm) + " over " + java.util.Arrays.toString(axes);
                    matchesReference(p.sum(axes, false), where + " sum", failures);
                    matchesReference(p.max(axes, true), where + " max", failures);
                    matchesReference(p.any(axes, false), where + " any", failures);
                    // a product's rounding depends on its order (a compensated sum's hardly does)
                    if (d.isFloat()) matchesReference(p.mul(0.01).add(1).prod(axes, false), where + " prod", failures);
                }
                matchesReference(p.argmax(1), d + " argmax(1) of cube.transpose" + java.util.Arrays.toString(perm), failures);
                matchesReference(p.mean(new int[] {0, 2}, false), d + " mean(0, 2) of cube.transpose" + java.util.Arrays.toString(perm), failures);
            }
        }
        assertNone(failures);
    }

    /**
     * Normal floats (a sum in another order would show in their last bits, which the NaN and
     * infinities of TailsAndStridesTest's arrays would hide), except a few NaN in the largest; the
     * test arrays of the other dtypes.
     */
    private static NDArray values(DType d, int n, long seed) {
        return switch (d) {
            case FLOAT64, FLOAT32 -> {
                double[] v = Np.random(seed).randn(n).toDoubleArray();
                if (n > 1000) for (int i = 17; i < n; i += 997) v[i] = Double.NaN;
                yield Np.array(v).astype(d);
            }
            default -> TailsAndStridesTest.values(d, n, seed);
        };
    }

}
