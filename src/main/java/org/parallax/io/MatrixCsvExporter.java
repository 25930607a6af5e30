package org.parallax.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parallax.model.Matrix;

/**
 * Writes a {@link Matrix} as RFC 4180 CSV in UTF-8: row labels first, one count column per matrix
 * column (or a passages and a documents column each), then a Total column and a Total row (docs/export.md).
 * The header speaks the window's words: its first cell names the rows as Table 1's tab does.
 */
public final class MatrixCsvExporter {
    /** Label of the totals column and row. */
    public static final String TOTAL = "Total";
    /** Heading of the row labels' column, as Table 1's tab heads it. */
    public static final String ROW_LABELS = "Frame / indicator";

    /** Which counts the cells carry: passages, or passages and documents side by side (the window's Table 1). */
    public enum Counts { PASSAGES, BOTH }

    private final Counts counts;
    private final boolean neutraliseFormulas;

    public MatrixCsvExporter(Counts counts, boolean neutraliseFormulas) {
        this.counts = counts;
        this.neutraliseFormulas = neutraliseFormulas;
    }

    public void write(Matrix matrix, Path file) {
        try {
            AtomicFiles.writeText(file, out -> write(matrix, out));
        } catch (IOException e) {
            throw WriteFailures.of("the matrix export", file, e);
        }
    }

    /** Writes the matrix to {@code out}, which the caller closes. */
    public void write(Matrix matrix, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
        List<Object> header = new ArrayList<>();
        header.add(ROW_LABELS);
        for (Matrix.Column column : matrix.columns()) {
            addHeaders(header, label(column.label()));
        }
        addHeaders(header, TOTAL);
        printer.printRecord(header);
        for (int row = 0; row < matrix.rows().size(); row++) {
            List<Object> record = new ArrayList<>();
            record.add(label(matrix.rows().get(row).label()));
            for (int column = 0; column < matrix.columns().size(); column++) {
                addCounts(record, matrix.cell(row, column));
            }
            addCounts(record, matrix.rowTotal(row));
            printer.printRecord(record);
        }
        List<Object> totals = new ArrayList<>();
        totals.add(TOTAL);
        for (int column = 0; column < matrix.columns().size(); column++) {
            addCounts(totals, matrix.columnTotal(column));
        }
        addCounts(totals, matrix.total());
        printer.printRecord(totals);
        printer.flush();
    }

    private void addHeaders(List<Object> header, String label) {
        switch (counts) {
            case PASSAGES -> header.add(label);
            case BOTH -> {
                header.add(label + " passages");
                header.add(label + " documents");
            }
        }
    }

    private void addCounts(List<Object> record, Matrix.Tally tally) {
        record.add(tally.segments());
        if (counts == Counts.BOTH) {
            record.add(tally.documents());
        }
    }

    private String label(String label) {
        return neutraliseFormulas ? CsvCells.neutralise(label) : label;
    }
}
