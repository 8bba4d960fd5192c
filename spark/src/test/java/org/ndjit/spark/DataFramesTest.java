package org.ndjit.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.ndjit.NDArray;
import org.ndjit.Np;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ndjit.spark.SameBits.assertSame;

/** Numeric DataFrame columns to a float64 distributed array and back. */
class DataFramesTest {
    private static final SparkSession SPARK = LocalSpark.session();

    @Test
    void numericColumnsBecomeAFloat64ArrayAndComeBack() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) rows.add(RowFactory.create(i, i * 0.5, (long) -i, i % 7 == 0 ? null : 1.5 * i));
        JavaRDD<Row> threePartitions = JavaSparkContext.fromSparkContext(SPARK.sparkContext()).parallelize(rows, 3);
        Dataset<Row> frame = SPARK.createDataFrame(threePartitions, DataTypes.createStructType(List.of(
                DataTypes.createStructField("a", DataTypes.IntegerType, false),
                DataTypes.createStructField("b", DataTypes.DoubleType, false),
                DataTypes.createStructField("c", DataTypes.LongType, false),
                DataTypes.createStructField("d", DataTypes.DoubleType, true))));
        DistributedArray x = DistributedArray.fromDataFrame(frame, "c", "b", "d");
        assertArrayEquals(new long[] {500, 3}, x.shape());
        assertEquals(3, x.numPartitions());
        assertArrayEquals(new long[] {166, 333}, x.rowRange(1), "the rows of the DataFrame's second partition");
        NDArray local = x.collect();
        double[][] got = local.toDoubleMatrix();
        for (int i = 0; i < 500; i++) {
            assertArrayEquals(new double[] {-i, i * 0.5, i % 7 == 0 ? Double.NaN : 1.5 * i}, got[i], "row " + i);
        }
        assertSame(local.sum(0).get("1"), x.sum(0).get("1"), "column b's sum (no NaN)");
        assertSame(local.var(0), x.var(0), "var(0): NaN in column d");

        Dataset<Row> back = x.mul(2.0).toDataFrame(SPARK, "c2", "b2", "d2");
        assertEquals(List.of("c2", "b2", "d2"), List.of(back.columns()));
        List<Row> out = back.collectAsList();
        NDArray expected = local.mul(2.0);
        assertEquals(500, out.size());
        for (int i = 0; i < 500; i++) {
            Row r = out.get(i);
            assertArrayEquals(expected.get(new long[] {i}).toDoubleArray(), new double[] {r.getDouble(0), r.getDouble(1), r.getDouble(2)}, "row " + i);
        }
        assertThrows(IllegalArgumentException.class, () -> x.toDataFrame(SPARK, "only", "two"));
    }

    @Test
    void arrayColumnsBesideNumericColumnsGiveEachRowsFeaturesAndComeBack() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(RowFactory.create(i, new Double[] {i * 0.5, i % 11 == 0 ? null : -1.0 * i, 2.0}, new float[] {(float) i / 4, 1.5f}));
        }
        Dataset<Row> frame = SPARK.createDataFrame(JavaSparkContext.fromSparkContext(SPARK.sparkContext()).parallelize(rows, 4),
                DataTypes.createStructType(List.of(
                        DataTypes.createStructField("id", DataTypes.IntegerType, false),
                        DataTypes.createStructField("features", DataTypes.createArrayType(DataTypes.DoubleType, true), false),
                        DataTypes.createStructField("weights", DataTypes.createArrayType(DataTypes.FloatType, false), false))));
        DistributedArray x = DistributedArray.fromDataFrame(frame, "features", "id", "weights");
        assertArrayEquals(new long[] {300, 6}, x.shape());
        double[][] got = x.collect().toDoubleMatrix();
        for (int i = 0; i < 300; i++) {
            assertArrayEquals(new double[] {i * 0.5, i % 11 == 0 ? Double.NaN : -1.0 * i, 2.0, i, (float) i / 4, 1.5}, got[i], "row " + i);
        }
        List<Row> back = x.map(b -> b.get(":, :3")).toArrayColumn(SPARK, "v").collectAsList();
        assertEquals(300, back.size());
        for (int i = 0; i < 300; i += 37) {
            List<Double> v = back.get(i).getList(0);
            assertArrayEquals(new double[] {i * 0.5, i % 11 == 0 ? Double.NaN : -1.0 * i, 2.0}, v.stream().mapToDouble(Double::doubleValue).toArray(), "row " + i);
        }

        rows.set(160, RowFactory.create(160, new Double[] {1.0, 2.0}, new float[] {1f, 2f}));
        Dataset<Row> ragged = SPARK.createDataFrame(JavaSparkContext.fromSparkContext(SPARK.sparkContext()).parallelize(rows, 4), frame.schema());
        Exception e = assertThrows(Exception.class, () -> DistributedArray.fromDataFrame(ragged, "features", "id"));
        assertTrue(e.getMessage().contains("column features: row 10 of partition 2 holds 2 values, the partition's first row 3"), e.getMessage());
    }
}
