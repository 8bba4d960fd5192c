package org.ndjit.codegen;

import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.ir.Op;

import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A kernel with a vector loop serves small runs from its scalar class until its vector class is warm
 * (KernelTiers): the scalar class first, for large runs too, which count toward the warm-up by their
 * elements and wait for one warm-up at most; a warm-up that switches runs over; tiering off; and the two
 * classes' results bit for bit the same (exp and sin go through VectorMath, the rest are lanewise).
 */
class KernelTiersTest {
    private static final int SMALL = 1000, LARGE = 1 << 20;
    /** The build runs tests with tiering off (ndjit.tieredBelow=0); these check the default. */
    private String saved;

    @org.junit.jupiter.api.BeforeEach
    void defaultTiering() {
        saved = System.getProperty("ndjit.tieredBelow");
        System.clearProperty("ndjit.tieredBelow");
    }

    @org.junit.jupiter.api.AfterEach
    void restoreTiering() {
        if (saved != null) System.setProperty("ndjit.tieredBelow", saved);
    }

    /** exp(x * y + c) - sin(x): float64 or float32, unit-stride inputs. */
    private static KernelSpec spec(DType d, Op first) {
        List<KernelSpec.Instr> instrs = List.of(
                new KernelSpec.Instr(first, d, new int[] {0, 1}),
                new KernelSpec.Instr(Op.ADD, d, new int[] {3, 2}),
                new KernelSpec.Instr(Op.EXP, d, new int[] {4}),
                new KernelSpec.Instr(Op.SIN, d, new int[] {0}),
                new KernelSpec.Instr(Op.SUB, d, new int[] {5, 6}));
        return new KernelSpec(List.of(d, d), List.of(d), instrs, d, List.of(KernelSpec.Access.UNIT, KernelSpec.Access.UNIT));
    }

    @Test
    void largeRunsGetTheScalarClassTooAndQueueTheWarmUpAfterAsMuchWorkAsSmallRuns() {
        KernelSpec spec = spec(DType.FLOAT64, Op.MUL);
        assumeTrue(Vectorization.loops().applies(spec), "no vector loop on this JVM");
        KernelCache cache = new KernelCache(8);
        RowKernel first = cache.get(spec, SMALL);
        assertSame(first, cache.get(spec, SMALL), "small runs share the scalar class");
        KernelTiers tiers = cache.tiers(spec, SMALL);
        long queued = KernelWarmup.queued();
        assertSame(first, cache.get(spec, 1 << 16), "a large run gets the scalar class while the vector class is cold");
        assertEquals(queued, KernelWarmup.queued(), "three runs' work: no warm-up yet");
        assertSame(first, cache.get(spec, LARGE), "a run of 2^20 elements counts as 16 small runs");
        assertEquals(queued + 1, KernelWarmup.queued(), "after that much work the warm-up is queued");
        assertEquals(1, cache.compilations());
        tiers.useVector();
        RowKernel vector = cache.get(spec, LARGE);
        assertNotSame(first, vector, "once warm, a large run gets the vector class");
        assertSame(vector, tiers.latest(first), "a run that started on the scalar class takes the vector class between calls");
        assertSame(vector, cache.get(spec, SMALL), "so do small runs");
    }

    @Test
    void largeRunsWaitForOneWarmUpAtMost() {
        KernelSpec spec = spec(DType.FLOAT64, Op.DIV);
        assumeTrue(Vectorization.loops().applies(spec), "no vector loop on this JVM");
        KernelTiers lost = KernelTiers.compile(spec, SMALL), settled = KernelTiers.compile(spec, SMALL);
        RowKernel scalar = lost.forRun(SMALL);
        assertSame(scalar, lost.forRun(LARGE), "cold: the scalar class");
        lost.warmupLost(false);
        assertNotSame(scalar, lost.forRun(LARGE), "a warm-up that did not measure the vector class compiled: large runs take it");
        RowKernel settledScalar = settled.forRun(SMALL);
        settled.warmupLost(true);
        assertSame(settledScalar, settled.forRun(LARGE), "a vector class measured compiled and slower: large runs keep the scalar class");
        assertSame(settledScalar, settled.latest(settledScalar));
    }

    @Test
    void aLookUpWithoutASizeCompilesTheVectorClassAloneAndQueuesNoWarmUp() {
        KernelSpec spec = spec(DType.FLOAT64, Op.MAXIMUM);
        assumeTrue(Vectorization.loops().applies(spec), "no vector loop on this JVM");
        KernelCache cache = new KernelCache(8);
        long queued = KernelWarmup.queued();
        RowKernel fastest = cache.get(spec);
        assertEquals(queued, KernelWarmup.queued(), "no warm-up for a look-up that asks for the fastest form");
        assertEquals(1, cache.compilations());
        assertTrue(cache.tiers(spec, SMALL).vectorReady());
        assertSame(fastest, cache.get(spec, SMALL), "runs get it too");
    }

