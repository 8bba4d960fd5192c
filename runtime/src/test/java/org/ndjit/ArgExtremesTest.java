package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;

import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * argmax and argmin of floats find each block's answer with vectors along rows and keep values and
 * positions in vectors across rows: the indices must be the reference's (the first NaN, else the
 * first occurrence of the extreme) for rows of lengths around the vector widths and the scratch
 * block, many ties (+0.0 and -0.0 among them), NaN early, late or absent, infinities, float32, over
 * either axis and over everything (chunks merged), at parallelism 1 and 16.
 */
class ArgExtremesTest {
    private static final int[] LENGTHS = {1, 2, 7, 8, 9, 16, 17, 1023, 1024, 1025, 3000};

    private static final List<Function<NDArray, NDArray>> REDUCTIONS = List.of(
            x -> x.argmax(1), x -> x.argmin(1), x -> x.argmax(0), x -> x.argmin(0),
            x -> x.mul(-1.5).argmax(1), x -> x.astype(DType.FLOAT32).argmin(1), x -> x.astype(DType.FLOAT32).argmax(0),
            x -> x.argmax(), x -> x.argmin());

    /** Small integers as floats (ties everywhere), zeros of both signs, and per case a NaN or infinities. */
    private static double[] data(long seed, int n, int special) {
        java.util.Random rnd = new java.util.Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            int v = rnd.nextInt(9) - 4;
            x[i] = v == 0 && rnd.nextBoolean() ? -0.0 : v;
        }
        switch (special) {
            case 1 -> x[rnd.nextInt(n)] = Double.NaN;
            case 2 -> { x[n - 1] = Double.NaN; x[rnd.nextInt(n)] = Double.NaN; }
            case 3 -> { x[rnd.nextInt(n)] = Double.POSITIVE_INFINITY; x[rnd.nextInt(n)] = Double.NEGATIVE_INFINITY; }
            case 4 -> { for (int i = 0; i < n; i += 5) x[i] = Double.NaN; }
            default -> { }
        }
        return x;
    }

    @Test
    void indicesEqualTheReference() {
        for (String parallelism : new String[] {"1", "16"}) {
            System.setProperty("ndjit.parallelism", parallelism);
            try {
                for (int length : LENGTHS) {
                    for (int rows : new int[] {1, 3, 40}) {
                        for (int special = 0; special < 5; special++) {
                            NDArray x = Np.array(data(length * 7L + rows * 3L + special, rows * length, special)).reshape(rows, length);
                            for (int r = 0; r < REDUCTIONS.size(); r++) {
                                NDArray result = REDUCTIONS.get(r).apply(x);
                                StridedArray expected = ReferenceEvaluator.evaluate(result.node()), actual = result.value();
                                for (long i = 0; i < expected.size(); i++) {
                                    assertEquals(expected.getLongFlat(i), actual.getLongFlat(i), "reduction " + r + " shape (" + rows + ", " + length
                                            + ") special " + special + " element " + i + " at parallelism " + parallelism);
                                }
                            }
                        }
                    }
                }
            } finally {
                System.clearProperty("ndjit.parallelism");
            }
        }
    }
}
