package org.ndjit.ir;

import java.util.Arrays;

/** The argument of a reduction node: the sorted, distinct axes it reduces (the result drops them). */
public final class ReduceAxes {
    private final int[] axes;

    public ReduceAxes(int[] sortedAxes) {
        this.axes = sortedAxes.clone();
    }

    public int[] axes() { return axes.clone(); }

    public boolean contains(int axis) {
        return Arrays.binarySearch(axes, axis) >= 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReduceAxes r && Arrays.equals(axes, r.axes);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(axes); }

    @Override
    public String toString() { return "axes=" + Arrays.toString(axes); }
}
