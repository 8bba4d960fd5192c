package org.ndjit.benchmarks;

import org.ndjit.DType;
import org.ndjit.NDArray;
import org.ndjit.Np;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first calls of new kernels, as issue 12 asks ("the first call of a new kernel on 1,000 elements
 * under 1 ms once the library's classes are loaded"): in one fresh JVM, {@code kernels} expressions of
 * 12 float64 operations each, all of different structure (so each is a plan and a kernel the library
 * has not seen), over three inputs of {@code elements} values; each is called on new inputs (a new
 * wrap of the same memory, so no result is reused) once, twice, and then five times more. The first
 * call includes planning, generating and defining the kernel's class and running it; the first half of
 * the kernels is also the library's own classes loading and its code being compiled, so the report
 * gives both halves. Wall time of the calling thread; one thread.
 *
 * <p>{@code mvn -q -Pfirstcalls -DskipTests verify [-Dfirstcalls.kernels=1000]}
 */
public final class FirstCalls {
    private static final int OPS = 12, LATER_CALLS = 5;
    /** The binary operations a step may take; with either operand order and three inputs, 24 choices a step. */
    private static final String[] KINDS = {"add", "sub", "mul", "maximum"};

    private FirstCalls() {}

    public static void main(String[] args) {
        int kernels = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int elements = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        System.setProperty("ndjit.parallelism", "1");
        System.out.print(run(kernels, elements));
    }

    /** Calls {@code kernels} new kernels (at least 2) on {@code elements} values each and returns the report. */
    static String run(int kernels, int elements) {
        if (kernels < 2) throw new IllegalArgumentException("at least 2 kernels (one per half), not " + kernels);
        MemorySegment[] inputs = inputs(elements);
        java.util.Random rng = new java.util.Random(12);
        Set<String> seen = new HashSet<>();
        long[] first = new long[kernels], second = new long[kernels], later = new long[kernels];
        for (int k = 0; k < kernels; k++) {
            int[] steps = newStructure(rng, seen);
            first[k] = timeCall(steps, inputs, elements);
            second[k] = timeCall(steps, inputs, elements);
            later[k] = Long.MAX_VALUE;
            for (int c = 0; c < LATER_CALLS; c++) later[k] = Math.min(later[k], timeCall(steps, inputs, elements));
        }
        int half = kernels / 2;
        return String.format(Locale.ROOT, "first calls of %d new %d-op float64 kernels on %d elements, one thread (ms: least / median / 90th percentile)%n",
                kernels, OPS, elements)
                + report("kernels 1-" + half, first, second, later, 0, half)
                + report("kernels " + (half + 1) + "-" + kernels, first, second, later, half, kernels);
    }

    /** Three inputs of values in [0.5, 1.5): twelve products, differences and maxima of them stay finite. */
    private static MemorySegment[] inputs(int elements) {
        java.util.Random rng = new java.util.Random(7);
        MemorySegment[] out = new MemorySegment[3];
        for (int i = 0; i < out.length; i++) {
            out[i] = Arena.global().allocate(8L * elements, 64);
            for (int j = 0; j < elements; j++) out[i].setAtIndex(ValueLayout.JAVA_DOUBLE, j, 0.5 + rng.nextDouble());
        }
        return out;
    }

    /** A structure not used before: per step, an operation, an input and whether the input comes first. */
    private static int[] newStructure(java.util.Random rng, Set<String> seen) {
        while (true) {
            int[] steps = new int[OPS];
            for (int s = 0; s < OPS; s++) steps[s] = rng.nextInt(KINDS.length * 3 * 2);
            if (seen.add(Arrays.toString(steps))) return steps;
        }
    }

    private static long timeCall(int[] steps, MemorySegment[] inputs, int elements) {
        NDArray[] in = new NDArray[inputs.length];
        for (int i = 0; i < in.length; i++) in[i] = Np.wrap(inputs[i], DType.FLOAT64, elements);
        long t = System.nanoTime();
        NDArray x = in[0];
        for (int step : steps) {
            NDArray y = in[step % 3];
            boolean inputFirst = (step / 3) % 2 == 1;
            NDArray a = inputFirst ? y : x, b = inputFirst ? x : y;
            x = switch (KINDS[step / 6]) {
                case "add" -> a.add(b);
                case "sub" -> a.sub(b);
                case "mul" -> a.mul(b);
                default -> a.maximum(b);
            };
        }
        x.eval();
        long took = System.nanoTime() - t;
        if (!Double.isFinite(x.sum().itemDouble())) throw new AssertionError("a kernel's values were not finite");
        return took;
    }

    private static String report(String label, long[] first, long[] second, long[] later, int from, int to) {
        return String.format(Locale.ROOT, "  %-14s first %s, second %s, later (least of %d) %s%n", label,
                stats(first, from, to), stats(second, from, to), LATER_CALLS, stats(later, from, to));
    }

    private static String stats(long[] nanos, int from, int to) {
        List<Long> part = new ArrayList<>();
        for (int i = from; i < to; i++) part.add(nanos[i]);
        part.sort(null);
        return String.format(Locale.ROOT, "%.3f / %.3f / %.3f", part.get(0) / 1e6, part.get(part.size() / 2) / 1e6,
                part.get(part.size() * 9 / 10) / 1e6);
    }
}
