package org.parallax.io;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Rows for labels centred at points along an axis, so that no two labels of one row overlap: from left to right, each
 * label takes the first row where it fits. Marks of one date (two events of one day) thus stand one above the other
 * instead of one over the other. Widths are estimated from the characters, as the SVG carries no font metrics.
 */
final class LabelRows {
    private final int[] rows;
    private final int count;

    private LabelRows(int[] rows) {
        this.rows = rows;
        this.count = Arrays.stream(rows).max().orElse(-1) + 1;
    }

    static LabelRows of(double[] centres, List<String> labels, int fontSize) {
        int[] rows = new int[labels.size()];
        double[] rowEnds = new double[labels.size()];
        Arrays.fill(rowEnds, Double.NEGATIVE_INFINITY);
        int[] byCentre = IntStream.range(0, labels.size()).boxed()
                .sorted(Comparator.comparingDouble(i -> centres[i])).mapToInt(Integer::intValue).toArray();
        for (int i : byCentre) {
            double half = width(labels.get(i), fontSize) / 2;
            int row = 0;
            while (rowEnds[row] > centres[i] - half) {
                row++;
            }
            rows[i] = row;
            rowEnds[row] = centres[i] + half;
        }
        return new LabelRows(rows);
    }

    /** An average glyph of a sans-serif font is about 0.62 of its size wide; a little space keeps labels apart. */
    static double width(String label, int fontSize) {
        return label.codePointCount(0, label.length()) * fontSize * 0.62 + 4;
    }

    int row(int label) {
        return rows[label];
    }

    /** How many rows the labels take; 0 for none. */
    int count() {
        return count;
    }
}
