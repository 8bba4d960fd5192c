package org.ndjit.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CollectionPacingTest {
    private static final long MB = 1L << 20, MS = 1_000_000L;

    @Test
    void startsAtTheFloorAndTheFirstCollectionHasNothingToCompareWith() {
        CollectionPacing p = new CollectionPacing(256 * MB, 2048 * MB);
        assertEquals(256 * MB, p.allowed());
        p.collected(0, 100 * MS); // a long first pause: no interval before it to weigh it against
        assertEquals(256 * MB, p.allowed());
    }

    @Test
    void costlyCollectionsDoubleTheGrowthUpToTheCeiling() {
        CollectionPacing p = new CollectionPacing(256 * MB, 1024 * MB);
        long t = 0;
        p.collected(t, t += 30 * MS);
        long[] expected = {512 * MB, 1024 * MB, 1024 * MB};
        for (long e : expected) {
            t += 40 * MS; // 40 ms of program, then a 30 ms collection: 43% of the time
            p.collected(t, t += 30 * MS);
            assertEquals(e, p.allowed());
        }
    }

    @Test
    void cheapCollectionsHalveItBackToTheFloor() {
        CollectionPacing p = new CollectionPacing(256 * MB, 2048 * MB);
        long t = 0;
        p.collected(t, t += MS);
        for (int i = 0; i < 3; i++) {
            t += 10 * MS;
            p.collected(t, t += 10 * MS);
        }
        assertEquals(2048 * MB, p.allowed());
        t += 10_000 * MS; // then a program that collects 10 ms per 10 s: 0.1%
        p.collected(t, t += 10 * MS);
        assertEquals(1024 * MB, p.allowed());
        for (int i = 0; i < 5; i++) {
            t += 10_000 * MS;
            p.collected(t, t += 10 * MS);
        }
        assertEquals(256 * MB, p.allowed());
    }

    @Test
    void aShareBetweenTheBoundsKeepsTheGrowth() {
        CollectionPacing p = new CollectionPacing(256 * MB, 2048 * MB);
        long t = 0;
        p.collected(t, t += MS);
        t += 97 * MS;
        p.collected(t, t += 3 * MS); // 3% of the 100 ms since the last one ended
        assertEquals(256 * MB, p.allowed());
    }

    @Test
    void aCeilingBelowTheFloorMeansAFixedGrowth() {
        CollectionPacing p = new CollectionPacing(256 * MB, 64 * MB);
        long t = 0;
        p.collected(t, t += MS);
        p.collected(t, t += 50 * MS);
        assertEquals(256 * MB, p.allowed());
        assertThrows(IllegalArgumentException.class, () -> new CollectionPacing(0, MB));
    }
}
