package org.ndjit;

/** NumPy's {@code LinAlgError}: a matrix the operation cannot handle (singular, not square, not positive definite). */
public class LinAlgException extends ArithmeticException {
    public LinAlgException(String message) {
        super(message);
    }
}
