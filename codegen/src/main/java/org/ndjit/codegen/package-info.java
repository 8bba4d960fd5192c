/**
 * Code generation: a {@link org.ndjit.codegen.KernelSpec} (a fused kernel's ops and dtypes, inputs
 * renumbered; it knows nothing of plans) in, a hidden JVM class out, written with ASM by
 * {@link org.ndjit.codegen.RowKernelCompiler} and cached by structure in
 * {@link org.ndjit.codegen.KernelCache}. The scalar loop is always there; a main loop comes from the
 * {@link org.ndjit.codegen.LoopEmitter} that {@link org.ndjit.codegen.Vectorization} chose once. Only
 * package {@code org.ndjit.codegen.vector} (and the classes it generates) names Vector API types.
 * {@link org.ndjit.codegen.MethodSize} is the bytecode cost model the planner asks.
 */
package org.ndjit.codegen;
