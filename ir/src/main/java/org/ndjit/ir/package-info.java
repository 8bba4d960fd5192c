/**
 * The bottom of API -> plan -> lower -> compile -> run: what an expression is and what it means.
 * Immutable, hash-consed graph nodes ({@link org.ndjit.ir.Node}, built through the checked factories
 * of {@link org.ndjit.ir.Nodes}); the op table ({@link org.ndjit.ir.Op}), which every layer reads;
 * dtypes, shapes and broadcasting, strided layouts (views are layouts, never copies) and off-heap
 * buffers; and the eager reference evaluator ({@link org.ndjit.ir.ReferenceEvaluator}, with
 * {@link org.ndjit.ir.ScalarMath}, {@link org.ndjit.ir.Reduction} and, for sorts, scans and searches
 * ({@link org.ndjit.ir.RoutineNodes}), {@link org.ndjit.ir.RoutineReference}), which defines what every
 * operation computes and which every compiled path is tested against. Depends on the JDK only.
 */
package org.ndjit.ir;
