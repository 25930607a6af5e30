package org.parallax.cli;

import java.util.List;
import org.parallax.workbench.AgreementReport;
import org.parallax.workbench.AgreementUnit;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `agreement PROJECT [--coders A,B[,C]]`: inter-coder agreement (docs/agreement.md). */
@Command(name = "agreement", description = "Agreement between coders: percent agreement and Cohen's kappa at "
        + "character level, Krippendorff's alpha over characters or text units (docs/agreement.md).")
final class AgreementCommand extends ProjectCommand {
    @Option(names = "--coders", split = ",", paramLabel = "A,B[,C]",
            description = "Two or more coders to compare (default: the two with the most passages, named under the "
                    + "table)")
    List<String> coders;
    @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "char",
            description = "char, sentence, paragraph or turn (default: ${DEFAULT-VALUE})") String unit;
    @Option(names = "--code", paramLabel = "NAME", description = "One code (default: every code)") String code;
    @Option(names = "--doc", split = ",", paramLabel = "ID", description = "Documents (default: all)")
    List<Long> documents;
    @Option(names = "--only-coded", description = "Count only characters at least one coder coded") boolean onlyCoded;
    @CommandLine.Mixin ListingOutput output = new ListingOutput();

    @Override
    int run(Workbench workbench) {
        ComparedCoders chosen = coders == null ? ComparedCoders.of(workbench, output.written()) : null;
        AgreementReport report = workbench.analysis().agreement(chosen == null ? coders : chosen.pair(),
                documents == null ? List.of() : documents, AgreementUnit.parse(unit), code, onlyCoded,
                output.written());
        Listing listing = new Listing(List.of("code", "coder", "other coder", "statistic", "value", "units"));
        for (AgreementReport.Line l : report.lines()) {
            listing.row(l.code(), l.firstCoder(), l.secondCoder(), l.statistic(),
                    Double.isNaN(l.value()) ? null : Math.round(l.value() * 1000) / 1000.0, l.units());
        }
        output.print(out(), workbench, listing, "Agreement");
        if (output.isTable()) {
            out().println(output.note(workbench, report.scope()));
            report.notes().forEach(note -> out().println(output.note(workbench, note)));
        }
        if (chosen != null) {
            // beside a CSV or JSON listing on standard output, on standard error, where it spoils no parse
            (output.isTable() ? out() : err()).println(output.note(workbench, chosen.note()));
        }
        return 0;
    }
}
