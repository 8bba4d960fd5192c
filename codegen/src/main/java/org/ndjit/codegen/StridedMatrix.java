package org.ndjit.codegen;

import java.lang.foreign.MemorySegment;

/**
 * A matrix read in place: element {@code (i, j)} is at index {@code offset + i * rowStride + j * colStride}
 * of the segment (in elements, not bytes). Any strides: C order, a transpose, a slice with steps, a
 * reversal, a broadcast row (stride 0).
 */
public record StridedMatrix(MemorySegment segment, long offset, long rowStride, long colStride) {
    /** The index of element {@code (i, j)}. */
    public long at(long i, long j) {
        return offset + i * rowStride + j * colStride;
    }
}
