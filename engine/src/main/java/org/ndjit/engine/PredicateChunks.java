package org.ndjit.engine;

import org.ndjit.codegen.KernelCache;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.OffsetIterator;
import org.ndjit.ir.StridedArray;
import org.ndjit.optimizer.Step;

import java.lang.foreign.MemorySegment;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * A selection's mask computed a chunk of positions at a time ({@link Step.Selection}): the mask
 * kernel's row loop run over positions {@code [t0, t1)} of the mask in C order, writing their bool
 * values into a block of the caller's (one per thread, reused for each of its chunks, so it stays in
 * cache), so the full-size bool array is never written. A chunk may start and end inside a row of
 * the loop: its first and last rows are partial.
 */
final class PredicateChunks {
    /** Positions whose predicate was computed so far, for tests ({@link Compress#predicatePositions}). */
    static final LongAdder POSITIONS = new LongAdder();
    private final BoundKernel loop;
    /** The loop's rows after merging axes: their length, each input's stride along them and its layout over the rows. */
    private final long rowLength;
    private final long[] stride;
    private final Layout[] rows;

    private PredicateChunks(BoundKernel loop, long rowLength, long[] stride, Layout[] rows) {
        this.loop = loop;
        this.rowLength = rowLength;
        this.stride = stride;
        this.rows = rows;
    }

    /**
     * The mask kernel bound to its inputs, or null when it reads a gathered input ({@code x[idx] > 0}),
     * whose picks a loop reads a whole row per call, never from a position inside a row.
     */
    static PredicateChunks of(Step.Kernel mask, Function<Node, StridedArray> value, KernelCache cache) {
        if (mask.readsGather()) return null;
        Layout[] inputs = new Layout[Lower.channels(mask)];
        BoundKernel loop = KernelRunner.bind(mask, value, cache, inputs);
        Layout[] all = new Layout[inputs.length + 1];
        System.arraycopy(inputs, 0, all, 0, inputs.length);
        all[inputs.length] = Layout.contiguous(mask.produced().shape()); // the positions, in C order
        Layout[] merged = Coalesce.rows(all);
        int inner = merged[0].ndim() - 1;
        long[] stride = new long[inputs.length];
        Layout[] rows = new Layout[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            stride[i] = merged[i].stride(inner);
            rows[i] = merged[i].withoutAxes(new int[] {inner});
        }
        loop.prepare(stride);
        return new PredicateChunks(loop, merged[0].dim(inner), stride, rows);
    }

    /** Writes the mask's values at positions {@code [t0, t1)} to bytes {@code 0, 1, ...} of {@code block}. */
    void fill(long t0, long t1, MemorySegment block) {
        long row = t0 / rowLength, column = t0 % rowLength;
        OffsetIterator[] at = KernelRunner.iterators(rows, l -> l, row);
        long[] off = new long[stride.length];
        for (long t = t0; t < t1; column = 0) {
            long len = Math.min(rowLength - column, t1 - t);
            for (int i = 0; i < off.length; i++) off[i] = at[i].next() + column * stride[i];
            loop.row(off, stride, block, t - t0, len);
            t += len;
        }
        POSITIONS.add(t1 - t0);
    }
}
