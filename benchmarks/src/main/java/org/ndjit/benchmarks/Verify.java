package org.ndjit.benchmarks;

import org.ndjit.NDArray;

/**
 * Once per run, before timing: the eager mode and both hand-written versions of a pipeline must give
 * the library's fused result (exactly where they do the same IEEE operations in the same order, else
 * within the pipeline's tolerance, see {@link Pipeline#tolerance()}).
 */
final class Verify {
    private Verify() {}

    /** The outcome for one pipeline; {@code absSum} (sum of |result|) lets the report check NumPy's result too. */
    record Outcome(Pipeline pipeline, boolean ok, String detail, double absSum, String plan) {}

    static Outcome check(Pipeline p) {
        Data d = Data.of(p);
        String before = System.getProperty("ndjit.fusion");
        String plan;
        double[] fused, eager;
        try {
            System.setProperty("ndjit.fusion", "true");
            plan = p.expression.apply(d.fresh()).explain();
            fused = values(d.library());
            System.setProperty("ndjit.fusion", "false");
            eager = values(d.library());
        } finally {
            if (before == null) System.clearProperty("ndjit.fusion");
            else System.setProperty("ndjit.fusion", before);
        }
        StringBuilder detail = new StringBuilder();
        boolean ok = compare(p, "eager", eager, fused, detail)
                & compare(p, "hand scalar", values(p.scalar.run(d)), fused, detail)
                & compare(p, "hand vector", values(p.vector.run(d)), fused, detail);
        double absSum = 0;
        for (double v : fused) absSum += Math.abs(v);
        return new Outcome(p, ok, detail.toString(), absSum, plan);
    }

    private static boolean compare(Pipeline p, String what, double[] got, double[] want, StringBuilder detail) {
        double rtol = p.tolerance()[0], atol = p.tolerance()[1];
        if (!detail.isEmpty()) detail.append("; ");
        if (got.length != want.length) {
            detail.append(what).append(": ").append(got.length).append(" values, the library has ").append(want.length);
            return false;
        }
        double worst = 0, scale = Double.MIN_NORMAL;
        long bad = 0, firstBad = -1;
        for (int i = 0; i < got.length; i++) {
            double diff = Math.abs(got[i] - want[i]);
            boolean same = Double.compare(got[i], want[i]) == 0 || diff <= atol + rtol * Math.abs(want[i]);
            if (!same) {
                bad++;
                if (firstBad < 0) firstBad = i;
            }
            if (!Double.isNaN(diff)) worst = Math.max(worst, diff);
            if (Double.isFinite(want[i])) scale = Math.max(scale, Math.abs(want[i]));
        }
        detail.append(what).append(rtol == 0 && atol == 0 ? " exact" : String.format(" max diff %.1e of max |value|", worst / scale));
        if (bad > 0) detail.append(" MISMATCH at ").append(bad).append(" elements, first [").append(firstBad).append("]: ")
                .append(got[(int) firstBad]).append(" vs ").append(want[(int) firstBad]);
        return bad == 0;
    }

    private static double[] values(Object result) {
        return switch (result) {
            case NDArray a -> a.toDoubleArray();
            case double[] d -> d;
            case float[] f -> {
                double[] d = new double[f.length];
                for (int i = 0; i < f.length; i++) d[i] = f[i];
                yield d;
            }
            case Double v -> new double[] {v};
            default -> throw new IllegalArgumentException("unexpected result " + result.getClass());
        };
    }
}
