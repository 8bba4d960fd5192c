package org.ndjit.benchmarks;

import org.ndjit.NDArray;
import org.ndjit.Np;
import org.ndjit.Random;
import org.ndjit.DType;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A pipeline's input data, made from its fixed seed with the library's generator: as Java arrays for
 * the hand-written loops, and as native memory (64-byte aligned, like the library's own buffers) for
 * the library.
 *
 * <p><b>Why {@link #fresh()} wraps the memory anew at every call.</b> The library hash-conses nodes
 * and keeps a materialized array's value in its node: building the same expression from the same
 * input arrays a second time yields the very same node, already computed, and costs nothing. An
 * identity view does not help ({@code x.get(Index.ALL)} folds back to {@code x}). So each benchmark
 * call wraps the unchanged input memory with {@link Np#wrap}, which makes a new buffer node without
 * copying; every node built on it is new too, and the call does all the work a user's call on new
 * data does (planning, kernel-cache look-up, running the kernels, allocating the output), on the
 * same numbers. Wrapping costs a few objects per input (a buffer, a node, an array).
 */
final class Data {
    final Pipeline pipeline;
    private final Object[] arrays;
    private final MemorySegment[] segments;

    private Data(Pipeline pipeline, Object[] arrays, MemorySegment[] segments) {
        this.pipeline = pipeline;
        this.arrays = arrays;
        this.segments = segments;
    }

    static Data of(Pipeline p) {
        return of(p, true, true);
    }

    /**
     * The data with only what a variant reads: Java arrays, native memory, or both. Keeping only one
     * keeps the other out of the heap or of native memory, which the garbage collector would
     * otherwise have to walk or the allocation limit count.
     */
    static Data of(Pipeline p, boolean javaArrays, boolean nativeMemory) {
        Random rng = Np.random(p.seed());
        int n = p.inputs.size();
        Object[] arrays = new Object[n];
        MemorySegment[] segments = new MemorySegment[n];
        for (int i = 0; i < n; i++) {
            Pipeline.Input in = p.inputs.get(i);
            NDArray a = in.normal() ? rng.randn(in.shape()) : rng.rand(in.shape());
            arrays[i] = in.dtype() == DType.FLOAT32 ? a.astype(DType.FLOAT32).toFloatArray() : a.toDoubleArray();
            if (nativeMemory) {
                segments[i] = Arena.ofAuto().allocate(in.size() * in.dtype().itemSize(), 64);
                if (arrays[i] instanceof float[] f) MemorySegment.copy(f, 0, segments[i], ValueLayout.JAVA_FLOAT, 0, f.length);
                else MemorySegment.copy((double[]) arrays[i], 0, segments[i], ValueLayout.JAVA_DOUBLE, 0, (int) in.size());
            }
            if (!javaArrays) arrays[i] = null;
        }
        return new Data(p, arrays, segments);
    }

    double[] f64(int i) { return (double[]) arrays[i]; }

    float[] f32(int i) { return (float[]) arrays[i]; }

    /** The inputs as new library arrays over the same memory (see the class comment). */
    NDArray[] fresh() {
        NDArray[] out = new NDArray[segments.length];
        for (int i = 0; i < out.length; i++) {
            Pipeline.Input in = pipeline.inputs.get(i);
            out[i] = Np.wrap(segments[i], in.dtype(), in.shape());
        }
        return out;
    }

    /** The library's result for fresh inputs, computed now. */
    NDArray library() {
        return pipeline.expression.apply(fresh()).eval();
    }

    /** Writes each input as raw native-order values, {@code <pipeline>_<name>.bin}, for the NumPy script; returns manifest lines. */
    String write(Path dir) throws IOException {
        StringBuilder manifest = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            Pipeline.Input in = pipeline.inputs.get(i);
            Path file = dir.resolve(pipeline + "_" + in.name() + ".bin");
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                var buf = segments[i].asByteBuffer();
                while (buf.hasRemaining()) ch.write(buf);
            }
            manifest.append(pipeline).append(' ').append(in.name()).append(' ').append(in.dtype()).append(' ').append(file.getFileName());
            for (long d : in.shape()) manifest.append(' ').append(d);
            manifest.append('\n');
        }
        return manifest.toString();
    }
}
