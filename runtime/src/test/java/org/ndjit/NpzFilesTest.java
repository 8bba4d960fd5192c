package org.ndjit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ndjit.NpyFixtures.assertManifestValues;
import static org.ndjit.NpyFixtures.assertSameArray;

/** {@code .npz} archives: what np.savez and np.savez_compressed wrote, and round trips. */
class NpzFilesTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"stored.npz", "compressed.npz"})
    void loadsNumpysArchivesInTheirOrderWithEveryMembersValues(String file) throws IOException {
        Map<String, NDArray> arrays = NpyFiles.loadz(NpyFixtures.dir().resolve(file));
        List<NpyFixtures.Entry> expected = NpyFixtures.manifest().stream().filter(e -> e.file().equals(file)).toList();
        assertEquals(expected.stream().map(NpyFixtures.Entry::member).toList(), new ArrayList<>(arrays.keySet()));
        for (NpyFixtures.Entry e : expected) assertManifestValues(e, arrays.get(e.member()));
        assertThrows(UnsupportedOperationException.class, () -> arrays.put("x", Np.scalar(1.0)));
    }

    private static Map<String, NDArray> sample() {
        Map<String, NDArray> m = new LinkedHashMap<>();
        m.put("zeta", Np.arange(6).reshape(2, 3).astype(DType.FLOAT64).div(7));
        m.put("alpha", Np.array(true, false, true));
        m.put("lazy", Np.arange(10).mul(3).astype(DType.INT32));
        m.put("transposed", Np.arange(12).reshape(3, 4).astype(DType.FLOAT32).transpose());
        m.put("scalar", Np.scalar(42L));
        m.put("empty", Np.zeros(0, 5));
        m.put("dir/name with spaces", Np.array(1.5, -2.5));
        return m;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void roundTripsKeepingNamesOrderDtypesAndValues(boolean compressed) throws IOException {
        Map<String, NDArray> in = sample();
        Path out = tmp.resolve("a.npz");
        if (compressed) NpyFiles.savezCompressed(out, in);
        else NpyFiles.savez(out, in);
        Map<String, NDArray> back = NpyFiles.loadz(out);
        assertEquals(new ArrayList<>(in.keySet()), new ArrayList<>(back.keySet()));
        for (String k : in.keySet()) assertSameArray(in.get(k), back.get(k), k);
    }

    /** The archive is what NumPy writes: members name.npy, stored or deflated, each an np.save image. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void membersAreNpyImagesStoredOrDeflatedAsNumpyWritesThem(boolean compressed) throws IOException {
        Map<String, NDArray> in = sample();
        Path out = tmp.resolve("b.npz");
        if (compressed) NpyFiles.savezCompressed(out, in);
        else NpyFiles.savez(out, in);
        try (ZipFile zip = new ZipFile(out.toFile())) {
            List<String> names = new ArrayList<>();
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                names.add(e.getName());
                assertEquals(compressed ? ZipEntry.DEFLATED : ZipEntry.STORED, e.getMethod(), e.getName());
                String key = e.getName().substring(0, e.getName().length() - 4);
                Path single = tmp.resolve("single.npy");
                NpyFiles.save(single, in.get(key));
                try (InputStream member = zip.getInputStream(e)) {
                    assertArrayEquals(Files.readAllBytes(single), member.readAllBytes(), e.getName());
                }
            }
            assertEquals(in.keySet().stream().map(k -> k + ".npy").toList(), names);
        }
    }

    @Test
    void theNumpyFixturesMembersMatchTheirSingleFileCounterparts() throws IOException {
        Map<String, NDArray> stored = NpyFiles.loadz(NpyFixtures.dir().resolve("stored.npz"));
        Map<String, NDArray> compressed = NpyFiles.loadz(NpyFixtures.dir().resolve("compressed.npz"));
        for (String k : stored.keySet()) assertSameArray(stored.get(k), compressed.get(k), k);
    }

    @Test
    void anEmptyArchiveRoundTrips() throws IOException {
        Path out = tmp.resolve("empty.npz");
        NpyFiles.savez(out, Map.of());
        assertTrue(NpyFiles.loadz(out).isEmpty());
    }

    @Test
    void namesMustBeNonEmpty() {
        Map<String, NDArray> m = new LinkedHashMap<>();
        m.put("", Np.scalar(1.0));
        assertThrows(IllegalArgumentException.class, () -> NpyFiles.savez(tmp.resolve("x.npz"), m));
        assertTrue(!Files.exists(tmp.resolve("x.npz")));
    }
}
