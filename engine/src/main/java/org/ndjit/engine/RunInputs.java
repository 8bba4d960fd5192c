package org.ndjit.engine;

import org.ndjit.ir.Buffer;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Op;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The values one run reads but does not make (memoised values, the buffers of leaves, constants),
 * each {@linkplain Buffer#pin pinned} from the moment the run first looks at it until {@link #unpinAll},
 * so that an array closed while the run reads it keeps its memory until the run ends.
 *
 * <p>A memoised value is looked up once and the answer kept: the planner and the steps must agree on
 * what exists, although another thread may clear a memo meanwhile. A memo whose buffer is closed (its
 * array was closed, but the node is shared with arrays built elsewhere from the same expression) is
 * cleared and treated as not computed, so the plan computes it again. A buffer leaf over a closed
 * buffer cannot be computed again: pinning it throws an {@link IllegalStateException} saying why.
 */
final class RunInputs implements java.util.function.Predicate<Node> {
    private final Function<Node, StridedArray> memo;
    // Made at first use: a quick run (ShortKernel) over arrays the caller made pins their buffers and needs none of them.
    private Map<Node, StridedArray> known, leaves;
    private Map<Buffer, Boolean> buffers;
    private Buffer[] pinned = new Buffer[8];
    private int pinnedCount;

    RunInputs(Function<Node, StridedArray> memo) {
        this.memo = memo;
    }

    /** The value of a node computed earlier, pinned for the run; null if there is none (or its memory was released). */
    StridedArray known(Node n) {
        StridedArray v = known == null ? null : known.get(n);
        if (v != null) return v;
        v = memo.apply(n);
        if (v == null) return null;
        if (!v.buffer().tryPin()) {
            n.casMemo(v, null);
            return null;
        }
        keepPinned(v.buffer());
        held(v.buffer());
        if (known == null) known = new IdentityHashMap<>(4);
        known.put(n, v);
        return v;
    }

    /** Whether {@code n} has a value computed earlier ({@link #known}, which pins it): what a plan-cache look-up asks of each node. */
    @Override
    public boolean test(Node n) {
        return known(n) != null;
    }

    /**
     * The buffer of {@code input} read as one run of adjacent elements from {@code off[i]} (set here),
     * pinned and checked valid: an array's memory, a contiguous view of it (a reshape, a slice of rows),
     * or a contiguous value that exists; null when it is read any other way. The inputs of the quick
     * paths ({@link ShortKernel}, {@link ShortReduction}).
     */
    Buffer pinContiguous(Node input, long[] off, int i) {
        Buffer b;
        if (input.op() == Op.BUFFER) {
            b = pinLeaf(input);
            off[i] = 0;
        } else if (input.op() == Op.VIEW && input.src(0).op() == Op.BUFFER && ((Layout) input.arg()).isContiguous()) {
            b = pinLeaf(input.src(0));
            off[i] = ((Layout) input.arg()).offset();
        } else {
            StridedArray v = value(input);
            if (v == null || !v.layout().isContiguous()) return null;
            b = v.buffer();
            off[i] = v.layout().offset();
        }
        b.checkValid();
        return b;
    }

    /**
     * A value this run computed for a later step of its own (a quick reduction's, for its epilogue,
     * see {@link ShortReduction.WithEpilogue}): answered by {@link #known}, neither pinned nor held.
     */
    void computed(Node n, StridedArray v) {
        if (known == null) known = new IdentityHashMap<>(4);
        known.put(n, v);
    }

    /** A value that exists before the run: {@link #known}, a buffer leaf's (pinned; throws if closed), a constant's; else null. */
    StridedArray value(Node n) {
        StridedArray v = known(n);
        if (v != null) return v;
        v = leaves == null ? null : leaves.get(n);
        if (v != null) return v;
        if (n.op() == Op.BUFFER) {
            Buffer b = (Buffer) n.arg();
            b.pin();
            keepPinned(b);
            v = new StridedArray(b, Layout.contiguous(n.shape()));
        } else if (n.op() == Op.CONST || n.op() == Op.ARANGE) {
            v = ReferenceEvaluator.evaluate(n); // kernels compute constants and ranges themselves; other steps read them written out
        } else {
            return null;
        }
        held(v.buffer());
        if (leaves == null) leaves = new IdentityHashMap<>(8);
        leaves.put(n, v);
        return v;
    }

    private void held(Buffer b) {
        if (buffers == null) buffers = new IdentityHashMap<>(8);
        buffers.put(b, Boolean.TRUE);
    }

    /**
     * A buffer leaf's memory, pinned for the run (throws if it was closed), without making its value:
     * for the quick paths, which read the buffer in place and release nothing ({@link #pinContiguous}),
     * so {@link #holds} need not know it.
     */
    private Buffer pinLeaf(Node leaf) {
        Buffer b = (Buffer) leaf.arg();
        b.pin();
        keepPinned(b);
        return b;
    }

    /** True for the buffers of values the run did not make: they are never released by it. */
    boolean holds(Buffer b) {
        return buffers != null && buffers.containsKey(b);
    }

    /** Drops every pin this run took; a buffer closed meanwhile goes back to its owner now. */
    void unpinAll() {
        for (int i = 0; i < pinnedCount; i++) {
            pinned[i].unpin();
            pinned[i] = null;
        }
        pinnedCount = 0;
    }

    private void keepPinned(Buffer b) {
        if (pinnedCount == pinned.length) pinned = java.util.Arrays.copyOf(pinned, pinnedCount * 2);
        pinned[pinnedCount++] = b;
    }
}
