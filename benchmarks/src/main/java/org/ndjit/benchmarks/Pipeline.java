package org.ndjit.benchmarks;

import org.ndjit.NDArray;
import org.ndjit.Np;
import org.ndjit.DType;

import java.util.List;
import java.util.function.Function;

/**
 * The benchmarked pipelines: names, shapes and dtypes are fixed, data comes from a fixed seed
 * ({@link Data}). Each has the library expression exactly as a user writes it, the hand-written
 * scalar and Vector API versions, and what the report needs: the bytes that must move (memory-bound
 * pipelines), the flops (matmul) and whether the library runs it in parallel.
 */
enum Pipeline {
    B1("square", "x**2", 16.0 * 1_000_000, 0, true, inputs(normal("x", DType.FLOAT64, 1_000_000)),
            in -> in[0].pow(2),
            d -> HandScalar.square(d.f64(0)), d -> HandVector.square(d.f64(0))),
    B2("chain", "a*b + c*d - e", 48.0 * 10_000_000, 0, true, chainInputs(10_000_000),
            Pipeline::chain,
            d -> HandScalar.chain(d.f64(0), d.f64(1), d.f64(2), d.f64(3), d.f64(4)),
            d -> HandVector.chain(d.f64(0), d.f64(1), d.f64(2), d.f64(3), d.f64(4))),
    B3("gauss", "exp(-0.5*x*x) * 0.3989422804014327", 0, 0, true, inputs(normal("x", DType.FLOAT64, 10_000_000)),
            in -> in[0].mul(-0.5).mul(in[0]).exp().mul(0.3989422804014327),
            d -> HandScalar.gauss(d.f64(0)), d -> HandVector.gauss(d.f64(0))),
    B4("layer", "maximum(0, X @ W + b)", 0, 0, true,
            inputs(normal("X", DType.FLOAT32, 1024, 512), normal("W", DType.FLOAT32, 512, 256), normal("b", DType.FLOAT32, 256)),
            in -> Np.maximum(0, in[0].matmul(in[1]).add(in[2])),
            d -> HandScalar.layer(d.f32(0), d.f32(1), d.f32(2), 1024, 512, 256),
            d -> HandVector.layer(d.f32(0), d.f32(1), d.f32(2), 1024, 512, 256)),
    B5("rownorm", "(X - X.mean(axis=1, keepdims)) / X.std(axis=1, keepdims)", 0, 0, true,
            inputs(normal("X", DType.FLOAT64, 4096, 1024)),
            in -> in[0].sub(in[0].mean(1, true)).div(in[0].std(1, true)),
            d -> HandScalar.rownorm(d.f64(0), 4096, 1024), d -> HandVector.rownorm(d.f64(0), 4096, 1024)),
    B6("softmax", "e = exp(X - X.max(axis=1, keepdims)); e / e.sum(axis=1, keepdims)", 0, 0, true,
            inputs(normal("X", DType.FLOAT32, 4096, 1024)),
            Pipeline::softmax,
            d -> HandScalar.softmax(d.f32(0), 4096, 1024), d -> HandVector.softmax(d.f32(0), 4096, 1024)),
    B7("dist", "sqrt(sum((a-b)**2))", 16.0 * 10_000_000, 0, true,
            inputs(uniform("a", DType.FLOAT64, 10_000_000), uniform("b", DType.FLOAT64, 10_000_000)),
            in -> in[0].sub(in[1]).pow(2).sum().sqrt(),
            d -> HandScalar.dist(d.f64(0), d.f64(1)), d -> HandVector.dist(d.f64(0), d.f64(1))),
    B8("transpose", "(M + M.T) * 0.5", 16.0 * 2048 * 2048, 0, true, inputs(normal("M", DType.FLOAT64, 2048, 2048)),
            in -> in[0].add(in[0].T()).mul(0.5),
            d -> HandScalar.transpose(d.f64(0), 2048), d -> HandVector.transpose(d.f64(0), 2048)),
    B9("colsum", "M.sum(axis=0)", 8.0 * 4096 * 4096 + 8 * 4096, 0, true, inputs(normal("M", DType.FLOAT64, 4096, 4096)),
            in -> in[0].sum(0),
            d -> HandScalar.colsum(d.f64(0), 4096), d -> HandVector.colsum(d.f64(0), 4096)),
    B10("mask", "x[x > 0]", 0, 0, true, inputs(normal("x", DType.FLOAT64, 10_000_000)),
            in -> in[0].get(in[0].gt(0)),
            d -> HandScalar.mask(d.f64(0)), d -> HandVector.mask(d.f64(0))),
    B11("small", "a*b + c*d - e, n = 1,000", 0, 0, false, chainInputs(1_000),
            Pipeline::chain,
            d -> HandScalar.chain(d.f64(0), d.f64(1), d.f64(2), d.f64(3), d.f64(4)),
            d -> HandVector.chain(d.f64(0), d.f64(1), d.f64(2), d.f64(3), d.f64(4))),
    B12("matmul", "A @ B, 512x512 float32", 0, 2.0 * 512 * 512 * 512, true,
            inputs(normal("A", DType.FLOAT32, 512, 512), normal("B", DType.FLOAT32, 512, 512)),
            in -> in[0].matmul(in[1]),
            d -> HandScalar.matmul(d.f32(0), d.f32(1), 512), d -> HandVector.matmul(d.f32(0), d.f32(1), 512));

