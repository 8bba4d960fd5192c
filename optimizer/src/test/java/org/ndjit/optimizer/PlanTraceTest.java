package org.ndjit.optimizer;

import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.ir.Node;
import org.ndjit.ir.Op;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ndjit.optimizer.Graphs.array;
import static org.ndjit.optimizer.Graphs.constant;
import static org.ndjit.optimizer.Graphs.eager;
import static org.ndjit.optimizer.Graphs.op;
import static org.ndjit.optimizer.Graphs.plan;
import static org.ndjit.optimizer.Graphs.reduce;

/** {@code -Dndjit.debug=3}: the plan in progress on standard error after each pass, in the pipeline's order. */
class PlanTraceTest {
    /** What planning prints to standard error at this debug level. */
    private static String traced(String level, Supplier<String> planning) {
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setProperty("ndjit.debug", level);
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            planning.get();
        } finally {
            System.setErr(err);
            System.clearProperty("ndjit.debug");
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static List<String> passes(String trace) {
        return trace.lines().filter(l -> l.startsWith("after ")).toList();
    }

    /** {@code sqrt(sum(x * 1))}: the multiply is gone after SimplifyGraph, the sqrt joins the sum's step in FuseReduceEpilogues. */
    @Test
    void eachPassPrintsThePlanAfterIt() {
        Node x = array(DType.FLOAT64, 4);
        assertEquals("""
                after SimplifyGraph:
                graph: 3 nodes, 0 marked
                %0 = buffer f64[4]
                %1 = sum f64[] %0 {axes=[0]}
                %2 = sqrt f64[] %1
                after SplitOverConcatenations:
                graph: 3 nodes, 0 marked
                %0 = buffer f64[4]
                %1 = sum f64[] %0 {axes=[0]}
                %2 = sqrt f64[] %1
                after MarkMaterialized:
                graph: 3 nodes, 2 marked
                %0 = buffer f64[4]
                %1 = sum f64[] %0 {axes=[0]}  materialized: a reduction
                %2 = sqrt f64[] %1  materialized: the result
                after ShareAcrossResults:
                graph: 3 nodes, 2 marked
                %0 = buffer f64[4]
                %1 = sum f64[] %0 {axes=[0]}  materialized: a reduction
                %2 = sqrt f64[] %1  materialized: the result
                after BuildSteps:
                plan: 2 kernels, 1 intermediate
                kernel 0: t0 f64[] = reduce sum axes=[0]
                  loop: i0 < 4 (i0 innermost), reducing i0
                  fuses: (copy)
                  reads: buffer f64[4] strides (1,)
                  materialized: a reduction
                kernel 1: t1 f64[] = elementwise
                  loop: one element
                  fuses: sqrt
                  reads: t0 f64[]
                after UntilNoNewMarks(SplitOversizedKernels, KeepValueErrors):
                plan: 2 kernels, 1 intermediate
                kernel 0: t0 f64[] = reduce sum axes=[0]
                  loop: i0 < 4 (i0 innermost), reducing i0
                  fuses: (copy)
                  reads: buffer f64[4] strides (1,)
                  materialized: a reduction
                kernel 1: t1 f64[] = elementwise
                  loop: one element
                  fuses: sqrt
                  reads: t0 f64[]
                after FuseReduceEpilogues:
                plan: 1 kernel, 0 intermediates
                kernel 0: t0 f64[] = reduce sum axes=[0]
                  loop: i0 < 4 (i0 innermost), reducing i0
                  fuses: (copy)
                  reads: buffer f64[4] strides (1,)
                  then on the reduced values: sqrt -> f64[]
                after SharePasses:
                plan: 1 kernel, 0 intermediates
                kernel 0: t0 f64[] = reduce sum axes=[0]
                  loop: i0 < 4 (i0 innermost), reducing i0
                  fuses: (copy)
                  reads: buffer f64[4] strides (1,)
                  then on the reduced values: sqrt -> f64[]
                after FuseContractionEpilogues:
                plan: 1 kernel, 0 intermediates
                kernel 0: t0 f64[] = reduce sum axes=[0]
                  loop: i0 < 4 (i0 innermost), reducing i0
                  fuses: (copy)
                  reads: buffer f64[4] strides (1,)
                  then on the reduced values: sqrt -> f64[]
                after FuseRowGroups:
                plan: 1 kernel, 0 intermediates
                kernel 0: t0 f64[] = reduce sum axes=[0]
                  loop: i0 < 4 (i0 innermost), reducing i0
                  fuses: (copy)
                  reads: buffer f64[4] strides (1,)
                  then on the reduced values: sqrt -> f64[]
                after ShareBlockValues:
                plan: 1 kernel, 0 intermediates
                kernel 0: t0 f64[] = reduce sum axes=[0]
                  loop: i0 < 4 (i0 innermost), reducing i0
                  fuses: (copy)
                  reads: buffer f64[4] strides (1,)
                  then on the reduced values: sqrt -> f64[]
                """, traced("3", () -> plan(op(Op.SQRT, reduce(Op.SUM, op(Op.MUL, x, constant(1.0)), 0)))));
    }

    @Test
    void theFusedPipelinePrintsOneBlockPerPass() {
        Node a = array(DType.FLOAT64, 10), b = array(DType.FLOAT64, 10);
        assertEquals(List.of(
                "after SimplifyGraph:",
                "after SplitOverConcatenations:",
                "after MarkMaterialized:",
                "after ShareAcrossResults:",
                "after BuildSteps:",
                "after UntilNoNewMarks(SplitOversizedKernels, KeepValueErrors):",
                "after FuseReduceEpilogues:",
                "after SharePasses:",
                "after FuseContractionEpilogues:",
                "after FuseRowGroups:",
                "after ShareBlockValues:"), passes(traced("3", () -> plan(op(Op.ADD, a, b)))));
    }

    @Test
    void eagerModePrintsItsShorterPipeline() {
        Node a = array(DType.FLOAT64, 10), b = array(DType.FLOAT64, 10);
        assertEquals(List.of(
                "after MarkEveryOp:",
                "after BuildSteps:",
                "after UntilNoNewMarks(SplitOversizedKernels, KeepValueErrors):"), passes(traced("3", () -> eager(op(Op.ADD, a, b)))));
    }

    @Test
    void belowLevelThreeNothingIsPrinted() {
        Node a = array(DType.FLOAT64, 10);
        assertEquals("", traced("2", () -> plan(op(Op.MUL, a, constant(2.0)))));
    }
}
