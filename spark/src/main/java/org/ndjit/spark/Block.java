package org.ndjit.spark;

import org.ndjit.NDArray;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;

/**
 * One block of rows of a {@link DistributedArray}: rows {@code [rowStart, rowStart + rows)} of the whole
 * array, held by partition {@code index}. Serialized as whole buffers ({@link ArrayBytes}), by Java
 * serialization or by Kryo ({@link NdjitKryoRegistrator}).
 */
public final class Block implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int index;
    private final long rowStart;
    private transient NDArray array;

    public Block(int index, long rowStart, NDArray array) {
        if (array.ndim() == 0) throw new IllegalArgumentException("a block holds rows: a 0-d array has none");
        this.index = index;
        this.rowStart = rowStart;
        this.array = array;
    }

    /** The partition that holds the block. */
    public int index() { return index; }

    /** The first row of the block in the whole array. */
    public long rowStart() { return rowStart; }

    /** Rows in the block. */
    public long rows() { return array.shape()[0]; }

    public NDArray array() { return array; }

    /** The block's rows in the whole array, as {@code rows [start, stop)}, for messages. */
    public String rangeText() { return "rows [" + rowStart + ", " + (rowStart + rows()) + ")"; }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        ArrayBytes.write(array, out);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        array = ArrayBytes.read(in);
    }
}
