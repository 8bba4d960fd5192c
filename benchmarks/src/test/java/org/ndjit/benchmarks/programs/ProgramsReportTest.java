package org.ndjit.benchmarks.programs;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgramsReportTest {
    @Test
    void warmIsTheMedianOfTheLaterHalf() {
        assertEquals(2.0, ProgramsReport.warmMedian(new long[] {90, 80, 3, 1, 2}));      // later half: 3, 1, 2
        assertEquals(1.5, ProgramsReport.warmMedian(new long[] {70, 60, 50, 2, 1, 9, 1, 2}), 1e-12);
        assertEquals(4.0, ProgramsReport.warmMedian(new long[] {4}));
    }

    @Test
    void startIsFromLaunchToMain() {
        Instant launch = Instant.ofEpochSecond(1000, 250_000_000);
        ProgramsReport.Timing t = ProgramsReport.timing(
                Map.of("MAIN", Long.toString(1000_000_000L + 400_000), "FIRST", "7000000", "WARM", "9000000 3000000 1000000 2000000"), launch, 5);
        assertEquals(150.0, t.startMs(), 1e-9);
        assertEquals(7.0, t.firstMs(), 1e-9);
        assertEquals(1.5, t.warmMedianMs(), 1e-9);
        assertEquals(4, t.warmRuns());
        assertEquals(162.0, t.toFirstAnswerMs(), 1e-9);
    }
}
