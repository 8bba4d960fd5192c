package org.ndjit;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How concatenations are planned and run: parts computed into their regions, elementwise work moved below them. */
class JoinPlanTest {
    private static final Random RNG = Np.random(7);

    /** The plan text without the cache-status lines, which depend on what ran before. */
    private static String plan(NDArray x) {
        return x.explain().lines().filter(l -> !l.contains("compiled kernel:")).map(l -> l + "\n").reduce("", String::concat);
    }

    @Test
    void elementwiseWorkOnAConcatenationIsComputedPartByPartIntoTheResult() {
        NDArray a = RNG.rand(4, 3), b = RNG.rand(4, 5), c = RNG.rand(4, 8);
        NDArray r = Np.concatenate(1, a.mul(2), b).add(c).sqrt();
        assertEquals("""
                plan: 1 kernel, 0 intermediates
                kernel 0: t0 f64[4,8] = concatenate along axis 1, each part computed into its region
                  t0.0 f64[4,3] = elementwise
                    loop: i0 < 4, i1 < 3 (i1 innermost)
                    fuses: multiply, add, sqrt
                    reads: buffer f64[4,3] strides (3, 1), view f64[4,3] strides (8, 1)
                  t0.1 f64[4,5] = elementwise
                    loop: i0 < 4, i1 < 5 (i1 innermost)
                    fuses: add, sqrt
                    reads: buffer f64[4,5] strides (5, 1), view f64[4,5] strides (8, 1)
                """, plan(r));
        double[] got = r.toDoubleArray(), av = a.toDoubleArray(), bv = b.toDoubleArray(), cv = c.toDoubleArray();
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 8; j++) {
                double x = j < 3 ? av[i * 3 + j] * 2 : bv[i * 5 + j - 3];
                assertEquals(Math.sqrt(x + cv[i * 8 + j]), got[i * 8 + j], 0.0);
            }
        }
    }

    @Test
    void aReductionReadsTheWrittenConcatenation() {
        NDArray a = RNG.rand(6), b = RNG.rand(5);
        NDArray s = Np.concatenate(0, a.exp(), b).sum();
        assertTrue(s.explain().startsWith("plan: 2 kernels, 1 intermediate"), s.explain());
        assertTrue(s.explain().contains("materialized: a concatenation (its parts are computed into their regions)"), s.explain());
    }

    @Test
    void largePartsRunInParallelRowsIntoTheirRegions() {
        NDArray a = RNG.rand(700, 300), b = RNG.rand(700, 301), c = RNG.rand(1, 601);
        NDArray r = Np.concatenate(1, a, b.neg()).mul(c);
        double[] got = r.toDoubleArray(), av = a.toDoubleArray(), bv = b.toDoubleArray(), cv = c.toDoubleArray();
        for (int i = 0; i < 700; i += 7) {
            for (int j = 0; j < 601; j++) {
                double x = j < 300 ? av[i * 300 + j] : -bv[i * 301 + j - 300];
                assertEquals(x * cv[j], got[i * 601 + j], 0.0, "row " + i + " column " + j);
            }
        }
    }

    @Test
    void oneWideColumnsAreCopiedIntoPlace() {
        NDArray x = Np.arange(5).astype(DType.FLOAT32), y = x.mul(10);
        assertArrayEquals(new float[] {0, 0, 1, 10, 2, 20, 3, 30, 4, 40}, Np.columnStack(x, y).toFloatArray());
    }

    @Test
    void aConcatenationWritesIntoTheCallersMemory() {
        NDArray a = Np.arange(3), b = Np.arange(10, 14);
        long[] out = new long[7];
        Np.concatenate(0, a.mul(2), b).into(out);
        assertEquals("[0, 2, 4, 10, 11, 12, 13]", Arrays.toString(out));
    }

    @Test
    void splitPartsAndRotationsAreViewsOfTheArray() {
        NDArray m = Np.arange(12.0, 24.0, 1.0).reshape(3, 4).eval();
        assertEquals("""
                %0 = buffer f64[3,4]
                %1 = view f64[3,2] %0 {shape=(3,2) strides=(4,1) offset=2}
                """, Np.split(m, 2, 1).get(1).graph());
        assertEquals("""
                %0 = buffer f64[3,4]
                %1 = view f64[4,3] %0 {shape=(4,3) strides=(-1,4) offset=3}
                """, Np.rot90(m).graph());
        assertEquals("plan: 0 kernels, 0 intermediates", Np.flip(m).explain().lines().findFirst().orElseThrow());
    }

    @Test
    void paddingTwoAxesAndRollingTwoAxesWriteOnlyTheResult() {
        NDArray m = RNG.rand(30, 40);
        String pad = Np.pad(m, 2, "reflect").mul(3).explain();
        assertTrue(pad.startsWith("plan: 1 kernel, 0 intermediates"), pad);
        assertTrue(pad.contains("t0.0 f64[34,3] = concatenate along axis 0 into its region"), pad); // reflected runs: 2 1 0 | 1 .. 29 | 28 27
        assertTrue(Np.roll(m, new long[] {1, -3}, new int[] {0, 1}).exp().explain().startsWith("plan: 1 kernel, 0 intermediates"));
        assertTrue(Np.tile(m, 2, 3).explain().startsWith("plan: 1 kernel, 0 intermediates"));
    }

    @Test
    void aReductionIsAPartCopiedIntoItsRegion() {
        NDArray a = RNG.rand(5, 4);
        NDArray r = Np.concatenate(0, a.sum(0, true), a.max(0, true), a);
        double[] got = r.toDoubleArray(), sums = a.sum(0).toDoubleArray(), maxes = a.max(0).toDoubleArray(), av = a.toDoubleArray();
        for (int j = 0; j < 4; j++) {
            assertEquals(sums[j], got[j], 0.0);
            assertEquals(maxes[j], got[4 + j], 0.0);
            for (int i = 0; i < 5; i++) assertEquals(av[i * 4 + j], got[8 + i * 4 + j], 0.0);
        }
    }

    @Test
    void stackedComputedArraysAreComputedIntoTheirRegions() {
        NDArray a = RNG.rand(50), b = RNG.rand(50);
        NDArray r = Np.stack(1, a.add(1), b.mul(a));
        assertTrue(r.explain().startsWith("plan: 1 kernel, 0 intermediates"), r.explain());
        NDArray v = Np.vstack(a.sqrt(), b.exp());
        assertTrue(v.explain().startsWith("plan: 1 kernel, 0 intermediates"), v.explain());
        double[] got = r.toDoubleArray(), av = a.toDoubleArray(), bv = b.toDoubleArray();
        for (int i = 0; i < 50; i++) {
            assertEquals(av[i] + 1, got[2 * i], 0.0);
            assertEquals(bv[i] * av[i], got[2 * i + 1], 0.0);
        }
    }
}
