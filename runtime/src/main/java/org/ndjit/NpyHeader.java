package org.ndjit;

import org.ndjit.ir.Shapes;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The header of a {@code .npy} file: what the data is (dtype, byte order, C or Fortran order, shape)
 * and where it starts. The layout is NumPy's ({@code numpy/lib/_format_impl.py}): the magic string
 * {@code \x93NUMPY}, a major and minor version byte, the header length (2 bytes little-endian in
 * version 1.0, 4 bytes in 2.0 and 3.0), then a Python dict literal padded with spaces and a newline
 * so that the data starts on a multiple of 64 bytes (version 3.0 encodes the dict in UTF-8, the
 * others in Latin-1).
 *
 * <p>{@link #encode()} reproduces NumPy's writer byte for byte (sorted keys, {@code repr} spacing,
 * the spare room NumPy leaves for growing the first axis, the 64-byte padding, version 1.0 unless the
 * header does not fit), so that a file saved here is identical to {@code np.save}'s for the same
 * array. {@link #read} accepts every header NumPy accepts and names the first problem otherwise.
 *
 * @param headerLength bytes from the start of the file to the first data byte
 */
record NpyHeader(NpyDtype type, boolean fortranOrder, long[] shape, int majorVersion, long headerLength) {
    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGN = 64;
    /** NumPy's GROWTH_AXIS_MAX_DIGITS: the header leaves room for the growing axis to reach 21 digits. */
    private static final int GROWTH_AXIS_MAX_DIGITS = 21;
    /** Larger headers are refused before they are read (NumPy's own default limit is 10,000 characters). */
    private static final long MAX_HEADER_BYTES = 1 << 20;
    private static final Set<String> KEYS = Set.of("descr", "fortran_order", "shape");

    /** The header to write for an array; its version and length follow from the text, as in NumPy. */
    static NpyHeader of(NpyDtype type, boolean fortranOrder, long[] shape) {
        String text = dictText(type, fortranOrder, shape);
        int major = wrappedLength(text, 2) - 10 <= 0xFFFF ? 1 : 2;
        return new NpyHeader(type, fortranOrder, shape.clone(), major, wrappedLength(text, major == 1 ? 2 : 4));
    }

    /** Number of elements. */
    long size() {
        return Shapes.size(shape);
    }

    /** Bytes of data after the header. */
    long dataBytes() {
        return size() * type.dtype().itemSize(); // checked in read() and by the array's own size limits
    }

    // ---------------------------------------------------------------- writing

    /** The header bytes exactly as NumPy's {@code _write_array_header} writes them. */
    byte[] encode() {
        String text = dictText(type, fortranOrder, shape);
        int lengthBytes = majorVersion == 1 ? 2 : 4;
        int total = wrappedLength(text, lengthBytes);
        byte[] dict = text.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer out = ByteBuffer.allocate(total).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) majorVersion).put((byte) 0);
        int afterPrefix = total - MAGIC.length - 2 - lengthBytes;
        if (lengthBytes == 2) out.putShort((short) afterPrefix);
        else out.putInt(afterPrefix);
        out.put(dict);
        while (out.position() < total - 1) out.put((byte) ' ');
        out.put((byte) '\n');
        return out.array();
    }

    /** {@code {'descr': '<f8', 'fortran_order': False, 'shape': (3,), }} plus NumPy's growth padding. */
    private static String dictText(NpyDtype type, boolean fortranOrder, long[] shape) {
        String dict = "{'descr': '" + type.descr() + "', 'fortran_order': " + (fortranOrder ? "True" : "False")
                + ", 'shape': " + Shapes.tuple(shape) + ", }";
        if (shape.length == 0) return dict;
        long growing = shape[fortranOrder ? shape.length - 1 : 0];
        return dict + " ".repeat(Math.max(0, GROWTH_AXIS_MAX_DIGITS - Long.toString(growing).length()));
    }

    /** NumPy's {@code _wrap_header}: pad so the total is a multiple of 64 (a full 64 when already aligned). */
    private static int wrappedLength(String text, int lengthBytes) {
        int hlen = text.length() + 1; // the final newline
        int padding = ALIGN - ((MAGIC.length + 2 + lengthBytes + hlen) % ALIGN);
        return MAGIC.length + 2 + lengthBytes + hlen + padding;
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a header from the start of {@code in}, leaving the stream at the first data byte.
     *
     * @param source the file (or archive member) named in error messages
     */
    static NpyHeader read(InputStream in, String source) throws IOException {
        byte[] prefix = in.readNBytes(MAGIC.length + 2);
        for (int i = 0; i < Math.min(prefix.length, MAGIC.length); i++) {
            if (prefix[i] != MAGIC[i]) {
                throw problem(source, "not a .npy file: it starts with " + bytesText(prefix) + ", not the magic string b'\\x93NUMPY'");
            }
        }
        if (prefix.length < MAGIC.length + 2) {
            throw problem(source, prefix.length == 0 ? "empty file, not a .npy file"
                    : "truncated file: " + prefix.length + " bytes end before the .npy magic string and version are complete");
        }
        int major = prefix[6] & 0xFF, minor = prefix[7] & 0xFF;
        if (minor != 0 || major < 1 || major > 3) {
            throw problem(source, "unsupported .npy format version " + major + "." + minor + " (supported: 1.0, 2.0, 3.0)");
        }
        int lengthBytes = major == 1 ? 2 : 4;
        byte[] len = in.readNBytes(lengthBytes);
        if (len.length < lengthBytes) {
            throw problem(source, "truncated file: it ends inside the header length field");
        }
        long declared = (len[0] & 0xFFL) | (len[1] & 0xFFL) << 8;
        if (lengthBytes == 4) declared |= (len[2] & 0xFFL) << 16 | (len[3] & 0xFFL) << 24;
        if (declared > MAX_HEADER_BYTES) {
            throw problem(source, "the header declares " + declared + " bytes, more than the " + MAX_HEADER_BYTES + " this reader accepts");
        }
        byte[] raw = in.readNBytes((int) declared);
        if (raw.length < declared) {
            throw problem(source, "truncated file: the header declares " + declared + " bytes but the file ends after " + raw.length);
        }
        String text = decode(raw, major == 3, source);
        NpyHeader header = parseDict(text, source, major, MAGIC.length + 2 + lengthBytes + declared);
        try {
            Math.multiplyExact(header.size(), (long) header.type().dtype().itemSize());
        } catch (ArithmeticException e) {
            throw problem(source, "shape " + shapeText(header.shape()) + " is too large: its data would exceed 2^63 bytes");
        }
        return header;
    }

    private static String decode(byte[] raw, boolean utf8, String source) throws IOException {
        if (!utf8) return new String(raw, StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw problem(source, "the version 3.0 header is not valid UTF-8");
        }
    }

    private static NpyHeader parseDict(String text, String source, int major, long headerLength) throws IOException {
        Object parsed;
        try {
            parsed = PyLiteral.parse(text);
        } catch (PyLiteral.ParseError e) {
            throw problem(source, "the header is not a valid Python dict literal (" + e.getMessage() + "): " + abbreviate(text));
        }
        if (!(parsed instanceof Map<?, ?> dict)) {
            throw problem(source, "the header is not a dict: " + abbreviate(text));
        }
        if (!dict.keySet().equals(KEYS)) {
            throw problem(source, "the header must have exactly the keys 'descr', 'fortran_order' and 'shape', but it has "
                    + PyLiteral.describe(List.copyOf(dict.keySet())));
        }
        if (!(dict.get("fortran_order") instanceof Boolean fortran)) {
            throw problem(source, "fortran_order is not a valid bool: " + PyLiteral.describe(dict.get("fortran_order")));
        }
        long[] shape = shape(dict.get("shape"), source);
        NpyDtype type;
        try {
            type = NpyDtype.parse(dict.get("descr"));
        } catch (IllegalArgumentException e) {
            throw problem(source, e.getMessage());
        }
        return new NpyHeader(type, fortran, shape, major, headerLength);
    }

    private static long[] shape(Object value, String source) throws IOException {
        if (!(value instanceof PyLiteral.Tuple t)) {
            throw problem(source, "shape is not a tuple of non-negative integers: " + PyLiteral.describe(value));
        }
        long[] shape = new long[t.items().size()];
        for (int i = 0; i < shape.length; i++) {
            if (!(t.items().get(i) instanceof BigInteger b) || b.signum() < 0 || b.bitLength() > 63) {
                throw problem(source, "shape is not a tuple of non-negative integers: " + PyLiteral.describe(value));
            }
            shape[i] = b.longValueExact();
        }
        try {
            Shapes.size(shape);
        } catch (IllegalArgumentException e) {
            throw problem(source, "shape " + shapeText(shape) + " has more than 2^63 elements");
        }
        return shape;
    }

    /** A shape for an error message: cut after 200 characters (a header may list hundreds of thousands of axes). */
    static String shapeText(long[] shape) {
        String t = Shapes.tuple(shape);
        return t.length() <= 200 ? t : t.substring(0, 200) + "...(" + shape.length + " axes)";
    }

    static IOException problem(String source, String what) {
        return new IOException(source + ": " + what);
    }

    private static String abbreviate(String text) {
        String t = text.strip();
        return t.length() <= 200 ? t : t.substring(0, 200) + "...";
    }

    /** Bytes as Python prints a bytes literal, e.g. {@code b'PK\x03\x04'}. */
    private static String bytesText(byte[] bytes) {
        StringBuilder sb = new StringBuilder("b'");
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c >= 0x20 && c < 0x7F && c != '\\' && c != '\'') sb.append((char) c);
            else sb.append(String.format("\\x%02x", c));
        }
        return sb.append('\'').toString();
    }
}
