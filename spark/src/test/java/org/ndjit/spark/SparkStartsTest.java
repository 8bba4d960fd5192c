package org.ndjit.spark;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SparkStartsTest {
    @Test
    void localContextRunsAJob() {
        long t0 = System.nanoTime();
        var sc = LocalSpark.context();
        long t1 = System.nanoTime();
        assertEquals(10, sc.parallelize(List.of(1, 2, 3, 4), 2).map(x -> x).reduce(Integer::sum));
        System.out.printf("context %.1f s, first job %.1f s%n", (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
    }
}
