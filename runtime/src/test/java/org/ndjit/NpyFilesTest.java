package org.ndjit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Op;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ndjit.NpyFixtures.assertManifestValues;
import static org.ndjit.NpyFixtures.assertSameArray;

/**
 * {@code .npy} reading and writing against files NumPy wrote (see {@code src/test/python/gen_npy_fixtures.py}):
 * every dtype in both byte orders, C and Fortran order, 0-d, empty, N-d, format versions 1.0 to 3.0.
 */
class NpyFilesTest {
    @TempDir
    Path tmp;

    static List<NpyFixtures.Entry> npyFiles() {
        return NpyFixtures.npyFiles();
    }

    static List<NpyFixtures.Entry> npSaveFiles() {
        return NpyFixtures.npyFiles().stream().filter(NpyFixtures.Entry::npSave).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("npyFiles")
    void loadsWhatNumpyWroteWithItsShapeDtypeAndValues(NpyFixtures.Entry e) throws IOException {
        assertManifestValues(e, NpyFiles.load(e.path()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("npyFiles")
    void roundTripsInTheFilesOwnByteOrderAndLayout(NpyFixtures.Entry e) throws IOException {
        NDArray loaded = NpyFiles.load(e.path());
        Path out = tmp.resolve("round.npy");
        NpyFiles.save(out, loaded, e.order(), e.fortran());
        assertManifestValues(e, NpyFiles.load(out));
        Path nativeOut = tmp.resolve("native.npy");
        NpyFiles.save(nativeOut, loaded);
        assertManifestValues(e, NpyFiles.load(nativeOut));
        if (e.npSave()) {
            assertArrayEquals(Files.readAllBytes(e.path()), Files.readAllBytes(out), e + ": not byte-identical to np.save");
        }
    }

    /** Built from Java values, not read from the file: the writer alone must produce np.save's bytes. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("npSaveFiles")
    void writesTheSameBytesAsNpSave(NpyFixtures.Entry e) throws IOException {
        Path out = tmp.resolve("mine.npy");
        NDArray expected = e.expected();
        if (e.order() == ByteOrder.nativeOrder() && !e.fortran()) NpyFiles.save(out, expected);
        else NpyFiles.save(out, expected, e.order(), e.fortran());
        assertArrayEquals(Files.readAllBytes(e.path()), Files.readAllBytes(out), e + ": not byte-identical to np.save");
    }

    @Test
    void theCommonCaseHeaderIsNumpysToTheByte() throws IOException {
        Path out = tmp.resolve("a.npy");
        NpyFiles.save(out, Np.array(1.0, 2.0, 3.0));
        byte[] bytes = Files.readAllBytes(out);
        String header = new String(bytes, 10, 118, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals("{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }" + " ".repeat(60) + "\n", header);
        assertEquals(128 + 24, bytes.length);
        assertEquals(0x76, bytes[8]); // header length 118, little-endian
    }

    @Test
    void fortranOrderFilesLoadAsTransposedViewsNotCopies() throws IOException {
        NDArray a = NpyFiles.load(NpyFixtures.dir().resolve("f8_le_f_2x3x4.npy"));
        assertEquals(Op.VIEW, a.node().op());
        assertEquals(Op.BUFFER, a.node().src(0).op());
        assertArrayEquals(new long[] {4, 3, 2}, a.node().src(0).shape());
        assertEquals(new Layout(new long[] {2, 3, 4}, new long[] {1, 2, 6}, 0), a.node().arg());
        NDArray c = NpyFiles.load(NpyFixtures.dir().resolve("f8_le_c_2x3x4.npy"));
        assertEquals(Op.BUFFER, c.node().op());
        NpyFixtures.assertSameValues(c, a, "F and C files of the same array");
    }

    @Test
    void savingALazyExpressionComputesItIntoTheFile() throws IOException {
        NDArray x = Np.arange(12).reshape(3, 4);
        NDArray expr = x.mul(x).sub(5).astype(DType.INT32);
        assertNull(expr.node().memo());
        Path out = tmp.resolve("lazy.npy");
        NpyFiles.save(out, expr);
        NDArray back = NpyFiles.load(out);
        assertSameArray(expr, back, "lazy");
        long[] expected = new long[12];
        for (int i = 0; i < 12; i++) expected[i] = (long) i * i - 5;
        assertArrayEquals(expected, back.toLongArray());
        assertEquals(DType.INT32, back.dtype());
    }

    @Test
    void nonContiguousViewsAreWrittenInTheirLogicalOrder() throws IOException {
        NDArray m = Np.arange(24).reshape(4, 6).astype(DType.FLOAT32);
        NDArray view = m.get("::-1, 1::2").transpose();
        Path out = tmp.resolve("view.npy");
        NpyFiles.save(out, view);
        assertSameArray(view, NpyFiles.load(out), "C order");
        NpyFiles.save(out, view, ByteOrder.BIG_ENDIAN, true);
        NDArray back = NpyFiles.load(out);
        assertSameArray(view, back, "big-endian Fortran order");
        assertEquals(Op.VIEW, back.node().op());
    }

    @Test
    void fortranOrderIsOnlyDeclaredWhereItDiffersFromCOrderAsNumpyDoes() throws IOException {
        Path out = tmp.resolve("f.npy");
        for (long[] shape : new long[][] {{}, {5}, {1, 4}, {4, 1, 1}, {0, 3}, {2, 0}}) {
            NpyFiles.save(out, Np.zeros(shape), ByteOrder.LITTLE_ENDIAN, true);
            String header = new String(Files.readAllBytes(out), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(header.contains("'fortran_order': False"), header);
        }
        NpyFiles.save(out, Np.zeros(2, 3), ByteOrder.LITTLE_ENDIAN, true);
        assertTrue(new String(Files.readAllBytes(out), java.nio.charset.StandardCharsets.ISO_8859_1).contains("'fortran_order': True, 'shape': (2, 3), }"));
    }

    @Test
    void headersPadTo64BytesAndSwitchToVersion2WhenTheyOutgrow65535Bytes() throws IOException {
        for (int ndim = 0; ndim < 200; ndim++) {
            long[] shape = new long[ndim];
            java.util.Arrays.fill(shape, 1);
            NpyHeader h = NpyHeader.of(new NpyDtype(DType.INT32, ByteOrder.LITTLE_ENDIAN), false, shape);
            byte[] bytes = h.encode();
            assertEquals(0, bytes.length % 64);
            assertEquals(1, h.majorVersion());
            assertEquals('\n', bytes[bytes.length - 1]);
            NpyHeader back = NpyHeader.read(new ByteArrayInputStream(bytes), "h");
            assertArrayEquals(shape, back.shape());
            assertEquals(bytes.length, back.headerLength());
        }
        long[] huge = new long[30000];
        java.util.Arrays.fill(huge, 1);
        NpyHeader h = NpyHeader.of(new NpyDtype(DType.BOOL, ByteOrder.nativeOrder()), false, huge);
        byte[] bytes = h.encode();
        assertEquals(2, h.majorVersion());
        assertEquals(2, bytes[6]);
        assertEquals(0, bytes.length % 64);
        NpyHeader back = NpyHeader.read(new ByteArrayInputStream(bytes), "h");
        assertEquals(30000, back.shape().length);
        assertEquals(bytes.length, back.headerLength());
    }

    @Test
    void savingOverAnExistingFileReplacesIt() throws IOException {
        Path out = tmp.resolve("x.npy");
        NpyFiles.save(out, Np.array(1L, 2L, 3L));
        NpyFiles.save(out, Np.array(true, false));
        assertSameArray(Np.array(true, false), NpyFiles.load(out), "replaced");
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void aLoadedArrayIsAnOrdinaryLazyInput() throws IOException {
        NDArray w = NpyFiles.load(NpyFixtures.dir().resolve("f8_le_c_2x3x4.npy"));
        NDArray same = NpyFiles.load(NpyFixtures.dir().resolve("f8_le_c_2x3x4.npy"));
        assertSame(DType.FLOAT64, w.add(same).dtype());
        assertArrayEquals(new long[] {2, 4}, w.sum(1).shape());
    }

    /**
     * Arrays larger than the pool's Java arrays (64 KB) in the machine's byte order, in the twelve
     * dtypes, are read by the file's channel straight into their native memory
     * (NpyData.read(FileChannel...)); every value lands where it was.
     */
    @Test
    void largeNativeOrderFilesAreReadStraightIntoMemoryWithEveryValueInPlace() throws IOException {
        Path dir = Files.createTempDirectory("npy-large");
        try {
            for (DType d : DType.values()) {
                NDArray values = Np.random(d.ordinal()).randn(700 / d.itemSize() + 1, 101).mul(1000); // 69 to 70 KB
                NDArray a = d.isBool() ? values.gt(0) : d.isUnsigned() ? values.abs().astype(d) : values.astype(d);
                Path out = dir.resolve(d + ".npy");
                NpyFiles.save(out, a);
                assertSameArray(a, NpyFiles.load(out), d.toString());
                Files.delete(out);
            }
        } finally {
            Files.delete(dir);
        }
    }

    // ---- Round trip of random arrays, layouts and byte orders. ----

    record Case(DType dtype, long[] shape, ByteOrder order, boolean fortran, boolean transposed, long seed) {}

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<long[]> shapes = Arbitraries.longs().between(0, 4).array(long[].class).ofMinSize(0).ofMaxSize(4);
        return Combinators.combine(Arbitraries.of(DType.class), shapes, Arbitraries.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.longs()).as(Case::new);
    }

    @Property(tries = 300)
    void anyArrayRoundTripsInAnyByteOrderAndLayout(@ForAll("cases") Case c) throws IOException {
        NDArray values = Np.random(c.seed()).randn(c.shape()).mul(1000);
        NDArray a = c.dtype().isBool() ? values.gt(0) : values.astype(c.dtype());
        if (c.transposed()) a = a.transpose();
        Path dir = Files.createTempDirectory("npy-prop");
        try {
            Path out = dir.resolve("p.npy");
            NpyFiles.save(out, a, c.order(), c.fortran());
            assertSameArray(a, NpyFiles.load(out), c.toString());
            if (c.order() == ByteOrder.nativeOrder()) assertSameArray(a, NpyFiles.loadMapped(out), c + " mapped");
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) Files.delete(p);
            }
            Files.delete(dir);
        }
    }
}
