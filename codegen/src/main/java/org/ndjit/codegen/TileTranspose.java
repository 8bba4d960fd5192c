package org.ndjit.codegen;

import java.lang.foreign.MemorySegment;

/**
 * Copies a tile of a transposed operand into C order, so that a kernel reads it with vector loads:
 * element (g, j) of the tile, {@code g < rows}, {@code j < cols}, is read at element
 * {@code first + g + j * stride} of {@code from} (the tile's rows are consecutive elements of each
 * of its columns, as in {@code M.T}) and written at element {@code g * cols + j} of {@code to}.
 * Elements move as bits (NaN payloads kept). Only the vector package has one (a loop reading the
 * transposed operand element by element is what kernels do without it); {@link #stages} says which
 * element sizes it takes.
 */
public interface TileTranspose {
    /** Whether {@link #copy} takes elements of {@code item} bytes. */
    boolean stages(int item);

    void copy(int item, MemorySegment from, long first, long stride, int rows, int cols, MemorySegment to);
}
