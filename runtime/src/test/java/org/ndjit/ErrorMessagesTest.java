package org.ndjit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One test per user-facing error: the exception type, and a message with NumPy's wording (SEMANTICS
 * 1.1, 1.11, 1.13, 1.14) naming the shapes, axes or values involved. All are thrown while the graph
 * is built, except value errors, which wait for materialization.
 */
class ErrorMessagesTest {
    private static String message(Class<? extends Throwable> type, Executable call) {
        return assertThrows(type, call).getMessage();
    }

    private static void assertMessage(String expected, Class<? extends Throwable> type, Executable call) {
        assertEquals(expected, message(type, call));
    }

    private static void assertMessageContains(Class<? extends Throwable> type, Executable call, String... parts) {
        String m = message(type, call);
        for (String p : parts) assertTrue(m.contains(p), () -> "message \"" + m + "\" lacks \"" + p + "\"");
    }

    @Test
    void incompatibleBroadcast() {
        assertMessage("operands could not be broadcast together with shapes (2,3) (4,)", IllegalArgumentException.class,
                () -> Np.ones(2, 3).add(Np.ones(4)));
        assertMessage("operands could not be broadcast together with shapes (2,) (3,)", IllegalArgumentException.class,
                () -> Np.ones(2).mul(Np.ones(3)));
        assertMessage("operands could not be broadcast together with shapes (0,) (2,)", IllegalArgumentException.class,
                () -> Np.ones(0).add(Np.ones(2)));
    }

    @Test
    void incompatibleBroadcastOfThreeOperands() {
        assertMessage("operands could not be broadcast together with shapes (2,3) (4,) (5,1,1)", IllegalArgumentException.class,
                () -> Np.where(Np.ones(org.ndjit.DType.BOOL, 2, 3), Np.ones(4), Np.ones(5, 1, 1)));
        assertMessage("operands could not be broadcast together with shapes (2,3) (4,) ()", IllegalArgumentException.class,
                () -> Np.ones(2, 3).clip(Np.zeros(4), Np.scalar(1.0)));
    }

    @Test
    void broadcastToAnIncompatibleShape() {
        assertMessage("operands could not be broadcast together with remapped shapes [original->remapped]: (3,)  and requested shape (2,4)",
                IllegalArgumentException.class, () -> Np.ones(3).broadcastTo(2, 4));
    }

    @Test
    void axisOutOfRange() {
        assertMessage("axis 2 is out of bounds for array of dimension 2", IllegalArgumentException.class, () -> Np.ones(2, 3).sum(2));
        assertMessage("axis -3 is out of bounds for array of dimension 2", IllegalArgumentException.class, () -> Np.ones(2, 3).max(-3));
        assertMessage("axis 4 is out of bounds for array of dimension 3", IllegalArgumentException.class, () -> Np.ones(2, 3).expandDims(4));
        assertMessage("axis 1 is out of bounds for array of dimension 0", IllegalArgumentException.class, () -> Np.scalar(1.0).sum(1));
        assertMessageContains(IllegalArgumentException.class, () -> Np.ones(2, 3).sum(new int[] {1, -1}, false), "duplicate value in 'axis'");
    }

    @Test
    void reshapeToADifferentSizeOrWithTwoUnknowns() {
        assertMessage("cannot reshape array of size 12 into shape (5,newaxis)", IllegalArgumentException.class,
                () -> Np.arange(12).reshape(5, -1));
        assertMessage("cannot reshape array of size 12 into shape (5,3)", IllegalArgumentException.class,
                () -> Np.arange(12).reshape(5, 3));
        assertMessage("can only specify one unknown dimension", IllegalArgumentException.class, () -> Np.arange(12).reshape(-1, -1));
        assertMessage("cannot reshape array of size 0 into shape (0,newaxis)", IllegalArgumentException.class,
                () -> Np.zeros(0).reshape(0, -1));
        // NumPy 2.4 leaves a leading -1 out of the text.
        assertMessage("cannot reshape array of size 12 into shape (5)", IllegalArgumentException.class, () -> Np.arange(12).reshape(-1, 5));
        assertMessage("cannot reshape array of size 10 into shape (3,4)", IllegalArgumentException.class, () -> Np.arange(10).reshape(-1, 3, 4));
        assertMessageContains(IllegalArgumentException.class, () -> Np.arange(12).reshape(-2, 6), "negative dimensions not allowed");
    }

    @Test
    void sliceStepOfZero() {
        assertMessage("slice step cannot be zero", IllegalArgumentException.class, () -> Np.arange(5).get("::0"));
    }

    @Test
    void indexOutOfRange() {
        assertMessage("index 3 is out of bounds for axis 0 with size 3", IndexOutOfBoundsException.class, () -> Np.arange(3).get(3));
        assertMessage("index -4 is out of bounds for axis 0 with size 3", IndexOutOfBoundsException.class, () -> Np.arange(3).get(-4));
        assertMessage("index 4 is out of bounds for axis 1 with size 4", IndexOutOfBoundsException.class,
                () -> Np.ones(3, 4).get(":, 4"));
        assertMessage("too many indices for array: array is 2-dimensional, but 3 were indexed", IndexOutOfBoundsException.class,
                () -> Np.ones(2, 3).get(0, 0, 0));
        assertMessage("too many indices for array: array is 0-dimensional, but 1 were indexed", IndexOutOfBoundsException.class,
                () -> Np.scalar(5.0).get(0));
        assertDoesNotThrow(() -> Np.arange(5).get("10:20"), "slice bounds clamp silently");
        assertMessage("index 5 is out of bounds for axis 1 with size 3", IndexOutOfBoundsException.class, () -> Np.zeros(4, 3).get(0, 5));
        assertMessage("index 5 is out of bounds for axis 0 with size 4", IndexOutOfBoundsException.class, () -> Np.zeros(4, 3).get("None, 5"));
    }

