package org.ndjit;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The reduce kernels' two drivers (inner axis reduced: whole rows per output; inner axis kept: each
 * row updates a row of outputs) and the 1024-element scratch blocks, for every subset of axes of
 * 3-D arrays whose inner length straddles VL and the block size, over fused chains, reversed and
 * transposed views and broadcasts, with keepdims; plus 0-d and empty-axis-list reductions. Compiled
 * results must equal the reference bit for bit (the same accumulators fed in the same order).
 */
class ReductionShapesTest {
    private static final int[][] AXES = {{0}, {1}, {2}, {0, 1}, {0, 2}, {1, 2}, {0, 1, 2}, {}};

    @TestFactory
    Stream<DynamicTest> everyAxisSubsetOfThreeDimensionalArrays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (DType d : DType.values()) {
            int vl = TailsAndStridesTest.vl(d);
            for (int inner : new int[] {vl + 1, 1025}) {
                tests.add(DynamicTest.dynamicTest(d + " (2,3," + inner + ")", () -> check(d, inner)));
            }
        }
        return tests.stream();
    }

    private static void check(DType d, int inner) {
        List<String> failures = new ArrayList<>();
        int size = 2 * 3 * inner;
        List<String> names = List.of("chain", "reversed view", "transposed view", "broadcast column");
        for (String name : names) {
            for (int[] axes : AXES) {
                for (String op : List.of("sum", "prod", "max", "argmax", "argmin", "any")) {
                    if ((op.startsWith("arg")) && axes.length != 1) continue;
                    if (op.equals("any") && d.isFloat()) continue;
                    if (op.equals("prod") && inner > 1000) continue;
                    for (boolean keep : new boolean[] {false, true}) {
                        if (keep && !op.equals("sum") && !op.equals("max")) continue;
                        // Fresh arrays each time: the reduce kernel must compute its input, not read a memo.
                        NDArray a = TailsAndStridesTest.array(d, size, 1).reshape(2, 3, inner);
                        NDArray b = TailsAndStridesTest.array(d, size, 2).reshape(2, 3, inner);
                        NDArray x = switch (name) {
                            case "chain" -> TailsAndStridesTest.combine(a, b);
                            case "reversed view" -> TailsAndStridesTest.array(d, size, 3).get("::-1").reshape(2, 3, inner).get("::-1, :, ::-1");
                            case "transposed view" -> TailsAndStridesTest.array(d, size, 4).reshape(inner, 3, 2).transpose(2, 1, 0);
                            default -> TailsAndStridesTest.combine(TailsAndStridesTest.array(d, 3, 5).reshape(3, 1), b);
                        };
                        NDArray r = switch (op) {
                            case "sum" -> x.sum(axes, keep);
                            case "prod" -> x.prod(axes, keep);
                            case "max" -> x.max(axes, keep);
                            case "min" -> x.min(axes, keep);
                            case "argmax" -> x.argmax(axes[0]);
                            case "argmin" -> x.argmin(axes[0]);
                            case "any" -> x.any(axes, keep);
                            default -> x.all(axes, keep);
                        };
                        String what = d + " " + op + "(" + name + ", axes=" + java.util.Arrays.toString(axes) + (keep ? ", keepdims" : "") + ")";
                        try {
                            CodegenEdgeSupport.assertMatchesReference(r, what);
                        } catch (AssertionError | RuntimeException e) {
                            failures.add(String.valueOf(e));
                        }
                    }
                }
            }
        }
        if (!failures.isEmpty()) throw new AssertionError(failures.size() + " failures:\n  " + String.join("\n  ", failures));
    }

    @Test
    void zeroDimensionalAndNoAxisReductions() {
        List<String> failures = new ArrayList<>();
        for (DType d : DType.values()) {
            NDArray zeroD = TailsAndStridesTest.zeroD(d, 2.5);
            NDArray zeroDArray = TailsAndStridesTest.array(d, 1, 8).reshape();
            for (NDArray x : List.of(zeroD, zeroDArray, zeroDArray.add(zeroDArray))) {
                for (NDArray r : List.of(x.sum(), x.max(), x.min(), x.argmax(), x.prod(), x.sum(new int[] {}, false))) {
                    try {
                        CodegenEdgeSupport.assertMatchesReference(r, d + " " + r.graph());
                    } catch (AssertionError | RuntimeException e) {
                        failures.add(String.valueOf(e));
                    }
                }
            }
        }
        if (!failures.isEmpty()) throw new AssertionError(failures.size() + " failures:\n  " + String.join("\n  ", failures));
    }
}
