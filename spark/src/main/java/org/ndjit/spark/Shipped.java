package org.ndjit.spark;

import org.ndjit.NDArray;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;

/**
 * A local array shipped to the executors (a broadcast operand such as a mean or a weight matrix) or back
 * to the driver (a partial reduction): serialized as whole buffers, like a {@link Block}.
 */
public final class Shipped implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private transient NDArray array;

    public Shipped(NDArray array) {
        this.array = array;
    }

    public NDArray array() { return array; }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        ArrayBytes.write(array, out);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException {
        array = ArrayBytes.read(in);
    }
}
