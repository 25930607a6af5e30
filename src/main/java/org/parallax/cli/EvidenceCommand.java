package org.parallax.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parallax.model.Evidence;
import org.parallax.model.EvidencePassage;
import org.parallax.model.Hypothesis;
import org.parallax.model.HypothesisSet;
import org.parallax.model.HypothesisTest;
import org.parallax.model.ParallaxException;
import org.parallax.workbench.EvidenceEdit;
import org.parallax.workbench.EvidenceRequest;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `evidence PROJECT --set NAME [--format …]` lists a set's evidence; `evidence add …` records an item, `evidence edit`
 * changes one and `evidence remove` takes one out of the ledger.
 */
@Command(name = "evidence", description = "List a hypothesis set's evidence: passages, P(E|H) and van Evera's test "
        + "type per hypothesis (docs/process-tracing.md).", subcommands = {EvidenceCommand.Add.class,
        EvidenceCommand.Edit.class, EvidenceCommand.Remove.class})
final class EvidenceCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT",
            description = "The project file, or a team project's URL") String project;
    @Option(names = "--user", paramLabel = "NAME", description = "For a team project: log in as NAME") String user;
    @Option(names = "--set", paramLabel = "NAME", description = "The hypothesis set (required)") String set;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE})") OutputFormat format;

    @Override
    public Integer call() {
        if (project == null || set == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Say evidence PROJECT --set NAME, or evidence add PROJECT --set NAME …");
        }
        String location = Workbench.asUser(project, user);
        try (Workbench workbench = Workbench.openReadOnly(location, ProjectCommand.passwordPrompt(location))) {
            HypothesisSet s = workbench.tracing().set(set);
            List<String> header = new ArrayList<>(List.of("id", "date", "description", "source", "offsets", "status",
                    "group", "note"));
            s.hypotheses().forEach(h -> header.addAll(List.of("P(E|" + h.name() + ")", "test " + h.name())));
            header.add("quote");
            Listing listing = new Listing(header).quoting("quote");
            for (Evidence e : workbench.tracing().evidence(set)) {
                List<Object> row = new ArrayList<>(List.of(e.id(), text(e.date()), e.description(), sources(e),
                        offsets(e), status(e), text(e.group()), text(e.note())));
                List<HypothesisTest> tests = workbench.tracing().tests(s, e);
                for (int i = 0; i < tests.size(); i++) {
                    Hypothesis h = s.hypotheses().get(i);
                    row.add(e.likelihood(h).toString());
                    row.add(tests.get(i).type().label());
                }
                row.add(String.join(" … ", e.passages().stream().map(EvidencePassage::quote).toList()));
                listing.row(row.toArray());
            }
            Listing.print(spec.commandLine().getOut(), listing, format);
            ReadOnlyWarning.print(spec.commandLine().getErr(), workbench, project, "");
            // Items withheld in blind mode are said once, as every command that lists passages says it.
            workbench.blindNotice().ifPresent(spec.commandLine().getErr()::println);
        }
        return 0;
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String sources(Evidence e) {
        return String.join("; ", e.passages().stream().map(p -> p.documentTitle()
                + (p.actor() == null ? "" : " (" + p.actor() + ")")).distinct().toList());
    }

    private static String offsets(Evidence e) {
        return String.join("; ", e.passages().stream().map(p -> "doc " + p.documentId() + " [" + p.start() + ","
                + p.end() + ")" + (p.passageId() == null ? "" : " passage " + p.passageId())).toList());
    }

    private static String status(Evidence e) {
        return String.join("; ", e.passages().stream().map(p -> p.status().label()).distinct().toList());
    }

    /** Records one evidence item from coded passages (or a plain selection) with its likelihoods. */
    @Command(name = "add", description = "Record evidence: passages, P(E|H) for every hypothesis of the set as a "
            + "number, a verbal term (likely, very unlikely, …) or a range LOW:HIGH, and optionally a date, note and "
            + "dependency group.")
    static final class Add extends ProjectCommand {
        @Option(names = "--set", required = true, paramLabel = "NAME", description = "The hypothesis set")
        String set;
        @Option(names = "--segment", split = ",", paramLabel = "ID", description = "Coded passages (segments command)")
        List<Long> segments = new ArrayList<>();
        @Option(names = "--doc", paramLabel = "ID", description = "A plain selection: document …") Long doc;
        @Option(names = "--start", paramLabel = "N", description = "… start offset …") Integer start;
        @Option(names = "--end", paramLabel = "N", description = "… and end offset (docs/offsets.md)") Integer end;
        @Option(names = "--likelihood", required = true, paramLabel = "H=P", description = "P(E|H), e.g. H1=0.8, "
                + "H2=0.2:0.4 or H3=likely; one for every hypothesis") List<String> likelihoods;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The event date (default: the passage's "
                + "document date)") LocalDate date;
        @Option(names = "--description", paramLabel = "TEXT", description = "Short description (default: the quote)")
        String description;
        @Option(names = "--note", paramLabel = "TEXT", description = "The analyst's note") String note;
        @Option(names = "--group", paramLabel = "G", description = "Dependency group: items of one source repeating "
                + "itself count once") String group;

        @Override
        int run(Workbench workbench) {
            EvidenceRequest.Selection selection = null;
            if (doc != null || start != null || end != null) {
                if (doc == null || start == null || end == null) {
                    throw new ParallaxException("A selection needs --doc, --start and --end together");
                }
                selection = new EvidenceRequest.Selection(doc, start, end);
            }
            Evidence e = workbench.tracing().addEvidence(new EvidenceRequest(set, segments, selection,
                    parse(likelihoods), description, date, note, group));
            out().println("Recorded evidence #" + e.id() + " in set '" + workbench.tracing().set(set).name() + "'"
                    + (e.date() == null ? " (undated: it comes last in the ledger)" : " dated " + e.date())
                    + ": " + e.description());
            return 0;
        }

        static Map<String, String> parse(List<String> given) {
            Map<String, String> map = new LinkedHashMap<>();
            for (String g : given) {
                int eq = g.indexOf('=');
                if (eq <= 0) {
                    throw new ParallaxException("--likelihood " + g + ": say HYPOTHESIS=P, e.g. H1=0.8 or H2=0.2:0.4");
                }
                String name = g.substring(0, eq).strip();
                if (map.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(name))) {
                    throw new ParallaxException("P(E|" + name + ") is given twice");
                }
                map.put(name, g.substring(eq + 1));
            }
            return map;
        }
    }

    /** Changes a recorded item; what is not given stays as it is. */
    @Command(name = "edit", description = "Change an evidence item: P(E|H) of the hypotheses named, its date, "
            + "description, note or group (an empty --note or --group removes it). Its passages stay.")
    static final class Edit extends ProjectCommand {
        @Option(names = "--set", required = true, paramLabel = "NAME", description = "The hypothesis set") String set;
        @Option(names = "--id", required = true, paramLabel = "N", description = "The evidence item (evidence lists "
                + "them)") long id;
        @Option(names = "--likelihood", paramLabel = "H=P", description = "New P(E|H), e.g. H1=0.8, H2=0.2:0.4 or "
                + "H3=likely") List<String> likelihoods = new ArrayList<>();
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "New event date") LocalDate date;
        @Option(names = "--no-date", description = "Drop the event date: the item is dated by its documents")
        boolean noDate;
        @Option(names = "--description", paramLabel = "TEXT", description = "New description (empty: the quote)")
        String description;
        @Option(names = "--note", paramLabel = "TEXT", description = "New note (empty: none)") String note;
        @Option(names = "--group", paramLabel = "G", description = "New dependency group (empty: none)") String group;

        @Override
        int run(Workbench workbench) {
            if (date != null && noDate) {
                throw new ParallaxException("Give either --date or --no-date, not both");
            }
            if (likelihoods.isEmpty() && date == null && !noDate && description == null && note == null
                    && group == null) {
                throw new ParallaxException("Nothing to change: give --likelihood, --date, --no-date, --description, "
                        + "--note or --group");
            }
            Evidence e = workbench.tracing().editEvidence(new EvidenceEdit(set, id,
                    Add.parse(likelihoods), description, date, noDate, note, group));
            out().println("Changed evidence #" + e.id() + " in set '" + workbench.tracing().set(set).name() + "'"
                    + (e.date() == null ? " (undated)" : " dated " + e.date()) + ": " + e.description());
            return 0;
        }
    }

    /** Takes an item out of the set and its ledger; its passages stay in the documents. */
    @Command(name = "remove", description = "Remove an evidence item from a set (the passages stay coded).")
    static final class Remove extends ProjectCommand {
        @Option(names = "--set", required = true, paramLabel = "NAME", description = "The hypothesis set") String set;
        @Option(names = "--id", required = true, paramLabel = "N", description = "The evidence item") long id;

        @Override
        int run(Workbench workbench) {
            workbench.tracing().deleteEvidence(set, id);
            out().println("Removed evidence #" + id + " from set '" + workbench.tracing().set(set).name() + "'");
            return 0;
        }
    }
}
