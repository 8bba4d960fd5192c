package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.codegen.TileTranspose;
import org.ndjit.codegen.Vectorization;
import org.ndjit.engine.KernelRunner;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.ndjit.CodegenEdgeSupport.assertNone;
import static org.ndjit.CodegenEdgeSupport.matchesReference;
import static org.ndjit.TailsAndStridesTest.values;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Elementwise loops over a transposed input ({@code N.T + M}, {@code (S + S.T) * 0.5}, a C-order
 * copy of {@code N.T}) copy the transposed input's tiles into C order with vector loads and register
 * transposes, so that the kernel runs its vector loop (TransposedTiles): results equal the reference
 * bit for bit for every dtype, shapes whose rows and columns are not multiples of the tile's (8 x 256)
 * or of the 4 x 4 blocks, reversed and sliced sources, broadcast operands beside the transposed one, views that are not staged
 * (a reversed inner axis, a batch of transposes), rows split over two threads and columns over sixteen; which loops were staged is asserted
 * (8- and 4-byte elements, where the vector package has the copy). About 2 s.
 */
class TransposedTilesTest {
    private static final DType[] DTYPES = {DType.FLOAT64, DType.INT64, DType.FLOAT32, DType.INT32, DType.FLOAT16, DType.INT8, DType.BOOL};

    @Test
    void loopsOverATransposeEqualTheReference() {
        List<String> failures = new ArrayList<>();
        for (DType d : DTYPES) {
            for (int[] rc : new int[][] {{130, 129}, {64, 256}, {8, 2048}, {2051, 9}}) {
                int r = rc[0], c = rc[1];
                NDArray m = values(d, r * c, 7L * r + c).reshape(r, c), n = values(d, c * r, 3L * r + c).reshape(c, r);
                String where = d + " (" + r + ", " + c + ")";
                expectStaged(staged(d), () -> matchesReference(n.T().add(m), where + " N.T + M", failures), where);
            }
            NDArray s = values(d, 140 * 140, 11).reshape(140, 140);
            // Integers times 0.5 are float64 through an int-to-float cast, a vector instruction with AVX-512 only: the sum alone for them.
            NDArray symmetric = d.isFloat() ? s.add(s.T()).mul(0.5) : s.add(s.T());
            expectStaged(staged(d), () -> matchesReference(symmetric, d + " (S + S.T) * 0.5", failures), d + " square");
            expectStaged(staged(d), () -> matchesReference(s.get("::-1").T().mul(s), d + " S[::-1].T * S", failures), d + " reversed rows");
            expectStaged(staged(d), () -> matchesReference(s.get("3:136, 5:139").T().maximum(s.get("6:140, 1:134")), d + " max(S[3:136, 5:139].T, S[6:, 1:134])", failures), d + " slices");
            expectStaged(false, () -> matchesReference(s.get(":, ::-1").T().add(s), d + " S[:, ::-1].T + S (rows step back: not staged)", failures), d + " reversed columns");
            NDArray batch = values(d, 2 * 130 * 129, 5).reshape(2, 130, 129);
            expectStaged(false, () -> matchesReference(batch.transpose(0, 2, 1).add(1), d + " a batch of transposes (not staged)", failures), d + " batch");
        }
        FusionRegressionTest.withParallelism("2", () -> {
            // Over 2 x Parallel.MIN_PART elements: two parts of 4 and 5 rows.
            NDArray n = values(DType.FLOAT64, 16384 * 9, 13).reshape(16384, 9), m = values(DType.FLOAT64, 9 * 16384, 17).reshape(9, 16384);
            expectStaged(staged(DType.FLOAT64), () -> matchesReference(n.T().mul(m), "(9, 16384) on two threads", failures), "two threads");
            NDArray row = values(DType.FLOAT64, 16384, 23), column = values(DType.FLOAT64, 9, 29).reshape(9, 1);
            expectStaged(staged(DType.FLOAT64), () -> matchesReference(n.T().mul(row).add(column), "(9, 16384) with a broadcast row and column", failures), "broadcasts");
            NDArray big = values(DType.FLOAT32, 600 * 700, 19).reshape(600, 700);
            expectStaged(staged(DType.FLOAT32), () -> matchesReference(big.T().add(big.T().mul(2)), "(700, 600) float32 on two threads", failures), "two threads, float32");
        });
        FusionRegressionTest.withParallelism("16", () -> {
            // 10 parts of 9 rows (720,009 elements): each row is split in two column ranges, which start inside a tile.
            NDArray n = values(DType.FLOAT32, 80001 * 9, 31).reshape(80001, 9), m = values(DType.FLOAT32, 9 * 80001, 37).reshape(9, 80001);
            expectStaged(staged(DType.FLOAT32), () -> matchesReference(n.T().sub(m), "(9, 80001) on 16 threads", failures), "sixteen threads");
        });
        assertNone(failures);
    }

    /** A transposed copy moves every bit pattern unchanged: 64-bit and 32-bit words of random bits (as float64 or float32, some are NaNs with payloads). */
    @Test
    void aCopyOfATransposeMovesEveryBit() {
        Random rng = new Random(23);
        int r = 263, c = 517;
        long[] words = new long[r * c];
        for (int i = 0; i < words.length; i++) words[i] = rng.nextLong();
        long[] expected = new long[r * c];
        for (int i = 0; i < r; i++) for (int j = 0; j < c; j++) expected[j * r + i] = words[i * c + j];
        long[] actual = new long[r * c];
        expectStaged(staged(DType.INT64), () -> Np.array(words).reshape(r, c).T().into(actual), "int64 copy");
        assertArrayEquals(expected, actual, "the C-order copy of a transposed int64 array");
        int[] ints = new int[r * c], expectedInts = new int[r * c], actualInts = new int[r * c];
        for (int i = 0; i < ints.length; i++) ints[i] = rng.nextInt();
        for (int i = 0; i < r; i++) for (int j = 0; j < c; j++) expectedInts[j * r + i] = ints[i * c + j];
        expectStaged(staged(DType.INT32), () -> Np.array(ints).reshape(r, c).T().into(actualInts), "int32 copy");
        assertArrayEquals(expectedInts, actualInts, "the C-order copy of a transposed int32 array");
    }

    /** Whether loops over a transposed d input are staged here: 8- and 4-byte elements, where the vector package has the copy. */
    private static boolean staged(DType d) {
        TileTranspose t = Vectorization.tileTranspose();
        return t != null && (d.itemSize() == 8 || d.itemSize() == 4) && t.stages(d.itemSize());
    }

    private static void expectStaged(boolean staged, Runnable check, String where) {
        long before = KernelRunner.transposedTileRuns();
        check.run();
        assertEquals(staged, KernelRunner.transposedTileRuns() > before, where + ": transposed tiles staged");
    }
}
