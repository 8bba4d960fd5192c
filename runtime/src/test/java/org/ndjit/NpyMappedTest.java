package org.ndjit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ndjit.ir.Buffer;
import org.ndjit.ir.Op;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.ndjit.NpyFixtures.assertManifestValues;
import static org.ndjit.NpyFixtures.assertSameArray;

/** Memory-mapped {@code .npy} inputs: no copy, any size, usable in lazy expressions. */
class NpyMappedTest {
    @TempDir
    Path tmp;

    private static Buffer bufferOf(NDArray a) {
        var n = a.node();
        while (n.op() == Op.VIEW) n = n.src(0);
        assertEquals(Op.BUFFER, n.op());
        return (Buffer) n.arg();
    }

    @Test
    void mapsEveryNativeOrderFixtureWithoutACopy() throws IOException {
        int mapped = 0;
        for (NpyFixtures.Entry e : NpyFixtures.npyFiles()) {
            if (e.order() != ByteOrder.nativeOrder()) continue;
            NDArray a = NpyFiles.loadMapped(e.path());
            assertManifestValues(e, a);
            if (a.size() > 0) {
                assertTrue(bufferOf(a).segment().isMapped(), e + " is not mapped");
                assertTrue(bufferOf(a).segment().isReadOnly(), e + " is mapped writable");
                mapped++;
            }
        }
        assertTrue(mapped >= 15, "mapped " + mapped);
    }

    @Test
    void aMappedFortranFileIsATransposedViewOfTheMapping() throws IOException {
        NDArray f = NpyFiles.loadMapped(NpyFixtures.dir().resolve("f8_le_f_2x3x4.npy"));
        assertEquals(Op.VIEW, f.node().op());
        assertTrue(bufferOf(f).segment().isMapped());
        assertSameArray(NpyFiles.load(NpyFixtures.dir().resolve("f8_le_c_2x3x4.npy")), f, "F-order mapped");
    }

    @Test
    void aMappedArrayFeedsLazyExpressionsAndSurvivesReplacingItsFile() throws IOException {
        Path p = tmp.resolve("m.npy");
        double[][] values = new double[4][5];
        for (int i = 0; i < 4; i++) for (int j = 0; j < 5; j++) values[i][j] = i * 5 + j;
        NDArray src = Np.array(values);
        NpyFiles.save(p, src);
        NDArray m = NpyFiles.loadMapped(p);
        NDArray expr = m.mul(2).add(m.sum(0));
        NpyFiles.save(p, Np.zeros(3)); // a new file takes the name; the mapping keeps the old data
        assertSameArray(src.mul(2).add(src.sum(0)), expr, "expression over the mapping");
        NpyFiles.saveChunked(tmp.resolve("out.npy"), expr, 1);
        assertSameArray(expr, NpyFiles.load(tmp.resolve("out.npy")), "chunked save of it");
    }

    /**
     * A sparse file of 2^31 + 17 one-byte bools (the disk holds only the header and a few pages):
     * mapped, never copied, and reduced by fused reductions that stream through the mapping once
     * (the bool-to-int64 cast of the sum happens inside the kernel; materialized, it would take 17 GB,
     * far beyond the tests' 4 GB limit).
     */
    @Test
    void reducesAMappedFileOfMoreThan2To31Elements() throws IOException {
        long n = (1L << 31) + 17;
        long[] trues = {5, 1_000_003, (1L << 31) - 1, 1L << 31, (1L << 31) + 3, n - 1};
        Path p = tmp.resolve("huge-bool.npy");
        try {
            byte[] header = NpyHeader.of(new NpyDtype(DType.BOOL, ByteOrder.nativeOrder()), false, new long[] {n}).encode();
            try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                f.write(header);
                f.setLength(header.length + n);
                for (long t : trues) {
                    f.seek(header.length + t);
                    f.write(1);
                }
            }
            NDArray x = NpyFiles.loadMapped(p);
            assertArrayEquals(new long[] {n}, x.shape());
            assertEquals(DType.BOOL, x.dtype());
            assertTrue(bufferOf(x).segment().isMapped());
            assertEquals(n, bufferOf(x).segment().byteSize());

            // Each reduction is one fused kernel reading the mapping: no intermediate array, one pass.
            assumeFalse("false".equals(System.getProperty("ndjit.fusion")), "eager mode would materialize the int64 cast (17 GB)");
            for (NDArray r : new NDArray[] {x.any(), x.sum(), x.argmax()}) {
                assertTrue(r.explain().startsWith("plan: 1 kernel, 0 intermediates"), r.explain());
            }
            long t0 = System.nanoTime();
            assertTrue(x.any().itemBoolean());
            long t1 = System.nanoTime();
            assertEquals(5L, x.argmax().itemLong());
            long t2 = System.nanoTime();
            long count = x.sum().itemLong();
            long t3 = System.nanoTime();
            assertEquals(trues.length, count);
            for (long t : trues) assertTrue(x.itemBoolean(t), "element " + t);
            assertFalse(x.itemBoolean(n - 2));
            assertTrue(x.itemBoolean(-1));
            assertEquals("[False False  True]", x.get("-3:").toString());
            assertEquals(4L, x.get((1L << 31) - 10 + ":").sum().itemLong());
            System.out.printf("mapped 2^31+17 bools: any %.1f s, argmax %.1f s, sum %.1f s%n",
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
            assertEquals(header.length + n, Files.size(p));
        } finally {
            Files.deleteIfExists(p);
        }
    }

    @Test
    void aMappedFileThatIsNotNativeOrderIsRejectedButLoadConverts() throws IOException {
        Path p = NpyFixtures.dir().resolve("i8_be_f_2x3x4.npy");
        assertThrows(IOException.class, () -> NpyFiles.loadMapped(p));
        assertEquals(DType.INT64, NpyFiles.load(p).dtype());
    }
}
