package org.parallax.analysis;

import org.parallax.model.Choices;
import java.util.function.LongSupplier;
import org.parallax.model.Matrix;

/**
 * The numbers a matrix view shows: one measure (passages, documents, characters, passages per 10,000
 * words of the column's documents) as raw values or as row, column or total percentages, for every cell
 * and total, so the UI, the CLI and exports print the same figures. See docs/analysis.md.
 */
public final class MatrixValues {
    /** What a cell counts. */
    public enum Measure {
        PASSAGES, DOCUMENTS, CHARACTERS, PER_10K_WORDS;

        /** The spellings `--measure` accepts; errors list them all. */
        public static final Choices<Measure> CHOICES = Choices.<Measure>of().add("passages", PASSAGES)
                .add("documents", DOCUMENTS).add("chars", CHARACTERS).add("per10k", PER_10K_WORDS)
                .alias("segments", PASSAGES).alias("docs", DOCUMENTS).alias("characters", CHARACTERS);

        /** Parses the CLI spelling: passages, documents, chars (or characters), per10k. */
        public static Measure parse(String text) {
            return CHOICES.parse(text, "The measure");
        }
    }

    /** Raw values or a percentage of the row total, column total or grand total. */
    public enum Percentage {
        NONE, ROW, COLUMN, TOTAL;

        /** The spellings `--percent` accepts; errors list them all. */
        public static final Choices<Percentage> CHOICES = Choices.of(Percentage.class);
    }

    private final Matrix matrix;
    private final Measure measure;
    private final Percentage percentage;

    private MatrixValues(Matrix matrix, Measure measure, Percentage percentage) {
        this.matrix = matrix;
        this.measure = measure;
        this.percentage = percentage;
    }

    /**
     * Values of {@code matrix}; percentages apply to counts only, not to rates per 10,000 words.
     * Characters and rates need a general matrix ({@link Matrix#hasExtent()}).
     */
    public static MatrixValues of(Matrix matrix, Measure measure, Percentage percentage) {
        if (measure == Measure.PER_10K_WORDS && percentage != Percentage.NONE) {
            throw new IllegalArgumentException("Percentages are defined for passages, documents and characters, "
                    + "not for rates per 10,000 words");
        }
        return new MatrixValues(matrix, measure, percentage);
    }

    public Matrix matrix() {
        return matrix;
    }

    public double cell(int row, int column) {
        double value = raw(matrix.cell(row, column), () -> matrix.characters(row, column),
                () -> matrix.columnWords(column));
        return switch (percentage) {
            case NONE -> value;
            case ROW -> percent(value, rowTotalRaw(row));
            case COLUMN -> percent(value, columnTotalRaw(column));
            case TOTAL -> percent(value, totalRaw());
        };
    }

    public double rowTotal(int row) {
        return switch (percentage) {
            case NONE -> rowTotalRaw(row);
            case ROW -> percent(rowTotalRaw(row), rowTotalRaw(row));
            case COLUMN, TOTAL -> percent(rowTotalRaw(row), totalRaw());
        };
    }

    public double columnTotal(int column) {
        return switch (percentage) {
            case NONE -> columnTotalRaw(column);
            case COLUMN -> percent(columnTotalRaw(column), columnTotalRaw(column));
            case ROW, TOTAL -> percent(columnTotalRaw(column), totalRaw());
        };
    }

    public double total() {
        return percentage == Percentage.NONE ? totalRaw() : percent(totalRaw(), totalRaw());
    }

    private double rowTotalRaw(int row) {
        return raw(matrix.rowTotal(row), () -> matrix.rowCharacters(row), matrix::totalWords);
    }

    private double columnTotalRaw(int column) {
        return raw(matrix.columnTotal(column), () -> matrix.columnCharacters(column), () -> matrix.columnWords(column));
    }

    private double totalRaw() {
        return raw(matrix.total(), matrix::totalCharacters, matrix::totalWords);
    }

    private double raw(Matrix.Tally tally, LongSupplier characters, LongSupplier words) {
        return switch (measure) {
            case PASSAGES -> tally.segments();
            case DOCUMENTS -> tally.documents();
            case CHARACTERS -> characters.getAsLong();
            case PER_10K_WORDS -> perTenThousand(tally.segments(), words.getAsLong());
        };
    }

    private static double perTenThousand(int passages, long words) {
        return words == 0 ? 0 : passages * 10_000.0 / words;
    }

    /** A share in percent; 0 when the whole is 0 (an empty row or column). */
    private static double percent(double part, double whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
