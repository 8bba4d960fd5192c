package org.ndjit.engine;

import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.OffsetIterator;
import org.ndjit.ir.StridedArray;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Boolean mask selection ({@code x[mask]}): copies, in C order, the elements (or sub-arrays) of x
 * where the mask is true, moving bytes of whole elements so that every dtype is one loop. The
 * output length was counted when the node was built.
 */
public final class Compress {
    private Compress() {}

    public static StridedArray run(Node node, StridedArray x, StridedArray mask) {
        StridedArray out = MemoryPool.shared().allocate(node.dtype(), node.shape(), false); // checked below: every element is written
        int maskRank = mask.layout().ndim();
        int[] leading = new int[maskRank];
        for (int i = 0; i < maskRank; i++) leading[i] = i;
        Layout rows = x.layout().onlyAxes(leading), cell = x.layout().withoutAxes(leading).withOffset(0);
        long item = node.dtype().itemSize(), cellSize = cell.size();
        MemorySegment in = x.buffer().segment(), target = out.buffer().segment(), m = mask.buffer().segment();
        OffsetIterator maskAt = new OffsetIterator(mask.layout()), rowAt = new OffsetIterator(rows);
        long written = 0;
        for (long t = 0, n = mask.size(); t < n; t++) {
            boolean take = m.get(ValueLayout.JAVA_BYTE, maskAt.next()) != 0;
            long base = rowAt.next();
            if (!take) continue;
            if (cellSize == 1) {
                MemorySegment.copy(in, base * item, target, written * item, item);
                written++;
                continue;
            }
            OffsetIterator c = new OffsetIterator(cell);
            for (long k = 0; k < cellSize; k++, written++) MemorySegment.copy(in, (base + c.next()) * item, target, written * item, item);
        }
        java.lang.ref.Reference.reachabilityFence(x);
        java.lang.ref.Reference.reachabilityFence(mask);
        if (written != out.size()) throw new IllegalStateException("mask selected " + written + " elements, expected " + out.size());
        return out;
    }
}
