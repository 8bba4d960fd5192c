package org.ndjit.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.ndjit.DType;
import org.ndjit.Np;

import java.util.Arrays;
import java.util.List;

/**
 * Blocks whose rows are known only once computed (the rows a filter keeps, a DataFrame's partitions):
 * one job computes them, keeps them in executor memory and finds their shapes, which place each
 * partition's rows in the whole array.
 */
final class RowPlacement {
    private RowPlacement() {}

    /**
     * The array of {@code unplaced} blocks (one per partition, in partition order, rows not yet known),
     * computed once and kept in executor memory while one job finds their shapes: their rows place them,
     * and non-empty blocks must agree in the rest.
     */
    static DistributedArray place(JavaSparkContext sc, JavaRDD<Block> unplaced, DType dtype) {
        JavaRDD<Block> kept = unplaced.persist(StorageLevel.MEMORY_ONLY());
        List<long[]> shapes = kept.map(b -> b.array().shape()).collect();
        long[] rows = new long[shapes.size()];
        int first = -1;
        for (int i = 0; i < rows.length; i++) {
            long[] shape = shapes.get(i);
            rows[i] = shape[0];
            if (rows[i] == 0) continue;
            if (first < 0) first = i;
            long[] model = shapes.get(first);
            if (!Arrays.equals(shape, 1, shape.length, model, 1, model.length)) {
                throw new IllegalArgumentException("partition " + i + " holds rows of shape " + Arrays.toString(Arrays.copyOfRange(shape, 1, shape.length))
                        + ", partition " + first + " of shape " + Arrays.toString(Arrays.copyOfRange(model, 1, model.length))
                        + ": every row must have the same shape");
            }
        }
        long[] empty = shapes.get(Math.max(first, 0)).clone();
        empty[0] = 0; // an empty block
        RowRanges ranges = RowRanges.ofCounts(rows);
        JavaRDD<Block> placed = kept.map(b -> new Block(b.index(), ranges.start(b.index()), b.rows() == 0 ? Np.zeros(dtype, empty) : b.array()));
        return DistributedArray.over(sc, placed, ranges, dtype, empty);
    }
}
