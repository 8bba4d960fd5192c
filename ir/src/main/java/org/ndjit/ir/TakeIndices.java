package org.ndjit.ir;

import java.util.Arrays;

/** The argument of a partition node: the axis and the positions along it (in range, sorted) that the result keeps, in order. */
public final class TakeIndices {
    private final int axis;
    private final long[] indices;

    public TakeIndices(int axis, long[] indices) {
        this.axis = axis;
        this.indices = indices.clone();
    }

    public int axis() { return axis; }
    public int count() { return indices.length; }
    public long index(int i) { return indices[i]; }

    @Override
    public boolean equals(Object o) {
        return o instanceof TakeIndices t && axis == t.axis && Arrays.equals(indices, t.indices);
    }

    @Override
    public int hashCode() { return 31 * axis + Arrays.hashCode(indices); }

    @Override
    public String toString() { return "axis=" + axis + " indices=" + Arrays.toString(indices); }
}
