package org.ndjit.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ndjit.DType;
import org.ndjit.NDArray;
import org.ndjit.Np;
import org.ndjit.NpyFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ndjit.spark.SameBits.assertSame;

/** {@code .npy} files and directories of parts in and out, at 1, 2 and 7 partitions. */
class DistributedFilesTest {
    private static final JavaSparkContext SC = LocalSpark.context();
    private static final NDArray X = Np.random(21).randn(1_001, 4).eval();

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void eachTaskReadsItsRowsOfOneFile(int partitions) throws IOException {
        Path file = tmp.resolve("x.npy");
        NpyFiles.save(file, X);
        DistributedArray x = DistributedArray.fromNpy(SC, file, partitions);
        assertArrayEquals(X.shape(), x.shape());
        assertEquals(partitions, x.numPartitions());
        assertSame(X, x.collect(), "fromNpy");
        assertSame(X.sub(X.mean(0)).sum(1), x.sub(X.mean(0)).sumWithinRows(1).collect(), "sum(x - mu, 1)");
        assertSame(X.var(0), x.var(0), "var(0): each task reads the file's first row");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void partsAndOneFileAreWhatTheLibrarySaves(int partitions) throws IOException {
        DistributedArray y = DistributedArray.of(SC, X, partitions).mul(2.0).exp();
        NDArray expected = X.mul(2.0).exp();
        Path parts = tmp.resolve("parts");
        y.saveParts(parts);
        try (var files = Files.list(parts)) {
            assertEquals(partitions, files.count());
        }
        DistributedArray back = DistributedArray.fromNpyParts(SC, parts);
        for (int i = 0; i < partitions; i++) assertArrayEquals(y.rowRange(i), back.rowRange(i), "partition " + i);
        assertSame(expected, back.collect(), "parts");
        assertSame(expected.var(0), back.var(0), "var(0) of the parts");
        Path one = tmp.resolve("one.npy"), local = tmp.resolve("local.npy");
        y.saveNpy(one);
        NpyFiles.save(local, expected);
        assertArrayEquals(Files.readAllBytes(local), Files.readAllBytes(one), "one .npy, byte for byte as NpyFiles.save");
        try (var files = Files.list(tmp)) {
            assertEquals(3, files.count(), "no partial file left");
        }
    }

    @Test
    void varOfPartsWhoseFirstPartIsEmptyShiftsByTheFirstRowOfTheNextPart() throws IOException {
        NDArray three = X.get(":3");
        Path parts = tmp.resolve("sparse");
        DistributedArray.of(SC, three, 7).saveParts(parts); // 3 rows in 7 partitions: partition 0 has none
        DistributedArray back = DistributedArray.fromNpyParts(SC, parts);
        assertArrayEquals(new long[] {0, 0}, back.rowRange(0));
        assertSame(three.var(0), back.var(0), "var(0)");
    }

    @Test
    void partsMustAgreeAndABadPartFailsTheJobNamingItsRows() throws IOException {
        Path parts = tmp.resolve("parts");
        DistributedArray.of(SC, X, 3).saveParts(parts);
        IOException again = assertThrows(IOException.class, () -> DistributedArray.of(SC, X, 3).saveParts(parts));
        assertTrue(again.getMessage().contains("already holds parts"), again.getMessage());

        Path mixed = tmp.resolve("mixed");
        Files.createDirectories(mixed);
        NpyFiles.save(mixed.resolve("a.npy"), X);
        NpyFiles.save(mixed.resolve("b.npy"), X.astype(DType.FLOAT32));
        IOException disagree = assertThrows(IOException.class, () -> DistributedArray.fromNpyParts(SC, mixed));
        assertTrue(disagree.getMessage().contains("parts must agree in dtype"), disagree.getMessage());

        // Part 1 keeps its header but loses data after the driver planned the rows: its task fails.
        DistributedArray planned = DistributedArray.fromNpyParts(SC, parts);
        Path part1 = parts.resolve("part-00001.npy");
        byte[] bytes = Files.readAllBytes(part1);
        Files.write(part1, java.util.Arrays.copyOf(bytes, bytes.length - 8));
        Exception e = assertThrows(Exception.class, planned::sum);
        long[] rows = planned.rowRange(1);
        assertTrue(e.getMessage().contains("rows [" + rows[0] + ", " + rows[1] + ") (partition 1)"), e.getMessage());
        assertTrue(e.getMessage().contains("truncated file"), e.getMessage());
    }

    @Test
    void aFailedSaveLeavesNoFile() {
        Path out = tmp.resolve("bad.npy");
        DistributedArray bad = DistributedArray.of(SC, Np.arange(100).reshape(50, 2), 2).map(b -> b.floorDiv(b.sub(60)));
        assertThrows(Exception.class, () -> bad.saveNpy(out));
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(tmp.resolve(".bad.npy.partial")));
    }
}
