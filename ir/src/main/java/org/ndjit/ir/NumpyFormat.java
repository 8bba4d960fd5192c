package org.ndjit.ir;

/** TEMPORARY stand-in until the real formatter lands (helper-1). */
public final class NumpyFormat {
    public interface ElementReader {
        double getDouble(long flatIndex);
        long getLong(long flatIndex);
        boolean getBool(long flatIndex);
    }

    public static String format(DType dtype, long[] shape, ElementReader reader) {
        StringBuilder sb = new StringBuilder("[");
        long n = Shapes.size(shape);
        for (long i = 0; i < n; i++) {
            if (i > 0) sb.append(' ');
            sb.append(dtype.isFloat() ? Double.toString(reader.getDouble(i)) : dtype.isBool() ? Boolean.toString(reader.getBool(i)) : Long.toString(reader.getLong(i)));
        }
        return sb.append(']').toString();
    }
}
