package org.ndjit.benchmarks;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;

/**
 * The report as a bar chart (JFreeChart): per pipeline, each variant's median time relative to the
 * hand-written Vector API loop, on a log scale, so that pipelines from microseconds to seconds share
 * one axis. Lower is better; 1 is the hand vector loop.
 */
final class Chart {
    private Chart() {}

    static void write(Measurements m, Path png) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double min = 1, max = 1;
        for (Pipeline p : Pipeline.values()) {
            Double vector = m.median(p, Variant.VECTOR);
            if (vector == null) continue;
            String column = p + " " + p.title;
            for (Variant v : Variant.values()) {
                Double t = m.median(p, v);
                String series = v == Variant.FUSED_ALL_CORES ? "fused, " + m.machine.cores() + " threads" : v.label;
                if (t != null) data.addValue(t / vector, series, column);
                if (t != null) { min = Math.min(min, t / vector); max = Math.max(max, t / vector); }
            }
            Double numpy = m.numpy(p);
            if (numpy != null) {
                data.addValue(numpy / vector, "NumPy", column);
                min = Math.min(min, numpy / vector);
                max = Math.max(max, numpy / vector);
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(
                "ndjit, " + m.profile.id() + " profile, " + m.machine.date() + ": median time per call relative to the hand-written Vector API loop",
                null, "time / hand vector time (log scale, lower is better)", data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        LogAxis axis = new LogAxis("time / hand vector time (log scale, lower is better)");
        axis.setRange(min / 1.5, max * 1.5);
        axis.setTickUnit(new NumberTickUnit(1), false, true);           // one tick per decade: 0.1, 1, 10, 100
        axis.setNumberFormatOverride(new DecimalFormat("0.###"));
        plot.setRangeAxis(axis);
        plot.addRangeMarker(new ValueMarker(1, Color.BLACK, new BasicStroke(1.5f)));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.GRAY);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setBase(min / 1.5);
        renderer.setItemMargin(0.02);
        for (int i = 0; i < data.getRowCount(); i++) renderer.setSeriesPaint(i, color(data.getRowKey(i).toString()));
        chart.getTitle().setFont(chart.getTitle().getFont().deriveFont(14f));
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 1400, 700);
    }

    /** The same color for a variant in every chart, whichever variants a run has. */
    private static Color color(String series) {
        if (series.equals(Variant.FUSED_SERVER.label)) return new Color(0x08519c);
        if (series.startsWith("fused,")) return new Color(0x9ecae1);
        return switch (series) {
            case "fused" -> new Color(0x3182bd);
            case "eager" -> new Color(0xfd8d3c);
            case "hand scalar" -> new Color(0xbdbdbd);
            case "hand vector" -> new Color(0x636363);
            default -> new Color(0x31a354);                                     // NumPy
        };
    }
}
