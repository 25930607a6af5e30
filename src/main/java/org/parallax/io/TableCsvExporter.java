package org.parallax.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parallax.model.ParallaxException;

/** Writes a table of texts as a view shows it (header row, then rows) as RFC 4180 CSV in UTF-8, formulas neutralised. */
public final class TableCsvExporter {

    public void write(List<String> header, List<List<String>> rows, Path file) {
        try {
            AtomicFiles.writeText(file, out -> {
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
                printer.printRecord(header.stream().map(CsvCells::neutralise).toList());
                for (List<String> row : rows) {
                    printer.printRecord(row.stream().map(CsvCells::neutralise).toList());
                }
                printer.flush();
            });
        } catch (IOException e) {
            throw new ParallaxException("Cannot write table export " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a typed table (as the XLSX writer takes it) row by row: numbers as they are, dates and
     * instants as ISO text, empty cells for null; text cells neutralised unless {@code formulaGuard} is off.
     */
    public void write(TableSheet table, Path file, boolean formulaGuard) {
        try {
            AtomicFiles.writeText(file, out -> {
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
                printer.printRecord(table.header().stream().map(h -> formulaGuard ? CsvCells.neutralise(h) : h)
                        .toList());
                for (List<?> row : table.rows()) {
                    printer.printRecord(row.stream().map(cell -> cell == null ? null : cell instanceof String t
                            && formulaGuard ? CsvCells.neutralise(t) : cell.toString()).toList());
                }
                printer.flush();
            });
        } catch (IOException e) {
            throw new ParallaxException("Cannot write table export " + file + ": " + e.getMessage(), e);
        }
    }
}
