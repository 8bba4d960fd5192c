package org.ndjit;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * NumPy's own file formats: {@code .npy} (one array) and {@code .npz} (a zip of named {@code .npy}
 * arrays), so arrays pass between Java and Python unchanged. An array saved by {@code np.save} loads
 * here with the same shape, dtype and values, and a file saved here loads in NumPy the same way; for a
 * C-order little-endian array the file is byte-identical to what {@code np.save} writes.
 *
 * <pre>{@code
 * NDArray a = NpyFiles.load(Path.of("weights.npy"));          // np.save("weights.npy", w)
 * NpyFiles.save(Path.of("out.npy"), a.mul(2));                // np.load("out.npy")
 * Map<String, NDArray> z = NpyFiles.loadz(Path.of("run.npz")); // np.savez("run.npz", x=x, y=y)
 * }</pre>
 *
 * <p><b>What is read:</b> format versions 1.0, 2.0 and 3.0; the dtypes {@code <f8 >f8 <f4 >f4 <i8 >i8
 * <i4 >i4 |b1} (float64, float32, int64, int32, bool in either byte order); C and Fortran order; 0-d,
 * empty and N-d arrays. Big-endian data is converted to native order while it is copied; Fortran-order
 * data becomes a transposed view of the data, not a copy.
 *
 * <p><b>Bad input</b> (a truncated file, a wrong magic string, a header that is not a valid dict, a dtype
 * the library lacks such as complex, unsigned, object, string or structured, a shape whose size does
 * not match the data) gives an {@link IOException} whose message starts with the file name (and the
 * archive member) and says what is wrong. A hostile file costs little: the header is parsed in linear time
 * within limits (1 MiB, numbers of at most 4300 digits, strings of at most 10,000 characters, 64 levels of
 * nesting); an {@code .npz} member's size in the archive must match its header before anything is
 * allocated, its CRC-32 is checked (as Python's {@code zipfile} does), and nothing past its declared size
 * is inflated.
 *
 * <p><b>Writing</b> computes a lazy array (as reading it would) and writes the result. Every save is
 * atomic: the file is written under a temporary name in the same directory and renamed over the
 * target only when complete, so a failed save (an I/O error, or an error while computing the array,
 * which is thrown as it is) leaves no partial file and leaves an existing target untouched. The file is
 * {@code fsync}ed before the rename and the directory after it, so a power loss leaves the old or the
 * new array; a save also deletes the temporary files of the same target left by a process that was
 * killed mid-save. A target that is a symbolic link is written through: the linked file is replaced and
 * the link stays, as with {@code np.save}.
 *
 * <p>All methods are static and thread-safe; the returned arrays are ordinary immutable arrays.
 */
public final class NpyFiles {
    private NpyFiles() {}

    // ---- .npy ----

    /**
     * Reads a {@code .npy} file into memory (off the Java heap), converting big-endian data to native order:
     * {@code NpyFiles.load(Path.of("w.npy"))} is {@code np.load("w.npy")}.
     *
     * @throws IOException if the file cannot be read or is not a valid {@code .npy} file of a supported dtype
     */
    public static NDArray load(Path path) throws IOException {
        checkReadable(path);
        try {
            return NpyReader.load(path);
        } catch (IOException e) {
            throw named(path, e);
        }
    }

    /**
     * Reads rows {@code [start, stop)} of a {@code .npy} file (along its first axis; NumPy's
     * {@code np.load(path, mmap_mode="r")[start:stop]} copied into memory): the header, then only those
     * rows' bytes, so a worker that owns part of a file larger than its memory reads its share and nothing
     * else. Big-endian data is converted as it is copied, as by {@link #load}. The file must be in C order
     * (a Fortran-order file's rows are not contiguous: {@link #loadMapped} reads those).
     *
     * <pre>{@code
     * NDArray rows = NpyFiles.loadRows(Path.of("features.npy"), 1_000_000, 2_000_000); // rows 1e6 .. 2e6 - 1
     * }</pre>
     *
     * @throws IOException               if the file cannot be read, is not a valid {@code .npy} file of a
     *                                   supported dtype, is 0-d, or is in Fortran order
     * @throws IndexOutOfBoundsException if not {@code 0 <= start <= stop <= shape[0]}
     */
    public static NDArray loadRows(Path path, long start, long stop) throws IOException {
        checkReadable(path);
        try {
            return NpyRows.read(path, start, stop);
        } catch (IOException e) {
            throw named(path, e);
        }
    }

    /**
     * The shape in a {@code .npy} file's header, read without its data (NumPy's
     * {@code np.load(path, mmap_mode="r").shape}): to plan work over a file before reading it.
     *
     * @throws IOException if the file cannot be read or its header is not a valid {@code .npy} header of a supported dtype
     */
    public static long[] shape(Path path) throws IOException {
        return header(path).shape().clone();
    }

    /**
     * The dtype in a {@code .npy} file's header, read without its data (see {@link #shape(Path)}).
     *
     * @throws IOException if the file cannot be read or its header is not a valid {@code .npy} header of a supported dtype
     */
    public static DType dtype(Path path) throws IOException {
        return header(path).type().dtype();
    }

    /**
     * The bytes {@link #save} writes before the data of a C-order array of this dtype and shape, in native
     * byte order (what {@code np.save} writes): a file assembled from this header and then the elements'
     * native-order bytes in C order, written in parts by several writers at their offsets, is the file
     * {@link #save} writes for the whole array. The data starts right after it (its length is a multiple of 64).
     */
    public static byte[] header(DType dtype, long... shape) {
        if (dtype == null) throw new IllegalArgumentException("dtype must not be null");
        return NpyHeader.of(new NpyDtype(dtype, ByteOrder.nativeOrder()), false, shape).encode();
    }

    private static NpyHeader header(Path path) throws IOException {
        checkReadable(path);
        try (var in = Files.newInputStream(path)) {
            return NpyHeader.read(in, path.toString());
        } catch (IOException e) {
            throw named(path, e);
        }
    }

    /**
     * Opens a {@code .npy} file as a memory-mapped, read-only input: nothing is copied, the operating system
     * pages the data in as it is read, so the file may be larger than the heap and than physical memory,
     * and hold more than 2^31 elements. A reduction over it reads the file once, in order.
     *
     * <p>Only files in the machine's native byte order (little-endian on x86 and ARM) and bool files can be
     * mapped: the kernels read native-order values, and converting would be a copy. Other files are
     * rejected with an {@link IOException} that says so; {@link #load} reads them. Fortran-order files map
     * fine (as a transposed view).
     *
     * <p>The mapping lives until the array and everything computed lazily from it are unreachable. The file
     * must not be modified or truncated while mapped: a write changes the array's values, and reading a
     * mapping past the end of a file that shrank faults (SIGBUS), which kills the JVM. So every computation
     * that reads the mapped file first checks (one {@code stat}) that the file still has the length it had
     * when mapped, and otherwise throws an {@link java.io.UncheckedIOException} that names the file. A window
     * remains: a truncation after that check, while the computation runs, still faults, and a rewrite that
     * keeps the length is not detected. Replacing the file with {@link #save} is safe on POSIX systems, since
     * that renames a new file over it (the mapping keeps the old file), as is deleting it. A bool file is expected to hold only bytes 0 and 1, as NumPy writes; {@link #load}
     * reads any non-zero byte as true, a mapped file passes other bytes through to the kernels.
     *
     * @throws IOException if the file cannot be read, is not a valid {@code .npy} file of a supported dtype,
     *                     or is not in native byte order
     */
    public static NDArray loadMapped(Path path) throws IOException {
        checkReadable(path);
        try {
            return NpyReader.map(path);
        } catch (IOException e) {
            throw named(path, e);
        }
    }

    /**
     * Saves an array as {@code .npy}: C order, native byte order, exactly as {@code np.save} writes it. A lazy
     * array is computed first (and keeps its value, as after any read); to save a result too large to hold
     * in memory, use {@link #saveChunked}. {@code NpyFiles.save(Path.of("w.npy"), w)} is {@code np.save("w.npy", w)}.
     *
     * @throws IOException if the file cannot be written (nothing is left at {@code path}, an existing file stays as it was)
     */
    public static void save(Path path, NDArray array) throws IOException {
        save(path, array, ByteOrder.nativeOrder(), false);
    }

    /**
     * Saves an array as {@code .npy} in the given byte order, in Fortran order ({@code fortran_order: True},
     * data column-major) if {@code fortranOrder}. As {@code np.save} does, the header says Fortran order only
     * when it differs from C order for the shape (at least two axes longer than 1); the bytes are the same.
     * {@code NpyFiles.save(p, a, ByteOrder.BIG_ENDIAN, false)} writes {@code >f8} data.
     *
     * @throws IOException if the file cannot be written (nothing is left at {@code path}, an existing file stays as it was)
     */
    public static void save(Path path, NDArray array, ByteOrder byteOrder, boolean fortranOrder) throws IOException {
        checkWritable(path);
        if (byteOrder == null) throw new IllegalArgumentException("byteOrder must not be null");
        array.read(v -> {
            NpyWriter.save(path, v, byteOrder, fortranOrder);
            return null;
        });
    }

    /**
     * Saves a lazy array's result as {@code .npy} without ever holding it whole: the expression is evaluated
     * {@code rowsPerChunk} rows (of its first axis) at a time, each block appended to the file and dropped.
     * Blocks come from pushing the row slice down the expression to its inputs; parts that cannot be sliced
     * (a reduction over axis 0, a mask selection, a view that reorders the rows of a computed array, such as
     * a transpose) are computed whole once, as intermediates, and must fit in memory. A 0-d or already computed
     * array is written directly. C order, native byte order; the file is the same as {@link #save} writes.
     *
     * @throws IllegalArgumentException if {@code rowsPerChunk < 1}
     * @throws IOException if the file cannot be written (nothing is left at {@code path}, an existing file stays as it was)
     */
    public static void saveChunked(Path path, NDArray array, long rowsPerChunk) throws IOException {
        checkWritable(path);
        new ChunkedNpyWriter((node, whole) -> { }).save(path, array.node(), rowsPerChunk);
    }

    /**
     * {@link #saveChunked(Path, NDArray, long)} with blocks of about a million elements:
     * {@code NpyFiles.saveChunked(Path.of("big.npy"), x.sub(x.mean(0)).div(x.std(0)))}.
     *
     * @throws IOException if the file cannot be written (nothing is left at {@code path}, an existing file stays as it was)
     */
    public static void saveChunked(Path path, NDArray array) throws IOException {
        saveChunked(path, array, ChunkedNpyWriter.defaultRows(array.shape()));
    }

    // ---- .npz ----

    /**
     * Saves several named arrays in one {@code .npz} archive, uncompressed, as {@code np.savez(path, **arrays)}
     * does; each is stored as member {@code name + ".npy"}, in the map's iteration order. {@code np.load(path)[name]}
     * reads them back: {@code NpyFiles.savez(Path.of("run.npz"), Map.of("x", x, "y", y))}.
     *
     * @throws IOException if the file cannot be written (nothing is left at {@code path}, an existing file stays as it was)
     */
    public static void savez(Path path, Map<String, NDArray> arrays) throws IOException {
        checkWritable(path);
        NpzArchive.write(path, arrays, false);
    }

    /**
     * {@link #savez} with deflate compression, as {@code np.savez_compressed} does.
     *
     * @throws IOException if the file cannot be written (nothing is left at {@code path}, an existing file stays as it was)
     */
    public static void savezCompressed(Path path, Map<String, NDArray> arrays) throws IOException {
        checkWritable(path);
        NpzArchive.write(path, arrays, true);
    }

    /**
     * Reads every array of a {@code .npz} archive (stored or compressed), keyed by member name without
     * {@code .npy}, in archive order ({@code np.savez} puts keyword arrays first, then {@code arr_0},
     * {@code arr_1}, ...). The map is unmodifiable: {@code NpyFiles.loadz(Path.of("run.npz")).get("x")} is
     * {@code np.load("run.npz")["x"]}.
     *
     * @throws IOException if the archive cannot be read, or a member is not a valid {@code .npy} image of a
     *                     supported dtype (the message names the member)
     */
    public static Map<String, NDArray> loadz(Path path) throws IOException {
        checkReadable(path);
        try {
            return NpzArchive.read(path);
        } catch (IOException e) {
            throw named(path, e);
        }
    }

    // ---- messages ----

    private static void checkReadable(Path path) throws IOException {
        if (Files.isDirectory(path)) throw new IOException(path + ": is a directory, not a file");
    }

    /** Saving needs a file name in an existing directory: "/" has none (and used to give a NullPointerException). */
    private static void checkWritable(Path path) throws IOException {
        if (path.toAbsolutePath().normalize().getFileName() == null) throw new IOException(path + ": not a file name to save to");
        if (Files.isDirectory(path)) throw new IOException(path + ": is a directory, not a file");
    }

    /**
     * The exception with the file's name at the start of its message: the operating system's own errors
     * ("Is a directory", "Input/output error") do not name it. Exceptions that name it already, and the
     * file-system exceptions that carry it as their file ({@code NoSuchFileException}), are kept.
     */
    private static IOException named(Path path, IOException e) {
        String m = e.getMessage();
        if (e instanceof FileSystemException || (m != null && m.startsWith(path.toString()))) return e;
        return new IOException(path + ": " + m, e);
    }
}
