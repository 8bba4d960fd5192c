/**
 * The public API, the top of API -> plan -> lower -> compile -> run: {@link org.ndjit.Np} (creation
 * and free functions) and {@link org.ndjit.NDArray} (every operation as a method, lazily building
 * graph nodes with NumPy's promotion and error messages), NumPy's {@code .npy}/{@code .npz} files
 * ({@link org.ndjit.NpyFiles}) and NumPy's print format. Reading a result hands its node to the
 * engine; nothing here runs kernels.
 */
package org.ndjit;
