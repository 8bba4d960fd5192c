package org.ndjit.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.ndjit.DType;
import org.ndjit.Np;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Blocks whose rows are known only once computed (the rows a filter keeps, a DataFrame's partitions):
 * one job computes them, keeps them in executor memory and finds their shapes, which place each
 * partition's rows in the whole array, and the first row of the whole (which var needs).
 */
final class RowPlacement {
    private RowPlacement() {}

    /**
     * The array of {@code unplaced} blocks (one per partition, in partition order, rows not yet known),
     * computed once and kept in executor memory while one job finds their shapes: their rows place them,
     * and non-empty blocks must agree in the rest. The array's {@code unpersist} releases them.
     */
    static DistributedArray place(JavaSparkContext sc, JavaRDD<Block> unplaced, DType dtype) {
        JavaRDD<Block> kept = unplaced.persist(StorageLevel.MEMORY_ONLY());
        List<Head> heads = kept.map(b -> new Head(b.rows(), new Shipped(b.array().slice(0, 0L, Math.min(1L, b.rows()), 1).eval()))).collect();
        long[] rows = new long[heads.size()];
        int first = -1;
        for (int i = 0; i < rows.length; i++) {
            rows[i] = heads.get(i).rows;
            if (rows[i] == 0) continue;
            if (first < 0) first = i;
            long[] shape = heads.get(i).row.array().shape(), model = heads.get(first).row.array().shape();
            if (!Arrays.equals(shape, 1, shape.length, model, 1, model.length)) {
                throw new IllegalArgumentException("partition " + i + " holds rows of shape " + Arrays.toString(Arrays.copyOfRange(shape, 1, shape.length))
                        + ", partition " + first + " of shape " + Arrays.toString(Arrays.copyOfRange(model, 1, model.length))
                        + ": every row must have the same shape");
            }
        }
        long[] empty = heads.get(Math.max(first, 0)).row.array().shape();
        empty[0] = 0; // an empty block
        RowRanges ranges = RowRanges.ofCounts(rows);
        JavaRDD<Block> placed = kept.map(b -> new Block(b.index(), ranges.start(b.index()), b.rows() == 0 ? Np.zeros(dtype, empty) : b.array()));
        FirstRow firstRow = first < 0 ? null : FirstRow.of(heads.get(first).row.array());
        return DistributedArray.over(sc, placed, ranges, dtype, empty, firstRow, kept);
    }

    /**
     * A block's rows and its first row (none when it has no rows: then an empty block of its shape),
     * collected by the job that places the blocks. A class, not a record: Spark's Kryo cannot build records.
     */
    private static final class Head implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        private final long rows;
        private final Shipped row;

        Head(long rows, Shipped row) {
            this.rows = rows;
            this.row = row;
        }
    }
}
