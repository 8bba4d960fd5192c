package org.ndjit;

import org.ndjit.ir.ReferenceEvaluator;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * A small timing harness (not a test: it asserts nothing) for the compiled loops of issue 17's dtypes
 * on 10^6 elements, one thread ({@code -Dndjit.parallelism=1}): each workload three ways, the library's
 * compiled kernels, the reference evaluator (what these dtypes ran on before), and a hand-written Java
 * loop over the same Java arrays; median of 41 calls after 30 warm-up calls (the reference: 5 after 2).
 * Run from the repository root, after {@code mvn -o -q test-compile} (classpath as in {@link org.ndjit.timing.FunctionTiming}; in this package to reach the graph for the reference):
 * {@code java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Dndjit.parallelism=1 -cp ... org.ndjit.NarrowDtypeTiming}
 */
public final class NarrowDtypeTiming {
    private NarrowDtypeTiming() {}

    private static final int N = 1_000_000;

    public static void main(String[] args) {
        byte[] pixels = new byte[N], a8 = new byte[N];
        short[] s16 = new short[N], h1 = new short[N], h2 = new short[N];
        for (int i = 0; i < N; i++) {
            pixels[i] = (byte) (i * 7);
            a8[i] = (byte) (i * 13 + 5);
            s16[i] = (short) (i * 31 - 7000);
            h1[i] = Float.floatToFloat16((i % 1000) / 100f);
            h2[i] = Float.floatToFloat16(1 + (i % 7) / 8f);
        }
        NDArray img = Np.array(pixels, DType.UINT8).eval(), u8 = Np.array(a8, DType.UINT8).eval(), x8 = Np.array(a8, DType.INT8).eval(), x16 = Np.array(s16, DType.INT16).eval();
        NDArray f1 = Np.array(h1, DType.FLOAT16).eval(), f2 = Np.array(h2, DType.FLOAT16).eval();
        float[] outF = new float[N];
        byte[] outB = new byte[N];
        short[] outS = new short[N];
        long[] sink = new long[1];

        time("uint8 image / 255 as float32", () -> img.astype(DType.FLOAT32).div(255), () -> {
            for (int i = 0; i < N; i++) outF[i] = (pixels[i] & 0xFF) / 255f;
        });
        time("int16 sum", () -> x16.sum(), () -> {
            long s = 0;
            for (int i = 0; i < N; i++) s += s16[i];
            sink[0] += s;
        });
        time("int8 a * 3 + a", () -> x8.mul(3).add(x8), () -> {
            for (int i = 0; i < N; i++) outB[i] = (byte) (a8[i] * 3 + a8[i]);
        });
        time("uint8 a + b", () -> img.add(u8), () -> {
            for (int i = 0; i < N; i++) outB[i] = (byte) (pixels[i] + a8[i]);
        });
        time("uint8 a > 128", () -> img.gt(128), () -> {
            for (int i = 0; i < N; i++) outB[i] = (byte) ((pixels[i] & 0xFF) > 128 ? 1 : 0);
        });
        time("float16 a * b + 1", () -> f1.mul(f2).add(1), () -> {
            for (int i = 0; i < N; i++) {
                float p = Float.float16ToFloat(Float.floatToFloat16(Float.float16ToFloat(h1[i]) * Float.float16ToFloat(h2[i])));
                outS[i] = Float.floatToFloat16(p + 1f);
            }
        });
        time("float16 exp(a)", () -> f1.exp(), () -> {
            for (int i = 0; i < N; i++) outS[i] = Float.floatToFloat16((float) Math.exp(Float.float16ToFloat(h1[i])));
        });
        time("float16 a > b", () -> f1.gt(f2), () -> {
            for (int i = 0; i < N; i++) outB[i] = (byte) (Float.float16ToFloat(h1[i]) > Float.float16ToFloat(h2[i]) ? 1 : 0);
        });
        if (sink[0] == 42) System.out.println(Arrays.hashCode(outF) + Arrays.hashCode(outB) + Arrays.hashCode(outS));
    }

    private static void time(String name, Supplier<NDArray> graph, Runnable hand) {
        double compiled = median(30, 41, () -> graph.get().eval().close());
        double reference = median(2, 5, () -> ReferenceEvaluator.evaluate(graph.get().node()));
        double loop = median(30, 41, hand);
        System.out.printf("%-30s compiled %8.1f us  reference %9.1f us  hand loop %8.1f us  compiled/hand %5.2f  reference/compiled %6.1f%n",
                name, compiled, reference, loop, compiled / loop, reference / compiled);
    }

    private static double median(int warmup, int samples, Runnable r) {
        double[] us = new double[samples];
        for (int k = -warmup; k < samples; k++) {
            long t0 = System.nanoTime();
            r.run();
            long t1 = System.nanoTime();
            if (k >= 0) us[k] = (t1 - t0) / 1e3;
        }
        Arrays.sort(us);
        return us[samples / 2];
    }
}
