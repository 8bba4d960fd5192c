package org.ndjit;

/** NumPy's {@code LinAlgError}: a matrix the operation cannot handle (singular, not square, not positive definite). */
public class LinAlgException extends ArithmeticException {
    /**
     * An exception with NumPy's message, e.g. {@code "Singular matrix"}.
     *
     * @param message what the matrix is (the library's messages are NumPy's)
     */
    public LinAlgException(String message) {
        super(message);
    }
}
