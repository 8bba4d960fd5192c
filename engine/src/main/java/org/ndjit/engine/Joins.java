package org.ndjit.engine;

import org.ndjit.codegen.KernelCache;
import org.ndjit.ir.Buffer;
import org.ndjit.ir.Concatenation;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.OffsetIterator;
import org.ndjit.ir.StridedArray;
import org.ndjit.optimizer.Step;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.function.Function;

/**
 * Runs a {@link Step.Join}: one output, and each part's kernel writing its elements straight into
 * the part's region of it. The generated loop writes runs of consecutive elements, so a region whose
 * innermost axis of length > 1 is consecutive in the output takes the kernel's writes directly (every
 * region of a concatenation along axis 0, and along the last axis when parts are wider than one); a
 * region of single elements spaced apart (a part one wide along a later axis, as in
 * {@code columnStack} of vectors) is computed into pool memory and copied into place by a strided loop. A
 * nested join (a part that is a concatenation along another axis) writes its parts into sub-regions.
 */
final class Joins {
    private Joins() {}

    /** The concatenation's value, in {@code into} (C order, the output's dtype and size) when it is not null. */
    static StridedArray run(Step.Join join, Function<Node, StridedArray> value, KernelCache cache, StridedArray into) {
        Node n = join.output();
        StridedArray out = into != null ? into : MemoryPool.shared().allocate(n.dtype(), n.shape(), false); // every region is written
        Layout whole = Layout.contiguous(n.shape()).withOffset(out.layout().offset());
        write(join, value, cache, out.buffer(), whole);
        return new StridedArray(out.buffer(), whole);
    }

    /** Computes the join's parts into their regions of {@code target}, its layout within {@code buffer} (a nested join's region of its parent). */
    private static void write(Step.Join join, Function<Node, StridedArray> value, KernelCache cache, Buffer buffer, Layout target) {
        Node n = join.output();
        Cancellation cancel = Cancellation.current();
        for (int k = 0; k < join.parts().size(); k++) {
            cancel.check();
            Layout region = Concatenation.region(n, target, k);
            if (region.size() == 0) continue;
            if (join.parts().get(k) instanceof Step.Join nested) {
                write(nested, value, cache, buffer, region);
                continue;
            }
            Step.Kernel part = (Step.Kernel) join.parts().get(k);
            StridedArray into = writesRuns(region) ? new StridedArray(buffer, region) : null;
            // A part that is a reduction was computed by an earlier step: its kernel here only reads it.
            StridedArray computed = part.reduction() != null ? KernelRunner.copy(value.apply(part.output()), cache, into)
                                                             : KernelRunner.run(part, value, cache, into);
            if (into != null) continue;
            scatter(computed, buffer.segment(), region, n.dtype().itemSize());
            computed.buffer().close("a concatenation's part was copied into its region");
        }
    }

    /** Whether the region's innermost axis longer than one has stride 1 (the loop's output rows are then consecutive). */
    private static boolean writesRuns(Layout region) {
        for (int d = region.ndim() - 1; d >= 0; d--) {
            if (region.dim(d) != 1) return region.stride(d) == 1;
        }
        return true;
    }

    /**
     * Copies a contiguous value's elements, in C order, to the positions of {@code region}, as integers
     * of their width (so NaN payloads are kept), a row of the region's innermost axis at a time.
     */
    private static void scatter(StridedArray from, MemorySegment to, Layout region, int item) {
        MemorySegment in = from.buffer().segment();
        Layout rows = Coalesce.rows(new Layout[] {region})[0];
        int inner = rows.ndim() - 1;
        long n = rows.dim(inner), stride = rows.stride(inner), next = from.layout().offset();
        OffsetIterator outer = new OffsetIterator(rows.withoutAxes(new int[] {inner}));
        for (long r = region.size() / n; r > 0; r--, next += n) {
            long at = outer.next();
            switch (item) {
                case 8 -> { for (long j = 0; j < n; j++) to.setAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, at + j * stride, in.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, next + j)); }
                case 4 -> { for (long j = 0; j < n; j++) to.setAtIndex(ValueLayout.JAVA_INT_UNALIGNED, at + j * stride, in.getAtIndex(ValueLayout.JAVA_INT_UNALIGNED, next + j)); }
                case 2 -> { for (long j = 0; j < n; j++) to.setAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, at + j * stride, in.getAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, next + j)); }
                default -> { for (long j = 0; j < n; j++) to.set(ValueLayout.JAVA_BYTE, at + j * stride, in.get(ValueLayout.JAVA_BYTE, next + j)); }
            }
        }
    }
}
