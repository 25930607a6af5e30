package org.parallax.cli;

import java.util.List;
import org.parallax.model.HypothesisSet;
import org.parallax.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `hypotheses PROJECT [--set NAME] [--format table|csv|json]`. */
@Command(name = "hypotheses", description = "List hypothesis sets with their hypotheses and priors "
        + "(docs/process-tracing.md).")
final class HypothesesCommand extends ReadOnlyCommand {
    @Option(names = "--set", paramLabel = "NAME", description = "Only this hypothesis set") String set;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE})") OutputFormat format;

    @Override
    int run(Workbench workbench) {
        List<HypothesisSet> sets = set == null ? workbench.tracing().sets() : List.of(workbench.tracing().set(set));
        Listing listing = new Listing(List.of("set", "id", "name", "prior", "catch_all", "statement"));
        for (HypothesisSet s : sets) {
            s.hypotheses().forEach(h -> listing.row(s.name(), h.id(), h.name(), h.prior(),
                    h.catchAll() ? "yes" : "no", h.statement()));
            if (s.hypotheses().isEmpty()) {
                listing.row(s.name(), null, null, null, null, null);
            }
        }
        Listing.print(out(), listing, format);
        if (format == OutputFormat.table) {
            sets.stream().filter(s -> Math.abs(s.priorSum() - 1) > HypothesisSet.PRIOR_TOLERANCE).forEach(s ->
                    err().printf(java.util.Locale.ROOT, "note: the priors of set '%s' sum to %.4f, not 1; the ledger "
                            + "needs them to sum to 1%n", s.name(), s.priorSum()));
            err().flush();
        }
        return 0;
    }
}
