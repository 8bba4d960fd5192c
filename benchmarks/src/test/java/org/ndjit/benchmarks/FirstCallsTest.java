package org.ndjit.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FirstCallsTest {
    private static final Pattern FIGURES = Pattern.compile("([0-9.]+) / ([0-9.]+) / ([0-9.]+)");

    @Test
    void reportsBothHalvesWithOrderedFigures() {
        String report = FirstCalls.run(6, 100);
        assertTrue(report.startsWith("first calls of 6 new 12-op float64 kernels on 100 elements"), report);
        assertTrue(report.contains("kernels 1-3 ") && report.contains("kernels 4-6 "), report);
        Matcher m = FIGURES.matcher(report);
        int triples = 0;
        while (m.find()) {
            double least = Double.parseDouble(m.group(1)), median = Double.parseDouble(m.group(2)), p90 = Double.parseDouble(m.group(3));
            assertTrue(least > 0 && least <= median && median <= p90, report);
            triples++;
        }
        assertEquals(6, triples, report); // first, second and later calls, per half
    }

    @Test
    void refusesFewerKernelsThanHalves() {
        assertThrows(IllegalArgumentException.class, () -> FirstCalls.run(1, 100));
    }
}
