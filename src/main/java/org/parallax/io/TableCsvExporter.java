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
}
