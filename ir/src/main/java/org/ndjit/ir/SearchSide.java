package org.ndjit.ir;

/**
 * searchsorted's side: the first position where the value could be inserted keeping the order
 * ({@code LEFT}: before equal elements) or the last ({@code RIGHT}: after them).
 */
public enum SearchSide {
    LEFT, RIGHT;

    @Override
    public String toString() { return "side=" + name().toLowerCase(java.util.Locale.ROOT); }
}
