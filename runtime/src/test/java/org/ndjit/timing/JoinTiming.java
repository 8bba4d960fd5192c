package org.ndjit.timing;

import org.ndjit.NDArray;
import org.ndjit.Np;
import org.ndjit.DType;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.function.Function;

/**
 * A small timing harness (not a test: it asserts nothing) for the joining functions: each workload
 * computed from freshly wrapped float64 inputs (so no memoised value is reused), fused and in eager
 * mode ({@code ndjit.fusion=false}, every op its own kernel), alternately, median and minimum of 61
 * calls after 40 warm-up calls. Its NumPy twin is {@code src/test/python/join_timing.py}. Run from the repository root:
 * <pre>
 * M=$HOME/.m2/repository/org/ow2/asm; java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
 *   -cp runtime/target/test-classes:runtime/target/classes:engine/target/classes:optimizer/target/classes:codegen/target/classes:\
 * ir/target/classes:$M/asm/9.9/asm-9.9.jar:$M/asm-util/9.9/asm-util-9.9.jar:$M/asm-tree/9.9/asm-tree-9.9.jar:\
 * $M/asm-analysis/9.9/asm-analysis-9.9.jar org.ndjit.timing.JoinTiming
 * </pre>
 */
public final class JoinTiming {
    private JoinTiming() {}

    record Workload(String name, long[][] shapes, Function<NDArray[], NDArray> expression) {}

    static final Workload[] WORKLOADS = {
            new Workload("(calibration) x + y, 1e6", new long[][] {{1_000_000}, {1_000_000}}, in -> in[0].add(in[1])),
            new Workload("concatenate(axis=1) then * c + 1, 1000x(500+500)", new long[][] {{1000, 500}, {1000, 500}, {1000, 1000}},
                    in -> Np.concatenate(1, in[0], in[1]).mul(in[2]).add(1)),
            new Workload("vstack of two 500x1000", new long[][] {{500, 1000}, {500, 1000}}, in -> Np.vstack(in[0], in[1])),
            new Workload("pad 1000x1000 by 2, reflect, * 0.5", new long[][] {{1000, 1000}}, in -> Np.pad(in[0], 2, "reflect").mul(0.5)),
            new Workload("roll 1e6 by 3, + x", new long[][] {{1_000_000}}, in -> Np.roll(in[0], 3).add(in[0])),
            new Workload("tile 1000x500 (1, 2)", new long[][] {{1000, 500}}, in -> Np.tile(in[0], 1, 2)),
            new Workload("column_stack of two 1e6 vectors", new long[][] {{1_000_000}, {1_000_000}}, in -> Np.columnStack(in[0], in[1])),
    };

    public static void main(String[] args) {
        Arena arena = Arena.ofShared();
        for (Workload w : WORKLOADS) {
            MemorySegment[] data = new MemorySegment[w.shapes().length];
            for (int i = 0; i < data.length; i++) {
                long n = Arrays.stream(w.shapes()[i]).reduce(1, (a, b) -> a * b);
                data[i] = arena.allocate(n * 8, 64);
                for (long j = 0; j < n; j++) data[i].setAtIndex(ValueLayout.JAVA_DOUBLE, j, Math.sin(j * 0.001 + i));
            }
            double[] fused = new double[SAMPLES], eager = new double[SAMPLES];
            for (int k = -WARMUP; k < SAMPLES; k++) {
                double f = time(w, data, true), e = time(w, data, false); // alternated, so both see the same machine load
                if (k >= 0) {
                    fused[k] = f;
                    eager[k] = e;
                }
            }
            Arrays.sort(fused);
            Arrays.sort(eager);
            System.out.printf("%-52s fused %8.1f us (min %8.1f)   eager %8.1f us (min %8.1f)   eager/fused %.2f%n", w.name(),
                    fused[SAMPLES / 2], fused[0], eager[SAMPLES / 2], eager[0], eager[SAMPLES / 2] / fused[SAMPLES / 2]);
        }
    }

    private static final int WARMUP = 40, SAMPLES = 61;

    /** One call's time in microseconds, from freshly wrapped inputs. */
    private static double time(Workload w, MemorySegment[] data, boolean fuse) {
        System.setProperty("ndjit.fusion", Boolean.toString(fuse));
        NDArray[] in = new NDArray[data.length];
        for (int i = 0; i < in.length; i++) in[i] = Np.wrap(data[i], DType.FLOAT64, w.shapes()[i]);
        long t0 = System.nanoTime();
        NDArray r = w.expression().apply(in).eval();
        long t1 = System.nanoTime();
        r.close();
        return (t1 - t0) / 1e3;
    }
}
