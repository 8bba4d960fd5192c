package org.ndjit.ir;

/** The argument of a sort or scan node: the one axis it runs along (normalised, in range). */
public record AlongAxis(int axis) {
    @Override
    public String toString() { return "axis=" + axis; }
}
