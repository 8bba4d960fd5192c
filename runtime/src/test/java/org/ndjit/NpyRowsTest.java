package org.ndjit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ndjit.NpyFixtures.assertSameArray;

/** {@link NpyFiles#loadRows}: a row range of a file equals the same rows of the whole file. */
class NpyRowsTest {
    @TempDir
    Path tmp;

    @Test
    void everyRowRangeOfEveryCOrderFixtureEqualsTheRowsOfTheWholeFile() throws IOException {
        int checked = 0;
        for (NpyFixtures.Entry e : NpyFixtures.npyFiles()) {
            if (e.shape().length == 0 || (e.fortran() && e.shape().length > 1)) continue;
            NDArray whole = e.expected();
            long rows = e.shape()[0];
            for (long start = 0; start <= rows; start++) {
                for (long stop = start; stop <= rows; stop++) {
                    assertSameArray(whole.slice(0, start, stop, 1), NpyFiles.loadRows(e.path(), start, stop), e + "[" + start + ":" + stop + "]");
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "checked " + checked);
    }

    @Test
    void aLargeFileIsReadInChunksAtItsOffset() throws IOException {
        Path p = tmp.resolve("big.npy");
        NDArray a = Np.arange(3_000_000).reshape(300_000, 10).astype(DType.FLOAT64);
        NpyFiles.save(p, a);
        assertSameArray(a.slice(0, 123_457L, 250_001L, 1), NpyFiles.loadRows(p, 123_457, 250_001), "rows 123457:250001");
    }

    @Test
    void fortranOrderZeroDAndRowsOutsideTheFileAreRefusedWithTheFileName() {
        Path dir = NpyFixtures.dir();
        IOException fortran = assertThrows(IOException.class, () -> NpyFiles.loadRows(dir.resolve("f8_le_f_2x3x4.npy"), 0, 1));
        assertTrue(fortran.getMessage().startsWith(dir.resolve("f8_le_f_2x3x4.npy").toString())
                && fortran.getMessage().contains("Fortran-order"), fortran.getMessage());
        IOException scalar = assertThrows(IOException.class, () -> NpyFiles.loadRows(dir.resolve("f8_le_scalar.npy"), 0, 0));
        assertTrue(scalar.getMessage().contains("0-d"), scalar.getMessage());
        var outside = assertThrows(IndexOutOfBoundsException.class, () -> NpyFiles.loadRows(dir.resolve("f8_le_c_2x3.npy"), 1, 3));
        assertEquals(dir.resolve("f8_le_c_2x3.npy") + ": rows [1, 3) are not within the 2 rows of shape (2, 3)", outside.getMessage());
    }

    @Test
    void aFileAssembledFromTheHeaderAndPartsIsTheFileSaveWrites() throws IOException {
        NDArray a = Np.arange(60).reshape(12, 5).astype(DType.FLOAT32).mul(0.5);
        Path whole = tmp.resolve("whole.npy");
        NpyFiles.save(whole, a);
        assertArrayEquals(new long[] {12, 5}, NpyFiles.shape(whole));
        assertEquals(DType.FLOAT32, NpyFiles.dtype(whole));
        byte[] header = NpyFiles.header(DType.FLOAT32, 12, 5);
        assertEquals(0, header.length % 64);
        byte[] data = new byte[12 * 5 * 4];
        java.nio.ByteBuffer.wrap(data).order(java.nio.ByteOrder.nativeOrder()).asFloatBuffer().put(a.toFloatArray());
        java.io.ByteArrayOutputStream assembled = new java.io.ByteArrayOutputStream();
        assembled.write(header);
        assembled.write(data);
        assertArrayEquals(Files.readAllBytes(whole), assembled.toByteArray());
    }
}
