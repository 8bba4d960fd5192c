package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.ir.Buffer;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link NDArray#into(NDArray)}: NumPy's {@code out=} with the library's own arrays. The target
 * gets the values an ordinary evaluation gives, in place; what was built on it before cannot read
 * the new values as old ones; memory another array shares, or the caller wrapped, is refused.
 */
class IntoArrayTest {
    private static final double LR = 0.1;

    /** Arrays of 1,000 elements (Java arrays) and of 100,000 (pool blocks). */
    private static final int[] SIZES = {1_000, 100_000};

    @Test
    void anUpdateLoopWritesIntoItsWeightsAndMatchesTheLoopThatAllocates() {
        for (int n : SIZES) {
            NDArray target = Np.random(1).randn(n);
            NDArray w = Np.random(2).randn(n), reference = Np.array(w.toDoubleArray());
            for (int step = 0; step < 50; step++) {
                assertSame(w, w.sub(w.sub(target).mul(2 * LR)).into(w));        // reads w while it writes it
                reference = reference.sub(reference.sub(target).mul(2 * LR)).eval();
            }
            assertArrayEquals(reference.toDoubleArray(), w.toDoubleArray(), "n = " + n);
        }
    }

    @Test
    void aLoopIntoTheSameArrayTakesNoNewPoolMemory() {
        NDArray a = Np.random(3).randn(100_000), b = Np.random(4).randn(100_000);
        NDArray out = Np.array(new double[100_000]);
        for (int i = 0; i < 3; i++) a.mul(b).add(1.0).into(out);
        MemoryStats before = Np.memoryStats();
        for (int i = 0; i < 50; i++) a.mul(b).add(1.0).into(out);
        MemoryStats after = Np.memoryStats();
        assertEquals(before.allocations(), after.allocations(), before + " then " + after);
        assertArrayEquals(a.mul(b).add(1.0).toDoubleArray(), out.toDoubleArray());
    }

    @Test
    void whatWasBuiltBeforeKeepsItsMeaningAndWhatIsBuiltAfterReadsTheNewValues() {
        NDArray out = Np.array(new double[] {1, 2, 3});
        NDArray computedBefore = out.add(10).eval();
        NDArray pendingBefore = out.mul(2);
        Np.array(new double[] {7, 8, 9}).into(out);
        assertArrayEquals(new double[] {11, 12, 13}, computedBefore.toDoubleArray(), "computed before: the old values");
        IllegalStateException e = assertThrows(IllegalStateException.class, pendingBefore::toDoubleArray);
        assertTrue(e.getMessage().contains("array float64 (3,) was overwritten by into()"), e.getMessage());
        assertArrayEquals(new double[] {17, 18, 19}, out.add(10).toDoubleArray(), "built after: the new values, not a memo of the old");
        assertArrayEquals(new double[] {7, 8, 9}, out.toDoubleArray());
    }

    @Test
    void zerosAndFullAreTargetsThatGetMemoryWithTheResult() {
        NDArray zeros = Np.zeros(3), pending = zeros.add(1);
        assertSame(zeros, Np.array(new double[] {1, 2, 3}).into(zeros));
        assertArrayEquals(new double[] {1, 2, 3}, zeros.toDoubleArray());
        assertArrayEquals(new double[] {1, 1, 1}, pending.toDoubleArray(), "built on the zeros it was");
        Np.array(new double[] {4, 5, 6}).into(zeros);                     // now its own memory, written in place
        assertArrayEquals(new double[] {4, 5, 6}, zeros.toDoubleArray());

        NDArray ones = Np.ones(DType.INT64, 2);
        Buffer zero = Buffer.allocate(DType.INT64, 2);
        assertThrows(ArithmeticException.class, () -> Np.array(new long[] {1, 2}).floorDiv(Np.wrap(zero.segment(), DType.INT64, 2)).into(ones));
        assertArrayEquals(new long[] {1, 1}, ones.toLongArray(), "a failed into() leaves the constant as it was");
    }

    @Test
    void theDtypeConvertsAsNumpysSameKindRuleSays() {
        NDArray out = Np.array(new double[] {0, 0, 0});
        Np.array(new long[] {1, 2, 3}).into(out);
        assertArrayEquals(new double[] {1, 2, 3}, out.toDoubleArray());
        NDArray ints = Np.array(new long[] {0, 0, 0});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Np.array(new double[] {1, 2, 3}).into(ints));
        assertTrue(e.getMessage().contains("'same_kind'"), e.getMessage());
    }

    @Test
    void sharedWrappedViewedOrMisshapenTargetsAreRefusedNamingWhy() {
        NDArray x = Np.random(5).randn(4);
        NDArray first = x.mul(3).eval(), second = x.mul(3).eval(); // one expression: one memory, two handles
        IllegalArgumentException shared = assertThrows(IllegalArgumentException.class, () -> x.into(first));
        assertTrue(shared.getMessage().contains("shared"), shared.getMessage());
        assertArrayEquals(second.toDoubleArray(), first.toDoubleArray(), "nothing was written");

        try (Arena arena = Arena.ofConfined()) {
            MemorySegment memory = arena.allocate(32, 8);
            NDArray wrapped = Np.wrap(memory, DType.FLOAT64, 4);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> x.into(wrapped));
            assertTrue(e.getMessage().contains("Np.wrap"), e.getMessage());
        }

        NDArray matrix = Np.random(6).randn(2, 2);
        IllegalArgumentException view = assertThrows(IllegalArgumentException.class, () -> Np.random(7).randn(2, 2).into(matrix.T()));
        assertTrue(view.getMessage().contains("view"), view.getMessage());

        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class, () -> x.into(Np.array(new double[5])));
        assertTrue(shape.getMessage().contains("(4,) float64") && shape.getMessage().contains("(5,)"), shape.getMessage());
    }

    @Test
    void aClosedTargetIsAnError() {
        NDArray out = Np.array(new double[] {1, 2});
        out.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Np.array(new double[] {3, 4}).into(out));
        assertTrue(e.getMessage().contains("was closed"), e.getMessage());
    }
}
