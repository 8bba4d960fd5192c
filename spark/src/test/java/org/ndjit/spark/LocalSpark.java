package org.ndjit.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** One local Spark context for all tests of the module (starting one takes seconds). */
final class LocalSpark {
    private LocalSpark() {}

    private static JavaSparkContext context;

    static synchronized JavaSparkContext context() {
        if (context == null) {
            SparkConf conf = new SparkConf().setMaster("local[2,2]").setAppName("ndjit-spark-tests")
                    .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1");
            context = new JavaSparkContext(conf);
        }
        return context;
    }
}