    @Test
    void tieringOffGivesTheVectorClassAtOnce() {
        KernelSpec spec = spec(DType.FLOAT32, Op.MAXIMUM);
        assumeTrue(Vectorization.loops().applies(spec), "no vector loop on this JVM");
        System.setProperty("ndjit.tieredBelow", "0");
        try {
            KernelTiers tiers = KernelTiers.compile(spec, SMALL);
            assertTrue(tiers.vectorReady(), "tiering off: compiled with the vector loop only");
            assertSame(tiers.vectorClass(), tiers.forRun(SMALL));
        } finally {
            System.clearProperty("ndjit.tieredBelow");
        }
    }

    @Test
    void aWarmUpSwitchesSmallRunsToTheVectorClass() throws InterruptedException {
        KernelSpec spec = spec(DType.FLOAT32, Op.SUB);
        assumeTrue(Vectorization.loops().applies(spec), "no vector loop on this JVM");
        KernelCache cache = new KernelCache(8);
        long keptBefore = KernelCache.keptScalar();
        RowKernel scalar = cache.get(spec, SMALL);
        KernelTiers tiers = cache.tiers(spec, SMALL);
        long deadline = System.nanoTime() + 120_000_000_000L; // liveness only: the warm-up thread gets a few seconds per kernel
        while (!tiers.vectorReady() && KernelCache.keptScalar() == keptBefore && System.nanoTime() < deadline) {
            Thread.sleep(20);
            cache.get(spec, SMALL);
        }
        // A C1-only JVM never makes the vector class faster; then a scalar class stays, which is right too.
        if (tiers.vectorReady()) {
            assertTrue(KernelCache.warmedUp() > 0, "small runs changed to the vector class without a warm-up");
            assertSame(tiers.vectorClass(), cache.get(spec, SMALL));
        } else {
            assertTrue(KernelCache.keptScalar() > 0, "the warm-up neither switched nor gave up");
        }
        assertNotSame(scalar, cache.get(spec, SMALL), "a warm kernel's small runs still get its first scalar class, whose rows are Java arrays");
    }

    @Test
    void bothClassesComputeTheSameBits() {
        for (DType d : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
            for (Op first : new Op[] {Op.MUL, Op.DIV, Op.MAXIMUM}) {
                KernelSpec spec = spec(d, first);
                RowKernel scalar = RowKernelCompiler.compileScalar(spec), full = RowKernelCompiler.compile(spec);
                Random rnd = new Random(first.ordinal() * 31L + d.ordinal());
                for (int n : new int[] {0, 1, 7, 8, 9, 33, SMALL}) {
                    double[] x = new double[n], y = new double[n];
                    for (int i = 0; i < n; i++) {
                        x[i] = rnd.nextGaussian() * Math.scalb(1.0, rnd.nextInt(20) - 10);
                        y[i] = i % 17 == 3 ? Double.NaN : rnd.nextGaussian();
                    }
                    assertArrayEquals(run(scalar, d, x, y), run(full, d, x, y), spec.key() + " n=" + n);
                }
            }
        }
    }

    /**
     * A lost warm-up is final only when it measured the vector class compiled: its time had stopped
     * falling and was within a few times the scalar class's; a vector class still tens of times slower
     * (interpreted, boxing) or still getting faster is asked about again later.
     */
    @Test
    void aLostWarmupIsFinalOnlyWhenTheVectorClassWasMeasuredCompiled() {
        assertTrue(KernelWarmup.settled(1000, 2000, 1950), "compiled, steady, slower than scalar");
        assertTrue(!KernelWarmup.settled(1000, 90_000, 85_000), "steady but interpreter-slow: not compiled yet");
        assertTrue(!KernelWarmup.settled(1000, 5000, 2000), "still getting faster");
        assertTrue(!KernelWarmup.settled(1000, 2000, Long.MAX_VALUE), "no round in the second half");
    }

    /** A warm-up times and warms the entry points runs called: none reported means row() alone. */
    @Test
    void entryPointsRunsCallAreRemembered() {
        KernelTiers tiers = KernelTiers.compile(spec(DType.FLOAT64, Op.MUL), SMALL);
        assertTrue(!tiers.wasUsed(KernelTiers.Entry.SUM_ROW));
        tiers.used(KernelTiers.Entry.SUM_ROW);
        tiers.used(KernelTiers.Entry.SUM_ROW);
        assertTrue(tiers.wasUsed(KernelTiers.Entry.SUM_ROW));
        assertTrue(!tiers.wasUsed(KernelTiers.Entry.ROW) && !tiers.wasUsed(KernelTiers.Entry.SUM_ACROSS));
    }

    /** The row's output bytes for inputs x and y (converted to d) and the constant 0.25. */
    private static byte[] run(RowKernel kernel, DType d, double[] x, double[] y) {
        int n = x.length;
        MemorySegment a = segment(d, x), b = segment(d, y), out = MemorySegment.ofArray(new byte[Math.max(1, n * d.itemSize())]);
        kernel.row(new MemorySegment[] {a, b}, new long[2], new long[] {1, 1}, out, 0, n, new double[] {0.25}, new long[1]);
        return out.toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
    }

    private static MemorySegment segment(DType d, double[] v) {
        if (d == DType.FLOAT64) return MemorySegment.ofArray(v.clone());
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) f[i] = (float) v[i];
        return MemorySegment.ofArray(f);
    }
}
