package org.parallax.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * Puts the glyphs of a page set in two columns into reading order: PDFBox sorts a page by position, line by line
 * across the page, so a line of the left column was followed by the line of the right column at its height. A page
 * is read as two columns where a gutter can be seen: a vertical band in the middle of the text that the lines of
 * both columns stop short of, crossed by a few lines at most (a title, a page number); those lines stay where they
 * stand and cut the page into blocks, each read left column first (docs/decisions/0050-pdf-two-columns.md).
 */
final class PdfColumns {
    /** A gutter is looked for in the middle of the text's width, as a share of it from each side. */
    private static final double MIDDLE = 0.3;
    private static final int BINS = 1000;
    /** At least this many lines of each column beside each other: a few short lines make no columns. */
    private static final int MIN_SIDE_BY_SIDE = 4;
    /** A line of a column ends past this share of the column's width in most lines of set prose. */
    private static final double FILLED = 0.6;
    /** A gutter at least this wide, in PDF units (1/72 in.): wider than the space between two words. */
    private static final double MIN_GUTTER = 9;

    private PdfColumns() {
    }

    /** The glyphs of one page as pieces to read in turn: the page whole where no two columns are seen. */
    static List<List<TextPosition>> inReadingOrder(List<TextPosition> glyphs) {
        List<TextPosition> placed = glyphs.stream().filter(PdfColumns::finite).toList();
        if (placed.size() != glyphs.size() || placed.isEmpty()) {
            return List.of(glyphs);
        }
        List<Row> rows = rows(placed);
        double left = placed.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
        double right = placed.stream().mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj()).max().orElseThrow();
        double[] gutter = gutter(rows, left, right);
        if (gutter == null) {
            return List.of(glyphs);
        }
        return blocks(rows, gutter);
    }

    /** The widest band in the middle crossed by the fewest lines, if it looks like a gutter between two columns. */
    private static double[] gutter(List<Row> rows, double left, double right) {
        double width = right - left;
        double bin = width / BINS;
        if (!(width > 0) || bin * BINS < 4 * MIN_GUTTER) {
            return null;
        }
        int[] crossing = new int[BINS + 1];
        for (Row row : rows) {
            for (double[] span : row.spans()) {
                crossing[(int) Math.floor((span[0] - left) / bin)]++;
                crossing[Math.min(BINS, (int) Math.ceil((span[1] - left) / bin))]--;
            }
        }
        for (int i = 1; i <= BINS; i++) {
            crossing[i] += crossing[i - 1];
        }
        int from = (int) (BINS * MIDDLE);
        int to = (int) (BINS * (1 - MIDDLE));
        int fewest = Integer.MAX_VALUE;
        for (int i = from; i < to; i++) {
            fewest = Math.min(fewest, crossing[i]);
        }
        int bestStart = -1;
        int bestLength = 0;
        for (int i = from; i < to; i++) {
            int start = i;
            while (i < to && crossing[i] == fewest) {
                i++;
            }
            if (i - start > bestLength) {
                bestStart = start;
                bestLength = i - start;
            }
        }
        double[] gutter = {left + bestStart * bin, left + (bestStart + bestLength) * bin};
        if (gutter[1] - gutter[0] < MIN_GUTTER || fewest * 4 > rows.size()) {
            return null;
        }
        List<Row> sideBySide = rows.stream()
                .filter(r -> !r.crosses(gutter) && r.has(gutter, true) && r.has(gutter, false)).toList();
        long full = sideBySide.stream().filter(r -> r.fills(left, gutter, right)).count();
        return sideBySide.size() >= MIN_SIDE_BY_SIDE && full * 2 >= sideBySide.size() ? gutter : null;
    }

    /** Lines that cross the gutter, each run of them a piece; between them, the left column, then the right. */
    private static List<List<TextPosition>> blocks(List<Row> rows, double[] gutter) {
        double middle = (gutter[0] + gutter[1]) / 2;
        List<List<TextPosition>> pieces = new ArrayList<>();
        List<TextPosition> across = new ArrayList<>();
        List<TextPosition> leftColumn = new ArrayList<>();
        List<TextPosition> rightColumn = new ArrayList<>();
        for (Row row : rows) {
            if (row.crosses(gutter)) {
                addIfAny(pieces, leftColumn);
                addIfAny(pieces, rightColumn);
                leftColumn = new ArrayList<>();
                rightColumn = new ArrayList<>();
                across.addAll(row.glyphs());
            } else {
                addIfAny(pieces, across);
                across = new ArrayList<>();
                for (TextPosition glyph : row.glyphs()) {
                    (centre(glyph) < middle ? leftColumn : rightColumn).add(glyph);
                }
            }
        }
        addIfAny(pieces, across);
        addIfAny(pieces, leftColumn);
        addIfAny(pieces, rightColumn);
        return pieces;
    }

    /** Glyphs grouped by baseline, top to bottom: a glyph within half its height of the row's first joins it. */
    private static List<Row> rows(List<TextPosition> glyphs) {
        List<TextPosition> byHeight = new ArrayList<>(glyphs);
        byHeight.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<Row> rows = new ArrayList<>();
        Row row = null;
        for (TextPosition glyph : byHeight) {
            double tolerance = Math.max(1, glyph.getHeightDir() / 2);
            if (row == null || glyph.getYDirAdj() - row.baseline() > tolerance) {
                row = new Row(glyph.getYDirAdj(), new ArrayList<>());
                rows.add(row);
            }
            row.glyphs().add(glyph);
        }
        return rows;
    }

    private static void addIfAny(List<List<TextPosition>> pieces, List<TextPosition> piece) {
        if (!piece.isEmpty()) {
            pieces.add(piece);
        }
    }

    private static double centre(TextPosition glyph) {
        return glyph.getXDirAdj() + glyph.getWidthDirAdj() / 2;
    }

    private static boolean finite(TextPosition glyph) {
        return Double.isFinite(glyph.getXDirAdj()) && Double.isFinite(glyph.getWidthDirAdj())
                && Double.isFinite(glyph.getYDirAdj()) && glyph.getWidthDirAdj() >= 0;
    }

    /** One printed line's glyphs; its spans are where ink is, touching glyphs merged. */
    private record Row(double baseline, List<TextPosition> glyphs) {
        List<double[]> spans() {
            List<TextPosition> byX = new ArrayList<>(glyphs);
            byX.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            List<double[]> spans = new ArrayList<>();
            for (TextPosition glyph : byX) {
                double start = glyph.getXDirAdj();
                double end = start + glyph.getWidthDirAdj();
                double[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                if (last != null && start <= last[1]) {
                    last[1] = Math.max(last[1], end);
                } else {
                    spans.add(new double[] {start, end});
                }
            }
            return spans;
        }

        boolean crosses(double[] gutter) {
            return glyphs.stream().anyMatch(g -> g.getXDirAdj() < gutter[1]
                    && g.getXDirAdj() + g.getWidthDirAdj() > gutter[0]);
        }

        /**
         * Whether the line's text fills most of each column, as set prose does; the cells of a table with a
         * column of labels (a speaker, an article's number) do not, and such a table stays read row by row.
         */
        boolean fills(double left, double[] gutter, double right) {
            double leftEnd = left;
            double rightStart = right;
            for (TextPosition g : glyphs) {
                if (centre(g) < gutter[0]) {
                    leftEnd = Math.max(leftEnd, g.getXDirAdj() + g.getWidthDirAdj());
                } else {
                    rightStart = Math.min(rightStart, g.getXDirAdj());
                }
            }
            double rightEnd = glyphs.stream().mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj()).max().orElse(0);
            return leftEnd - left >= FILLED * (gutter[0] - left)
                    && rightEnd - rightStart >= FILLED * (right - gutter[1]);
        }

        boolean has(double[] gutter, boolean leftOfIt) {
            return glyphs.stream().anyMatch(g -> leftOfIt ? centre(g) < gutter[0] : centre(g) > gutter[1]);
        }
    }
}
