package org.ndjit.benchmarks;

import org.ndjit.NDArray;
import org.ndjit.codegen.KernelCache;
import org.ndjit.codegen.KernelSpec;
import org.ndjit.ir.Node;
import org.ndjit.engine.Execution;
import org.ndjit.engine.Lower;
import org.ndjit.optimizer.Step;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * C1: compiling the kernels of a pipeline's plan that the cache has not seen, in a warmed-up JVM.
 * Each call asks a new, empty {@link KernelCache} for every kernel of the plan, so each is generated
 * with ASM and defined as a hidden class, exactly the cache-miss path of a materialization (nothing
 * else: planning and running are in the pipeline benchmarks). The report divides by the number of
 * kernels.
 *
 * <p>The kernel specs are taken from the plan the library makes for the expression (the plan needs
 * the expression's node, which the public API does not expose: it is read reflectively here, in the
 * benchmarks only) with the inner-loop strides the runner uses for these contiguous inputs, and are
 * checked against the specs the shared cache holds after the library has computed the expression.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CompileBench {
    @Param({"B2"})
    public String pipeline;

    private List<KernelSpec> specs;

    @Setup
    public void setup() {
        specs = specs(Pipeline.valueOf(pipeline));
    }

    @Benchmark
    public void compile(Blackhole bh) {
        KernelCache cache = new KernelCache(specs.size());
        for (KernelSpec s : specs) bh.consume(cache.get(s));
    }

    /** The compiled-kernel specs of the pipeline's fused plan, checked to be those the library compiles. */
    static List<KernelSpec> specs(Pipeline p) {
        NDArray result = p.expression.apply(Data.of(p, false, true).fresh());
        List<KernelSpec> specs = new ArrayList<>();
        for (Step.Kernel k : Execution.plan(node(result), n -> null).kernels()) specs.add(spec(k));
        result.eval();
        for (KernelSpec s : specs) {
            if (!KernelCache.shared().contains(s)) throw new IllegalStateException(p + ": the library did not compile " + s.key());
        }
        return specs;
    }

    /** The kernel specialised as the runner does for contiguous inputs: stride 0 along a broadcast last axis, else 1. */
    private static KernelSpec spec(Step.Kernel k) {
        long[] shape = k.produced().shape();
        long[] strides = new long[k.inputs().size()];
        for (int i = 0; i < strides.length; i++) {
            long[] in = k.inputs().get(i).shape();
            boolean broadcast = shape.length > 0 && shape[shape.length - 1] != 1 && (in.length == 0 || in[in.length - 1] == 1);
            strides[i] = broadcast ? 0 : 1;
        }
        return Lower.kernel(k).withStrides(strides);
    }

    private static Node node(NDArray a) {
        try {
            var m = NDArray.class.getDeclaredMethod("node");
            m.setAccessible(true);
            return (Node) m.invoke(a);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the expression's node", e);
        }
    }
}
