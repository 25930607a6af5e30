package org.parallax.cli;

import java.nio.file.Path;
import java.util.List;
import org.parallax.analysis.MatrixSpec;
import org.parallax.io.MatrixCsvExporter;
import org.parallax.io.TableSheet;
import org.parallax.model.Counted;
import org.parallax.workbench.CutCells;
import org.parallax.workbench.MemoFilter;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `export csv PROJECT OUT.csv [--matrix OUT2.csv]`. */
@Command(name = "export", description = "Export coded data.", subcommands = {ExportCommand.Csv.class,
        ExportCommand.Xlsx.class, ExportCommand.Table.class, ExportCommand.Quotes.class, ExportCommand.Memos.class,
        ExportCommand.Qdpx.class, ExportCommand.Qdc.class, ExportCommand.Tracing.class})
final class ExportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say which format, e.g. export csv");
    }

    /** Passages CSV and, optionally, the Table 1 matrix CSV. */
    @Command(name = "csv", description = "One row per coded passage (docs/export.md); --matrix adds Table 1.")
    static final class Csv extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "OUT.csv", description = "Passages CSV file to write") Path out;
        @Option(names = "--matrix", paramLabel = "OUT2.csv", description = "Also write Table 1 CSV to this file: "
                + "passages and documents per scenario, the file File → Export → Table 1 CSV… writes")
        Path matrix;
        @Option(names = "--no-formula-guard",
                description = "Keep cells starting with = + - @ as they are (default: prefix them with ')")
        boolean noFormulaGuard;
        @Option(names = "--pseudonymise", description = "Replace values of sensitive attributes (and their "
                + "occurrences in passages) with stable pseudonyms P01, P02, ...")
        boolean pseudonymise;
        @Option(names = "--coder", split = ",", paramLabel = "NAME", description = "Table 1 (--matrix) over these "
                + "coders' layers only, as tally --coder counts them (default: every coder's own layer, not the "
                + "consensus copies)")
        List<String> coders;

        @Override
        int run(Workbench workbench) {
            if (coders != null && matrix == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--coder chooses whose layers Table 1 "
                        + "counts: give it with --matrix OUT2.csv; the passages CSV holds every coder's passages");
            }
            if (pseudonymise) {
                warnOfPartsLeftAlone(workbench.exports().segmentsCsvPseudonymised(out, !noFormulaGuard));
            } else {
                workbench.exports().segmentsCsv(out, !noFormulaGuard);
            }
            out().println("Passages written to " + out);
            if (matrix != null) {
                MatrixSpec.Filter filter = coders == null ? MatrixSpec.Filter.NONE
                        : MatrixSpec.Filter.NONE.withCoders(workbench.analysis().coderIds(coders));
                // the window's Table 1 CSV, so the file the docs describe whichever way it is asked for
                workbench.exports().matrixCsv(workbench.analysis().matrix(MatrixSpec.table1().withFilter(filter)),
                        matrix, MatrixCsvExporter.Counts.BOTH, !noFormulaGuard);
                String layers = workbench.exports().layersAsWritten(filter, pseudonymise);
                out().println("Table 1 written to " + matrix + (layers.isEmpty() ? "" : ". " + layers));
            }
            return 0;
        }
    }

    /** Every table view as one Excel workbook, a sheet each, built from the same tables the commands print. */
    @Command(name = "xlsx", description = "An Excel workbook of every view, one sheet each: passages, Table 1 "
            + "(passages and documents), codes, documents, timeline, co-occurrence, memos (docs/reports.md).")
    static final class Xlsx extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "OUT.xlsx", description = "The workbook to write") Path out;
        @Option(names = "--pseudonymise", description = "Replace values of sensitive attributes (and their "
                + "occurrences in every cell) with stable pseudonyms P01, P02, ...")
        boolean pseudonymise;
        @Option(names = "--coder", split = ",", paramLabel = "NAME", description = "Table 1's sheets over these "
                + "coders' layers only, as tally --coder counts them (default: every coder's own layer, not the "
                + "consensus copies)")
        List<String> coders;

        @Override
        int run(Workbench workbench) {
            MatrixSpec.Filter table1 = coders == null ? MatrixSpec.Filter.NONE
                    : MatrixSpec.Filter.NONE.withCoders(workbench.analysis().coderIds(coders));
            List<TableSheet> sheets = workbench.exports().workbook(table1, pseudonymise);
            int cut = workbench.exports().xlsx(sheets, out);
            // The line the workbook holds under Table 1, the coders named as its cells name them.
            String layers = workbench.exports().layersAsWritten(table1, pseudonymise);
            out().println("Workbook of " + Counted.of(sheets.size(), "sheet") + " written to " + out
                    + CutCells.note(cut) + (layers.isEmpty() ? "" : ". " + layers));
            return 0;
        }
    }

    /** A case-by-code table for R, Stata and pandas. */
    @Command(name = "table", description = "One row per document, paragraph or sentence with the document's "
            + "metadata and one 0/1 (or --counts) column per code, for statistics software (docs/reports.md).")
    static final class Table extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "OUT.csv|OUT.xlsx", description = "The table to write") Path out;
        @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "document",
                description = "document, paragraph or sentence (default: ${DEFAULT-VALUE})")
        String unit;
        @Option(names = "--codes", split = ",", paramLabel = "NAME", description = "Only these codes (default: all)")
        List<String> codes;
        @Option(names = "--counts", description = "Count the passages of each code in the unit instead of 0/1")
        boolean counts;
        @CommandLine.Mixin FormulaGuardOption formulaGuard = new FormulaGuardOption();
        @CommandLine.Mixin PseudonymiseOption pseudonymise = new PseudonymiseOption();

        @Override
        int run(Workbench workbench) {
            TableSheet table = workbench.exports().unitTable(unit, codes, counts);
            int cut = workbench.exports().table(table, out, formulaGuard.on());
            out().println(table.name() + " written to " + out + CutCells.note(cut));
            return 0;
        }
    }

    /** One quote per row with the codebook path in columns. */
    @Command(name = "quotes", description = "One coded passage per row with frame, parent code, code and the "
            + "codebook path in columns (docs/reports.md).")
    static final class Quotes extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "OUT.csv|OUT.xlsx", description = "The table to write") Path out;
        @CommandLine.Mixin FormulaGuardOption formulaGuard = new FormulaGuardOption();
        @CommandLine.Mixin PseudonymiseOption pseudonymise = new PseudonymiseOption();

        @Override
        int run(Workbench workbench) {
            int cut = workbench.exports().table(workbench.exports().quotesSheet(), out, formulaGuard.on());
            out().println("Quotes written to " + out + CutCells.note(cut));
            return 0;
        }
    }

    /** Every memo as CSV or JSON. */
    @Command(name = "memos", description = "Every memo (project, documents, codes, passages) as CSV, or JSON for a "
            + ".json file (docs/export.md).")
    static final class Memos extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "OUT.csv|OUT.json",
                description = "The file to write: CSV, or JSON when the name ends in .json") Path out;
        @Option(names = "--no-formula-guard",
                description = "Keep cells starting with = + - @ as they are (default: prefix them with ')")
        boolean noFormulaGuard;
        @Option(names = "--pseudonymise", description = "Replace values of sensitive attributes (and their "
                + "occurrences in memos, quoted passages and titles) with stable pseudonyms P01, P02, ...")
        boolean pseudonymise;

        @Override
        int run(Workbench workbench) {
            workbench.memos().export(MemoFilter.ALL, out, !noFormulaGuard, pseudonymise);
            out().println("Memos written to " + out);
            return 0;
        }
    }

    /** A hypothesis set's transparency report, its ledger as CSV or JSON, or its causal chain as SVG. */
    @Command(name = "tracing", description = "A hypothesis set's transparency report (.html or .docx: each evidence "
            + "item with excerpt, citation, note, likelihoods and test types, then the ledger), its ledger (.csv, "
            + ".json) or its causal chain over time (.svg); docs/process-tracing.md.")
    static final class Tracing extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "OUT.html|OUT.docx|OUT.csv|OUT.json|OUT.svg", description = "The file to write")
        Path out;
        @Option(names = "--set", required = true, paramLabel = "NAME", description = "The hypothesis set") String set;
        @Option(names = "--pseudonymise", description = "Replace values of sensitive attributes (and their "
                + "occurrences in hypotheses, evidence, groups, quotes and events) with stable pseudonyms P01, P02, ...")
        boolean pseudonymise;

        @Override
        Workbench open(String location) {
            // A pseudonymised export saves the pseudonyms of new values in the project, so it needs write access.
            return pseudonymise ? super.open(location) : Workbench.openReadOnly(location, passwordPrompt(location));
        }

        @Override
        int run(Workbench workbench) {
            var written = workbench.tracing().exportReport(set, out, pseudonymise);
            out().println(written.what() + " of '" + set + "' written to " + out + " (" + written.format() + ")");
            return 0;
        }
    }

    /** The whole project as a REFI-QDA project file. */
    @Command(name = "qdpx", description = "REFI-QDA project exchange file (docs/refi-qda.md).")
    static final class Qdpx extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "OUT.qdpx", description = "REFI-QDA project file to write") Path out;
        @Option(names = "--pseudonymise", description = "Replace sensitive attribute values with pseudonyms")
        boolean pseudonymise;

        @Override
        int run(Workbench workbench) {
            warnOfPartsLeftAlone(workbench.exchange().exportQdpx(out, pseudonymise));
            out().println("REFI-QDA project written to " + out);
            return 0;
        }
    }

    /** The codebook as a REFI-QDA codebook file. */
    @Command(name = "qdc", description = "REFI-QDA codebook exchange file.")
    static final class Qdc extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "OUT.qdc", description = "REFI-QDA codebook file to write") Path out;
        @CommandLine.Mixin PseudonymiseOption pseudonymise = new PseudonymiseOption();

        @Override
        int run(Workbench workbench) {
            workbench.exchange().exportQdc(out);
            out().println("Codebook written to " + out);
            return 0;
        }
    }
}
