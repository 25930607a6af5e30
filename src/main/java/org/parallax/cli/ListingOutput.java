package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.parallax.io.TableSheet;
import org.parallax.workbench.CutCells;
import org.parallax.workbench.Workbench;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * `--format`, `--out FILE.xlsx` and `--no-formula-guard` of the listing commands: a listing printed as an aligned
 * table, CSV or JSON, or written as an Excel sheet (docs/reports.md, docs/export.md).
 */
final class ListingOutput {
    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv, json or xlsx (with --out FILE.xlsx) (default: ${DEFAULT-VALUE})")
    OutputFormat format;
    @Option(names = "--out", paramLabel = "FILE.xlsx", description = "With --format xlsx: the Excel workbook to write")
    Path file;
    @Mixin FormulaGuardOption formulaGuard = new FormulaGuardOption();
    /** Pseudonymises the workbook written, a chart drawn beside it, and the listing printed alike. */
    @Mixin PseudonymiseOption pseudonymise = new PseudonymiseOption();

    boolean isTable() {
        return format == OutputFormat.table;
    }

    /**
     * Whether what is put out goes as a file carries it: a workbook, or a listing printed pseudonymised. Its coders are
     * named as files name them then, where the lines are made.
     */
    boolean written() {
        return pseudonymise.on || format == OutputFormat.xlsx;
    }

    /** Prints the listing in the format asked for, or writes it as the sheet {@code sheet} of the workbook. */
    void print(PrintWriter out, Workbench workbench, Listing listing, String sheet) {
        print(out, workbench, listing.sheet(sheet), () -> Listing.print(out, listing, format, formulaGuard.on()));
    }

    /**
     * {@link #print(PrintWriter, Workbench, Listing, String)}, the sheet written carrying {@code note} under its table
     * (which layers a count reads): the line printed beside a listing goes with a workbook inside it.
     */
    void print(PrintWriter out, Workbench workbench, Listing listing, String sheet, String note) {
        print(out, workbench, listing.sheet(sheet).noting(note),
                () -> Listing.print(out, listing, format, formulaGuard.on()));
    }

    /**
     * As {@link #print(PrintWriter, Workbench, TableSheet, Runnable)} for a command that pseudonymises what it prints
     * itself ({@code printed}), so its layout is the same with and without {@code --pseudonymise}.
     */
    void printOwn(PrintWriter out, Workbench workbench, TableSheet sheet, Runnable printed) {
        print(out, workbench, sheet, printed, false);
    }

    /** A line printed beside the listing, with the listing's pseudonyms when they were asked for. */
    String note(Workbench workbench, String line) {
        return pseudonymise.on ? workbench.exports().asWritten(line) : line;
    }

    /**
     * Writes the sheet when the format is xlsx and says so; otherwise prints the listing with {@code printed}. An
     * xlsx without --out, or --out with a printed format, is refused in words.
     */
    void print(PrintWriter out, Workbench workbench, TableSheet sheet, Runnable printed) {
        print(out, workbench, sheet, printed, pseudonymise.on);
    }

    private void print(PrintWriter out, Workbench workbench, TableSheet sheet, Runnable printed, boolean asListing) {
        if (format != OutputFormat.xlsx) {
            if (file != null) {
                throw new IllegalArgumentException("--out writes an Excel workbook; use it with --format xlsx");
            }
            if (asListing) {
                Listing.print(out, Listing.of(workbench.exports().asWritten(sheet)), format, formulaGuard.on());
            } else {
                printed.run();
            }
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
