package org.parallax.cli;

import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `docs PROJECT`: the documents with their metadata and passage counts. */
@Command(name = "docs", description = "List the project's documents.")
final class DocsCommand extends ProjectCommand {
    @Option(names = "--format", defaultValue = "table",
            description = "table, csv, json or xlsx (with --out FILE.xlsx)") OutputFormat format;
    @CommandLine.Mixin XlsxOutput xlsx = new XlsxOutput();
    @CommandLine.Mixin FormulaGuardOption formulaGuard = new FormulaGuardOption();

    @Override
    int run(Workbench workbench) {
        Listing listing = Listing.of(workbench.exports().documentsTable());
        xlsx.print(out(), workbench, format, listing.sheet("Documents"), () -> Listing.print(out(), listing, format,
                formulaGuard.on()));
        return 0;
    }
}
