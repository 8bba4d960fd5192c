package org.ndjit.spark;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;

/**
 * Where each partition's rows start: partition i holds rows {@code [start(i), start(i + 1))}. Known on
 * the driver before any data is read, so messages, file offsets and reductions can name a partition's
 * rows.
 */
final class RowRanges implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Rows per chunk of the library's float sums ({@code org.ndjit.ir.Reduction.CHUNK}: a sum over rows
     * restarts its lanes every 65,536 rows); partitions that start on a multiple of it give sums
     * bit-identical to one machine's (see {@link DistributedArray}).
     */
    static final long CHUNK_ROWS = 1 << 16;

    private final long[] starts;

    private RowRanges(long[] starts) {
        this.starts = starts;
    }

    /** Partition boundaries from the rows of each partition, in order. */
    static RowRanges ofCounts(long[] rows) {
        long[] starts = new long[rows.length + 1];
        for (int i = 0; i < rows.length; i++) starts[i + 1] = Math.addExact(starts[i], rows[i]);
        return new RowRanges(starts);
    }

    /**
     * {@code rows} split into {@code partitions} ranges of nearly equal length; when every partition gets at
     * least {@link #CHUNK_ROWS} rows, each boundary is moved down to a multiple of it, so that sums are the
     * single machine's bit for bit.
     */
    static RowRanges even(long rows, int partitions) {
        if (partitions < 1) throw new IllegalArgumentException("partitions must be at least 1, not " + partitions);
        boolean aligned = rows / partitions >= CHUNK_ROWS;
        long[] starts = new long[partitions + 1];
        for (int i = 1; i < partitions; i++) {
            long at = rows / partitions * i + rows % partitions * i / partitions; // floor(rows * i / partitions), no overflow
            starts[i] = aligned ? at - at % CHUNK_ROWS : at;
        }
        starts[partitions] = rows;
        return new RowRanges(starts);
    }

    int partitions() { return starts.length - 1; }

    long start(int partition) { return starts[partition]; }

    long stop(int partition) { return starts[partition + 1]; }

    long rows() { return starts[starts.length - 1]; }

    /** True when every partition starts on a multiple of {@link #CHUNK_ROWS} rows. */
    boolean chunkAligned() {
        for (int i = 0; i < partitions(); i++) if (starts[i] % CHUNK_ROWS != 0) return false;
        return true;
    }

    @Override
    public String toString() {
        return Arrays.toString(starts);
    }
}
