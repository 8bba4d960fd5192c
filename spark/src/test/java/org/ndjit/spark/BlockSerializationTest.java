package org.ndjit.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.serializer.JavaSerializer;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.Serializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.NDArray;
import org.ndjit.Np;
import scala.reflect.ClassTag$;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ndjit.spark.SameBits.assertSame;

/** Blocks and shipped arrays through Spark's Java and Kryo serializers: same bits, shape, dtype and rows. */
class BlockSerializationTest {
    private static List<NDArray> arrays() {
        var rng = Np.random(7);
        NDArray x = rng.randn(300, 7);
        return List.of(x, x.astype(DType.FLOAT32), x.mul(1000).astype(DType.INT64), x.mul(1000).astype(DType.INT32), x.gt(0),
                x.get("::-2, 1:"), x.transpose(), Np.zeros(DType.FLOAT64, 0, 7), Np.arange(5).astype(DType.UINT8),
                Np.array(new double[] {-0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE}));
    }

    private static final ClassTag$ TAGS = ClassTag$.MODULE$;

    private static void roundTrips(Serializer serializer) {
        SerializerInstance s = serializer.newInstance();
        for (NDArray a : arrays()) {
            Block block = new Block(3, 1234, a);
            Block back = s.deserialize(s.serialize(block, TAGS.apply(Block.class)), TAGS.apply(Block.class));
            assertEquals(3, back.index());
            assertEquals(1234, back.rowStart());
            assertSame(a, back.array(), serializer.getClass().getSimpleName() + " " + a.shapeString());
            Shipped shipped = s.deserialize(s.serialize(new Shipped(a), TAGS.apply(Shipped.class)), TAGS.apply(Shipped.class));
            assertSame(a, shipped.array(), serializer.getClass().getSimpleName() + " shipped " + a.shapeString());
        }
    }

    @Test
    void javaSerializationCarriesWholeBuffers() {
        roundTrips(new JavaSerializer(new SparkConf()));
    }

    @Test
    void kryoWithTheRegistratorCarriesWholeBuffers() {
        roundTrips(new KryoSerializer(DistributedArray.configure(new SparkConf()).set("spark.kryo.registrationRequired", "true")));
    }

    @Test
    void aLargeBlockIsWrittenAsItsBytesAndAFewHeaderBytes() {
        NDArray a = Np.random(1).randn(1000, 100);
        SerializerInstance s = new KryoSerializer(DistributedArray.configure(new SparkConf())).newInstance();
        int bytes = s.serialize(new Block(0, 0, a), TAGS.apply(Block.class)).remaining();
        assertEquals(800_000, bytes, 64, "serialized size");
    }
}
