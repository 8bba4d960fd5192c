package org.ndjit.benchmarks;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinorFaultsTest {
    @Test
    void readsField10() {
        String stat = "4242 (java) S 1 4242 4242 0 -1 4194560 123456 0 7 0 50 10 0 0 20 0 30 0 100 5000000 2000 18446744073709551615";
        assertEquals(123456, MinorFaults.parse(stat));
    }

    @Test
    void countsFieldsFromTheLastParenthesisOfTheCommandName() {
        String stat = "77 (a) b (c) d) R 1 77 77 0 -1 0 99 1 2 3 4 5";
        assertEquals(99, MinorFaults.parse(stat));
    }

    @Test
    void refusesALineWithoutCommandName() {
        assertThrows(IllegalArgumentException.class, () -> MinorFaults.parse("1 2 3"));
    }

    @Test
    void countGrowsWhenNewMemoryIsTouched() {
        long before = MinorFaults.now();
        if (before < 0) return; // not Linux
        byte[] touched = new byte[64 << 20];
        for (int i = 0; i < touched.length; i += 4096) touched[i] = 1;
        assertTrue(MinorFaults.now() > before, "64 MB touched without a fault");
    }
}
