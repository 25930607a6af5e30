package org.parallax.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Writes charts as SVG vector files that open in a browser, Inkscape and Word: labels are {@code <text>}
 * (searchable, editable, any script), shapes are paths and rectangles, sizes follow the labels.
 */
public final class SvgChart {
    /** One line of a line chart: its label, colour (#rrggbb or null) and a value per x position. */
    public record Series(String label, String color, List<Double> values) {
    }

    /** A line over time: its label, colour (#rrggbb or null) and values that hold from each date on. */
    public record DatedSeries(String label, String color, List<LocalDate> dates, List<Double> values) {
    }

    /** Something placed on a time axis: its date and label. */
    public record Mark(LocalDate date, String label) {
    }

    /** The height of a row of mark labels (10 px text). */
    private static final int MARK_ROW = 12;
    private static final String FONT = "font-family=\"DejaVu Sans, Arial, sans-serif\"";
    private static final String[] PALETTE = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
            "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};

    private SvgChart() {
    }

    /** A line chart of shares (0..1) per period, one line per series, with a legend. */
    public static String lines(String title, List<String> xLabels, List<Series> series) {
        int plotLeft = 60;
        int plotWidth = Math.max(320, xLabels.size() * 60);
        int plotTop = 50;
        int plotHeight = 260;
        int legendTop = plotTop + plotHeight + 70;
        int width = plotLeft + plotWidth + 40;
        int height = legendTop + series.size() * 20 + 20;
        StringBuilder svg = open(width, height, title);
        percentGrid(svg, plotLeft, plotWidth, plotTop, plotHeight);
        double step = xLabels.size() <= 1 ? 0 : plotWidth / (double) (xLabels.size() - 1);
        for (int i = 0; i < xLabels.size(); i++) {
            double x = plotLeft + (xLabels.size() == 1 ? plotWidth / 2.0 : i * step);
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"end\" font-size=\"11\" "
                    + "transform=\"rotate(-40 %.1f %d)\" %s>%s</text>%n", x, plotTop + plotHeight + 16, x,
                    plotTop + plotHeight + 16, FONT, escape(xLabels.get(i))));
        }
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            String color = color(line.color(), s);
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < line.values().size() && i < xLabels.size(); i++) {
                double x = plotLeft + (xLabels.size() == 1 ? plotWidth / 2.0 : i * step);
                double y = plotTop + plotHeight - plotHeight * clamp(line.values().get(i));
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n",
                        x, y, color));
            }
            lineWithLegend(svg, color, points, plotLeft, legendTop + s * 20, line.label());
        }
        return close(svg);
    }

    /**
     * Shares (0..1) over a time axis from {@code from} to {@code to}: each series a step line (a value holds until the
     * next date), each event a dashed vertical line numbered at the top and listed below, each item a triangle on the
     * axis labelled below it (labels that would overlap, as two marks of one date do, stand in rows above each other); {@code note} (or null) is printed under the legend.
     */
    public static String overTime(String title, LocalDate from, LocalDate to, List<DatedSeries> series,
                                  List<Mark> events, List<Mark> items, String note) {
        int plotLeft = 60;
        int plotWidth = 760;
        int plotHeight = 260;
        long start = from.toEpochDay();
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        java.util.function.ToDoubleFunction<LocalDate> x = d -> plotLeft + plotWidth * (d.toEpochDay() - start)
                / (double) span;
        List<String> eventLabels = java.util.stream.IntStream.range(0, events.size()).mapToObj(e -> "E" + (e + 1))
                .toList();
        LabelRows eventRows = LabelRows.of(events.stream().mapToDouble(e -> x.applyAsDouble(e.date())).toArray(),
                eventLabels, 10);
        LabelRows itemRows = LabelRows.of(items.stream().mapToDouble(i -> x.applyAsDouble(i.date())).toArray(),
                items.stream().map(Mark::label).toList(), 10);
        // Labels of marks close together stand in rows of their own, above the plot for events, below it for items.
        int plotTop = 64 + MARK_ROW * Math.max(0, eventRows.count() - 1);
        int below = MARK_ROW * Math.max(0, itemRows.count() - 1);
        int legendTop = plotTop + plotHeight + 62 + below;
        int lines = series.size() + events.size() + (note == null ? 0 : 1);
        int height = legendTop + lines * 18 + 20;
        StringBuilder svg = open(plotLeft + plotWidth + 40, height, title);
        java.util.function.DoubleUnaryOperator y = v -> plotTop + plotHeight - plotHeight * clamp(v);
        percentGrid(svg, plotLeft, plotWidth, plotTop, plotHeight);
        int years = to.getYear() - from.getYear() + 1;
        int every = years <= 12 ? 1 : years <= 30 ? 2 : years <= 60 ? 5 : 10;
        for (int year = from.getYear() + 1; year <= to.getYear(); year++) {
            if (year % every == 0) {
                double tx = x.applyAsDouble(LocalDate.of(year, 1, 1));
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
                        + "stroke=\"#888\"/>%n", tx, plotTop + plotHeight, tx, plotTop + plotHeight + 5));
                text(svg, tx, plotTop + plotHeight + 44 + below, "middle", 11, String.valueOf(year));
            }
        }
        for (int e = 0; e < events.size(); e++) {
            double ex = x.applyAsDouble(events.get(e).date());
            int labelY = plotTop - 10 - MARK_ROW * eventRows.row(e);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#999\" "
                    + "stroke-dasharray=\"4 3\"/>%n", ex, labelY + 4, ex, plotTop + plotHeight));
            text(svg, ex, labelY, "middle", 10, eventLabels.get(e));
        }
        for (int s = 0; s < series.size(); s++) {
            DatedSeries line = series.get(s);
            String color = color(line.color(), s);
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < line.dates().size(); i++) {
                double px = x.applyAsDouble(line.dates().get(i));
                if (i > 0) {
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, y.applyAsDouble(line.values().get(i - 1))));
                }
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, y.applyAsDouble(line.values().get(i))));
            }
            if (!line.values().isEmpty()) {
                points.append(String.format(Locale.ROOT, "%d,%.1f", plotLeft + plotWidth,
                        y.applyAsDouble(line.values().get(line.values().size() - 1))));
            }
            lineWithLegend(svg, color, points, plotLeft, legendTop + s * 18, line.label());
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>%n",
                plotLeft, plotTop + plotHeight, plotLeft + plotWidth, plotTop + plotHeight));
        for (int i = 0; i < items.size(); i++) {
            double ix = x.applyAsDouble(items.get(i).date());
            int base = plotTop + plotHeight;
            svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %d l-5 9 h10 z\" fill=\"#333\"/>%n", ix, base));
            text(svg, ix, base + 22 + MARK_ROW * itemRows.row(i), "middle", 10, items.get(i).label());
        }
        int line = series.size();
        for (int e = 0; e < events.size(); e++, line++) {
            text(svg, plotLeft, legendTop + line * 18, "start", 11, "E" + (e + 1) + "  " + events.get(e).date() + "  "
                    + events.get(e).label());
        }
        if (note != null) {
            text(svg, plotLeft, legendTop + line * 18, "start", 11, note);
        }
        return close(svg);
    }

    /**
     * A heat map: one cell per row and column, shaded by its value relative to the largest, value as text;
     * a NaN value is a blank grey cell.
     */
    public static String heatMap(String title, List<String> rows, List<String> columns, double[][] values) {
        int labelWidth = 20 + 7 * rows.stream().mapToInt(String::length).max().orElse(4);
        int cell = 56;
        int top = 60 + 6 * columns.stream().mapToInt(String::length).max().orElse(4);
        int width = labelWidth + columns.size() * cell + 20;
        int height = top + rows.size() * 28 + 20;
        double max = 0;
        for (double[] row : values) {
            for (double v : row) {
                max = Double.isNaN(v) ? max : Math.max(max, v);
            }
        }
        StringBuilder svg = open(width, height, title);
        for (int c = 0; c < columns.size(); c++) {
            double x = labelWidth + c * cell + cell / 2.0;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"start\" "
                    + "transform=\"rotate(-50 %.1f %d)\" %s>%s</text>%n", x, top - 8, x, top - 8, FONT,
                    escape(columns.get(c))));
        }
        for (int r = 0; r < rows.size(); r++) {
            int y = top + r * 28;
            text(svg, labelWidth - 8, y + 18, "end", 12, rows.get(r));
            for (int c = 0; c < columns.size(); c++) {
                double v = values[r][c];
                if (Double.isNaN(v)) {
                    svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"26\" "
                            + "fill=\"#eee\" stroke=\"#fff\"/>%n", labelWidth + c * cell, y, cell - 2));
                    continue;
                }
                double shade = max == 0 ? 0 : v / max;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"26\" "
                        + "fill=\"#08519c\" fill-opacity=\"%.3f\" stroke=\"#fff\"/>%n", labelWidth + c * cell, y,
                        cell - 2, 0.05 + 0.9 * shade));
                text(svg, labelWidth + c * cell + (cell - 2) / 2.0, y + 17, "middle", 11,
                        v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v),
                        shade > 0.55 ? "#fff" : "#000");
            }
        }
        return close(svg);
    }

    /** Writes an SVG document whole or not at all. */
    public static void write(String svg, Path file) {
        try {
            AtomicFiles.writeString(file, svg);
        } catch (IOException e) {
            throw WriteFailures.of("the chart", file, e);
        }
    }

    /** Grid lines at 0, 25, 50, 75 and 100 % across the plot, labelled left of it. */
    private static void percentGrid(StringBuilder svg, int left, int width, int top, int height) {
        for (int tick = 0; tick <= 4; tick++) {
            double y = top + height - height * tick / 4.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
                    left, y, left + width, y));
            text(svg, left - 8, y + 4, "end", 11, tick * 25 + "%");
        }
    }

    /** A series' line through {@code points} ("x,y x,y …") and its legend entry: a swatch and the label. */
    private static void lineWithLegend(StringBuilder svg, String color, CharSequence points, int legendX, int legendY,
                                       String label) {
        svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(color).append("\" points=\"")
                .append(points.toString().strip()).append("\"/>\n");
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"10\" fill=\"%s\"/>%n",
                legendX, legendY - 9, color));
        text(svg, legendX + 20, legendY, "start", 12, label);
    }

    private static StringBuilder open(int width, int height, String title) {
        StringBuilder svg = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\">%n<title>%s</title>%n<rect width=\"100%%\" height=\"100%%\" fill=\"#fff\"/>%n",
                width, height, width, height, escape(title)));
        text(svg, 16, 28, "start", 16, title);
        return svg;
    }

    private static String close(StringBuilder svg) {
        return svg.append("</svg>\n").toString();
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, int size, String text) {
        text(svg, x, y, anchor, size, text, "#222");
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, int size, String text, String fill) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" "
                + "fill=\"%s\" %s>%s</text>%n", x, y, anchor, size, fill, FONT, escape(text)));
    }

    private static String color(String color, int index) {
        return color != null && color.matches("#[0-9a-fA-F]{6}") ? color : PALETTE[index % PALETTE.length];
    }

    private static double clamp(Double value) {
        return value == null || value.isNaN() ? 0 : Math.max(0, Math.min(1, value));
    }

    /** Escapes markup and drops characters XML 1.0 cannot carry (DocxText's rule). */
    private static String escape(String text) {
        return HandoutHtml.escape(DocxText.clean(text));
    }
}
