package org.parallax.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.parallax.io.LedgerExporter;
import org.parallax.model.Hypothesis;
import org.parallax.model.Ledger;
import org.parallax.model.LedgerStep;
import org.parallax.model.TracingNumbers;
import org.parallax.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `ledger PROJECT --set NAME [--format table|csv|json]`. */
@Command(name = "ledger", description = "The Bayesian ledger of a hypothesis set: posteriors after each evidence item "
        + "in date order, with lowest and highest values over the likelihood ranges, likelihood ratios and decibels "
        + "(docs/process-tracing.md).")
final class LedgerCommand extends ReadOnlyCommand {
    @Option(names = "--set", required = true, paramLabel = "NAME", description = "The hypothesis set") String set;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE})") OutputFormat format;

    @Override
    int run(Workbench workbench) {
        Ledger ledger = workbench.tracing().ledger(set);
        try {
            switch (format) {
                case csv -> LedgerExporter.csv(ledger, out());
                case json -> LedgerExporter.json(ledger, out());
                case table -> table(ledger);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out().flush();
        return 0;
    }

    private void table(Ledger ledger) {
        List<Hypothesis> hs = ledger.set().hypotheses();
        List<String> header = new ArrayList<>(List.of("step", "evidence", "date"));
        hs.forEach(h -> header.addAll(List.of(h.name(), "dB " + h.name())));
        header.add("moved");
        Listing listing = new Listing(header);
        List<Object> prior = new ArrayList<>(List.of(0, "", "prior"));
        hs.forEach(h -> prior.addAll(java.util.Arrays.asList(format(h.prior()), "")));
        prior.add("");
        listing.row(prior.toArray());
        int n = 0;
        for (LedgerStep s : ledger.steps()) {
            List<Object> row = new ArrayList<>(List.of(++n, "#" + s.evidence().id(), EvidenceCommand.text(s.date())));
            for (int i = 0; i < hs.size(); i++) {
                row.add(posterior(s.posterior()[i], s.low()[i], s.high()[i]));
                row.add(s.counted() ? decibels(s.decibels()[i]) : "");
            }
            row.add(s.counted() ? format(s.shift()) : "counted with #" + s.countedWith());
            listing.row(row.toArray());
        }
        out().print(listing.render(OutputFormat.table));
        List<LedgerStep> influence = ledger.byInfluence();
        if (!influence.isEmpty()) {
            LedgerStep top = influence.get(0);
            out().println("Moved the result most: evidence #" + top.evidence().id() + " (" + top.evidence()
                    .description() + "), by " + format(top.shift()) + " (total variation of the posteriors)");
        }
        ledger.steps().stream().filter(LedgerStep::contradiction).findFirst().ifPresent(s -> out().println(
                "Warning: after evidence #" + s.evidence().id() + " every hypothesis has probability 0; the evidence "
                        + "contradicts the whole set (add a catch-all or revise the likelihoods)"));
    }

    private static String posterior(double p, double low, double high) {
        if (Double.isNaN(p)) {
            return "undefined";
        }
        return Math.abs(high - low) < 5e-5 ? format(p) : format(p) + " [" + format(low) + "–" + format(high) + "]";
    }

    private static String format(double p) {
        return TracingNumbers.probability(p);
    }

    private static String decibels(double db) {
        return Double.isNaN(db) ? "–" : TracingNumbers.decibels(db).replace(" dB", "");
    }
}
