/**
 * The engine runs plans: API -> plan -> lower -> compile -> run. {@link org.ndjit.engine.Materializer}
 * computes a node once (whichever thread asks first); {@link org.ndjit.engine.Execution} asks the
 * optimizer for the node's plan (handing it codegen's kernel-size budget), lowers each kernel step to
 * a codegen spec ({@link org.ndjit.engine.Lower}, the only place that turns a plan step into a spec),
 * gets the compiled class from the kernel cache and drives it over the input buffers:
 * {@link org.ndjit.engine.KernelRunner} (elementwise rows, column bands for strided inputs),
 * {@link org.ndjit.engine.ReducePass} (reductions through L1 scratch blocks or float sums in
 * registers, shared passes, fixed chunks merged in order), {@link org.ndjit.engine.RowGroups} (a row's
 * reductions and the work reading them, a block of rows at a time, their block values in buffers of
 * one block), {@link org.ndjit.engine.ContractionRunner}
 * (matmul with its epilogue), {@link org.ndjit.engine.Compress} (mask selection),
 * {@link org.ndjit.engine.LineRoutines}, {@link org.ndjit.engine.PartitionRoutine} and
 * {@link org.ndjit.engine.Search} (sorts, scans, selections and searches along an axis), split over threads by
 * {@link org.ndjit.engine.Parallel} with results independent of the split. It is the only module that
 * reads {@code optimizer.Step}; {@link org.ndjit.engine.Explain} adds each kernel's compilation status to
 * the optimizer's plan text.
 */
package org.ndjit.engine;
