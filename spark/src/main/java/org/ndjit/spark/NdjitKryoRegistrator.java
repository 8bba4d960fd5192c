package org.ndjit.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import org.apache.spark.serializer.KryoRegistrator;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Registers Kryo serializers for {@link Block} and {@link Shipped} that move an array's data as whole
 * buffers ({@link ArrayBytes}); Kryo's default field serializer would walk the library's internals.
 * Set with {@code spark.kryo.registrator} ({@link DistributedArray#configure} does it).
 */
public final class NdjitKryoRegistrator implements KryoRegistrator {
    @Override
    public void registerClasses(Kryo kryo) {
        kryo.register(Block.class, new Serializer<Block>() {
            @Override
            public void write(Kryo k, Output out, Block block) {
                out.writeInt(block.index());
                out.writeLong(block.rowStart());
                writeArray(block.array(), out);
            }

            @Override
            public Block read(Kryo k, Input in, Class<Block> type) {
                int index = in.readInt();
                long rowStart = in.readLong();
                return new Block(index, rowStart, readArray(in));
            }
        });
        kryo.register(Shipped.class, new Serializer<Shipped>() {
            @Override
            public void write(Kryo k, Output out, Shipped shipped) {
                writeArray(shipped.array(), out);
            }

            @Override
            public Shipped read(Kryo k, Input in, Class<Shipped> type) {
                return new Shipped(readArray(in));
            }
        });
    }

    private static void writeArray(org.ndjit.NDArray array, Output out) {
        try {
            ArrayBytes.write(array, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static org.ndjit.NDArray readArray(Input in) {
        try {
            return ArrayBytes.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
