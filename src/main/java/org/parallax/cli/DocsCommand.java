package org.parallax.cli;

import java.util.HashMap;
import java.util.Map;
import org.parallax.model.Document;
import org.parallax.model.Segment;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `docs PROJECT`: the documents with their metadata and passage counts. */
@Command(name = "docs", description = "List the project's documents.")
final class DocsCommand extends ProjectCommand {
    @Option(names = "--format", defaultValue = "table", description = "table, csv or json") OutputFormat format;
    @CommandLine.Mixin FormulaGuardOption formulaGuard = new FormulaGuardOption();

    @Override
    int run(Workbench workbench) {
        Map<Long, Integer> passages = new HashMap<>();
        for (Segment s : workbench.coding().segments()) {
            passages.merge(s.documentId(), 1, Integer::sum);
        }
        Listing listing = new Listing(java.util.List.of("id", "title", "date", "type", "actor", "language",
                "scenario", "length", "passages"));
        for (Document d : workbench.documents().list()) {
            var m = d.meta();
            listing.row(d.id(), d.title(), m.date(), m.type().label(), m.actor(), m.language(), m.scenario(),
                    d.length(), passages.getOrDefault(d.id(), 0));
        }
        Listing.print(out(), listing, format, formulaGuard.on());
        return 0;
    }
}
