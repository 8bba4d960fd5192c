package org.ndjit.timing;

import org.ndjit.NDArray;
import org.ndjit.Np;
import org.ndjit.DType;

import java.lang.foreign.Arena;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.function.Function;

/**
 * A small timing harness (not a test: it asserts nothing) for einsum and the SVD-based linear
 * algebra: each workload computed from freshly wrapped float64 inputs, median and minimum of 31 calls
 * after 15 warm-up calls, and the median CPU time of the calling thread (on a loaded machine the
 * steadier figure; it is the whole cost of the SVD-based calls, which run on the caller, and leaves
 * out the helper threads of parallel kernels); einsum workloads also time the same computation
 * written with the direct ops (matmul, multiply and sum), to show what the einsum layer costs. Its NumPy twin is
 * {@code src/test/python/linalg_timing.py}. Run from the repository root with the class path of
 * {@link JoinTiming}'s comment and the class {@code org.ndjit.timing.LinalgTiming}.
 */
public final class LinalgTiming {
    private LinalgTiming() {}

    record Workload(String name, long[][] shapes, Function<NDArray[], NDArray> einsum, Function<NDArray[], NDArray> direct) {}

    static final Workload[] WORKLOADS = {
            new Workload("einsum ij,jk->ik 256x256 @ 256x256", new long[][] {{256, 256}, {256, 256}},
                    in -> Np.einsum("ij,jk->ik", in[0], in[1]), in -> in[0].matmul(in[1])),
            new Workload("einsum ij,j->i 2000x500, 500", new long[][] {{2000, 500}, {500}},
                    in -> Np.einsum("ij,j->i", in[0], in[1]), in -> in[0].matmul(in[1])),
            new Workload("einsum ij,ij->i 2000x500 (row dots)", new long[][] {{2000, 500}, {2000, 500}},
                    in -> Np.einsum("ij,ij->i", in[0], in[1]), in -> in[0].mul(in[1]).sum(1)),
            new Workload("einsum bij,bjk->bik 32x64x64 (batched)", new long[][] {{32, 64, 64}, {32, 64, 64}},
                    in -> Np.einsum("bij,bjk->bik", in[0], in[1]), in -> in[0].matmul(in[1])),
            new Workload("einsum ij,jk,kl->il 100x100 (three)", new long[][] {{100, 100}, {100, 100}, {100, 100}},
                    in -> Np.einsum("ij,jk,kl->il", in[0], in[1], in[2]), in -> in[0].matmul(in[1]).matmul(in[2])),
            new Workload("einsum ii 1000x1000 (trace)", new long[][] {{1000, 1000}},
                    in -> Np.einsum("ii", in[0]), in -> Np.trace(in[0])),
            new Workload("einsum i,j->ij 1000, 1000 (outer)", new long[][] {{1000}, {1000}},
                    in -> Np.einsum("i,j->ij", in[0], in[1]), in -> Np.outer(in[0], in[1])),
            new Workload("svd 100x100 (reduced)", new long[][] {{100, 100}}, in -> Np.linalg.svd(in[0], false).u(), null),
            new Workload("svdvals 200x200", new long[][] {{200, 200}}, in -> Np.linalg.svdvals(in[0]), null),
            new Workload("lstsq 1000x50, 1000", new long[][] {{1000, 50}, {1000}}, in -> Np.linalg.lstsq(in[0], in[1]).solution(), null),
            new Workload("cov 50x2000", new long[][] {{50, 2000}}, in -> Np.cov(in[0]), null),
    };

    public static void main(String[] args) {
        Arena arena = Arena.ofShared();
        for (Workload w : WORKLOADS) {
            MemorySegment[] data = new MemorySegment[w.shapes().length];
            for (int i = 0; i < data.length; i++) {
                long n = Arrays.stream(w.shapes()[i]).reduce(1, (a, b) -> a * b);
                data[i] = arena.allocate(n * 8, 64);
                // The NumPy twin's values: sin(j * 0.37 + i) (not smooth, so the SVD's matrices are far from low rank).
                for (long j = 0; j < n; j++) data[i].setAtIndex(ValueLayout.JAVA_DOUBLE, j, Math.sin(j * 0.37 + i));
            }
            double[] einsum = new double[SAMPLES], direct = new double[SAMPLES], cpu = new double[SAMPLES];
            for (int k = -WARMUP; k < SAMPLES; k++) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                double e = time(w.einsum(), w.shapes(), data);
                long c1 = THREADS.getCurrentThreadCpuTime();
                double d = w.direct() == null ? 0 : time(w.direct(), w.shapes(), data);
                if (k >= 0) {
                    einsum[k] = e;
                    direct[k] = d;
                    cpu[k] = (c1 - c0) / 1e3;
                }
            }
            Arrays.sort(einsum);
            Arrays.sort(direct);
            Arrays.sort(cpu);
            System.out.printf("%-44s ndjit %9.1f us (min %9.1f, cpu %9.1f)", w.name(), einsum[SAMPLES / 2], einsum[0], cpu[SAMPLES / 2]);
            if (w.direct() != null) System.out.printf("   direct ops %9.1f us (min %9.1f)", direct[SAMPLES / 2], direct[0]);
            System.out.println();
        }
    }

    private static final int WARMUP = 15, SAMPLES = 31;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One call's time in microseconds, from freshly wrapped inputs. */
    private static double time(Function<NDArray[], NDArray> f, long[][] shapes, MemorySegment[] data) {
        NDArray[] in = new NDArray[data.length];
        for (int i = 0; i < in.length; i++) in[i] = Np.wrap(data[i], DType.FLOAT64, shapes[i]);
        long t0 = System.nanoTime();
        NDArray r = f.apply(in).eval();
        long t1 = System.nanoTime();
        r.close();
        return (t1 - t0) / 1e3;
    }
}