    @Test
    void maskOfTheWrongShape() {
        NDArray a = Np.ones(3, 4);
        assertMessage("boolean index did not match indexed array along axis 0; size of axis is 3 but size of corresponding boolean axis is 1",
                IndexOutOfBoundsException.class, () -> a.get(Np.ones(org.ndjit.DType.BOOL, 1, 4)));
        assertMessage("too many indices for array: array is 2-dimensional, but 3 were indexed",
                IndexOutOfBoundsException.class, () -> a.get(Np.ones(org.ndjit.DType.BOOL, 3, 4, 1)));
        assertMessageContains(IndexOutOfBoundsException.class, () -> a.get(Np.ones(3, 4)), "arrays used as indices must be of integer (or boolean) type", "float64");
    }

    @Test
    void matmulMismatch() {
        assertMessage("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 4 is different from 3)",
                IllegalArgumentException.class, () -> Np.ones(2, 3).matmul(Np.ones(4, 5)));
        assertMessage("matmul: Input operand 0 does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)",
                IllegalArgumentException.class, () -> Np.scalar(2.0).matmul(Np.ones(3)));
        assertMessageContains(IllegalArgumentException.class, () -> Np.ones(2, 2, 3).matmul(Np.ones(3, 3, 4)), "(2,) (3,)");
    }

    @Test
    void logicalOpsOnFloats() {
        assertMessageContains(IllegalArgumentException.class, () -> Np.ones(3).and(Np.ones(3)), "logical_and", "float64");
        assertMessageContains(IllegalArgumentException.class, () -> Np.ones(3).not(), "logical_not", "float64");
    }

    @Test
    void emptyMaxAndArgmax() {
        assertMessageContains(IllegalArgumentException.class, () -> Np.zeros(0).max(),
                "zero-size array to reduction operation maximum which has no identity");
        assertMessageContains(IllegalArgumentException.class, () -> Np.zeros(0, 0).min(0),
                "zero-size array to reduction operation minimum which has no identity");
        assertMessageContains(IllegalArgumentException.class, () -> Np.zeros(0).argmax(), "attempt to get argmax of an empty sequence");
        assertDoesNotThrow(() -> Np.zeros(3, 0).max(0), "reduced axes non-empty, output empty: fine");
        assertArrayEquals(new long[] {0}, Np.zeros(3, 0).max(0).shape());
    }

    @Test
    void raggedNestedJavaArrays() {
        assertMessage("setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. "
                + "The detected shape was (2,) + inhomogeneous part.", IllegalArgumentException.class,
                () -> Np.array(new double[][] {{1, 2}, {3}}));
    }

    @Test
    void meanVarAndDdofOverTooFewElements() {
        assertMessageContains(IllegalArgumentException.class, () -> Np.zeros(0).mean(), "mean of an empty slice", "(0,)");
        assertMessageContains(IllegalArgumentException.class, () -> Np.ones(3).var(null, false, 3), "ddof 3 >= 3");
        assertMessageContains(IllegalArgumentException.class, () -> Np.ones(3).std(null, false, -1), "ddof must be >= 0");
    }

    @Test
    void transposeAndSqueezeAxes() {
        assertMessageContains(IllegalArgumentException.class, () -> Np.ones(2, 3).transpose(0, 0), "repeated axis in transpose");
        assertMessageContains(IllegalArgumentException.class, () -> Np.ones(2, 3).transpose(0), "axes don't match array");
        assertMessageContains(IllegalArgumentException.class, () -> Np.ones(3).squeeze(0),
                "cannot select an axis to squeeze out which has size not equal to one");
    }

    @Test
    void unsupportedBoolArithmetic() {
        assertMessageContains(IllegalArgumentException.class, () -> Np.ones(org.ndjit.DType.BOOL, 2).sub(Np.ones(org.ndjit.DType.BOOL, 2)),
                "numpy boolean subtract");
        assertMessageContains(IllegalArgumentException.class, () -> Np.ones(org.ndjit.DType.BOOL, 2).neg(), "numpy boolean negative");
    }

    @Test
    void weakIntegerOutOfRangeForInt32() {
        assertMessage("Python integer 1099511627776 out of bounds for int32", IllegalArgumentException.class,
                () -> Np.array(new int[] {1, 2}).add(1L << 40));
        assertDoesNotThrow(() -> Np.array(new int[] {1, 2}).lt(1L << 40), "comparisons are exact and do not raise");
    }

    @Test
    void arrayTooLarge() {
        assertMessageContains(IllegalArgumentException.class, () -> Np.zeros(1 << 22, 1 << 22, 1 << 22), "array is too large");
        assertMessageContains(IllegalArgumentException.class, () -> Np.zeros(-1), "negative dimensions");
    }

    @Test
    void integerDivisionByZeroWaitsForMaterialization() {
        NDArray a = Np.array(new long[][] {{7, 8}, {9, 10}});
        NDArray b = Np.array(new long[][] {{1, 2}, {0, 5}});
        NDArray q = a.floorDiv(b);
        assertMessage("integer division by zero in floor_divide (at index (1, 0))", ArithmeticException.class, q::toString);
        assertMessage("integer division by zero in remainder (at index (1, 0))", ArithmeticException.class, () -> a.mod(b).eval());
        // A failed materialization is retried and fails the same way.
        assertMessage("integer division by zero in floor_divide (at index (1, 0))", ArithmeticException.class, q::toString);
        assertMessageContains(ArithmeticException.class, () -> a.pow(b.neg()).eval(), "Integers to negative integer powers are not allowed");
        assertMessageContains(IllegalArgumentException.class, () -> a.pow(-1), "Integers to negative integer powers are not allowed");
    }
}
