package org.parallax.cli;

import java.util.ArrayList;
import java.util.List;
import org.parallax.io.MatrixCsvExporter;
import org.parallax.io.MatrixJson;
import org.parallax.model.Matrix;
import org.parallax.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `tally PROJECT`: the Table 1 theory-by-scenario matrix. */
@Command(name = "tally", description = "Print the theory-by-scenario matrix (Table 1): cells are coded passages "
        + "(documents in parentheses in the table format).")
final class TallyCommand extends ProjectCommand {
    @Option(names = "--format", defaultValue = "table", description = "table, csv or json") OutputFormat format;

    @Override
    int run(Workbench workbench) {
        Matrix matrix = workbench.analysis().table1();
        switch (format) {
            case table -> out().print(table(matrix));
            case csv -> {
                try {
                    new MatrixCsvExporter(MatrixCsvExporter.Counts.SEGMENTS, true).write(matrix, out());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            case json -> out().println(MatrixJson.toJson(matrix, false));
        }
        out().flush();
        return 0;
    }

    private static String table(Matrix matrix) {
        List<String> header = new ArrayList<>();
        header.add("");
        matrix.columns().forEach(c -> header.add(c.label()));
        header.add("Total");
        Listing listing = new Listing(header);
        for (int r = 0; r < matrix.rows().size(); r++) {
            Matrix.Row row = matrix.rows().get(r);
            List<Object> cells = new ArrayList<>();
            cells.add("  ".repeat(row.depth()) + row.label());
            for (int c = 0; c < matrix.columns().size(); c++) {
                cells.add(cell(matrix.cell(r, c)));
            }
            cells.add(cell(matrix.rowTotal(r)));
            listing.row(cells.toArray());
        }
        List<Object> totals = new ArrayList<>();
        totals.add("Total");
        for (int c = 0; c < matrix.columns().size(); c++) {
            totals.add(cell(matrix.columnTotal(c)));
        }
        totals.add(cell(matrix.total()));
        listing.row(totals.toArray());
        return listing.render(OutputFormat.table);
    }

    private static String cell(Matrix.Tally tally) {
        return tally.segments() + " (" + tally.documents() + ")";
    }
}