    /** An input: its name in the NumPy script, dtype, shape, and whether it is standard normal or uniform in [0, 1). */
    record Input(String name, DType dtype, long[] shape, boolean normal) {
        long size() {
            long n = 1;
            for (long d : shape) n *= d;
            return n;
        }
    }

    /** A hand-written version: reads the Java arrays of the data, returns a new double[] or float[] (or a Double). */
    interface Hand {
        Object run(Data d);
    }

    final String title, numpy;
    /** Bytes that must move (read the inputs once, write the output once) for the memory-bound pipelines; 0 for the others. */
    final double bytes;
    /** Floating-point operations per call, for the pipelines reported in GFLOP/s; 0 for the others. */
    final double flops;
    /** True when the library runs some of the pipeline's kernels on several threads (elementwise kernels of 2^17+ elements, large reductions). */
    final boolean parallel;
    final List<Input> inputs;
    final Function<NDArray[], NDArray> expression;
    final Hand scalar, vector;

    Pipeline(String title, String numpy, double bytes, double flops, boolean parallel, List<Input> inputs,
             Function<NDArray[], NDArray> expression, Hand scalar, Hand vector) {
        this.title = title;
        this.numpy = numpy;
        this.bytes = bytes;
        this.flops = flops;
        this.parallel = parallel;
        this.inputs = inputs;
        this.expression = expression;
        this.scalar = scalar;
        this.vector = vector;
    }

    /** The seed of this pipeline's data: fixed, so every run and the NumPy script see the same numbers. */
    long seed() { return 20250 + ordinal(); }

    /** Reported per call in microseconds rather than milliseconds. */
    boolean inMicroseconds() { return this == B11; }

    /** Tolerance of the hand-written versions against the library: exact where the arithmetic is the same. */
    double[] tolerance() {
        return switch (this) {
            case B1, B2, B8, B10, B11 -> new double[] {0, 0};            // same IEEE operations in the same order
            case B3 -> new double[] {1e-14, 1e-300};                     // exp: Math.exp and the vector exp differ by an ulp
            case B5, B7, B9 -> new double[] {1e-11, 1e-11};              // sums: the library's are compensated
            case B6 -> new double[] {2e-6, 1e-9};                        // float32 exp and sums
            case B4, B12 -> new double[] {1e-4, 2e-3};                   // float32 products: rounding depends on FMA and order
        };
    }

    private static NDArray chain(NDArray[] in) {
        return in[0].mul(in[1]).add(in[2].mul(in[3])).sub(in[4]);
    }

    private static NDArray softmax(NDArray[] in) {
        NDArray x = in[0];
        NDArray e = x.sub(x.max(1, true)).exp();
        return e.div(e.sum(1, true));
    }

    private static List<Input> inputs(Input... in) { return List.of(in); }

    private static Input normal(String name, DType dtype, long... shape) { return new Input(name, dtype, shape, true); }

    private static Input uniform(String name, DType dtype, long... shape) { return new Input(name, dtype, shape, false); }

    private static List<Input> chainInputs(long n) {
        return inputs(uniform("a", DType.FLOAT64, n), uniform("b", DType.FLOAT64, n), uniform("c", DType.FLOAT64, n),
                uniform("d", DType.FLOAT64, n), uniform("e", DType.FLOAT64, n));
    }
}
