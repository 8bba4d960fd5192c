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
}
