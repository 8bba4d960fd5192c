package org.ndjit.codegen.vector;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * InlinedMethod copies only what a kernel can run in place of the call: Float16Lanes's conversions
 * (whose copies NarrowVectorLoopTest runs against the scalar loop), and not a method with a branch or
 * one reading its own class's field (private to it, so the kernel could not).
 */
class InlinedMethodTest {
    private static final int[] TABLE = {1, 2};

    @Test
    void copiesFloat16Conversions() {
        for (String name : new String[] {"toFloat", "toHalf", "round"}) assertDoesNotThrow(() -> InlinedMethod.of(Float16Lanes.class, name), name);
    }

    @Test
    void refusesWhatACopyCannotKeep() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> InlinedMethod.of(InlinedMethodTest.class, "branch")).getMessage().contains("a branch"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> InlinedMethod.of(InlinedMethodTest.class, "field")).getMessage().contains("field TABLE"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> InlinedMethod.of(InlinedMethodTest.class, "absent")).getMessage().contains("no method absent"));
    }

    static int branch(int x) {
        return x > 0 ? x : -x;
    }

    static int field(int i) {
        return TABLE[i];
    }
}
