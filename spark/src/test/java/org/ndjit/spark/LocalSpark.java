package org.ndjit.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * One local Spark session for all tests of the module (starting one takes seconds): 2 threads, and 2
 * attempts per task ({@code local[2,2]}), so that a task failing once is retried as on a cluster. Kryo
 * with the module's registrator, so results and broadcasts pass through its serializers.
 */
final class LocalSpark {
    private LocalSpark() {}

    private static SparkSession session;

    static synchronized SparkSession session() {
        if (session == null) {
            SparkConf conf = DistributedArray.configure(new SparkConf().setMaster("local[2,2]").setAppName("ndjit-spark-tests")
                    .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                    .set("spark.sql.shuffle.partitions", "2"));
            session = SparkSession.builder().config(conf).getOrCreate();
        }
        return session;
    }

    static JavaSparkContext context() {
        return JavaSparkContext.fromSparkContext(session().sparkContext());
    }
}
