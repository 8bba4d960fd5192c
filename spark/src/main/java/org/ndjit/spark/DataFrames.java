package org.ndjit.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.api.java.JavaSparkContext;
import org.ndjit.DType;
import org.ndjit.NDArray;
import org.ndjit.Np;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * DataFrames in and out, a partition's rows copied into (or out of) one block. Spark's Java API has no
 * zero-copy path from a DataFrame's Arrow batches (that is internal to Spark and to PySpark), so each
 * value is copied once through Spark's rows; the blocks are kept in memory so that the copy is done once.
 */
final class DataFrames {
    private DataFrames() {}

    static DistributedArray fromColumns(Dataset<Row> frame, String... columns) {
        if (columns.length == 0) throw new IllegalArgumentException("name at least one column");
        Column[] cast = Arrays.stream(columns).map(c -> functions.col(c).cast(DataTypes.DoubleType)).toArray(Column[]::new);
        int m = columns.length;
        JavaRDD<Block> unplaced = frame.select(cast).javaRDD()
                .mapPartitionsWithIndex((index, rows) -> List.of(new Block(index, -1, blockOf(rows, m))).iterator(), true);
        return DistributedArray.placing(JavaSparkContext.fromSparkContext(frame.sparkSession().sparkContext()), unplaced, Np.zeros(DType.FLOAT64, 0, m));
    }

    /** A partition's rows as a (rows, m) float64 block; null is NaN. */
    private static NDArray blockOf(Iterator<Row> rows, int m) {
        double[] values = new double[16 * m];
        int n = 0;
        while (rows.hasNext()) {
            Row row = rows.next();
            if ((long) (n + 1) * m > values.length) values = Arrays.copyOf(values, Math.toIntExact(Math.min((long) values.length * 2, Integer.MAX_VALUE - 8)));
            for (int j = 0; j < m; j++) values[n * m + j] = row.isNullAt(j) ? Double.NaN : row.getDouble(j);
            n++;
        }
        return Np.array(Arrays.copyOf(values, n * m)).reshape(n, m);
    }

    /** Spark's rows over a block's values ({@code m} per row), made as they are read. */
    private static Iterator<Row> rowsOf(double[] values, int m) {
        return new Iterator<>() {
            private int at;

            @Override
            public boolean hasNext() { return at < values.length; }

            @Override
            public Row next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                Object[] row = new Object[m];
                for (int j = 0; j < m; j++) row[j] = values[at + j];
                at += m;
                return RowFactory.create(row);
            }
        };
    }

    static Dataset<Row> toFrame(DistributedArray a, SparkSession spark, String... columns) {
        if (a.ndim() != 2 || a.shape()[1] != columns.length) {
            throw new IllegalArgumentException("a DataFrame of " + columns.length + " columns needs a 2-d array of " + columns.length
                    + " columns, not shape " + Arrays.toString(a.shape()));
        }
        List<StructField> fields = new ArrayList<>();
        for (String c : columns) fields.add(DataTypes.createStructField(c, DataTypes.DoubleType, false));
        int m = columns.length;
        BlockFunction f = a.function();
        JavaRDD<Row> rows = a.source().flatMap(b -> BlockFailure.run(b, () -> rowsOf(DistributedArray.checkedRows(b.array(), f).astype(DType.FLOAT64).toDoubleArray(), m)));
        return spark.createDataFrame(rows, DataTypes.createStructType(fields));
    }
}
