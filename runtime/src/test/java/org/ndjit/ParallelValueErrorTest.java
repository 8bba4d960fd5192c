package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.ir.ReferenceEvaluator;

import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * SEMANTICS 1.4 and 3.15: integer division by zero inside a large kernel that runs in parallel
 * parts throws ArithmeticException with the reference's message, which names the first failing
 * index in C order, at every parallelism and on every attempt (a failed materialization is retried).
 * Zeros are placed in more than one part, the later part's zero where a fast worker would meet it first.
 */
class ParallelValueErrorTest {
    static final int N = 3 * (1 << 17) + 5;

    private static String referenceMessage(NDArray x) {
        try {
            ReferenceEvaluator.evaluate(x.node());
        } catch (ArithmeticException e) {
            return e.getMessage();
        }
        return fail("the reference does not raise for " + x.graph());
    }

    private static void assertRaisesLikeTheReference(Supplier<NDArray> build, String expectedIndex) {
        String message = referenceMessage(build.get());
        assertTrue(message.contains(expectedIndex), message);
        for (String parallelism : new String[] {null, "1", "2", "3", "16"}) {
            String before = System.getProperty("ndjit.parallelism");
            if (parallelism != null) System.setProperty("ndjit.parallelism", parallelism);
            try {
                NDArray x = build.get();
                for (int attempt = 0; attempt < 5; attempt++) {
                    ArithmeticException e = assertThrows(ArithmeticException.class, x::eval,
                            "parallelism " + parallelism + ", attempt " + attempt);
                    assertEquals(message, e.getMessage(), "parallelism " + parallelism + ", attempt " + attempt);
                }
            } finally {
                if (before == null) System.clearProperty("ndjit.parallelism");
                else System.setProperty("ndjit.parallelism", before);
            }
        }
    }

    static long[] numerators(int n) {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = i * 7L - n;
        return a;
    }

    static long[] divisors(int n, int... zeros) {
        long[] b = new long[n];
        for (int i = 0; i < n; i++) b[i] = (i % 5) - 7;
        for (int z : zeros) b[z] = 0;
        return b;
    }

    @Test
    void int64FloorDivideByZeroInTheMiddleOfAParallelRow() {
        long[] a = numerators(N), b = divisors(N, N / 2 + 3, N - 11);
        assertRaisesLikeTheReference(() -> Np.array(a).floorDiv(Np.array(b)).add(1), "(" + (N / 2 + 3) + ",)");
    }

    @Test
    void int32RemainderByZeroAcrossParallelRows() {
        int rows = 6, cols = N / rows;
        int[] a = new int[rows * cols], b = new int[rows * cols];
        for (int i = 0; i < a.length; i++) { a[i] = i - 1000; b[i] = (i % 9) + 1; }
        b[4 * cols + 17] = 0;   // row 4: the last part at parallelism 2 or 3
        b[2 * cols + cols - 1] = 0; // row 2, last column: the first failing index
        b[5 * cols] = 0;
        assertRaisesLikeTheReference(() -> Np.array(a).reshape(rows, cols).mod(Np.array(b).reshape(rows, cols)).mul(3),
                "(2, " + (cols - 1) + ")");
    }

    @Test
    void floorDivideByABroadcastRowWithAZero() {
        int rows = 4, cols = N / rows;
        long[] a = numerators(rows * cols);
        long[] b = divisors(cols, cols - 2, 5);
        assertRaisesLikeTheReference(() -> Np.array(a).reshape(rows, cols).floorDiv(Np.array(b).reshape(1, cols)),
                "(0, 5)");
    }

    @Test
    void floorDivideByZeroInsideAReduction() {
        long[] a = numerators(N), b = divisors(N, N - 2, N / 3);
        assertRaisesLikeTheReference(() -> Np.array(a).floorDiv(Np.array(b)).sum(), "(" + (N / 3) + ",)");
    }

    /** Reductions that can raise keep their place (none joins a shared pass ahead of another step): the reference's error. */
    @Test
    void floorDivideByZeroInsideARowNormalization() {
        long[] a = numerators(N), b = divisors(N, N - 2, N / 3);
        java.util.function.Supplier<NDArray> rowNormalization = () -> {
            NDArray q = Np.array(a).reshape(1, -1).floorDiv(Np.array(b).reshape(1, -1));
            return q.sub(q.mean(1, true)).div(q.std(1, true));
        };
        assertRaisesLikeTheReference(rowNormalization, "(0, " + (N / 3) + ")");
    }

    @Test
    void floorDivideByZeroInAReversedView() {
        long[] a = numerators(N), b = divisors(N, 10, N - 20);
        // b[::-1] meets b[N-20] at index 19 before b[10] at index N-11.
        assertRaisesLikeTheReference(() -> Np.array(a).floorDiv(Np.array(b).get("::-1")).astype(DType.FLOAT64), "(19,)");
    }

    @Test
    void theSameArraysComputeOnceTheDivisorIsFixed() {
        long[] a = numerators(N), b = divisors(N);
        NDArray q = Np.array(a).floorDiv(Np.array(b));
        CodegenEdgeSupport.assertMatchesReference(q, "no zero divisor");
    }
}
