package org.ndjit.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * One pipeline computed one way per fork ({@link Report} chooses the parameters). Each call builds
 * the expression from freshly wrapped inputs (see {@link Data}), so it does the whole work of a
 * user's call on new data, output allocation included; hand-written variants allocate their result
 * too. Sampled per call: the report shows medians, and the minor page faults per call that
 * {@link FaultCounter} counts beside.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PipelineBench {
    @Param({"B1"})
    public String pipeline;

    @Param({"FUSED"})
    public String variant;

    private Data data;
    private Pipeline.Hand operation;

    @Setup
    public void setup() {
        Pipeline p = Pipeline.valueOf(pipeline);
        Variant v = Variant.valueOf(variant);
        v.configure();
        data = Data.of(p, !v.library, v.library);
        System.gc(); // start from a clean heap: generating the data left garbage, some of it off-heap
        operation = v.operation(p);
    }

    @Benchmark
    public Object run(FaultCounter faults) {
        faults.calls++;
        return operation.run(data);
    }
}
