package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.engine.KernelRunner;

import java.util.ArrayList;
import java.util.List;

import static org.ndjit.CodegenEdgeSupport.assertNone;
import static org.ndjit.CodegenEdgeSupport.matchesReference;
import static org.ndjit.TailsAndStridesTest.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Elementwise loops whose innermost axis is short (at most 8 elements) and cannot be merged with the
 * next, over views that break C order ({@code x[::-1]}, {@code x[::2]}, a flipped and transposed
 * image), run their rows along a long axis and scatter the output (LongerRows): results equal the
 * reference bit for bit for elements of 8, 4, 2 and 1 bytes, inner lengths around the threshold
 * (2, 3, 8 run along the long axis; 9 does not), long axes around the threshold (63 does not, 64 and
 * 2,500 do: rows in blocks of 1,024 with a partial last one), a broadcast column, an output that is
 * a region of a wider array, and rows split over two threads. About 2 s.
 */
class LongerRowsTest {
    @Test
    void rowsAlongALongAxisEqualTheReference() {
        List<String> failures = new ArrayList<>();
        for (DType d : new DType[] {DType.FLOAT64, DType.INT64, DType.FLOAT32, DType.INT32, DType.FLOAT16, DType.INT16, DType.INT8, DType.BOOL}) {
            for (int n : new int[] {2, 3, 8, 9}) {
                for (int rows : new int[] {63, 64, 2500}) {
                    NDArray x = values(d, rows * 2 * n, 31L * n + rows).reshape(rows * 2, n);
                    NDArray column = values(d, rows, rows + 5L).reshape(rows, 1);
                    String where = d + " (" + rows * 2 + ", " + n + ")";
                    boolean along = n <= 8 && rows >= 64;
                    expectRun(along, () -> matchesReference(x.get("::-2").mul(x.get("1::2")), where + " x[::-2] * x[1::2]", failures), where);
                    expectRun(along, () -> matchesReference(x.get("::2").add(column).maximum(x.get("-1::-2")), where + " max(x[::2] + column, x[::-2])", failures), where);
                    matchesReference(x.get("::-2").gt(x.get("::2")), where + " comparison", failures);
                }
            }
        }
        NDArray image = values(DType.FLOAT32, 130 * 140 * 3, 3).reshape(130, 140, 3);
        NDArray rotated = image.get("::-1, ::-1").transpose(1, 0, 2);
        NDArray sum = null;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                NDArray shifted = rotated.get(i + ":" + (138 + i) + ", " + j + ":" + (128 + j));
                sum = sum == null ? shifted : sum.add(shifted);
            }
        }
        NDArray blur = sum.div(9);
        expectRun(true, () -> matchesReference(blur, "3 x 3 blur of a flipped, transposed image", failures), "image");
        NDArray wide = Np.zeros(DType.FLOAT64, 200, 7);
        NDArray x = values(DType.FLOAT64, 400 * 3, 9).reshape(400, 3);
        matchesReference(wide.set(":, 2:5", x.get("::-2").mul(3)), "into a region of a wider array", failures);
        FusionRegressionTest.withParallelism("2", () -> {
            // 100,000 x 3 elements: over 2 x Parallel.MIN_PART, so the rows are split between threads.
            NDArray big = values(DType.FLOAT64, 200_000 * 3, 11).reshape(200_000, 3);
            matchesReference(big.get("::-2").sub(big.get("1::2")), "(100000, 3) on two threads", failures);
        });
        assertNone(failures);
    }

    /** Runs {@code check}, which evaluates one expression, and asserts whether it ran along a long axis. */
    private static void expectRun(boolean along, Runnable check, String where) {
        long before = KernelRunner.longerRowLoops();
        check.run();
        assertEquals(along, KernelRunner.longerRowLoops() > before, where + ": rows along a long axis");
    }


}
