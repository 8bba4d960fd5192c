package org.ndjit;

import org.ndjit.engine.KernelRunner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Float sums along rows of at most 8 elements (k-means' squared distances over 2-D points), run
 * along their longest kept axis (ShortRowSums), equal the reference bit for bit, as do those whose
 * kept axes are all short (through the accumulators): rows of 1 to 9 elements (9 takes the
 * accumulators), the three float dtypes, broadcast, reversed and transposed operands, keepdims, a
 * sum over a leading axis of length 1 as well, values with NaN, infinities and zeros, and a large
 * array split over threads. About 2 s.
 */
class ShortRowReductionTest {
    @Test
    void shortRowsEqualTheReference() {
        List<String> failures = new ArrayList<>();
        long alongKept = KernelRunner.shortRowsAlongKeptAxisPasses();
        for (DType d : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.FLOAT16}) {
            for (int len = 1; len <= 9; len++) {
                NDArray points = TailsAndStridesTest.array(d, 37 * len, len).reshape(37, len);
                NDArray centres = TailsAndStridesTest.array(d, 5 * len, len + 20).reshape(5, len);
                NDArray distances = points.expandDims(1).sub(centres.expandDims(0)).pow(2);
                check(distances.sum(2), d + " squared distances over " + len, failures);
                check(distances.sum(new int[] {2}, true), d + " keepdims over " + len, failures);
                check(points.get("::-1, ::-1").mul(centres.get("1:2")).sum(1), d + " reversed times broadcast row over " + len, failures);
                check(points.reshape(37, 1, len).sum(new int[] {1, 2}, false), d + " over a unit axis and " + len, failures);
                NDArray few = points.get(":15").reshape(5, 3, len); // no kept axis long enough to run along: the accumulators
                check(few.sub(centres.get(":3")).pow(2).sum(2), d + " (5, 3, " + len + ") through accumulators", failures);
                check(few.transpose(1, 0, 2).mul(2.5).sum(new int[] {2}, true), d + " transposed (3, 5, " + len + ")", failures);
            }
        }
        NDArray big = TailsAndStridesTest.array(DType.FLOAT64, 3 * 200_000, 3).reshape(200_000, 3);
        check(big.mul(big).sum(1), "float64 (200000, 3) along rows", failures);
        if (!failures.isEmpty()) throw new AssertionError(failures.size() + " failures:\n  " + String.join("\n  ", failures));
        assertTrue(KernelRunner.shortRowsAlongKeptAxisPasses() > alongKept, "no sum ran along a kept axis");
    }

    private static void check(NDArray sum, String what, List<String> failures) {
        try {
            CodegenEdgeSupport.assertMatchesReference(sum, what);
        } catch (AssertionError | RuntimeException e) {
            failures.add(String.valueOf(e));
        }
    }
}
