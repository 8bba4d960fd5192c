package org.ndjit.timing;

import org.ndjit.NDArray;
import org.ndjit.Np;
import org.ndjit.DType;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/**
 * A small timing harness (not a test: it asserts nothing) for the elementwise functions of issue
 * 16 on 10^6 float64 (or int64) elements: {@code f(x)} evaluated from a freshly wrapped input, median
 * and minimum of 41 calls after 30 warm-up calls, on one thread ({@code -Dndjit.parallelism=1}, as
 * NumPy's ufuncs run). Its NumPy twin is {@code src/test/python/function_timing.py} (same inputs).
 * Run from the repository root, after {@code mvn -o -q test-compile}:
 * <pre>
 * M=$HOME/.m2/repository/org/ow2/asm; java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
 *   -Dndjit.parallelism=1 -cp runtime/target/test-classes:runtime/target/classes:engine/target/classes:optimizer/target/classes:\
 * codegen/target/classes:ir/target/classes:$M/asm/9.9/asm-9.9.jar:$M/asm-util/9.9/asm-util-9.9.jar:$M/asm-tree/9.9/asm-tree-9.9.jar:\
 * $M/asm-analysis/9.9/asm-analysis-9.9.jar org.ndjit.timing.FunctionTiming
 * </pre>
 */
public final class FunctionTiming {
    private FunctionTiming() {}

    /** A function, and the inputs' values by index i of 10^6 (t = i / 10^6 in [0, 1)). */
    record Workload(String name, DoubleUnaryOperator input, boolean integers, Function<NDArray[], NDArray> f) {
        Workload(String name, DoubleUnaryOperator input, Function<NDArray[], NDArray> f) { this(name, input, false, f); }
    }

    static final Workload[] WORKLOADS = {
            new Workload("x + 1 (calibration)", t -> t, in -> in[0].add(1)),
            new Workload("exp (calibration)", t -> 20 * t - 10, in -> in[0].exp()),
            new Workload("log1p", t -> 10 * t - 0.5, in -> in[0].log1p()),
            new Workload("expm1", t -> 20 * t - 10, in -> in[0].expm1()),
            new Workload("log10", t -> 1e3 * t + 1e-3, in -> in[0].log10()),
            new Workload("log2", t -> 1e3 * t + 1e-3, in -> in[0].log2()),
            new Workload("exp2", t -> 40 * t - 20, in -> in[0].exp2()),
            new Workload("sinh", t -> 10 * t - 5, in -> in[0].sinh()),
            new Workload("cosh", t -> 10 * t - 5, in -> in[0].cosh()),
            new Workload("sign", t -> 2 * t - 1, in -> in[0].sign()),
            new Workload("copysign", t -> 2 * t - 1, in -> in[0].copysign(in[1])),
            new Workload("heaviside", t -> 2 * t - 1, in -> in[0].heaviside(0.5)),
            new Workload("fmax", t -> 2 * t - 1, in -> in[0].fmax(in[1])),
            new Workload("fmin", t -> 2 * t - 1, in -> in[0].fmin(in[1])),
            new Workload("isnan", t -> 2 * t - 1, in -> in[0].isnan()),
            new Workload("less", t -> 2 * t - 1, in -> in[0].lt(in[1])),
            new Workload("invert int64", t -> Math.floor(1e6 * t), true, in -> in[0].invert()),
            new Workload("left_shift int64", t -> Math.floor(1e6 * t), true, in -> in[0].leftShift(in[1].bitwiseAnd(63))),
            new Workload("right_shift int64", t -> Math.floor(1e6 * t), true, in -> in[0].rightShift(in[1].bitwiseAnd(63))),
    };

    private static final int N = 1_000_000, WARMUP = 30, SAMPLES = 41;

    public static void main(String[] args) {
        Arena arena = Arena.ofShared();
        for (Workload w : WORKLOADS) {
            if (args.length > 0 && !Arrays.asList(args).contains(w.name())) continue;
            DType dtype = w.integers() ? DType.INT64 : DType.FLOAT64;
            MemorySegment x = arena.allocate(N * 8L, 64), y = arena.allocate(N * 8L, 64);
            for (int i = 0; i < N; i++) {
                double v = w.input().applyAsDouble((double) i / N), u = w.input().applyAsDouble((double) ((i * 7919L) % N) / N);
                if (w.integers()) {
                    x.setAtIndex(ValueLayout.JAVA_LONG, i, (long) v);
                    y.setAtIndex(ValueLayout.JAVA_LONG, i, (long) u);
                } else {
                    x.setAtIndex(ValueLayout.JAVA_DOUBLE, i, v);
                    y.setAtIndex(ValueLayout.JAVA_DOUBLE, i, u);
                }
            }
            double[] us = new double[SAMPLES];
            for (int k = -WARMUP; k < SAMPLES; k++) {
                NDArray[] in = {Np.wrap(x, dtype, N), Np.wrap(y, dtype, N)};
                long t0 = System.nanoTime();
                NDArray r = w.f().apply(in).eval();
                long t1 = System.nanoTime();
                r.close();
                if (k >= 0) us[k] = (t1 - t0) / 1e3;
            }
            Arrays.sort(us);
            System.out.printf("%-22s median %8.1f us (min %8.1f)%n", w.name(), us[SAMPLES / 2], us[0]);
        }
    }
}
