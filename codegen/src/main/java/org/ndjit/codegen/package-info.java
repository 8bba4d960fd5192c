/**
 * Code generation and kernel execution: each fused kernel of a plan becomes a hidden JVM class written
 * with ASM ({@link org.ndjit.codegen.RowKernelCompiler}), with a Vector API main loop where that gives
 * the same bits as scalar code ({@link org.ndjit.codegen.VectorLoop}); classes are cached by structure
 * ({@link org.ndjit.codegen.KernelCache}) and driven over rows, in parallel where it pays
 * ({@link org.ndjit.codegen.KernelRunner}). Only {@code VectorSupport}, {@code VectorMatmul},
 * {@code VectorMath}, {@code VectorLanes} and the generated classes name Vector API types.
 */
package org.ndjit.codegen;
