package org.ndjit.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * JMH's secondary results of {@link PipelineBench}: the calls of each iteration and the process's
 * minor page faults over it ({@link MinorFaults}, read before and after the iteration, not per call),
 * which the report divides into faults per call. JMH sums both over the measured iterations.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class FaultCounter {
    /** Calls of the benchmark method in this iteration. */
    public long calls;
    /** Minor page faults of the whole process during this iteration, or -1 without {@code /proc}. */
    public long minorFaults;

    private long start;

    /** JMH zeroes the public fields itself at each iteration's start. */
    @Setup(Level.Iteration)
    public void start() {
        start = MinorFaults.now();
    }

    @TearDown(Level.Iteration)
    public void stop() {
        long end = MinorFaults.now();
        minorFaults = start < 0 || end < 0 ? -1 : end - start;
    }
}
