package org.parallax.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.parallax.model.DocumentMeta;
import org.parallax.model.Matrix;

/**
 * Columns that come from a document property (actor, type, year, month, language, an attribute, a period):
 * the distinct values among the documents in sorted order, then a catch-all column for documents without one.
 */
final class DocumentAxis {
    /** Key of the column for dates before the first period; sorts before every period's index. */
    static final int BEFORE_FIRST_PERIOD = -1;

    private final MatrixSpec.Columns spec;
    private final TreeMap<Comparable<?>, String> labels = new TreeMap<>();

    DocumentAxis(MatrixSpec.Columns spec) {
        this.spec = spec;
    }

    /** The document's value on this axis, or null if it has none; remembers the value as a column. */
    Comparable<?> key(DocumentMeta meta) {
        Comparable<?> key = switch (spec.kind()) {
            case ACTOR -> blankToNull(meta.actor());
            case TYPE -> meta.type();
            case YEAR -> meta.date() == null ? null : meta.date().getYear();
            case MONTH -> meta.date() == null ? null : YearMonth.from(meta.date());
            case LANGUAGE -> blankToNull(meta.language());
            case ATTRIBUTE -> blankToNull(meta.attributes().get(spec.attribute()));
            case PERIOD -> period(meta.date());
            case SCENARIO, CODES -> throw new IllegalStateException(spec.kind() + " is not a document property");
        };
        if (key != null) {
            labels.putIfAbsent(key, label(key));
        }
        return key;
    }

    /** Column headers: one per value seen, in order, and the catch-all last when {@code catchAll}. */
    List<Matrix.Column> columns(boolean catchAll) {
        List<Matrix.Column> columns = new ArrayList<>();
        labels.values().forEach(label -> columns.add(new Matrix.Column((long) columns.size(), label)));
        if (catchAll) {
            columns.add(new Matrix.Column(null, catchAllLabel()));
        }
        return columns;
    }

    /** Column index of a key returned by {@link #key}, or {@code catchAllColumn} for null. */
    int column(Comparable<?> key, int catchAllColumn) {
        return key == null ? catchAllColumn : labels.headMap(key).size();
    }

    String catchAllLabel() {
        return switch (spec.kind()) {
            case ACTOR -> "No actor";
            case YEAR, MONTH, PERIOD -> "No date";
            case LANGUAGE -> "No language";
            case ATTRIBUTE -> "No " + spec.attribute();
            default -> "None";
        };
    }

    private String label(Comparable<?> key) {
        if (key instanceof org.parallax.model.DocumentType type) {
            return type.label();
        }
        if (key instanceof Integer index && spec.kind() == MatrixSpec.ColumnKind.PERIOD) {
            return index == BEFORE_FIRST_PERIOD ? beforeLabel(spec.periods()) : spec.periods().get(index).label();
        }
        return key.toString();
    }

    /**
     * Index of the last period starting on or before {@code date}, {@link #BEFORE_FIRST_PERIOD} for a date before
     * the first period (a dated document is never "undated"), null without a date.
     */
    private Integer period(LocalDate date) {
        if (date == null) {
            return null;
        }
        Integer found = BEFORE_FIRST_PERIOD;
        for (int i = 0; i < spec.periods().size(); i++) {
            if (!spec.periods().get(i).start().isAfter(date)) {
                found = i;
            }
        }
        return found;
    }

    /** Label of the column, or timeline bin, of dates before the first of {@code periods}. */
    static String beforeLabel(List<MatrixSpec.Period> periods) {
        return periods.isEmpty() ? "Dated" : "Before " + periods.get(0).label();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
