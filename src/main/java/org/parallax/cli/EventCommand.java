package org.parallax.cli;

import java.time.LocalDate;
import org.parallax.model.CausalEvent;
import org.parallax.workbench.Workbench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `event add|list|remove PROJECT …`: the events of the causal chain (the shipped ones and the analyst's own). */
@Command(name = "event", description = "The causal chain's events: the shipped NATO-Russia events and your own "
        + "(docs/process-tracing.md).", subcommands = {EventCommand.Add.class, EventCommand.ListEvents.class,
        EventCommand.Remove.class})
final class EventCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say add, list or remove");
    }

    /** Adds one of the analyst's events. */
    @Command(name = "add", description = "Add an event of your own to the causal chain.")
    static final class Add extends ProjectCommand {
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "When it happened")
        LocalDate date;
        @Option(names = "--label", required = true, paramLabel = "TEXT", description = "Short label") String label;
        @Option(names = "--description", paramLabel = "TEXT", description = "What happened, for the reader")
        String description;

        @Override
        int run(Workbench workbench) {
            CausalEvent e = workbench.tracing().addEvent(date, label, description);
            out().println("Added event #" + e.id() + " on " + e.date() + ": " + e.label());
            return 0;
        }
    }

    /** Lists the events by date; the shipped ones have no id (they cannot be removed). */
    @Command(name = "list", description = "List the causal chain's events by date: the shipped ones (id 0, "
            + "\"shipped\") and your own.")
    static final class ListEvents extends ReadOnlyCommand {
        @Option(names = "--format", defaultValue = "table", description = "table, csv or json") OutputFormat format;

        @Override
        int run(Workbench workbench) {
            Listing listing = new Listing(java.util.List.of("id", "date", "kind", "label", "description"));
            for (CausalEvent e : workbench.tracing().events()) {
                listing.row(e.id(), e.date().toString(), e.builtIn() ? "shipped" : "own", e.label(),
                        EvidenceCommand.text(e.description()));
            }
            Listing.print(out(), listing, format);
            return 0;
        }
    }

    /** Removes one of the analyst's events. */
    @Command(name = "remove", description = "Remove one of your events (ids from event list).")
    static final class Remove extends ProjectCommand {
        @Option(names = "--id", required = true, paramLabel = "N", description = "The event's id") long id;

        @Override
        int run(Workbench workbench) {
            workbench.tracing().deleteEvent(id);
            out().println("Removed event #" + id);
            return 0;
        }
    }
}
