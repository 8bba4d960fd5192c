/**
 * The programs benchmark: whole programs written as a user writes them with the public API
 * ({@link org.ndjit.benchmarks.programs.Program}), each timed in a fresh JVM beside the same program
 * in NumPy ({@code benchmarks/numpy_programs.py}) in a fresh python3, on the same data, with the
 * answers compared; {@link org.ndjit.benchmarks.programs.ProgramsReport} runs it all.
 */
package org.ndjit.benchmarks.programs;
