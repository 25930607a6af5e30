package org.parallax.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.analysis.MatrixValues;
import org.parallax.model.Matrix;

/**
 * Prints a matrix as the UI shows it: row labels in the first column, column labels in the header,
 * a Total column and a Total row. Passage counts without percentages show "passages (documents)" in
 * the table format; CSV and JSON carry the bare numbers.
 */
final class MatrixOutput {
    private MatrixOutput() {
    }

    static String render(MatrixValues values, boolean withDocuments, OutputFormat format, boolean formulaGuard) {
        Matrix m = values.matrix();
        List<String> header = new ArrayList<>();
        header.add(format == OutputFormat.json ? "row" : "");
        m.columns().forEach(c -> header.add(c.label()));
        header.add("Total");
        Listing listing = new Listing(header);
        boolean table = format == OutputFormat.table;
        for (int r = 0; r < m.rows().size(); r++) {
            Matrix.Row row = m.rows().get(r);
            List<Object> cells = new ArrayList<>();
            cells.add(table ? "  ".repeat(row.depth()) + row.label() : row.label());
            for (int c = 0; c < m.columns().size(); c++) {
                cells.add(cell(values.cell(r, c), withDocuments && table ? m.cell(r, c).documents() : -1, table));
            }
            cells.add(cell(values.rowTotal(r), withDocuments && table ? m.rowTotal(r).documents() : -1, table));
            listing.row(cells.toArray());
        }
        List<Object> totals = new ArrayList<>();
        totals.add("Total");
        for (int c = 0; c < m.columns().size(); c++) {
            totals.add(cell(values.columnTotal(c), withDocuments && table ? m.columnTotal(c).documents() : -1, table));
        }
        totals.add(cell(values.total(), withDocuments && table ? m.total().documents() : -1, table));
        listing.row(totals.toArray());
        return listing.render(format, formulaGuard);
    }

    private static Object cell(double value, int documents, boolean table) {
        Object number = value == Math.rint(value) && !Double.isInfinite(value) ? (Object) (long) value
                : (Object) (Math.round(value * 100) / 100.0);
        if (documents >= 0) {
            return number + " (" + documents + ")";
        }
        return table && number instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : number;
    }
}
