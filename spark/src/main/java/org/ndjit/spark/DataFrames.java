package org.ndjit.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
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

    /**
     * Numeric columns give one value per row, array columns (of numbers) as many as their arrays hold, the
     * same in every row; a row's values are its columns' in the order named.
     */
    static DistributedArray fromColumns(Dataset<Row> frame, String... columns) {
        if (columns.length == 0) throw new IllegalArgumentException("name at least one column");
        StructType schema = frame.schema();
        boolean[] arrays = new boolean[columns.length];
        Column[] cast = new Column[columns.length];
        for (int j = 0; j < columns.length; j++) {
            arrays[j] = schema.apply(columns[j]).dataType() instanceof ArrayType;
            cast[j] = functions.col(columns[j]).cast(arrays[j] ? DataTypes.createArrayType(DataTypes.DoubleType) : DataTypes.DoubleType);
        }
        JavaRDD<Block> unplaced = frame.select(cast).javaRDD()
                .mapPartitionsWithIndex((index, rows) -> List.of(new Block(index, -1, blockOf(rows, columns, arrays, index))).iterator(), true);
        return RowPlacement.place(JavaSparkContext.fromSparkContext(frame.sparkSession().sparkContext()), unplaced, DType.FLOAT64);
    }

    /**
     * A partition's rows as a (rows, values per row) float64 block; a null value is NaN, a null array or
     * arrays of another length than the partition's first row's fail naming the row.
     */
    private static NDArray blockOf(Iterator<Row> rows, String[] columns, boolean[] arrays, int partition) {
        int[] lengths = null;
        int m = 0, n = 0;
        double[] values = new double[0];
        while (rows.hasNext()) {
            Row row = rows.next();
            if (lengths == null) {
                lengths = new int[columns.length];
                for (int j = 0; j < columns.length; j++) m += lengths[j] = arrays[j] ? array(row, j, columns, n, partition).size() : 1;
                values = new double[16 * m];
            }
            if ((long) (n + 1) * m > values.length) values = Arrays.copyOf(values, Math.toIntExact(Math.min((long) values.length * 2, Integer.MAX_VALUE - 8)));
            int at = n * m;
            for (int j = 0; j < columns.length; j++) {
                if (!arrays[j]) {
                    values[at++] = row.isNullAt(j) ? Double.NaN : row.getDouble(j);
                    continue;
                }
                List<Double> array = array(row, j, columns, n, partition);
                if (array.size() != lengths[j]) {
                    throw new IllegalArgumentException("column " + columns[j] + ": row " + n + " of partition " + partition + " holds " + array.size()
                            + " values, the partition's first row " + lengths[j] + ": an array column must hold as many values in every row");
                }
                for (Double v : array) values[at++] = v == null ? Double.NaN : v;
            }
            n++;
        }
        return Np.array(Arrays.copyOf(values, n * m)).reshape(n, m);
    }

    private static List<Double> array(Row row, int j, String[] columns, int n, int partition) {
        if (row.isNullAt(j)) throw new IllegalArgumentException("column " + columns[j] + ": row " + n + " of partition " + partition + " holds no array (null)");
        return row.getList(j);
    }

    /**
     * Spark's rows over a block's values ({@code m} per row), made as they are read: {@code m} double
     * columns, or one array column holding the {@code m} values.
     */
    private static Iterator<Row> rowsOf(double[] values, int m, boolean asArray) {
        return new Iterator<>() {
            private int at;

            @Override
            public boolean hasNext() { return at < values.length; }

            @Override
            public Row next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                Object[] row;
                if (asArray) {
                    row = new Object[] {Arrays.copyOfRange(values, at, at + m)};
                } else {
                    row = new Object[m];
                    for (int j = 0; j < m; j++) row[j] = values[at + j];
                }
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
        return frame(a, spark, DataTypes.createStructType(fields), columns.length, false);
    }

    static Dataset<Row> toArrayColumn(DistributedArray a, SparkSession spark, String column) {
        if (a.ndim() != 2) throw new IllegalArgumentException("an array column holds the rows of a 2-d array, not of shape " + Arrays.toString(a.shape()));
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField(column, DataTypes.createArrayType(DataTypes.DoubleType, false), false)));
        return frame(a, spark, schema, Math.toIntExact(a.shape()[1]), true);
    }

    private static Dataset<Row> frame(DistributedArray a, SparkSession spark, StructType schema, int m, boolean asArray) {
        BlockFunction f = a.function();
        JavaRDD<Row> rows = a.source().flatMap(b -> BlockFailure.run(b,
                () -> rowsOf(DistributedArray.checkedRows(b.array(), f).astype(DType.FLOAT64).toDoubleArray(), m, asArray)));
        return spark.createDataFrame(rows, schema);
    }
}
