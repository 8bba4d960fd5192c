/**
 * The benchmark suite and its report: {@link org.ndjit.benchmarks.Pipeline} defines the pipelines
 * (B1..B12) and their data, {@link org.ndjit.benchmarks.PipelineBench} and
 * {@link org.ndjit.benchmarks.CompileBench} are the JMH benchmarks, {@link org.ndjit.benchmarks.HandScalar}
 * and {@link org.ndjit.benchmarks.HandVector} the hand-written loops they are compared with, and
 * {@link org.ndjit.benchmarks.Report} runs everything (with NumPy) and prints the table. The
 * {@code programs} package compares whole programs with NumPy.
 */
package org.ndjit.benchmarks;
