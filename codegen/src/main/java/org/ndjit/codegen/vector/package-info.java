/**
 * The Vector API ({@code jdk.incubator.vector}), and the only package that names it: the vector main
 * loops of row kernels ({@link org.ndjit.codegen.vector.VectorEmitter}, bools as masks in
 * {@link org.ndjit.codegen.vector.VectorMasks}), lanewise twins of the library's math functions
 * ({@link org.ndjit.codegen.vector.VectorMath}), float sums' lanes in registers and the blocked
 * matmul kernel. Loaded only through {@link org.ndjit.codegen.vector.PanamaProvider}, by name, after
 * {@link org.ndjit.codegen.Vectorization} has checked the module is there.
 */
package org.ndjit.codegen.vector;
