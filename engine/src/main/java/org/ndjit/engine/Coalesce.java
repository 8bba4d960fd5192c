package org.ndjit.engine;

import org.ndjit.ir.Layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Merges loop dimensions that every operand walks contiguously (stride[i] == stride[i+1] * dim[i+1])
 * and drops length-1 dimensions, so that, for example, two contiguous (1000, 3) arrays become one
 * row of 3000 elements: fewer, longer rows for the generated loop.
 */
final class Coalesce {
    private Coalesce() {}

    /** The operands' layouts (all of one shape) over the fewest dimensions, at least one. */
    static Layout[] rows(Layout[] operands) {
        long[] shape = operands[0].shape();
        List<Integer> kept = new ArrayList<>();
        for (int d = 0; d < shape.length; d++) if (shape[d] != 1) kept.add(d);
        List<long[]> groups = new ArrayList<>();
        List<long[][]> groupStrides = new ArrayList<>();
        for (int d : kept) {
            long[] strides = new long[operands.length];
            for (int i = 0; i < operands.length; i++) strides[i] = operands[i].stride(d);
            if (!groups.isEmpty() && mergeable(groups.getLast()[0], groupStrides.getLast()[0], shape[d], strides)) {
                long[] g = groups.getLast();
                g[0] *= shape[d];
                groupStrides.getLast()[0] = strides;
            } else {
                groups.add(new long[] {shape[d]});
                groupStrides.add(new long[][] {strides});
            }
        }
        int rank = Math.max(groups.size(), 1);
        Layout[] out = new Layout[operands.length];
        for (int i = 0; i < operands.length; i++) {
            long[] s = new long[rank], st = new long[rank];
            s[0] = 1;
            for (int g = 0; g < groups.size(); g++) {
                s[g] = groups.get(g)[0];
                st[g] = groupStrides.get(g)[0][i];
            }
            out[i] = new Layout(s, st, operands[i].offset());
        }
        return out;
    }

    /** Whether an outer group can absorb the next dimension for every operand. */
    private static boolean mergeable(long groupDim, long[] groupStrides, long dim, long[] strides) {
        for (int i = 0; i < strides.length; i++) {
            if (groupStrides[i] != strides[i] * dim) return false;
        }
        return true;
    }
}
