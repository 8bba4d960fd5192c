package org.ndjit.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.ndjit.DType;
import org.ndjit.NDArray;
import org.ndjit.NpyFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * {@code .npy} files in and out of a {@link DistributedArray}. Paths are on a file system that the driver
 * and every executor see (a local directory on {@code local[n]}, a shared mount on a cluster); tasks get
 * them as strings. Each task reads or writes only its own rows.
 */
final class NpyIo {
    private NpyIo() {}

    static DistributedArray fromNpy(JavaSparkContext sc, Path file, int partitions) throws IOException {
        long[] shape = NpyFiles.shape(file);
        DType dtype = NpyFiles.dtype(file);
        if (shape.length == 0) throw new IOException(file + ": a 0-d array has no rows to distribute");
        RowRanges ranges = RowRanges.even(shape[0], partitions);
        String path = file.toAbsolutePath().toString();
        JavaRDD<Block> blocks = sc.parallelize(IntStream.range(0, partitions).boxed().toList(), partitions)
                .map(i -> read(i, ranges, () -> NpyFiles.loadRows(Path.of(path), ranges.start(i), ranges.stop(i))));
        FirstRow first = shape[0] == 0 ? null : () -> NpyFiles.loadRows(Path.of(path), 0, 1);
        return DistributedArray.over(sc, blocks, ranges, dtype, shape, first, null);
    }

    static DistributedArray fromParts(JavaSparkContext sc, Path directory) throws IOException {
        List<Path> parts;
        try (Stream<Path> files = Files.list(directory)) {
            parts = files.filter(p -> p.getFileName().toString().endsWith(".npy")).sorted().toList();
        }
        if (parts.isEmpty()) throw new IOException(directory + ": no .npy parts in the directory");
        long[] rows = new long[parts.size()];
        long[] first = NpyFiles.shape(parts.get(0));
        DType dtype = NpyFiles.dtype(parts.get(0));
        for (int i = 0; i < parts.size(); i++) {
            long[] shape = NpyFiles.shape(parts.get(i));
            DType d = NpyFiles.dtype(parts.get(i));
            if (shape.length == 0 || d != dtype || !Arrays.equals(shape, 1, shape.length, first, 1, first.length)) {
                throw new IOException(parts.get(i) + ": part " + i + " holds " + d + " of shape " + Arrays.toString(shape) + ", but part 0 ("
                        + parts.get(0).getFileName() + ") holds " + dtype + " of shape " + Arrays.toString(first)
                        + ": parts must agree in dtype and in every axis but the first");
            }
            rows[i] = shape[0];
        }
        RowRanges ranges = RowRanges.ofCounts(rows);
        List<String> paths = parts.stream().map(p -> p.toAbsolutePath().toString()).toList();
        long[] shape = first.clone();
        shape[0] = ranges.rows();
        JavaRDD<Block> blocks = sc.parallelize(IntStream.range(0, parts.size()).boxed().toList(), parts.size())
                .map(i -> read(i, ranges, () -> mapped(Path.of(paths.get(i)))));
        int firstFull = 0;
        while (firstFull < rows.length && rows[firstFull] == 0) firstFull++;
        String firstPart = firstFull < rows.length ? paths.get(firstFull) : null;
        FirstRow firstRow = firstPart == null ? null : () -> mapped(Path.of(firstPart)).slice(0, 0L, 1L, 1);
        return DistributedArray.over(sc, blocks, ranges, dtype, shape, firstRow, null);
    }

    /**
     * A part mapped without a copy ({@link NpyFiles#loadMapped}: the operating system pages it in as the
     * task reads it, and it stays in the page cache for the next action), or read if it cannot be mapped
     * (another byte order); a bad file fails here with {@link NpyFiles#load}'s message.
     */
    private static NDArray mapped(Path part) throws IOException {
        try {
            return NpyFiles.loadMapped(part);
        } catch (IOException cannotMap) {
            return NpyFiles.load(part);
        }
    }

    private interface Reader {
        NDArray read() throws IOException;
    }

    /** Partition i's block; a bad file fails the task with the block's rows and the file's own message. */
    private static Block read(int index, RowRanges ranges, Reader reader) {
        try {
            return new Block(index, ranges.start(index), reader.read());
        } catch (IOException e) {
            throw new UncheckedIOException("rows [" + ranges.start(index) + ", " + ranges.stop(index) + ") (partition " + index + "): "
                    + e.getMessage(), e);
        }
    }

    static void saveParts(DistributedArray a, Path directory) throws IOException {
        Files.createDirectories(directory);
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> old = files.filter(p -> p.getFileName().toString().matches("part-\\d+\\.npy")).toList();
            if (!old.isEmpty()) throw new IOException(directory + ": already holds parts (" + old.get(0).getFileName() + "); save into a new directory");
        }
        String dir = directory.toAbsolutePath().toString();
        BlockFunction f = a.function();
        a.source().foreach(b -> BlockFailure.run(b, () -> {
            try {
                NpyFiles.save(Path.of(dir, String.format("part-%05d.npy", b.index())), DistributedArray.checkedRows(b.array(), f));
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    static void saveNpy(DistributedArray a, Path file) throws IOException {
        long[] shape = a.shape();
        DType dtype = a.dtype();
        byte[] header = NpyFiles.header(dtype, shape);
        long rowBytes = dtype.itemSize();
        for (int i = 1; i < shape.length; i++) rowBytes *= shape[i];
        Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
        try (FileChannel out = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap(header));
            // Sized by writing its last byte: a sparse file whose regions the tasks fill.
            long end = header.length + shape[0] * rowBytes;
            if (end > header.length) out.write(ByteBuffer.wrap(new byte[1]), end - 1);
        }
        String target = partial.toAbsolutePath().toString();
        long dataStart = header.length, bytesPerRow = rowBytes;
        BlockFunction f = a.function();
        try {
            a.source().filter(b -> b.rows() > 0).foreach(b -> BlockFailure.run(b, () -> {
                writeAt(Path.of(target), dataStart + b.rowStart() * bytesPerRow, DistributedArray.checkedRows(b.array(), f));
                return null;
            }));
            try (FileChannel sync = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                sync.force(true);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Computes {@code block} straight into its bytes of the file (a mapping of that region), with no copy. */
    private static void writeAt(Path file, long offset, NDArray block) {
        long bytes = block.size() * block.dtype().itemSize();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE); Arena arena = Arena.ofShared()) {
            MemorySegment region = channel.map(FileChannel.MapMode.READ_WRITE, offset, bytes, arena);
            block.into(region);
            region.force();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": writing " + bytes + " bytes at " + offset + ": " + e.getMessage(), e);
        }
    }
}
