package org.ndjit.engine;

import org.ndjit.codegen.TileTranspose;
import org.ndjit.codegen.Vectorization;
import org.ndjit.ir.Layout;
import org.ndjit.ir.OffsetIterator;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An elementwise loop with an input that strides along rows (a transpose: {@code (M + M.T) * 0.5})
 * runs in tiles of {@link #ROWS} rows by {@link #COLUMNS} columns: each transposed input's tile is
 * first copied into a block in C order by vector loads from its columns, transposed in registers
 * ({@link TileTranspose}), and the kernel then reads every input with unit or zero strides, so it
 * runs its vector loop (a strided input sends it to the scalar loop) and reads the tile from L1.
 * The kernel computes the same values from the same operands: only where one operand comes from
 * changes, so the bits are the reference's.
 *
 * <p>Only where the kernel gets a vector loop with the staged strides, the run is large enough to
 * pay for the blocks, and each transposed input's tile rows are consecutive elements (its loop,
 * its inner axis aside, is one axis of stride 1, as {@code M.T}'s is). A copy element by element
 * into the blocks was tried before and was slower than the scalar loop it replaced; the vector
 * copy is what pays: {@code (M + M.T) * 0.5} over 2048 x 2048, one thread, a Zen3 core (AVX2) at load
 * 4-7, the same JVM alternating with and without tiles: float32 11-13 against 22-25 ms, float64
 * 16-25 against 24-30 (bimodal from run to run); 1000 x 1000 float32 2.8 against 4.7 ms.
 * The blocks are native memory, as the other operands are: a Java array beside native segments
 * would send the kernel to its loop for mixed memory kinds, whose profiles every such run shares.
 */
final class TransposedTiles {
    /**
     * A tile's rows and columns: 8 rows read a whole cache line of each float64 column, a kernel call
     * takes a row of 512 elements. 8 x 256, 16 x 128, 16 x 256 and 32 x 64 measured the same or slower
     * (within this machine's noise).
     */
    static final int ROWS = 8, COLUMNS = 512;
    /** Below this many elements the loop reads its transposed inputs in place (the blocks cost more than they save). */
    static final long MIN_ELEMENTS = 1 << 14;
    /** Runs tiled this way (a test hook). */
    static final AtomicLong RUNS = new AtomicLong();

    private final TileTranspose transpose;
    private final Layout[] outer;
    private final long[] stride;
    private final boolean[] staged;
    private final int[] itemSize;
    private final BoundKernel loop;
    /** The inner strides the kernel is prepared with: 1 for a staged input, else the input's own. */
    private final long[] kernelStride;

    private TransposedTiles(TileTranspose transpose, Layout[] outer, long[] stride, boolean[] staged, int[] itemSize, BoundKernel loop, long[] kernelStride) {
        this.transpose = transpose;
        this.outer = outer;
        this.stride = stride;
        this.staged = staged;
        this.itemSize = itemSize;
        this.loop = loop;
        this.kernelStride = kernelStride;
    }

    /**
     * The tiled form of a loop whose inputs have inner strides {@code stride} over {@code rowCount}
     * rows of {@code n} elements ({@code outer}: each operand's layout without its inner axis, inputs
     * then the output), or null when it does not apply (see the class comment).
     */
    static TransposedTiles of(Layout[] outer, long[] stride, long rowCount, long n, BoundKernel loop) {
        TileTranspose transpose = Vectorization.tileTranspose();
        if (transpose == null || rowCount < ROWS || rowCount * n < MIN_ELEMENTS || !loop.readsArraysOnly()) return null;
        boolean[] staged = new boolean[stride.length];
        long[] kernelStride = stride.clone();
        int[] itemSize = new int[stride.length];
        boolean any = false;
        for (int i = 0; i < stride.length; i++) {
            itemSize[i] = loop.inputDtype(i).itemSize();
            if (Math.abs(stride[i]) <= 1) continue;
            if (outer[i].ndim() != 1 || outer[i].stride(0) != 1 || !transpose.stages(itemSize[i])) return null;
            staged[i] = true;
            kernelStride[i] = 1;
            any = true;
        }
        return any && loop.vectorizes(kernelStride) ? new TransposedTiles(transpose, outer, stride, staged, itemSize, loop, kernelStride) : null;
    }

    /** The inner strides to prepare the loop with before parts run ({@link BoundKernel#prepare}). */
    long[] strides() {
        return kernelStride;
    }

    /** Computes rows {@code [rowStart, rowEnd)}, columns {@code [colStart, colEnd)} into {@code target} (C order), tile by tile. */
    void run(long rowStart, long rowEnd, long colStart, long colEnd, MemorySegment target, Cancellation cancel) {
        RUNS.incrementAndGet();
        int inputs = stride.length;
        long[] rowOffset = new long[(inputs + 1) * ROWS], off = new long[inputs];
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment[] segments = loop.segments(), source = loop.segments();
            for (int i = 0; i < inputs; i++) if (staged[i]) segments[i] = arena.allocate((long) itemSize[i] * ROWS * COLUMNS, 64);
            OffsetIterator[] it = new OffsetIterator[inputs + 1];
            for (int i = 0; i <= inputs; i++) it[i] = new OffsetIterator(outer[i], rowStart);
            long done = 0;
            for (long r0 = rowStart; r0 < rowEnd; r0 += ROWS) {
                int rows = (int) Math.min(ROWS, rowEnd - r0);
                for (int i = 0; i <= inputs; i++) for (int g = 0; g < rows; g++) rowOffset[i * ROWS + g] = it[i].next();
                for (long c = colStart; c < colEnd; c += COLUMNS) {
                    int len = (int) Math.min(COLUMNS, colEnd - c);
                    for (int i = 0; i < inputs; i++) {
                        // The tile's rows are consecutive elements of each of its columns.
                        if (staged[i]) transpose.copy(itemSize[i], source[i], rowOffset[i * ROWS] + c * stride[i], stride[i], rows, len, segments[i]);
                    }
                    for (int g = 0; g < rows; g++) {
                        done = cancel.tick(done, len);
                        for (int i = 0; i < inputs; i++) off[i] = staged[i] ? (long) g * len : rowOffset[i * ROWS + g] + c * stride[i];
                        loop.row(segments, off, kernelStride, target, rowOffset[inputs * ROWS + g] + c, len);
                    }
                }
            }
        }
    }
}
