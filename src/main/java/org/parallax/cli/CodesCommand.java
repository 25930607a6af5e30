package org.parallax.cli;

import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `codes PROJECT`: the codebook with frames, scenarios and code frequencies. */
@Command(name = "codes", description = "List the codes with their frame and frequencies.")
final class CodesCommand extends ProjectCommand {
    @Option(names = "--format", defaultValue = "table",
            description = "table, csv, json or xlsx (with --out FILE.xlsx)") OutputFormat format;
    @CommandLine.Mixin XlsxOutput xlsx = new XlsxOutput();
    @CommandLine.Mixin FormulaGuardOption formulaGuard = new FormulaGuardOption();

    @Override
    int run(Workbench workbench) {
        Listing listing = Listing.of(workbench.exports().codesTable());
        xlsx.print(out(), workbench, format, listing.sheet("Codes"), () -> Listing.print(out(), listing, format,
                formulaGuard.on()));
        return 0;
    }
}
