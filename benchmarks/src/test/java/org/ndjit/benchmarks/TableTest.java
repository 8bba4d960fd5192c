package org.ndjit.benchmarks;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableTest {
    private static final Machine MACHINE = new Machine("2026-01-01 00:00 UTC", "cpu", 2, "1 GB", "Linux", "JDK", 512, "0 0 0");

    private static Measurements measured(Variant... variants) {
        Measurements m = new Measurements(Profile.QUICK, MACHINE, Path.of("results"));
        Map<Variant, Measurements.Stats> stats = new EnumMap<>(Variant.class);
        for (Variant v : variants) stats.put(v, new Measurements.Stats(2e6, 1e6, 3e6, 10, v == Variant.FUSED_SERVER ? 0.5 : 12.25));
        m.timings.put(Pipeline.B2, stats);
        return m;
    }

    @Test
    void serverColumnOnlyWhenMeasured() {
        String without = Table.markdown(measured(Variant.FUSED, Variant.EAGER));
        assertFalse(without.contains("server JVM"), without);
        String with = Table.markdown(measured(Variant.FUSED, Variant.EAGER, Variant.FUSED_SERVER));
        assertTrue(with.contains("| fused, server JVM |"), with);
        assertTrue(with.contains("minor faults per call, fused (server JVM)"), with);
    }

    @Test
    void everyRowHasTheHeadersColumns() {
        for (Measurements m : new Measurements[] {measured(Variant.FUSED), measured(Variant.FUSED, Variant.FUSED_SERVER)}) {
            m.compile.put(Pipeline.B2, new Measurements.Stats(1e5, 1e5, 1e5, 3, Double.NaN));
            m.kernels.put(Pipeline.B2, 1);
            String[] lines = Table.markdown(m).split("\n");
            long columns = lines[0].chars().filter(c -> c == '|').count();
            for (int i = 1; i < 4; i++) assertEquals(columns, lines[i].chars().filter(c -> c == '|').count(), lines[i]);
        }
    }

    @Test
    void faultsPerCallOfFusedAndOfTheServerJvm() {
        String row = Table.markdown(measured(Variant.FUSED, Variant.FUSED_SERVER)).lines()
                .filter(l -> l.startsWith("| B2")).findFirst().orElseThrow();
        assertTrue(row.endsWith("| 12.3 (0.500) |"), row);
        String csv = Table.csv(measured(Variant.FUSED, Variant.FUSED_SERVER));
        assertTrue(csv.contains(",\"-Xms4g -Xmx4g -XX:+AlwaysPreTouch\","), csv);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("quick,B2,\"chain\",\"fused\",") && l.endsWith(",12.3")), csv);
    }

    @Test
    void spreadOfTheFusedCallsIsAColumnAndATarget() {
        // Stats of B2: median 2 ms, quartiles 1 and 3 ms: an interquartile range of 100% of the median.
        Measurements m = measured(Variant.FUSED);
        String row = Table.markdown(m).lines().filter(l -> l.startsWith("| B2")).findFirst().orElseThrow();
        assertTrue(row.endsWith("| 100% | 12.3 |"), row);
        Table.Target spread = Table.targets(m).stream().filter(t -> t.goal().startsWith("interquartile")).findFirst().orElseThrow();
        assertEquals("100%", spread.figure());
        assertEquals(Boolean.FALSE, spread.met());
    }
}
