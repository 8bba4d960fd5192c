package org.ndjit.benchmarks;

import java.util.EnumMap;
import java.util.Map;

/** Everything one run measured: JMH medians per pipeline and variant, kernel compilation, NumPy, the checks. */
final class Measurements {
    /**
     * Per-call times in nanoseconds over all samples of all forks, and the process's minor page
     * faults per call over the measured iterations (NaN when not counted).
     */
    record Stats(double median, double p25, double p75, long samples, double minorFaultsPerCall) {}

    final Profile profile;
    final Machine machine;
    /** The results folder (inside the repository). */
    final java.nio.file.Path results;
    final Map<Pipeline, Map<Variant, Stats>> timings = new EnumMap<>(Pipeline.class);
    /** C1: one call compiles all kernels of the plan; {@link #kernels} says how many. */
    final Map<Pipeline, Stats> compile = new EnumMap<>(Pipeline.class);
    final Map<Pipeline, Integer> kernels = new EnumMap<>(Pipeline.class);
    final Map<Pipeline, Verify.Outcome> verified = new EnumMap<>(Pipeline.class);
    NumpyRunner.Results numpy = new NumpyRunner.Results(null, Map.of(), "not run");

    Measurements(Profile profile, Machine machine, java.nio.file.Path results) {
        this.profile = profile;
        this.machine = machine;
        this.results = results;
    }

    /** Median nanoseconds per call, or null if not measured. */
    Double median(Pipeline p, Variant v) {
        Stats s = timings.getOrDefault(p, Map.of()).get(v);
        return s == null ? null : s.median();
    }

    /** The interquartile range over the median, or null if not measured: how spread (or bimodal) the calls' times are. */
    Double spread(Pipeline p, Variant v) {
        Stats s = timings.getOrDefault(p, Map.of()).get(v);
        return s == null || s.median() <= 0 ? null : (s.p75() - s.p25()) / s.median();
    }

    /** Minor page faults per call, or null if not counted. */
    Double minorFaults(Pipeline p, Variant v) {
        Stats s = timings.getOrDefault(p, Map.of()).get(v);
        return s == null || Double.isNaN(s.minorFaultsPerCall()) ? null : s.minorFaultsPerCall();
    }

    /** Whether some pipeline was measured in this variant. */
    boolean measured(Variant v) {
        return timings.values().stream().anyMatch(t -> t.containsKey(v));
    }

    /** NumPy's median nanoseconds per call, or null. */
    Double numpy(Pipeline p) {
        NumpyRunner.Timing t = numpy.timings().get(p);
        return t == null ? null : t.seconds() * 1e9;
    }

    /** Median nanoseconds to compile one kernel the cache has not seen, or null. */
    Double compilePerKernel(Pipeline p) {
        Stats s = compile.get(p);
        return s == null ? null : s.median() / kernels.get(p);
    }

    /** Whether NumPy's result has the library's sum of |values| (same data, same pipeline), or null if unknown. */
    Boolean numpyAgrees(Pipeline p) {
        NumpyRunner.Timing t = numpy.timings().get(p);
        Verify.Outcome o = verified.get(p);
        if (t == null || o == null) return null;
        return Math.abs(t.absSum() - o.absSum()) <= 1e-4 * Math.abs(o.absSum()) + 1e-9;
    }
}
