package org.ndjit.codegen;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The chosen mask copy (the Vector API's compress with AVX-512, or four lanes with AVX2) against the definition: the selected
 * elements in order, in exactly the slots [w, wEnd), and the bytes around them untouched (a
 * whole-vector store must not reach past wEnd). Masks of any density, with non-zero bytes other than 1.
 */
class MaskCopyTest {
    @Property(tries = 200)
    void copiesTheSelectedElementsAndNothingElse(@ForAll @IntRange(min = 0, max = 300) int n, @ForAll @IntRange(min = 0, max = 100) int percent,
                                                 @ForAll @IntRange(min = 0, max = 2) int width, @ForAll @IntRange(min = 0, max = 5) int w,
                                                 @ForAll long seed) {
        int item = new int[] {8, 4, 1}[width];
        java.util.Random rng = new java.util.Random(seed);
        MemorySegment in = Arena.ofAuto().allocate(n * (long) item + 1), mask = Arena.ofAuto().allocate(n + 1);
        int count = 0;
        for (int i = 0; i < n; i++) {
            boolean take = rng.nextInt(100) < percent;
            mask.set(ValueLayout.JAVA_BYTE, i, (byte) (take ? 1 + rng.nextInt(255) : 0)); // any non-zero byte, the high bit set or not
            count += take ? 1 : 0;
        }
        for (long b = 0; b < n * (long) item; b++) in.set(ValueLayout.JAVA_BYTE, b, (byte) rng.nextInt());
        long guard = 3L * 64;
        MemorySegment out = Arena.ofAuto().allocate((w + count) * (long) item + guard);
        out.fill((byte) 0x5A);
        Vectorization.maskCopy().copy(item, in, 0, item, mask, 0, 1, out, w, w + count);
        for (long b = 0; b < w * (long) item; b++) assertEquals((byte) 0x5A, out.get(ValueLayout.JAVA_BYTE, b), "before slot w: byte " + b);
        long slot = w;
        for (int i = 0; i < n; i++) {
            if (mask.get(ValueLayout.JAVA_BYTE, i) == 0) continue;
            for (int k = 0; k < item; k++) {
                assertEquals(in.get(ValueLayout.JAVA_BYTE, (long) i * item + k), out.get(ValueLayout.JAVA_BYTE, slot * item + k), "element " + i);
            }
            slot++;
        }
        for (long b = slot * item; b < out.byteSize(); b++) assertEquals((byte) 0x5A, out.get(ValueLayout.JAVA_BYTE, b), "past wEnd: byte " + b);
    }

    /**
     * {@link MaskCopy#copyAll}, which is not told the count: returns the slot after the last selected
     * element, has the selected elements in order from slot w, and stores nothing outside the slots
     * [w, w + n) it is given (one per position).
     */
    @Property(tries = 200)
    void copyAllFindsTheCountAndStaysInItsSlots(@ForAll @IntRange(min = 0, max = 300) int n, @ForAll @IntRange(min = 0, max = 100) int percent,
                                                @ForAll @IntRange(min = 0, max = 2) int width, @ForAll @IntRange(min = 0, max = 5) int w,
                                                @ForAll long seed) {
        int item = new int[] {8, 4, 1}[width];
        java.util.Random rng = new java.util.Random(seed);
        MemorySegment in = Arena.ofAuto().allocate(n * (long) item + 1), mask = Arena.ofAuto().allocate(n + 1);
        for (int i = 0; i < n; i++) mask.set(ValueLayout.JAVA_BYTE, i, (byte) (rng.nextInt(100) < percent ? 1 + rng.nextInt(255) : 0));
        for (long b = 0; b < n * (long) item; b++) in.set(ValueLayout.JAVA_BYTE, b, (byte) rng.nextInt());
        long guard = 3L * 64;
        MemorySegment out = Arena.ofAuto().allocate((w + n) * (long) item + guard);
        out.fill((byte) 0x5A);
        long end = Vectorization.maskCopy().copyAll(item, in, 0, item, mask, 0, 1, n, out, w);
        for (long b = 0; b < w * (long) item; b++) assertEquals((byte) 0x5A, out.get(ValueLayout.JAVA_BYTE, b), "before slot w: byte " + b);
        long slot = w;
        for (int i = 0; i < n; i++) {
            if (mask.get(ValueLayout.JAVA_BYTE, i) == 0) continue;
            for (int k = 0; k < item; k++) {
                assertEquals(in.get(ValueLayout.JAVA_BYTE, (long) i * item + k), out.get(ValueLayout.JAVA_BYTE, slot * item + k), "element " + i);
            }
            slot++;
        }
        assertEquals(slot, end, "the slot after the last selected element");
        for (long b = (w + n) * (long) item; b < out.byteSize(); b++) assertEquals((byte) 0x5A, out.get(ValueLayout.JAVA_BYTE, b), "past slot w + n: byte " + b);
    }
}
