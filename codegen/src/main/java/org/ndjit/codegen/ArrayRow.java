package org.ndjit.codegen;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.reflect.Array;

/**
 * One operand's row as a Java array of its memory type, for the row() of the scalar class a new kernel
 * starts on ({@link RowKernelCompiler#compileScalar}): that loop runs in the interpreter for its first
 * calls, where reading an element of a segment is an interface call into the JDK's segment code and an
 * array element is one bytecode ({@code DALOAD}). Element j of the row is at {@code start + j * step}.
 * A Java array of the operand's type is used in place; other memory (native, another array type, an odd
 * offset, read-only) is copied into a new array in one call, and an output row is copied back after the
 * loop. Called by generated code once per row and operand, so this code is compiled by the JIT early on.
 */
final class ArrayRow {
    final Object array;
    final int start;
    final int step;
    /** Whether {@link #array} is a copy of the memory rather than the memory itself. */
    private final boolean copied;

    private ArrayRow(Object array, int start, int step, boolean copied) {
        this.array = array;
        this.start = start;
        this.step = step;
        this.copied = copied;
    }

    /** The {@code n} elements of an input row at byte {@code position}, {@code step} bytes apart (0: a broadcast element). */
    static ArrayRow input(MemorySegment segment, ValueLayout layout, long position, long step, int n) {
        int item = (int) layout.byteSize();
        Object inPlace = HeapArrays.array(segment, position, layout.carrier().arrayType(), item);
        if (inPlace != null) return new ArrayRow(inPlace, HeapArrays.index(segment, position, item), (int) (step / item), false);
        int count = step == 0 ? Math.min(n, 1) : n;
        Object copy = Array.newInstance(layout.carrier(), count);
        if (step == item) {
            MemorySegment.copy(segment, layout, position, copy, 0, count);
        } else {
            for (int k = 0; k < count; k++) MemorySegment.copy(segment, layout, position + k * step, copy, k, 1);
        }
        return new ArrayRow(copy, 0, step == 0 ? 0 : 1, true);
    }

    /** Where the {@code n} elements of an output row at byte {@code position} are written; {@link #writeBack} ends the row. */
    static ArrayRow output(MemorySegment segment, ValueLayout layout, long position, int n) {
        int item = (int) layout.byteSize();
        Object inPlace = HeapArrays.array(segment, position, layout.carrier().arrayType(), item);
        if (inPlace != null) return new ArrayRow(inPlace, HeapArrays.index(segment, position, item), 1, false);
        return new ArrayRow(Array.newInstance(layout.carrier(), n), 0, 1, true);
    }

    /** Copies an {@link #output} row written to a copy into its memory. */
    void writeBack(MemorySegment segment, ValueLayout layout, long position, int n) {
        if (copied) MemorySegment.copy(array, 0, segment, layout, position, n);
    }
}
