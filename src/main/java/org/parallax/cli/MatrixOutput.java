package org.parallax.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.analysis.MatrixValues;
import org.parallax.io.TableSheet;
import org.parallax.model.Matrix;
import org.parallax.workbench.ViewTables;

/**
 * Prints a matrix as the UI shows it: row labels in the first column, column labels in the header,
 * a Total column and a Total row. Passage counts without percentages show "passages (documents)" in
 * the table format; CSV, JSON and XLSX carry the bare numbers of {@link ViewTables#matrix}.
 */
final class MatrixOutput {
    private MatrixOutput() {
    }

    /** The matrix as a listing: bare numbers (counts, or percentages as numbers) unless printed as a table. */
    static Listing listing(MatrixValues values, boolean withDocuments, OutputFormat format) {
        TableSheet numbers = ViewTables.matrix("Matrix", values);
        List<String> header = new ArrayList<>(numbers.header());
        header.set(0, format == OutputFormat.json ? "row" : "");
        if (format != OutputFormat.table) {
            return Listing.of(new TableSheet(numbers.name(), header, numbers.rows()));
        }
        Matrix m = values.matrix();
        Listing listing = new Listing(header);
        for (int r = 0; r < m.rows().size(); r++) {
            Matrix.Row row = m.rows().get(r);
            List<Object> cells = new ArrayList<>();
            cells.add("  ".repeat(row.depth()) + row.label());
            for (int c = 0; c < m.columns().size(); c++) {
                cells.add(cell(values.cell(r, c), withDocuments ? m.cell(r, c).documents() : -1));
            }
            cells.add(cell(values.rowTotal(r), withDocuments ? m.rowTotal(r).documents() : -1));
            listing.row(cells.toArray());
        }
        List<Object> totals = new ArrayList<>();
        totals.add(ViewTables.TOTAL);
        for (int c = 0; c < m.columns().size(); c++) {
            totals.add(cell(values.columnTotal(c), withDocuments ? m.columnTotal(c).documents() : -1));
        }
        totals.add(cell(values.total(), withDocuments ? m.total().documents() : -1));
        listing.row(totals.toArray());
        return listing;
    }

    private static Object cell(double value, int documents) {
        Object number = ViewTables.number(value);
        if (documents >= 0) {
            return number + " (" + documents + ")";
        }
        return number instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : number;
    }
}
