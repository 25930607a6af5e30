package org.parallax.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Codebook;
import org.parallax.model.Document;
import org.parallax.model.Matrix;
import org.parallax.model.Segment;

/**
 * Each frame's (or top-level row's) passages per year, month or period, with its share of the bin's
 * passages, bins contiguous from the first to the last year (month) with a passage (empty ones between included);
 * passages of undated documents are counted apart. A passage's date is its document's date; by period, dates before the
 * first period have a bin of their own ("Before …"), present when an admitted passage is dated there. {@code counted}
 * is the matrix it was counted from, which holds the passages behind each bar ({@link #matrixRow}, {@link
 * #matrixColumn}).
 */
public record Timeline(MatrixSpec.ColumnKind granularity, List<Bin> bins, List<Series> series, int undated,
                       Matrix counted) {

    /**
     * A period {@code [start, end)} and how many passages of all series fall in it; the bin of dates before the
     * first period starts at {@link LocalDate#MIN}, the last period's bin has no end (null).
     */
    public record Bin(String label, LocalDate start, LocalDate end, int passages) {
    }

    /** One frame's counts and shares (0..1 of the bin's passages) per bin, and its undated passages. */
    public record Series(long id, String label, List<Integer> counts, List<Double> shares, int undated) {
    }

    /** {@code spec}'s columns must be YEAR, MONTH or PERIOD; its rows and filter apply. */
    public static Timeline compute(Codebook codebook, Collection<Document> documents, Map<Long, Long> documentWords,
                                   Collection<Segment> segments, MatrixSpec spec) {
        MatrixSpec.ColumnKind kind = spec.columns().kind();
        if (kind != MatrixSpec.ColumnKind.YEAR && kind != MatrixSpec.ColumnKind.MONTH
                && kind != MatrixSpec.ColumnKind.PERIOD) {
            throw new IllegalArgumentException("A timeline is by year, month or period, not by " + kind);
        }
        Matrix matrix = CodingMatrix.compute(codebook, documents, documentWords, segments, spec);
        List<Bin> bins = bins(kind, spec.columns().periods(), matrix);
        Map<String, Integer> binOfLabel = new HashMap<>();
        for (int b = 0; b < bins.size(); b++) {
            binOfLabel.put(bins.get(b).label(), b);
        }
        int[] binTotals = new int[bins.size()];
        int undated = 0;
        for (int c = 0; c < matrix.columns().size(); c++) {
            Matrix.Column column = matrix.columns().get(c);
            if (column.id() == null) {
                undated += matrix.columnTotal(c).segments();
            } else if (binOfLabel.containsKey(column.label())) { // a column without passages may have no bin
                binTotals[binOfLabel.get(column.label())] = matrix.columnTotal(c).segments();
            }
        }
        List<Series> series = new ArrayList<>();
        for (int r = 0; r < matrix.rows().size(); r++) {
            Matrix.Row row = matrix.rows().get(r);
            if (row.parent() >= 0) {
                continue;
            }
            List<Integer> counts = new ArrayList<>(java.util.Collections.nCopies(bins.size(), 0));
            int rowUndated = 0;
            for (int c = 0; c < matrix.columns().size(); c++) {
                Matrix.Column column = matrix.columns().get(c);
                if (column.id() == null) {
                    rowUndated += matrix.cell(r, c).segments();
                } else if (binOfLabel.containsKey(column.label())) {
                    counts.set(binOfLabel.get(column.label()), matrix.cell(r, c).segments());
                }
            }
            List<Double> shares = new ArrayList<>();
            for (int b = 0; b < bins.size(); b++) {
                shares.add(binTotals[b] == 0 ? 0.0 : (double) counts.get(b) / binTotals[b]);
            }
            series.add(new Series(row.id(), row.label(), List.copyOf(counts), List.copyOf(shares), rowUndated));
        }
        List<Bin> counted = new ArrayList<>();
        for (int b = 0; b < bins.size(); b++) {
            Bin bin = bins.get(b);
            counted.add(new Bin(bin.label(), bin.start(), bin.end(), binTotals[b]));
        }
        return new Timeline(kind, List.copyOf(counted), List.copyOf(series), undated, matrix);
    }

    /** The row of {@link #counted} a series was counted in (its frame's top-level row), or -1. */
    public int matrixRow(int series) {
        long id = series().get(series).id();
        for (int r = 0; r < counted.rows().size(); r++) {
            Matrix.Row row = counted.rows().get(r);
            if (row.parent() < 0 && row.id() == id) {
                return r;
            }
        }
        return -1;
    }

    /** The column of {@link #counted} a bin was counted in, or -1 for a bin no document is dated in. */
    public int matrixColumn(int bin) {
        String label = bins().get(bin).label();
        for (int c = 0; c < counted.columns().size(); c++) {
            if (counted.columns().get(c).id() != null && counted.columns().get(c).label().equals(label)) {
                return c;
            }
        }
        return -1;
    }

    private static List<Bin> bins(MatrixSpec.ColumnKind kind, List<MatrixSpec.Period> periods, Matrix matrix) {
        List<Bin> bins = new ArrayList<>();
        if (kind == MatrixSpec.ColumnKind.PERIOD) {
            String before = DocumentAxis.beforeLabel(periods);
            if (withPassages(matrix).contains(before)) {
                bins.add(new Bin(before, LocalDate.MIN, periods.isEmpty() ? null : periods.get(0).start(), 0));
            }
            for (int i = 0; i < periods.size(); i++) {
                bins.add(new Bin(periods.get(i).label(), periods.get(i).start(),
                        i + 1 < periods.size() ? periods.get(i + 1).start() : null, 0));
            }
            return bins;
        }
        List<String> labels = withPassages(matrix);
        if (labels.isEmpty()) {
            return bins;
        }
        if (kind == MatrixSpec.ColumnKind.YEAR) {
            for (int y = Integer.parseInt(labels.get(0)); y <= Integer.parseInt(labels.get(labels.size() - 1)); y++) {
                bins.add(new Bin(Integer.toString(y), LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1), 0));
            }
        } else {
            YearMonth last = YearMonth.parse(labels.get(labels.size() - 1));
            for (YearMonth m = YearMonth.parse(labels.get(0)); !m.isAfter(last); m = m.plusMonths(1)) {
                bins.add(new Bin(m.toString(), m.atDay(1), m.plusMonths(1).atDay(1), 0));
            }
        }
        return bins;
    }

    /**
     * The labels of the dated columns that hold a passage, in order: a document no passage of which the spec admits
     * (the 1949 treaty imported and never coded) adds no bins, where it had stretched every timeline, the window's
     * and the workbook's Timeline sheet, over decades of zeros.
     */
    private static List<String> withPassages(Matrix matrix) {
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < matrix.columns().size(); c++) {
            if (matrix.columns().get(c).id() != null && matrix.columnTotal(c).segments() > 0) {
                labels.add(matrix.columns().get(c).label());
            }
        }
        return labels;
    }
}
