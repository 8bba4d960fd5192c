package org.ndjit.benchmarks.programs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ndjit.Np;
import org.ndjit.NpyFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerCheckTest {
    @Test
    void worstIsInUnitsOfTheTolerance() {
        assertEquals(0.5, AnswerCheck.worst(new double[] {1, 100.5}, new double[] {1, 100}, 1e-2, 0), 1e-12);
        assertEquals(0, AnswerCheck.worst(new double[] {Double.NaN}, new double[] {Double.NaN}, 1e-9, 0));
        assertEquals(Double.POSITIVE_INFINITY, AnswerCheck.worst(new double[] {Double.NaN}, new double[] {1}, 1e-9, 0));
    }

    @Test
    void comparesEachAnswerFileOfTheProgram(@TempDir Path dir) throws IOException {
        Path java = Files.createDirectories(dir.resolve("java")), numpy = Files.createDirectories(dir.resolve("numpy"));
        NpyFiles.save(java.resolve("colstats_mean.npy"), Np.array(1.0, 2.0));
        NpyFiles.save(numpy.resolve("colstats_mean.npy"), Np.array(1.0, 2.0));
        NpyFiles.save(java.resolve("colstats_std.npy"), Np.array(1.0, 2.0));
        NpyFiles.save(numpy.resolve("colstats_std.npy"), Np.array(1.0, 2.1));
        NpyFiles.save(java.resolve("kmeans_steps.npy"), Np.scalar(3L));   // another program's: not compared
        AnswerCheck.Outcome o = AnswerCheck.compare(Program.COLSTATS, java, numpy);
        assertFalse(o.ok(), o.detail());
        assertTrue(o.detail().equals("mean 0.0, std 4.8e+07"), o.detail());
        Files.delete(numpy.resolve("colstats_std.npy"));
        assertTrue(AnswerCheck.compare(Program.COLSTATS, java, numpy).detail().contains("NumPy wrote no colstats_std.npy"));
    }
}
