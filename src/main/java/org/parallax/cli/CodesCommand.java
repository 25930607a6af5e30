package org.parallax.cli;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parallax.analysis.CodeFrequency;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `codes PROJECT`: the codebook with frames, scenarios and code frequencies. */
@Command(name = "codes", description = "List the codes with their frame and frequencies.")
final class CodesCommand extends ProjectCommand {
    @Option(names = "--format", defaultValue = "table", description = "table, csv or json") OutputFormat format;
    @CommandLine.Mixin FormulaGuardOption formulaGuard = new FormulaGuardOption();

    @Override
    int run(Workbench workbench) {
        Codebook book = workbench.codebook().current();
        Map<Long, CodeFrequency> frequencies = workbench.analysis().frequencies().stream()
                .collect(Collectors.toMap(CodeFrequency::codeId, f -> f));
        Listing listing = new Listing(List.of("id", "code", "frame", "scenario", "shortcut", "color", "passages",
                "documents", "characters"));
        for (Code c : book.codes()) {
            CodeFrequency f = frequencies.get(c.id());
            listing.row(c.id(), c.name(),
                    c.frameId() == null ? null : book.frame(c.frameId()).map(x -> x.name()).orElse(null),
                    c.scenarioId() == null ? null : book.scenario(c.scenarioId()).map(x -> x.name()).orElse(null),
                    c.shortcut() == 0 ? null : c.shortcut(), c.color(),
                    f == null ? 0 : f.segments(), f == null ? 0 : f.documents(), f == null ? 0L : f.characters());
        }
        Listing.print(out(), listing, format, formulaGuard.on());
        return 0;
    }
}
