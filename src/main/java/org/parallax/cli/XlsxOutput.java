package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.parallax.io.TableSheet;
import org.parallax.workbench.Workbench;
import picocli.CommandLine.Option;

/** `--out FILE.xlsx` of the listing commands: with `--format xlsx` the listing becomes an Excel sheet (docs/reports.md). */
final class XlsxOutput {
    @Option(names = "--out", paramLabel = "FILE.xlsx", description = "With --format xlsx: the Excel workbook to write")
    Path file;

    /**
     * Writes the sheet when the format is xlsx and says so; otherwise prints the listing as before. An
     * xlsx without --out, or --out with a printed format, is refused in words.
     */
    void print(PrintWriter out, Workbench workbench, OutputFormat format, TableSheet sheet, Runnable printed) {
        if (format != OutputFormat.xlsx) {
            if (file != null) {
                throw new IllegalArgumentException("--out writes an Excel workbook; use it with --format xlsx");
            }
            printed.run();
            return;
        }
        if (file == null) {
            throw new IllegalArgumentException("--format xlsx needs --out FILE.xlsx (a workbook is not printed)");
        }
        int cut = workbench.exports().xlsx(List.of(sheet), file);
        out.println("Sheet '" + sheet.name() + "' written to " + file + CutCells.note(cut));
        out.flush();
    }
}
