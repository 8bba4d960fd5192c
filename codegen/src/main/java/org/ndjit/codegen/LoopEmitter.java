package org.ndjit.codegen;

import org.objectweb.asm.MethodVisitor;

import java.util.function.IntUnaryOperator;

/**
 * Emits the main loop of a row method, before the scalar loop that every kernel has (which finishes
 * the tail, and does all the work when there is no main loop). {@link #SCALAR} emits none; the
 * Vector API emitter (package {@code codegen.vector}) emits a vector loop for the kernels it can
 * compute with the scalar loop's bits. {@link Vectorization} chooses one, once.
 */
public interface LoopEmitter {
    /** No main loop: the scalar loop computes every element. Always present. */
    LoopEmitter SCALAR = new LoopEmitter() {
        @Override public boolean applies(KernelSpec spec) { return false; }
        @Override public boolean sums(KernelSpec spec) { return false; }
        @Override public boolean sumsLong(KernelSpec spec) { return false; }
        @Override public int lanes(KernelSpec spec) { return 1; }
        @Override public void emit(MethodVisitor mv, KernelSpec spec, RowLocals locals) {
            throw new IllegalStateException("the scalar emitter has no main loop");
        }
    };

    /** True when this kernel, with its input strides, gets a main loop. */
    boolean applies(KernelSpec spec);

    /** True when, besides {@link #applies}, the kernel gets {@link RowKernel#sumRow} (float sums in registers). */
    boolean sums(KernelSpec spec);

    /** True when, besides {@link #applies}, the kernel gets {@link RowKernel#sumRowLong} (integer and bool sums in registers). */
    boolean sumsLong(KernelSpec spec);

    /** Elements per main-loop iteration (1 when it {@link #applies} not). */
    int lanes(KernelSpec spec);

    /**
     * Emits the loop from {@code j = 0} to its bound; on exit {@code j} is that bound and the byte
     * positions of the inputs and of the output have been advanced to it.
     */
    void emit(MethodVisitor mv, KernelSpec spec, RowLocals locals);

    /**
     * The locals of the row method the main loop works with: per input its memory segment, its byte
     * position and its byte step; per slot the local holding its scalar value; the output segment
     * and byte position, the element count n and counter j (ints), the array the values are reduced
     * into and by which op ({@code lanes} and {@code reduces}: sumRow's lanes with SUM for float values,
     * sumRowLong's total with SUM for integer and bool values, maxRow's and minRow's
     * best value with MAX and MIN; -1 and null in row()), an allocator of new locals, and what sumAcross, maxAcross or minAcross reduce into (null in the other methods).
     * {@code byMemoryKind}: emit the vector loop in copies chosen per call: every operand a Java array
     * (loads and stores through {@code fromArray}/{@code intoArray}), the output a Java array (row()),
     * and the rest (native memory). A Vector API access to a segment runs the JDK's code for either kind
     * of segment, whose profile all callers in the JVM share; with both kinds at one site (results of up
     * to 64 KB are Java arrays, larger ones native memory) C2's profiled loop predicates failed at the
     * loop's entry on the other kind, and the method was deoptimized and compiled again every 100-300 ms
     * for up to ~100 rounds (HotSpot's PerMethodTrapLimit): seconds of 30-40 us calls on a*b + c*d - e
     * over 1,000 elements, which take 2.4 us once compiled. Java arrays go through array accesses instead,
     * so the segment sites see native memory only, and each copy has its own profile.
     */
    record RowLocals(int[] segment, int[] position, int[] step, int[] slotLocal, int out, int outPos, int n, int j, int lanes,
                     org.ndjit.ir.Op reduces, IntUnaryOperator allocate, Across across, boolean byMemoryKind, MemoryCopy only, org.objectweb.asm.Label declined) {}

    /**
     * One of the vector loop's copies by kind of memory (see {@link RowLocals}), when each is emitted
     * in a method of its own ({@code RowLocals.only}; the others then jump to {@code RowLocals.declined}
     * and the caller tries the next method). In one method, the copies of a kernel with exp or log
     * passed C2's inlining budget (NodeCountInliningCutoff): the last copy called VectorMath.exp out of
     * line, boxing every vector, 5 to 20 times slower than the copies before it.
     */
    enum MemoryCopy { ARRAYS, OUTPUT_ARRAY, GENERAL }

    /**
     * The locals of {@link RowKernel#sumAcross} and {@link RowKernel#sumAcrossLong} ({@code op} SUM, told apart
     * by the kernel's output dtype), {@link RowKernel#maxAcross} (MAX) and {@link RowKernel#minAcross} (MIN): the
     * row count (int), per input the byte step from one row to the next (long), the sum array (the best values'
     * array of max and min, the totals of sumAcrossLong) and the compensation array (-1 but for sumAcross), and
     * the index of accumulator 0 (int). {@link RowKernel#argmaxAcross} (ARGMAX) and {@link RowKernel#argminAcross}
     * (ARGMIN) have the best values in {@code sum}, their positions in {@code comp} (a long[]) and the position
     * of the first row in {@code position} (a long; -1 in the other methods).
     */
    record Across(int rows, int[] rowStep, int sum, int comp, int position, int at, org.ndjit.ir.Op op) {}
}
