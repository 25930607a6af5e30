package org.parallax.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes a table of texts as a view shows it (header row, then rows) as RFC 4180 CSV in UTF-8, formulas neutralised. */
public final class TableCsvExporter {

    public void write(List<String> header, List<List<String>> rows, Path file) {
        try {
            AtomicFiles.write(file, out -> {
                CsvRecords records = new CsvRecords(out);
                records.print(header.stream().map(CsvCells::neutralise).toArray());
                for (List<String> row : rows) {
                    records.print(row.stream().map(CsvCells::neutralise).toArray());
                }
                records.finish();
            });
        } catch (IOException e) {
            throw WriteFailures.of("the table", file, e);
        }
    }

    /**
     * Writes a typed table (as the XLSX writer takes it) row by row: numbers as they are, dates and
     * instants as ISO text, empty cells for null; text cells neutralised unless {@code formulaGuard} is off.
     */
    public void write(TableSheet table, Path file, boolean formulaGuard) {
        try {
            AtomicFiles.write(file, out -> {
                CsvRecords records = new CsvRecords(out);
                records.print(table.header().stream().map(h -> formulaGuard ? CsvCells.neutralise(h) : h).toArray());
                for (List<?> row : table.rows()) {
                    Object[] cells = new Object[row.size()];
                    for (int i = 0; i < cells.length; i++) {
                        Object cell = row.get(i);
                        cells[i] = cell == null ? null : cell instanceof String t ? formulaGuard ? CsvCells.neutralise(t) : t
                                : cell instanceof java.time.Instant instant ? records.instant(instant) : cell.toString();
                    }
                    records.print(cells);
                }
                records.finish();
            });
        } catch (IOException e) {
            throw WriteFailures.of("the " + table.name() + " table", file, e);
        }
    }
}
