package org.ndjit;

import org.ndjit.engine.Execution;
import org.ndjit.engine.Materializer;
import org.ndjit.ir.Node;
import org.ndjit.ir.StridedArray;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * Saves an expression's result to a {@code .npy} file block of rows by block of rows: the header
 * first (the shape is known without computing anything), then for each block the graph of
 * {@code expr[lo:hi]} from {@link RowBlocks} is computed, its bytes appended, and the block
 * dropped (it is not memoised). Only one block, plus whatever intermediates {@link RowBlocks} must
 * compute whole, is in memory at a time, so the result may be larger than memory. The file is C
 * order, native byte order, and the same as {@link NpyWriter} writes for the whole result.
 */
final class ChunkedNpyWriter {
    /** Rows per block when the caller does not choose: about this many elements per block. */
    static final long DEFAULT_BLOCK_ELEMENTS = 1 << 20;

    private final RowBlocks.Listener listener;

    ChunkedNpyWriter(RowBlocks.Listener listener) {
        this.listener = listener;
    }

    /** Rows per block that give blocks of about {@link #DEFAULT_BLOCK_ELEMENTS} elements. */
    static long defaultRows(long[] shape) {
        if (shape.length == 0 || shape[0] == 0) return 1;
        long perRow = 1;
        for (int i = 1; i < shape.length; i++) perRow = Math.multiplyExact(perRow, shape[i]);
        return Math.max(1, DEFAULT_BLOCK_ELEMENTS / Math.max(1, perRow));
    }

    private static final java.util.regex.Pattern AT_INDEX = java.util.regex.Pattern.compile("\\(at index \\((\\d+)(,[^()]*)\\)\\)$");

    /**
     * A value error raised in a block names the element by its index in the block; the caller wants its
     * index in the whole result. An index with the result's number of axes whose first component is inside
     * the block is the block's row (rows are the blocks' first axis), so the block's first row is added to it.
     * Other indices (of a smaller broadcast operand) are left as they are.
     */
    static ArithmeticException inWholeArray(ArithmeticException e, long firstRow, long rows, int ndim) {
        String m = e.getMessage();
        java.util.regex.Matcher at = m == null ? null : AT_INDEX.matcher(m);
        if (at == null || !at.find()) return e;
        long row = Long.parseLong(at.group(1));
        String rest = at.group(2);
        int axes = rest.equals(",") ? 1 : rest.split(",", -1).length;
        if (axes != ndim || row >= rows) return e;
        ArithmeticException shifted = new ArithmeticException(m.substring(0, at.start()) + "(at index (" + (firstRow + row) + rest + "))");
        shifted.setStackTrace(e.getStackTrace());
        return shifted;
    }

    void save(Path path, Node root, long rowsPerBlock) throws IOException {
        if (rowsPerBlock < 1) throw new IllegalArgumentException("rowsPerChunk must be at least 1, got " + rowsPerBlock);
        ByteOrder order = ByteOrder.nativeOrder();
        NpyHeader header = NpyHeader.of(new NpyDtype(root.dtype(), order), false, root.shape());
        AtomicFileWrite.write(path, out -> {
            out.write(header.encode());
            if (root.size() == 0) return;
            if (root.ndim() == 0 || Materializer.known(root) != null) {
                Materializer.read(root, v -> {
                    NpyData.write(v, order, out);
                    return null;
                });
                return;
            }
            RowBlocks blocks = new RowBlocks(root, listener);
            long rows = root.dim(0);
            for (long lo = 0, hi; lo < rows; lo = hi) {
                hi = rowsPerBlock >= rows - lo ? rows : lo + rowsPerBlock;
                Node block = blocks.slice(lo, hi);
                listener.materialized(block, false);
                if (Materializer.known(block) != null) {
                    Materializer.read(block, v -> {
                        NpyData.write(v, order, out);
                        return null;
                    });
                    continue;
                }
                // Run, not materialize: a block is transient, so its value is not memoised on its node.
                StridedArray value;
                try {
                    value = Execution.run(block, Materializer::known);
                } catch (ArithmeticException e) {
                    throw inWholeArray(e, lo, hi - lo, root.ndim());
                }
                // A block that is a view of an input is that input's memory: pinned while written (a fresh block's pin costs one CAS).
                value.buffer().pin();
                try {
                    NpyData.write(value, order, out);
                } finally {
                    value.buffer().unpin();
                }
            }
        });
    }
}
