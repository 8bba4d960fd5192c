package org.ndjit.engine;

/**
 * How much the pool's live bytes may grow before it asks for a garbage collection (see
 * {@link MemoryPool}): a dropped result's block comes back only after one, and each costs a pause.
 * The growth allowed starts at {@code ndjit.collectAfter} and adapts so that the collections the pool
 * asks for take about {@link #SHARE_LOW} to {@link #SHARE_HIGH} of the program's time: doubled
 * (up to a ceiling) after a collection that took more than {@link #SHARE_HIGH} of the time since the
 * previous one, halved (down to the start) after one that took less than {@link #SHARE_LOW}.
 * A loop dropping 32 MB results every 5 ms paid a full collection every eight calls at a fixed
 * 256 MB; a larger growth trades resident memory (up to the ceiling, which the caller bounds by what
 * the pool may keep) for fewer pauses. Not thread-safe: the pool calls it under its lock.
 */
final class CollectionPacing {
    static final double SHARE_HIGH = 0.05, SHARE_LOW = 0.01;

    private final long floor, ceiling;
    private long allowed;
    /** When the previous requested collection ended, or -1 before the first. */
    private long lastEnd = -1;

    CollectionPacing(long floor, long ceiling) {
        if (floor <= 0) throw new IllegalArgumentException("ndjit.collectAfter must be positive: " + floor);
        this.floor = floor;
        this.ceiling = Math.max(floor, ceiling);
        this.allowed = floor;
    }

    /** The growth of live bytes after which the pool asks for a collection now. */
    long allowed() { return allowed; }

    /** A requested collection ran from {@code start} to {@code end} ({@link System#nanoTime()}): adapts the growth allowed. */
    void collected(long start, long end) {
        if (lastEnd >= 0) {
            double share = (double) (end - start) / Math.max(1, end - lastEnd);
            if (share > SHARE_HIGH) allowed = Math.min(ceiling, allowed * 2);
            else if (share < SHARE_LOW) allowed = Math.max(floor, allowed / 2);
        }
        lastEnd = end;
    }
}
